// lstm-lab-bench: how fast LSTM Lab trains and predicts, in the numbers docs/performance.md
// quotes. Per configuration (batch 64, float32, one thread, Adam) it measures
//   - a training step: Trainer::step(), the call the app and the headless mode make;
//   - the same step's matrix products alone, with the engine's own kernels
//     (LstmBenchKernels::productsOnly) and, for reference, with Eigen's general matrix product;
//   - heap allocations per step after the first (this executable counts every malloc);
// and, for the seed configuration, inference over the 979 test windows and, with --full-run,
// the seed's whole 50-epoch training. With --cell rnn or gru the network's layers are that cell's,
// and in place of the products (which are the LSTM's) the layers' forward and backward alone are
// timed twice: run by the kernels (what trains) and by the readable reference. With --tokens
// it times instead the LSTM layers of a character-level network alone: a one-hot first layer
// (LstmLayer::forwardTokens and backwardTokens) under dense ones, each carrying its state from
// step to step, against the processor's multiply-add peak. Every time is the minimum over
// repeats: other programs only ever add time.

#include "adam.h"
#include "benchcommandline.h"
#include "grureference.h"
#include "dataset.h"
#include "lstmbenchkernels.h"
#include "lstmlayer.h"
#include "modelconfig.h"
#include "network.h"
#include "rnnreference.h"
#include "sinesignal.h"
#include "corpus.h"
#include "texttrainer.h"
#include "trainer.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <limits>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

// ---- Allocation counter ----------------------------------------------------------------------
// This executable replaces the C allocator with a counting one (tests/allocationcounter.h).
#include "allocationcounter.h"

using namespace lstmlab;

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Processor time of this (single-threaded) process: unlike the wall clock, it does not grow
// while other programs have the core, so it stays comparable on a busy machine.
double cpuMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) * 1e-6;
}

// Wall and processor milliseconds of one piece of work.
struct Timing {
    double wall = 0.0;
    double cpu = 0.0;
};

class Stopwatch
{
public:
    Timing elapsed() const { return {millisecondsSince(m_wall), cpuMilliseconds() - m_cpu}; }

private:
    Clock::time_point m_wall = Clock::now();
    double m_cpu = cpuMilliseconds();
};

constexpr int batchSize = 64;

struct Shape {
    int units = 20;
    int timesteps = 20;
    int layers = 2;
    RecurrentCell cell = RecurrentCell::Lstm; // --cell
};

// --tokens: a character-level network's LSTM layers, the first one-hot.
struct TokenShape {
    int vocabulary = 83;
    int units = 128;
    int timesteps = 50;
    int streams = 32; // the batch
    int layers = 2;
};

// --text: a whole character-level training step (TextTrainer::step).
struct TextShape {
    int vocabulary = 83;
    int units = 128;
    int timesteps = 50;
    int streams = 32;
    int layers = 2;
};

struct Options {
    std::vector<Shape> shapes;
    std::vector<TokenShape> tokenShapes;
    std::vector<TextShape> textShapes;
    bool grid = false;
    bool csv = false;
    bool json = false;
    bool fullRun = false;
    bool inference = true;
    bool breakdown = false;
    bool peak = false;
    bool pipes = false;
    int repeats = 5;
    double minMilliseconds = 200.0; // per repeat
    RecurrentCell cell = RecurrentCell::Lstm;
};

struct Result {
    Shape shape;
    Timing step;
    Timing products;      // the LSTM only
    Timing eigenProducts; // the LSTM only
    Timing layers;          // the RNN and the GRU: the layers' forward and backward by the kernels
    Timing referenceLayers; // the same by the readable reference
    double allocationsPerStep = 0.0;
    long long stepsTimed = 0;
};

struct TokenResult {
    TokenShape shape;
    Timing step;     // forward and backward of every layer
    Timing forward;  // forward alone
    Timing backward; // backward alone
    double multiplyAdds = 0.0; // of one step's products
    double allocationsPerStep = 0.0;
};

struct TextResult {
    TextShape shape;
    Timing step;        // minimum over repeats of the mean step
    Timing medianStep;  // median over repeats of the mean step
    long long stepsTimed = 0;
    double multiplyAdds = 0.0; // of one step's products, the head's included
    double allocationsPerStep = 0.0;
    Timing sample;      // TextTrainer::sample of sampleLength characters, minimum over repeats
    Timing medianSample;
};

constexpr int sampleLength = 1000;

struct InferenceResult {
    int windows = 0;
    double multiplyAdds = 0.0; // of the LSTM layers, over all windows
    Timing time;
    Timing products; // the same multiply-adds alone, with the engine's kernels
    double allocations = 0.0; // per evaluation, after the first
};

struct FullRunResult {
    double seconds = 0.0;
    double cpuSeconds = 0.0;
    long long steps = 0;
    int epochs = 0;
    double testMse = 0.0;
    double allocationsPerStep = 0.0; // after the first step, epoch-end evaluations included
};

ModelConfig modelFor(const Shape &shape)
{
    ModelConfig model;
    model.units = shape.units;
    model.timesteps = shape.timesteps;
    model.layers = shape.layers;
    model.cell = shape.cell;
    return model;
}

TrainConfig trainConfig()
{
    TrainConfig train;
    train.batchSize = batchSize;
    train.epochs = 0; // the benchmark decides how many steps
    return train;
}

std::shared_ptr<const Dataset> seedData(int timesteps)
{
    return std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
}

// Repeats `run` (which does one unit of work and returns its Timing, negative for a unit
// that should not count) until a repeat has lasted minMilliseconds, and returns the smallest
// per-unit means over the repeats, of wall and of processor time separately.
template <typename Run>
Timing minimumOverRepeats(const Options &options, Run run, long long *units = nullptr,
                          std::vector<Timing> *perRepeat = nullptr)
{
    Timing best{std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    for (int r = 0; r < options.repeats; ++r) {
        Timing total;
        long long count = 0;
        const Clock::time_point start = Clock::now();
        while (count == 0 || millisecondsSince(start) < options.minMilliseconds) {
            const Timing t = run();
            if (t.wall >= 0.0) {
                total.wall += t.wall;
                total.cpu += t.cpu;
                ++count;
            }
        }
        best.wall = std::min(best.wall, total.wall / double(count));
        best.cpu = std::min(best.cpu, total.cpu / double(count));
        if (units)
            *units += count;
        if (perRepeat)
            perRepeat->push_back({total.wall / double(count), total.cpu / double(count)});
    }
    return best;
}

// The median of per-repeat means, of wall and of processor time separately.
Timing median(std::vector<Timing> values)
{
    if (values.empty())
        return {};
    const auto middle = [&](auto field) {
        std::vector<double> v;
        for (const Timing &t : values)
            v.push_back(t.*field);
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    };
    return {middle(&Timing::wall), middle(&Timing::cpu)};
}

Result measureStep(const Shape &shape, const Options &options)
{
    Result result;
    result.shape = shape;
    Trainer trainer(modelFor(shape), trainConfig(), seedData(shape.timesteps));
    trainer.step(); // the first step may allocate (nothing does now, but it is allowed to)
    trainer.step();

    const long long allocationsBefore = allocationCount.load();
    long long stepsTaken = 0;
    // A step that ends an epoch also evaluates the test set: it is left out of the step time
    // (inference is measured on its own) but its allocations count.
    result.step = minimumOverRepeats(options, [&] {
        StepReport report;
        const Stopwatch watch;
        trainer.step(&report);
        const Timing t = watch.elapsed();
        ++stepsTaken;
        return report.epochCompleted ? Timing{-1.0, -1.0} : t;
    }, &result.stepsTimed);
    result.allocationsPerStep = double(allocationCount.load() - allocationsBefore) / double(stepsTaken);
    return result;
}

// The engine's own kernels doing only the products of one step, on a workspace that one real
// forward and backward have filled.
Timing measureProducts(const Shape &shape, const Options &options)
{
    const ModelConfig model = modelFor(shape);
    const auto data = seedData(shape.timesteps);
    Network<float> network(model);
    std::mt19937 rng(1);
    network.initialise(rng);
    Network<float>::Workspace ws = network.makeWorkspace(batchSize);
    const auto inputs = data->train().windows.leftCols(batchSize);
    network.forward(ws, inputs, true, &rng);
    network.backward(ws, data->train().labels.leftCols(batchSize));

    const Eigen::Index TB = Eigen::Index(shape.timesteps) * batchSize;
    return minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        for (int l = 0; l < shape.layers; ++l) {
            auto &layer = network.layer(l);
            const auto &x = l == 0 ? ws.x : ws.caches[std::size_t(l - 1)].h;
            if (l > 0) {
                Eigen::Ref<Matrix<float>> dX = ws.dOut[std::size_t(l - 1)].topRows(TB);
                LstmBenchKernels<float>::productsOnly(x.topRows(TB), shape.timesteps, batchSize,
                                                      ws.caches[std::size_t(l)], layer.dWih(), layer.dWhh(), &dX);
            } else {
                LstmBenchKernels<float>::productsOnly(x.topRows(TB), shape.timesteps, batchSize, ws.caches[0],
                                                      layer.dWih(), layer.dWhh(), nullptr);
            }
        }
        return watch.elapsed();
    });
}

