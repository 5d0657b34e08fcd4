#pragma once

// The training side of the worker thread: owns one lstmlab::Trainer (and its Dataset), runs
// Trainer::run() inside apply(), and hands the UI value snapshots through snapshotReady().
// It lives in the controller's QThread; TrainingController is its only user.
//
// Two kinds of input:
//  - commands (apply(), refresh()) are queued slot calls, handled in the worker thread. A
//    command that replaces the trainer is announced first with announceCommand(), which makes
//    a run in progress return at its next step so the event loop can take the command.
//  - controls (the thread-safe methods below) are atomics read between steps; they work while
//    a run is in progress, including while it is paused. Those that must take effect at once
//    (a command announced, pausing or resuming, stop()) also raise a stop flag that the
//    trainer reads once per time step and layer: the step, evaluation or trace in progress is
//    abandoned within milliseconds at any size (a step given up changes nothing and is taken
//    again later). Session captures wait for the step in progress.
//
// Snapshots: while running, at most maxSnapshotsPerSecond, and never while the previous one
// is still in flight (frameConsumed() not yet called); the UI's share of the worker's time is
// also capped, so test-set predictions and the free run are refreshed less often than the
// cheap parts when they are expensive. A snapshot that ends a state (paused, single step,
// finished, diverged, a new model, a refresh while not running) is always delivered.
//
// Sessions: requestCapture() asks for the whole training state (lstmlab::SessionData), taken
// between two steps, from the thread that runs them, and handed out by sessionStateReady().
// An Adopt command takes over a trainer built elsewhere (TrainingResumption).

#include "stopflag.h"
#include "trainingactivity.h"
#include "trainingresumption.h"
#include "trainingsnapshot.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace lstmlab {
class CsvSeries;
class Dataset;
class SignalGenerator;
class Trainer;
struct SessionData;
struct StepReport;
} // namespace lstmlab

class TrainingWorker : public QObject
{
    Q_OBJECT
public:
    enum class Build {
        Keep,      // the current trainer (start or step from a stopped state)
        Fresh,     // new weights from the seed, histories cleared (rebuild, reset)
        Continue,  // new training settings, same weights, optimizer state and progress
        Adopt,     // command.resumption's trainer, data and histories
    };

    struct Command {
        quint64 sequence = 0;        // echoed by runEnded() for the run this command starts
        Build build = Build::Keep;
        bool run = false;            // train afterwards (paused or not, per setPaused())
        quint64 generation = 0;      // the snapshots' generation after a Fresh build
        lstmlab::ModelConfig model;
        lstmlab::TrainConfig train;
        std::shared_ptr<const lstmlab::SignalGenerator> signal; // Fresh/Continue: the data
        std::shared_ptr<const lstmlab::CsvSeries> series;       // when set, the data instead
        std::shared_ptr<TrainingResumption> resumption;         // Adopt: taken over
        // Fresh: runs to train beside this one, one step each after each of its steps, on
        // the same signal or series (SideRunSnapshot). Ignored by the other builds, which keep
        // the side runs there are (Continue) or drop them (Adopt).
        QVector<RunSettings> sideRuns;
    };

    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe controls.
    void announceCommand();          // before posting a command whose build is not Keep
    // Before posting any other command or a refresh: work in progress between commands (a
    // large model's prediction slices, a frame) is given up so the command is taken at once.
    void interruptWork();
    void setPaused(bool paused);
    void requestStep();              // while paused: one more batch
    void clearStepRequests();
    void setLearningRate(double learningRate);
    void setDropout(double dropout);
    void setTraceWindow(int window); // also asks for a refresh
    void setFreeRun(bool enabled);   // also asks for a refresh
    void setMaxSnapshotsPerSecond(double rate);
    // The pace: at most one step every ms milliseconds (0: full speed). The worker sleeps only
    // for what the step itself did not take, so 5 ms is 200 steps a second on any machine
    // that trains faster than that; the maths is never slowed.
    void setStepDelayMs(int ms);
    // Pause by itself after the step that completes an epoch (announced by pausedAtEpochEnd).
    void setPauseAtEpochEnd(bool pause);
    void frameConsumed();            // the last snapshot has been handled
    bool refreshPending() const { return m_refresh.load(); }
    void stop();                     // for good: leave any run at the next step, start none
    // Asks for sessionStateReady(request) at the next point between steps where no command is
    // pending (or from serveCapture() when no run is going). A newer request answers older ones.
    void requestCapture(quint64 request);
    TrainingActivity activity() const; // what the worker is doing now, and for how long

