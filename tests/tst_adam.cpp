// Adam: two steps agree with torch.optim.Adam in double (tests/reference/adam.reference.json,
// made by tests/reference/make_adam_fixture.py), parameters and both moments.

#include "adam.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace lstmlab;
using VecD = Vector<double>;

namespace {

const QString fixturePath = QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/adam.reference.json");

VecD toVector(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    VecD v(array.size());
    for (qsizetype k = 0; k < array.size(); ++k)
        v[Eigen::Index(k)] = array[k].toDouble();
    return v;
}

double largestDifference(const VecD &a, const VecD &b)
{
    return a.size() == b.size() ? (a - b).cwiseAbs().maxCoeff() : qInf();
}

} // namespace

class TestAdam : public QObject
{
    Q_OBJECT

private slots:
    void twoStepsMatchPyTorch_data();
    void twoStepsMatchPyTorch();
    void restoredStateContinuesTheSame();
};

void TestAdam::twoStepsMatchPyTorch_data()
{
    QTest::addColumn<QJsonObject>("fixture");
    QFile file(fixturePath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fixturePath));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QVERIFY2(cases.size() >= 2, "the fixture has fewer than two cases");
    for (const QJsonValue &c : cases) {
        const QJsonObject fixture = c.toObject();
        QTest::newRow(qPrintable(fixture.value(QStringLiteral("name")).toString())) << fixture;
    }
}

void TestAdam::twoStepsMatchPyTorch()
{
    QFETCH(QJsonObject, fixture);
    const double lr = fixture.value(QStringLiteral("lr")).toDouble();
    const double beta1 = fixture.value(QStringLiteral("beta1")).toDouble();
    const double beta2 = fixture.value(QStringLiteral("beta2")).toDouble();
    const double eps = fixture.value(QStringLiteral("eps")).toDouble();
    VecD parameters = toVector(fixture.value(QStringLiteral("parameters")));
    const QJsonArray gradients = fixture.value(QStringLiteral("gradients")).toArray();
    const QJsonArray steps = fixture.value(QStringLiteral("steps")).toArray();
    QCOMPARE(gradients.size(), 2);
    QCOMPARE(steps.size(), 2);

    Adam<double> adam(parameters.size());
    const double tolerance = 1e-12;
    for (qsizetype t = 0; t < steps.size(); ++t) {
        adam.step(parameters, toVector(gradients[t]), lr, beta1, beta2, eps);
        QCOMPARE(adam.stepCount(), (long long)t + 1);
        const QJsonObject expected = steps[t].toObject();
        const double dp = largestDifference(parameters, toVector(expected.value(QStringLiteral("parameters"))));
        const double dm = largestDifference(adam.firstMoment(), toVector(expected.value(QStringLiteral("m"))));
        const double dv = largestDifference(adam.secondMoment(), toVector(expected.value(QStringLiteral("v"))));
        qInfo("step %lld: largest difference from PyTorch: parameters %.3g, m %.3g, v %.3g", (long long)t + 1, dp,
              dm, dv);
        QVERIFY(dp <= tolerance);
        QVERIFY(dm <= tolerance);
        QVERIFY(dv <= tolerance);
    }
}

// A state restored after the first step (a session) gives the same second step.
void TestAdam::restoredStateContinuesTheSame()
{
    const VecD start = VecD::LinSpaced(6, -1.0, 1.0);
    const VecD g1 = VecD::LinSpaced(6, 0.5, -0.2);
    const VecD g2 = VecD::LinSpaced(6, -3.0, 2.0);
    VecD a = start;
    Adam<double> uninterrupted(a.size());
    uninterrupted.step(a, g1, 0.01, 0.9, 0.999, 1e-8);
    VecD b = a;
    Adam<double> resumed;
    resumed.restore(uninterrupted.firstMoment(), uninterrupted.secondMoment(), uninterrupted.stepCount());
    uninterrupted.step(a, g2, 0.01, 0.9, 0.999, 1e-8);
    resumed.step(b, g2, 0.01, 0.9, 0.999, 1e-8);
    QCOMPARE(largestDifference(a, b), 0.0);
    QCOMPARE(resumed.stepCount(), 2LL);
}

QTEST_APPLESS_MAIN(TestAdam)
#include "tst_adam.moc"
