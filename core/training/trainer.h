#pragma once

// Trains a Network<float> on a Dataset with Adam, one batch per step, and reports after every
// step and every epoch. The trainer knows nothing of Qt; the GUI's worker wraps it.
//
// Threads: a Trainer belongs to the thread that calls step() or run(), and every member
// function is for that thread only, except controls(): a TrainerControls that another thread
// may use while run() is going (to stop it). Pausing is the caller's business: it stops
// calling step(), or parks its thread between two steps in run()'s listener, as the GUI's
// worker does.
//
// Stopping inside a step: with setStopFlag(), another thread may raise a StopFlag
// (stopflag.h) to make the step, evaluation or trace in progress give up within one time step
// or layer (milliseconds even at 256 units x 8 layers x 512 steps). A step given up is
// abandoned whole: weights, Adam's state, the generator, the counters and the test
// predictions stay as they were before it, and the same step is taken again later.

#include "guardedadamstep.h"
#include "dataset.h"
#include "gatetrace.h"
#include "gradienttrace.h"
#include "modelconfig.h"
#include "network.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace lstmlab {

// The largest counts a trainer reaches and a file may hold, shared by the trainer, the
// readers and the writers: every integer up to 2^53 is exact in a double (Python's json,
// JavaScript), and a trainer stops when a count reaches its limit instead of overflowing.
inline constexpr long long maxStepCount = 1LL << 53;  // steps, and Adam's t
inline constexpr int maxEpochCount = 1 << 30;

struct StepReport {
    long long step = 0;       // steps done so far (1 after the first)
    int epoch = 0;            // the epoch this step belongs to, from 0
    int batch = 0;            // batch index within the epoch, from 0
    int batchesPerEpoch = 0;
    double loss = 0.0;        // this batch's training MSE (before the update)
    bool epochCompleted = false; // this step ended an epoch: see Trainer::lastEpoch()
};

struct EpochReport {
    int epoch = 0;            // epochs completed (1 after the first)
    long long step = 0;
    double trainLoss = 0.0;   // mean of the epoch's batch losses
    double testMse = 0.0;     // MSE on every test window, evaluation mode
};

// Everything a trainer's next steps depend on besides its configurations and its data
// (sessions): restored into a trainer built with the same ModelConfig, TrainConfig and Dataset,
// the steps that follow are bit-identical to those of an uninterrupted run.
struct TrainerState {
    Vector<float> parameters;       // Network's flat order
    Vector<float> adamFirstMoment;  // Adam's m, same order
    Vector<float> adamSecondMoment; // Adam's v, same order
    long long adamStep = 0;         // Adam's t
    std::string rngState;           // the trainer's std::mt19937, as operator<< writes it
    long long step = 0;             // steps done
    int epoch = 0;                  // epochs completed
    int batch = 0;                  // the next batch within the epoch
    std::vector<int> order;         // the current epoch's window order (a permutation)
    double epochLossSum = 0.0;      // sum of this epoch's batch losses so far
    double learningRate = 1e-3;     // the live values, which the user may have changed
    double dropout = 0.0;
    EpochReport lastEpoch;
};

// The part of a Trainer any thread may use while another runs it: atomics, read between steps.
class TrainerControls
{
public:
    void cancel() { m_cancelled.store(true); } // run() returns Cancelled before its next step
    bool cancelled() const { return m_cancelled.load(); }

private:
    std::atomic<bool> m_cancelled{false};
};

class Trainer
{
public:
    // Stopped: the stop flag (setStopFlag()) was raised during a step, which was abandoned;
    // run() may be called again once the flag is lowered.
    enum class Outcome { Finished, Cancelled, Diverged, Stopped };

    struct Listener {
        std::function<void(const StepReport &)> onStep;
        std::function<void(const EpochReport &)> onEpoch;
    };

    // Throws std::invalid_argument when a configuration is out of range or does not fit the data.
    Trainer(const ModelConfig &model, const TrainConfig &train, std::shared_ptr<const Dataset> data);

    const ModelConfig &modelConfig() const { return m_network.config(); }
    const TrainConfig &trainConfig() const { return m_train; }
    const Dataset &dataset() const { return *m_data; }
    Network<float> &network() { return m_network; }
    const Network<float> &network() const { return m_network; }
    Adam<float> &optimizer() { return m_optimizer.adam(); }

    long long stepCount() const { return m_step; }
    int epoch() const { return m_epoch; }
    int batchInEpoch() const { return m_batch; }
    int batchesPerEpoch() const;
    // The window order of the current epoch (a permutation), drawn at its first step when
    // shuffling; in order (unused) otherwise.
    const std::vector<int> &windowOrder() const { return m_order; }
    // The configured epochs are done, or a count reached its limit (maxStepCount, maxEpochCount).
    bool finished() const;
    const std::string &divergenceMessage() const { return m_divergence; }
    const EpochReport &lastEpoch() const { return m_lastEpoch; }

