#include "texttrainingworker.h"

#include "corpus.h"
#include "textsessionfile.h"
#include "texttrace.h"
#include "texttrainer.h"

#include <QRegularExpression>

#include <algorithm>
#include <exception>
#include <numbers>
#include <random>

using lstmlab::TextTrainer;
using State = TextSnapshot::State;

namespace {

constexpr qint64 rateWindowNs = 1'000'000'000;

double toBits(double nats)
{
    return nats / std::numbers::ln2;
}

} // namespace

TextTrainingWorker::TextTrainingWorker(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

// Deleted in its own thread, possibly just after the GUI thread's last wake(): taking the mutex
// orders the condition variable's destruction after that notification (as TrainingWorker).
TextTrainingWorker::~TextTrainingWorker()
{
    std::lock_guard<std::mutex> lock(m_wakeMutex);
}

// ---- Thread-safe controls --------------------------------------------------------------

void TextTrainingWorker::wake()
{
    std::lock_guard<std::mutex> lock(m_wakeMutex);
    m_wakeCondition.notify_all();
}

void TextTrainingWorker::announceCommand()
{
    m_pendingCommands.fetch_add(1);
    m_stop.store(true);
    wake();
}

void TextTrainingWorker::setPaused(bool paused)
{
    m_paused.store(paused);
    m_stop.store(true); // a pause abandons the step in progress
    wake();
}

void TextTrainingWorker::requestStep()
{
    m_stepRequests.fetch_add(1);
    wake();
}

void TextTrainingWorker::clearStepRequests()
{
    m_stepRequests.store(0);
}

void TextTrainingWorker::setLearningRate(double learningRate)
{
    m_learningRate.store(learningRate);
}

void TextTrainingWorker::setDropout(double dropout)
{
    m_dropout.store(dropout);
}

void TextTrainingWorker::setStepDelayMs(int ms)
{
    m_stepDelayMs.store(std::max(0, ms));
    wake();
}

void TextTrainingWorker::setMaxSnapshotsPerSecond(double rate)
{
    m_maxSnapshotsPerSecond.store(std::clamp(rate, 0.1, 1000.0));
}

void TextTrainingWorker::setSampleSettings(const SampleSettings &settings)
{
    std::lock_guard<std::mutex> lock(m_sampleMutex);
    m_sampleSettings = settings;
}

void TextTrainingWorker::requestSample()
{
    m_sampleRequested.store(true);
    wake();
}

void TextTrainingWorker::frameConsumed()
{
    m_frameInFlight.store(false);
    wake();
}

void TextTrainingWorker::stop()
{
    m_stopped.store(true);
    m_stop.store(true);
    wake();
}

void TextTrainingWorker::requestCapture(quint64 request)
{
    m_captureRequest.store(request);
    wake();
}

// Lowered when the worker is about to do work of its own choosing; the controls are read
// after it, so one set in between leaves the flag raised. False: leave the run.
bool TextTrainingWorker::lowerStopFlag()
{
    m_stop.store(false);
    return !mustLeave();
}

// ---- Commands ---------------------------------------------------------------------------

void TextTrainingWorker::apply(const Command &command)
{
    if (command.build != Build::Keep)
        m_pendingCommands.fetch_sub(1);
    if (!lowerStopFlag() && m_stopped.load())
        return;
    m_sequence = command.sequence;
    try {
        if (command.build == Build::Fresh)
            buildFresh(command);
        else if (command.build == Build::Continue)
            buildContinuation(command);
        else if (command.build == Build::Adopt)
            adopt(command);
    } catch (const std::exception &error) {
        m_trainer.reset();
        m_restState = State::Idle;
        emit runEnded(m_sequence, State::Idle,
                      tr("The model could not be built: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    if (!m_trainer) {
        if (command.run)
            emit runEnded(m_sequence, State::Idle, tr("There is no text to learn from."));
        return;
    }
    if (m_pendingCommands.load() > 0)
        return; // a newer command decides what happens next
    if (!command.run) {
        const bool sent = serveRequests(m_restState);
        if (!sent && (command.build != Build::Keep || m_samplePending))
            emitFrame(m_restState);
        return;
    }
    m_message.clear();
    runLoop();
}

void TextTrainingWorker::clearHistories()
{
    m_trainHistory = {};
    m_validationHistory = {};
    m_lastLoss = -1.0;
    m_samples.clear();
    m_sampleCount = 0;
    m_samplePending = false;
    m_rate.clear();
    m_message.clear();
    m_pendingTrace.reset();
    m_traceStale = true;
    m_traceStep = -1;
}

void TextTrainingWorker::buildFresh(const Command &command)
{
    m_trainer.reset(); // before the new one: a large model should not exist twice
    m_generation = command.generation;
    m_restState = State::Idle;
    clearHistories();
    m_corpus = command.corpus;
    if (!m_corpus)
        return;
    auto trainer = std::make_unique<TextTrainer>(command.model, command.train, m_corpus);
    trainer->setLearningRate(m_learningRate.load());
    trainer->setDropout(m_dropout.load());
    trainer->setStopFlag(&m_stop);
    m_trainer = std::move(trainer);
    m_unigramBits = m_corpus->unigramBitsPerChar();
    writeSample(); // what the untrained network writes: noise
}

void TextTrainingWorker::buildContinuation(const Command &command)
{
    if (!m_trainer || command.corpus != m_corpus) {
        buildFresh(command);
        return;
    }
    // New epochs or clipping: the same weights, Adam, position and carried state.
    lstmlab::TextTrainerState state = m_trainer->captureState();
    auto next = std::make_unique<TextTrainer>(command.model, command.train, m_corpus);
    state.learningRate = m_learningRate.load();
    state.dropout = m_dropout.load();
    if (auto error = next->restoreState(state))
        throw std::invalid_argument(*error);
    next->setStopFlag(&m_stop);
    m_trainer = std::move(next);
    m_restState = m_trainer->finished() ? State::Finished : State::Idle;
    m_traceStale = true;
}

void TextTrainingWorker::adopt(const Command &command)
{
    TextResumption &resumption = *command.resumption;
    m_trainer.reset();
    m_generation = command.generation;
    clearHistories();
    m_trainHistory = resumption.trainHistory;
    m_validationHistory = resumption.validationHistory;
    m_lastLoss = m_trainHistory.isEmpty() ? -1.0 : m_trainHistory.last().y();
    m_samples = resumption.samples;
    // The samples go on numbering where the session's stopped (the window's "Sample N (...)"
    // headings, or the headless run's "Epoch N:").
    static const QRegularExpression heading(QStringLiteral("^(Sample|Epoch) \\d+"), QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = heading.globalMatch(m_samples); it.hasNext(); it.next())
        ++m_sampleCount;
    m_trainer = std::move(resumption.trainer);
    m_corpus = command.corpus;
    m_unigramBits = m_corpus->unigramBitsPerChar();
    m_trainer->setStopFlag(&m_stop);
    m_learningRate.store(m_trainer->learningRate());
    m_dropout.store(m_trainer->dropout());
    m_restState = m_trainer->finished() ? State::Finished : State::Idle;
    writeSample();
}

// ---- The run ----------------------------------------------------------------------------

void TextTrainingWorker::runLoop()
{
    m_rate.clear();
    for (;;) {
        if (!lowerStopFlag())
            return;
        if (m_trainer->finished()) {
            m_restState = State::Finished;
            emitFrame(State::Finished);
            emit runEnded(m_sequence, State::Finished, QString());
            return;
        }
        if (m_paused.load() && m_stepRequests.load() == 0) {
            emitFrame(State::Paused);
            if (!waitWhilePaused())
                return;
            continue;
        }
        const bool single = m_paused.load();
        if (single)
            m_stepRequests.fetch_sub(1);
        m_paceMark = std::chrono::steady_clock::now();
        m_trainer->setLearningRate(m_learningRate.load());
        m_trainer->setDropout(m_dropout.load());
        lstmlab::TextStepReport report;
        if (!m_trainer->step(&report)) {
            if (m_trainer->stopped()) { // abandoned whole for a pause or a command: taken again later
                if (single)
                    m_stepRequests.fetch_add(1);
                continue;
            }
            m_restState = State::Diverged;
            m_message = QString::fromStdString(m_trainer->divergenceMessage());
            emitFrame(State::Diverged);
            emit runEnded(m_sequence, State::Diverged, m_message);
            return;
        }
        const qint64 t = now();
        m_lastLoss = toBits(report.loss);
        m_trainHistory.append(QPointF(double(report.step), m_lastLoss));
        if (report.epochCompleted)
            m_validationHistory.append(QPointF(double(report.step), m_trainer->lastEpoch().validationBitsPerChar));
        m_rate.emplace_back(t, report.step);
        while (m_rate.size() > 2 && t - m_rate.front().first > rateWindowNs)
            m_rate.pop_front();
        afterStep(report.epochCompleted);
        if (!single) { // a single step's frame is the paused one at the loop's top
            maybeEmitFrame(report.epochCompleted);
            delayBetweenSteps();
        }
    }
}

// Between two steps: a capture asked for, a sample that is due.
void TextTrainingWorker::afterStep(bool epochCompleted)
{
    if (m_captureRequest.load() != 0 && m_pendingCommands.load() == 0)
        serveCapture();
    const bool due = epochCompleted || m_sampleRequested.load()
                     || now() - m_lastSampleNs >= qint64(sampleIntervalMs) * 1'000'000;
    if (due && !mustLeave())
        writeSample();
}

// Serves what can be done without training; true when a frame is owed for a sample.
bool TextTrainingWorker::serveRequests(State state)
{
    if (m_captureRequest.load() != 0)
        serveCapture();
    if (m_sampleRequested.load() && m_trainer) {
        writeSample();
        emitFrame(state);
        return true;
    }
    return false;
}

// Parks the worker between two steps while paused. False: leave the run.
bool TextTrainingWorker::waitWhilePaused()
{
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_wakeMutex);
            m_wakeCondition.wait(lock, [this] {
                return mustLeave() || !m_paused.load() || m_stepRequests.load() > 0 || m_sampleRequested.load()
                       || m_captureRequest.load() != 0;
            });
        }
        if (mustLeave())
            return false;
        serveRequests(State::Paused);
        if (!m_paused.load() || m_stepRequests.load() > 0)
            return true;
    }
}

