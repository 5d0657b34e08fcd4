#include "network.h"

#include "activation.h"
#include "lstmreference.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace lstmlab {

namespace {

// Uniform in [-bound, bound) from the 32 random bits of one mt19937 draw, so the same seed
// gives the same weights with any standard library.
template <typename Scalar>
Scalar uniform(std::mt19937 &rng, double bound)
{
    const double u = double(rng()) * (1.0 / 4294967296.0);
    return Scalar((2.0 * u - 1.0) * bound);
}

// Windows b0 .. b0+n-1 of inputs (I*T, B), x_t in rows t*I .. t*I+I-1, into the top T*n rows
// of x (T*n, I) with row t*n + b: with one input feature, a transposition.
template <typename Scalar>
void gatherInputs(Matrix<Scalar> &x, const Eigen::Ref<const Matrix<Scalar>> &inputs, Eigen::Index b0, Eigen::Index n)
{
    const Eigen::Index I = x.cols();
    const Eigen::Index T = inputs.rows() / I;
    if (I == 1) {
        Eigen::Map<Matrix<Scalar>>(x.data(), n, T) = inputs.middleCols(b0, n).transpose();
        return;
    }
    for (Eigen::Index b = 0; b < n; ++b)
        for (Eigen::Index t = 0; t < T; ++t)
            for (Eigen::Index k = 0; k < I; ++k)
                x(t * n + b, k) = inputs(t * I + k, b0 + b);
}

// The tanh of (14) in place, y (O, n) contiguous: activation.h's, as in the layers.
template <typename Scalar>
void applyTanh(Eigen::Ref<Matrix<Scalar>> y)
{
    eigen_assert(y.outerStride() == y.rows());
    activation::tanhInPlace(y.data(), y.size());
}

// f(m) with m the (O, B) matrix as a plain map when its columns are adjacent, as the targets
// always are, so that Eigen vectorises; otherwise f(the matrix as it is).
template <typename Scalar, typename F>
auto withPlainLayout(const Eigen::Ref<const Matrix<Scalar>> &m, F f)
{
    if (m.outerStride() == m.rows())
        return f(Eigen::Map<const Matrix<Scalar>>(m.data(), m.rows(), m.cols()));
    return f(m);
}

} // namespace

template <typename Scalar>
Network<Scalar>::Network(const ModelConfig &config) : m_config(config)
{
    int inputSize = config.inputSize;
    for (int l = 0; l < config.layers; ++l) {
        switch (config.cell) {
        case RecurrentCell::Lstm: m_layers.emplace_back(inputSize, config.units); break;
        case RecurrentCell::Rnn: m_rnnLayers.emplace_back(inputSize, config.units); break;
        case RecurrentCell::Gru: m_gruLayers.emplace_back(inputSize, config.units); break;
        }
        inputSize = config.units;
    }
    m_params = Vec::Zero(parameterCount(config));
    m_grads = Vec::Zero(m_params.size());
    bindLayers();
}

template <typename Scalar>
Network<Scalar>::Network(const Network &other)
    : m_config(other.m_config), m_params(other.m_params), m_grads(other.m_grads),
      m_layers(other.m_layers), m_rnnLayers(other.m_rnnLayers), m_gruLayers(other.m_gruLayers)
{
    bindLayers();
}

template <typename Scalar>
Network<Scalar> &Network<Scalar>::operator=(const Network &other)
{
    if (this != &other) {
        m_config = other.m_config;
        m_params = other.m_params;
        m_grads = other.m_grads;
        m_layers = other.m_layers;
        m_rnnLayers = other.m_rnnLayers;
        m_gruLayers = other.m_gruLayers;
        bindLayers();
    }
    return *this;
}

template <typename Scalar>
Eigen::Index Network<Scalar>::parameterCount(const ModelConfig &config)
{
    Eigen::Index count = 0;
    int inputSize = config.inputSize;
    for (int l = 0; l < config.layers; ++l) {
        count += Eigen::Index(cellGateCount(config.cell)) * config.units * (inputSize + config.units + 2);
        inputSize = config.units;
    }
    return count + Eigen::Index(config.outputSize) * (config.units + 1);
}

template <typename Scalar>
void Network<Scalar>::swapParameters(Vec &other)
{
    eigen_assert(other.size() == m_params.size());
    m_params.swap(other);
    bindLayers();
}

template <typename Scalar>
void Network<Scalar>::bindLayers()
{
    Eigen::Index offset = 0;
    const auto bindAll = [&](auto &layers) { // only the chosen cell's vector has layers
        for (auto &layer : layers) {
            layer.bind(m_params.data() + offset, m_grads.data() + offset);
            offset += layer.parameterCount();
        }
    };
    bindAll(m_layers);
    bindAll(m_rnnLayers);
    bindAll(m_gruLayers);
}

