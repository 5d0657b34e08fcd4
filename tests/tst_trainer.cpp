// Trainer: learns the seed's sine, is reproducible, stops when cancelled from another
// thread, and abandons a step whole when its stop flag is raised.

#include "sinesignal.h"
#include "trainer.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

using namespace lstmlab;

namespace {

std::shared_ptr<const Dataset> seedData(int timesteps = 20)
{
    return std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
}

// Weights, Adam's state, the position and the generator are those of `before`.
void compareStates(const TrainerState &after, const TrainerState &before)
{
    QVERIFY(after.parameters == before.parameters);
    QVERIFY(after.adamFirstMoment == before.adamFirstMoment);
    QVERIFY(after.adamSecondMoment == before.adamSecondMoment);
    QCOMPARE(after.adamStep, before.adamStep);
    QCOMPARE(after.step, before.step);
    QCOMPARE(after.batch, before.batch);
    QCOMPARE(after.rngState, before.rngState);
}

} // namespace

class TestTrainer : public QObject
{
    Q_OBJECT

private slots:
    void seedRunLowersTestMseTenfold();
    void sameSeedSameRun_data();
    void sameSeedSameRun();
    void epochBookkeeping();
    void controlsFromAnotherThread();
    void learningRateAndDropoutTakeEffectNextStep();
    void nonFiniteLossStopsAndKeepsWeights();
    void divergedStepRollsBackTheWholeState();
    void stoppedStepChangesNothing_data();
    void stoppedStepChangesNothing();
    void stoppedEvaluationAndTraceChangeNothing();
    void badConfigurationIsRefused();
    void traceIsForTheChosenWindow();
};

void TestTrainer::seedRunLowersTestMseTenfold()
{
    ModelConfig model;
    TrainConfig train;
    train.epochs = 3;
    Trainer trainer(model, train, seedData());
    const double before = trainer.evaluate();
    std::vector<double> epochMse;
    Trainer::Listener listener;
    listener.onEpoch = [&](const EpochReport &e) { epochMse.push_back(e.testMse); };
    QCOMPARE(trainer.run(listener), Trainer::Outcome::Finished);
    QCOMPARE(int(epochMse.size()), 3);
    const double after = trainer.evaluate();
    qInfo("test MSE before %.6g, after 3 epochs %.6g (%.1fx lower)", before, after, before / after);
    QVERIFY(after * 10.0 <= before);
    QCOMPARE(after, epochMse.back());
}

void TestTrainer::sameSeedSameRun_data()
{
    QTest::addColumn<bool>("shuffle");
    QTest::addColumn<double>("dropout");
    QTest::newRow("in order, no dropout") << false << 0.0;
    QTest::newRow("shuffled, dropout 0.3") << true << 0.3;
}

void TestTrainer::sameSeedSameRun()
{
    QFETCH(bool, shuffle);
    QFETCH(double, dropout);
    ModelConfig model;
    model.units = 6;
    model.dropout = dropout;
    TrainConfig train;
    train.shuffle = shuffle;
    train.seed = 7;
    auto data = seedData();
    Trainer a(model, train, data);
    Trainer b(model, train, data);
    StepReport ra, rb;
    for (int k = 0; k < 20; ++k) {
        QVERIFY(a.step(&ra));
        QVERIFY(b.step(&rb));
        QCOMPARE(ra.loss, rb.loss);
    }
    QVERIFY(a.network().parameters() == b.network().parameters());
    train.seed = 8;
    Trainer c(model, train, data);
    QVERIFY(c.network().parameters() != a.network().parameters());
}

void TestTrainer::epochBookkeeping()
{
    ModelConfig model;
    model.units = 4;
    TrainConfig train;
    train.batchSize = 1000;
    train.epochs = 2;
    Trainer trainer(model, train, seedData());
    QCOMPARE(trainer.batchesPerEpoch(), 10); // 9979 windows: 9 full batches and one of 979
    int epochs = 0;
    int steps = 0;
    Trainer::Listener listener;
    listener.onStep = [&](const StepReport &r) {
        ++steps;
        QCOMPARE(r.batchesPerEpoch, 10);
        QCOMPARE(r.epochCompleted, r.batch == 9);
    };
    listener.onEpoch = [&](const EpochReport &e) { QCOMPARE(e.epoch, ++epochs); };
    QCOMPARE(trainer.run(listener), Trainer::Outcome::Finished);
    QCOMPARE(steps, 20);
    QCOMPARE(epochs, 2);
    QCOMPARE(trainer.stepCount(), 20LL);
    QVERIFY(trainer.finished());
}

