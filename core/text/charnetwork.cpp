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
CharNetwork<Scalar>::CharNetwork(const CharNetwork &other)
    : m_config(other.m_config), m_params(other.m_params), m_grads(other.m_grads), m_layers(other.m_layers),
      m_rnnLayers(other.m_rnnLayers), m_gruLayers(other.m_gruLayers), m_head(other.m_head)
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
        m_rnnLayers = other.m_rnnLayers;
        m_gruLayers = other.m_gruLayers;
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
        count += Eigen::Index(cellGateCount(config.cell)) * config.units * (inputSize + config.units + 2);
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
    const auto bindAll = [&](auto &layers) { // only the chosen cell's vector has layers
        for (auto &layer : layers) {
            layer.bind(m_params.data() + offset, m_grads.data() + offset);
            offset += layer.parameterCount();
        }
    };
    bindAll(m_layers);
    bindAll(m_rnnLayers);
    bindAll(m_gruLayers);
    m_head.bind(m_params.data() + offset, m_grads.data() + offset);
}

template <typename Scalar>
Eigen::Index CharNetwork<Scalar>::layerOffset(int l) const
{
    const Eigen::Index G = cellGateCount(m_config.cell), H = m_config.units, V = m_config.symbols;
    if (l == 0)
        return 0;
    return G * H * (V + H + 2) + Eigen::Index(l - 1) * G * H * (H + H + 2);
}

template <typename Scalar>
Eigen::Map<const typename CharNetwork<Scalar>::Mat> CharNetwork<Scalar>::Wih(int l) const
{
    const Eigen::Index GH = Eigen::Index(cellGateCount(m_config.cell)) * m_config.units;
    const Eigen::Index I = l == 0 ? m_config.symbols : m_config.units;
    return Eigen::Map<const Mat>(m_params.data() + layerOffset(l), GH, I);
}

template <typename Scalar>
Eigen::Map<const typename CharNetwork<Scalar>::Mat> CharNetwork<Scalar>::Whh(int l) const
{
    const Eigen::Index GH = Eigen::Index(cellGateCount(m_config.cell)) * m_config.units;
    return Eigen::Map<const Mat>(Wih(l).data() + Wih(l).size(), GH, m_config.units);
}

template <typename Scalar>
Eigen::Map<const typename CharNetwork<Scalar>::Vec> CharNetwork<Scalar>::bih(int l) const
{
    return Eigen::Map<const Vec>(Whh(l).data() + Whh(l).size(), Whh(l).rows());
}

