#include "trainingworker.h"

#include "csvseries.h"
#include "dataset.h"
#include "failingrun.h"
#include "network.h"
#include "sessionfile.h"
#include "signalgenerator.h"
#include "snapshotpoints.h"
#include "trainer.h"

#include <algorithm>
#include <chrono>
#include <exception>

using lstmlab::Trainer;
using State = TrainingSnapshot::State;

namespace {

// The expensive parts of a snapshot (test-set predictions, the free run) may take at most
// 1 / (1 + factor) of the worker's time each, so drawing never costs training more than a
// few per cent, whatever the model size.
constexpr qint64 budgetFactor = 19;
constexpr qint64 rateWindowNs = 1'000'000'000;
// The gradient trace is a slow-moving picture: renewed at most every gradientIntervalNs, and
// taking at most 1 / (1 + gradientBudgetFactor) of the worker's time (2 %).
constexpr qint64 gradientBudgetFactor = 49;
constexpr qint64 gradientIntervalNs = 250'000'000;

} // namespace

TrainingWorker::TrainingWorker(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

// The worker is deleted in its own thread (deleteLater on the thread's finished()), possibly
// just after the GUI thread's last wake(). Taking the mutex orders the condition variable's
// destruction after that notification even where the ordering otherwise comes only from
// Qt's event queue (which ThreadSanitizer cannot see).
TrainingWorker::~TrainingWorker()
{
    std::lock_guard<std::mutex> lock(m_wakeMutex);
}

// ---- Thread-safe controls --------------------------------------------------------------

void TrainingWorker::wake()
{
    // Holding the mutex orders the atomic store before a waiter's predicate check, so the
    // notification cannot fall between its check and its sleep, and orders the notification
    // before the destructor (see there).
    std::lock_guard<std::mutex> lock(m_wakeMutex);
    m_wakeCondition.notify_all();
}

void TrainingWorker::announceCommand()
{
    m_pendingCommands.fetch_add(1);
    m_stop.store(true);
    wake();
}

void TrainingWorker::interruptWork()
{
    m_stop.store(true);
    wake();
}

void TrainingWorker::setPaused(bool paused)
{
    m_paused.store(paused);
    m_stop.store(true); // a pause abandons the step in progress; a resume, a paused frame's work
    wake();
}

void TrainingWorker::setPauseAtEpochEnd(bool pause)
{
    m_pauseAtEpochEnd.store(pause);
}

void TrainingWorker::requestStep()
{
    m_stepRequests.fetch_add(1);
    wake();
}

void TrainingWorker::clearStepRequests()
{
    m_stepRequests.store(0);
}

void TrainingWorker::setLearningRate(double learningRate)
{
    m_learningRate.store(learningRate);
}

void TrainingWorker::setDropout(double dropout)
{
    m_dropout.store(dropout);
}

void TrainingWorker::setTraceWindow(int window)
{
    m_traceWindow.store(std::max(0, window));
    m_refresh.store(true);
    wake();
}

void TrainingWorker::setFreeRun(bool enabled)
{
    m_freeRunEnabled.store(enabled);
    m_refresh.store(true);
    wake();
}

void TrainingWorker::setMaxSnapshotsPerSecond(double rate)
{
    m_maxSnapshotsPerSecond.store(std::clamp(rate, 0.1, 1000.0));
}

void TrainingWorker::setStepDelayMs(int ms)
{
    m_stepDelayMs.store(std::max(0, ms));
    wake();
}

void TrainingWorker::frameConsumed()
{
    m_frameInFlight.store(false);
    wake();
}

void TrainingWorker::stop()
{
    m_stopped.store(true);
    m_stop.store(true);
    wake();
}

TrainingActivity TrainingWorker::activity() const
{
    TrainingActivity activity;
    activity.kind = TrainingActivity::Kind(m_activity.load(std::memory_order_relaxed));
    activity.step = m_activityStep.load(std::memory_order_relaxed);
    if (activity.kind != TrainingActivity::Kind::None)
        activity.elapsedMs = std::max<qint64>(0, (now() - m_activityStartNs.load(std::memory_order_relaxed)) / 1'000'000);
    return activity;
}

// ---- Worker thread: the stop flag and the activity ---------------------------------------

// Lowered when the worker has seen the controls that raised it (it is about to do work of its
// own choosing: a step, a frame, a command). The order matters: lowered first, then the
// controls read, so a control set in between leaves the flag raised. False: leave.
bool TrainingWorker::lowerStopFlag()
{
    m_stop.store(false);
    return !mustLeave();
}

// Slices renewed one after the other (renewSlice()) are one activity, Evaluating from the
// first: the frame after each slice does not interrupt it, and whatever the worker does next
// (a step, a command, a wait) ends it.
void TrainingWorker::setActivity(TrainingActivity::Kind kind)
{
    if (m_renewing)
        return;
    m_activityStartNs.store(now(), std::memory_order_relaxed);
    m_activity.store(int(kind), std::memory_order_relaxed);
}

// The step about to be taken (a relaxed store and a clock read per step).
void TrainingWorker::setStepActivity()
{
    const bool endsEpoch = m_trainer->batchInEpoch() + 1 == m_trainer->batchesPerEpoch();
    m_activityStep.store(m_trainer->stepCount() + 1, std::memory_order_relaxed);
    setActivity(endsEpoch ? TrainingActivity::Kind::EpochEnd : TrainingActivity::Kind::Step);
}

void TrainingWorker::useTrainer(std::unique_ptr<Trainer> trainer)
{
    m_trainer = std::move(trainer);
    if (m_trainer)
        m_trainer->setStopFlag(&m_stop);
}

void TrainingWorker::requestCapture(quint64 request)
{
    m_captureRequest.store(request);
    wake();
}

// ---- Commands ---------------------------------------------------------------------------

void TrainingWorker::apply(const Command &command)
{
    if (command.build != Build::Keep)
        m_pendingCommands.fetch_sub(1);
    if (!lowerStopFlag() && m_stopped.load())
        return;
    m_sequence = command.sequence;

    try {
        setActivity(command.build != Build::Keep ? TrainingActivity::Kind::Building : TrainingActivity::Kind::None);
        if (command.build == Build::Fresh)
            buildFresh(command);
        else if (command.build == Build::Continue)
            buildContinuation(command);
        else if (command.build == Build::Adopt)
            adopt(command);
        setActivity(TrainingActivity::Kind::None);
    } catch (const std::exception &error) {
        setActivity(TrainingActivity::Kind::None);
        m_trainer.reset();
        m_restState = State::Idle;
        emit runEnded(m_sequence, State::Idle,
                      tr("The model could not be built: %1").arg(QString::fromStdString(error.what())),
                      0);
        return;
    }
    if (!m_trainer) {
        if (command.run)
            emit runEnded(m_sequence, State::Idle, tr("There is no model to train."), 0);
        return;
    }
    // A newer command is already queued: it decides what happens next.
    if (m_pendingCommands.load() > 0)
        return;

    if (!command.run) {
        emitFrame(m_restState, true);
        scheduleIdleSlices();
        return;
    }
    if (command.build != Build::Keep)
        emitFrame(m_paused.load() ? State::Paused : State::Running, true);
    m_message.clear();
    runLoop();
}

void TrainingWorker::refresh()
{
    if (m_trainer && m_refresh.load() && lowerStopFlag())
        emitFrame(m_restState, true);
    scheduleIdleSlices();
}

void TrainingWorker::serveCapture()
{
    const quint64 request = m_captureRequest.exchange(0);
    if (request == 0 || m_stopped.load())
        return;
    if (!m_trainer) {
        emit sessionStateReady(request, nullptr,
                               tr("There is no trained model: the last settings could not be built."));
        return;
    }
    // Settings made since the last step are part of the state the learner sees.
    m_trainer->setLearningRate(m_learningRate.load());
    m_trainer->setDropout(m_dropout.load());
    auto session = std::make_shared<lstmlab::SessionData>(lstmlab::captureSession(*m_trainer));
    session->lossHistory.reserve(m_lossHistory.size());
    m_lossHistory.forEach([&session](long long step, float loss) {
        session->lossHistory.push_back({step, double(loss)});
    });
    session->testMseHistory.reserve(std::size_t(m_testHistory.size()));
    for (const QPointF &point : std::as_const(m_testHistory))
        session->testMseHistory.push_back({qRound64(point.x()), point.y()});
    emit sessionStateReady(request, std::move(session), QString());
}

void TrainingWorker::useData(const Command &command)
{
    if (m_data && m_data->timesteps() == command.model.timesteps && m_dataSignal == command.signal
        && m_dataSeries == command.series)
        return;
    m_data.reset();
    m_data = makeData(command, command.model.timesteps);
    m_dataSignal = command.signal;
    m_dataSeries = command.series;
    updateRealTest();
}

// A learner's series is cut into windows as it is (CsvSeries::dataset() throws, naming the
// minimum length, when it is too short for the time steps); a signal is sampled on the seed's
// grid.
std::shared_ptr<const lstmlab::Dataset> TrainingWorker::makeData(const Command &command, int timesteps) const
{
    if (command.series)
        return std::make_shared<const lstmlab::Dataset>(command.series->dataset(timesteps));
    return std::make_shared<const lstmlab::Dataset>(*command.signal, lstmlab::DataSpec(), timesteps);
}

void TrainingWorker::updateRealTest()
{
    m_realTest = SnapshotPoints::realTest(*m_data);
    m_trainSeries = SnapshotPoints::trainSeries(*m_data);
}

void TrainingWorker::buildFresh(const Command &command)
{
    m_trainer.reset(); // before the new one: a large model should not exist twice
    m_sideRuns.clear();
    m_generation = command.generation;
    m_restState = State::Idle;
    m_message.clear();
    m_lossHistory = {};
    m_testHistory = {};
    m_predicted = {};
    m_freeRun = {};
    m_lastLoss = -1.0;
    m_lastTestMse = -1.0;
    m_startTestMse = -1.0;
    m_predictionsCurrent = false;
    m_freeRunCurrent = false;
    m_predictionCostNs = 0;
    m_freeRunCostNs = 0;
    m_windowCostNs = 0;
    m_sliceCursor = 0;
    m_predictedWindows = 0;
    m_lastTrace = {};
    m_gradients = {};
    m_gradientsStep = -1;
    m_gradientsCostNs = 0;
    m_rate.clear();

    useData(command);
    auto trainer = std::make_unique<Trainer>(command.model, command.train, m_data);
    trainer->setLearningRate(m_learningRate.load());
    trainer->setDropout(m_dropout.load());
    useTrainer(std::move(trainer));
    buildSideRuns(command);
}

// Each side run has its own network, optimiser and generator (from its own seed), on the same
// signal: the main run's data when the time steps agree, else the same signal cut into windows
// of its own length. A learning rate or dropout that differs from the main run's is the run's
// own (what is compared); one that is the same follows the window's controls, as the main run
// does, so that a change made while they train keeps the comparison fair.
void TrainingWorker::buildSideRuns(const Command &command)
{
    for (const RunSettings &settings : command.sideRuns) {
        SideRun run;
        run.data = settings.model.timesteps == m_data->timesteps() ? m_data : makeData(command, settings.model.timesteps);
        run.trainer = std::make_unique<Trainer>(settings.model, settings.train, run.data);
        run.trainer->setStopFlag(&m_stop);
        run.followsLearningRate = settings.train.learningRate == command.train.learningRate;
        run.followsDropout = settings.model.dropout == command.model.dropout;
        m_sideRuns.push_back(std::move(run));
    }
}

// The side runs catch up with the main run, one step each in turn: normally one step, more
// after a step was given up for a pause or a command (it is taken again here next time).
void TrainingWorker::stepSideRuns()
{
    const long long target = m_trainer->stepCount();
    for (SideRun &run : m_sideRuns) {
        if (run.followsLearningRate)
            run.trainer->setLearningRate(m_learningRate.load());
        if (run.followsDropout)
            run.trainer->setDropout(m_dropout.load());
        while (!run.diverged && !run.trainer->finished() && run.trainer->stepCount() < target) {
            lstmlab::StepReport report;
            const bool ok = run.trainer->step(&report);
            if (run.trainer->stopped())
                return;
            if (!ok) {
                run.diverged = true;
                break;
            }
            run.lossHistory.append(report.step, report.loss);
            run.lastLoss = report.loss;
            run.predictionsCurrent = false;
            if (report.epochCompleted) {
                // The trainer has just evaluated the test set: its predictions are free.
                const lstmlab::EpochReport &epoch = run.trainer->lastEpoch();
                run.testHistory.append(QPointF(double(epoch.step), epoch.testMse));
                run.lastTestMse = epoch.testMse;
                run.predicted = SnapshotPoints::predictedTest(*run.data, run.trainer->testPredictions());
                run.predictionsCurrent = true;
            }
        }
    }
}

// With the main run's predictions (updatePredictions(), within its time share).
void TrainingWorker::evaluateSideRuns()
{
    for (SideRun &run : m_sideRuns) {
        if (run.predictionsCurrent || run.diverged)
            continue;
        run.trainer->evaluate();
        if (run.trainer->stopped())
            return;
        run.predicted = SnapshotPoints::predictedTest(*run.data, run.trainer->testPredictions());
        run.predictionsCurrent = true;
    }
}

void TrainingWorker::buildContinuation(const Command &command)
{
    if (!m_trainer) {
        buildFresh(command);
        return;
    }
    // Only training settings changed (the controller rebuilds for anything else): carry the
    // weights, Adam's moments and the position in the epoch over to a trainer with the new
    // settings. The old trainer may have been cancelled, so it cannot simply be reused.
    useData(command);
    auto next = std::make_unique<Trainer>(command.model, command.train, m_data);
    next->network().parameters() = m_trainer->network().parameters();
    next->optimizer() = m_trainer->optimizer();
    next->restoreProgress(m_trainer->stepCount(), m_trainer->epoch(), m_trainer->batchInEpoch());
    next->setLearningRate(m_learningRate.load());
    next->setDropout(m_dropout.load());
    useTrainer(std::move(next));
    m_gradientsStep = -1; // the dropout may differ; the picture stays until the next one
    m_sliceCursor = 0;
    m_predictionsCurrent = false;
    m_freeRunCurrent = false;
}

void TrainingWorker::adopt(const Command &command)
{
    TrainingResumption &resumption = *command.resumption;
    m_trainer.reset();
    m_sideRuns.clear();
    m_generation = command.generation;
    m_message.clear();
    m_lossHistory = resumption.lossHistory;
    m_testHistory = resumption.testMseHistory;
    m_predicted = {};
    m_freeRun = {};
    m_lastLoss = m_lossHistory.empty() ? -1.0 : m_lossHistory.back().value;
    m_lastTestMse = m_testHistory.isEmpty() ? -1.0 : m_testHistory.last().y();
    m_startTestMse = -1.0;
    m_predictionsCurrent = false;
    m_freeRunCurrent = false;
    m_predictionCostNs = 0;
    m_freeRunCostNs = 0;
    m_windowCostNs = 0;
    m_sliceCursor = 0;
    m_lastTrace = {};
    m_gradients = {};
    m_gradientsStep = -1;
    m_gradientsCostNs = 0;
    m_rate.clear();

    // The controller took the data's signal or series as its own: later commands carry the
    // same pointers, so the data is kept as long as the time steps stay.
    m_data = std::move(resumption.data);
    m_dataSignal = command.signal;
    m_dataSeries = command.series;
    updateRealTest();
    m_predictedWindows = 0;
    useTrainer(std::move(resumption.trainer));
    m_trainer->setLearningRate(m_learningRate.load());
    m_trainer->setDropout(m_dropout.load());
    m_restState = m_trainer->finished() ? State::Finished : State::Idle;
}

// ---- The run ----------------------------------------------------------------------------

void TrainingWorker::runLoop()
{
    m_rate.clear();
    Trainer::Listener listener;
    listener.onStep = [this](const lstmlab::StepReport &report) {
        onStep(report);
        setStepActivity();
        m_paceMark = std::chrono::steady_clock::now(); // the next step starts now
    };
    // Where the network started, to tell a run that made it clearly worse (as the headless run
    // does); skipped where evaluating the test set would keep the window waiting.
    if (m_startTestMse < 0.0 && wholeEvaluationNs() < 1'000'000'000)
        m_startTestMse = m_trainer->evaluate();
    Trainer::Outcome outcome = Trainer::Outcome::Stopped;
    while (outcome == Trainer::Outcome::Stopped) {
        // Left for a command or for good, or a step abandoned for a pause or a resume.
        if (!lowerStopFlag())
            return;
        // Started paused (a single step from a stopped state, new settings while paused, or a
        // pause that came before the first step or during a step): say so in a frame, then
        // wait here, outside run(), so that leaving for a command keeps the trainer usable.
        if (m_paused.load()) {
            emitFrame(State::Paused, true);
            if (!waitWhilePaused() || !lowerStopFlag())
                return;
        }
        setStepActivity();
        m_paceMark = std::chrono::steady_clock::now();
        outcome = m_trainer->run(listener);
        setActivity(TrainingActivity::Kind::None);
    }
    switch (outcome) {
    case Trainer::Outcome::Stopped:
        break;
    case Trainer::Outcome::Finished: {
        m_restState = State::Finished;
        lowerStopFlag(); // a pause that came too late: the frame is still due
        stepSideRuns();  // a last side step given up for it is taken now
        emitFrame(State::Finished, true);
        // The last epoch has just evaluated the whole test set.
        const std::optional<std::string> failing = lstmlab::FailingRun::diagnose(
            m_startTestMse, m_trainer->lastEpoch().testMse, m_trainer->testPredictions(),
            m_trainer->dataset().test().labels, m_trainer->learningRate(), m_trainer->trainConfig().clipNorm);
        emit runEnded(m_sequence, State::Finished, failing ? QString::fromStdString(*failing) : QString(),
                      m_trainer->epoch());
        scheduleIdleSlices();
        break;
    }
    case Trainer::Outcome::Diverged:
        m_restState = State::Diverged;
        m_message = QString::fromStdString(m_trainer->divergenceMessage());
        lowerStopFlag();
        emitFrame(State::Diverged, true);
        emit runEnded(m_sequence, State::Diverged, m_message, m_trainer->epoch());
        scheduleIdleSlices();
        break;
    case Trainer::Outcome::Cancelled:
        // Left for a queued command (which replaces this trainer) or for good (stop()).
        break;
    }
}

void TrainingWorker::onStep(const lstmlab::StepReport &report)
{
    setActivity(TrainingActivity::Kind::None); // a slow pace sleeps here: that is no work
    const qint64 t = now();
    m_lossHistory.append(report.step, report.loss);
    m_lastLoss = report.loss;
    m_predictionsCurrent = false;
    m_freeRunCurrent = false;
    if (!m_sideRuns.empty())
        stepSideRuns();
    if (report.epochCompleted) {
        // The trainer has just evaluated the test set: its predictions are free and current.
        const lstmlab::EpochReport &epoch = m_trainer->lastEpoch();
        m_testHistory.append(QPointF(double(epoch.step), epoch.testMse));
        m_lastTestMse = epoch.testMse;
        updatePredictions(false);
    }
    m_rate.emplace_back(t, report.step);
    while (m_rate.size() > 2 && t - m_rate.front().first > rateWindowNs)
        m_rate.pop_front();

    // Settings made between steps take effect at the next one.
    m_trainer->setLearningRate(m_learningRate.load());
    m_trainer->setDropout(m_dropout.load());
    // A capture asked for before a pending command is answered after it, in the event loop.
    if (capturePending() && m_pendingCommands.load() == 0)
        serveCapture();

    // A pause, resume or command that came while the step was ending: seen here.
    if (!lowerStopFlag()) {
        m_trainer->controls().cancel();
        return;
    }
    // A side step given up for that pause is taken now, so that every frame shows equal steps.
    if (!m_sideRuns.empty())
        stepSideRuns();
    if (m_trainer->finished())
        return; // run() returns now and reports Finished with a final frame
    if (report.epochCompleted && m_pauseAtEpochEnd.load() && !m_paused.exchange(true))
        emit pausedAtEpochEnd(m_sequence, m_trainer->epoch());

    bool pausedFrame = false;
    if (m_paused.load()) {
        emitFrame(State::Paused, true);
        pausedFrame = true;
    } else {
        maybeEmitFrame(report.epochCompleted);
        delayBetweenSteps();
    }
    if (!lowerStopFlag()) {
        m_trainer->controls().cancel();
        return;
    }
    if (m_paused.load()) {
        if (!pausedFrame)
            emitFrame(State::Paused, true);
        if (!waitWhilePaused() || !lowerStopFlag())
            m_trainer->controls().cancel();
    }
}

// Parks the worker between two steps while paused: parked here, outside Trainer::run(), it
// can still answer a new trace window or the free-run switch with a fresh snapshot, and leave
// for a command. Returns false when it must leave the run.
bool TrainingWorker::waitWhilePaused()
{
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_wakeMutex);
            m_wakeCondition.wait(lock, [this] {
                // Slices to renew wake it even with the stop flag raised: a pause that came
                // just after a step had lowered the flag leaves it raised, and nothing else
                // would wake the worker (the loop below lowers it before the slice).
                return mustLeave() || !m_paused.load() || m_stepRequests.load() > 0
                       || (m_refresh.load() && !m_frameInFlight.load()) || capturePending()
                       || slicesPending();
            });
        }
        if (mustLeave())
            return false;
        if (capturePending())
            serveCapture();
        if (m_paused.load() && m_stepRequests.load() == 0 && slicesPending() && lowerStopFlag()) {
            renewSlice(State::Paused); // a resume or a step stops it
            continue;
        }
        if (!m_paused.load()) {
            m_rate.clear(); // the pause is not part of the speed
            return true;
        }
        if (takeStepRequest())
            return true;
        if (m_refresh.load() && !m_frameInFlight.load())
            emitFrame(State::Paused, true);
    }
}