// run() on one thread stops at the next step when another thread cancels it.
void TestTrainer::controlsFromAnotherThread()
{
    ModelConfig model;
    model.units = 4;
    model.timesteps = 5;
    TrainConfig train;
    train.epochs = 0; // until cancelled
    Trainer trainer(model, train, seedData(5));
    std::atomic<long long> lastStep{0};
    Trainer::Listener listener;
    listener.onStep = [&](const StepReport &r) { lastStep.store(r.step); };
    TrainerControls &controls = trainer.controls();
    std::atomic<bool> done{false};
    Trainer::Outcome outcome = Trainer::Outcome::Finished;
    std::thread worker([&] {
        outcome = trainer.run(listener);
        done.store(true);
    });
    QTRY_VERIFY(lastStep.load() > 20);
    QVERIFY(!done.load());
    controls.cancel();
    QVERIFY(controls.cancelled());
    QTRY_VERIFY(done.load());
    worker.join();
    QCOMPARE(outcome, Trainer::Outcome::Cancelled);
    QCOMPARE(trainer.stepCount(), lastStep.load()); // the cancelled run stopped between steps
}

void TestTrainer::learningRateAndDropoutTakeEffectNextStep()
{
    ModelConfig model;
    model.units = 4;
    TrainConfig train;
    auto data = seedData();
    Trainer a(model, train, data);
    Trainer b(model, train, data);
    QVERIFY(a.step());
    QVERIFY(b.step());
    b.setLearningRate(0.05);
    QCOMPARE(b.learningRate(), 0.05);
    QVERIFY(a.step());
    QVERIFY(b.step());
    QVERIFY(a.network().parameters() != b.network().parameters());
    // Dropout 0 -> 0.5 changes the next batch's loss (masks drawn), not the structure.
    Trainer c(model, train, data);
    Trainer d(model, train, data);
    d.setDropout(0.5);
    StepReport rc, rd;
    QVERIFY(c.step(&rc));
    QVERIFY(d.step(&rd));
    QVERIFY(rc.loss != rd.loss);
    QCOMPARE(d.network().parameterCount(), c.network().parameterCount());
}

void TestTrainer::nonFiniteLossStopsAndKeepsWeights()
{
    ModelConfig model;
    model.units = 4;
    TrainConfig train;
    Trainer trainer(model, train, seedData());
    QVERIFY(trainer.step());
    trainer.network().parameters()[0] = std::numeric_limits<float>::quiet_NaN();
    const long long steps = trainer.stepCount();
    QVERIFY(!trainer.step());
    QCOMPARE(trainer.stepCount(), steps);
    QVERIFY(QString::fromStdString(trainer.divergenceMessage()).contains(QLatin1String("learning rate")));
    Trainer::Listener listener;
    QCOMPARE(trainer.run(listener), Trainer::Outcome::Diverged);
}

// A step whose update is not finite leaves no trace: weights, Adam's moments and step count,
// the generator and the position are those of the last finite step, so the state can be
// saved and resumed (the session file refuses what is not finite).
void TestTrainer::divergedStepRollsBackTheWholeState()
{
    ModelConfig model;
    model.units = 4;
    model.dropout = 0.2; // the generator moves within a step
    TrainConfig train;
    train.shuffle = true;
    Trainer trainer(model, train, seedData());
    for (int k = 0; k < 3; ++k)
        QVERIFY(trainer.step());
    const TrainerState before = trainer.captureState();
    trainer.setLearningRate(1e39); // an infinite step size in float
    QVERIFY(!trainer.step());
    QVERIFY(QString::fromStdString(trainer.divergenceMessage()).contains(QLatin1String("a weight became infinite")));
    trainer.setLearningRate(before.learningRate);
    const TrainerState after = trainer.captureState();
    compareStates(after, before);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!Trainer::checkState(after, trainer.modelConfig(), trainer.trainConfig()));
    // And the next step is the one an undisturbed trainer takes.
    Trainer undisturbed(model, train, seedData());
    QVERIFY(!undisturbed.restoreState(before));
    StepReport a, b;
    QVERIFY(trainer.step(&a));
    QVERIFY(undisturbed.step(&b));
    QCOMPARE(a.loss, b.loss);
    QVERIFY(trainer.network().parameters() == undisturbed.network().parameters());
}

