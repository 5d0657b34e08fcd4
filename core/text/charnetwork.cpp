#include "charnetwork.h"

#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace lstmlab {

namespace {

// Uniform in [-bound, bound) from the 32 random bits of one mt19937 draw (as Network draws),
// so the same seed gives the same weights with any standard library.
template <typename Scalar>
Scalar uniform(std::mt19937 &rng, double bound)
{
    const double u = double(rng()) * (1.0 / 4294967296.0);
    return Scalar((2.0 * u - 1.0) * bound);
}

} // namespace

template <typename Scalar>
CharNetwork<Scalar>::CharNetwork(const CharNetworkConfig &config)
    : m_config(config), m_head(config.units, config.symbols)
{
    int inputSize = config.symbols;
    for (int l = 0; l < config.layers; ++l) {
        m_layers.emplace_back(inputSize, config.units);
        inputSize = config.units;
    }
    m_params = Vec::Zero(parameterCount(config));
    m_grads = Vec::Zero(m_params.size());
    bindLayers();
}

template <typename Scalar>
CharNetwork<Scalar>::CharNetwork(const CharNetwork &other)
    : m_config(other.m_config), m_params(other.m_params), m_grads(other.m_grads), m_layers(other.m_layers),
      m_head(other.m_head)
{
    bindLayers();
}

template <typename Scalar>
CharNetwork<Scalar> &CharNetwork<Scalar>::operator=(const CharNetwork &other)
{
    if (this != &other) {
        m_config = other.m_config;
        m_params = other.m_params;
        m_grads = other.m_grads;
        m_layers = other.m_layers;
        m_head = other.m_head;
        bindLayers();
    }
    return *this;
}

template <typename Scalar>
Eigen::Index CharNetwork<Scalar>::parameterCount(const CharNetworkConfig &config)
{
    Eigen::Index count = 0;
    int inputSize = config.symbols;
    for (int l = 0; l < config.layers; ++l) {
        count += LstmLayer<Scalar>::parameterCount(inputSize, config.units);
        inputSize = config.units;
    }
    return count + SoftmaxHead<Scalar>::parameterCount(config.units, config.symbols);
}

template <typename Scalar>
void CharNetwork<Scalar>::swapParameters(Vec &other)
{
    eigen_assert(other.size() == m_params.size());
    m_params.swap(other);
    bindLayers();
}

template <typename Scalar>
void CharNetwork<Scalar>::bindLayers()
{
    Eigen::Index offset = 0;
    for (auto &layer : m_layers) {
        layer.bind(m_params.data() + offset, m_grads.data() + offset);
        offset += layer.parameterCount();
    }
    m_head.bind(m_params.data() + offset, m_grads.data() + offset);
}

template <typename Scalar>
void CharNetwork<Scalar>::initialise(std::mt19937 &rng)
{
    const double bound = 1.0 / std::sqrt(double(m_config.units));
    for (Eigen::Index k = 0; k < m_params.size(); ++k)
        m_params[k] = uniform<Scalar>(rng, bound);
    m_grads.setZero();
}

template <typename Scalar>
typename CharNetwork<Scalar>::Workspace CharNetwork<Scalar>::makeWorkspace(int timesteps, int capacity) const
{
    const Eigen::Index rows = Eigen::Index(timesteps) * capacity;
    const int H = m_config.units;
    Workspace ws;
    ws.timesteps = timesteps;
    ws.capacity = capacity;
    ws.tokens.assign(std::size_t(rows), 0);
    ws.caches.resize(m_layers.size());
    ws.masks.resize(m_layers.size());
    ws.dropped.resize(m_layers.size());
    ws.dOut.resize(m_layers.size());
    ws.state.resize(m_layers.size());
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        ws.caches[l].resize(m_layers[l].inputSize(), H, timesteps, capacity);
        ws.masks[l] = Mat::Zero(rows, H);
        ws.dropped[l] = Mat::Zero(rows, H);
        ws.dOut[l] = Mat::Zero(rows, H);
        ws.state[l].resize(capacity, H);
        ws.state[l].h.setZero();
        ws.state[l].c.setZero();
    }
    ws.probs = Mat::Zero(m_config.symbols, rows);
    return ws;
}

template <typename Scalar>
void CharNetwork<Scalar>::resetState(Workspace &ws)
{
    for (LstmState<Scalar> &s : ws.state) {
        s.h.setZero();
        s.c.setZero();
    }
}

