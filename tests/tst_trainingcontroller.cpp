// TrainingController and its worker thread: states, snapshots, single steps, rebuilds,
// divergence, and a clean stop. Waits are QTRY_*/QSignalSpy::wait, never fixed sleeps.

#include "signalgenerator.h"
#include "trainingcontroller.h"
#include "dataset.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using State = TrainingSnapshot::State;

namespace QTest {
template <>
char *toString(const State &state)
{
    static const char *const names[] = {"Idle", "Running", "Paused", "Finished", "Diverged"};
    return qstrdup(names[int(state)]);
}
} // namespace QTest

namespace {

constexpr int waitMs = 10000;
constexpr int testPoints = 1000; // the seed's test split: sin(linspace(100, 110, 1000))

// Small enough that an epoch (157 batches of 64) takes a blink.
lstmlab::ModelConfig smallModel(int units = 4, int layers = 1, int timesteps = 5)
{
    lstmlab::ModelConfig model;
    model.units = units;
    model.layers = layers;
    model.timesteps = timesteps;
    return model;
}

lstmlab::TrainConfig smallTrain(int epochs = 0)
{
    lstmlab::TrainConfig train;
    train.epochs = epochs;
    return train;
}

// A sine so loud that its squared error overflows float: training diverges at once.
class LoudSine : public lstmlab::SignalGenerator
{
public:
    std::string name() const override { return "loud sine"; }
    double value(double x) const override { return 1e30 * std::sin(x); }
};

// Everything the controller relays, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(TrainingController &controller) : controller(&controller)
    {
        connect(&controller, &TrainingController::snapshotReady, this,
                [this](const TrainingSnapshot &s) { snapshots.append(s); });
        connect(&controller, &TrainingController::stateChanged, this,
                [this](State s) { states.append(s); });
    }
    const TrainingSnapshot &last() const { return snapshots.last(); }
    int count() const { return int(snapshots.size()); }
    // Whether a snapshot from index `from` on satisfies `test`.
    bool any(int from, const std::function<bool(const TrainingSnapshot &)> &test) const
    {
        for (int k = from; k < snapshots.size(); ++k)
            if (test(snapshots[k]))
                return true;
        return false;
    }
    // The worker's frame (not the controller's empty "building" one) says state and step.
    bool lastIs(State state, qint64 step) const
    {
        return !snapshots.isEmpty() && !last().building && last().state == state && last().step == step;
    }

    // Waits until the last snapshot, or one that arrives, satisfies `test`. Several snapshots
    // may arrive in one event-loop pass, so every new one is checked, not just the last.
    bool waitFor(const std::function<bool(const TrainingSnapshot &)> &test)
    {
        QDeadlineTimer deadline(waitMs);
        QSignalSpy spy(controller, &TrainingController::snapshotReady);
        int from = std::max(0, count() - 1);
        for (;;) {
            if (any(from, test))
                return true;
            from = count();
            if (deadline.hasExpired() || !spy.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
        }
    }

    TrainingController *controller;
    QList<TrainingSnapshot> snapshots;
    QList<State> states;
};

bool allFinite(const QVector<QPointF> &points)
{
    for (const QPointF &p : points)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    return true;
}

// A controller with the small model, idle, its first snapshot of that model received.
void useSmallModel(TrainingController &controller, Recorder &recorder, int epochs = 0)
{
    controller.setMaxSnapshotsPerSecond(1000);
    controller.setConfiguration(smallModel(), smallTrain(epochs));
    // The worker's first frame of the new model (after the controller's empty "building" one).
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.snapshots.isEmpty() && recorder.last().generation == controller.generation()
                                 && !recorder.last().building,
                             waitMs);
}

} // namespace