bool TrainingWorker::takeStepRequest()
{
    int requests = m_stepRequests.load();
    while (requests > 0 && !m_stepRequests.compare_exchange_weak(requests, requests - 1)) {
    }
    return requests > 0;
}

// The pace: the next step is due ms after the one just taken began; the worker sleeps until
// then (not at all when the step took longer, and without catching up after a pause), but
// wakes at once to pause, leave, change speed, or answer a refresh. A frame dropped for this
// step because the UI was busy is sent as soon as the UI has taken the previous one, so a
// slow pace never leaves a stale step on screen.
void TrainingWorker::delayBetweenSteps()
{
    const int ms = m_stepDelayMs.load();
    if (ms <= 0)
        return;
    const auto deadline = m_paceMark + std::chrono::milliseconds(ms);
    if (deadline <= std::chrono::steady_clock::now())
        return; // the step took the whole period already
    for (;;) {
        bool woken = false;
        {
            const bool owed = m_frameOwed;
            std::unique_lock<std::mutex> lock(m_wakeMutex);
            woken = m_wakeCondition.wait_until(lock, deadline, [this, ms, owed] {
                return mustLeave() || m_paused.load() || m_stepDelayMs.load() != ms
                       || ((owed || m_refresh.load()) && !m_frameInFlight.load())
                       || capturePending();
            });
        }
        if (!woken || mustLeave() || m_paused.load() || m_stepDelayMs.load() != ms)
            return;
        if (capturePending()) {
            serveCapture();
            continue;
        }
        emitFrame(State::Running, false);
    }
}