// The plain RNN's or the GRU's layers alone over one batch of the step, forward through every
// layer and then backward (each from a fixed dL/dh, dx into a buffer), run by the kernels (the
// layer's own forward and backward) and by the readable reference on the same caches: what the
// kernels gain.
template <typename Reference, typename Layer, typename Cache>
std::pair<Timing, Timing> measureLayers(const Options &options, int timesteps, const std::vector<Layer *> &layers,
                                        std::vector<Cache> &caches, const Matrix<float> &x0)
{
    using Mat = Matrix<float>;
    const int T = timesteps, B = batchSize;
    const Eigen::Index TB = Eigen::Index(T) * B, H = layers.front()->units();
    Mat dH(TB, H), dX(TB, H);
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> uniform(-0.1f, 0.1f);
    for (Eigen::Index k = 0; k < dH.size(); ++k)
        dH.data()[k] = uniform(rng);
    Eigen::Ref<Mat> dXRef(dX);
    const auto input = [&](std::size_t l) -> Eigen::Ref<const Mat> {
        return l == 0 ? Eigen::Ref<const Mat>(x0.topRows(TB)) : Eigen::Ref<const Mat>(caches[l - 1].h.topRows(TB));
    };
    const auto run = [&](bool reference) {
        const Stopwatch watch;
        for (std::size_t l = 0; l < layers.size(); ++l) {
            if (reference)
                Reference::forward(*layers[l], input(l), T, B, caches[l]);
            else
                layers[l]->forward(input(l), T, B, caches[l]);
        }
        for (std::size_t l = layers.size(); l-- > 0;) {
            if (reference)
                Reference::backward(*layers[l], dH, input(l), T, B, caches[l], l > 0 ? &dXRef : nullptr);
            else
                layers[l]->backward(dH, input(l), T, B, caches[l], l > 0 ? &dXRef : nullptr);
        }
        return watch.elapsed();
    };
    const Timing kernels = minimumOverRepeats(options, [&] { return run(false); });
    const Timing reference = minimumOverRepeats(options, [&] { return run(true); });
    return {kernels, reference};
}

// measureLayers() for the shape's cell (the plain RNN or the GRU), on a network's workspace that
// one real forward and backward have filled.
std::pair<Timing, Timing> measureCellLayers(const Shape &shape, const Options &options)
{
    const auto data = seedData(shape.timesteps);
    Network<float> network(modelFor(shape));
    std::mt19937 rng(1);
    network.initialise(rng);
    Network<float>::Workspace ws = network.makeWorkspace(batchSize);
    network.forward(ws, data->train().windows.leftCols(batchSize), true, &rng);
    network.backward(ws, data->train().labels.leftCols(batchSize));
    if (shape.cell == RecurrentCell::Rnn) {
        std::vector<RnnLayer<float> *> layers;
        for (int l = 0; l < shape.layers; ++l)
            layers.push_back(&network.rnnLayer(l));
        return measureLayers<RnnReference<float>>(options, shape.timesteps, layers, ws.rnnCaches, ws.x);
    }
    std::vector<GruLayer<float> *> layers;
    for (int l = 0; l < shape.layers; ++l)
        layers.push_back(&network.gruLayer(l));
    return measureLayers<GruReference<float>>(options, shape.timesteps, layers, ws.gruCaches, ws.x);
}

// The same products with Eigen's general matrix product, as a textbook implementation would
// write them: the input projection of all steps at once, one product per step for the
// recurrence forward and backward, and one each for dWih, dWhh and dx.
Timing measureEigenProducts(const Shape &shape, const Options &options)
{
    using Mat = Matrix<float>;
    const Eigen::Index B = batchSize, T = shape.timesteps, H = shape.units, TB = T * B;
    struct Layer {
        Mat x, gates, h, dGates, dh, Wih, Whh, dWih, dWhh, dX;
    };
    std::vector<Layer> layers(std::size_t(shape.layers));
    for (int l = 0; l < shape.layers; ++l) {
        const Eigen::Index I = l == 0 ? 1 : H;
        Layer &p = layers[std::size_t(l)];
        p.x = Mat::Random(TB, I);
        p.gates = Mat::Zero(TB, 4 * H);
        p.h = Mat::Random(TB, H);
        p.dGates = Mat::Random(TB, 4 * H) * 0.01f;
        p.dh = Mat::Zero(B, H);
        p.Wih = Mat::Random(4 * H, I) * 0.1f;
        p.Whh = Mat::Random(4 * H, H) * 0.1f;
        p.dWih = Mat::Zero(4 * H, I);
        p.dWhh = Mat::Zero(4 * H, H);
        p.dX = Mat::Zero(TB, I);
    }
    return minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        for (int l = 0; l < shape.layers; ++l) {
            Layer &p = layers[std::size_t(l)];
            p.gates.noalias() = p.x * p.Wih.transpose();
            for (Eigen::Index t = 1; t < T; ++t)
                p.gates.middleRows(t * B, B).noalias() += p.h.middleRows((t - 1) * B, B) * p.Whh.transpose();
        }
        for (int l = shape.layers - 1; l >= 0; --l) {
            Layer &p = layers[std::size_t(l)];
            for (Eigen::Index t = T - 2; t >= 0; --t)
                p.dh.noalias() = p.dGates.middleRows((t + 1) * B, B) * p.Whh;
            p.dWih.noalias() = p.dGates.transpose() * p.x;
            p.dWhh.noalias() = p.dGates.bottomRows(TB - B).transpose() * p.h.topRows(TB - B);
            if (l > 0)
                p.dX.noalias() = p.dGates * p.Wih;
        }
        return watch.elapsed();
    });
}

// Where a step's time goes, by manual timers around the parts Trainer::step() calls: the
// forward pass (with the loss), the backward pass, Adam, and the rest (batch selection,
// the finiteness checks, keeping the last good weights). Processor milliseconds.
struct Breakdown {
    double forward = 0.0;
    double backward = 0.0;
    double adam = 0.0;
};