class TestTrainingController : public QObject
{
    Q_OBJECT

private slots:
    void clearlyFailingRunIsNamed();
    void startsIdleWithTheSeedConfiguration();
    void trainPauseResumeChangeStateAndProduceSnapshots();
    void pauseBeforeTheFirstStepShowsPaused();
    void stepAdvancesExactlyOneBatch_data();
    void stepAdvancesExactlyOneBatch();
    void resetRestoresTheSeedsWeights();
    void structuralChangeRebuildsMidTraining_data();
    void structuralChangeRebuildsMidTraining();
    void cellChangeRebuildsAndTrains();
    void learningRateAndDropoutDoNotRebuild();
    void finishesAndContinuesWhenEpochsAreRaised();
    void traceWindowAndFreeRunRefreshWhileStopped();
    void traceWindowRefreshesWhilePaused();
    void slowMotionShowsEveryStepAndStaysResponsive();
    void pausesAtTheEndOfEveryEpochWhenAsked();
    void divergenceIsReported();
    void invalidConfigurationIsRejected();
    void twoHundredStartChangeStopCycles();
    void destroyingWhileTrainingReturns_data();
    void destroyingWhileTrainingReturns();
    void sideBySideRunsTakeEqualSteps();
    void sideRunsFollowTheLiveLearningRateTheyShare();
};

void TestTrainingController::startsIdleWithTheSeedConfiguration()
{
    TrainingController controller;
    Recorder recorder(controller);
    QCOMPARE(controller.state(), State::Idle);
    QCOMPARE(controller.modelConfig(), lstmlab::ModelConfig());
    QCOMPARE(controller.trainConfig(), lstmlab::TrainConfig());

    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(), 1, waitMs);
    const TrainingSnapshot &s = recorder.last();
    QCOMPARE(s.state, State::Idle);
    QCOMPARE(s.step, 0);
    QVERIFY(s.trainLoss < 0);
    QVERIFY(s.testMse < 0);
    QVERIFY(s.trainLossHistory.empty());
    QCOMPARE(s.model, lstmlab::ModelConfig());
    const int windows = testPoints - s.model.timesteps - 1;
    QCOMPARE(s.realTest.size(), windows);
    QCOMPARE(s.predictedTest.size(), windows);
    QVERIFY(allFinite(s.predictedTest));
    QCOMPARE(int(s.trace.layers.size()), s.model.layers);
    QCOMPARE(s.trace.layers[0].units, s.model.units);
    QCOMPARE(s.trace.layers[0].timesteps, s.model.timesteps);
    QCOMPARE(s.batchesPerEpoch, (10000 - s.model.timesteps - 1 + 63) / 64);
}

void TestTrainingController::trainPauseResumeChangeStateAndProduceSnapshots()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    recorder.states.clear();

    controller.start();
    QCOMPARE(controller.state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Running && recorder.last().step > 0,
                             waitMs);
    QVERIFY(recorder.last().trainLoss >= 0);
    QCOMPARE(qint64(recorder.last().trainLossHistory.size()), recorder.last().step);

    controller.pause();
    QCOMPARE(controller.state(), State::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Paused, waitMs);
    const qint64 pausedAt = recorder.last().step;
    QCOMPARE(recorder.last().stepsPerSecond, 0.0);

    controller.resume();
    QCOMPARE(controller.state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Running
                                 && recorder.last().step > pausedAt,
                             waitMs);

    controller.start(); // already running: nothing changes
    controller.reset();
    QCOMPARE(controller.state(), State::Idle);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Idle, 0), waitMs);

    const QList<State> expected{State::Running, State::Paused, State::Running, State::Idle};
    QCOMPARE(recorder.states, expected);
}

// A pause that reaches the worker before its first step (a quick Space after the window opens,
// or a slow machine): the worker parks at once, and its snapshots must say so, not keep the
// Idle of before the start.
void TestTrainingController::pauseBeforeTheFirstStepShowsPaused()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QCOMPARE(recorder.last().state, State::Idle);

    controller.start();
    controller.pause(); // in the same turn of the event loop: usually before the worker starts
    QCOMPARE(controller.state(), State::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Paused, waitMs);
    // Usually step 0; but the worker may take the start before this thread gets to pause() when
    // the machine is busy (CI ran 844 small steps in that gap once). Either way no step follows.
    const qint64 pausedAt = recorder.last().step;
    QTest::qWait(200);
    QCOMPARE(recorder.last().step, pausedAt);
    QCOMPARE(recorder.last().state, State::Paused);

    controller.resume();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Running && recorder.last().step > 0, waitMs);
}

void TestTrainingController::stepAdvancesExactlyOneBatch_data()
{
    QTest::addColumn<State>("from");
    QTest::newRow("from idle") << State::Idle;
    QTest::newRow("from running") << State::Running;
    QTest::newRow("from paused") << State::Paused;
}

