#include "texttrainer.h"

#include "textsampler.h"
#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <locale>
#include <numbers>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace lstmlab {

namespace {

void validateOrThrow(const ModelConfig &model, const TrainConfig &train, int symbols)
{
    if (auto error = model.validateText())
        throw std::invalid_argument(*error);
    if (auto error = train.validate())
        throw std::invalid_argument(*error);
    // Said before allocating, instead of std::bad_alloc or the out-of-memory killer: per row
    // (time step and stream) every layer's gates and their gradients (4H each), c, tanh(c), h,
    // the mask, the dropped output and its gradient (H each), and the V probabilities.
    const double rows = double(model.timesteps) * train.batchSize;
    const double needed = sizeof(float) * rows * (double(model.layers) * 14.0 * model.units + symbols);
    const double physical = double(::sysconf(_SC_PHYS_PAGES)) * double(::sysconf(_SC_PAGESIZE));
    if (physical > 0 && needed > 0.8 * physical) {
        char text[64];
        std::snprintf(text, sizeof text, "%.1f GB of memory, and this machine has %.1f GB", needed / 1e9, physical / 1e9);
        throw std::invalid_argument("this configuration (" + std::to_string(model.layers) + " layers of "
                                    + std::to_string(model.units) + " units, timesteps " + std::to_string(model.timesteps)
                                    + ", batch size " + std::to_string(train.batchSize) + ", "
                                    + std::to_string(symbols) + " symbols) needs about " + text
                                    + "; lower the batch size, the time steps, the units or the layers");
    }
}

CharNetworkConfig networkConfig(const ModelConfig &model, int symbols)
{
    return {symbols, model.units, model.layers, model.dropout, model.cell};
}

} // namespace

TextTrainer::TextTrainer(const ModelConfig &model, const TrainConfig &train, std::shared_ptr<const Corpus> corpus)
    : m_model((validateOrThrow(model, train, corpus->vocabularySize()), model)), m_train(train),
      m_corpus(std::move(corpus)),
      m_batches(m_corpus->trainTokens(), model.timesteps, train.batchSize, m_corpus->source()),
      m_network(networkConfig(model, m_corpus->vocabularySize())), m_rng(train.seed),
      m_learningRate(train.learningRate), m_dropout(model.dropout)
{
    m_network.initialise(m_rng);
    // The head starts as the unigram model: b_head = ln p(v) of (37), so the first step already
    // predicts each symbol by its frequency and training spends its steps on context (PyTorch's
    // uniform draw for b_head would start every symbol at about 1/V). The softmax is shift
    // invariant, so only the differences of these biases matter.
    const std::vector<double> logP = m_corpus->unigramLogProbabilities();
    auto bias = m_network.head().b();
    for (Eigen::Index v = 0; v < bias.size(); ++v)
        bias[v] = float(logP[std::size_t(v)]);
    m_optimizer.reset(m_network.parameterCount());
    m_workspace = m_network.makeWorkspace(model.timesteps, train.batchSize);
    m_validation = m_network.makeStream(model.timesteps);
    m_inputs.assign(std::size_t(model.timesteps) * train.batchSize, 0);
    m_targets.assign(m_inputs.size(), 0);
}

bool TextTrainer::finished() const
{
    return (m_train.epochs > 0 && m_epoch >= m_train.epochs) || m_step >= maxStepCount
           || m_optimizer.adam().stepCount() >= maxStepCount || m_epoch >= maxEpochCount;
}