Breakdown measureBreakdown(const Shape &shape, const Options &options)
{
    const ModelConfig model = modelFor(shape);
    const auto data = seedData(shape.timesteps);
    const TrainConfig train = trainConfig();
    Network<float> network(model);
    std::mt19937 rng(1);
    network.initialise(rng);
    Adam<float> adam(network.parameterCount());
    Network<float>::Workspace ws = network.makeWorkspace(batchSize);
    const auto inputs = data->train().windows.leftCols(batchSize);
    const auto labels = data->train().labels.leftCols(batchSize);
    network.forward(ws, inputs, true, &rng);
    network.backward(ws, labels);

    Breakdown result;
    result.forward = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        network.forward(ws, inputs, true, &rng);
        network.loss(ws, labels);
        return watch.elapsed();
    }).cpu;
    result.backward = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        network.backward(ws, labels);
        return watch.elapsed();
    }).cpu;
    Vector<float> parameters = network.parameters();
    result.adam = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        adam.step(parameters, network.gradients(), train.learningRate, train.beta1, train.beta2, train.epsilon);
        return watch.elapsed();
    }).cpu;
    return result;
}

// The products of (1)-(4) alone over `windows` test windows, as the evaluation runs them: in
// blocks of Network::evaluationBlock windows, layer after layer, with the engine's kernels.
// The yardstick for how close inference runs to its arithmetic.
Timing measureInferenceProducts(const Shape &shape, int windows, const Options &options)
{
    const ModelConfig model = modelFor(shape);
    const auto data = seedData(shape.timesteps);
    const int block = Network<float>::evaluationBlock;
    Network<float> network(model);
    std::mt19937 rng(1);
    network.initialise(rng);
    Network<float>::Workspace ws = network.makeWorkspace(block);
    network.forward(ws, data->test().windows.leftCols(block), false, &rng); // packs the weights

    return minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        for (int b0 = 0; b0 < windows; b0 += block) {
            const int n = std::min(block, windows - b0);
            const Eigen::Index rows = Eigen::Index(shape.timesteps) * n;
            for (int l = 0; l < shape.layers; ++l) {
                const auto &x = l == 0 ? ws.x : ws.caches[std::size_t(l - 1)].h;
                LstmBenchKernels<float>::forwardProductsOnly(x.topRows(rows), shape.timesteps, n,
                                                             ws.caches[std::size_t(l)]);
            }
        }
        return watch.elapsed();
    });
}

InferenceResult measureInference(const Shape &shape, const Options &options)
{
    Trainer trainer(modelFor(shape), trainConfig(), seedData(shape.timesteps));
    InferenceResult result;
    result.windows = trainer.dataset().test().size();
    // (1)-(4) of every layer: 4H(I + H) per window and step (GH(I + H) for G gate layers), without the products with
    // h_{-1} = 0 at the first step, which the kernels skip.
    const ModelConfig model = modelFor(shape);
    for (int l = 0; l < model.layers; ++l) {
        const double I = l == 0 ? model.inputSize : model.units, H = model.units;
        result.multiplyAdds += double(result.windows) * cellGateCount(model.cell) * H
                               * (I * model.timesteps + H * (model.timesteps - 1));
    }
    trainer.evaluate();
    const long long allocationsBefore = allocationCount.load();
    long long evaluations = 0;
    result.time = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        trainer.evaluate();
        return watch.elapsed();
    }, &evaluations);
    result.allocations = double(allocationCount.load() - allocationsBefore) / double(evaluations);
    if (shape.cell == RecurrentCell::Lstm)
        result.products = measureInferenceProducts(shape, result.windows, options);
    return result;
}

// --tokens: the LSTM layers of a character-level network without its head and optimiser:
// layer 0 takes the one-hot tokens, the others the layer below's h; each starts from the state
// the previous step ended in, as a text network carries it; backward from a fixed dL/dh at the
// top, each layer's dX the dL/dh of the one below. Forward, backward and the whole step are
// each the minimum over repeats.
TokenResult measureTokens(const TokenShape &shape, const Options &options)
{
    using Mat = Matrix<float>;
    const int V = shape.vocabulary, H = shape.units, T = shape.timesteps, B = shape.streams, L = shape.layers;
    const Eigen::Index TB = Eigen::Index(T) * B;
    std::mt19937 rng(1);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    const auto random = [&](Eigen::Index rows, Eigen::Index cols) {
        Mat m(rows, cols);
        for (Eigen::Index k = 0; k < m.size(); ++k)
            m.data()[k] = uniform(rng);
        return m;
    };
    std::vector<LstmLayer<float>> layers;
    std::vector<Vector<float>> parameters, gradients;
    std::vector<LstmCache<float>> caches(static_cast<std::size_t>(L));
    std::vector<LstmState<float>> states(static_cast<std::size_t>(L));
    std::vector<Mat> dX(static_cast<std::size_t>(L));
    for (int l = 0; l < L; ++l) {
        const int I = l == 0 ? V : H;
        layers.emplace_back(I, H);
        parameters.push_back(random(LstmLayer<float>::parameterCount(I, H), 1) / std::sqrt(float(H)));
        gradients.push_back(Vector<float>::Zero(LstmLayer<float>::parameterCount(I, H)));
        caches[std::size_t(l)].resize(I, H, T, B);
        states[std::size_t(l)].resize(B, H);
        dX[std::size_t(l)] = Mat::Zero(TB, H);
    }
    for (int l = 0; l < L; ++l)
        layers[std::size_t(l)].bind(parameters[std::size_t(l)].data(), gradients[std::size_t(l)].data());
    std::vector<int> tokens(static_cast<std::size_t>(TB));
    std::uniform_int_distribution<int> symbol(0, V - 1);
    for (int &token : tokens)
        token = symbol(rng);
    const Mat dHTop = random(TB, H);

    const auto forward = [&] {
        for (int l = 0; l < L; ++l) {
            LstmCache<float> &cache = caches[std::size_t(l)];
            LstmState<float> &state = states[std::size_t(l)];
            if (l == 0)
                layers[0].forwardTokens(tokens, T, B, cache, nullptr, &state);
            else
                layers[std::size_t(l)].forward(caches[std::size_t(l - 1)].h.topRows(TB), T, B, cache, nullptr,
                                               &state);
            LstmLayer<float>::finalState(cache, T, B, state);
        }
    };
    const auto backward = [&] {
        for (int l = L - 1; l >= 0; --l) {
            const Mat &dH = l == L - 1 ? dHTop : dX[std::size_t(l + 1)];
            LstmCache<float> &cache = caches[std::size_t(l)];
            if (l == 0) {
                layers[0].backwardTokens(dH, tokens, T, B, cache);
            } else {
                Eigen::Ref<Mat> dXRef = dX[std::size_t(l)];
                layers[std::size_t(l)].backward(dH, caches[std::size_t(l - 1)].h.topRows(TB), T, B, cache, &dXRef);
            }
        }
    };
    forward();
    backward();

    TokenResult result;
    result.shape = shape;
    const long long allocationsBefore = allocationCount.load();
    long long steps = 0;
    result.step = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        forward();
        backward();
        return watch.elapsed();
    }, &steps);
    result.allocationsPerStep = double(allocationCount.load() - allocationsBefore) / double(steps);
    result.forward = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        forward();
        return watch.elapsed();
    });
    result.backward = minimumOverRepeats(options, [&] {
        const Stopwatch watch;
        backward();
        return watch.elapsed();
    });
    // Per row and layer: (1)-(4)'s Whh h_{t-1}, (11)'s Whh^T da and (12)'s dWhh, 4H*H each;
    // above layer 0 also Wih x_t, dWih and dx. Layer 0's lookup and scatter-add count nothing.
    const double perProduct = 4.0 * H * H * double(TB);
    result.multiplyAdds = 3.0 * perProduct + 6.0 * perProduct * (L - 1);
    return result;
}

