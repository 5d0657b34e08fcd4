// SumOfSinesSignal: the sum of its components at known points, scaled only when the amplitudes
// add up to more than 1, and always within [-1, 1] on the seed's grid.

#include "sumofsinessignal.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

using Components = std::vector<SumOfSinesSignal::Component>;
Q_DECLARE_METATYPE(Components)

class TestSumOfSinesSignal : public QObject
{
    Q_OBJECT

private slots:
    void valuesAtKnownPoints_data();
    void valuesAtKnownPoints();
    void staysWithinUnitRange_data();
    void staysWithinUnitRange();
    void sampleIsValueOnTheGrid();
    void nonFiniteParametersAreRefused();
};

void TestSumOfSinesSignal::valuesAtKnownPoints_data()
{
    QTest::addColumn<Components>("components");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("scale");
    const double pi = M_PI;
    QTest::newRow("one unit sine is sin(x)") << Components{{1.0, 1.0, 0.0}} << 1.0 << std::sin(1.0) << 1.0;
    QTest::newRow("small amplitudes are not scaled up")
        << Components{{0.2, 1.0, 0.0}, {0.3, 1.0, 0.0}} << pi / 2 << 0.5 << 1.0;
    QTest::newRow("amplitudes over 1 are scaled down")
        << Components{{1.0, 1.0, 0.0}, {1.0, 1.0, 0.0}} << pi / 2 << 1.0 << 0.5;
    QTest::newRow("negative amplitudes count by size")
        << Components{{1.5, 1.0, 0.0}, {-0.5, 3.0, 0.0}} << pi / 2 << (1.5 + 0.5) / 2.0 << 0.5;
    QTest::newRow("phase shifts a component") << Components{{0.5, 2.0, pi / 2}} << 0.0 << 0.5 << 1.0;
    QTest::newRow("catalog default at x = 1")
        << Components{{0.5, 1.0, 0.0}, {0.3, 3.0, 0.0}, {0.2, 7.0, 0.0}} << 1.0
        << 0.5 * std::sin(1.0) + 0.3 * std::sin(3.0) + 0.2 * std::sin(7.0) << 1.0;
    QTest::newRow("zero at x = 0 without phases")
        << Components{{0.5, 1.0, 0.0}, {0.3, 3.0, 0.0}, {0.2, 7.0, 0.0}} << 0.0 << 0.0 << 1.0;
    QTest::newRow("no components is silence") << Components{} << 2.0 << 0.0 << 1.0;
}

void TestSumOfSinesSignal::valuesAtKnownPoints()
{
    QFETCH(Components, components);
    QFETCH(double, x);
    QFETCH(double, expected);
    QFETCH(double, scale);
    const SumOfSinesSignal signal(components);
    QCOMPARE(signal.scale(), scale);
    QVERIFY2(std::abs(signal.value(x) - expected) <= 1e-12,
             qPrintable(QString("got %1, expected %2").arg(signal.value(x), 0, 'g', 17).arg(expected, 0, 'g', 17)));
    QCOMPARE(signal.name(), std::string("sum-of-sines"));
}

void TestSumOfSinesSignal::staysWithinUnitRange_data()
{
    QTest::addColumn<Components>("components");
    QTest::addColumn<double>("peak"); // the largest |y| on the grid, to 1e-3
    // 0.5 sin x + 0.3 sin 3x + 0.2 sin 7x never has its three peaks together.
    QTest::newRow("catalog default") << Components{{0.5, 1.0, 0.0}, {0.3, 3.0, 0.0}, {0.2, 7.0, 0.0}} << 0.606;
    // sin x - sin 3x / 3 + sin 5x / 5 ... peaks together at pi/2: scaled, it reaches 1 there.
    QTest::newRow("peaks that meet, amplitudes summing to 2")
        << Components{{1.0, 1.0, 0.0}, {-0.6, 3.0, 0.0}, {0.4, 5.0, 0.0}} << 1.0;
    QTest::newRow("high frequencies, beating") << Components{{0.7, 20.0, 0.3}, {0.7, 19.0, 1.0}} << 1.0;
}

void TestSumOfSinesSignal::staysWithinUnitRange()
{
    QFETCH(Components, components);
    QFETCH(double, peak);
    const SumOfSinesSignal signal(components);
    double largest = 0.0;
    for (double y : signal.sample(0.0, 110.0, 11001)) {
        QVERIFY(y >= -1.0 && y <= 1.0);
        largest = std::max(largest, std::abs(y));
    }
    QVERIFY2(std::abs(largest - peak) < 1e-3, qPrintable(QString("peak %1").arg(largest)));
}

void TestSumOfSinesSignal::sampleIsValueOnTheGrid()
{
    const SumOfSinesSignal signal({{0.5, 1.0, 0.0}, {0.3, 3.0, 0.0}});
    const std::vector<double> xs = linspace(100.0, 110.0, 1000);
    const std::vector<double> ys = signal.sample(100.0, 110.0, 1000);
    QCOMPARE(ys.size(), xs.size());
    for (std::size_t k = 0; k < xs.size(); ++k)
        QCOMPARE(ys[k], signal.value(xs[k]));
}

void TestSumOfSinesSignal::nonFiniteParametersAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SumOfSinesSignal({{qQNaN(), 1.0, 0.0}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SumOfSinesSignal({{1.0, qInf(), 0.0}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SumOfSinesSignal({{1.0, 1.0, -qInf()}}));
}

QTEST_APPLESS_MAIN(TestSumOfSinesSignal)
#include "tst_sumofsinessignal.moc"