bool TextTrainer::step(TextStepReport *report)
{
    m_lastGoodRng = m_rng;
    m_stopped = false;
    if (m_batch == 0)
        CharNetwork<float>::resetState(m_workspace); // (22): an epoch starts from zero
    m_batches.fill(m_batch, m_inputs, m_targets);
    m_network.setDropout(m_dropout);
    if (!m_network.forward(m_workspace, m_inputs, m_train.batchSize, true, &m_rng, m_stop)) {
        m_rng = m_lastGoodRng;
        m_stopped = true;
        return false;
    }
    const double loss = m_network.loss(m_workspace, m_targets);
    const bool endsEpoch = m_batch + 1 == batchesPerEpoch();
    double bits = 0.0;
    std::string why;
    if (!std::isfinite(loss)) {
        why = "the training loss became " + std::to_string(loss) + " at step " + std::to_string(m_step + 1);
    } else if (!m_network.backward(m_workspace, m_targets, m_stop)) {
        m_rng = m_lastGoodRng;
        m_stopped = true;
        return false;
    } else {
        const AdamSettings settings{m_learningRate, m_train.beta1, m_train.beta2, m_train.epsilon, m_train.clipNorm};
        const auto outcome = m_optimizer.step(m_network, settings);
        if (outcome != GuardedAdamStep<float>::Outcome::Applied) {
            why = GuardedAdamStep<float>::describe(outcome, m_step + 1);
        } else if (endsEpoch) {
            // Before anything is committed, so that a stop here abandons the whole step.
            bits = validationBitsPerChar();
            if (m_stopped) {
                m_optimizer.undo(m_network);
                m_rng = m_lastGoodRng;
                return false;
            }
        }
    }
    if (!why.empty()) {
        m_rng = m_lastGoodRng;
        m_divergence = why + " (learning rate " + std::to_string(m_learningRate)
                       + "): training diverged; the weights of the last finite step were kept. "
                         "Lower the learning rate or turn on gradient clipping.";
        return false;
    }

    m_network.carryState(m_workspace);
    ++m_step;
    m_epochLossSum += loss;
    if (report) {
        report->step = m_step;
        report->epoch = m_epoch;
        report->batch = m_batch;
        report->batchesPerEpoch = batchesPerEpoch();
        report->loss = loss;
        report->epochCompleted = endsEpoch;
    }
    if (++m_batch == batchesPerEpoch()) {
        m_lastEpoch.trainLoss = m_epochLossSum / m_batch;
        m_lastEpoch.validationBitsPerChar = bits;
        m_batch = 0;
        m_epochLossSum = 0.0;
        ++m_epoch;
        m_lastEpoch.epoch = m_epoch;
        m_lastEpoch.step = m_step;
    }
    return true;
}

double TextTrainer::validationBitsPerChar()
{
    m_stopped = false;
    const std::span<const int> v = m_corpus->validationTokens();
    const std::size_t predictions = v.size() - 1; // the Corpus holds at least 2
    m_network.resetStream(m_validation);
    double nats = 0.0;
    for (std::size_t at = 0; at < predictions; at += std::size_t(m_validation.timesteps)) {
        const std::size_t n = std::min(predictions - at, std::size_t(m_validation.timesteps));
        if (!m_network.feed(m_validation, v.subspan(at, n), m_stop)) {
            m_stopped = true;
            return std::numeric_limits<double>::quiet_NaN();
        }
        for (std::size_t k = 0; k < n; ++k) // (23), in double over the whole text
            nats -= std::log(double(m_validation.probs(v[at + k + 1], Eigen::Index(k))));
    }
    return nats / double(predictions) / std::numbers::ln2;
}

std::string TextTrainer::sample(std::string_view prime, int length, double temperature, std::mt19937 &rng) const
{
    TextSampler sampler(temperature);
    const std::vector<int> primeTokens = prime.empty() ? std::vector<int>{m_corpus->tokens().front()}
                                                       : m_corpus->encode(prime);
    CharNetwork<float>::Stream stream = m_network.makeStream(1);
    Eigen::VectorXf probs(m_network.symbols());
    auto step = [&](int symbol) -> const Eigen::VectorXf & {
        const int one[1] = {symbol};
        m_network.feed(stream, one);
        probs = stream.probs.col(0);
        return probs;
    };
    const std::vector<int> drawn = sampler.generate(primeTokens, length, step, rng);
    return m_corpus->decode(primeTokens) + m_corpus->decode(drawn);
}

TextTrainerState TextTrainer::captureState() const
{
    TextTrainerState state;
    state.parameters = m_network.parameters();
    state.adamFirstMoment = m_optimizer.adam().firstMoment();
    state.adamSecondMoment = m_optimizer.adam().secondMoment();
    state.adamStep = m_optimizer.adam().stepCount();
    std::ostringstream rng;
    rng.imbue(std::locale::classic());
    rng << m_rng;
    state.rngState = rng.str();
    state.step = m_step;
    state.epoch = m_epoch;
    state.batch = m_batch;
    state.epochLossSum = m_epochLossSum;
    state.learningRate = m_learningRate;
    state.dropout = m_dropout;
    for (const LstmState<float> &s : m_workspace.state) {
        state.carriedH.push_back(s.h);
        state.carriedC.push_back(s.c);
    }
    state.lastEpoch = m_lastEpoch;
    return state;
}