// --text: TextTrainer::step() as the headless run and the window call it (forward with dropout
// 0.5, loss, backward, clipping at 5, Adam), on a text of random symbols from a vocabulary of
// V code points, long enough for 20 batches an epoch; the step that ends an epoch (it also
// measures the validation bits/char) is left out of the time, its allocations count. Then
// TextTrainer::sample() of 1,000 characters at temperature 0.8.
TextResult measureText(const TextShape &shape, const Options &options)
{
    const int V = shape.vocabulary, H = shape.units, T = shape.timesteps, B = shape.streams, L = shape.layers;
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> symbol(0, V - 1);
    const auto utf8 = [](char32_t c, std::string &out) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    };
    // ASCII from '!' for up to 94 symbols, else CJK ideographs from U+4E00.
    const auto codePoint = [V](int k) { return V <= 94 ? char32_t(0x21 + k) : char32_t(0x4E00 + k); };
    std::string text;
    for (int k = 0; k < V; ++k) // every symbol once
        utf8(codePoint(k), text);
    const long long length = 22LL * T * B + T + 2;
    for (long long k = V; k < length; ++k)
        utf8(codePoint(symbol(rng)), text);
    const auto corpus = std::make_shared<const Corpus>(text, "random text");

    ModelConfig model;
    model.units = H;
    model.layers = L;
    model.timesteps = T;
    model.dropout = 0.5;
    TrainConfig train;
    train.batchSize = B;
    train.learningRate = 0.002;
    train.clipNorm = 5.0;
    train.epochs = 0;
    TextTrainer trainer(model, train, corpus);
    trainer.step(); // the first step may allocate

    TextResult result;
    result.shape = shape;
    std::vector<Timing> repeats;
    repeats.reserve(std::size_t(options.repeats)); // before counting: the bench's own vector
    const long long allocationsBefore = allocationCount.load();
    long long stepsTaken = 0;
    result.step = minimumOverRepeats(options, [&] {
        TextStepReport report;
        const Stopwatch watch;
        trainer.step(&report);
        const Timing t = watch.elapsed();
        ++stepsTaken;
        return report.epochCompleted ? Timing{-1.0, -1.0} : t;
    }, &result.stepsTimed, &repeats);
    result.allocationsPerStep = double(allocationCount.load() - allocationsBefore) / double(stepsTaken);
    result.medianStep = median(repeats);
    // Per row: layer 0's (1)-(4) Whh h, (11) Whh^T da, (12) dWhh (4H*H each; its input is a
    // lookup), each layer above those and Wih x, dWih, dx (4H*H each), and the head's
    // (13) W h, (17) dW and dh (V*H each).
    const double rows = double(T) * B;
    result.multiplyAdds = rows * (3.0 * 4.0 * H * H + 6.0 * 4.0 * H * H * (L - 1) + 3.0 * double(V) * H);

    std::vector<Timing> samples;
    result.sample = minimumOverRepeats(options, [&] {
        std::mt19937 sampling(1);
        const Stopwatch watch;
        const std::string written = trainer.sample({}, sampleLength, 0.8, sampling);
        const Timing t = watch.elapsed();
        return written.empty() ? Timing{-1.0, -1.0} : t;
    }, nullptr, &samples);
    result.medianSample = median(samples);
    return result;
}

// The processor's float multiply-add rate on this thread, in GFLOP/s (a multiply-add counts as
// two): independent chains of Eigen packets, enough of them that the latency of one never
// limits. The yardstick for what the arithmetic alone needs.
double measurePeakGflops(const Options &options)
{
    using Packet = Eigen::internal::packet_traits<float>::type;
    constexpr int chains = 12;
    constexpr int lanes = Eigen::internal::unpacket_traits<Packet>::size;
    constexpr long long iterations = 1 << 20;
    volatile float sink = 0.0f;
    const Timing best = minimumOverRepeats(options, [&] {
        Packet acc[chains];
        for (int c = 0; c < chains; ++c)
            acc[c] = Eigen::internal::pset1<Packet>(1e-3f * float(c));
        const Packet a = Eigen::internal::pset1<Packet>(0.999999f);
        const Packet b = Eigen::internal::pset1<Packet>(1e-7f);
        const Stopwatch watch;
        for (long long n = 0; n < iterations; ++n) {
#pragma GCC unroll 12
            for (int c = 0; c < chains; ++c)
                acc[c] = Eigen::internal::pmadd(acc[c], a, b);
        }
        const Timing t = watch.elapsed();
        for (int c = 0; c < chains; ++c)
            sink = sink + Eigen::internal::predux(acc[c]);
        return t;
    });
    return 2.0 * chains * lanes * double(iterations) / (best.cpu * 1e-3) * 1e-9;
}

// The seed's training as the headless mode runs it: 50 epochs, the test set evaluated after
// each, from building the data to the last epoch.
FullRunResult fullRun(RecurrentCell cell)
{
    FullRunResult result;
    const Stopwatch watch;
    ModelConfig model;
    model.cell = cell;
    const TrainConfig train;
    Trainer trainer(model, train, seedData(model.timesteps));
    trainer.step();
    const long long allocationsBefore = allocationCount.load();
    const Trainer::Outcome outcome = trainer.run({});
    const Timing t = watch.elapsed();
    result.seconds = t.wall / 1000.0;
    result.cpuSeconds = t.cpu / 1000.0;
    result.steps = trainer.stepCount();
    result.epochs = trainer.epoch();
    result.testMse = trainer.lastEpoch().testMse;
    result.allocationsPerStep = double(allocationCount.load() - allocationsBefore) / double(result.steps - 1);
    if (outcome != Trainer::Outcome::Finished)
        std::fprintf(stderr, "the full run did not finish: %s\n", trainer.divergenceMessage().c_str());
    return result;
}

std::vector<Shape> gridShapes()
{
    std::vector<Shape> shapes;
    for (int units : {8, 20, 64, 128, 256})
        for (int timesteps : {10, 20, 50, 200})
            for (int layers : {1, 2, 4})
                shapes.push_back({units, timesteps, layers});
    return shapes;
}

std::vector<Shape> defaultShapes()
{
    return {{20, 20, 2}, {8, 10, 1}, {64, 50, 2}, {128, 20, 1}, {256, 50, 2}};
}