void TestTrainingController::stepAdvancesExactlyOneBatch()
{
    QFETCH(State, from);
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);

    qint64 before = 0; // steps done when the first Step takes effect
    int mark = recorder.count();
    if (from != State::Idle) {
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > 0, waitMs);
        if (from == State::Paused) {
            controller.pause();
            QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Paused, waitMs);
            before = recorder.last().step;
        }
        mark = recorder.count();
    }
    controller.step();
    QCOMPARE(controller.state(), State::Paused);
    if (from == State::Running) {
        // Step pauses first; the pause takes effect after the batch in progress, and the
        // worker announces it with a paused snapshot before taking the one batch asked for.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.any(mark, [](const TrainingSnapshot &s) {
                                     return s.state == State::Paused;
                                 }),
                                 waitMs);
        for (int k = mark; k < recorder.count(); ++k)
            if (recorder.snapshots[k].state == State::Paused) {
                before = recorder.snapshots[k].step;
                break;
            }
    }

    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Paused, before + 1), waitMs);
    controller.step();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Paused, before + 2), waitMs);
    controller.step();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Paused, before + 3), waitMs);
    QCOMPARE(controller.state(), State::Paused);
    for (int k = mark; k < recorder.count(); ++k)
        QVERIFY2(recorder.snapshots[k].step <= before + 3, "a step too many");
    QCOMPARE(qint64(recorder.last().trainLossHistory.size()), before + 3);
}

void TestTrainingController::resetRestoresTheSeedsWeights()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    const TrainingSnapshot initial = recorder.last();
    const quint64 generation = controller.generation();

    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > 20 && recorder.last().epoch >= 1, waitMs);
    QVERIFY(recorder.last().predictedTest != initial.predictedTest);

    controller.reset();
    QCOMPARE(controller.state(), State::Idle);
    QVERIFY(controller.generation() > generation);
    const int mark = recorder.count();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Idle, 0), waitMs);
    const TrainingSnapshot &s = recorder.last();
    QVERIFY(s.trainLossHistory.empty());
    QVERIFY(s.testMseHistory.isEmpty());
    QCOMPARE(s.epoch, 0);
    QVERIFY(s.trainLoss < 0);
    QCOMPARE(s.predictedTest, initial.predictedTest); // the same seed, the same weights
    for (int k = mark; k < recorder.count(); ++k)
        QCOMPARE(recorder.snapshots[k].generation, controller.generation());
}

void TestTrainingController::structuralChangeRebuildsMidTraining_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::newRow("units 4 -> 7") << 7 << 1 << 5;
    QTest::newRow("units 4 -> 1") << 1 << 1 << 5;
    QTest::newRow("layers 1 -> 3") << 4 << 3 << 5;
    QTest::newRow("timesteps 5 -> 9") << 4 << 1 << 9;
    QTest::newRow("all three") << 6 << 2 << 3;
}

void TestTrainingController::structuralChangeRebuildsMidTraining()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);

    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > 0, waitMs);
    const quint64 generation = controller.generation();
    const int mark = recorder.count();
    controller.setConfiguration(smallModel(units, layers, timesteps), smallTrain());

    QCOMPARE(rebuilt.count(), 1);
    QVERIFY(!rebuilt.first().first().toString().isEmpty());
    QCOMPARE(controller.state(), State::Running);
    QCOMPARE(controller.modelConfig(), smallModel(units, layers, timesteps));
    QVERIFY(controller.generation() > generation);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() > mark && recorder.last().state == State::Running
                                 && recorder.last().step > 0,
                             waitMs);

    // Every snapshot relayed after the change shows the new model: first the controller's empty
    // one, sent at once so no panel keeps the old network, then the worker's, heatmaps of new height.
    QVERIFY(recorder.snapshots[mark].building);
    QVERIFY(recorder.snapshots[mark].trace.empty());
    for (int k = mark; k < recorder.count(); ++k) {
        const TrainingSnapshot &s = recorder.snapshots[k];
        QCOMPARE(s.generation, controller.generation());
        QCOMPARE(s.model, smallModel(units, layers, timesteps));
        if (k == mark)
            continue;
        QVERIFY(!s.building);
        QCOMPARE(int(s.trace.layers.size()), layers);
        for (const lstmlab::LayerTrace &layer : s.trace.layers) {
            QCOMPARE(layer.units, units);
            QCOMPARE(layer.timesteps, timesteps);
            for (const std::vector<float> &values : layer.values)
                QCOMPARE(int(values.size()), units * timesteps);
        }
        QCOMPARE(int(s.trace.input.size()), timesteps);
        QCOMPARE(s.predictedTest.size(), testPoints - timesteps - 1);
        QCOMPARE(s.realTest.size(), testPoints - timesteps - 1);
        QCOMPARE(qint64(s.trainLossHistory.size()), s.step); // history restarted with the new model
    }
}