template <typename Scalar>
Eigen::Map<const typename CharNetwork<Scalar>::Vec> CharNetwork<Scalar>::bhh(int l) const
{
    return Eigen::Map<const Vec>(bih(l).data() + bih(l).size(), bih(l).size());
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
    const std::size_t L = std::size_t(layerCount());
    ws.caches.resize(m_layers.size());
    ws.rnnCaches.resize(m_rnnLayers.size());
    ws.gruCaches.resize(m_gruLayers.size());
    ws.masks.resize(L);
    ws.dropped.resize(L);
    ws.dOut.resize(L);
    ws.state.resize(L);
    for (std::size_t l = 0; l < L; ++l) {
        const int inputSize = l == 0 ? m_config.symbols : H;
        switch (m_config.cell) {
        case RecurrentCell::Lstm: ws.caches[l].resize(inputSize, H, timesteps, capacity); break;
        case RecurrentCell::Rnn: ws.rnnCaches[l].resize(inputSize, H, timesteps, capacity); break;
        case RecurrentCell::Gru: ws.gruCaches[l].resize(inputSize, H, timesteps, capacity); break;
        }
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
typename CharNetwork<Scalar>::ConstRef CharNetwork<Scalar>::hidden(const Workspace &ws, int l) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    const auto k = std::size_t(l);
    switch (m_config.cell) {
    case RecurrentCell::Rnn: return ws.rnnCaches[k].h.topRows(TB);
    case RecurrentCell::Gru: return ws.gruCaches[k].h.topRows(TB);
    case RecurrentCell::Lstm: break;
    }
    return ws.caches[k].h.topRows(TB);
}

template <typename Scalar>
typename CharNetwork<Scalar>::ConstRef CharNetwork<Scalar>::layerOutput(const Workspace &ws, int l) const
{
    const Eigen::Index TB = Eigen::Index(ws.timesteps) * ws.batch;
    if (ws.dropoutApplied)
        return ws.dropped[std::size_t(l)].topRows(TB);
    return hidden(ws, l);
}

template <typename Scalar>
bool CharNetwork<Scalar>::forwardLayer(Workspace &ws, int l, std::span<const int> tokens, int batch,
                                       const StopFlag *stop) const
{
    const int T = ws.timesteps;
    const auto k = std::size_t(l);
    const LstmState<Scalar> &initial = ws.state[k]; // (22)
    switch (m_config.cell) {
    case RecurrentCell::Rnn:
        return l == 0 ? m_rnnLayers[k].forwardTokens(tokens, T, batch, initial.h, ws.rnnCaches[k], stop) // (19)
                      : m_rnnLayers[k].forwardFromState(layerOutput(ws, l - 1), T, batch, initial.h, ws.rnnCaches[k],
                                                        stop);
    case RecurrentCell::Gru:
        return l == 0 ? m_gruLayers[k].forwardTokens(tokens, T, batch, initial.h, ws.gruCaches[k], stop) // (19)
                      : m_gruLayers[k].forwardFromState(layerOutput(ws, l - 1), T, batch, initial.h, ws.gruCaches[k],
                                                        stop);
    case RecurrentCell::Lstm: break;
    }
    return l == 0 ? m_layers[k].forwardTokens(tokens, T, batch, ws.caches[k], stop, &initial) // (19)
                  : m_layers[k].forward(layerOutput(ws, l - 1), T, batch, ws.caches[k], stop, &initial);
}

template <typename Scalar>
bool CharNetwork<Scalar>::backwardLayer(Workspace &ws, int l, std::span<const int> tokens, const StopFlag *stop)
{
    const int T = ws.timesteps;
    const int B = ws.batch;
    const Eigen::Index TB = Eigen::Index(T) * B;
    const auto k = std::size_t(l);
    const ConstRef dU = ws.dOut[k].topRows(TB);
    const ConstRef h0 = ws.state[k].h; // (22): the state the last forward() started from
    if (l == 0) {
        switch (m_config.cell) {
        case RecurrentCell::Rnn: return m_rnnLayers[0].backwardTokens(dU, tokens, T, B, h0, ws.rnnCaches[0], stop);
        case RecurrentCell::Gru: return m_gruLayers[0].backwardTokens(dU, tokens, T, B, h0, ws.gruCaches[0], stop);
        case RecurrentCell::Lstm: break;
        }
        return m_layers[0].backwardTokens(dU, tokens, T, B, ws.caches[0], stop);
    }
    Ref dX = ws.dOut[k - 1].topRows(TB);
    const ConstRef x = layerOutput(ws, l - 1);
    switch (m_config.cell) {
    case RecurrentCell::Rnn: return m_rnnLayers[k].backwardFromState(dU, x, T, B, h0, ws.rnnCaches[k], &dX, stop);
    case RecurrentCell::Gru: return m_gruLayers[k].backwardFromState(dU, x, T, B, h0, ws.gruCaches[k], &dX, stop);
    case RecurrentCell::Lstm: break;
    }
    return m_layers[k].backward(dU, x, T, B, ws.caches[k], &dX, stop);
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

    for (std::size_t l = 0; l < std::size_t(layerCount()); ++l) {
        if (!forwardLayer(ws, int(l), tokens, batch, stop)) {
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
        ws.dropped[l].topRows(TB) = hidden(ws, int(l)).cwiseProduct(mask.topRows(TB));
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
        if (!backwardLayer(ws, l, tokens, stop))
            return false;
    }
    return true;
}

template <typename Scalar>
void CharNetwork<Scalar>::carryState(Workspace &ws) const
{
    const Eigen::Index B = ws.batch, lastRows = Eigen::Index(ws.timesteps - 1) * ws.batch;
    for (int l = 0; l < layerCount(); ++l) {
        const auto k = std::size_t(l);
        if (m_config.cell == RecurrentCell::Lstm) {
            LstmLayer<Scalar>::finalState(ws.caches[k], ws.timesteps, ws.batch, ws.state[k]);
            continue;
        }
        // The GRU and the plain RNN carry h only (22); their c stays zero.
        if (ws.state[k].h.rows() != B)
            ws.state[k].resize(int(B), m_config.units);
        ws.state[k].h = hidden(ws, l).middleRows(lastRows, B);
    }
}

template <typename Scalar>
typename CharNetwork<Scalar>::Stream CharNetwork<Scalar>::makeStream(int timesteps) const
{
    const std::size_t L = std::size_t(layerCount());
    const Eigen::Index GH = Eigen::Index(cellGateCount(m_config.cell)) * m_config.units;
    Stream stream;
    stream.timesteps = timesteps;
    stream.packed.resize(L);
    stream.h.assign(L, Mat::Zero(timesteps, m_config.units));
    stream.c.assign(L, Mat::Zero(1, m_config.units));
    stream.state.resize(L);
    for (LstmState<Scalar> &s : stream.state)
        s.resize(1, m_config.units); // zeroed by resetStream()
    stream.probs = Mat::Zero(m_config.symbols, timesteps);
    stream.inputHalf.assign(L, Vec::Zero(GH));
    stream.a.assign(L, Vec::Zero(GH));
    resetStream(stream);
    return stream;
}

template <typename Scalar>
void CharNetwork<Scalar>::resetStream(Stream &stream) const
{
    for (std::size_t l = 0; l < stream.state.size(); ++l) {
        if (m_config.cell == RecurrentCell::Lstm)
            m_layers[l].prepareInference(stream.packed[l]);
        stream.state[l].h.setZero();
        stream.state[l].c.setZero();
    }
}

template <typename Scalar>
void CharNetwork<Scalar>::feedStep(Stream &stream, int l) const
{
    using VecMap = Eigen::Map<Vec>;
    const Eigen::Index H = m_config.units;
    const auto k = std::size_t(l);
    // The logistic function 1 / (1 + e^-x), as an expression (evaluated where it is assigned).
    const auto sigma = [](const auto &x) { return (Scalar(1) + (-x).exp()).inverse(); };
    VecMap hPrev(stream.state[k].h.data(), H); // (1, H) rows are contiguous; becomes h_t
    Vec &x = stream.inputHalf[k];               // (GH) W_ih x_t
    Vec &a = stream.a[k];                       // (GH)
    // In place in a and x (no temporary: nothing is allocated).
    switch (m_config.cell) {
    case RecurrentCell::Lstm: {
        VecMap c(stream.state[k].c.data(), H);
        a.noalias() = Whh(l) * hPrev;
        a += x;
        a += bih(l) + bhh(l);
        a.segment(0, H).array() = sigma(a.segment(0, H).array());             // (1) i
        a.segment(H, H).array() = sigma(a.segment(H, H).array());             // (2) f
        a.segment(2 * H, H).array() = a.segment(2 * H, H).array().tanh();     // (3) g
        a.segment(3 * H, H).array() = sigma(a.segment(3 * H, H).array());     // (4) o
        c.array() = a.segment(H, H).array() * c.array() + a.segment(0, H).array() * a.segment(2 * H, H).array(); // (5)
        hPrev.array() = a.segment(3 * H, H).array() * c.array().tanh();       // (6)
        stream.c[k] = stream.state[k].c;
        break;
    }
    case RecurrentCell::Gru:
        a.noalias() = Whh(l) * hPrev;                                         // W_hh h_{t-1} + b_hh
        a += bhh(l);
        x += bih(l);
        x.head(2 * H).array() = sigma(x.head(2 * H).array() + a.head(2 * H).array()); // (27) r, (28) z
        x.segment(2 * H, H).array() =
            (x.segment(2 * H, H).array() + x.segment(0, H).array() * a.segment(2 * H, H).array()).tanh(); // (29) n
        hPrev.array() = (Scalar(1) - x.segment(H, H).array()) * x.segment(2 * H, H).array()
                        + x.segment(H, H).array() * hPrev.array();            // (30)
        break;
    case RecurrentCell::Rnn:
        a.noalias() = Whh(l) * hPrev;
        a += x;
        a += bih(l) + bhh(l);
        hPrev = a.array().tanh().matrix();                                    // (24)
        break;
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
    const Eigen::Index H = m_config.units;
    const Eigen::Index GH = Eigen::Index(cellGateCount(m_config.cell)) * H;
    if (stream.a.size() != stream.state.size() || stream.inputHalf.size() != stream.state.size()) {
        // a Stream made before it had these buffers
        stream.a.assign(stream.state.size(), Vec::Zero(GH));
        stream.inputHalf.assign(stream.state.size(), Vec::Zero(GH));
    }
    for (int t = 0; t < n; ++t) {
        if (stopRequested(stop))
            return false;
        for (int l = 0; l < layerCount(); ++l) {
            Vec &x = stream.inputHalf[std::size_t(l)];
            if (l == 0)
                x = Wih(0).col(symbols[std::size_t(t)]);                          // (19) a lookup
            else
                x.noalias() = Wih(l) * VecMap(stream.state[std::size_t(l) - 1].h.data(), H); // the new h below
            feedStep(stream, l);
            stream.h[std::size_t(l)].row(t) = stream.state[std::size_t(l)].h;
        }
    }
    m_head.forward(stream.h.back().topRows(n), stream.probs.leftCols(n));
    return true;
}

template class CharNetwork<float>;
template class CharNetwork<double>;

} // namespace lstmlab