    // One batch: forward, backward, optional clipping, Adam (and, when it ends an epoch, the
    // test set's evaluation). Returns false when the loss, a gradient, a weight or one of
    // Adam's moments is not finite, with the whole state of the last finite step restored
    // (weights, Adam's moments and step count, the generator), so that it can be saved and
    // resumed; or when the stop flag was raised (stopped() is then true), with the step
    // abandoned the same way.
    bool step(StepReport *report = nullptr);
    // Test MSE in evaluation mode; also refreshes testPredictions(). When the stop flag is
    // raised: NaN, stopped() true, and testPredictions() unchanged.
    double evaluate();
    // Refreshes testPredictions() for the test windows first .. first+count-1 only (clamped to
    // the test set), so that a large model's predictions can be renewed in slices. Returns
    // false, those predictions unchanged, when the stop flag was raised.
    bool evaluateWindows(int first, int count);
    const Matrix<float> &testPredictions() const { return m_testPredictions; } // (O, N_test)
    // Predictions for any windows (T, N) in evaluation mode.
    Matrix<float> predict(const Eigen::Ref<const Matrix<float>> &windows) const;
    // Every gate for one window (Network::trace(): bounded to maxTraceBytes); empty when the
    // stop flag was raised.
    GateTrace trace(int window, bool fromTest = true) const;
    // The gradient reaching every layer and time step (Network::gradientTrace(), (35)-(36)) on
    // a probe batch: the test set's first Network::gradientProbeWindows() windows (all, when
    // fewer) and their labels. Evaluation mode; changes nothing; empty when the stop flag was raised.
    GradientTrace gradientTrace() const;

    // The flag that makes step(), evaluate() and trace() give up (null: none). It must outlive
    // the trainer's use of it; set it from the thread that runs the steps.
    void setStopFlag(const StopFlag *stop) { m_stop = stop; }
    // The last step() or evaluate() gave up because the stop flag was raised.
    bool stopped() const { return m_stopped; }

    // Runs until the configured epochs are done, controls().cancel(), or divergence.
    Outcome run(const Listener &listener);

    // The one thread-safe part (see the top of this file).
    TrainerControls &controls() { return m_controls; }

    // The live learning rate and dropout, which the learner may change during training: they
    // take effect at the next step. Set them between steps, from the thread that runs them.
    void setLearningRate(double learningRate) { m_learningRate = learningRate; }
    void setDropout(double dropout) { m_dropout = dropout; }
    double learningRate() const { return m_learningRate; }
    double dropout() const { return m_dropout; }

    // Restores a saved position (sessions).
    void restoreProgress(long long step, int epoch, int batch);

    // The whole training state. Call between steps, from the thread that runs them.
    TrainerState captureState() const;
    // Restores a captured state after checkState() and a check that its order covers this
    // trainer's training windows; on failure returns what is wrong and changes nothing.
    // Also refreshes testPredictions().
    std::optional<std::string> restoreState(const TrainerState &state);
    // Whether a state can belong to a trainer with these configurations: vector lengths,
    // finite values, Adam's v >= 0, a readable generator state, step, epoch and batch in range,
    // order a permutation, learning rate and dropout in their ranges. Names the first problem.
    static std::optional<std::string> checkState(const TrainerState &state, const ModelConfig &model,
                                                 const TrainConfig &train);

private:
    void prepareEpoch();
    void finishEpoch(double testMse);

    TrainConfig m_train;
    std::shared_ptr<const Dataset> m_data;
    Network<float> m_network;
    GuardedAdamStep<float> m_optimizer; // Adam, and what a step that went wrong needs
    std::mt19937 m_rng;
    Network<float>::Workspace m_workspace;
    Network<float>::Workspace m_evalWorkspace;
    Matrix<float> m_batchInputs;   // (T, B) gathered windows when shuffling
    Matrix<float> m_batchLabels;   // (1, B)
    std::vector<int> m_order;      // window order of the current epoch
    std::mt19937 m_lastGoodRng;    // the generator before the current step
    Matrix<float> m_testPredictions;

    long long m_step = 0;
    int m_epoch = 0;
    int m_batch = 0;
    double m_epochLossSum = 0.0;
    std::string m_divergence;
    EpochReport m_lastEpoch;

    double m_learningRate;
    double m_dropout;
    TrainerControls m_controls;
    const StopFlag *m_stop = nullptr;
    bool m_stopped = false;
};

} // namespace lstmlab
