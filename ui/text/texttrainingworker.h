#pragma once

// The text task's side of the worker thread: owns one lstmlab::TextTrainer, takes its steps
// one by one inside apply(), and hands the UI value snapshots (TextSnapshot) through
// snapshotReady(). It lives in the controller's QThread; TextTrainingController is its only user.
//
// As TrainingWorker: commands (apply()) are queued slot calls handled in the worker thread,
// announced first with announceCommand() so that a run in progress returns at once; controls
// (the thread-safe methods) are atomics read between steps, and those that must act at once
// (a command, a pause, stop()) also raise the stop flag the trainer reads once per time step
// and layer, so the step in progress is abandoned within milliseconds at any size (an
// abandoned step changes nothing and is taken again later).
//
// Samples are written here, never on the GUI thread: one when a model is built (the untrained
// network's noise), then every sampleIntervalMs of training, at every epoch's end and on
// requestSample(); each is numbered and sent once in a snapshot.
//
// The gates over the characters (TextTrace): made here over the first traceLength characters of
// the validation text, from a zero state as the validation figure runs, when a model is built,
// at most every traceIntervalMs while training (less often when making it takes more than a
// twentieth of that), and for a frame that ends a state (paused, a step) after the weights
// changed. A snapshot carries it only when it is new.
//
// Snapshots: while running, at most maxSnapshotsPerSecond and never while the previous one is
// still in flight (frameConsumed() not yet called); one that ends a state (paused, a single
// step, finished, diverged, a new model) or carries a new sample is always delivered.

#include "stopflag.h"
#include "textresumption.h"
#include "textsnapshot.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>

namespace lstmlab {
class Corpus;
class TextTrainer;
struct TextSessionData;
} // namespace lstmlab

class TextTrainingWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int sampleIntervalMs = 4000;
    static constexpr int traceIntervalMs = 3000;
    static constexpr int traceLength = 240;

    enum class Build {
        Keep,     // the current trainer
        Fresh,    // new weights from the seed, histories and samples cleared
        Continue, // new settings (epochs, clipping), same weights, optimizer and progress
        Adopt,    // command.resumption's trainer, histories and samples
    };

    struct Command {
        quint64 sequence = 0;  // echoed by runEnded() for the run this command starts
        Build build = Build::Keep;
        bool run = false;      // train afterwards (paused or not, per setPaused())
        quint64 generation = 0;
        lstmlab::ModelConfig model;
        lstmlab::TrainConfig train;
        std::shared_ptr<const lstmlab::Corpus> corpus;
        std::shared_ptr<TextResumption> resumption; // Adopt: taken over
    };

    struct SampleSettings {
        double temperature = 0.8;
        int length = 200;
        std::string prime;     // UTF-8; empty: the text's first character
    };

    explicit TextTrainingWorker(QObject *parent = nullptr);
    ~TextTrainingWorker() override;

    // Thread-safe controls.
    void announceCommand();
    void setPaused(bool paused);
    void requestStep();
    void clearStepRequests();
    void setLearningRate(double learningRate);
    void setDropout(double dropout);
    void setStepDelayMs(int ms);     // the pace: at most one step every ms (0: full speed)
    void setMaxSnapshotsPerSecond(double rate);
    void setSampleSettings(const SampleSettings &settings);
    void requestSample();            // a sample now, from the present weights
    void frameConsumed();
    void stop();                     // for good
    void requestCapture(quint64 request);

    // Commands (worker thread).
    void apply(const Command &command);

signals:
    void snapshotReady(const TextSnapshot &snapshot);
    // A run started by command `sequence` ended on its own: Finished, Diverged (message says
    // why) or Idle when there was no model (message says why).
    void runEnded(quint64 sequence, TextSnapshot::State state, const QString &message);
    // The answer to requestCapture(request); null with error set when there is no model.
    void sessionStateReady(quint64 request, std::shared_ptr<const lstmlab::TextSessionData> state,
                           const QString &error);

private:
    void buildFresh(const Command &command);
    void buildContinuation(const Command &command);
    void adopt(const Command &command);
    void clearHistories();
    void runLoop();
    void afterStep(bool epochCompleted);
    bool waitWhilePaused();
    void delayBetweenSteps();
    bool serveRequests(TextSnapshot::State state);
    void serveCapture();
    bool mustLeave() const { return m_pendingCommands.load() > 0 || m_stopped.load(); }
    bool lowerStopFlag();
    void wake();
    bool writeSample();
    void emitFrame(TextSnapshot::State state);
    void makeTraceIfDue(TextSnapshot::State state);
    void maybeEmitFrame(bool dueNow);
    double stepsPerSecond() const;
    qint64 now() const { return m_clock.nsecsElapsed(); }

    // Worker thread only.
    std::unique_ptr<lstmlab::TextTrainer> m_trainer;
    std::shared_ptr<const lstmlab::Corpus> m_corpus;
    quint64 m_sequence = 0;
    quint64 m_generation = 0;
    TextSnapshot::State m_restState = TextSnapshot::State::Idle;
    QString m_message;
    QVector<QPointF> m_trainHistory;
    QVector<QPointF> m_validationHistory;
    double m_lastLoss = -1.0;         // bits/char
    double m_unigramBits = 0.0;       // the corpus's, computed once
    QString m_samples;                // every sample, as samples.txt numbers them
    int m_sampleCount = 0;
    std::shared_ptr<const lstmlab::TextTrace> m_pendingTrace; // made, not yet sent
    bool m_traceStale = true;         // a new model: the next frame needs a trace
    long long m_traceStep = -1;       // the step whose weights the last trace read
    qint64 m_lastTraceNs = 0;
    qint64 m_traceCostNs = 0;         // what making the last one took
    TextSample m_pendingSample;       // written, not yet sent
    bool m_samplePending = false;
    qint64 m_lastSampleNs = 0;
    QElapsedTimer m_clock;
    qint64 m_lastFrameNs = 0;
    std::deque<std::pair<qint64, long long>> m_rate; // (time, step) over the last second
    std::chrono::steady_clock::time_point m_paceMark;

    // Shared with the controller's thread.
    std::atomic<int> m_pendingCommands{0};
    std::atomic<bool> m_stopped{false};
    std::atomic<bool> m_paused{false};
    std::atomic<int> m_stepRequests{0};
    std::atomic<double> m_learningRate{2e-3};
    std::atomic<double> m_dropout{0.5};
    std::atomic<int> m_stepDelayMs{0};
    std::atomic<double> m_maxSnapshotsPerSecond{30.0};
    std::atomic<bool> m_frameInFlight{false};
    std::atomic<bool> m_sampleRequested{false};
    std::atomic<quint64> m_captureRequest{0};
    lstmlab::StopFlag m_stop{false};
    std::mutex m_sampleMutex;          // guards m_sampleSettings
    SampleSettings m_sampleSettings;
    std::mutex m_wakeMutex;
    std::condition_variable m_wakeCondition;
};
