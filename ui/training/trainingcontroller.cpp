#include "trainingcontroller.h"

#include "csvseries.h"
#include "dataset.h"
#include "sessionfile.h"
#include "sinesignal.h"
#include "trainer.h"
#include "trainingworker.h"

#include <QStringList>

using State = TrainingSnapshot::State;

namespace {

// What makes a new model necessary, as "name old → new" items; empty when nothing does.
QStringList structuralChanges(const lstmlab::ModelConfig &oldModel,
                              const lstmlab::TrainConfig &oldTrain,
                              const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    QStringList changes;
    const auto note = [&changes](const QString &name, auto from, auto to) {
        if (from != to)
            changes << TrainingController::tr("%1 %2 → %3").arg(name).arg(from).arg(to);
    };
    if (oldModel.cell != model.cell)
        changes << TrainingController::tr("cell %1 → %2").arg(QLatin1String(lstmlab::cellName(oldModel.cell)),
                                                               QLatin1String(lstmlab::cellName(model.cell)));
    note(TrainingController::tr("num_units"), oldModel.units, model.units);
    note(TrainingController::tr("layers"), oldModel.layers, model.layers);
    note(TrainingController::tr("timesteps"), oldModel.timesteps, model.timesteps);
    note(TrainingController::tr("input size"), oldModel.inputSize, model.inputSize);
    note(TrainingController::tr("output size"), oldModel.outputSize, model.outputSize);
    note(TrainingController::tr("forget bias"), oldModel.forgetBias, model.forgetBias);
    note(TrainingController::tr("seed"), oldTrain.seed, train.seed);
    note(TrainingController::tr("batch size"), oldTrain.batchSize, train.batchSize);
    return changes;
}

// Settings the trainer fixes at construction but that do not need new weights.
bool trainingSettingsChanged(const lstmlab::TrainConfig &a, const lstmlab::TrainConfig &b)
{
    return a.epochs != b.epochs || a.shuffle != b.shuffle || a.clipNorm != b.clipNorm
           || a.beta1 != b.beta1 || a.beta2 != b.beta2 || a.epsilon != b.epsilon;
}

} // namespace

TrainingController::TrainingController(QObject *parent)
    : QObject(parent), m_signal(std::make_shared<lstmlab::SineSignal>())
{
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
    qRegisterMetaType<std::shared_ptr<const lstmlab::SessionData>>();

    m_worker = new TrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::onWorkerSnapshot);
    connect(m_worker, &TrainingWorker::runEnded, this, &TrainingController::onRunEnded);
    connect(m_worker, &TrainingWorker::pausedAtEpochEnd, this, [this](quint64 sequence, int epoch) {
        if (sequence != m_sequence || m_state != State::Running)
            return; // a newer command, or the learner paused first
        setState(State::Paused);
        emit pausedAtEpochEnd(epoch);
    });
    connect(m_worker, &TrainingWorker::sessionStateReady, this, &TrainingController::sessionStateReady);
    m_thread.setObjectName(QStringLiteral("LSTM Lab training"));
    m_thread.start();

    m_worker->setLearningRate(m_train.learningRate);
    m_worker->setDropout(m_model.dropout);
    m_worker->setMaxSnapshotsPerSecond(m_maxSnapshotsPerSecond);
    post(Build::Fresh, false);
}

TrainingController::~TrainingController()
{
    // The worker leaves its run at the next step (or at once when paused or sleeping).
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::post(Build build, bool run, std::shared_ptr<TrainingResumption> resumption)
{
    TrainingWorker::Command command;
    command.sequence = ++m_sequence;
    command.build = build == Build::Fresh      ? TrainingWorker::Build::Fresh
                    : build == Build::Continue ? TrainingWorker::Build::Continue
                    : build == Build::Adopt    ? TrainingWorker::Build::Adopt
                                               : TrainingWorker::Build::Keep;
    command.run = run;
    command.generation = m_generation;
    command.model = m_model;
    command.train = m_train;
    command.signal = m_signal;
    command.series = m_series;
    command.resumption = std::move(resumption);
    command.sideRuns = m_sideRuns;
    if (build != Build::Keep)
        m_worker->announceCommand(); // a run in progress returns so the command can be taken
    else
        m_worker->interruptWork();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, command] { worker->apply(command); }, Qt::QueuedConnection);
}

TrainingActivity TrainingController::activity() const
{
    return m_worker->activity();
}

// The panels drop the old network at once: a large one takes seconds to build and minutes to
// evaluate, and until the worker's first frame they would show a model that no longer exists.
void TrainingController::sendBuildingFrame()
{
    TrainingSnapshot frame;
    frame.state = m_state;
    frame.model = m_model;
    frame.train = m_train;
    frame.generation = m_generation;
    frame.building = true;
    emit snapshotReady(frame);
}