// ---- Snapshots --------------------------------------------------------------------------

void TrainingWorker::maybeEmitFrame(bool dueNow)
{
    m_frameOwed = true; // until a frame shows this step
    if (m_frameInFlight.load())
        return; // the UI has not taken the last one: drop this frame
    const qint64 interval = qint64(1e9 / m_maxSnapshotsPerSecond.load());
    const qint64 gap = std::max(interval, budgetFactor * m_frameCostNs);
    if (dueNow || m_refresh.load() || now() - m_lastFrameNs >= gap)
        emitFrame(State::Running, false);
}

// current: the predictions must show the present weights (a frame that ends a state);
// otherwise they are refreshed only as often as their time budget allows.
void TrainingWorker::emitFrame(State state, bool current)
{
    if (!m_trainer)
        return;
    m_refresh.store(false); // this frame answers any refresh asked for until now
    m_frameOwed = false;
    updatePredictions(current);
    updateFreeRun(current);
    updateGradients(current);
    const qint64 start = now();

    TrainingSnapshot snapshot;
    snapshot.state = state;
    if (state == State::Diverged)
        snapshot.message = m_message;
    snapshot.model = m_trainer->modelConfig();
    snapshot.model.dropout = m_dropout.load();
    snapshot.train = m_trainer->trainConfig();
    snapshot.train.learningRate = m_learningRate.load();
    snapshot.generation = m_generation;
    snapshot.step = m_trainer->stepCount();
    snapshot.epoch = m_trainer->epoch();
    snapshot.batch = m_trainer->batchInEpoch();
    snapshot.batchesPerEpoch = m_trainer->batchesPerEpoch();
    snapshot.trainLoss = m_lastLoss;
    snapshot.testMse = m_lastTestMse;
    snapshot.stepsPerSecond = state == State::Running ? stepsPerSecond() : 0.0;
    // The loss history shares its full blocks, which never change, and copies the partial
    // last one. The test history (one point an epoch) grows in place here, so the snapshot
    // gets its own copy: a buffer this thread appends to is never one the GUI thread reads.
    snapshot.trainLossHistory = m_lossHistory;
    snapshot.testMseHistory = m_testHistory;
    snapshot.testMseHistory.detach();
    snapshot.realTest = m_realTest;
    fillBatch(snapshot);
    snapshot.predictedTest = m_predicted;
    if (m_freeRunEnabled.load())
        snapshot.freeRun = m_freeRun;
    setActivity(TrainingActivity::Kind::Tracing);
    snapshot.trace = m_trainer->trace(m_traceWindow.load());
    setActivity(TrainingActivity::Kind::None);
    if (mustLeave())
        return; // a command replaces this model: no frame of it is due
    // A trace stopped by a pause or a resume: the last one stands in (bounded, gatetrace.h).
    if (snapshot.trace.empty())
        snapshot.trace = m_lastTrace;
    else
        m_lastTrace = snapshot.trace;
    snapshot.traceWindow = snapshot.trace.window;
    snapshot.gradients = m_gradients;
    snapshot.gradientsStep = m_gradients.empty() ? -1 : m_gradientsStep;
    snapshot.sideRuns.reserve(qsizetype(m_sideRuns.size()));
    for (const SideRun &run : m_sideRuns) {
        SideRunSnapshot side;
        side.model = run.trainer->modelConfig();
        side.model.dropout = run.trainer->dropout();
        side.train = run.trainer->trainConfig();
        side.train.learningRate = run.trainer->learningRate();
        side.step = run.trainer->stepCount();
        side.trainLoss = run.lastLoss;
        side.testMse = run.lastTestMse;
        side.diverged = run.diverged;
        side.trainLossHistory = run.lossHistory;
        side.testMseHistory = run.testHistory;
        side.testMseHistory.detach(); // appended to by this thread (as the main run's)
        side.predictedTest = run.predicted;
        snapshot.sideRuns.append(std::move(side));
    }

    m_frameCostNs = now() - start;
    m_lastFrameNs = now();
    m_frameInFlight.store(true);
    emit snapshotReady(snapshot);
}