    // Commands (worker thread).
    void apply(const Command &command);
    void refresh();                  // a snapshot now if one was asked for and no run is going
    void serveCapture();             // answers a capture request now if one is pending

signals:
    void snapshotReady(const TrainingSnapshot &snapshot);
    // A run started by command `sequence` ended on its own: Finished (message: what to change
    // when the run clearly failed, FailingRun::diagnose, else empty), Diverged (message says
    // why), or Idle when there was no model to train (message says why).
    void runEnded(quint64 sequence, TrainingSnapshot::State state, const QString &message,
                  int epochs);
    // The answer to requestCapture(request): the trainer's configurations and state with the
    // live learning rate and dropout, and the histories; the caller adds the signal. Null,
    // with error saying why, when there is no model.
    void sessionStateReady(quint64 request, std::shared_ptr<const lstmlab::SessionData> state,
                           const QString &error);
    // The run started by command `sequence` paused itself after completing epoch `epoch`
    // (setPauseAtEpochEnd).
    void pausedAtEpochEnd(quint64 sequence, int epoch);

private:
    void buildFresh(const Command &command);
    void buildContinuation(const Command &command);
    void adopt(const Command &command);
    bool capturePending() const { return m_captureRequest.load() != 0; }
    void useData(const Command &command);
    void updateRealTest();
    void runLoop();
    void onStep(const lstmlab::StepReport &report);
    bool waitWhilePaused();
    void delayBetweenSteps();
    bool takeStepRequest();
    bool mustLeave() const { return m_pendingCommands.load() > 0 || m_stopped.load(); }
    bool lowerStopFlag();
    void wake();
    void setActivity(TrainingActivity::Kind kind);
    void setStepActivity();
    void useTrainer(std::unique_ptr<lstmlab::Trainer> trainer);
    std::shared_ptr<const lstmlab::Dataset> makeData(const Command &command, int timesteps) const;
    void buildSideRuns(const Command &command);
    void stepSideRuns();
    void evaluateSideRuns();

    void emitFrame(TrainingSnapshot::State state, bool current);
    void fillBatch(TrainingSnapshot &snapshot) const;
    void maybeEmitFrame(bool dueNow);
    void updatePredictions(bool current);
    qint64 wholeEvaluationNs() const;
    bool evaluateSlice();
    bool slicesPending() const;
    void renewSlice(TrainingSnapshot::State state);
    void scheduleIdleSlices();
    void updateFreeRun(bool current);
    void updateGradients(bool current);
    double stepsPerSecond() const;
    qint64 now() const { return m_clock.nsecsElapsed(); }

    // A run trained beside m_trainer (Command::sideRuns), with what its snapshots show.
    struct SideRun {
        std::unique_ptr<lstmlab::Trainer> trainer;
        std::shared_ptr<const lstmlab::Dataset> data; // m_data's when the time steps agree
        lstmlab::LossHistory lossHistory;
        QVector<QPointF> testHistory;
        QVector<QPointF> predicted;
        double lastLoss = -1.0;
        double lastTestMse = -1.0;
        bool diverged = false;
        bool predictionsCurrent = false;
        // Set where the run's learning rate (dropout) was the main run's: it is not what the
        // comparison is about, so the window's live changes reach this run too.
        bool followsLearningRate = false;
        bool followsDropout = false;
    };

