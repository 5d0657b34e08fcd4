// SawtoothSignal: climbs from -A to A over one period (zero where sin(w x) rises through zero),
// then drops; known points, the slope and the range on the seed's grid.

#include "sawtoothsignal.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

class TestSawtoothSignal : public QObject
{
    Q_OBJECT

private slots:
    void valuesAtKnownPoints_data();
    void valuesAtKnownPoints();
    void risesSteadilyAndDropsOncePerPeriod_data();
    void risesSteadilyAndDropsOncePerPeriod();
    void amplitudeIsClampedAndParametersFinite();
};

void TestSawtoothSignal::valuesAtKnownPoints_data()
{
    QTest::addColumn<double>("frequency");
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double pi = M_PI;
    QTest::newRow("zero at x = 0") << 1.0 << 0.8 << 0.0 << 0.0;
    QTest::newRow("half way up at pi/2") << 1.0 << 0.8 << pi / 2 << 0.4;
    QTest::newRow("near the top just before pi") << 1.0 << 0.8 << pi - 1e-9 << 0.8 * (1 - 1e-9 / pi);
    QTest::newRow("near the bottom just after pi") << 1.0 << 0.8 << pi + 1e-9 << -0.8 * (1 - 1e-9 / pi);
    QTest::newRow("zero again at 2 pi") << 1.0 << 0.8 << 2 * pi << 0.0;
    QTest::newRow("before 0") << 1.0 << 0.8 << -pi / 2 << -0.4;
    QTest::newRow("frequency 2") << 2.0 << 1.0 << pi / 4 << 0.5;
    QTest::newRow("test range, x = 100") << 1.0 << 0.8 << 100.0
                                          << 0.8 * (2 * (100 / (2 * pi) + 0.5 - std::floor(100 / (2 * pi) + 0.5)) - 1);
}

void TestSawtoothSignal::valuesAtKnownPoints()
{
    QFETCH(double, frequency);
    QFETCH(double, amplitude);
    QFETCH(double, x);
    QFETCH(double, expected);
    const SawtoothSignal signal(frequency, amplitude);
    QVERIFY2(std::abs(signal.value(x) - expected) <= 1e-9,
             qPrintable(QString("got %1, expected %2").arg(signal.value(x), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    QCOMPARE(signal.name(), std::string("sawtooth"));
}

void TestSawtoothSignal::risesSteadilyAndDropsOncePerPeriod_data()
{
    QTest::addColumn<double>("frequency");
    QTest::addColumn<double>("amplitude");
    QTest::newRow("catalog default") << 1.0 << 0.8;
    QTest::newRow("w = 5, full amplitude") << 5.0 << 1.0;
}

void TestSawtoothSignal::risesSteadilyAndDropsOncePerPeriod()
{
    QFETCH(double, frequency);
    QFETCH(double, amplitude);
    const SawtoothSignal signal(frequency, amplitude);
    const std::vector<double> ys = signal.sample(0.0, 100.0, 10000);
    const double dx = 100.0 / 9999.0;
    const double slope = 2 * amplitude * frequency / (2 * M_PI); // per unit of x
    int drops = 0;
    for (std::size_t k = 0; k < ys.size(); ++k) {
        QVERIFY(ys[k] >= -amplitude && ys[k] <= amplitude);
        if (k == 0)
            continue;
        const double step = ys[k] - ys[k - 1];
        if (step < 0) {
            ++drops;
            QVERIFY(step < -amplitude); // a drop, not jitter
        } else {
            QVERIFY2(std::abs(step - slope * dx) < 1e-9, qPrintable(QString("step %1 at %2").arg(step).arg(k)));
        }
    }
    // The drops come at x = pi / w, 3 pi / w, ...: one per period.
    const int expected = int(std::floor((100.0 * frequency / M_PI + 1) / 2));
    QCOMPARE(drops, expected);
}

void TestSawtoothSignal::amplitudeIsClampedAndParametersFinite()
{
    QCOMPARE(SawtoothSignal(1.0, 2.0).amplitude(), 1.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SawtoothSignal(qInf(), 0.8));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SawtoothSignal(1.0, qQNaN()));
}

QTEST_APPLESS_MAIN(TestSawtoothSignal)
#include "tst_sawtoothsignal.moc"
