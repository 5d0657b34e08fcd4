// NoisySignal: Gaussian noise of the requested standard deviation on any signal, the same for
// the same seed and grid, independent from point to point and between the train and test
// grids, clipped to [-1, 1].

#include "noisysignal.h"
#include "sinesignal.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

namespace {

class ZeroSignal : public SignalGenerator
{
public:
    std::string name() const override { return "zero"; }
    double value(double) const override { return 0.0; }
};

// A generator whose samples are not a function of x: the decorator must keep them.
class CountingSignal : public SignalGenerator
{
public:
    std::string name() const override { return "counting"; }
    double value(double) const override { return 0.0; }
    std::vector<double> sample(double, double, int count) const override
    {
        std::vector<double> ys(std::size_t(std::max(count, 0)));
        for (std::size_t k = 0; k < ys.size(); ++k)
            ys[k] = double(k % 10) / 20.0;
        return ys;
    }
};

struct Moments {
    double mean = 0.0;
    double sd = 0.0;
    double lag1 = 0.0; // correlation of neighbouring samples
};

Moments momentsOf(const std::vector<double> &ys)
{
    Moments m;
    const double n = double(ys.size());
    for (double y : ys)
        m.mean += y / n;
    double var = 0.0, cov = 0.0;
    for (std::size_t k = 0; k < ys.size(); ++k) {
        var += (ys[k] - m.mean) * (ys[k] - m.mean);
        if (k > 0)
            cov += (ys[k] - m.mean) * (ys[k - 1] - m.mean);
    }
    m.sd = std::sqrt(var / (n - 1));
    m.lag1 = cov / var;
    return m;
}

std::shared_ptr<const SignalGenerator> zero()
{
    return std::make_shared<ZeroSignal>();
}

} // namespace

class TestNoisySignal : public QObject
{
    Q_OBJECT

private slots:
    void hasTheRequestedStandardDeviation_data();
    void hasTheRequestedStandardDeviation();
    void sameSeedSameNoise_data();
    void sameSeedSameNoise();
    void trainAndTestGridsGetIndependentNoise();
    void zeroNoiseIsTheCleanSignal();
    void staysWithinUnitRange();
    void keepsTheWrappedSamples();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
};

void TestNoisySignal::hasTheRequestedStandardDeviation_data()
{
    QTest::addColumn<double>("stddev");
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("sd 0.02, seed 1") << 0.02 << 1u;
    QTest::newRow("sd 0.1, seed 2") << 0.1 << 2u;
    QTest::newRow("sd 0.3, seed 12345") << 0.3 << 12345u;
}

void TestNoisySignal::hasTheRequestedStandardDeviation()
{
    QFETCH(double, stddev);
    QFETCH(unsigned, seed);
    const NoisySignal noisy(zero(), stddev, seed);
    const std::vector<double> ys = noisy.sample(0.0, 100.0, 10000);
    const Moments m = momentsOf(ys);
    qInfo("requested sd %.3f: measured sd %.5f, mean %.5f, lag-1 correlation %.4f", stddev, m.sd, m.mean, m.lag1);
    // For 10000 samples the sd estimate is within 0.7% (one standard error) of the truth and the
    // mean within sd/100: the bounds are several standard errors wide.
    QVERIFY(std::abs(m.sd / stddev - 1.0) < 0.05);
    QVERIFY(std::abs(m.mean) < 5.0 * stddev / 100.0);
    QVERIFY(std::abs(m.lag1) < 0.05); // neighbouring points are independent
    // Gaussian, not uniform: about 4.6% of samples lie beyond 2 sd (a uniform has none).
    const auto beyond = std::count_if(ys.begin(), ys.end(), [&](double y) { return std::abs(y) > 2 * stddev; });
    QVERIFY2(beyond > 300 && beyond < 620, qPrintable(QString("%1 beyond 2 sd").arg(beyond)));
}

void TestNoisySignal::sameSeedSameNoise_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::newRow("seed 0") << 0u;
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 4294967295") << 4294967295u;
}

