#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstdio>
#include <limits>
#include <locale>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace lstmlab {

namespace {

// libstdc++ writes a std::mt19937 as its 624 state words and then its position (0..624), and
// reads any numbers back into a 64-bit state: check the text first, so a state from a file
// cannot hold words wider than 32 bits.
std::optional<std::string> parseRngState(const std::string &text, std::mt19937 *rng)
{
    constexpr std::size_t words = std::mt19937::state_size;
    if (text.size() > 16 * (words + 1))
        return "the random generator state is too long";
    std::size_t count = 0;
    const char *p = text.data();
    const char *end = p + text.size();
    while (true) {
        while (p != end && *p == ' ')
            ++p;
        if (p == end)
            break;
        unsigned long long value = 0;
        const auto [next, ec] = std::from_chars(p, end, value);
        if (ec != std::errc() || (next != end && *next != ' '))
            return "the random generator state holds something that is not a number";
        const unsigned long long limit = count < words ? 0xFFFFFFFFull : words;
        if (value > limit || count > words)
            return "the random generator state is not a std::mt19937 state (" + std::to_string(words)
                   + " 32-bit words and a position 0.." + std::to_string(words) + ")";
        ++count;
        p = next;
    }
    if (count != words + 1)
        return "the random generator state has " + std::to_string(count) + " numbers instead of "
               + std::to_string(words + 1);
    std::istringstream in(text);
    in.imbue(std::locale::classic());
    std::mt19937 parsed;
    in >> parsed;
    if (in.fail())
        return "the random generator state cannot be read";
    if (rng)
        *rng = parsed;
    return std::nullopt;
}

// What a training workspace takes (Network::makeWorkspace, LstmLayer::Cache::resize): per layer
// and per (time step, window) row, gates and their gradients (4H each), c, tanh(c), h and the
// dropout mask, dropped output and its gradient (H each), plus the inputs.
double trainingBytes(const ModelConfig &model, int batchCapacity)
{
    const double rows = double(model.timesteps) * batchCapacity;
    return sizeof(float) * rows * (double(model.layers) * 14.0 * model.units + model.inputSize);
}

std::string gigabytes(double bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GB", bytes / 1e9);
    return text;
}

void validateOrThrow(const ModelConfig &model, const TrainConfig &train, const Dataset &data)
{
    if (auto error = model.validate())
        throw std::invalid_argument(*error);
    if (auto error = train.validate())
        throw std::invalid_argument(*error);
    if (auto error = data.checkModel(model))
        throw std::invalid_argument(*error);
    // Said before allocating, instead of std::bad_alloc (or the system's out-of-memory killer).
    const double needed = trainingBytes(model, std::min(train.batchSize, data.train().size()));
    const double physical = double(::sysconf(_SC_PHYS_PAGES)) * double(::sysconf(_SC_PAGESIZE));
    if (physical > 0 && needed > 0.8 * physical)
        throw std::invalid_argument("this configuration (" + std::to_string(model.layers) + " layers of "
                                    + std::to_string(model.units) + " units, timesteps "
                                    + std::to_string(model.timesteps) + ", batch size " + std::to_string(train.batchSize)
                                    + ") needs about " + gigabytes(needed) + " of memory to train, and this machine has "
                                    + gigabytes(physical) + "; lower the batch size, the time steps, the units or the layers");
}

} // namespace