void printUsage(std::FILE *out)
{
    std::fprintf(out,
                 "Usage: lstm-lab-bench [options]\n"
                 "Times LSTM Lab's training step (batch %d, float32, one thread, Adam) and its parts.\n\n"
                 "  --config U,T,L   units, timesteps and layers of one configuration (repeatable);\n"
                 "                   default: the seed's 20,20,2 and a few others\n"
                 "  --grid           units {8,20,64,128,256} x timesteps {10,20,50,200} x layers {1,2,4}\n"
                 "  --cell NAME      the layers' cell: lstm (default), rnn or gru; for rnn and gru the\n"
                 "                   layers' forward and backward alone are timed by the kernels and by\n"
                 "                   the readable reference instead of the LSTM's products\n"
                 "  --full-run       also time the seed's whole 50-epoch training\n"
                 "  --no-inference   skip the inference timing (979 test windows, seed configuration)\n"
                 "  --breakdown      also split each step into forward, backward, Adam and the rest\n"
                 "  --peak           also measure one thread's float multiply-add rate, and what the\n"
                 "                   inference's multiply-adds alone need at that rate\n"
                 "  --pipes          only show which AVX-512 instructions of the gate nonlinearities\n"
                 "                   take turns on the multiply-add units (about 20 s)\n"
                 "  --repeats N      repeats per measurement, the minimum is reported (default 5)\n"
                 "  --min-ms X       milliseconds each repeat lasts at least (default 200)\n"
                 "  --tokens V,H,T,B[,L]\n"
                 "                   only time the LSTM layers of a character-level network (repeatable):\n"
                 "                   vocabulary V one-hot into the first of L layers (default 2) of H\n"
                 "                   units, T steps, B streams, the state carried from step to step;\n"
                 "                   forward and backward, no head, no Adam; against --peak's rate\n"
                 "  --text V,H,T,B[,L]\n"
                 "                   only time a whole character-level training step (repeatable):\n"
                 "                   TextTrainer::step() on random text of V symbols, L layers (default 2)\n"
                 "                   of H units, B streams x T steps, dropout 0.5, clipping 5, Adam; and\n"
                 "                   sampling 1,000 characters; against --peak's rate\n"
                 "  --csv            comma-separated output\n"
                 "  --json           JSON output (bench/compare_pytorch.py reads it)\n"
                 "  --help           this text\n",
                 batchSize);
}

bool parseShape(const char *text, Shape *shape)
{
    int units = 0, timesteps = 0, layers = 0;
    char tail = 0;
    if (std::sscanf(text, "%d,%d,%d%c", &units, &timesteps, &layers, &tail) != 3)
        return false;
    ModelConfig model;
    model.units = units;
    model.timesteps = timesteps;
    model.layers = layers;
    if (model.validate())
        return false;
    *shape = {units, timesteps, layers};
    return true;
}

bool parseTextShape(const char *text, TextShape *shape)
{
    TextShape parsed;
    char tail = 0;
    const int fields = std::sscanf(text, "%d,%d,%d,%d,%d%c", &parsed.vocabulary, &parsed.units, &parsed.timesteps,
                                   &parsed.streams, &parsed.layers, &tail);
    if (fields != 4 && fields != 5)
        return false;
    ModelConfig model;
    model.units = parsed.units;
    model.timesteps = parsed.timesteps;
    model.layers = parsed.layers;
    TrainConfig train;
    train.batchSize = parsed.streams;
    if (parsed.vocabulary < 2 || parsed.vocabulary > 10000 || model.validateText() || train.validate())
        return false;
    *shape = parsed;
    return true;
}

bool parseTokenShape(const char *text, TokenShape *shape)
{
    TokenShape parsed;
    char tail = 0;
    const int fields = std::sscanf(text, "%d,%d,%d,%d,%d%c", &parsed.vocabulary, &parsed.units, &parsed.timesteps,
                                   &parsed.streams, &parsed.layers, &tail);
    if (fields != 4 && fields != 5)
        return false;
    if (parsed.vocabulary < 1 || parsed.vocabulary > 10000 || parsed.units < 1 || parsed.units > 1024
        || parsed.timesteps < 1 || parsed.timesteps > 1000 || parsed.streams < 1 || parsed.streams > 1000
        || parsed.layers < 1 || parsed.layers > 8)
        return false;
    *shape = parsed;
    return true;
}

// A whole number in [min, max], or nothing.
std::optional<long> parseCount(const std::string &text, long min, long max)
{
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0 || value < min || value > max)
        return std::nullopt;
    return value;
}

// Returns 0 to go on, or an exit code; the values are checked here, each message naming the
// option and its range.
int parseOptions(int argc, char **argv, Options *options)
{
    CLI::App app;
    bool noInference = false;
    std::vector<std::string> configs;
    std::vector<std::string> tokenConfigs;
    std::vector<std::string> textConfigs;
    std::string repeats, minMilliseconds, cell;
    app.add_flag("--grid", options->grid);
    app.add_flag("--csv", options->csv);
    app.add_flag("--json", options->json);
    app.add_flag("--full-run", options->fullRun);
    app.add_flag("--no-inference", noInference);
    app.add_flag("--breakdown", options->breakdown);
    app.add_flag("--pipes", options->pipes);
    app.add_flag("--peak", options->peak);
    // A value is optional to CLI11, so a missing one arrives as "" and gets the message below.
    CLI::Option *config = app.add_option("--config", configs)->expected(0, 1);
    config->multi_option_policy(CLI::MultiOptionPolicy::TakeAll); // repeatable
    CLI::Option *tokensOption = app.add_option("--tokens", tokenConfigs)->expected(0, 1);
    tokensOption->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    CLI::Option *textOption = app.add_option("--text", textConfigs)->expected(0, 1);
    textOption->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    CLI::Option *repeatsOption = app.add_option("--repeats", repeats)->expected(0, 1);
    CLI::Option *minMsOption = app.add_option("--min-ms", minMilliseconds)->expected(0, 1);
    CLI::Option *cellOption = app.add_option("--cell", cell)->expected(0, 1);
    if (const int code = parseBenchCommandLine(app, argc, argv, [] { printUsage(stdout); }))
        return code;
    options->inference = !noInference;
    for (std::size_t k = 0; k < config->count(); ++k) {
        Shape shape;
        if (k >= configs.size() || !parseShape(configs[k].c_str(), &shape)) {
            std::fprintf(stderr, "--config needs units,timesteps,layers within the model's ranges "
                                 "(units 1..256, timesteps 1..512, layers 1..8)\n");
            return 2;
        }
        options->shapes.push_back(shape);
    }
    for (std::size_t k = 0; k < tokensOption->count(); ++k) {
        TokenShape shape;
        if (k >= tokenConfigs.size() || !parseTokenShape(tokenConfigs[k].c_str(), &shape)) {
            std::fprintf(stderr, "--tokens needs vocabulary,units,timesteps,streams[,layers] "
                                 "(vocabulary 1..10000, units 1..1024, timesteps 1..1000, streams 1..1000, "
                                 "layers 1..8)\n");
            return 2;
        }
        options->tokenShapes.push_back(shape);
    }
    for (std::size_t k = 0; k < textOption->count(); ++k) {
        TextShape shape;
        if (k >= textConfigs.size() || !parseTextShape(textConfigs[k].c_str(), &shape)) {
            std::fprintf(stderr, "--text needs vocabulary,units,timesteps,streams[,layers] "
                                 "(vocabulary 2..10000, units 1..512, timesteps 1..512, streams 1..4096, "
                                 "layers 1..8)\n");
            return 2;
        }
        options->textShapes.push_back(shape);
    }
    if (repeatsOption->count()) {
        const std::optional<long> value = parseCount(repeats, 1, 1000);
        if (!value) {
            std::fprintf(stderr, "--repeats must be an integer in 1..1000\n");
            return 2;
        }
        options->repeats = int(*value);
    }
    if (minMsOption->count()) {
        char *end = nullptr;
        options->minMilliseconds = minMilliseconds.empty() ? -1.0 : std::strtod(minMilliseconds.c_str(), &end);
        if ((end && *end != '\0') || !(options->minMilliseconds >= 0.0 && options->minMilliseconds <= 60000.0)) {
            std::fprintf(stderr, "--min-ms must be a number in 0..60000\n");
            return 2;
        }
    }
    if (cellOption->count()) {
        const std::optional<RecurrentCell> named = cellFromName(cell);
        if (!named) {
            std::fprintf(stderr, "--cell must be one of %s\n", cellNames);
            return 2;
        }
        options->cell = *named;
    }
    if (options->grid)
        for (const Shape &shape : gridShapes())
            options->shapes.push_back(shape);
    if (options->shapes.empty() && options->tokenShapes.empty() && options->textShapes.empty())
        options->shapes = defaultShapes();
    for (Shape &shape : options->shapes)
        shape.cell = options->cell;
    return 0;
}