template <typename Scalar>
typename CharNetwork<Scalar>::ConstRef CharNetwork<Scalar>::layerOutput(const Workspace &ws, int l) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    if (ws.dropoutApplied)
        return ws.dropped[std::size_t(l)].topRows(TB);
    return ws.caches[std::size_t(l)].h.topRows(TB);
}

template <typename Scalar>
bool CharNetwork<Scalar>::forward(Workspace &ws, std::span<const int> inputs, int batch, bool training,
                                  std::mt19937 *rng, const StopFlag *stop) const
{
    const int T = ws.timesteps;
    const int H = m_config.units;
    const Eigen::Index TB = Eigen::Index(T) * batch;
    if (batch < 1 || batch > ws.capacity || Eigen::Index(inputs.size()) != TB)
        throw std::invalid_argument("CharNetwork::forward: " + std::to_string(inputs.size()) + " symbols for "
                                    + std::to_string(T) + " steps x " + std::to_string(batch) + " streams (capacity "
                                    + std::to_string(ws.capacity) + ")");
    ws.stopped = false;
    // (22) for these streams: a state of another batch is dropped for a zero one.
    for (LstmState<Scalar> &s : ws.state)
        if (s.h.rows() != batch) {
            s.resize(batch, H);
            s.h.setZero();
            s.c.setZero();
        }
    ws.batch = batch;
    std::copy(inputs.begin(), inputs.end(), ws.tokens.begin());
    const std::span<const int> tokens(ws.tokens.data(), std::size_t(TB));

    const bool dropout = training && m_config.dropout > 0.0;
    const bool newMasks = dropout && !(ws.freezeMasks && ws.masksValid);
    ws.dropoutApplied = dropout;
    if (newMasks && !rng)
        throw std::invalid_argument("CharNetwork::forward: training with dropout " + std::to_string(m_config.dropout)
                                    + " draws its masks from a random generator, but rng is null");
    const double keep = 1.0 - m_config.dropout;
    const auto threshold = std::uint64_t(keep * 4294967296.0);

    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const LstmState<Scalar> *initial = &ws.state[l];
        const bool ran = l == 0 ? m_layers[l].forwardTokens(tokens, T, batch, ws.caches[l], stop, initial)    // (19)
                                : m_layers[l].forward(layerOutput(ws, int(l) - 1), T, batch, ws.caches[l], stop, initial);
        if (!ran) {
            ws.stopped = true;
            return false;
        }
        if (!dropout)
            continue;
        Mat &mask = ws.masks[l];
        if (newMasks) // (20), drawn row by row, unit by unit, as Network draws
            for (Eigen::Index row = 0; row < TB; ++row)
                for (int u = 0; u < H; ++u)
                    mask(row, u) = (*rng)() < threshold ? Scalar(1.0 / keep) : Scalar(0);
        ws.dropped[l].topRows(TB) = ws.caches[l].h.topRows(TB).cwiseProduct(mask.topRows(TB));
    }
    ws.masksValid = ws.masksValid || newMasks;
    m_head.forward(layerOutput(ws, layerCount() - 1), ws.probs.leftCols(TB)); // (21)
    return true;
}

template <typename Scalar>
Scalar CharNetwork<Scalar>::loss(const Workspace &ws, std::span<const int> targets) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    return SoftmaxHead<Scalar>::loss(ws.probs.leftCols(TB), targets);
}

template <typename Scalar>
bool CharNetwork<Scalar>::backward(Workspace &ws, std::span<const int> targets, const StopFlag *stop)
{
    const int T = ws.timesteps;
    const int B = ws.batch;
    const Eigen::Index TB = Eigen::Index(T) * B;
    const int L = layerCount();
    // (16)-(17): the head's gradients, and dL/du of the top layer at every step
    m_head.backward(layerOutput(ws, L - 1), ws.probs.leftCols(TB), targets, ws.dOut[std::size_t(L - 1)].topRows(TB));
    const std::span<const int> tokens(ws.tokens.data(), std::size_t(TB));
    for (int l = L - 1; l >= 0; --l) {
        Ref dU = ws.dOut[std::size_t(l)].topRows(TB);
        if (ws.dropoutApplied) // (20): dL/dh = m * dL/du
            dU.array() *= ws.masks[std::size_t(l)].topRows(TB).array();
        LstmLayer<Scalar> &layer = m_layers[std::size_t(l)];
        bool ran;
        if (l == 0) {
            ran = layer.backwardTokens(dU, tokens, T, B, ws.caches[0], stop);
        } else {
            Ref dX = ws.dOut[std::size_t(l - 1)].topRows(TB);
            ran = layer.backward(dU, layerOutput(ws, l - 1), T, B, ws.caches[std::size_t(l)], &dX, stop);
        }
        if (!ran)
            return false;
    }
    return true;
}

