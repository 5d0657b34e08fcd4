// EchoSignal: seeded white noise in (-A, A), the same on every run, independent between the
// train and test grids, and the lag it hands to the Dataset; a small LSTM learns a short echo.

#include "dataset.h"
#include "echosignal.h"
#include "signalcatalog.h"
#include "trainer.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace lstmlab;

class TestEchoSignal : public QObject
{
    Q_OBJECT

private slots:
    void noiseIsUniformAndReproducible_data();
    void noiseIsUniformAndReproducible();
    void trainAndTestGridsDiffer();
    void badSettingsAreRefused();
    void datasetLabelsTheSampleLagStepsBack_data();
    void datasetLabelsTheSampleLagStepsBack();
    void lagThatDoesNotFitIsRefusedWithTheRange_data();
    void lagThatDoesNotFitIsRefusedWithTheRange();
    void shortEchoIsLearnable();
};

void TestEchoSignal::noiseIsUniformAndReproducible_data()
{
    QTest::addColumn<double>("amplitude");
    QTest::newRow("default amplitude 0.8") << 0.8;
    QTest::newRow("amplitude 0.1") << 0.1;
    QTest::newRow("amplitude 1") << 1.0;
}

void TestEchoSignal::noiseIsUniformAndReproducible()
{
    QFETCH(double, amplitude);
    const EchoSignal echo(amplitude, 5);
    const std::vector<double> ys = echo.sample(0.0, 100.0, 10000);
    QCOMPARE(ys.size(), std::size_t(10000));
    QCOMPARE(EchoSignal(amplitude, 40).sample(0.0, 100.0, 10000), ys); // the lag does not change the series
    double mean = 0.0, meanSquare = 0.0, lag1 = 0.0, lo = 0.0, hi = 0.0;
    for (std::size_t k = 0; k < ys.size(); ++k) {
        QVERIFY(std::abs(ys[k]) < amplitude);
        mean += ys[k] / 1e4;
        meanSquare += ys[k] * ys[k] / 1e4;
        if (k > 0)
            lag1 += ys[k] * ys[k - 1] / 1e4;
        lo = std::min(lo, ys[k]);
        hi = std::max(hi, ys[k]);
    }
    // Uniform in (-A, A): mean 0, variance A^2 / 3; white: neighbours uncorrelated.
    QVERIFY2(std::abs(mean) < 0.02 * amplitude, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(meanSquare / echo.variance() - 1.0) < 0.05, qPrintable(QString::number(meanSquare)));
    QVERIFY2(std::abs(lag1) / echo.variance() < 0.05, qPrintable(QString::number(lag1)));
    QVERIFY(lo < -0.99 * amplitude && hi > 0.99 * amplitude);
    QCOMPARE(echo.value(3.0), echo.sample(3.0, 3.0, 1).front());
    QCOMPARE(echo.echoLag(), 5);
    QCOMPARE(QString::fromStdString(echo.name()), QStringLiteral("echo"));
}

void TestEchoSignal::trainAndTestGridsDiffer()
{
    const EchoSignal echo(0.8, 3);
    const std::vector<double> train = echo.sample(0.0, 100.0, 1000);
    const std::vector<double> test = echo.sample(100.0, 110.0, 1000);
    int same = 0;
    for (std::size_t k = 0; k < train.size(); ++k)
        same += train[k] == test[k];
    QCOMPARE(same, 0);
}

void TestEchoSignal::badSettingsAreRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EchoSignal(0.0, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EchoSignal(1.5, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EchoSignal(0.8, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, EchoSignal(std::nan(""), 3));
}

void TestEchoSignal::datasetLabelsTheSampleLagStepsBack_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("lag");
    QTest::newRow("T 20, lag 1: the window's last sample") << 20 << 1;
    QTest::newRow("T 20, lag 10") << 20 << 10;
    QTest::newRow("T 51, lag 50: the window's first sample") << 51 << 50;
    QTest::newRow("T 60, lag 50") << 60 << 50;
}

