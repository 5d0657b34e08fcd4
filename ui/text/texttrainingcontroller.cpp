#include "texttrainingcontroller.h"

#include "corpus.h"
#include "textsessionfile.h"
#include "texttrainer.h"

#include <QStringList>

using State = TextSnapshot::State;

namespace {

QStringList structuralChanges(const lstmlab::ModelConfig &oldModel, const lstmlab::TrainConfig &oldTrain,
                              const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    QStringList changes;
    const auto note = [&changes](const QString &name, auto from, auto to) {
        if (from != to)
            changes << TextTrainingController::tr("%1 %2 → %3").arg(name).arg(from).arg(to);
    };
    note(TextTrainingController::tr("num_units"), oldModel.units, model.units);
    note(TextTrainingController::tr("layers"), oldModel.layers, model.layers);
    note(TextTrainingController::tr("timesteps"), oldModel.timesteps, model.timesteps);
    note(TextTrainingController::tr("streams"), oldTrain.batchSize, train.batchSize);
    note(TextTrainingController::tr("seed"), oldTrain.seed, train.seed);
    return changes;
}

} // namespace

TextTrainingController::TextTrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TextSnapshot>();
    qRegisterMetaType<TextSnapshot::State>();
    qRegisterMetaType<std::shared_ptr<const lstmlab::TextSessionData>>();

    m_worker = new TextTrainingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TextTrainingWorker::snapshotReady, this, &TextTrainingController::onWorkerSnapshot);
    connect(m_worker, &TextTrainingWorker::runEnded, this, &TextTrainingController::onRunEnded);
    connect(m_worker, &TextTrainingWorker::sessionStateReady, this, &TextTrainingController::sessionStateReady);
    m_thread.setObjectName(QStringLiteral("LSTM Lab text training"));
    m_thread.start();
    m_worker->setLearningRate(m_train.learningRate);
    m_worker->setDropout(m_model.dropout);
}

TextTrainingController::~TextTrainingController()
{
    m_worker->stop();
    m_thread.quit();
    m_thread.wait();
}

lstmlab::ModelConfig TextTrainingController::defaultModel()
{
    lstmlab::ModelConfig model;
    model.units = 128;
    model.layers = 2;
    model.timesteps = 50;
    model.dropout = 0.5;
    return model;
}

lstmlab::TrainConfig TextTrainingController::defaultTrain()
{
    lstmlab::TrainConfig train;
    train.batchSize = 32;
    train.learningRate = 0.002;
    train.clipNorm = 5.0;
    train.epochs = 0;
    train.shuffle = false;
    return train;
}

std::optional<std::string> TextTrainingController::problemWith(const lstmlab::ModelConfig &model,
                                                               const lstmlab::TrainConfig &train)
{
    // The input and output widths are the vocabulary's, set by the trainer; the rest is checked
    // with the core's ranges and messages.
    lstmlab::ModelConfig checked = model;
    checked.inputSize = 1;
    checked.outputSize = 1;
    if (auto problem = checked.validate())
        return problem;
    return train.validate();
}

void TextTrainingController::post(Build build, bool run, std::shared_ptr<TextResumption> resumption)
{
    TextTrainingWorker::Command command;
    command.sequence = ++m_sequence;
    command.build = build;
    command.run = run;
    command.generation = m_generation;
    command.model = m_model;
    command.train = m_train;
    command.corpus = m_corpus;
    command.resumption = std::move(resumption);
    if (build != Build::Keep)
        m_worker->announceCommand();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, command] { worker->apply(command); }, Qt::QueuedConnection);
}

bool TextTrainingController::active() const
{
    return m_state == State::Running || m_state == State::Paused;
}

void TextTrainingController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TextTrainingController::sendBuildingFrame()
{
    TextSnapshot frame;
    frame.state = m_state;
    frame.model = m_model;
    frame.train = m_train;
    frame.generation = m_generation;
    frame.building = true;
    emit snapshotReady(frame);
}

void TextTrainingController::rebuild(const QString &reason)
{
    ++m_generation;
    const bool running = m_state == State::Running;
    m_worker->clearStepRequests();
    if (!running)
        setState(State::Idle);
    post(Build::Fresh, running);
    sendBuildingFrame();
    if (!reason.isEmpty())
        emit modelRebuilt(reason);
}

