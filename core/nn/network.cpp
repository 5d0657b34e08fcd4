#include "network.h"

#include "activation.h"

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
        m_layers.emplace_back(inputSize, config.units);
        inputSize = config.units;
    }
    m_params = Vec::Zero(parameterCount(config));
    m_grads = Vec::Zero(m_params.size());
    bindLayers();
}

template <typename Scalar>
Network<Scalar>::Network(const Network &other)
    : m_config(other.m_config), m_params(other.m_params), m_grads(other.m_grads),
      m_layers(other.m_layers)
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
        count += LstmLayer<Scalar>::parameterCount(inputSize, config.units);
        inputSize = config.units;
    }
    return count + Eigen::Index(config.outputSize) * (config.units + 1);
}

template <typename Scalar>
void Network<Scalar>::bindLayers()
{
    Eigen::Index offset = 0;
    for (auto &layer : m_layers) {
        layer.bind(m_params.data() + offset, m_grads.data() + offset);
        offset += layer.parameterCount();
    }
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
    ws.caches.resize(m_layers.size());
    ws.masks.resize(m_layers.size());
    ws.dropped.resize(m_layers.size());
    ws.dOut.resize(m_layers.size());
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        ws.caches[l].resize(m_layers[l].inputSize(), m_config.units, T, batchCapacity);
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
    ws.packed.resize(m_layers.size());
    for (std::size_t l = 0; l < m_layers.size(); ++l) // sized now, refreshed by every forward()
        m_layers[l].prepareInference(ws.packed[l]);
    ws.blockH.assign(m_layers.size() > 1 ? 2 : 1, Mat::Zero(Eigen::Index(T) * block, m_config.units));
    ws.blockC = Mat::Zero(block, m_config.units);
    ws.y = Mat::Zero(m_config.outputSize, batchCapacity);
    return ws;
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::evaluate(Workspace &ws, const ConstRef &inputs) const
{
    const int T = m_config.timesteps;
    const int L = layerCount();
    const Eigen::Index B = inputs.cols();
    ws.batch = int(B);
    ws.dropoutApplied = false;
    for (int l = 0; l < L; ++l)
        m_layers[std::size_t(l)].prepareInference(ws.packed[std::size_t(l)]);

    for (Eigen::Index b0 = 0; b0 < B; b0 += ws.block) {
        const Eigen::Index n = std::min<Eigen::Index>(ws.block, B - b0);
        const Eigen::Index rows = T * n;
        gatherInputs(ws.x, inputs, b0, n);
        for (int l = 0; l < L; ++l) {
            const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(rows)) : ConstRef(ws.blockH[std::size_t((l - 1) % 2)].topRows(rows));
            m_layers[std::size_t(l)].infer(ws.packed[std::size_t(l)], x, T, int(n),
                                           ws.blockH[std::size_t(l % 2)].topRows(rows), ws.blockC.topRows(n));
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
typename Network<Scalar>::ConstRef Network<Scalar>::layerOutput(const Workspace &ws, int l) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    if (ws.dropoutApplied)
        return ws.dropped[std::size_t(l)].topRows(TB);
    return ws.caches[std::size_t(l)].h.topRows(TB);
}

template <typename Scalar>
typename Network<Scalar>::ConstRef Network<Scalar>::forward(Workspace &ws, const ConstRef &inputs,
                                                           bool training, std::mt19937 *rng) const
{
    const int T = m_config.timesteps;
    const int H = m_config.units;
    const Eigen::Index B = inputs.cols();
    const Eigen::Index TB = T * B;
    eigen_assert(B <= ws.capacity && inputs.rows() == Eigen::Index(m_config.inputSize) * T);
    if (ws.evaluationOnly) {
        if (training)
            throw std::logic_error("Network::forward: an evaluation workspace cannot train");
        return evaluate(ws, inputs);
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

    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(TB)) : layerOutput(ws, int(l) - 1);
        m_layers[l].forward(x, T, int(B), ws.caches[l]);
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
        ws.dropped[l].topRows(TB) = ws.caches[l].h.topRows(TB).cwiseProduct(mask.topRows(TB));
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
void Network<Scalar>::backward(Workspace &ws, const ConstRef &targets)
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
        if (l > 0) {
            Ref dX = ws.dOut[std::size_t(l - 1)].topRows(TB);
            m_layers[std::size_t(l)].backward(dU, x, T, int(B), ws.caches[std::size_t(l)], &dX);
        } else {
            m_layers[0].backward(dU, x, T, int(B), ws.caches[0], nullptr);
        }
    }
    dTopLast.setZero();
}

template <typename Scalar>
GateTrace Network<Scalar>::trace(const ConstRef &window) const
{
    const int T = m_config.timesteps;
    const int H = m_config.units;
    Workspace ws = makeWorkspace(1);
    const ConstRef y = forward(ws, window, false, nullptr);

    GateTrace trace;
    trace.prediction = float(y(0, 0));
    trace.input.resize(std::size_t(T));
    for (int t = 0; t < T; ++t)
        trace.input[std::size_t(t)] = float(window(Eigen::Index(t) * m_config.inputSize, 0));

    // With one window, row t of every sequence is time step t.
    Mat preInput, preRecurrent;
    for (int l = 0; l < layerCount(); ++l) {
        const LstmLayer<Scalar> &layer = m_layers[std::size_t(l)];
        const auto &cache = ws.caches[std::size_t(l)];
        const ConstRef x = l == 0 ? ConstRef(ws.x.topRows(T)) : layerOutput(ws, l - 1); // (T, I)
        preInput.noalias() = layer.Wih() * x.transpose();                                 // (4H, T)
        preInput.colwise() += layer.bih();
        preRecurrent.resize(4 * H, T);
        preRecurrent.col(0) = layer.bhh();
        if (T > 1) {
            preRecurrent.rightCols(T - 1).noalias() = layer.Whh() * cache.h.topRows(T - 1).transpose();
            preRecurrent.rightCols(T - 1).colwise() += layer.bhh();
        }

        LayerTrace lt;
        lt.units = H;
        lt.timesteps = T;
        lt.inputSize = layer.inputSize();
        const Mat *sources[gateCount] = {&cache.gates, &cache.gates, &cache.gates, &cache.gates,
                                         &cache.c, &cache.h};
        for (int gate = 0; gate < gateCount; ++gate) {
            const int columnOffset = gate < gateLayerCount ? gate * H : 0;
            auto &out = lt.values[std::size_t(gate)];
            out.resize(std::size_t(H) * T);
            for (int unit = 0; unit < H; ++unit)
                for (int t = 0; t < T; ++t)
                    out[std::size_t(unit) * T + t] = float((*sources[gate])(t, columnOffset + unit));
        }
        lt.input.resize(std::size_t(lt.inputSize) * T);
        for (int k = 0; k < lt.inputSize; ++k)
            for (int t = 0; t < T; ++t)
                lt.input[std::size_t(k) * T + t] = float(x(t, k));
        lt.preInput.resize(std::size_t(4 * H) * T);
        lt.preRecurrent.resize(std::size_t(4 * H) * T);
        for (int r = 0; r < 4 * H; ++r)
            for (int t = 0; t < T; ++t) {
                lt.preInput[std::size_t(r) * T + t] = float(preInput(r, t));
                lt.preRecurrent[std::size_t(r) * T + t] = float(preRecurrent(r, t));
            }
        trace.layers.push_back(std::move(lt));
    }
    return trace;
}

template class Network<float>;
template class Network<double>;

} // namespace lstmlab