void TestTrainingController::learningRateAndDropoutDoNotRebuild()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);

    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > 5, waitMs);
    const quint64 generation = controller.generation();
    const qint64 stepBefore = recorder.last().step;
    const int mark = recorder.count();

    lstmlab::ModelConfig model = smallModel();
    model.dropout = 0.25;
    lstmlab::TrainConfig train = smallTrain();
    train.learningRate = 0.01;
    controller.setConfiguration(model, train);

    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(controller.generation(), generation);
    QCOMPARE(controller.state(), State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().train.learningRate == 0.01
                                 && recorder.last().model.dropout == 0.25,
                             waitMs);
    for (int k = mark; k < recorder.count(); ++k) {
        QCOMPARE(recorder.snapshots[k].generation, generation);
        QVERIFY(recorder.snapshots[k].step >= stepBefore); // training went on, no restart
    }
}

void TestTrainingController::finishesAndContinuesWhenEpochsAreRaised()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder, 1);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);
    const quint64 generation = controller.generation();

    controller.start();
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(controller.state(), State::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Finished, waitMs);
    const int perEpoch = recorder.last().batchesPerEpoch;
    QCOMPARE(recorder.last().epoch, 1);
    QCOMPARE(recorder.last().step, perEpoch);
    QCOMPARE(recorder.last().testMseHistory.size(), 1);
    QVERIFY(recorder.last().testMse >= 0);
    QCOMPARE(recorder.last().testMseHistory.first().y(), recorder.last().testMse);

    controller.step(); // the epochs are done: there is no next batch
    QCOMPARE(controller.state(), State::Finished);

    // More epochs: training goes on from where it stopped, same model.
    controller.setConfiguration(smallModel(), smallTrain(2));
    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(controller.state(), State::Finished);
    controller.start();
    QCOMPARE(controller.state(), State::Running);
    QVERIFY(finished.wait(waitMs));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Finished, waitMs);
    QCOMPARE(recorder.last().epoch, 2);
    QCOMPARE(recorder.last().step, 2 * perEpoch);
    QCOMPARE(qint64(recorder.last().trainLossHistory.size()), qint64(2 * perEpoch));
    QCOMPARE(recorder.last().testMseHistory.size(), 2);
    QCOMPARE(recorder.last().generation, generation);

    // Train again with the epochs done: a new model from the seed.
    controller.start();
    QVERIFY(controller.generation() > generation);
    QVERIFY(finished.wait(waitMs));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Finished
                                 && recorder.last().generation == controller.generation(),
                             waitMs);
    QCOMPARE(qint64(recorder.last().trainLossHistory.size()), qint64(2 * perEpoch));
    QCOMPARE(finished.count(), 3);
}

void TestTrainingController::traceWindowAndFreeRunRefreshWhileStopped()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    const int windows = recorder.last().realTest.size();

    controller.setTraceWindow(100);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().traceWindow, 100, waitMs);
    QCOMPARE(recorder.last().trace.window, 100);
    QCOMPARE(recorder.last().state, State::Idle);
    QVERIFY(recorder.last().freeRun.isEmpty());

    controller.setTraceWindow(1000000); // past the end: the last window
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().traceWindow, windows - 1, waitMs);

    controller.setFreeRun(true);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.last().freeRun.isEmpty(), waitMs);
    const TrainingSnapshot &s = recorder.last();
    QCOMPARE(s.freeRun.size(), windows);
    QVERIFY(allFinite(s.freeRun));
    QCOMPARE(s.freeRun.first().x(), s.realTest.first().x());
    QCOMPARE(s.freeRun.last().x(), s.realTest.last().x());
    // The first free-run point is the prediction from the first real window.
    QCOMPARE(s.freeRun.first().y(), s.predictedTest.first().y());

    controller.setFreeRun(false);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().freeRun.isEmpty(), waitMs);
}