// The test set's predictions. When evaluating all of it is cheap (wholeEvaluationNs() at most
// frameEvaluationNs), a frame does it, as often as the time share allows, and a frame that
// must be current does it at once. Otherwise (large models: minutes at the largest size) they
// are renewed in slices (evaluateSlice()): between steps within the same time share, and
// while paused or idle one slice after the other, each followed by a frame; no frame waits
// for the whole test set, and the chart shows each slice as it is done.
void TrainingWorker::updatePredictions(bool current)
{
    if (m_predictionsCurrent)
        return;
    const qint64 start = now();
    const bool freeFromEpoch = m_trainer->stepCount() > 0 && m_trainer->batchInEpoch() == 0
                               && m_trainer->lastEpoch().step == m_trainer->stepCount();
    if (freeFromEpoch) {
        m_predictedWindows = m_data->test().size();
        m_predicted = SnapshotPoints::predictedTest(*m_data, m_trainer->testPredictions());
        m_predictionsCurrent = true;
        m_sliceCursor = 0;
        return;
    }
    if (!current && m_predictionCostNs > 0 && start - m_lastPredictionNs < budgetFactor * m_predictionCostNs)
        return;
    if (wholeEvaluationNs() > frameEvaluationNs) {
        if (!current)
            evaluateSlice();
        return;
    }
    setActivity(TrainingActivity::Kind::Evaluating);
    m_trainer->evaluate();
    if (!m_trainer->stopped())
        evaluateSideRuns();
    setActivity(TrainingActivity::Kind::None);
    if (m_trainer->stopped())
        return; // the predictions stay as they were
    m_predictedWindows = m_data->test().size();
    m_predicted = SnapshotPoints::predictedTest(*m_data, m_trainer->testPredictions());
    m_predictionsCurrent = true;
    m_sliceCursor = 0;
    m_lastPredictionNs = now();
    m_predictionCostNs = std::max<qint64>(1, m_lastPredictionNs - start);
    m_windowCostNs = std::max<qint64>(1, m_predictionCostNs / std::max(1, m_data->test().size()));
}

