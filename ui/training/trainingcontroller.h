#pragma once

// The GUI thread's handle on training. It owns a QThread running a TrainingWorker (which
// owns the lstmlab::Trainer), hands it configurations by value and relays the worker's
// value snapshots. Nothing here touches the live model; every method is for the GUI thread.
//
// States: Idle (a model, not training) -> start() -> Running <-> Paused (pause(), resume(),
// step()); a run ends in Finished (the configured epochs are done) or Diverged (the loss or
// a weight stopped being finite; the last finite weights are kept). reset() returns to Idle.
// From Finished, start() continues if the epoch limit was raised, else trains a new model
// from the seed. From Diverged, start() and step() continue from the kept weights (lower the
// learning rate or set gradient clipping first).
//
// Sessions: requestSessionState() has the worker capture the whole training state between two
// steps and hands it out by sessionStateReady(); resumeFrom() takes over a trainer built
// elsewhere (an opened session, an imported model) and goes on from it.

#include "modelconfig.h"
#include "trainingactivity.h"
#include "trainingresumption.h"
#include "trainingsnapshot.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <string>

namespace lstmlab {
class CsvSeries;
class SignalGenerator;
}
class TrainingWorker;

class TrainingController : public QObject
{
    Q_OBJECT
public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override; // stops the worker thread cleanly, promptly

    lstmlab::ModelConfig modelConfig() const { return m_model; }
    lstmlab::TrainConfig trainConfig() const { return m_train; }
    TrainingSnapshot::State state() const { return m_state; }
    quint64 generation() const { return m_generation; } // of the snapshots being relayed
    std::shared_ptr<const lstmlab::SignalGenerator> signalGenerator() const { return m_signal; }
    std::shared_ptr<const lstmlab::CsvSeries> series() const { return m_series; }
    int traceWindow() const { return m_traceWindow; }
    bool freeRun() const { return m_freeRun; }
    double maxSnapshotsPerSecond() const { return m_maxSnapshotsPerSecond; }
    int stepDelayMs() const { return m_stepDelayMs; }
    // What the worker is busy with now and for how long (for a busy indicator to poll).
    TrainingActivity activity() const;

    // Structural change (units, layers, timesteps, input or output size) or a new seed or
    // batch size: a new model from the seed (the run in progress stops, history is cleared,
    // training goes on if it was running; from Paused the state becomes Idle), announced by
    // modelRebuilt(reason). Learning rate and dropout alone take effect at the next step.
    // Other training settings (epochs, shuffling, clipping, Adam's betas and epsilon) go on
    // from the current weights, optimizer state and progress. An invalid configuration is
    // refused with configurationRejected() and changes nothing.
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // Whether setConfiguration(model, train) would build a new model (valid settings only).
    bool rebuildsFor(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train) const;
    // The series to learn (default: the seed's sine); a new one rebuilds the model.
    void setSignal(std::shared_ptr<const lstmlab::SignalGenerator> signal);
    // A learner's own series (a CSV file) to learn instead of the signal; null goes back to the
    // signal. A new one rebuilds the model. A series too short for the time steps is refused
    // by the worker through configurationRejected(), naming the minimum length.
    void setSeries(std::shared_ptr<const lstmlab::CsvSeries> series);
    void setTraceWindow(int testWindow);     // which test window the gate trace shows
    // Also compute snapshot.freeRun: the network fed its own predictions, starting from the
    // first test window, for as many points as the test set has windows (a large network's
    // run ends early: its points stop after 1 s of work, so no frame waits for it).
    void setFreeRun(bool enabled);
    void setMaxSnapshotsPerSecond(double rate); // default 30
    void setStepDelayMs(int ms);             // slow motion: sleep between steps (0 = full speed)
    // Training > Pause After Each Epoch: a run pauses itself when an epoch completes (the test
    // MSE of that epoch is then on screen), announced by pausedAtEpochEnd().
    void setPauseAtEpochEnd(bool pause);
    bool pausesAtEpochEnd() const { return m_pauseAtEpochEnd; }