void TestTrainingController::traceWindowRefreshesWhilePaused()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    controller.setFreeRun(true);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > 0, waitMs);
    controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Paused, waitMs);
    const qint64 step = recorder.last().step;

    for (int window : {7, 300, 42}) {
        controller.setTraceWindow(window);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.last().traceWindow, window, waitMs);
        QCOMPARE(recorder.last().state, State::Paused);
        QCOMPARE(recorder.last().step, step);
        QCOMPARE(recorder.last().trace.window, window);
        QCOMPARE(recorder.last().freeRun.size(), recorder.last().realTest.size());
    }
}

// Issue 15 §1: an option pauses at the end of every epoch (its test MSE then on screen);
// Resume trains the next epoch and pauses again.
void TestTrainingController::pausesAtTheEndOfEveryEpochWhenAsked()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder, 3);
    controller.setPauseAtEpochEnd(true);
    QSignalSpy paused(&controller, &TrainingController::pausedAtEpochEnd);
    controller.start();
    QVERIFY(paused.wait(waitMs));
    QCOMPARE(paused.first().first().toInt(), 1);
    QCOMPARE(controller.state(), State::Paused);
    QVERIFY(recorder.waitFor([](const TrainingSnapshot &s) { return s.state == State::Paused; }));
    const int perEpoch = recorder.last().batchesPerEpoch;
    QVERIFY(perEpoch > 0);
    QCOMPARE(recorder.last().step, qint64(perEpoch));
    QCOMPARE(recorder.last().epoch, 1);
    QCOMPARE(recorder.last().testMseHistory.size(), 1);

    controller.resume();
    QVERIFY(paused.wait(waitMs));
    QCOMPARE(paused.last().first().toInt(), 2);
    QVERIFY(recorder.waitFor([perEpoch](const TrainingSnapshot &s) {
        return s.state == State::Paused && s.step == 2 * qint64(perEpoch);
    }));
}

void TestTrainingController::slowMotionShowsEveryStepAndStaysResponsive()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    controller.setStepDelayMs(60000); // one step a minute: every wait below must not sleep it out
    QCOMPARE(controller.stepDelayMs(), 60000);

    controller.start();
    // The first step is shown even if its frame was dropped because the UI was busy.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Running, 1), waitMs);
    controller.setTraceWindow(33); // answered during the delay
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().traceWindow, 33, waitMs);
    QCOMPARE(recorder.last().step, 1);

    controller.pause(); // wakes the delay
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Paused, 1), waitMs);
    controller.step(); // a single step does not wait for the delay
    QTRY_VERIFY_WITH_TIMEOUT(recorder.lastIs(State::Paused, 2), waitMs);

    controller.setStepDelayMs(0);
    controller.resume();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Running && recorder.last().step > 10,
                             waitMs);
}

// Issue 14, defect 9 in the window: the highest learning rate ruins the network with finite
// numbers; the run finishes and says so, as the headless run does (FailingRun::diagnose).
void TestTrainingController::clearlyFailingRunIsNamed()
{
    TrainingController controller;
    Recorder recorder(controller);
    controller.setMaxSnapshotsPerSecond(1000);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy failing(&controller, &TrainingController::failing);

    // A healthy run: finished, nothing to say.
    controller.setConfiguration(smallModel(), smallTrain(1));
    controller.start();
    QVERIFY(finished.wait(waitMs));
    QCOMPARE(failing.count(), 0);

    // The seed network at learning rate 10 for two epochs (tst_headlessrun's failing run).
    lstmlab::TrainConfig train = smallTrain(2);
    train.learningRate = 10.0;
    controller.setConfiguration(lstmlab::ModelConfig(), train);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 4 * waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(failing.count(), 1, waitMs);
    const QString message = failing.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("Lower the learning rate (now 10")), qPrintable(message));
    QCOMPARE(controller.state(), State::Finished);
}