void TestEchoSignal::datasetLabelsTheSampleLagStepsBack()
{
    QFETCH(int, timesteps);
    QFETCH(int, lag);
    const Dataset data(EchoSignal(0.8, lag), DataSpec(), timesteps);
    QCOMPARE(data.lag(), lag);
    for (const Dataset::Split *split : {&data.train(), &data.test()}) {
        // The same windows as the next-sample task: n - T - 1 of them.
        QCOMPARE(split->size(), int(split->series.size()) - timesteps - 1);
        for (int n : {0, 1, split->size() / 2, split->size() - 1}) {
            QCOMPARE(split->labels(0, n), split->windows(timesteps - 1 - lag, n));
            QCOMPARE(split->labels(0, n), split->series[std::size_t(n + timesteps - 1 - lag)]);
            // The chart draws the label where it lies in the series.
            QCOMPARE(split->labelX(n), split->x[std::size_t(n + timesteps - 1 - lag)]);
        }
    }
    // And the seed's task is unchanged: the next sample, lag 0.
    const Dataset next(EchoSignal(0.8, lag), DataSpec(), timesteps); // same series
    const Dataset::Split &test = next.test();
    QCOMPARE(Dataset::makeSplit(test.x, test.series, timesteps).labels(0, 3), test.series[std::size_t(3 + timesteps)]);
}

void TestEchoSignal::lagThatDoesNotFitIsRefusedWithTheRange_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("lag");
    QTest::addColumn<QString>("message");
    QTest::newRow("lag = timesteps") << 20 << 20
                                     << "lag must be an integer in 1..19 for timesteps 20 (got 20): the sample to recall "
                                        "must lie inside the window";
    QTest::newRow("lag 50, timesteps 20") << 20 << 50 << "lag must be an integer in 1..19 for timesteps 20 (got 50)";
    QTest::newRow("timesteps 1 has no lag") << 1 << 1 << "lag must be an integer in 1..timesteps - 1, and timesteps 1 leaves none";
}

void TestEchoSignal::lagThatDoesNotFitIsRefusedWithTheRange()
{
    QFETCH(int, timesteps);
    QFETCH(int, lag);
    QFETCH(QString, message);
    QVERIFY(Dataset::checkLag(lag, timesteps));
    QVERIFY2(QString::fromStdString(*Dataset::checkLag(lag, timesteps)).startsWith(message),
             Dataset::checkLag(lag, timesteps)->c_str());
    try {
        Dataset data(EchoSignal(0.8, lag), DataSpec(), timesteps);
        QFAIL("a lag outside the window was accepted");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("echo: ") + message), e.what());
    }
    QVERIFY(!Dataset::checkLag(0, timesteps)); // the next-sample task always fits
    if (timesteps >= 2)
        QVERIFY(!Dataset::checkLag(timesteps - 1, timesteps));
}

// A short echo (lag 3 in windows of 8) is learned far below the noise's variance in a few
// epochs, so the task itself is sound; docs and lessons measure lag 50.
void TestEchoSignal::shortEchoIsLearnable()
{
    const SignalCreateResult made = SignalCatalog::create("echo", {{"lag", 3}});
    QVERIFY2(made.generator, made.error.c_str());
    ModelConfig model;
    model.units = 8;
    model.layers = 1;
    model.timesteps = 8;
    TrainConfig train;
    train.epochs = 3;
    train.learningRate = 1e-2;
    train.shuffle = true;
    train.seed = 3;
    Trainer trainer(model, train, std::make_shared<const Dataset>(*made.generator, DataSpec(), model.timesteps));
    QCOMPARE(trainer.run({}), Trainer::Outcome::Finished);
    const double after = trainer.evaluate();
    const double variance = EchoSignal(0.8, 3).variance();
    qInfo("echo lag 3: test MSE %.4g after %d epochs (the noise's variance: %.4g)", after, train.epochs, variance);
    QVERIFY2(after * 10.0 <= variance, "the test MSE falls at least 10-fold below the variance");
}

QTEST_GUILESS_MAIN(TestEchoSignal)
#include "tst_echosignal.moc"
