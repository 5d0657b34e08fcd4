#pragma once

// The embedding task's worker: owns one lstmlab::SkipGram in the controller's QThread, trains
// it in slices of whole sentences (so commands are taken between slices) and hands the window
// EmbedSnapshot values through snapshotReady(), at most a few per second. A slice gives up
// within one sentence when the stop flag is raised (pause, reset, a new model, quitting).
//
// At the watching pace the worker sleeps between small slices so that the whole run takes
// about watchSecondsPerRun (the map can be seen taking shape); at full speed it trains as fast
// as it can. Only the sleeping differs.

#include "embedsnapshot.h"
#include "skipgram.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <memory>

class QTimer;

struct EmbedCommand {
    QStringList files;  // read as one text
    QString source;     // its name in messages and on screen (the file, for one file)
    lstmlab::TokenMode mode = lstmlab::TokenMode::Words;
    int minCount = 5;
    lstmlab::SkipGramConfig config;
};

Q_DECLARE_METATYPE(EmbedCommand)

class EmbedWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int planeTokens = 300;          // tokens on the map
    static constexpr int snapshotIntervalMs = 200;
    static constexpr double watchSecondsPerRun = 40.0;
    static constexpr int watchSlicesPerRun = 400;

    explicit EmbedWorker(QObject *parent = nullptr);
    ~EmbedWorker() override;

    // Thread-safe: makes a slice in progress return at its next sentence.
    void interrupt() { m_stop.store(true, std::memory_order_relaxed); }

public slots:
    // Reads the text and builds a new model (a Building snapshot first), then trains if run.
    void build(const EmbedCommand &command, quint64 generation, bool run);
    void setRunning(bool running);
    void setWatchingPace(bool watching);

signals:
    void snapshotReady(const EmbedSnapshot &snapshot);

private:
    void trainSlice();
    void scheduleSlice();
    void emitSnapshot(EmbedSnapshot::State state);

    std::unique_ptr<lstmlab::SkipGram> m_model;
    std::shared_ptr<const std::vector<std::string>> m_words;
    std::shared_ptr<const std::vector<long long>> m_counts;
    std::vector<EmbedLossPoint> m_loss;
    quint64 m_generation = 0;
    QString m_source;
    bool m_running = false;
    bool m_watching = true;
    bool m_sliceQueued = false;
    lstmlab::StopFlag m_stop{false};
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceSnapshot;
    long long m_wordsAtSnapshot = 0;
    double m_secondsSinceSnapshot = 0.0; // training time only
};