std::string label(const Shape &shape)
{
    return std::to_string(shape.units) + "x" + std::to_string(shape.timesteps) + "x" + std::to_string(shape.layers);
}

void printHeader(const Options &options)
{
    const bool lstm = options.cell == RecurrentCell::Lstm;
    if (options.json) {
        std::printf("{\n  \"engine\": \"LSTM Lab\",\n  \"simd\": \"%s\",\n  \"batch\": %d,\n  \"repeats\": %d,\n"
                    "  \"cell\": \"%s\",\n  \"configs\": [",
                    Eigen::SimdInstructionSetsInUse(), batchSize, options.repeats, cellName(options.cell));
    } else if (!lstm && options.csv) {
        std::printf("kind,cell,units,timesteps,layers,batch,step_ms,step_cpu_ms,layers_cpu_ms,"
                    "reference_layers_cpu_ms,reference_over_kernels,allocations_per_step\n");
    } else if (!lstm) {
        std::printf("LSTM Lab training step, %s cell: batch %d, float32, one thread, Adam; SIMD %s.\n"
                    "Minimum over %d repeats of at least %.0f ms each, wall-clock and processor time (cpu).\n"
                    "layers = the layers' forward and backward alone run by the kernels (what trains),\n"
                    "reference = the same run by the readable reference; reference/kernels compares them.\n\n",
                    cellName(options.cell), batchSize, Eigen::SimdInstructionSetsInUse(), options.repeats,
                    options.minMilliseconds);
        std::printf("%-12s %10s %10s %14s %14s %18s %12s\n", "HxTxL", "step ms", "step cpu", "layers cpu",
                    "reference cpu", "reference/kernels", "allocs/step");
    } else if (options.csv) {
        std::printf("kind,units,timesteps,layers,batch,step_ms,step_cpu_ms,products_cpu_ms,eigen_products_cpu_ms,"
                    "step_over_products,allocations_per_step\n");
    } else {
        std::printf("LSTM Lab training step: batch %d, float32, one thread, Adam; SIMD %s.\n"
                    "Minimum over %d repeats of at least %.0f ms each, wall-clock and processor time (cpu).\n"
                    "products = the step's matrix products alone with the engine's kernels, eigen = the same\n"
                    "products with Eigen's GEMM; step/products compares processor times.\n\n",
                    batchSize, Eigen::SimdInstructionSetsInUse(), options.repeats, options.minMilliseconds);
        std::printf("%-12s %10s %10s %14s %14s %14s %12s\n", "HxTxL", "step ms", "step cpu", "products cpu",
                    "eigen cpu", "step/products", "allocs/step");
    }
    std::fflush(stdout);
}

void printResult(const Options &options, const Result &r, bool first)
{
    if (r.shape.cell != RecurrentCell::Lstm) {
        const double gain = r.referenceLayers.cpu / r.layers.cpu;
        if (options.json)
            std::printf("%s\n    {\"cell\": \"%s\", \"units\": %d, \"timesteps\": %d, \"layers\": %d, "
                        "\"step_ms\": %.6g, \"step_cpu_ms\": %.6g, \"products_cpu_ms\": null, "
                        "\"layers_ms\": %.6g, \"layers_cpu_ms\": %.6g, \"reference_layers_ms\": %.6g, "
                        "\"reference_layers_cpu_ms\": %.6g, \"allocations_per_step\": %.6g, \"steps_timed\": %lld}",
                        first ? "" : ",", cellName(r.shape.cell), r.shape.units, r.shape.timesteps, r.shape.layers,
                        r.step.wall, r.step.cpu, r.layers.wall, r.layers.cpu, r.referenceLayers.wall,
                        r.referenceLayers.cpu, r.allocationsPerStep, r.stepsTimed);
        else if (options.csv)
            std::printf("step,%s,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.4g,%.6g\n", cellName(r.shape.cell), r.shape.units,
                        r.shape.timesteps, r.shape.layers, batchSize, r.step.wall, r.step.cpu, r.layers.cpu,
                        r.referenceLayers.cpu, gain, r.allocationsPerStep);
        else
            std::printf("%-12s %10.4g %10.4g %14.4g %14.4g %18.2f %12.3g\n", label(r.shape).c_str(), r.step.wall,
                        r.step.cpu, r.layers.cpu, r.referenceLayers.cpu, gain, r.allocationsPerStep);
        std::fflush(stdout);
        return;
    }
    const double ratio = r.step.cpu / r.products.cpu;
    if (options.json) {
        std::printf("%s\n    {\"units\": %d, \"timesteps\": %d, \"layers\": %d, \"step_ms\": %.6g, "
                    "\"step_cpu_ms\": %.6g, \"products_ms\": %.6g, \"products_cpu_ms\": %.6g, "
                    "\"eigen_products_ms\": %.6g, \"eigen_products_cpu_ms\": %.6g, "
                    "\"allocations_per_step\": %.6g, \"steps_timed\": %lld}",
                    first ? "" : ",", r.shape.units, r.shape.timesteps, r.shape.layers, r.step.wall, r.step.cpu,
                    r.products.wall, r.products.cpu, r.eigenProducts.wall, r.eigenProducts.cpu,
                    r.allocationsPerStep, r.stepsTimed);
    } else if (options.csv) {
        std::printf("step,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.4g,%.6g\n", r.shape.units, r.shape.timesteps,
                    r.shape.layers, batchSize, r.step.wall, r.step.cpu, r.products.cpu, r.eigenProducts.cpu, ratio,
                    r.allocationsPerStep);
    } else {
        std::printf("%-12s %10.4g %10.4g %14.4g %14.4g %14.2f %12.3g\n", label(r.shape).c_str(), r.step.wall,
                    r.step.cpu, r.products.cpu, r.eigenProducts.cpu, ratio, r.allocationsPerStep);
    }
    std::fflush(stdout);
}

// --pipes: which instructions of the gate nonlinearities (kernels/activation.h) compete with the
// products' multiply-adds for the processor's multiply-add units. Each instruction is timed in
// twelve independent chains alone, then following a multiply-add, in units of one 16-lane
// multiply-add's issue time: when the added multiply-add costs a whole turn more, the two
// share units; when it costs (almost) nothing, the instruction runs beside them. The evidence
// behind the inference floor in docs/performance.md (Limits).
#if defined(__AVX512F__) && defined(__AVX512DQ__)
template <typename F>
double nanosecondsPerApplication(const Options &options, F f)
{
    constexpr int chains = 12;
    constexpr long long iterations = 1 << 16;
    volatile float sink = 0.0f;
    const Timing best = minimumOverRepeats(options, [&] {
        __m512 v[chains];
        for (int c = 0; c < chains; ++c)
            v[c] = _mm512_set1_ps(1.0f + float(c) * 1e-3f);
        const Stopwatch watch;
        for (long long n = 0; n < iterations; ++n) {
#pragma GCC unroll 12
            for (int c = 0; c < chains; ++c)
                v[c] = f(v[c]);
        }
        const Timing t = watch.elapsed();
        for (int c = 0; c < chains; ++c)
            sink = sink + _mm512_cvtss_f32(v[c]);
        return t;
    });
    return best.cpu * 1e6 / double(chains * iterations);
}