template <typename Scalar>
void CharNetwork<Scalar>::carryState(Workspace &ws) const
{
    for (std::size_t l = 0; l < m_layers.size(); ++l)
        LstmLayer<Scalar>::finalState(ws.caches[l], ws.timesteps, ws.batch, ws.state[l]);
}

template <typename Scalar>
typename CharNetwork<Scalar>::Stream CharNetwork<Scalar>::makeStream(int timesteps) const
{
    Stream stream;
    stream.timesteps = timesteps;
    stream.packed.resize(m_layers.size());
    stream.h.assign(m_layers.size(), Mat::Zero(timesteps, m_config.units));
    stream.c.assign(m_layers.size(), Mat::Zero(1, m_config.units));
    stream.state.resize(m_layers.size());
    for (LstmState<Scalar> &s : stream.state)
        s.resize(1, m_config.units); // zeroed by resetStream()
    stream.probs = Mat::Zero(m_config.symbols, timesteps);
    stream.a.assign(m_layers.size(), Vec::Zero(4 * Eigen::Index(m_config.units)));
    resetStream(stream);
    return stream;
}

template <typename Scalar>
void CharNetwork<Scalar>::resetStream(Stream &stream) const
{
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        m_layers[l].prepareInference(stream.packed[l]);
        stream.state[l].h.setZero();
        stream.state[l].c.setZero();
    }
}

template <typename Scalar>
bool CharNetwork<Scalar>::feed(Stream &stream, std::span<const int> symbols, const StopFlag *stop) const
{
    using VecMap = Eigen::Map<Vec>;
    const int n = int(symbols.size());
    if (n < 1 || n > stream.timesteps)
        throw std::invalid_argument("CharNetwork::feed: " + std::to_string(n) + " symbols for a stream of chunks of "
                                    + std::to_string(stream.timesteps));
    if (stream.a.size() != m_layers.size()) // a Stream made before it had these buffers
        stream.a.assign(m_layers.size(), Vec::Zero(4 * Eigen::Index(m_config.units)));
    const Eigen::Index H = m_config.units;
    // The logistic function 1 / (1 + e^-x), as an expression (evaluated where it is assigned).
    const auto sigma = [](const auto &x) { return (Scalar(1) + (-x).exp()).inverse(); };
    for (int t = 0; t < n; ++t) {
        if (stopRequested(stop))
            return false;
        for (std::size_t l = 0; l < m_layers.size(); ++l) {
            const LstmLayer<Scalar> &layer = m_layers[l];
            VecMap hPrev(stream.state[l].h.data(), H); // (1, H) rows are contiguous
            VecMap c(stream.state[l].c.data(), H);
            Vec &a = stream.a[l];                                                 // (4H)
            a.noalias() = layer.Whh() * hPrev;
            if (l == 0)
                a += layer.Wih().col(symbols[std::size_t(t)]);                    // (1') a lookup
            else
                a.noalias() += layer.Wih() * VecMap(stream.state[l - 1].h.data(), H); // the new h below
            a += layer.bih() + layer.bhh();
            // In place in a, which then holds i, f, g and o (no temporary: nothing is allocated).
            a.segment(0, H).array() = sigma(a.segment(0, H).array());             // (1) i
            a.segment(H, H).array() = sigma(a.segment(H, H).array());             // (2) f
            a.segment(2 * H, H).array() = a.segment(2 * H, H).array().tanh();     // (3) g
            a.segment(3 * H, H).array() = sigma(a.segment(3 * H, H).array());     // (4) o
            c.array() = a.segment(H, H).array() * c.array()
                        + a.segment(0, H).array() * a.segment(2 * H, H).array(); // (5)
            hPrev.array() = a.segment(3 * H, H).array() * c.array().tanh();       // (6)
            stream.h[l].row(t) = hPrev.transpose();
            stream.c[l] = stream.state[l].c;
        }
    }
    m_head.forward(stream.h.back().topRows(n), stream.probs.leftCols(n));
    return true;
}

template class CharNetwork<float>;
template class CharNetwork<double>;

} // namespace lstmlab