void TrainingController::postRefresh(bool interrupt)
{
    if (interrupt)
        m_worker->interruptWork();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->refresh(); },
                              Qt::QueuedConnection);
}

bool TrainingController::active() const
{
    return m_state == State::Running || m_state == State::Paused;
}

bool TrainingController::canContinueAfterFinish() const
{
    return m_train.epochs == 0 || m_finishedEpochs < m_train.epochs;
}

void TrainingController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TrainingController::setConfiguration(const lstmlab::ModelConfig &model,
                                          const lstmlab::TrainConfig &train)
{
    if (const std::optional<std::string> problem = problemWith(model, train)) {
        emit configurationRejected(QString::fromStdString(*problem));
        return;
    }

    const QStringList changes = structuralChanges(m_model, m_train, model, train);
    const bool settingsChanged = trainingSettingsChanged(m_train, train);
    m_worker->setLearningRate(train.learningRate);
    m_worker->setDropout(model.dropout);
    m_model = model;
    m_train = train;
    if (!changes.isEmpty())
        rebuild(tr("Model rebuilt with new weights: %1.").arg(changes.join(QStringLiteral(", "))));
    else if (settingsChanged)
        post(Build::Continue, active());
}

// The settings' own ranges, then the core's check of the model against its data, with the
// core's messages, as the headless run and the loaders give them.
std::optional<std::string> TrainingController::problemWith(const lstmlab::ModelConfig &model,
                                                           const lstmlab::TrainConfig &train)
{
    std::optional<std::string> problem = model.validate();
    if (!problem)
        problem = train.validate();
    if (!problem)
        problem = lstmlab::Dataset::checkWidth(model);
    return problem;
}

bool TrainingController::rebuildsFor(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train) const
{
    if (problemWith(model, train))
        return false;
    return !structuralChanges(m_model, m_train, model, train).isEmpty();
}

void TrainingController::setSignal(std::shared_ptr<const lstmlab::SignalGenerator> signal)
{
    if (!signal)
        signal = std::make_shared<lstmlab::SineSignal>();
    if (signal == m_signal && !m_series)
        return;
    m_signal = std::move(signal);
    m_series.reset();
    rebuild(tr("Model rebuilt with new weights for the signal \"%1\".")
                .arg(QString::fromStdString(m_signal->name())));
}

void TrainingController::setSeries(std::shared_ptr<const lstmlab::CsvSeries> series)
{
    if (series == m_series)
        return;
    m_series = std::move(series);
    if (m_series)
        rebuild(tr("Model rebuilt with new weights for the series \"%1\".")
                    .arg(QString::fromStdString(m_series->name())));
    else
        rebuild(tr("Model rebuilt with new weights for the signal \"%1\".")
                    .arg(QString::fromStdString(m_signal->name())));
}

bool TrainingController::trainSideBySide(const QVector<RunSettings> &runs)
{
    if (runs.size() < 2 || runs.size() > maxSideBySideRuns) {
        emit configurationRejected(tr("Side by side trains 2 or 3 runs, not %1.").arg(runs.size()));
        return false;
    }
    for (qsizetype k = 0; k < runs.size(); ++k)
        if (const std::optional<std::string> problem = problemWith(runs[k].model, runs[k].train)) {
            emit configurationRejected(tr("Run %1: %2").arg(k + 1).arg(QString::fromStdString(*problem)));
            return false;
        }
    m_model = runs.front().model;
    m_train = runs.front().train;
    m_sideRuns = runs.mid(1);
    m_worker->setLearningRate(m_train.learningRate);
    m_worker->setDropout(m_model.dropout);
    ++m_generation;
    m_finishedEpochs = 0;
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    post(Build::Fresh, true);
    setState(State::Running);
    sendBuildingFrame();
    return true;
}

void TrainingController::rebuild(const QString &reason)
{
    m_sideRuns.clear();
    const bool run = m_state == State::Running;
    ++m_generation;
    m_finishedEpochs = 0;
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    post(Build::Fresh, run);
    setState(run ? State::Running : State::Idle);
    sendBuildingFrame();
    emit modelRebuilt(reason);
}

quint64 TrainingController::requestSessionState()
{
    const quint64 request = ++m_captureRequest;
    // The flag is answered between steps while a run goes on; the queued call answers it in
    // the worker's event loop, after every command posted before, when no run is going.
    m_worker->requestCapture(request);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->serveCapture(); },
                              Qt::QueuedConnection);
    return request;
}