// What evaluating the whole test set takes: measured per window once a slice or a whole
// evaluation has run, else estimated from the multiply-adds at 10 GFLOP/s (this machine does
// 20 to 80 with the kernels).
qint64 TrainingWorker::wholeEvaluationNs() const
{
    const int windows = m_data->test().size();
    if (m_windowCostNs > 0)
        return m_windowCostNs * windows;
    const lstmlab::ModelConfig &model = m_trainer->modelConfig();
    double multiplyAdds = 0.0;
    for (int l = 0; l < model.layers; ++l) {
        const double I = l == 0 ? model.inputSize : model.units;
        multiplyAdds += 4.0 * model.units * (I + model.units) * model.timesteps;
    }
    return qint64(2.0 * multiplyAdds * windows / 10.0);
}

// One slice of the test set's predictions (Network::evaluationBlock windows, the evaluation's
// own block), stoppable like a step. The predictions are current when a pass over the whole
// test set ends at the weights it began with.
bool TrainingWorker::evaluateSlice()
{
    const int windows = m_data->test().size();
    if (m_sliceCursor == 0)
        m_sliceStep = m_trainer->stepCount();
    const int count = std::min(lstmlab::Network<float>::evaluationBlock, windows - m_sliceCursor);
    setActivity(TrainingActivity::Kind::Evaluating);
    const qint64 start = now();
    const bool done = m_trainer->evaluateWindows(m_sliceCursor, count);
    setActivity(TrainingActivity::Kind::None);
    if (!done)
        return false;
    m_lastPredictionNs = now();
    m_predictionCostNs = std::max<qint64>(1, m_lastPredictionNs - start);
    m_windowCostNs = std::max<qint64>(1, m_predictionCostNs / std::max(1, count));
    m_sliceCursor += count;
    // Windows never evaluated yet (a new model's first pass) are left out of the curve.
    m_predictedWindows = std::max(m_predictedWindows, m_sliceCursor);
    m_predicted = SnapshotPoints::predictedTest(*m_data, m_trainer->testPredictions());
    m_predicted.resize(m_predictedWindows);
    if (m_sliceCursor >= windows) {
        m_sliceCursor = 0;
        m_predictionsCurrent = m_sliceStep == m_trainer->stepCount();
    }
    return true;
}