// The teaching pace: sleep for what the step itself did not take.
void TextTrainingWorker::delayBetweenSteps()
{
    const int ms = m_stepDelayMs.load();
    if (ms <= 0)
        return;
    const auto until = m_paceMark + std::chrono::milliseconds(ms);
    std::unique_lock<std::mutex> lock(m_wakeMutex);
    m_wakeCondition.wait_until(lock, until, [this, ms] {
        return mustLeave() || m_paused.load() || m_stepDelayMs.load() != ms || m_sampleRequested.load();
    });
}

void TextTrainingWorker::serveCapture()
{
    const quint64 request = m_captureRequest.exchange(0);
    if (request == 0 || m_stopped.load())
        return;
    if (!m_trainer) {
        emit sessionStateReady(request, nullptr, tr("There is no trained text model to save."));
        return;
    }
    m_trainer->setLearningRate(m_learningRate.load());
    m_trainer->setDropout(m_dropout.load());
    auto session = std::make_shared<lstmlab::TextSessionData>(
        lstmlab::captureTextSession(*m_trainer, m_trainer->corpus().source()));
    session->lossHistory.reserve(std::size_t(m_trainHistory.size()));
    for (const QPointF &point : std::as_const(m_trainHistory))
        session->lossHistory.push_back({qRound64(point.x()), point.y() * std::numbers::ln2});
    for (const QPointF &point : std::as_const(m_validationHistory))
        session->validationHistory.push_back({qRound64(point.x()), point.y()});
    session->samples = m_samples.toStdString();
    emit sessionStateReady(request, std::move(session), QString());
}