    // Worker thread only.
    std::unique_ptr<lstmlab::Trainer> m_trainer;
    std::vector<SideRun> m_sideRuns;
    std::shared_ptr<const lstmlab::Dataset> m_data;
    std::shared_ptr<const lstmlab::SignalGenerator> m_dataSignal; // what m_data was made from
    std::shared_ptr<const lstmlab::CsvSeries> m_dataSeries;       // or this, when set
    quint64 m_sequence = 0;
    quint64 m_generation = 0;
    TrainingSnapshot::State m_restState = TrainingSnapshot::State::Idle; // when not running
    QString m_message;

    lstmlab::LossHistory m_lossHistory;
    QVector<QPointF> m_testHistory;
    QVector<QPointF> m_realTest;
    QVector<QPointF> m_trainSeries;
    QVector<QPointF> m_predicted;
    QVector<QPointF> m_freeRun;
    double m_lastLoss = -1.0;
    double m_lastTestMse = -1.0;
    double m_startTestMse = -1.0; // of the network as built or opened, before its first run; < 0: not yet
    bool m_predictionsCurrent = false; // m_predicted matches the present weights
    bool m_freeRunCurrent = false;
    bool m_frameOwed = false;          // the last step is not on screen yet (frame dropped)
    // Large models renew the test predictions in slices (updatePredictions()).
    static constexpr qint64 frameEvaluationNs = 100'000'000; // a frame evaluates all at most this long
    static constexpr qint64 freeRunBudgetNs = 1'000'000'000; // the free run's points stop after this
    int m_sliceCursor = 0;             // the next test window of the pass in progress
    long long m_sliceStep = 0;         // the step the pass began at
    qint64 m_windowCostNs = 0;         // measured evaluation time per window; 0: not yet
    int m_predictedWindows = 0;        // test windows evaluated at least once (from the first)
    bool m_idleSliceQueued = false;
    bool m_renewing = false;           // renewSlice() is running: its slice and frame are one activity
    lstmlab::GateTrace m_lastTrace;    // the last trace sent, for a frame whose trace was stopped
    lstmlab::GradientTrace m_gradients; // the last gradient trace (updateGradients())
    qint64 m_gradientsStep = -1;       // the step it was taken at; -1: none of this model
    qint64 m_lastGradientsNs = 0;
    qint64 m_gradientsCostNs = 0;
    std::chrono::steady_clock::time_point m_paceMark; // when the step being taken began

    QElapsedTimer m_clock;
    qint64 m_lastFrameNs = 0;
    qint64 m_frameCostNs = 0;
    qint64 m_lastPredictionNs = 0;
    qint64 m_predictionCostNs = 0;
    qint64 m_lastFreeRunNs = 0;
    qint64 m_freeRunCostNs = 0;
    std::deque<std::pair<qint64, long long>> m_rate; // (time, step) over the last second

    // Shared with the controller's thread.
    std::atomic<int> m_pendingCommands{0};
    std::atomic<bool> m_stopped{false};
    std::atomic<bool> m_paused{false};
    std::atomic<int> m_stepRequests{0};
    std::atomic<double> m_learningRate{lstmlab::TrainConfig().learningRate};
    std::atomic<double> m_dropout{lstmlab::ModelConfig().dropout};
    std::atomic<int> m_traceWindow{0};
    std::atomic<bool> m_freeRunEnabled{false};
    std::atomic<bool> m_refresh{false};
    std::atomic<double> m_maxSnapshotsPerSecond{30.0};
    std::atomic<int> m_stepDelayMs{0};
    std::atomic<bool> m_pauseAtEpochEnd{false};
    std::atomic<bool> m_frameInFlight{false};
    std::atomic<quint64> m_captureRequest{0}; // the newest unanswered request; 0: none
    lstmlab::StopFlag m_stop{false};        // the trainer gives up its step, evaluation or trace
    std::atomic<int> m_activity{0};         // a TrainingActivity::Kind
    std::atomic<qint64> m_activityStartNs{0};
    std::atomic<qint64> m_activityStep{0};
    std::mutex m_wakeMutex;                 // only to pair with m_wakeCondition
    std::condition_variable m_wakeCondition; // the paused wait and the slow-motion delay
};