void printPipes(const Options &options)
{
    const __m512 half = _mm512_set1_ps(0.5f), one = _mm512_set1_ps(1.0f);
    const auto fma = [=](__m512 x) { return _mm512_fmadd_ps(x, half, half); };
    const auto bits = [](__m512 x) { return _mm512_castps_si512(x); };
    const auto floats = [](__m512i x) { return _mm512_castsi512_ps(x); };
    nanosecondsPerApplication(options, fma); // a first run, while the clock speeds up
    const double turn = nanosecondsPerApplication(options, fma);
    std::printf("One 16-lane multiply-add issues every %.3f ns. In units of that:\n\n", turn);
    std::printf("%-38s %6s %10s\n", "instruction (16 floats)", "alone", "with FMA");
    const auto report = [&](const char *name, auto f) {
        const double alone = nanosecondsPerApplication(options, f) / turn;
        const double withFma = nanosecondsPerApplication(options, [&](__m512 x) { return f(fma(x)); }) / turn;
        std::printf("%-38s %6.2f %10.2f   %s\n", name, alone, withFma,
                    withFma - alone > 0.75 ? "takes a multiply-add's turn" : "runs beside the multiply-adds");
    };
    report("vmulps (multiply)", [=](__m512 x) { return _mm512_mul_ps(x, half); });
    report("vaddps (add)", [=](__m512 x) { return _mm512_add_ps(x, half); });
    report("vminps (clamp)", [=](__m512 x) { return _mm512_min_ps(x, one); });
    report("vpermt2ps (32-entry table)", [=](__m512 x) { return _mm512_permutex2var_ps(x, bits(half), one); });
    report("vpslld (shift)", [=](__m512 x) { return floats(_mm512_slli_epi32(bits(x), 1)); });
    report("vpaddd (integer add)", [=](__m512 x) { return floats(_mm512_add_epi32(bits(x), bits(half))); });
    report("vpandd (mask)", [=](__m512 x) { return floats(_mm512_and_si512(bits(x), bits(one))); });
    report("vdivps (division)", [=](__m512 x) { return _mm512_div_ps(one, x); });
    report("vrcp14ps (reciprocal estimate)", [=](__m512 x) { return _mm512_rcp14_ps(x); });
    report("vscalefps (times 2^n; one unit only)", [=](__m512 x) { return _mm512_scalef_ps(x, half); });
}
#else
void printPipes(const Options &)
{
    std::printf("--pipes measures AVX-512 instructions; this build has no AVX-512 (a portable build, or "
                "another processor).\n");
}
#endif

void printTail(const Options &options, const InferenceResult *inference, const FullRunResult *full, double peakGflops)
{
    if (options.json) {
        std::printf("\n  ]");
        if (inference)
            std::printf(",\n  \"inference\": {\"units\": 20, \"timesteps\": 20, \"layers\": 2, \"windows\": %d, "
                        "\"ms\": %.6g, \"cpu_ms\": %.6g, \"products_cpu_ms\": %.6g, \"allocations\": %.6g}",
                        inference->windows, inference->time.wall, inference->time.cpu, inference->products.cpu,
                        inference->allocations);
        if (peakGflops > 0.0)
            std::printf(",\n  \"peak_gflops\": %.6g", peakGflops);
        if (full)
            std::printf(",\n  \"full_run\": {\"epochs\": %d, \"steps\": %lld, \"seconds\": %.6g, "
                        "\"cpu_seconds\": %.6g, \"test_mse\": %.6g, \"allocations_per_step\": %.6g}",
                        full->epochs, full->steps, full->seconds, full->cpuSeconds, full->testMse,
                        full->allocationsPerStep);
        std::printf("\n}\n");
    } else if (options.csv) {
        if (inference)
            std::printf("inference,20,20,2,%d,%.6g,%.6g,,,,%.6g\n", inference->windows, inference->time.wall,
                        inference->time.cpu, inference->allocations);
        if (full)
            std::printf("full_run,20,20,2,%d,%.6g,%.6g,,,,%.6g\n", batchSize, full->seconds * 1000.0,
                        full->cpuSeconds * 1000.0, full->allocationsPerStep);
    } else {
        if (inference) {
            std::printf("\nInference, seed configuration, %d test windows in one batch: %.4g ms (cpu %.4g ms), "
                        "%.3g allocations per evaluation",
                        inference->windows, inference->time.wall, inference->time.cpu, inference->allocations);
            if (options.cell == RecurrentCell::Lstm)
                std::printf("; its products alone: cpu %.4g ms", inference->products.cpu);
            std::printf("\n");
        }
        if (peakGflops > 0.0) {
            std::printf("One thread's float multiply-add rate: %.1f GFLOP/s", peakGflops);
            if (inference)
                std::printf("; the inference's %.1f million multiply-adds alone need %.3g ms at that rate",
                            inference->multiplyAdds * 1e-6, 2.0 * inference->multiplyAdds / (peakGflops * 1e6));
            std::printf("\n");
        }
        if (full)
            std::printf("Full seed training, %d epochs, %lld steps, test set evaluated after each epoch: %.3f s wall "
                        "(cpu %.3f s), final test MSE %.3g, %.3g allocations per step after the first\n",
                        full->epochs, full->steps, full->seconds, full->cpuSeconds, full->testMse,
                        full->allocationsPerStep);
    }
    std::fflush(stdout);
}

// --tokens: each shape's layers, then the peak rate they are set against.
void runTokens(const Options &options)
{
    std::vector<TokenResult> results;
    if (!options.json && !options.csv)
        std::printf("LSTM layers of a character-level network (one-hot layer 0, state carried), float32, one thread;\n"
                    "SIMD %s. Minimum over %d repeats of at least %.0f ms each; processor ms.\n\n",
                    Eigen::SimdInstructionSetsInUse(), options.repeats, options.minMilliseconds);
    for (const TokenShape &shape : options.tokenShapes)
        results.push_back(measureTokens(shape, options));
    const double peak = measurePeakGflops(options);
    const auto gflops = [](const TokenResult &r) { return 2.0 * r.multiplyAdds / (r.step.cpu * 1e6); };
    if (options.json) {
        std::printf("{\n  \"engine\": \"LSTM Lab\",\n  \"simd\": \"%s\",\n  \"peak_gflops\": %.6g,\n  \"tokens\": [",
                    Eigen::SimdInstructionSetsInUse(), peak);
        for (std::size_t k = 0; k < results.size(); ++k) {
            const TokenResult &r = results[k];
            std::printf("%s\n    {\"vocabulary\": %d, \"units\": %d, \"timesteps\": %d, \"streams\": %d, "
                        "\"layers\": %d, \"step_ms\": %.6g, \"step_cpu_ms\": %.6g, \"forward_cpu_ms\": %.6g, "
                        "\"backward_cpu_ms\": %.6g, \"gflops\": %.6g, \"allocations_per_step\": %.6g}",
                        k ? "," : "", r.shape.vocabulary, r.shape.units, r.shape.timesteps, r.shape.streams,
                        r.shape.layers, r.step.wall, r.step.cpu, r.forward.cpu, r.backward.cpu, gflops(r),
                        r.allocationsPerStep);
        }
        std::printf("\n  ]\n}\n");
    } else if (options.csv) {
        std::printf("kind,vocabulary,units,timesteps,streams,layers,step_ms,step_cpu_ms,forward_cpu_ms,"
                    "backward_cpu_ms,gflops,percent_of_peak,allocations_per_step\n");
        for (const TokenResult &r : results)
            std::printf("tokens,%d,%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%.4g,%.3g,%.6g\n", r.shape.vocabulary,
                        r.shape.units, r.shape.timesteps, r.shape.streams, r.shape.layers, r.step.wall, r.step.cpu,
                        r.forward.cpu, r.backward.cpu, gflops(r), 100.0 * gflops(r) / peak, r.allocationsPerStep);
        std::printf("peak,,,,,,,,,,%.4g,100,\n", peak);
    } else {
        std::printf("%-22s %10s %10s %12s %12s %9s %9s %12s\n", "V, HxL, streams x T", "step ms", "step cpu",
                    "forward cpu", "backward cpu", "GFLOP/s", "of peak", "allocs/step");
        for (const TokenResult &r : results) {
            const std::string name = std::to_string(r.shape.vocabulary) + ", " + std::to_string(r.shape.units) + "x"
                                     + std::to_string(r.shape.layers) + ", " + std::to_string(r.shape.streams) + "x"
                                     + std::to_string(r.shape.timesteps);
            std::printf("%-22s %10.4g %10.4g %12.4g %12.4g %9.1f %8.0f%% %12.3g\n", name.c_str(), r.step.wall,
                        r.step.cpu, r.forward.cpu, r.backward.cpu, gflops(r), 100.0 * gflops(r) / peak,
                        r.allocationsPerStep);
        }
        std::printf("\nOne thread's float multiply-add rate (--peak): %.1f GFLOP/s. GFLOP/s counts the products of\n"
                    "(1)-(4), (11) and (12) (layer 0's lookup and scatter-add count nothing).\n",
                    peak);
    }
    std::fflush(stdout);
}

