// SquareSignal: +A over the first half of each period of sin(w x), -A over the second, at known
// points; only the two levels on the seed's grid, half the time each.

#include "squaresignal.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

class TestSquareSignal : public QObject
{
    Q_OBJECT

private slots:
    void valuesAtKnownPoints_data();
    void valuesAtKnownPoints();
    void twoLevelsHalfTheTimeEach_data();
    void twoLevelsHalfTheTimeEach();
    void amplitudeIsClampedAndParametersFinite();
};

void TestSquareSignal::valuesAtKnownPoints_data()
{
    QTest::addColumn<double>("frequency");
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double pi = M_PI;
    QTest::newRow("starts high at x = 0") << 1.0 << 0.8 << 0.0 << 0.8;
    QTest::newRow("high where sin(x) > 0") << 1.0 << 0.8 << 3.0 << 0.8;
    QTest::newRow("low just after pi") << 1.0 << 0.8 << pi + 0.01 << -0.8;
    QTest::newRow("low just before 2 pi") << 1.0 << 0.8 << 2 * pi - 0.01 << -0.8;
    QTest::newRow("high again after 2 pi") << 1.0 << 0.8 << 2 * pi + 0.01 << 0.8;
    QTest::newRow("test range, x = 104") << 1.0 << 0.8 << 104.0 << (std::sin(104.0) > 0 ? 0.8 : -0.8);
    QTest::newRow("low just before 0") << 1.0 << 0.8 << -0.01 << -0.8;
    QTest::newRow("frequency 2 halves the period") << 2.0 << 1.0 << pi / 2 + 0.01 << -1.0;
    QTest::newRow("amplitude 0.5") << 1.0 << 0.5 << 1.0 << 0.5;
}

void TestSquareSignal::valuesAtKnownPoints()
{
    QFETCH(double, frequency);
    QFETCH(double, amplitude);
    QFETCH(double, x);
    QFETCH(double, expected);
    const SquareSignal signal(frequency, amplitude);
    QCOMPARE(signal.value(x), expected);
    QCOMPARE(signal.name(), std::string("square"));
}

void TestSquareSignal::twoLevelsHalfTheTimeEach_data()
{
    QTest::addColumn<double>("frequency");
    QTest::newRow("w = 1") << 1.0;
    QTest::newRow("w = 3.7") << 3.7;
}

void TestSquareSignal::twoLevelsHalfTheTimeEach()
{
    QFETCH(double, frequency);
    const SquareSignal signal(frequency, 0.8);
    int high = 0;
    const std::vector<double> ys = signal.sample(0.0, 100.0, 10000);
    for (double y : ys) {
        QVERIFY(y == 0.8 || y == -0.8);
        high += y > 0;
    }
    // Up to one half period may be unfinished at the end of the grid.
    const double halfPeriodSamples = M_PI / frequency / 0.01;
    QVERIFY2(std::abs(high - 5000) <= halfPeriodSamples, qPrintable(QString("%1 of 10000 high").arg(high)));
}

void TestSquareSignal::amplitudeIsClampedAndParametersFinite()
{
    QCOMPARE(SquareSignal(1.0, 1.5).amplitude(), 1.0);
    QCOMPARE(SquareSignal(1.0, -0.5).amplitude(), 0.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SquareSignal(qQNaN(), 0.8));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SquareSignal(1.0, qInf()));
}

QTEST_APPLESS_MAIN(TestSquareSignal)
#include "tst_squaresignal.moc"
