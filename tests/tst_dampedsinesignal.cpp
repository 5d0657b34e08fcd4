// DampedSineSignal: exp(-d x) sin(w x) at known points, an envelope of 1 before x = 0, and
// values within [-1, 1] on the seed's grid.

#include "dampedsinesignal.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

class TestDampedSineSignal : public QObject
{
    Q_OBJECT

private slots:
    void valuesAtKnownPoints_data();
    void valuesAtKnownPoints();
    void envelopeHalvesEveryHalfLife();
    void staysWithinUnitRangeAndTestRangeStillMoves();
    void nonFiniteParametersAreRefused();
};

void TestDampedSineSignal::valuesAtKnownPoints_data()
{
    QTest::addColumn<double>("frequency");
    QTest::addColumn<double>("decay");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double pi = M_PI;
    QTest::newRow("zero at x = 0") << 1.0 << 0.01 << 0.0 << 0.0;
    QTest::newRow("first peak") << 1.0 << 0.01 << pi / 2 << std::exp(-0.01 * pi / 2);
    QTest::newRow("test range") << 1.0 << 0.01 << 105.0 << std::exp(-1.05) * std::sin(105.0);
    QTest::newRow("no decay is the seed's sine") << 1.0 << 0.0 << 42.0 << std::sin(42.0);
    QTest::newRow("frequency 3") << 3.0 << 0.1 << 0.5 << std::exp(-0.05) * std::sin(1.5);
    QTest::newRow("before 0 the envelope is 1") << 1.0 << 0.01 << -pi / 2 << -1.0;
    QTest::newRow("a negative decay counts as none") << 1.0 << -0.5 << 10.0 << std::sin(10.0);
}

void TestDampedSineSignal::valuesAtKnownPoints()
{
    QFETCH(double, frequency);
    QFETCH(double, decay);
    QFETCH(double, x);
    QFETCH(double, expected);
    const DampedSineSignal signal(frequency, decay);
    QVERIFY2(std::abs(signal.value(x) - expected) <= 1e-12,
             qPrintable(QString("got %1, expected %2").arg(signal.value(x), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    QCOMPARE(signal.name(), std::string("damped-sine"));
}

void TestDampedSineSignal::envelopeHalvesEveryHalfLife()
{
    const double decay = 0.02;
    const DampedSineSignal signal(1.0, decay);
    const double halfLife = std::log(2.0) / decay;
    // At the peaks x = pi/2 + 2 pi k the sine is 1, so y is the envelope itself.
    const double x = M_PI / 2 + 2 * M_PI * 3;
    QVERIFY(std::abs(signal.value(x + halfLife) / std::exp(-decay * x) - 0.5 * std::sin(x + halfLife)) < 1e-12);
    QVERIFY(std::abs(signal.value(x) - std::exp(-decay * x)) < 1e-12);
}

void TestDampedSineSignal::staysWithinUnitRangeAndTestRangeStillMoves()
{
    const DampedSineSignal signal(1.0, 0.01); // the catalog's default
    for (double y : signal.sample(0.0, 100.0, 10000))
        QVERIFY(y >= -1.0 && y <= 1.0);
    double testPeak = 0.0;
    for (double y : signal.sample(100.0, 110.0, 1000))
        testPeak = std::max(testPeak, std::abs(y));
    qInfo("largest |y| on the test range: %.3f", testPeak);
    QVERIFY(testPeak > 0.3 && testPeak < 0.4); // exp(-1) .. exp(-1.1) times the sine's peaks
}

void TestDampedSineSignal::nonFiniteParametersAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DampedSineSignal(qQNaN(), 0.01));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, DampedSineSignal(1.0, qInf()));
}

QTEST_APPLESS_MAIN(TestDampedSineSignal)
#include "tst_dampedsinesignal.moc"