void TestNoisySignal::sameSeedSameNoise()
{
    QFETCH(unsigned, seed);
    auto sine = std::make_shared<SineSignal>();
    const NoisySignal a(sine, 0.1, seed);
    const NoisySignal b(sine, 0.1, seed);
    const NoisySignal other(sine, 0.1, seed + 1);
    const std::vector<double> ya = a.sample(0.0, 100.0, 10000);
    QVERIFY(ya == b.sample(0.0, 100.0, 10000));
    QVERIFY(ya == a.sample(0.0, 100.0, 10000));
    // Another seed, other noise (compared before clipping, which makes many peaks equal).
    const std::vector<double> za = a.noise(0.0, 100.0, 10000);
    const std::vector<double> zo = other.noise(0.0, 100.0, 10000);
    int equal = 0;
    for (std::size_t k = 0; k < za.size(); ++k)
        equal += za[k] == zo[k];
    QVERIFY2(equal == 0, qPrintable(QString("%1 noise samples equal across seeds").arg(equal)));
    // value(x) is the one-point grid, as reproducible as any other.
    QCOMPARE(a.value(2.5), b.value(2.5));
    QCOMPARE(a.value(2.5), a.sample(2.5, 2.5, 1).front());
    QVERIFY(a.value(2.5) != other.value(2.5));
    QCOMPARE(a.seed(), seed);
}

void TestNoisySignal::trainAndTestGridsGetIndependentNoise()
{
    const NoisySignal noisy(zero(), 0.1, 7);
    const std::vector<double> train = noisy.sample(0.0, 100.0, 10000);
    const std::vector<double> test = noisy.sample(100.0, 110.0, 1000);
    double dot = 0.0, nTrain = 0.0, nTest = 0.0;
    for (std::size_t k = 0; k < test.size(); ++k) {
        dot += train[k] * test[k];
        nTrain += train[k] * train[k];
        nTest += test[k] * test[k];
    }
    const double correlation = dot / std::sqrt(nTrain * nTest);
    qInfo("correlation of the first 1000 train and the 1000 test noise samples: %.4f", correlation);
    QVERIFY(std::abs(correlation) < 0.15); // 0 +- 0.032 for independent samples
    QVERIFY(train.back() != test.front()); // even the shared point x = 100
    // A grid one point longer is another grid.
    QVERIFY(noisy.noise(0.0, 100.0, 10001)[5] != noisy.noise(0.0, 100.0, 10000)[5]);
}

void TestNoisySignal::zeroNoiseIsTheCleanSignal()
{
    auto sine = std::make_shared<SineSignal>();
    const NoisySignal clean(sine, 0.0, 5);
    QVERIFY(clean.sample(100.0, 110.0, 1000) == sine->sample(100.0, 110.0, 1000));
    QVERIFY(clean.noise(0.0, 1.0, 3) == std::vector<double>(3, 0.0));
}

void TestNoisySignal::staysWithinUnitRange()
{
    const NoisySignal noisy(std::make_shared<SineSignal>(), 0.5, 11);
    int clipped = 0;
    const std::vector<double> xs = linspace(0.0, 100.0, 10000);
    const std::vector<double> ys = noisy.sample(0.0, 100.0, 10000);
    const std::vector<double> z = noisy.noise(0.0, 100.0, 10000);
    for (std::size_t k = 0; k < ys.size(); ++k) {
        QVERIFY(ys[k] >= -1.0 && ys[k] <= 1.0);
        clipped += std::abs(ys[k]) == 1.0;
        if (std::abs(ys[k]) < 1.0)
            QCOMPARE(ys[k], std::sin(xs[k]) + z[k]);
    }
    QVERIFY(clipped > 1000); // sd 0.5 on a unit sine pushes many samples past +-1
}

void TestNoisySignal::keepsTheWrappedSamples()
{
    const NoisySignal noisy(std::make_shared<CountingSignal>(), 0.05, 3);
    const std::vector<double> ys = noisy.sample(0.0, 1.0, 50);
    const std::vector<double> z = noisy.noise(0.0, 1.0, 50);
    QCOMPARE(ys.size(), std::size_t(50));
    for (std::size_t k = 0; k < ys.size(); ++k)
        QCOMPARE(ys[k], std::clamp(double(k % 10) / 20.0 + z[k], -1.0, 1.0));
    QCOMPARE(noisy.name(), std::string("counting + noise 0.05"));
}

void TestNoisySignal::badArgumentsAreRefused_data()
{
    QTest::addColumn<bool>("withSignal");
    QTest::addColumn<double>("stddev");
    QTest::newRow("no signal") << false << 0.1;
    QTest::newRow("negative sd") << true << -0.1;
    QTest::newRow("sd above 1") << true << 1.5;
    QTest::newRow("NaN sd") << true << qQNaN();
    QTest::newRow("infinite sd") << true << qInf();
}

void TestNoisySignal::badArgumentsAreRefused()
{
    QFETCH(bool, withSignal);
    QFETCH(double, stddev);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, NoisySignal(withSignal ? zero() : nullptr, stddev, 1));
}

QTEST_APPLESS_MAIN(TestNoisySignal)
#include "tst_noisysignal.moc"