// ---- Samples and frames -----------------------------------------------------------------

// A sample from the present weights, numbered, with its own generator (training's stays
// untouched) seeded by the run's seed and the sample's number: the same run writes the same
// samples. A priming text with a symbol the text lacks is said in the snapshot's message.
bool TextTrainingWorker::writeSample()
{
    m_sampleRequested.store(false);
    m_lastSampleNs = now();
    if (!m_trainer)
        return false;
    SampleSettings settings;
    {
        std::lock_guard<std::mutex> lock(m_sampleMutex);
        settings = m_sampleSettings;
    }
    TextSample sample;
    sample.number = m_sampleCount + 1;
    sample.step = m_trainer->stepCount();
    sample.epoch = m_trainer->epoch();
    sample.temperature = settings.temperature;
    sample.prime = QString::fromStdString(settings.prime);
    std::seed_seq seeds{m_trainer->trainConfig().seed, unsigned(sample.number)};
    std::mt19937 rng(seeds);
    try {
        sample.text = QString::fromStdString(m_trainer->sample(settings.prime, settings.length, settings.temperature, rng));
    } catch (const std::exception &error) {
        sample.number = 0; // not a sample: the reason there is none
        sample.problem = QString::fromStdString(error.what());
        m_pendingSample = sample;
        m_samplePending = true;
        return false;
    }
    ++m_sampleCount;
    m_samples += QStringLiteral("Sample %1 (epoch %2, step %3, temperature %4):\n%5\n\n")
                     .arg(sample.number)
                     .arg(sample.epoch)
                     .arg(sample.step)
                     .arg(sample.temperature)
                     .arg(sample.text);
    m_pendingSample = sample;
    m_samplePending = true;
    return true;
}