template <typename Scalar>
bool Network<Scalar>::forwardLayer(Workspace &ws, int l, const ConstRef &x, int timesteps, int batch,
                                   const StopFlag *stop) const
{
    const std::size_t k = std::size_t(l);
    switch (m_config.cell) {
    case RecurrentCell::Rnn: return m_rnnLayers[k].forward(x, timesteps, batch, ws.rnnCaches[k], stop);
    case RecurrentCell::Gru: return m_gruLayers[k].forward(x, timesteps, batch, ws.gruCaches[k], stop);
    case RecurrentCell::Lstm: break;
    }
    return m_layers[k].forward(x, timesteps, batch, ws.caches[k], stop);
}

template <typename Scalar>
bool Network<Scalar>::backwardLayer(Workspace &ws, int l, const ConstRef &dH, const ConstRef &x, Ref *dX,
                                    const StopFlag *stop)
{
    const std::size_t k = std::size_t(l);
    const int T = ws.timesteps, B = ws.batch;
    switch (m_config.cell) {
    case RecurrentCell::Rnn: return m_rnnLayers[k].backward(dH, x, T, B, ws.rnnCaches[k], dX, stop);
    case RecurrentCell::Gru: return m_gruLayers[k].backward(dH, x, T, B, ws.gruCaches[k], dX, stop);
    case RecurrentCell::Lstm: break;
    }
    return m_layers[k].backward(dH, x, T, B, ws.caches[k], dX, stop);
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::hidden(const Workspace &ws, int l, Eigen::Index rows) const
{
    const std::size_t k = std::size_t(l);
    switch (m_config.cell) {
    case RecurrentCell::Rnn: return ws.rnnCaches[k].h.topRows(rows);
    case RecurrentCell::Gru: return ws.gruCaches[k].h.topRows(rows);
    case RecurrentCell::Lstm: break;
    }
    return ws.caches[k].h.topRows(rows);
}

template <typename Scalar>
Eigen::Index Network<Scalar>::headOffset() const
{
    return m_params.size() - Eigen::Index(m_config.outputSize) * (m_config.units + 1);
}

template <typename Scalar>
typename Network<Scalar>::MatMap Network<Scalar>::Wout()
{
    return MatMap(m_params.data() + headOffset(), m_config.outputSize, m_config.units);
}

template <typename Scalar>
typename Network<Scalar>::VecMap Network<Scalar>::bout()
{
    return VecMap(m_params.data() + m_params.size() - m_config.outputSize, m_config.outputSize);
}

template <typename Scalar>
typename Network<Scalar>::ConstMatMap Network<Scalar>::Wout() const
{
    return ConstMatMap(m_params.data() + headOffset(), m_config.outputSize, m_config.units);
}

template <typename Scalar>
typename Network<Scalar>::ConstVecMap Network<Scalar>::bout() const
{
    return ConstVecMap(m_params.data() + m_params.size() - m_config.outputSize, m_config.outputSize);
}

template <typename Scalar>
typename Network<Scalar>::MatMap Network<Scalar>::dWout()
{
    return MatMap(m_grads.data() + headOffset(), m_config.outputSize, m_config.units);
}

template <typename Scalar>
typename Network<Scalar>::VecMap Network<Scalar>::dbout()
{
    return VecMap(m_grads.data() + m_grads.size() - m_config.outputSize, m_config.outputSize);
}

template <typename Scalar>
void Network<Scalar>::initialise(std::mt19937 &rng)
{
    const double bound = 1.0 / std::sqrt(double(m_config.units));
    for (Eigen::Index k = 0; k < m_params.size(); ++k)
        m_params[k] = uniform<Scalar>(rng, bound);
    if (m_config.forgetBias != 0.0 && m_config.cell == RecurrentCell::Lstm) {
        const int H = m_config.units;
        for (LstmLayer<Scalar> &layer : m_layers) {
            layer.bih().segment(H, H).setConstant(Scalar(m_config.forgetBias)); // gate order i, f, g, o
            layer.bhh().segment(H, H).setZero();
        }
    }
    m_grads.setZero();
}

template <typename Scalar>
typename Network<Scalar>::Workspace Network<Scalar>::makeWorkspace(int batchCapacity) const
{
    const int T = m_config.timesteps;
    const Eigen::Index rows = Eigen::Index(T) * batchCapacity;
    Workspace ws;
    ws.capacity = batchCapacity;
    ws.timesteps = T;
    ws.x = Mat::Zero(rows, m_config.inputSize);
    const std::size_t L = std::size_t(layerCount());
    ws.caches.resize(m_layers.size());
    ws.rnnCaches.resize(m_rnnLayers.size());
    ws.gruCaches.resize(m_gruLayers.size());
    ws.masks.resize(L);
    ws.dropped.resize(L);
    ws.dOut.resize(L);
    for (std::size_t l = 0; l < L; ++l) {
        const int inputSize = l == 0 ? m_config.inputSize : m_config.units;
        if (l < m_layers.size())
            ws.caches[l].resize(inputSize, m_config.units, T, batchCapacity);
        if (l < m_rnnLayers.size())
            ws.rnnCaches[l].resize(inputSize, m_config.units, T, batchCapacity);
        if (l < m_gruLayers.size())
            ws.gruCaches[l].resize(inputSize, m_config.units, T, batchCapacity);
        ws.dOut[l] = Mat::Zero(rows, m_config.units);
        ws.masks[l] = Mat::Zero(rows, m_config.units);
        ws.dropped[l] = Mat::Zero(rows, m_config.units);
    }
    ws.y = Mat::Zero(m_config.outputSize, batchCapacity);
    ws.dy = Mat::Zero(m_config.outputSize, batchCapacity);
    return ws;
}

template <typename Scalar>
typename Network<Scalar>::Workspace Network<Scalar>::makeEvaluationWorkspace(int batchCapacity) const
{
    // A block of windows whose hidden states fit in the L2 cache along with the weights.
    const int T = m_config.timesteps;
    const int block = std::max(1, std::min(batchCapacity, evaluationBlock));
    Workspace ws;
    ws.evaluationOnly = true;
    ws.capacity = batchCapacity;
    ws.timesteps = T;
    ws.block = block;
    ws.x = Mat::Zero(Eigen::Index(T) * block, m_config.inputSize);
    if (m_config.cell == RecurrentCell::Rnn) { // the plain RNN runs its caches, one block large
        ws.rnnCaches.resize(m_rnnLayers.size());
        for (std::size_t l = 0; l < m_rnnLayers.size(); ++l)
            ws.rnnCaches[l].resize(m_rnnLayers[l].inputSize(), m_config.units, T, block);
        ws.y = Mat::Zero(m_config.outputSize, batchCapacity);
        return ws;
    }
    const std::size_t L = std::size_t(layerCount());
    ws.packed.resize(L);
    for (std::size_t l = 0; l < L; ++l) // sized now, refreshed by every evaluate()
        prepareInference(ws, int(l));
    ws.blockH.assign(L > 1 ? 2 : 1, Mat::Zero(Eigen::Index(T) * block, m_config.units));
    if (m_config.cell == RecurrentCell::Lstm)
        ws.blockC = Mat::Zero(block, m_config.units);
    ws.y = Mat::Zero(m_config.outputSize, batchCapacity);
    return ws;
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::evaluate(Workspace &ws, const ConstRef &inputs,
                                                            const StopFlag *stop) const
{
    const int T = m_config.timesteps;
    const int L = layerCount();
    const Eigen::Index B = inputs.cols();
    ws.batch = int(B);
    ws.dropoutApplied = false;
    if (m_config.cell == RecurrentCell::Rnn)
        return evaluateBlocks(ws, inputs, stop);
    for (int l = 0; l < L; ++l)
        prepareInference(ws, l);

    for (Eigen::Index b0 = 0; b0 < B; b0 += ws.block) {
        const Eigen::Index n = std::min<Eigen::Index>(ws.block, B - b0);
        const Eigen::Index rows = T * n;
        gatherInputs(ws.x, inputs, b0, n);
        for (int l = 0; l < L; ++l) {
            const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(rows)) : ConstRef(ws.blockH[std::size_t((l - 1) % 2)].topRows(rows));
            if (!inferLayer(ws, l, x, int(n), ws.blockH[std::size_t(l % 2)].topRows(rows), stop)) {
                ws.stopped = true;
                return ws.y.leftCols(B);
            }
        }
        // (14) for this block's windows
        const ConstRef hLast = ws.blockH[std::size_t((L - 1) % 2)].middleRows(rows - n, n); // (n, H)
        Ref y = ws.y.middleCols(b0, n);
        for (int o = 0; o < m_config.outputSize; ++o)
            y.row(o).transpose().noalias() = hLast * Wout().row(o).transpose();
        y.colwise() += bout();
        applyTanh<Scalar>(y);
    }
    return ws.y.leftCols(B);
}

template <typename Scalar>
void Network<Scalar>::prepareInference(Workspace &ws, int l) const
{
    if (m_config.cell == RecurrentCell::Lstm)
        m_layers[std::size_t(l)].prepareInference(ws.packed[std::size_t(l)]);
    else
        m_gruLayers[std::size_t(l)].prepareInference(ws.packed[std::size_t(l)]);
}

template <typename Scalar>
bool Network<Scalar>::inferLayer(Workspace &ws, int l, const ConstRef &x, int batch, Ref h,
                                 const StopFlag *stop) const
{
    const std::size_t at = std::size_t(l);
    if (m_config.cell == RecurrentCell::Lstm)
        return m_layers[at].infer(ws.packed[at], x, m_config.timesteps, batch, h, ws.blockC.topRows(batch), stop);
    return m_gruLayers[at].infer(ws.packed[at], x, m_config.timesteps, batch, h, stop);
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::evaluateBlocks(Workspace &ws, const ConstRef &inputs,
                                                                  const StopFlag *stop) const
{
    // The plain RNN: its forward() block after block, (14) on each block's last step.
    const int T = m_config.timesteps;
    const int L = layerCount();
    const Eigen::Index B = inputs.cols();
    for (Eigen::Index b0 = 0; b0 < B; b0 += ws.block) {
        const Eigen::Index n = std::min<Eigen::Index>(ws.block, B - b0);
        const Eigen::Index rows = T * n;
        gatherInputs(ws.x, inputs, b0, n);
        for (int l = 0; l < L; ++l) {
            const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(rows)) : hidden(ws, l - 1, rows);
            if (!forwardLayer(ws, l, x, T, int(n), stop)) {
                ws.stopped = true;
                return ws.y.leftCols(B);
            }
        }
        const ConstRef hLast = hidden(ws, L - 1, rows).bottomRows(n); // (n, H)
        Ref y = ws.y.middleCols(b0, n);
        for (int o = 0; o < m_config.outputSize; ++o)
            y.row(o).transpose().noalias() = hLast * Wout().row(o).transpose();
        y.colwise() += bout();
        applyTanh<Scalar>(y);
    }
    return ws.y.leftCols(B);
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::layerOutput(const Workspace &ws, int l) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    if (ws.dropoutApplied)
        return ws.dropped[std::size_t(l)].topRows(TB);
    return hidden(ws, l, TB);
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::forward(Workspace &ws, const ConstRef &inputs,
                                                           bool training, std::mt19937 *rng,
                                                           const StopFlag *stop) const
{
    const int T = m_config.timesteps;
    const int H = m_config.units;
    const Eigen::Index B = inputs.cols();
    const Eigen::Index TB = T * B;
    eigen_assert(B <= ws.capacity && inputs.rows() == Eigen::Index(m_config.inputSize) * T);
    ws.stopped = false;
    if (ws.evaluationOnly) {
        if (training)
            throw std::logic_error("Network::forward: an evaluation workspace cannot train");
        return evaluate(ws, inputs, stop);
    }
    ws.batch = int(B);

    gatherInputs(ws.x, inputs, 0, B);

    const bool dropout = training && m_config.dropout > 0.0;
    const bool newMasks = dropout && !(ws.freezeMasks && ws.masksValid);
    ws.dropoutApplied = dropout;
    if (newMasks && !rng)
        throw std::invalid_argument("Network::forward: training with dropout "
                                    + std::to_string(m_config.dropout)
                                    + " draws its masks from a random generator, but rng is null");
    const double keep = 1.0 - m_config.dropout;
    const auto threshold = std::uint64_t(keep * 4294967296.0);

    for (std::size_t l = 0; l < std::size_t(layerCount()); ++l) {
        const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(TB)) : layerOutput(ws, int(l) - 1);
        if (!forwardLayer(ws, int(l), x, T, int(B), stop)) {
            ws.stopped = true;
            return ws.y.leftCols(B);
        }
        if (!dropout)
            continue;
        Mat &mask = ws.masks[l];
        if (newMasks) { // (13): inverted dropout, scaled so evaluation needs no change
            // Drawn unit by unit within each window and step, the order of the (H, T*B) layout
            // the masks once had, so a seed keeps giving the same masks.
            for (Eigen::Index row = 0; row < TB; ++row)
                for (int u = 0; u < H; ++u)
                    mask(row, u) = (*rng)() < threshold ? Scalar(1.0 / keep) : Scalar(0);
        }
        ws.dropped[l].topRows(TB) = hidden(ws, int(l), TB).cwiseProduct(mask.topRows(TB));
    }
    ws.masksValid = ws.masksValid || newMasks;

    // (14), one output row at a time: each is a matrix-vector product that Eigen computes
    // without a heap temporary.
    const ConstRef hLast = layerOutput(ws, layerCount() - 1).bottomRows(B); // (B, H)
    Ref y = ws.y.leftCols(B);
    for (int o = 0; o < m_config.outputSize; ++o)
        y.row(o).transpose().noalias() = hLast * Wout().row(o).transpose();
    y.colwise() += bout();
    applyTanh<Scalar>(y);
    return y;
}

template <typename Scalar>
Scalar Network<Scalar>::loss(const Workspace &ws, const ConstRef &targets) const
{
    return withPlainLayout(targets, [&](const auto &t) {
        return (ws.y.leftCols(ws.batch) - t).squaredNorm() / Scalar(t.size());
    });
}

template <typename Scalar>
bool Network<Scalar>::backward(Workspace &ws, const ConstRef &targets, const StopFlag *stop)
{
    if (ws.evaluationOnly)
        throw std::logic_error("Network::backward: an evaluation workspace keeps nothing to go back through");
    const int T = m_config.timesteps;
    const Eigen::Index B = ws.batch;
    const Eigen::Index TB = T * B;
    const int L = layerCount();

    // d(15)/dy, then through the tanh of (14)
    Ref dy = ws.dy.leftCols(B);
    const ConstRef y = ws.y.leftCols(B);
    withPlainLayout(targets, [&](const auto &t) {
        dy.array() = (Scalar(2) / Scalar(t.size())) * (y - t).array() * (Scalar(1) - y.array().square());
        return 0;
    });
    const ConstRef hLast = layerOutput(ws, L - 1).bottomRows(B); // (B, H)
    for (int o = 0; o < m_config.outputSize; ++o)
        dWout().row(o).transpose().noalias() = hLast.transpose() * dy.row(o).transpose();
    dbout() = dy.rowwise().sum();

    // Only the last time step feeds the head. The top layer's dL/du is kept zero between
    // calls (made so, and its last step's rows cleared below), so only those rows are written.
    Mat &dTop = ws.dOut[std::size_t(L - 1)];
    Ref dTopLast = dTop.middleRows(TB - B, B);
    dTopLast.noalias() = dy.row(0).transpose() * Wout().row(0);
    for (int o = 1; o < m_config.outputSize; ++o)
        dTopLast.noalias() += dy.row(o).transpose() * Wout().row(o);

    for (int l = L - 1; l >= 0; --l) {
        Ref dU = ws.dOut[std::size_t(l)].topRows(TB);
        if (ws.dropoutApplied) // (13): dL/dh = m * dL/du
            dU.array() *= ws.masks[std::size_t(l)].topRows(TB).array();
        const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(TB)) : layerOutput(ws, l - 1);
        Ref dX = ws.dOut[std::size_t(std::max(0, l - 1))].topRows(TB);
        if (!backwardLayer(ws, l, dU, x, l > 0 ? &dX : nullptr, stop)) {
            dTopLast.setZero(); // kept zero between calls (see above)
            return false;
        }
    }
    dTopLast.setZero();
    return true;
}