void TestTrainer::stoppedStepChangesNothing_data()
{
    QTest::addColumn<double>("at");        // when the flag is raised, as a share of a step; < 0: before
    QTest::addColumn<bool>("endsEpoch");   // the step ends an epoch (and evaluates the test set)
    QTest::newRow("raised before the step") << -1.0 << false;
    QTest::newRow("raised early in the step (forward)") << 0.15 << false;
    QTest::newRow("raised late in the step (backward)") << 0.7 << false;
    QTest::newRow("raised before the epoch's last step") << -1.0 << true;
    QTest::newRow("raised during the epoch's evaluation") << 0.85 << true;
}

// A stop flag raised from another thread abandons the step whole: weights, Adam's state, the
// generator, the position and the test predictions are as before it, and the step taken after
// the flag is lowered is the one an undisturbed trainer takes.
void TestTrainer::stoppedStepChangesNothing()
{
    QFETCH(double, at);
    QFETCH(bool, endsEpoch);
    ModelConfig model;
    model.units = 48;
    model.timesteps = 60;
    model.dropout = 0.2; // the generator moves within a step
    TrainConfig train;
    auto data = seedData(model.timesteps);
    Trainer trainer(model, train, data);
    Trainer undisturbed(model, train, data);
    for (Trainer *t : {&trainer, &undisturbed}) {
        QVERIFY(t->step());
        if (endsEpoch)
            t->restoreProgress(t->stepCount(), t->epoch(), t->batchesPerEpoch() - 1);
    }
    const TrainerState before = trainer.captureState();
    const Matrix<float> predictionsBefore = trainer.testPredictions();
    // How long a step takes here, on a copy, to raise the flag at the row's share of it.
    QElapsedTimer clock;
    {
        Trainer probe(model, train, data);
        QVERIFY(!probe.restoreState(before));
        clock.start();
        QVERIFY(probe.step());
    }
    const auto stepNs = clock.nsecsElapsed();

    StopFlag stop{at < 0};
    trainer.setStopFlag(&stop);
    std::thread raiser([&] {
        if (at >= 0) {
            std::this_thread::sleep_for(std::chrono::nanoseconds(qint64(at * double(stepNs))));
            stop.store(true);
        }
    });
    clock.start();
    const bool stepped = trainer.step();
    const double returnedMs = double(clock.nsecsElapsed()) / 1e6;
    raiser.join();
    qInfo("a step takes %.1f ms here; with the flag raised at %.0f%% it returned after %.1f ms, %s", double(stepNs) / 1e6,
          100.0 * std::max(0.0, at), returnedMs, stepped ? "done (the flag came too late)" : "abandoned");
    if (at < 0)
        QVERIFY(!stepped);
    if (!stepped) {
        QVERIFY(trainer.stopped());
        QVERIFY(trainer.divergenceMessage().empty());
        const TrainerState after = trainer.captureState();
        compareStates(after, before);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(after.epoch, before.epoch);
        QCOMPARE(after.epochLossSum, before.epochLossSum);
        QCOMPARE(after.lastEpoch.testMse, before.lastEpoch.testMse);
        QVERIFY(trainer.testPredictions() == predictionsBefore);
        stop.store(false);
        QVERIFY(trainer.step());
    }
    QVERIFY(!trainer.stopped());
    StepReport a;
    QVERIFY(undisturbed.step(&a));
    QCOMPARE(trainer.stepCount(), undisturbed.stepCount());
    QCOMPARE(trainer.epoch(), undisturbed.epoch());
    QVERIFY(trainer.network().parameters() == undisturbed.network().parameters());
    QVERIFY(trainer.optimizer().secondMoment() == undisturbed.optimizer().secondMoment());
    QCOMPARE(trainer.lastEpoch().testMse, undisturbed.lastEpoch().testMse);
}