double TextTrainingWorker::stepsPerSecond() const
{
    if (m_rate.size() < 2)
        return 0.0;
    const double seconds = double(m_rate.back().first - m_rate.front().first) / 1e9;
    return seconds > 0 ? double(m_rate.back().second - m_rate.front().second) / seconds : 0.0;
}

void TextTrainingWorker::maybeEmitFrame(bool dueNow)
{
    if (m_frameInFlight.load())
        return;
    const qint64 interval = qint64(1e9 / m_maxSnapshotsPerSecond.load());
    if (dueNow || m_samplePending || now() - m_lastFrameNs >= interval)
        emitFrame(State::Running);
}

void TextTrainingWorker::makeTraceIfDue(State state)
{
    if (!m_trainer)
        return;
    const lstmlab::TextTrainer &t = *m_trainer;
    const long long step = t.stepCount();
    const qint64 interval = std::max(qint64(traceIntervalMs) * 1'000'000, 20 * m_traceCostNs);
    const bool due = m_traceStale
                     || (step != m_traceStep && (state != State::Running || now() - m_lastTraceNs >= interval));
    if (!due || mustLeave())
        return;
    const qint64 began = now();
    const lstmlab::Corpus &corpus = t.corpus();
    const std::span<const int> validation = corpus.validationTokens();
    const std::span<const int> training = corpus.trainTokens();
    const std::span<const int> stretch = validation.first(std::min<std::size_t>(validation.size(), traceLength));
    const std::span<const int> before = training.last(std::min<std::size_t>(training.size(), 400));
    try {
        lstmlab::TextTrace trace = lstmlab::traceText(t.network(), corpus, stretch, 0, before, nullptr, &m_stop);
        if (trace.empty())
            return; // a command or a pause interrupted it: the next frame tries again
        m_pendingTrace = std::make_shared<const lstmlab::TextTrace>(std::move(trace));
    } catch (const std::exception &) {
        m_pendingTrace.reset(); // nothing to show rather than a wrong picture
    }
    m_traceStale = false;
    m_traceStep = step;
    m_lastTraceNs = now();
    m_traceCostNs = m_lastTraceNs - began;
}

void TextTrainingWorker::emitFrame(State state)
{
    makeTraceIfDue(state);
    TextSnapshot s;
    s.state = state;
    s.message = state == State::Diverged ? m_message : QString();
    s.generation = m_generation;
    if (m_trainer) {
        const lstmlab::TextTrainer &t = *m_trainer;
        const lstmlab::Corpus &corpus = t.corpus();
        s.model = t.modelConfig();
        s.model.dropout = t.dropout();
        s.train = t.trainConfig();
        s.train.learningRate = t.learningRate();
        s.corpusSource = QString::fromStdString(corpus.source());
        s.vocabularySize = corpus.vocabularySize();
        s.corpusCharacters = qint64(corpus.tokens().size());
        s.unigramBitsPerChar = m_unigramBits;
        s.parameterCount = qint64(t.network().parameterCount());
        s.step = t.stepCount();
        s.epoch = t.epoch();
        s.batch = t.batchInEpoch();
        s.batchesPerEpoch = t.batchesPerEpoch();
        s.validationBitsPerChar = m_validationHistory.isEmpty() ? -1.0 : m_validationHistory.last().y();
    }
    s.trainBitsPerChar = m_lastLoss;
    s.stepsPerSecond = state == State::Running ? stepsPerSecond() : 0.0;
    s.trainHistory = m_trainHistory;
    s.validationHistory = m_validationHistory;
    s.trace = std::move(m_pendingTrace);
    m_pendingTrace.reset();
    if (m_samplePending) {
        s.sample = m_pendingSample;
        s.newSample = true;
        m_samplePending = false;
    }
    m_lastFrameNs = now();
    m_frameInFlight.store(true);
    emit snapshotReady(s);
}