Trainer::Trainer(const ModelConfig &model, const TrainConfig &train, std::shared_ptr<const Dataset> data)
    : m_train(train), m_data(std::move(data)), m_network(model), m_rng(train.seed),
      m_learningRate(train.learningRate), m_dropout(model.dropout)
{
    validateOrThrow(model, train, *m_data);
    m_network.initialise(m_rng);
    m_optimizer.reset(m_network.parameterCount());
    const int capacity = std::min(train.batchSize, m_data->train().size());
    m_workspace = m_network.makeWorkspace(capacity);
    m_evalWorkspace = m_network.makeEvaluationWorkspace(m_data->test().size());
    m_batchInputs.resize(model.timesteps, capacity);
    m_batchLabels.resize(1, capacity);
    m_order.resize(std::size_t(m_data->train().size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_testPredictions = Matrix<float>::Zero(1, m_data->test().size());
}

bool Trainer::finished() const
{
    return (m_train.epochs > 0 && m_epoch >= m_train.epochs) || m_step >= maxStepCount
           || m_optimizer.adam().stepCount() >= maxStepCount || m_epoch >= maxEpochCount;
}

int Trainer::batchesPerEpoch() const
{
    const int n = m_data->train().size();
    return (n + m_train.batchSize - 1) / m_train.batchSize;
}

void Trainer::prepareEpoch()
{
    if (!m_train.shuffle)
        return;
    std::iota(m_order.begin(), m_order.end(), 0);
    // Fisher-Yates with the trainer's own generator, so a seed reproduces the order.
    for (std::size_t k = m_order.size(); k > 1; --k) {
        const std::size_t j = std::size_t(m_rng() % k);
        std::swap(m_order[k - 1], m_order[j]);
    }
}

bool Trainer::step(StepReport *report)
{
    const Dataset::Split &train = m_data->train();
    // The generator moves with shuffling and dropout: a failed step puts it back too.
    m_lastGoodRng = m_rng;
    if (m_batch == 0)
        prepareEpoch();
    const int start = m_batch * m_train.batchSize;
    const int batch = std::min(m_train.batchSize, train.size() - start);

    using ConstRef = Eigen::Ref<const Matrix<float>>;
    if (m_train.shuffle) {
        for (int b = 0; b < batch; ++b) {
            const int n = m_order[std::size_t(start + b)];
            m_batchInputs.col(b) = train.windows.col(n);
            m_batchLabels(0, b) = train.labels(0, n);
        }
    }
    // In order, a batch is a contiguous slice of the windows and needs no copy.
    const ConstRef inputs = m_train.shuffle ? ConstRef(m_batchInputs.leftCols(batch))
                                            : ConstRef(train.windows.middleCols(start, batch));
    const ConstRef labels = m_train.shuffle ? ConstRef(m_batchLabels.leftCols(batch))
                                            : ConstRef(train.labels.middleCols(start, batch));

    m_stopped = false;
    m_network.setDropout(m_dropout);
    m_network.forward(m_workspace, inputs, true, &m_rng, m_stop);
    if (m_workspace.stopped) {
        m_rng = m_lastGoodRng;
        m_stopped = true;
        return false;
    }
    const double loss = m_network.loss(m_workspace, labels);
    const bool endsEpoch = m_batch + 1 == batchesPerEpoch();
    double testMse = 0.0;
    // Why training stopped, formatted only when it does: a normal step builds no stream.
    std::string why;
    if (!std::isfinite(loss)) {
        std::ostringstream text;
        text << "the training loss became " << loss << " at step " << m_step + 1;
        why = text.str();
    } else if (!m_network.backward(m_workspace, labels, m_stop)) {
        m_rng = m_lastGoodRng;
        m_stopped = true;
        return false;
    } else {
        const AdamSettings settings{m_learningRate, m_train.beta1, m_train.beta2, m_train.epsilon, m_train.clipNorm};
        const auto outcome = m_optimizer.step(m_network, settings);
        if (outcome != GuardedAdamStep<float>::Outcome::Applied) {
            why = GuardedAdamStep<float>::describe(outcome, m_step + 1);
        } else if (endsEpoch) {
            // Evaluated before anything of the step is committed, so that a stop during the
            // evaluation abandons the whole step.
            testMse = evaluate();
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

    ++m_step;
    m_epochLossSum += loss;
    if (report) {
        report->step = m_step;
        report->epoch = m_epoch;
        report->batch = m_batch;
        report->batchesPerEpoch = batchesPerEpoch();
        report->loss = loss;
        report->epochCompleted = false;
    }
    if (++m_batch == batchesPerEpoch()) {
        finishEpoch(testMse);
        if (report)
            report->epochCompleted = true;
    }
    return true;
}

void Trainer::finishEpoch(double testMse)
{
    m_lastEpoch.trainLoss = m_epochLossSum / std::max(1, m_batch);
    m_batch = 0;
    m_epochLossSum = 0.0;
    ++m_epoch;
    m_lastEpoch.epoch = m_epoch;
    m_lastEpoch.step = m_step;
    m_lastEpoch.testMse = testMse;
}

double Trainer::evaluate()
{
    const Dataset::Split &test = m_data->test();
    m_stopped = false;
    const Network<float>::ConstRef y = m_network.forward(m_evalWorkspace, test.windows, false, nullptr, m_stop);
    if (m_evalWorkspace.stopped) {
        m_stopped = true;
        return std::numeric_limits<double>::quiet_NaN();
    }
    m_testPredictions = y;
    return m_network.loss(m_evalWorkspace, test.labels);
}

bool Trainer::evaluateWindows(int first, int count)
{
    const Dataset::Split &test = m_data->test();
    first = std::clamp(first, 0, test.size());
    count = std::clamp(count, 0, test.size() - first);
    m_stopped = false;
    if (count == 0)
        return true;
    const Network<float>::ConstRef y
        = m_network.forward(m_evalWorkspace, test.windows.middleCols(first, count), false, nullptr, m_stop);
    if (m_evalWorkspace.stopped) {
        m_stopped = true;
        return false;
    }
    m_testPredictions.middleCols(first, count) = y;
    return true;
}

Matrix<float> Trainer::predict(const Eigen::Ref<const Matrix<float>> &windows) const
{
    Network<float>::Workspace ws = m_network.makeEvaluationWorkspace(int(windows.cols()));
    return m_network.forward(ws, windows, false, nullptr);
}

GateTrace Trainer::trace(int window, bool fromTest) const
{
    const Dataset::Split &split = fromTest ? m_data->test() : m_data->train();
    window = std::clamp(window, 0, split.size() - 1);
    GateTrace trace = m_network.trace(split.windows.col(window), m_stop);
    if (trace.empty())
        return trace;
    trace.window = window;
    trace.target = split.labels(0, window);
    return trace;
}

GradientTrace Trainer::gradientTrace() const
{
    const Dataset::Split &test = m_data->test();
    const int count = std::min(Network<float>::gradientProbeWindows(m_network.config()), test.size());
    return m_network.gradientTrace(test.windows.leftCols(count), test.labels.leftCols(count), m_stop);
}

Trainer::Outcome Trainer::run(const Listener &listener)
{
    StepReport report;
    while (!m_controls.cancelled()) {
        if (finished())
            return Outcome::Finished;
        if (!step(&report))
            return m_stopped ? Outcome::Stopped : Outcome::Diverged;
        if (listener.onStep)
            listener.onStep(report);
        if (report.epochCompleted && listener.onEpoch)
            listener.onEpoch(m_lastEpoch);
    }
    return Outcome::Cancelled;
}

TrainerState Trainer::captureState() const
{
    TrainerState state;
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
    state.order = m_order;
    state.epochLossSum = m_epochLossSum;
    state.learningRate = m_learningRate;
    state.dropout = m_dropout;
    state.lastEpoch = m_lastEpoch;
    return state;
}

std::optional<std::string> Trainer::checkState(const TrainerState &state, const ModelConfig &model,
                                               const TrainConfig &train)
{
    if (auto error = model.validate())
        return error;
    if (auto error = train.validate())
        return error;
    const Eigen::Index n = Network<float>::parameterCount(model);
    auto length = [n](const char *what, const Vector<float> &v) -> std::optional<std::string> {
        if (v.size() != n)
            return std::string(what) + " has " + std::to_string(v.size()) + " values but the model has "
                   + std::to_string(n) + " parameters";
        if (!v.allFinite())
            return std::string(what) + " holds a value that is not finite";
        return std::nullopt;
    };
    if (auto error = length("the parameter vector", state.parameters))
        return error;
    if (auto error = length("Adam's first moment", state.adamFirstMoment))
        return error;
    if (auto error = length("Adam's second moment", state.adamSecondMoment))
        return error;
    if ((state.adamSecondMoment.array() < 0.f).any())
        return std::string("Adam's second moment holds a negative value");
    if (state.adamStep < 0 || state.adamStep > maxStepCount)
        return "Adam's step count " + std::to_string(state.adamStep) + " is outside 0.." + std::to_string(maxStepCount);
    if (auto error = parseRngState(state.rngState, nullptr))
        return error;
    if (state.step < 0 || state.step > maxStepCount)
        return "the step count " + std::to_string(state.step) + " is outside 0.." + std::to_string(maxStepCount);
    const int maxEpoch = train.epochs > 0 ? std::min(train.epochs, maxEpochCount) : maxEpochCount;
    if (state.epoch < 0 || state.epoch > maxEpoch)
        return "the epoch " + std::to_string(state.epoch) + " is outside 0.." + std::to_string(maxEpoch);
    if (state.order.empty())
        return std::string("the window order is empty");
    const long long windows = (long long)state.order.size();
    const long long batches = (windows + train.batchSize - 1) / train.batchSize;
    if (state.batch < 0 || state.batch >= batches)
        return "the batch " + std::to_string(state.batch) + " is outside 0.." + std::to_string(batches - 1);
    std::vector<char> seen(state.order.size(), 0);
    for (const int w : state.order) {
        if (w < 0 || w >= windows || seen[std::size_t(w)])
            return "the window order is not a permutation of 0.." + std::to_string(windows - 1);
        seen[std::size_t(w)] = 1;
    }
    if (!std::isfinite(state.epochLossSum) || state.epochLossSum < 0.0)
        return std::string("the epoch's loss sum is not a finite number >= 0");
    const TrainConfig rates{.learningRate = state.learningRate};
    if (auto error = rates.validate())
        return "the live " + *error;
    ModelConfig live = model;
    live.dropout = state.dropout;
    if (auto error = live.validate())
        return "the live " + *error;
    const EpochReport &e = state.lastEpoch;
    if (e.epoch < 0 || e.epoch > maxEpochCount || e.step < 0 || e.step > maxStepCount || !std::isfinite(e.trainLoss) || e.trainLoss < 0.0 || !std::isfinite(e.testMse)
        || e.testMse < 0.0)
        return std::string("the last epoch's report is out of range");
    return std::nullopt;
}

std::optional<std::string> Trainer::restoreState(const TrainerState &state)
{
    if (auto error = checkState(state, m_network.config(), m_train))
        return error;
    if (state.order.size() != m_order.size())
        return "the saved window order covers " + std::to_string(state.order.size())
               + " training windows but the data has " + std::to_string(m_order.size());
    parseRngState(state.rngState, &m_rng);
    m_network.parameters() = state.parameters;
    m_optimizer.adam().restore(state.adamFirstMoment, state.adamSecondMoment, state.adamStep);
    m_step = state.step;
    m_epoch = state.epoch;
    m_batch = state.batch;
    m_order = state.order;
    m_epochLossSum = state.epochLossSum;
    m_learningRate = state.learningRate;
    m_dropout = state.dropout;
    m_network.setDropout(state.dropout);
    m_lastEpoch = state.lastEpoch;
    m_optimizer.forgetUndo();
    m_divergence.clear();
    evaluate();
    return std::nullopt;
}

void Trainer::restoreProgress(long long step, int epoch, int batch)
{
    m_step = step;
    m_epoch = epoch;
    m_batch = std::clamp(batch, 0, batchesPerEpoch() - 1);
    m_epochLossSum = 0.0;
}

} // namespace lstmlab