// Predictions still to renew in slices while no step is taken (paused, idle, finished).
bool TrainingWorker::slicesPending() const
{
    return m_trainer && !m_predictionsCurrent && !m_stopped.load() && wholeEvaluationNs() > frameEvaluationNs;
}

// One slice and a frame that shows it, from the paused wait or the idle event loop.
// The busy indicator sees the whole renewal, not each slice: at 256 x 2 x 200 a slice takes
// 0.1 s on a fast machine, the renewal seconds (see setActivity()).
void TrainingWorker::renewSlice(State state)
{
    // Still Evaluating: the last slice left more to do and the worker has done nothing else since
    // (any other work sets its own activity, and a slice taken between steps ends with None).
    if (TrainingActivity::Kind(m_activity.load(std::memory_order_relaxed)) != TrainingActivity::Kind::Evaluating)
        setActivity(TrainingActivity::Kind::Evaluating);
    m_renewing = true;
    const bool done = evaluateSlice();
    if (done) {
        if (m_frameInFlight.load())
            m_refresh.store(true); // shown when the window has taken the last frame
        else
            emitFrame(state, true);
    }
    m_renewing = false;
    if (!done || !slicesPending())
        setActivity(TrainingActivity::Kind::None);
}

// While idle (no run: the event loop is the worker's), the slices continue as queued calls,
// one at a time, so a command posted meanwhile is taken between two of them (and stops the
// one in progress).
void TrainingWorker::scheduleIdleSlices()
{
    if (m_idleSliceQueued || !slicesPending())
        return;
    m_idleSliceQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_idleSliceQueued = false;
        if (!slicesPending() || !lowerStopFlag())
            return;
        renewSlice(m_restState);
        scheduleIdleSlices();
    }, Qt::QueuedConnection);
}