template <typename Scalar>
int Network<Scalar>::tracedUnits(const ModelConfig &config)
{
    // Floats of a trace with u units per layer: per layer the cell's values (tracedGates()) and
    // two pre-activation halves per gate layer, per unit and step (LSTM 6 + 8, GRU 4 + 6, plain
    // RNN 1 + 2), every layer's input (I, then H wide), and the window itself.
    const double T = config.timesteps;
    const double fixed = T * (config.inputSize + double(config.layers - 1) * config.units + 1);
    const double perStep = double(tracedGates(config.cell).size()) + 2.0 * cellGateCount(config.cell);
    const double perUnit = perStep * config.layers * T;
    const double budget = double(maxTraceBytes) / sizeof(float);
    return std::clamp(int((budget - fixed) / perUnit), 1, config.units);
}

template <typename Scalar>
GateTrace Network<Scalar>::trace(const ConstRef &window, const StopFlag *stop) const
{
    // The cell's equations (LSTM (1)-(6), GRU (27)-(30), plain RNN (24)) and (14) for one
    // window in plain Eigen, one time step after the other: with a single window the kernels,
    // which run along the batch, would work one lane at a time, while here every step is two
    // matrix-vector products (the input halves of all steps are one product before the loop).
    // At 256 units x 8 layers x 512 steps: well under 1 s (docs/performance.md).
    using Array = Eigen::Array<Scalar, Eigen::Dynamic, 1>;
    const RecurrentCell cell = m_config.cell;
    const int T = m_config.timesteps;
    const int H = m_config.units;
    const int G = cellGateCount(cell); // gate layers: 4, 3 or 1
    const int traced = tracedUnits(m_config);
    const auto sigma = [](const auto &a) { return (Scalar(1) + (-a).exp()).inverse(); };

    GateTrace trace;
    trace.cell = cell;
    trace.input.resize(std::size_t(T));
    for (int t = 0; t < T; ++t)
        trace.input[std::size_t(t)] = float(window(Eigen::Index(t) * m_config.inputSize, 0));

    Mat x(m_config.inputSize, T); // (I, T): column t is x_t
    for (int t = 0; t < T; ++t)
        x.col(t) = window.middleRows(Eigen::Index(t) * m_config.inputSize, m_config.inputSize);
    Mat preInput, preRecurrent, gates, c, h; // (GH, T), (GH, T), (GH, T), (H, T), (H, T)
    for (int l = 0; l < layerCount(); ++l) {
        // The layer's tensors, whatever its cell: W_ih (GH, I_l), W_hh (GH, H), b_ih, b_hh (GH).
        const Scalar *p = cell == RecurrentCell::Lstm  ? m_layers[std::size_t(l)].Wih().data()
                          : cell == RecurrentCell::Gru ? m_gruLayers[std::size_t(l)].Wih().data()
                                                       : m_rnnLayers[std::size_t(l)].Wih().data();
        const int inputWidth = l == 0 ? m_config.inputSize : H;
        const ConstMatMap Wih(p, Eigen::Index(G) * H, inputWidth);
        const ConstMatMap Whh(p + Wih.size(), Eigen::Index(G) * H, H);
        const ConstVecMap bih(p + Wih.size() + Whh.size(), Eigen::Index(G) * H);
        const ConstVecMap bhh(p + Wih.size() + Whh.size() + bih.size(), Eigen::Index(G) * H);
        preInput.noalias() = Wih * x; // W_i* x_t for every t at once
        preInput.colwise() += bih;
        preRecurrent.resize(G * H, T);
        gates.resize(G * H, T);
        c.resize(H, T);
        h.resize(H, T);
        for (int t = 0; t < T; ++t) {
            if (stopRequested(stop))
                return {};
            if (t == 0)
                preRecurrent.col(0) = bhh; // h_{-1} = 0
            else
                preRecurrent.col(t).noalias() = Whh * h.col(t - 1);
            if (t > 0)
                preRecurrent.col(t) += bhh;
            const Array hPrev = t > 0 ? Array(h.col(t - 1).array()) : Array::Zero(H);
            switch (cell) {
            case RecurrentCell::Lstm: {
                const Array a = (preInput.col(t) + preRecurrent.col(t)).array();
                gates.col(t).segment(0, H) = sigma(a.segment(0, H)).matrix();           // (1) i
                gates.col(t).segment(H, H) = sigma(a.segment(H, H)).matrix();           // (2) f
                gates.col(t).segment(2 * H, H) = a.segment(2 * H, H).tanh().matrix();   // (3) g
                gates.col(t).segment(3 * H, H) = sigma(a.segment(3 * H, H)).matrix();   // (4) o
                const Array cPrev = t > 0 ? Array(c.col(t - 1).array()) : Array::Zero(H);
                c.col(t) = (gates.col(t).segment(H, H).array() * cPrev
                            + gates.col(t).segment(0, H).array() * gates.col(t).segment(2 * H, H).array())
                               .matrix();                                                // (5)
                h.col(t) = (gates.col(t).segment(3 * H, H).array() * c.col(t).array().tanh()).matrix(); // (6)
                break;
            }
            case RecurrentCell::Gru: {
                const Array a = (preInput.col(t).head(2 * H) + preRecurrent.col(t).head(2 * H)).array();
                gates.col(t).segment(0, H) = sigma(a.segment(0, H)).matrix();           // (27) r
                gates.col(t).segment(H, H) = sigma(a.segment(H, H)).matrix();           // (28) z
                gates.col(t).segment(2 * H, H) =
                    (preInput.col(t).segment(2 * H, H).array()
                     + gates.col(t).segment(0, H).array() * preRecurrent.col(t).segment(2 * H, H).array())
                        .tanh()
                        .matrix();                                                      // (29) n
                const Array z = gates.col(t).segment(H, H).array();
                h.col(t) = ((Scalar(1) - z) * gates.col(t).segment(2 * H, H).array() + z * hPrev).matrix(); // (30)
                break;
            }
            case RecurrentCell::Rnn:
                h.col(t) = (preInput.col(t) + preRecurrent.col(t)).array().tanh().matrix(); // (24)
                break;
            }
        }

        LayerTrace lt;
        lt.units = traced;
        lt.layerUnits = H;
        lt.timesteps = T;
        lt.inputSize = inputWidth;
        // Rows firstRow .. firstRow+rows-1 of a (rows, T) matrix to `to` at `at`, each row's T
        // values after each other: copied from the transpose, whose columns are those rows.
        const auto copyRows = [T](const Mat &from, int firstRow, int rows, std::vector<float> &to, std::size_t at) {
            const Mat fromT = from.middleRows(firstRow, rows).transpose(); // (T, rows)
            Eigen::Map<Matrix<float>>(to.data() + at, T, rows) = fromT.template cast<float>();
        };
        for (const Gate gate : tracedGates(cell)) {
            auto &out = lt.values[std::size_t(gate)];
            out.resize(std::size_t(traced) * T);
            if (gate == Gate::Hidden)
                copyRows(h, 0, traced, out, 0);
            else if (gate == Gate::CellState)
                copyRows(c, 0, traced, out, 0);
            else
                copyRows(gates, int(gate) * H, traced, out, 0);
        }
        lt.input.resize(std::size_t(lt.inputSize) * T);
        copyRows(x, 0, lt.inputSize, lt.input, 0);
        lt.preInput.resize(std::size_t(G * traced) * T);
        lt.preRecurrent.resize(std::size_t(G * traced) * T);
        for (int gate = 0; gate < G; ++gate) {
            const std::size_t at = std::size_t(gate) * traced * T;
            copyRows(preInput, gate * H, traced, lt.preInput, at);
            copyRows(preRecurrent, gate * H, traced, lt.preRecurrent, at);
        }
        trace.layers.push_back(std::move(lt));
        x = h; // the next layer's input (evaluation mode: no dropout)
    }
    // (14) on the last step's hidden state
    Vec y = Wout() * h.col(T - 1) + bout();
    trace.prediction = float(std::tanh(y(0)));
    return trace;
}

