#include "embedworker.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

EmbedWorker::EmbedWorker(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EmbedWorker::trainSlice);
}

EmbedWorker::~EmbedWorker() = default;

void EmbedWorker::build(const EmbedCommand &command, quint64 generation, bool run)
{
    m_stop.store(false, std::memory_order_relaxed);
    m_timer->stop();
    m_model.reset();
    m_loss.clear();
    m_words.reset();
    m_counts.reset();
    m_generation = generation;
    m_source = command.source;
    m_running = false;
    {
        EmbedSnapshot building;
        building.generation = generation;
        building.state = EmbedSnapshot::State::Building;
        building.source = command.source;
        building.mode = command.mode;
        building.epochs = command.config.epochs;
        emit snapshotReady(building);
    }
    try {
        std::vector<std::string> files;
        for (const QString &file : command.files)
            files.push_back(file.toStdString());
        auto corpus = std::make_shared<const lstmlab::TokenCorpus>(
            files.size() == 1 ? lstmlab::TokenCorpus::fromFile(files.front(), command.mode, command.minCount)
                              : lstmlab::TokenCorpus::fromFiles(files, command.source.toStdString(), command.mode,
                                                                command.minCount));
        m_model = std::make_unique<lstmlab::SkipGram>(command.config, corpus);
    } catch (const std::exception &e) {
        EmbedSnapshot failed;
        failed.generation = generation;
        failed.state = EmbedSnapshot::State::Failed;
        failed.source = command.source;
        failed.message = QString::fromStdString(e.what());
        emit snapshotReady(failed);
        return;
    }
    m_words = std::make_shared<const std::vector<std::string>>(m_model->corpus().words());
    m_counts = std::make_shared<const std::vector<long long>>(m_model->corpus().counts());
    m_wordsAtSnapshot = 0;
    m_secondsSinceSnapshot = 0.0;
    m_sinceSnapshot.start();
    emitSnapshot(EmbedSnapshot::State::Paused);
    setRunning(run);
}

void EmbedWorker::setRunning(bool running)
{
    m_stop.store(false, std::memory_order_relaxed);
    if (!m_model)
        return;
    m_running = running && !m_model->finished();
    if (m_running)
        scheduleSlice();
    else {
        m_timer->stop();
        emitSnapshot(m_model->finished() ? EmbedSnapshot::State::Finished : EmbedSnapshot::State::Paused);
    }
}

void EmbedWorker::setWatchingPace(bool watching)
{
    m_stop.store(false, std::memory_order_relaxed);
    m_watching = watching;
    if (m_running) {
        m_timer->stop();
        scheduleSlice();
    }
}

void EmbedWorker::scheduleSlice()
{
    if (!m_model || !m_running || m_timer->isActive())
        return;
    // Watching: watchSlicesPerRun slices, spaced so that the run takes the set time.
    const int delayMs = m_watching ? int(std::lround(1000.0 * watchSecondsPerRun / watchSlicesPerRun)) : 0;
    m_timer->start(delayMs);
}

void EmbedWorker::trainSlice()
{
    if (!m_model || !m_running)
        return;
    const long long perEpoch = m_model->wordsPerEpoch();
    const long long run = perEpoch * m_model->config().epochs;
    const long long words = m_watching ? std::max<long long>(1, run / watchSlicesPerRun) : std::max<long long>(20000, perEpoch / 50);
    QElapsedTimer timer;
    timer.start();
    m_model->train(words, &m_stop);
    m_secondsSinceSnapshot += double(timer.nsecsElapsed()) * 1e-9;
    if (m_stop.load(std::memory_order_relaxed))
        return; // a command is waiting: the event loop takes it next
    const double loss = m_model->takeLoss();
    if (std::isfinite(loss))
        m_loss.push_back({double(m_model->wordsDone()) / double(perEpoch), loss});
    if (m_model->finished()) {
        m_running = false;
        emitSnapshot(EmbedSnapshot::State::Finished);
        return;
    }
    if (m_sinceSnapshot.elapsed() >= snapshotIntervalMs)
        emitSnapshot(EmbedSnapshot::State::Training);
    scheduleSlice();
}

void EmbedWorker::emitSnapshot(EmbedSnapshot::State state)
{
    if (!m_model)
        return;
    EmbedSnapshot s;
    s.generation = m_generation;
    s.state = state;
    s.source = m_source;
    s.mode = m_model->corpus().mode();
    s.epoch = m_model->epoch();
    s.epochs = m_model->config().epochs;
    s.wordsDone = m_model->wordsDone();
    s.wordsPerEpoch = m_model->wordsPerEpoch();
    s.rawTokens = m_model->corpus().rawTokenCount();
    s.learningRate = m_model->learningRate();
    if (m_secondsSinceSnapshot > 0)
        s.wordsPerSecond = double(s.wordsDone - m_wordsAtSnapshot) / m_secondsSinceSnapshot;
    s.loss = m_loss;
    s.words = m_words;
    s.counts = m_counts;
    auto space = std::make_shared<const lstmlab::EmbeddingSpace>(m_model->inputVectors());
    s.plane = space->plane(std::min(planeTokens, space->size()));
    s.space = std::move(space);
    m_wordsAtSnapshot = s.wordsDone;
    m_secondsSinceSnapshot = 0.0;
    m_sinceSnapshot.restart();
    emit snapshotReady(s);
}