// --text: each shape's whole training step and sampling, then the peak rate they are set against.
void runText(const Options &options)
{
    std::vector<TextResult> results;
    if (!options.json)
        std::printf("Whole character-level training steps (TextTrainer::step: forward with dropout, loss,\n"
                    "backward, clipping, Adam), float32, one thread; SIMD %s. Mean step of a repeat of at\n"
                    "least %.0f ms, minimum and median over %d repeats; processor ms.\n\n",
                    Eigen::SimdInstructionSetsInUse(), options.minMilliseconds, options.repeats);
    for (const TextShape &shape : options.textShapes)
        results.push_back(measureText(shape, options));
    const double peak = measurePeakGflops(options);
    const auto gflops = [](const TextResult &r) { return 2.0 * r.multiplyAdds / (r.step.cpu * 1e6); };
    if (options.json) {
        std::printf("{\n  \"engine\": \"LSTM Lab\",\n  \"simd\": \"%s\",\n  \"peak_gflops\": %.6g,\n  \"text\": [",
                    Eigen::SimdInstructionSetsInUse(), peak);
        for (std::size_t k = 0; k < results.size(); ++k) {
            const TextResult &r = results[k];
            std::printf("%s\n    {\"vocabulary\": %d, \"units\": %d, \"timesteps\": %d, \"streams\": %d, "
                        "\"layers\": %d, \"step_ms\": %.6g, \"step_cpu_ms\": %.6g, \"median_step_ms\": %.6g, "
                        "\"median_step_cpu_ms\": %.6g, \"steps_timed\": %lld, \"multiply_adds\": %.6g, "
                        "\"gflops\": %.6g, \"allocations_per_step\": %.6g, \"sample_characters\": %d, "
                        "\"sample_ms\": %.6g, \"sample_cpu_ms\": %.6g, \"median_sample_cpu_ms\": %.6g}",
                        k ? "," : "", r.shape.vocabulary, r.shape.units, r.shape.timesteps, r.shape.streams,
                        r.shape.layers, r.step.wall, r.step.cpu, r.medianStep.wall, r.medianStep.cpu, r.stepsTimed,
                        r.multiplyAdds, gflops(r), r.allocationsPerStep, sampleLength, r.sample.wall, r.sample.cpu,
                        r.medianSample.cpu);
        }
        std::printf("\n  ]\n}\n");
    } else {
        std::printf("%-24s %10s %10s %10s %9s %8s %11s %12s %12s\n", "V, HxL, streams x T", "step ms", "step cpu",
                    "median cpu", "GFLOP/s", "of peak", "allocs/step", "sample cpu", "median");
        for (const TextResult &r : results) {
            const std::string name = std::to_string(r.shape.vocabulary) + ", " + std::to_string(r.shape.units) + "x"
                                     + std::to_string(r.shape.layers) + ", " + std::to_string(r.shape.streams) + "x"
                                     + std::to_string(r.shape.timesteps);
            std::printf("%-24s %10.4g %10.4g %10.4g %9.1f %7.0f%% %11.3g %12.4g %12.4g\n", name.c_str(), r.step.wall,
                        r.step.cpu, r.medianStep.cpu, gflops(r), 100.0 * gflops(r) / peak, r.allocationsPerStep,
                        r.sample.cpu, r.medianSample.cpu);
        }
        std::printf("\nOne thread's float multiply-add rate (--peak): %.1f GFLOP/s. GFLOP/s counts the products of\n"
                    "(1)-(4), (11), (12) and the head's (13) and (17) (layer 0's lookup and scatter-add count\n"
                    "nothing). Sample: %d characters at temperature 0.8, processor ms.\n",
                    peak, sampleLength);
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (const int code = parseOptions(argc, argv, &options))
        return code < 0 ? 0 : code;
    if (options.pipes) {
        printPipes(options);
        return 0;
    }

    if (!options.tokenShapes.empty()) {
        runTokens(options);
        return 0;
    }
    if (!options.textShapes.empty()) {
        runText(options);
        return 0;
    }

    printHeader(options);
    bool first = true;
    for (const Shape &shape : options.shapes) {
        Result result = measureStep(shape, options);
        if (shape.cell == RecurrentCell::Lstm) {
            result.products = measureProducts(shape, options);
            result.eigenProducts = measureEigenProducts(shape, options);
        } else {
            std::tie(result.layers, result.referenceLayers) = measureCellLayers(shape, options);
        }
        printResult(options, result, first);
        if (options.breakdown && !options.json && !options.csv) {
            const Breakdown b = measureBreakdown(shape, options);
            // Each part is its own minimum, so on a noisy machine the parts can add up to a
            // little more than the step: the rest is then reported as 0.
            const double rest = std::max(0.0, result.step.cpu - b.forward - b.backward - b.adam);
            std::printf("    cpu ms: forward + loss %.4g (%.0f%%), backward %.4g (%.0f%%), Adam %.4g (%.0f%%), "
                        "rest of the step %.4g (%.0f%%)\n",
                        b.forward, 100.0 * b.forward / result.step.cpu, b.backward,
                        100.0 * b.backward / result.step.cpu, b.adam, 100.0 * b.adam / result.step.cpu,
                        rest, 100.0 * rest / result.step.cpu);
            std::fflush(stdout);
        }
        first = false;
    }
    InferenceResult inference;
    if (options.inference)
        inference = measureInference(Shape{.cell = options.cell}, options);
    FullRunResult full;
    if (options.fullRun)
        full = fullRun(options.cell);
    const double peakGflops = options.peak ? measurePeakGflops(options) : 0.0;
    printTail(options, options.inference ? &inference : nullptr, options.fullRun ? &full : nullptr, peakGflops);
    return 0;
}