// The network fed its own predictions: the first test window, then each prediction appended
// and the oldest sample dropped, for as many points as the test set has windows, or as many as
// fit in freeRunBudgetNs.
void TrainingWorker::updateFreeRun(bool current)
{
    if (!m_freeRunEnabled.load()) {
        m_freeRun = {};
        m_freeRunCurrent = false;
        return;
    }
    if (m_freeRunCurrent)
        return;
    const qint64 start = now();
    if (!current && m_freeRunCostNs > 0 && start - m_lastFreeRunNs < budgetFactor * m_freeRunCostNs)
        return;

    const lstmlab::Network<float> &network = m_trainer->network();
    const lstmlab::Dataset::Split &test = m_data->test();
    const int T = int(test.windows.rows());
    lstmlab::Network<float>::Workspace workspace = network.makeEvaluationWorkspace(1);
    lstmlab::Matrix<float> window = test.windows.col(0); // (T, 1)
    QVector<QPointF> points;
    points.reserve(test.size());
    setActivity(TrainingActivity::Kind::RunningFree);
    for (int n = 0; n < test.size(); ++n) {
        const float y = network.forward(workspace, window, false, nullptr, &m_stop)(0, 0);
        if (workspace.stopped) {
            setActivity(TrainingActivity::Kind::None);
            return; // the last free run stays
        }
        points.append(QPointF(test.labelX(n), double(y)));
        // A large network's free run is cut short rather than keep a frame waiting (at the
        // largest size one point takes seconds): the curve then ends early.
        if (now() - start > freeRunBudgetNs)
            break;
        for (int t = 0; t + 1 < T; ++t)
            window(t, 0) = window(t + 1, 0);
        window(T - 1, 0) = y;
    }
    setActivity(TrainingActivity::Kind::None);
    m_freeRun = std::move(points);
    m_freeRunCurrent = true;
    m_lastFreeRunNs = now();
    m_freeRunCostNs = std::max<qint64>(1, m_lastFreeRunNs - start);
}