template <typename Scalar>
GradientTrace Network<Scalar>::gradientTrace(const ConstRef &inputs, const ConstRef &targets,
                                             const StopFlag *stop) const
{
    const int T = m_config.timesteps;
    const int L = layerCount();
    const Eigen::Index B = inputs.cols();
    const Eigen::Index TB = T * B;
    // A workspace of its own, the trainer's caches stay as they are; only what an evaluation-
    // mode forward() fills (no masks, no dL/du), as gradientProbeWindows() counts.
    Workspace ws;
    ws.capacity = int(B);
    ws.timesteps = T;
    ws.x = Mat::Zero(TB, m_config.inputSize);
    ws.caches.resize(m_layers.size());
    ws.rnnCaches.resize(m_rnnLayers.size());
    ws.gruCaches.resize(m_gruLayers.size());
    ws.masks.resize(std::size_t(L));
    ws.dropped.resize(std::size_t(L));
    ws.dOut.resize(std::size_t(L));
    for (std::size_t l = 0; l < std::size_t(L); ++l) {
        const int inputSize = l == 0 ? m_config.inputSize : m_config.units;
        if (l < m_layers.size())
            ws.caches[l].resize(inputSize, m_config.units, T, int(B));
        if (l < m_rnnLayers.size())
            ws.rnnCaches[l].resize(inputSize, m_config.units, T, int(B));
        if (l < m_gruLayers.size())
            ws.gruCaches[l].resize(inputSize, m_config.units, T, int(B));
    }
    ws.batch = int(B);
    // Forward in evaluation mode, layer after layer: the LSTM by its readable reference
    // (lstmreference.h), whose products run along the probe's few windows, where the kernels
    // would run one lane of eight (at 256 units x 8 layers x 512 steps and one window: 1.2 s of
    // processor time against 0.5 s, docs/performance.md); the other cells by their own forward.
    gatherInputs(ws.x, inputs, 0, B);
    for (int l = 0; l < L; ++l) {
        if (stopRequested(stop))
            return {};
        const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(TB)) : hidden(ws, l - 1, TB);
        if (m_config.cell == RecurrentCell::Lstm)
            LstmReference<Scalar>::forward(m_layers[std::size_t(l)], x, T, int(B), ws.caches[std::size_t(l)]);
        else if (!forwardLayer(ws, l, x, T, int(B), stop))
            return {};
    }
    // (14) on the top layer's last step
    ws.y.noalias() = Wout() * hidden(ws, L - 1, TB).bottomRows(B).transpose(); // (O, B)
    ws.y.colwise() += bout();
    ws.y = ws.y.array().tanh().matrix();

    GradientTrace trace;
    trace.layers = L;
    trace.timesteps = T;
    trace.windows = int(B);
    trace.hasCellState = m_config.cell == RecurrentCell::Lstm;
    trace.loss = double((ws.y - Mat(targets)).squaredNorm() / Scalar(targets.size())); // (15)
    trace.dh.assign(std::size_t(L) * T, 0.0);
    if (trace.hasCellState)
        trace.dc.assign(std::size_t(L) * T, 0.0);

    // d(15)/dy through the tanh of (14), then W_out^T: what the head sends to h^{L-1}_{T-1}
    const Mat t = targets;                 // (O, B)
    const Mat &y = ws.y;                   // (O, B)
    const Mat dy = ((Scalar(2) / Scalar(t.size())) * (y - t).array() * (Scalar(1) - y.array().square())).matrix();
    Mat dH = Mat::Zero(TB, m_config.units); // (T*B, H) dL/dh from above: the head, then each layer's dx
    dH.bottomRows(B).noalias() = dy.transpose() * Wout();
    Mat dX = Mat::Zero(TB, m_config.units);
    for (int l = L - 1; l >= 0; --l) {
        Ref dXRef(dX);
        if (!stateGradients(ws, l, dH, l > 0 ? &dXRef : nullptr, trace, stop))
            return {};
        dH.swap(dX);
    }
    return trace;
}