    // Asks the worker for the whole training state (configurations, weights, Adam, generator,
    // position, live learning rate and dropout, histories) as it is after every command given
    // so far, taken between two steps while training goes on. Answered by
    // sessionStateReady(request, ...) with the returned number.
    quint64 requestSessionState();
    // Goes on from resumption's trainer: its configurations, data and histories replace the
    // current ones (a new generation of snapshots), the state becomes Idle, or Finished when
    // its epochs are done. Announces no rebuild; the caller says what happened.
    void resumeFrom(std::shared_ptr<TrainingResumption> resumption);

    // "Train side by side": runs[0] becomes the configuration trained (as setConfiguration()
    // would make it, without the rebuild's announcement), runs[1..] train beside it, each with
    // its own network, optimiser and generator, one step of each after each step of the first
    // (SideRunSnapshot); training starts at once. 2 or 3 runs; settings that cannot be trained
    // are refused with configurationRejected() naming the run, and nothing changes. The side
    // runs stay until the next new model (reset(), a rebuild, resumeFrom()).
    bool trainSideBySide(const QVector<RunSettings> &runs); // false: refused
    static constexpr int maxSideBySideRuns = 3;
    // The runs trained beside the main one (empty for a single run).
    const QVector<RunSettings> &sideRuns() const { return m_sideRuns; }

public slots:
    void start();    // start training (or resume if paused)
    void pause();
    void resume();
    void step();     // exactly one batch (pauses first if running)
    void reset();    // new weights from the seed, history cleared, state Idle (not running)

signals:
    // Queued, rate-limited; and, the moment a new model is ordered (rebuilt, reset, resumed
    // from elsewhere), an empty one of the new generation with `building` set, sent directly.
    void snapshotReady(const TrainingSnapshot &snapshot);
    void stateChanged(TrainingSnapshot::State state);
    void modelRebuilt(const QString &reason);               // human-readable, translatable
    void diverged(const QString &message);
    void finished();                                        // configured epochs done
    void pausedAtEpochEnd(int epoch);                        // see setPauseAtEpochEnd()
    // After finished(): the run ended with finite numbers but clearly failed (saturated output,
    // or a test MSE far above its start); message says what to change (FailingRun::diagnose).
    void failing(const QString &message);
    void configurationRejected(const QString &message);     // nothing was changed
    // The answer to requestSessionState(): state is null, and error says why, when there is
    // no model. The signal choice is left at its default for the caller to fill in.
    void sessionStateReady(quint64 request, std::shared_ptr<const lstmlab::SessionData> state,
                           const QString &error);

private:
    enum class Build { Keep, Fresh, Continue, Adopt }; // as TrainingWorker::Build
    void post(Build build, bool run, std::shared_ptr<TrainingResumption> resumption = nullptr);
    void postRefresh(bool interrupt = true);
    void sendBuildingFrame();
    void rebuild(const QString &reason);
    static std::optional<std::string> problemWith(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    void setState(TrainingSnapshot::State state);
    bool active() const;
    bool canContinueAfterFinish() const;
    void startStopped(bool paused);
    void onWorkerSnapshot(const TrainingSnapshot &snapshot);
    void onRunEnded(quint64 sequence, TrainingSnapshot::State state, const QString &message,
                    int epochs);

    QThread m_thread;
    TrainingWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    lstmlab::ModelConfig m_model;
    lstmlab::TrainConfig m_train;
    std::shared_ptr<const lstmlab::SignalGenerator> m_signal;
    std::shared_ptr<const lstmlab::CsvSeries> m_series;
    TrainingSnapshot::State m_state = TrainingSnapshot::State::Idle;
    bool m_pauseAtEpochEnd = false;
    quint64 m_generation = 1;
    quint64 m_sequence = 0;
    int m_finishedEpochs = 0;
    int m_traceWindow = 0;
    bool m_freeRun = false;
    double m_maxSnapshotsPerSecond = 30.0;
    int m_stepDelayMs = 0;
    quint64 m_captureRequest = 0;
    QVector<RunSettings> m_sideRuns;
};
