// GruLayer (core/nn/gru/grulayer.h), which runs the kernels (tst_grukernels holds them to GruReference):
//  - against torch.nn.GRU in double, h, dL/dx and every gradient to 1e-9
//    (tests/reference/cells.reference.json, made by make_cell_fixtures.py);
//  - its gradients against central differences in double, every parameter and every input;
//  - no allocation per time step: a forward and backward after setup allocate as much at 80
//    steps as at 20 (the weight-gradient products after the loop may take Eigen's blocking
//    buffer from the heap once), and at most one.

#include "allocationcounter.h"
#include "recurrentlayercheck.h"
#include "grulayer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace lstmlab;

class TestGruLayer : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void gradientsMatchCentralDifferences_data();
    void gradientsMatchCentralDifferences();
    void noAllocationPerStep();
};

void TestGruLayer::matchesPyTorch_data()
{
    QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/cells.reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::addColumn<QJsonObject>("reference");
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray()) {
        if (c.toObject()[QStringLiteral("cell")].toString() == QLatin1String("gru"))
            QTest::newRow(c.toObject()[QStringLiteral("name")].toString().toUtf8().constData()) << c.toObject();
    }
}

void TestGruLayer::matchesPyTorch()
{
    QFETCH(QJsonObject, reference);
    QString where;
    const double worst = recurrentcheck::fixtureDifference<GruLayer<double>>(reference, &where);
    qInfo("largest difference %.3g in %s", worst, qPrintable(where));
    QVERIFY2(worst <= 1e-9, qPrintable(where));
}

void TestGruLayer::gradientsMatchCentralDifferences_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");
    QTest::newRow("one unit, one step") << 1 << 1 << 1 << 1;
    QTest::newRow("1 input, 4 units, 9 steps, batch 2") << 1 << 4 << 9 << 2;
    QTest::newRow("3 inputs, 6 units, 5 steps, batch 3") << 3 << 6 << 5 << 3;
}

void TestGruLayer::gradientsMatchCentralDifferences()
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    QString where;
    const double worst = recurrentcheck::gradientCheckDifference<GruLayer<double>>(inputSize, units, timesteps,
                                                                                    batch, 17, &where);
    qInfo("largest difference %.3g at %s", worst, qPrintable(where));
    QVERIFY2(worst <= 1e-7, qPrintable(where));
}

void TestGruLayer::noAllocationPerStep()
{
    if (!LSTMLAB_COUNTS_ALLOCATIONS)
        QSKIP("a sanitizer brings its own allocator: allocations are not counted");
    const auto count = [] { return allocationCount.load(); };
    const long long at20 = recurrentcheck::stepAllocations<GruLayer<float>>(1, 32, 20, 64, count);
    const long long at80 = recurrentcheck::stepAllocations<GruLayer<float>>(1, 32, 80, 64, count);
    qInfo("allocations of a forward and backward: %lld at 20 steps, %lld at 80", at20, at80);
    QCOMPARE(at80, at20);
    QVERIFY(at20 <= 1);
}

QTEST_APPLESS_MAIN(TestGruLayer)
#include "tst_grulayer.moc"