// evaluate() and trace() give up too, and leave the predictions as they were.
void TestTrainer::stoppedEvaluationAndTraceChangeNothing()
{
    ModelConfig model;
    Trainer trainer(model, TrainConfig(), seedData());
    const double mse = trainer.evaluate();
    QVERIFY(trainer.step());
    const Matrix<float> predictions = trainer.testPredictions();
    StopFlag stop{true};
    trainer.setStopFlag(&stop);
    QVERIFY(std::isnan(trainer.evaluate()));
    QVERIFY(trainer.stopped());
    QVERIFY(!trainer.evaluateWindows(0, 10));
    QVERIFY(trainer.testPredictions() == predictions);
    QVERIFY(trainer.trace(3).empty());
    stop.store(false);
    QVERIFY(trainer.evaluateWindows(0, 10));
    QVERIFY(trainer.testPredictions().leftCols(10) != predictions.leftCols(10)); // the new weights'
    QVERIFY(trainer.testPredictions().rightCols(5) == predictions.rightCols(5)); // the rest untouched
    const double after = trainer.evaluate();
    QVERIFY(!trainer.stopped());
    QVERIFY(std::isfinite(after) && after != mse);
    QCOMPARE(trainer.trace(3).window, 3);
}

void TestTrainer::badConfigurationIsRefused()
{
    ModelConfig model;
    model.units = 0;
    bool threw = false;
    try {
        Trainer trainer(model, TrainConfig(), seedData());
    } catch (const std::invalid_argument &e) {
        threw = true;
        QVERIFY(QString::fromUtf8(e.what()).contains(QLatin1String("1..256")));
    }
    QVERIFY(threw);
    model.units = 20;
    model.timesteps = 10; // data made for 20
    threw = false;
    try {
        Trainer trainer(model, TrainConfig(), seedData(20));
    } catch (const std::invalid_argument &) {
        threw = true;
    }
    QVERIFY(threw);
    // The largest of everything needs about 240 GB: said before anything that size is allocated.
    {
        ModelConfig huge;
        huge.units = 256;
        huge.layers = 8;
        huge.timesteps = 512;
        TrainConfig big;
        big.batchSize = 4096;
        threw = false;
        try {
            Trainer trainer(huge, big, seedData(512));
        } catch (const std::invalid_argument &e) {
            threw = true;
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("8 layers of 256 units, timesteps 512, batch size 4096")),
                     e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("GB of memory to train")), e.what());
        }
        QVERIFY(threw);
    }
    // A model of another width would compare (O, B) outputs with (1, B) labels.
    for (const auto &[inputSize, outputSize] : {std::pair{2, 1}, std::pair{1, 3}}) {
        model.timesteps = 20;
        model.inputSize = inputSize;
        model.outputSize = outputSize;
        threw = false;
        try {
            Trainer trainer(model, TrainConfig(), seedData(20));
        } catch (const std::invalid_argument &e) {
            threw = true;
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("input_size and output_size must be 1")),
                     e.what());
        }
        QVERIFY(threw);
    }
}

void TestTrainer::traceIsForTheChosenWindow()
{
    ModelConfig model;
    model.units = 5;
    model.layers = 3;
    Trainer trainer(model, TrainConfig(), seedData());
    const GateTrace trace = trainer.trace(100);
    QCOMPARE(trace.window, 100);
    QCOMPARE(int(trace.layers.size()), 3);
    QCOMPARE(trace.layers[2].units, 5);
    QCOMPARE(trace.layers[2].timesteps, 20);
    QCOMPARE(trace.input[0], trainer.dataset().test().windows(0, 100));
    QCOMPARE(trace.target, trainer.dataset().test().labels(0, 100));
    trainer.evaluate();
    QVERIFY(qAbs(trace.prediction - trainer.testPredictions()(0, 100)) < 1e-5f);
    QCOMPARE(trainer.trace(100000).window, trainer.dataset().test().size() - 1); // clamped
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
