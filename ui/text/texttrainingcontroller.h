#pragma once

// The GUI thread's handle on the text task's training, as TrainingController is the sine's:
// it owns a QThread running a TextTrainingWorker (which owns the lstmlab::TextTrainer), hands
// it configurations and the corpus by value and relays its value snapshots. Nothing here
// touches the live model; every method is for the GUI thread.
//
// States: Idle -> start() -> Running <-> Paused (pause(), resume(), step()); a run ends in
// Finished (the configured epochs are done) or Diverged (the last finite weights kept).
// reset() returns to Idle with new weights from the seed. Pause, reset, a new corpus or
// configuration and destruction act within one time step of one layer (the stop flag).
//
// Settings: units, layers, timesteps, streams (batch size), seed or a new corpus build a new
// network from the seed (modelRebuilt); learning rate and dropout take effect at the next step;
// epochs and clipping go on from the present weights, optimizer and position.

#include "modelconfig.h"
#include "textresumption.h"
#include "textsnapshot.h"
#include "texttrainingworker.h"

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <string>

namespace lstmlab {
class Corpus;
struct TextSessionData;
} // namespace lstmlab

class TextTrainingController : public QObject
{
    Q_OBJECT
public:
    explicit TextTrainingController(QObject *parent = nullptr);
    ~TextTrainingController() override; // stops the worker thread promptly

    // The text task's defaults (issue 16): 2 layers x 128 units, 50 time steps, 32 streams,
    // learning rate 0.002, dropout 0.5, clipping 5, epochs until stopped.
    static lstmlab::ModelConfig defaultModel();
    static lstmlab::TrainConfig defaultTrain();
    // The settings' own ranges with the core's messages; empty when they can be trained.
    static std::optional<std::string> problemWith(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);

    lstmlab::ModelConfig modelConfig() const { return m_model; }
    lstmlab::TrainConfig trainConfig() const { return m_train; }
    std::shared_ptr<const lstmlab::Corpus> corpus() const { return m_corpus; }
    TextSnapshot::State state() const { return m_state; }
    quint64 generation() const { return m_generation; }

    // An invalid configuration is refused with configurationRejected() and changes nothing.
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // The text to learn; a new one builds a new network (null: none, nothing to train).
    void setCorpus(std::shared_ptr<const lstmlab::Corpus> corpus);
    void setStepDelayMs(int ms);
    void setMaxSnapshotsPerSecond(double rate);
    void setSampleSettings(double temperature, int length, const QString &prime);
    void sampleNow();
    // Has the worker capture the whole training state between two steps (sessionStateReady).
    quint64 requestSessionState();
    // Goes on from an opened session's trainer (TextTaskPage builds it): its corpus,
    // configurations, histories and samples replace the current ones; the state becomes Idle
    // (or Finished when its epochs are done).
    void resumeFrom(std::shared_ptr<TextResumption> resumption);

public slots:
    void start();
    void pause();
    void resume();
    void step();
    void reset();

signals:
    void snapshotReady(const TextSnapshot &snapshot);
    void stateChanged(TextSnapshot::State state);
    void modelRebuilt(const QString &reason);
    void diverged(const QString &message);
    void finished();
    void configurationRejected(const QString &message);
    void sessionStateReady(quint64 request, std::shared_ptr<const lstmlab::TextSessionData> state,
                           const QString &error);

private:
    using Build = TextTrainingWorker::Build;
    void post(Build build, bool run, std::shared_ptr<TextResumption> resumption = nullptr);
    void rebuild(const QString &reason);
    void sendBuildingFrame();
    void setState(TextSnapshot::State state);
    bool active() const;
    void onWorkerSnapshot(const TextSnapshot &snapshot);
    void onRunEnded(quint64 sequence, TextSnapshot::State state, const QString &message);

    QThread m_thread;
    TextTrainingWorker *m_worker = nullptr; // lives in m_thread, deleted when it finishes
    lstmlab::ModelConfig m_model = defaultModel();
    lstmlab::TrainConfig m_train = defaultTrain();
    std::shared_ptr<const lstmlab::Corpus> m_corpus;
    TextSnapshot::State m_state = TextSnapshot::State::Idle;
    quint64 m_generation = 1;
    quint64 m_sequence = 0;
    quint64 m_captureRequest = 0;
};