void TextTrainingController::setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    if (const std::optional<std::string> problem = problemWith(model, train)) {
        emit configurationRejected(QString::fromStdString(*problem));
        return;
    }
    const QStringList changes = structuralChanges(m_model, m_train, model, train);
    const bool continued = m_train.epochs != train.epochs || m_train.clipNorm != train.clipNorm;
    m_worker->setLearningRate(train.learningRate);
    m_worker->setDropout(model.dropout);
    m_model = model;
    m_train = train;
    if (!m_corpus)
        return;
    if (!changes.isEmpty())
        rebuild(tr("Text model rebuilt with new weights: %1.").arg(changes.join(QStringLiteral(", "))));
    else if (continued) {
        if (m_state == State::Finished)
            setState(State::Idle); // Train goes on when the new epochs allow it
        post(Build::Continue, active());
    }
}

void TextTrainingController::setCorpus(std::shared_ptr<const lstmlab::Corpus> corpus)
{
    if (corpus == m_corpus)
        return;
    m_corpus = std::move(corpus);
    rebuild(QString());
}

void TextTrainingController::setStepDelayMs(int ms)
{
    m_worker->setStepDelayMs(ms);
}

void TextTrainingController::setMaxSnapshotsPerSecond(double rate)
{
    m_worker->setMaxSnapshotsPerSecond(rate);
}

void TextTrainingController::setSampleSettings(double temperature, int length, const QString &prime)
{
    TextTrainingWorker::SampleSettings settings;
    settings.temperature = temperature;
    settings.length = length;
    settings.prime = prime.toStdString();
    m_worker->setSampleSettings(settings);
}

void TextTrainingController::sampleNow()
{
    m_worker->requestSample();
    // Not running: the worker's event loop is free and takes it at once.
    if (!active())
        post(Build::Keep, false);
}

quint64 TextTrainingController::requestSessionState()
{
    m_worker->requestCapture(++m_captureRequest);
    if (!active())
        post(Build::Keep, false);
    return m_captureRequest;
}

void TextTrainingController::resumeFrom(std::shared_ptr<TextResumption> resumption)
{
    if (!resumption || !resumption->trainer)
        return;
    ++m_generation;
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    const lstmlab::TextTrainer &trainer = *resumption->trainer;
    m_model = trainer.modelConfig();
    m_model.dropout = trainer.dropout();
    m_train = trainer.trainConfig();
    m_train.learningRate = trainer.learningRate();
    m_corpus = resumption->corpus;
    m_worker->setLearningRate(m_train.learningRate);
    m_worker->setDropout(m_model.dropout);
    setState(trainer.finished() ? State::Finished : State::Idle);
    post(Build::Adopt, false, std::move(resumption));
    sendBuildingFrame();
}

void TextTrainingController::start()
{
    if (!m_corpus) {
        emit configurationRejected(tr("There is no text to learn from: choose a corpus or open a text file."));
        return;
    }
    switch (m_state) {
    case State::Running: return;
    case State::Paused: resume(); return;
    case State::Finished:
        if (m_train.epochs > 0) { // the epochs are done: a new network from the seed
            ++m_generation;
            m_worker->setPaused(false);
            setState(State::Running);
            post(Build::Fresh, true);
            sendBuildingFrame();
            return;
        }
        break;
    case State::Idle:
    case State::Diverged: break;
    }
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    setState(State::Running);
    post(Build::Keep, true);
}

void TextTrainingController::pause()
{
    if (m_state != State::Running)
        return;
    m_worker->setPaused(true);
    setState(State::Paused);
}

void TextTrainingController::resume()
{
    if (m_state != State::Paused)
        return;
    m_worker->clearStepRequests();
    m_worker->setPaused(false);
    setState(State::Running);
}

void TextTrainingController::step()
{
    if (!m_corpus)
        return;
    if (m_state == State::Running)
        pause();
    m_worker->setPaused(true);
    m_worker->requestStep();
    if (m_state != State::Paused) {
        setState(State::Paused);
        post(Build::Keep, true);
    }
}

void TextTrainingController::reset()
{
    m_worker->setPaused(false);
    m_worker->clearStepRequests();
    ++m_generation;
    setState(State::Idle);
    post(Build::Fresh, false);
    sendBuildingFrame();
}

void TextTrainingController::onWorkerSnapshot(const TextSnapshot &snapshot)
{
    if (snapshot.generation != m_generation) {
        m_worker->frameConsumed();
        return; // a network that no longer exists
    }
    emit snapshotReady(snapshot);
    // The receivers have drawn it (direct connections): the worker may send the next.
    m_worker->frameConsumed();
}

void TextTrainingController::onRunEnded(quint64 sequence, State state, const QString &message)
{
    if (sequence != m_sequence)
        return;
    setState(state);
    if (state == State::Diverged)
        emit diverged(message);
    else if (state == State::Finished)
        emit finished();
    else if (!message.isEmpty())
        emit configurationRejected(message);
}