void TrainingController::resumeFrom(std::shared_ptr<TrainingResumption> resumption)
{
    if (!resumption || !resumption->trainer || !resumption->data)
        return;
    m_model = resumption->model;
    m_train = resumption->train;
    if (resumption->signal)
        m_signal = resumption->signal; // with a series, the signal to go back to stays
    m_series = resumption->series;
    m_sideRuns.clear();
    const bool finishedAlready = resumption->trainer->finished();
    m_finishedEpochs = resumption->trainer->epoch();
    ++m_generation;
    m_worker->setLearningRate(m_train.learningRate);
    m_worker->setDropout(m_model.dropout);
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    post(Build::Adopt, false, std::move(resumption));
    setState(finishedAlready ? State::Finished : State::Idle);
    sendBuildingFrame();
}

void TrainingController::setTraceWindow(int testWindow)
{
    m_traceWindow = std::max(0, testWindow);
    m_worker->setTraceWindow(m_traceWindow);
    if (!active())
        postRefresh();
}

void TrainingController::setFreeRun(bool enabled)
{
    if (enabled == m_freeRun)
        return;
    m_freeRun = enabled;
    m_worker->setFreeRun(enabled);
    if (!active())
        postRefresh();
}

void TrainingController::setMaxSnapshotsPerSecond(double rate)
{
    m_maxSnapshotsPerSecond = rate;
    m_worker->setMaxSnapshotsPerSecond(rate);
}

void TrainingController::setStepDelayMs(int ms)
{
    m_stepDelayMs = std::max(0, ms);
    m_worker->setStepDelayMs(m_stepDelayMs);
}

// Starts a run from Idle, Finished or Diverged, paused with one step requested or not.
void TrainingController::startStopped(bool paused)
{
    m_worker->clearStepRequests();
    m_worker->setPaused(paused);
    if (paused)
        m_worker->requestStep();
    const bool fresh = m_state == State::Finished && !canContinueAfterFinish();
    if (fresh) {
        ++m_generation;
        m_finishedEpochs = 0;
        post(Build::Fresh, true);
    } else {
        post(Build::Keep, true);
    }
    setState(paused ? State::Paused : State::Running);
    if (fresh)
        sendBuildingFrame();
}

void TrainingController::start()
{
    switch (m_state) {
    case State::Running:
        return;
    case State::Paused:
        resume();
        return;
    case State::Idle:
    case State::Finished:
    case State::Diverged:
        startStopped(false);
        return;
    }
}

void TrainingController::setPauseAtEpochEnd(bool pause)
{
    m_pauseAtEpochEnd = pause;
    m_worker->setPauseAtEpochEnd(pause);
}

void TrainingController::pause()
{
    if (m_state != State::Running)
        return;
    m_worker->setPaused(true);
    setState(State::Paused);
}

void TrainingController::resume()
{
    if (m_state != State::Paused)
        return;
    m_worker->clearStepRequests();
    m_worker->setPaused(false);
    setState(State::Running);
}

void TrainingController::step()
{
    switch (m_state) {
    case State::Running:
        pause();
        m_worker->requestStep();
        return;
    case State::Paused:
        m_worker->requestStep();
        return;
    case State::Finished:
        if (!canContinueAfterFinish())
            return; // the configured epochs are done: there is no next batch
        startStopped(true);
        return;
    case State::Idle:
    case State::Diverged:
        startStopped(true);
        return;
    }
}

void TrainingController::reset()
{
    m_sideRuns.clear();
    ++m_generation;
    m_finishedEpochs = 0;
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    post(Build::Fresh, false);
    setState(State::Idle);
    sendBuildingFrame();
}

void TrainingController::onWorkerSnapshot(const TrainingSnapshot &snapshot)
{
    // Frames of a model that has since been replaced are dropped: after setConfiguration()
    // or reset(), every snapshot relayed shows the new model.
    if (snapshot.generation == m_generation)
        emit snapshotReady(snapshot);
    m_worker->frameConsumed();
    // A frame the worker held back while this one was on its way (a large model's prediction
    // slices while idle): asked for without stopping the slice in progress.
    if (!active() && m_worker->refreshPending())
        postRefresh(false);
}

void TrainingController::onRunEnded(quint64 sequence, State state, const QString &message,
                                    int epochs)
{
    if (sequence != m_sequence)
        return; // a newer command has replaced that run
    m_worker->clearStepRequests();
    m_finishedEpochs = epochs;
    setState(state);
    switch (state) {
    case State::Finished:
        emit finished();
        if (!message.isEmpty())
            emit failing(message);
        break;
    case State::Diverged:
        emit diverged(message);
        break;
    case State::Idle:
        if (!message.isEmpty())
            emit configurationRejected(message);
        break;
    case State::Running:
    case State::Paused:
        break;
    }
    if (m_worker->refreshPending())
        postRefresh();
}