// The gradient trace of the present weights (Trainer::gradientTrace(): a forward and backward
// pass over up to 32 test windows), renewed within its time share unless the frame must be
// current; a trace given up for a pause or a command leaves the last one standing.
void TrainingWorker::updateGradients(bool current)
{
    if (m_gradientsStep == m_trainer->stepCount() && !m_gradients.empty())
        return;
    const qint64 start = now();
    if (!current && m_gradientsCostNs > 0
        && start - m_lastGradientsNs < std::max(gradientIntervalNs, gradientBudgetFactor * m_gradientsCostNs))
        return;
    setActivity(TrainingActivity::Kind::Tracing);
    lstmlab::GradientTrace gradients = m_trainer->gradientTrace();
    setActivity(TrainingActivity::Kind::None);
    if (gradients.empty())
        return;
    m_gradients = std::move(gradients);
    m_gradientsStep = m_trainer->stepCount();
    m_lastGradientsNs = now();
    m_gradientsCostNs = std::max<qint64>(1, m_lastGradientsNs - start);
}

// The batch the last step trained (before any step, the first one) and its windows, taken
// from the trainer's window order when shuffling.
void TrainingWorker::fillBatch(TrainingSnapshot &snapshot) const
{
    const int windows = m_data->train().size();
    const int batches = m_trainer->batchesPerEpoch();
    const int next = m_trainer->batchInEpoch();
    const int shown = m_trainer->stepCount() == 0 ? next : (next + batches - 1) % batches;
    const int batchSize = m_trainer->trainConfig().batchSize;
    const int start = shown * batchSize;
    const int count = std::max(0, std::min(batchSize, windows - start));
    const bool shuffled = m_trainer->trainConfig().shuffle;
    const std::vector<int> &order = m_trainer->windowOrder();
    snapshot.trainSeries = m_trainSeries;
    snapshot.trainWindowCount = windows;
    snapshot.shownBatch = shown;
    snapshot.batchWindows.resize(count);
    snapshot.batchLabels.resize(count);
    for (int b = 0; b < count; ++b) {
        const int window = shuffled && std::size_t(start + b) < order.size() ? order[std::size_t(start + b)] : start + b;
        snapshot.batchWindows[b] = window;
        snapshot.batchLabels[b] = int(m_data->train().labelIndex(window));
    }
    snapshot.labelLag = m_data->train().lag;
}

double TrainingWorker::stepsPerSecond() const
{
    if (m_rate.size() < 2)
        return 0.0;
    const qint64 dt = m_rate.back().first - m_rate.front().first;
    if (dt <= 0)
        return 0.0;
    return double(m_rate.back().second - m_rate.front().second) * 1e9 / double(dt);
}