// Choosing another cell (the window's Cell box) rebuilds the network, says so, and it trains.
void TestTrainingController::cellChangeRebuildsAndTrains()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);
    lstmlab::ModelConfig gru = controller.modelConfig();
    gru.cell = lstmlab::RecurrentCell::Gru;
    controller.setConfiguration(gru, controller.trainConfig());
    QCOMPARE(rebuilt.count(), 1);
    QVERIFY2(rebuilt.first().first().toString().contains(QStringLiteral("cell lstm → gru")),
             qPrintable(rebuilt.first().first().toString()));
    QCOMPARE(int(controller.modelConfig().cell), int(lstmlab::RecurrentCell::Gru));
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.count() > 0 && recorder.last().step > 0, waitMs);
    QVERIFY(std::isfinite(recorder.last().trainLoss));
}

void TestTrainingController::divergenceIsReported()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);
    QSignalSpy diverged(&controller, &TrainingController::diverged);

    controller.setSignal(std::make_shared<LoudSine>());
    QCOMPARE(rebuilt.count(), 1);
    controller.start();
    QVERIFY(diverged.wait(waitMs));
    QCOMPARE(controller.state(), State::Diverged);
    const QString message = diverged.first().first().toString();
    QVERIFY(message.contains(QStringLiteral("diverged")));

    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Diverged, waitMs);
    const TrainingSnapshot &s = recorder.last();
    QCOMPARE(s.message, message);
    QCOMPARE(s.step, 0); // the first batch already overflowed
    QVERIFY(allFinite(s.predictedTest)); // the last finite weights were kept

    // Back to the sine: a new model that trains normally.
    controller.setSignal(nullptr);
    QCOMPARE(controller.state(), State::Idle);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Running && recorder.last().step > 0,
                             waitMs);
}

void TestTrainingController::invalidConfigurationIsRejected()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rejected(&controller, &TrainingController::configurationRejected);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);

    lstmlab::ModelConfig model = smallModel();
    model.units = 0;
    controller.setConfiguration(model, smallTrain());
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.first().first().toString().contains(QStringLiteral("units")));

    model = smallModel();
    model.inputSize = 3;
    controller.setConfiguration(model, smallTrain());
    QCOMPARE(rejected.count(), 2);
    // The core's check and message (issue 14: one validation of a model against its data).
    QCOMPARE(rejected.last().first().toString(), QString::fromStdString(*lstmlab::Dataset::checkWidth(model)));

    lstmlab::TrainConfig train = smallTrain();
    train.learningRate = -1;
    controller.setConfiguration(smallModel(), train);
    QCOMPARE(rejected.count(), 3);

    QCOMPARE(rebuilt.count(), 0);
    QCOMPARE(controller.modelConfig(), smallModel());
    QCOMPARE(controller.trainConfig(), smallTrain());
}