std::optional<std::string> TextTrainer::restoreState(const TextTrainerState &state)
{
    const Eigen::Index n = m_network.parameterCount();
    for (const Vector<float> *v : {&state.parameters, &state.adamFirstMoment, &state.adamSecondMoment}) {
        if (v->size() != n)
            return "a saved vector has " + std::to_string(v->size()) + " values but the model has "
                   + std::to_string(n) + " parameters";
        if (!v->allFinite())
            return std::string("a saved vector holds a value that is not finite");
    }
    if ((state.adamSecondMoment.array() < 0.f).any())
        return std::string("Adam's second moment holds a negative value");
    if (state.adamStep < 0 || state.adamStep > maxStepCount || state.step < 0 || state.step > maxStepCount)
        return "a step count is outside 0.." + std::to_string(maxStepCount);
    if (state.epoch < 0 || state.epoch > maxEpochCount)
        return "the epoch " + std::to_string(state.epoch) + " is outside 0.." + std::to_string(maxEpochCount);
    if (state.batch < 0 || state.batch >= batchesPerEpoch())
        return "the batch " + std::to_string(state.batch) + " is outside 0.." + std::to_string(batchesPerEpoch() - 1);
    if (!std::isfinite(state.epochLossSum) || state.epochLossSum < 0.0)
        return std::string("the epoch's loss sum is not a finite number >= 0");
    if (auto error = TrainConfig{.learningRate = state.learningRate}.validate())
        return "the live " + *error;
    ModelConfig live = m_model;
    live.dropout = state.dropout;
    if (auto error = live.validateText())
        return "the live " + *error;
    const std::size_t L = m_workspace.state.size();
    if (state.carriedH.size() != L || state.carriedC.size() != L)
        return "the carried state has " + std::to_string(state.carriedH.size()) + " layers instead of "
               + std::to_string(L);
    for (std::size_t l = 0; l < L; ++l) {
        const Matrix<float> &h = state.carriedH[l], &c = state.carriedC[l];
        if (h.rows() != m_train.batchSize || h.cols() != m_model.units || c.rows() != h.rows() || c.cols() != h.cols())
            return "the carried state of layer " + std::to_string(l) + " is not (" + std::to_string(m_train.batchSize)
                   + ", " + std::to_string(m_model.units) + ")";
        if (!h.allFinite() || !c.allFinite())
            return "the carried state of layer " + std::to_string(l) + " holds a value that is not finite";
    }
    // 624 words below 2^32 and a position 0..624, as libstdc++ writes a std::mt19937 (its reader
    // would take wider words into its 64-bit state words).
    {
        std::istringstream words(state.rngState);
        words.imbue(std::locale::classic());
        unsigned long long word = 0;
        std::size_t count = 0;
        while (words >> word) {
            const unsigned long long limit = count < std::mt19937::state_size ? 0xFFFFFFFFull : std::mt19937::state_size;
            if (word > limit || count > std::mt19937::state_size)
                return std::string("the random generator state is not a std::mt19937 state");
            ++count;
        }
        if (!words.eof() || count != std::mt19937::state_size + 1)
            return std::string("the random generator state is not a std::mt19937 state (624 words and a position)");
    }
    std::istringstream in(state.rngState);
    in.imbue(std::locale::classic());
    std::mt19937 rng;
    in >> rng;
    if (in.fail())
        return std::string("the random generator state cannot be read");

    m_rng = rng;
    m_network.parameters() = state.parameters;
    m_optimizer.adam().restore(state.adamFirstMoment, state.adamSecondMoment, state.adamStep);
    m_step = state.step;
    m_epoch = state.epoch;
    m_batch = state.batch;
    m_epochLossSum = state.epochLossSum;
    m_learningRate = state.learningRate;
    m_dropout = state.dropout;
    for (std::size_t l = 0; l < L; ++l) {
        m_workspace.state[l].h = state.carriedH[l];
        m_workspace.state[l].c = state.carriedC[l];
    }
    m_lastEpoch = state.lastEpoch;
    m_optimizer.forgetUndo();
    m_divergence.clear();
    return std::nullopt;
}

} // namespace lstmlab
