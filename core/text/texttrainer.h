#pragma once

// Trains a CharNetwork<float> on a Corpus, as Udacity's "Anna KaRNNa" does: the training text
// cut into batch-size parallel streams (TextBatches), one batch of timesteps characters per
// step, the LSTM state carried from batch to batch and reset at every epoch's start, the mean
// cross-entropy over every step of every stream, global-norm clipping and Adam.
//
// After every epoch it measures the validation figure, defined exactly:
//   (23) bits/char = (1/(N-1)) * sum_{k=1}^{N-1} -log2 p(v_k | v_0 .. v_{k-1})
// over the N validation tokens v_0 .. v_{N-1}, run as one stream (batch 1) from a zero state,
// without dropout, in chunks of `timesteps` symbols with the state carried between them (the
// first validation character has no prediction: it is only fed).
//
// A run is deterministic for a seed (initial weights, then dropout masks, from one
// std::mt19937). The model configuration's units, layers, timesteps and dropout are used (its
// inputSize and outputSize are not: both are the vocabulary's size); of the training one,
// batchSize (streams), learningRate, beta1, beta2, epsilon, epochs, seed and clipNorm.
//
// Threads and stopping work as for Trainer (trainer.h): a raised StopFlag abandons the step
// whole (weights, Adam, generator, carried state and counters stay as they were).

#include "guardedadamstep.h"
#include "charnetwork.h"
#include "corpus.h"
#include "modelconfig.h"
#include "textbatches.h"

#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

struct TextStepReport {
    long long step = 0;          // steps done so far (1 after the first)
    int epoch = 0;               // the epoch this step belongs to, from 0
    int batch = 0;               // batch index within the epoch, from 0
    int batchesPerEpoch = 0;
    double loss = 0.0;           // this batch's mean cross-entropy in nats (before the update)
    bool epochCompleted = false; // this step ended an epoch: see TextTrainer::lastEpoch()
};

struct TextEpochReport {
    int epoch = 0;                     // epochs completed (1 after the first)
    long long step = 0;
    double trainLoss = 0.0;            // mean of the epoch's batch losses, nats
    double validationBitsPerChar = 0.0; // (23)
};

// Everything the next steps depend on besides the configurations and the corpus (sessions).
struct TextTrainerState {
    Vector<float> parameters;          // CharNetwork's flat order
    Vector<float> adamFirstMoment;
    Vector<float> adamSecondMoment;
    long long adamStep = 0;
    std::string rngState;              // the std::mt19937, as operator<< writes it
    long long step = 0;
    int epoch = 0;
    int batch = 0;                     // the next batch within the epoch
    double epochLossSum = 0.0;
    double learningRate = 2e-3;        // the live values
    double dropout = 0.0;
    std::vector<Matrix<float>> carriedH; // per layer (B, H): the state the next batch starts from
    std::vector<Matrix<float>> carriedC;
    TextEpochReport lastEpoch;
};

class TextTrainer
{
public:
    // Throws std::invalid_argument when a configuration is out of range or the training text
    // is shorter than one batch (naming the corpus and the limit).
    TextTrainer(const ModelConfig &model, const TrainConfig &train, std::shared_ptr<const Corpus> corpus);

    const ModelConfig &modelConfig() const { return m_model; }
    const TrainConfig &trainConfig() const { return m_train; }
    const Corpus &corpus() const { return *m_corpus; }
    const TextBatches &batches() const { return m_batches; }
    CharNetwork<float> &network() { return m_network; }
    const CharNetwork<float> &network() const { return m_network; }

    long long stepCount() const { return m_step; }
    int epoch() const { return m_epoch; }
    int batchInEpoch() const { return m_batch; }
    int batchesPerEpoch() const { return m_batches.batchCount(); }
    bool finished() const;
    const std::string &divergenceMessage() const { return m_divergence; }
    const TextEpochReport &lastEpoch() const { return m_lastEpoch; }

    // One batch: forward, loss, backward, clipping, Adam (and at an epoch's end (23)). Returns
    // false when something became infinite or NaN (divergenceMessage(); the weights of the last
    // finite step kept) or when the stop flag was raised (stopped()), the step abandoned whole.
    bool step(TextStepReport *report = nullptr);

    // (23) with the current weights; NaN with stopped() set when the stop flag was raised.
    double validationBitsPerChar();

    // Text written by the network: `prime` (UTF-8, every symbol in the vocabulary; empty: the
    // corpus's first character) fed from a zero state, then `length` symbols drawn at the
    // temperature (TextSampler) with rng. Returns the prime followed by the drawn text.
    // Throws std::invalid_argument for a symbol outside the vocabulary or a bad temperature.
    std::string sample(std::string_view prime, int length, double temperature, std::mt19937 &rng) const;

    void setStopFlag(const StopFlag *stop) { m_stop = stop; }
    bool stopped() const { return m_stopped; }

    void setLearningRate(double learningRate) { m_learningRate = learningRate; }
    void setDropout(double dropout) { m_dropout = dropout; }
    double learningRate() const { return m_learningRate; }
    double dropout() const { return m_dropout; }

    TextTrainerState captureState() const;
    // Restores a captured state after checking every length, range and that every value is
    // finite; on failure returns what is wrong and changes nothing.
    std::optional<std::string> restoreState(const TextTrainerState &state);

private:
    ModelConfig m_model;
    TrainConfig m_train;
    std::shared_ptr<const Corpus> m_corpus;
    TextBatches m_batches;
    CharNetwork<float> m_network;
    GuardedAdamStep<float> m_optimizer; // Adam, and what a step that went wrong needs
    std::mt19937 m_rng;
    CharNetwork<float>::Workspace m_workspace;
    CharNetwork<float>::Stream m_validation;
    std::vector<int> m_inputs;    // (T*B) this batch's symbols
    std::vector<int> m_targets;   // (T*B) the symbols that follow them
    std::mt19937 m_lastGoodRng;   // the generator before the current step

    long long m_step = 0;
    int m_epoch = 0;
    int m_batch = 0;
    double m_epochLossSum = 0.0;
    std::string m_divergence;
    TextEpochReport m_lastEpoch;
    double m_learningRate;
    double m_dropout;
    const StopFlag *m_stop = nullptr;
    bool m_stopped = false;
};

} // namespace lstmlab