void TestTrainingController::twoHundredStartChangeStopCycles()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    QSignalSpy rebuilt(&controller, &TrainingController::modelRebuilt);

    for (int cycle = 0; cycle < 200; ++cycle) {
        const int units = 4 + cycle % 3;
        const int timesteps = 5 + (cycle / 3) % 2;
        controller.start();
        QVERIFY2(recorder.waitFor([](const TrainingSnapshot &s) {
                     return s.state == State::Running && s.step > 0;
                 }),
                 qPrintable(QStringLiteral("start, cycle %1").arg(cycle)));

        const lstmlab::ModelConfig model = smallModel(units, 1, timesteps);
        lstmlab::TrainConfig train = smallTrain();
        train.learningRate = cycle % 2 ? 1e-3 : 2e-3;
        controller.setConfiguration(model, train);
        QVERIFY2(recorder.waitFor([&](const TrainingSnapshot &s) {
                     return s.generation == controller.generation() && s.step > 0
                            && s.trace.layers.front().units == units
                            && s.trace.layers.front().timesteps == timesteps;
                 }),
                 qPrintable(QStringLiteral("change, cycle %1").arg(cycle)));

        bool stopped = false;
        switch (cycle % 4) {
        case 0:
            controller.pause();
            stopped = recorder.waitFor(
                [](const TrainingSnapshot &s) { return s.state == State::Paused; });
            break;
        case 1:
            controller.reset();
            stopped = recorder.waitFor(
                [](const TrainingSnapshot &s) { return s.state == State::Idle && s.step == 0; });
            break;
        case 2: {
            // Step pauses first (after the batch in progress), then takes one batch.
            const int mark = recorder.count();
            controller.step();
            stopped = recorder.waitFor(
                [](const TrainingSnapshot &s) { return s.state == State::Paused; });
            qint64 pausedAt = -1;
            for (int k = mark; k < recorder.count() && pausedAt < 0; ++k)
                if (recorder.snapshots[k].state == State::Paused)
                    pausedAt = recorder.snapshots[k].step;
            stopped = stopped && recorder.waitFor([pausedAt](const TrainingSnapshot &s) {
                return s.state == State::Paused && s.step == pausedAt + 1;
            });
            controller.step();
            stopped = stopped && recorder.waitFor([pausedAt](const TrainingSnapshot &s) {
                return s.state == State::Paused && s.step == pausedAt + 2;
            });
            for (int k = mark; k < recorder.count(); ++k)
                QVERIFY2(recorder.snapshots[k].step <= pausedAt + 2, "a step too many");
            break;
        }
        case 3:
            controller.pause();
            controller.setTraceWindow(cycle);
            stopped = recorder.waitFor([cycle](const TrainingSnapshot &s) {
                return s.state == State::Paused && s.traceWindow == cycle;
            });
            break;
        }
        QVERIFY2(stopped, qPrintable(QStringLiteral("stop, cycle %1").arg(cycle)));
        // Keep the recording short: only the last snapshot matters from here on.
        recorder.snapshots.erase(recorder.snapshots.begin(), recorder.snapshots.end() - 1);
    }
    QCOMPARE(rebuilt.count(), 199); // cycle 0 keeps the small model's shape
}

void TestTrainingController::destroyingWhileTrainingReturns_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("running") << QStringLiteral("running");
    QTest::newRow("paused") << QStringLiteral("paused");
    QTest::newRow("in a one-minute slow-motion delay") << QStringLiteral("slow");
    QTest::newRow("with a rebuild queued") << QStringLiteral("rebuild");
    QTest::newRow("at once after start") << QStringLiteral("immediate");
    QTest::newRow("seed configuration running") << QStringLiteral("seed");
}

void TestTrainingController::destroyingWhileTrainingReturns()
{
    QFETCH(QString, situation);
    auto controller = std::make_unique<TrainingController>();
    Recorder recorder(*controller);
    if (situation != QStringLiteral("seed"))
        useSmallModel(*controller, recorder);
    if (situation == QStringLiteral("slow"))
        controller->setStepDelayMs(60000);
    controller->start();
    if (situation != QStringLiteral("immediate"))
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.snapshots.isEmpty() && recorder.last().step > 0, waitMs);
    if (situation == QStringLiteral("paused")) {
        controller->pause();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.last().state, State::Paused, waitMs);
    }
    if (situation == QStringLiteral("rebuild"))
        controller->setConfiguration(smallModel(9, 2, 7), smallTrain());

    QElapsedTimer clock;
    clock.start();
    controller.reset(); // must return: a hang here is the failure (CTest's timeout)
    qInfo("destroyed in %lld ms", static_cast<long long>(clock.elapsed()));
}

