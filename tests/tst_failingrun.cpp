// FailingRun: a run that finished with finite numbers but made the network clearly worse, or
// saturated its output, is told apart from one that merely learned slowly, with what to change.

#include "failingrun.h"

#include <QTest>

#include <cmath>

using namespace lstmlab;

namespace {

Matrix<float> sineLabels()
{
    Matrix<float> labels(1, 1000);
    for (int n = 0; n < 1000; ++n)
        labels(0, n) = float(std::sin(0.01 * n));
    return labels;
}

// The end's test predictions: the labels scaled (scale > 0), stuck at -1 (0) or at their sign (< 0).
Matrix<float> predictionsFor(double scale)
{
    const Matrix<float> labels = sineLabels();
    if (scale > 0)
        return labels * float(scale);
    if (scale == 0)
        return Matrix<float>::Constant(1, labels.cols(), -1.0f);
    return labels.array().sign().matrix();
}

} // namespace

class TestFailingRun : public QObject
{
    Q_OBJECT

private slots:
    void diagnose_data();
    void diagnose();
};

void TestFailingRun::diagnose_data()
{
    QTest::addColumn<double>("startMse");
    QTest::addColumn<double>("endMse");
    QTest::addColumn<double>("predictions"); // see predictionsFor()
    QTest::addColumn<double>("clipNorm");
    QTest::addColumn<QStringList>("expected"); // empty: not failing
    QTest::newRow("learned") << 0.586 << 0.002 << 0.98 << 0.0 << QStringList{};
    QTest::newRow("resumed, a little worse") << 0.01 << 0.02 << 0.9 << 0.0 << QStringList{};
    QTest::newRow("learning rate 10: worse than untrained and saturated")
        << 0.586 << 1.09 << 0.0 << 0.0
        << QStringList{"training failed", "1.09 is 1.9 times the 0.586", "100% of the test predictions are stuck at +-1",
                       "now 10; try 1", "--clip-norm 1"};
    QTest::newRow("saturated, clipping on")
        << 0.5 << 0.6 << -1.0 << 1.0
        << QStringList{"stuck at +-1", "Lower the learning rate (now 10; try 1)."};
}

void TestFailingRun::diagnose()
{
    QFETCH(double, startMse);
    QFETCH(double, endMse);
    QFETCH(double, predictions);
    QFETCH(double, clipNorm);
    QFETCH(QStringList, expected);
    const std::optional<std::string> advice = FailingRun::diagnose(startMse, endMse, predictionsFor(predictions), sineLabels(), 10.0, clipNorm);
    QCOMPARE(advice.has_value(), !expected.isEmpty());
    if (!advice)
        return;
    for (const QString &part : expected)
        QVERIFY2(QString::fromStdString(*advice).contains(part), advice->c_str());
    if (clipNorm > 0)
        QVERIFY(!QString::fromStdString(*advice).contains(QLatin1String("clip-norm")));
}

QTEST_GUILESS_MAIN(TestFailingRun)
#include "tst_failingrun.moc"