template <typename Scalar>
int Network<Scalar>::gradientProbeWindows(const ModelConfig &config)
{
    const double bytesPerWindow = 14.0 * config.units * config.layers * config.timesteps * sizeof(Scalar);
    return std::clamp(int(double(maxTraceBytes) / bytesPerWindow), 1, maxProbeWindows);
}

template <typename Scalar>
bool Network<Scalar>::stateGradients(const Workspace &ws, int l, const ConstRef &dH, Ref *dX,
                                     GradientTrace &trace, const StopFlag *stop) const
{
    // Each cell's backward equations as its layer writes them, keeping dh_t (and dc_t) instead
    // of the weight gradients. Not the training path: it allocates a few (B, 4H) buffers per call.
    using Array = Eigen::Array<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    const int T = ws.timesteps;
    const Eigen::Index B = ws.batch;
    const Eigen::Index H = m_config.units;
    const std::size_t k = std::size_t(l);
    // (35), (36), summed in double: in float the squares of a vanishing gradient (below about
    // 1e-19) would underflow to zero long before the gradient itself does.
    const auto meanNorm = [B](const Mat &m) {
        return m.template cast<double>().rowwise().norm().sum() / double(B);
    };
    Mat dh(B, H);                        // dh_t: from above plus from step t+1
    Mat dhNext = Mat::Zero(B, H);        // the recurrent part of dh_t, from step t+1
    Mat dcNext = Mat::Zero(B, H);        // the LSTM: dc_{t+1} * f_{t+1}, the first term of (8)
    for (int t = T - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Eigen::Index rows = Eigen::Index(t) * B;
        dh = dH.middleRows(rows, B) + dhNext;
        trace.dh[k * T + std::size_t(t)] = meanNorm(dh);
        switch (m_config.cell) {
        case RecurrentCell::Lstm: {
            const LstmLayer<Scalar> &layer = m_layers[k];
            const typename LstmLayer<Scalar>::Cache &cache = ws.caches[k];
            const Array i = cache.gates.block(rows, 0, B, H).array();
            const Array f = cache.gates.block(rows, H, B, H).array();
            const Array g = cache.gates.block(rows, 2 * H, B, H).array();
            const Array o = cache.gates.block(rows, 3 * H, B, H).array();
            const Array tanhC = cache.tanhC.middleRows(rows, B).array();
            const Array cPrev = t > 0 ? Array(cache.c.middleRows(rows - B, B).array()) : Array::Zero(B, H);
            const Mat dc = (dcNext.array() + dh.array() * o * (Scalar(1) - tanhC.square())).matrix(); // (8)
            trace.dc[k * T + std::size_t(t)] = meanNorm(dc);
            Mat da(B, 4 * H);                                                                  // (10)
            da.leftCols(H) = (dc.array() * g * i * (Scalar(1) - i)).matrix();                  // di (9)
            da.middleCols(H, H) = (dc.array() * cPrev * f * (Scalar(1) - f)).matrix();         // df (9)
            da.middleCols(2 * H, H) = (dc.array() * i * (Scalar(1) - g.square())).matrix();    // dg (9)
            da.rightCols(H) = (dh.array() * tanhC * o * (Scalar(1) - o)).matrix();             // do (7)
            dhNext.noalias() = da * layer.Whh();                                               // (11)
            if (dX)
                dX->middleRows(rows, B).noalias() = da * layer.Wih();
            dcNext = (dc.array() * f).matrix();
            break;
        }
        case RecurrentCell::Rnn: {
            const RnnLayer<Scalar> &layer = m_rnnLayers[k];
            const Array h = ws.rnnCaches[k].h.middleRows(rows, B).array();
            const Mat da = (dh.array() * (Scalar(1) - h.square())).matrix(); // (25)
            dhNext.noalias() = da * layer.Whh();                              // (26)
            if (dX)
                dX->middleRows(rows, B).noalias() = da * layer.Wih();
            break;
        }
        case RecurrentCell::Gru: {
            const GruLayer<Scalar> &layer = m_gruLayers[k];
            const typename GruLayer<Scalar>::Cache &cache = ws.gruCaches[k];
            const Array r = cache.gates.block(rows, 0, B, H).array();
            const Array z = cache.gates.block(rows, H, B, H).array();
            const Array n = cache.gates.block(rows, 2 * H, B, H).array();
            const Array hn = cache.hn.middleRows(rows, B).array();
            const Array hPrev = t > 0 ? Array(cache.h.middleRows(rows - B, B).array()) : Array::Zero(B, H);
            Mat dGi(B, 3 * H), dGh(B, 3 * H);                                                         // (31)
            dGi.rightCols(H) = (dh.array() * (Scalar(1) - z) * (Scalar(1) - n.square())).matrix();  // da_n
            dGi.leftCols(H) = (dGi.rightCols(H).array() * hn * r * (Scalar(1) - r)).matrix();       // da_r
            dGi.middleCols(H, H) = (dh.array() * (hPrev - n) * z * (Scalar(1) - z)).matrix();       // da_z
            dGh.leftCols(2 * H) = dGi.leftCols(2 * H);                                               // (32)
            dGh.rightCols(H) = (dGi.rightCols(H).array() * r).matrix();
            dhNext = (dh.array() * z).matrix();                                                       // (33)
            dhNext.noalias() += dGh * layer.Whh();
            if (dX)
                dX->middleRows(rows, B).noalias() = dGi * layer.Wih();
            break;
        }
        }
    }
    return true;
}

template class Network<float>;
template class Network<double>;

} // namespace lstmlab