// Train side by side: three runs, each its own network (different cells and seeds learn
// differently), one step each in turn: every snapshot shows all at the same step, through a
// pause, a single step and the end; reset drops the side runs; bad settings are refused.
void TestTrainingController::sideBySideRunsTakeEqualSteps()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    RunSettings rnn{smallModel(), smallTrain(2)};
    rnn.model.cell = lstmlab::RecurrentCell::Rnn;
    RunSettings gru = rnn;
    gru.model.cell = lstmlab::RecurrentCell::Gru;
    RunSettings lstm = rnn;
    lstm.model.cell = lstmlab::RecurrentCell::Lstm;
    lstm.train.seed = 2;

    QSignalSpy rejected(&controller, &TrainingController::configurationRejected);
    RunSettings bad = rnn;
    bad.model.forgetBias = 1.0; // a plain RNN has no forget gate
    QVERIFY(!controller.trainSideBySide({rnn, bad}));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.first().first().toString().startsWith(QStringLiteral("Run 2: ")));
    QVERIFY(!controller.trainSideBySide({rnn}));

    controller.setPauseAtEpochEnd(true); // a pause at a known step, whatever the machine's pace
    QVERIFY(controller.trainSideBySide({rnn, gru, lstm}));
    QCOMPARE(controller.state(), State::Running);
    QCOMPARE(controller.modelConfig().cell, lstmlab::RecurrentCell::Rnn);
    QCOMPARE(controller.sideRuns().size(), qsizetype(2));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Paused, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Paused && recorder.last().epoch == 1, waitMs);
    const qint64 before = recorder.last().step;
    controller.step();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.last().step, before + 1, waitMs);
    controller.setPauseAtEpochEnd(false);
    controller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Finished, waitMs * 3);

    const TrainingSnapshot &last = recorder.last();
    QCOMPARE(last.state, State::Finished);
    QCOMPARE(last.sideRuns.size(), qsizetype(2));
    for (const SideRunSnapshot &side : last.sideRuns) {
        QCOMPARE(side.step, last.step);
        QCOMPARE(qint64(side.trainLossHistory.size()), last.step);
        QCOMPARE(side.testMseHistory.size(), qsizetype(2));
        QCOMPARE(side.predictedTest.size(), last.predictedTest.size());
        QVERIFY(!side.diverged);
        QVERIFY(side.testMse > 0);
    }
    QCOMPARE(last.sideRuns[0].model.cell, lstmlab::RecurrentCell::Gru);
    QCOMPARE(last.sideRuns[1].train.seed, 2u);
    QVERIFY(last.sideRuns[0].testMse != last.testMse);
    QVERIFY(last.sideRuns[1].testMse != last.sideRuns[0].testMse);
    for (const TrainingSnapshot &s : recorder.snapshots)
        if (s.generation == controller.generation() && !s.building)
            for (const SideRunSnapshot &side : s.sideRuns)
                QCOMPARE(side.step, s.step);

    controller.reset();
    QVERIFY(controller.sideRuns().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().generation == controller.generation() && !recorder.last().building, waitMs);
    QVERIFY(recorder.last().sideRuns.isEmpty());
}

// A learning rate changed while runs train side by side reaches every side run that had the
// main run's rate (the comparison stays fair), and not one whose own rate is what is compared.
void TestTrainingController::sideRunsFollowTheLiveLearningRateTheyShare()
{
    TrainingController controller;
    Recorder recorder(controller);
    useSmallModel(controller, recorder);
    RunSettings rnn{smallModel(), smallTrain(3)};
    rnn.model.cell = lstmlab::RecurrentCell::Rnn;
    RunSettings gru = rnn;
    gru.model.cell = lstmlab::RecurrentCell::Gru;
    RunSettings fast = rnn;
    fast.train.learningRate = 0.003;
    controller.setPauseAtEpochEnd(true);
    QVERIFY(controller.trainSideBySide({rnn, gru, fast}));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().state == State::Paused && recorder.last().epoch == 1, waitMs);
    QCOMPARE(recorder.last().sideRuns[0].train.learningRate, 0.001);
    QCOMPARE(recorder.last().sideRuns[1].train.learningRate, 0.003);

    lstmlab::TrainConfig faster = controller.trainConfig();
    faster.learningRate = 0.01;
    controller.setConfiguration(controller.modelConfig(), faster);
    QCOMPARE(controller.sideRuns().size(), qsizetype(2)); // not a new network: the runs go on
    const qint64 before = recorder.last().step;
    controller.step();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.last().step > before, waitMs);
    const TrainingSnapshot &last = recorder.last();
    QCOMPARE(last.train.learningRate, 0.01);
    QCOMPARE(last.sideRuns.size(), qsizetype(2));
    QCOMPARE(last.sideRuns[0].train.learningRate, 0.01);  // shared the main run's rate: follows it
    QCOMPARE(last.sideRuns[1].train.learningRate, 0.003); // its own rate is what is compared
    QCOMPARE(last.sideRuns[0].step, last.step);
}

QTEST_MAIN(TestTrainingController)
#include "tst_trainingcontroller.moc"
