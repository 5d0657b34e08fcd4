#include "texttrace.h"

#include "corpus.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace lstmlab {

namespace {

// 4-byte words a trace of T symbols takes besides the traced units' 14 values per step (6
// activations, 8 pre-activation halves): every layer's input (V wide on layer 0, H above), the
// stretch as floats, its symbols and code points, K next symbols (index, code point,
// probability) and p_t[s_{t+1}] per step, and the context.
double fixedWords(const CharNetworkConfig &config, double T)
{
    const double perStep = config.symbols + double(config.layers - 1) * config.units + 4.0 + 3.0 * TextTrace::topCount;
    return T * perStep + maxTextTraceContext;
}

double wordsPerUnit(const CharNetworkConfig &config, double T)
{
    return 14.0 * config.layers * T;
}

constexpr double budgetWords = double(maxTraceBytes) / 4.0;

} // namespace

int textTracedUnits(const CharNetworkConfig &config, int length)
{
    const double T = std::max(1, length);
    return std::clamp(int((budgetWords - fixedWords(config, T)) / wordsPerUnit(config, T)), 1, config.units);
}

int maxTextTraceLength(const CharNetworkConfig &config)
{
    const double perStep = fixedWords(config, 1.0) - maxTextTraceContext + wordsPerUnit(config, 1.0);
    return std::max(1, int((budgetWords - maxTextTraceContext) / perStep));
}

TextTrace traceText(const CharNetwork<float> &network, const Corpus &corpus, std::span<const int> symbols, int start,
                    std::span<const int> before, const CharNetwork<float>::State *initial, const StopFlag *stop)
{
    using Mat = Matrix<float>;
    const CharNetworkConfig &config = network.config();
    const int V = config.symbols;
    const int H = config.units;
    const int L = network.layerCount();
    if (symbols.empty())
        throw std::invalid_argument("traceText: an empty stretch of text");
    if (corpus.vocabularySize() != V)
        throw std::invalid_argument("traceText: the text has " + std::to_string(corpus.vocabularySize())
                                    + " symbols, the network " + std::to_string(V));
    const auto outside = [V](int s) { return s < 0 || s >= V; };
    if (std::any_of(symbols.begin(), symbols.end(), outside) || std::any_of(before.begin(), before.end(), outside))
        throw std::invalid_argument("traceText: a symbol outside the vocabulary of " + std::to_string(V));
    if (initial) {
        const bool shaped = int(initial->size()) == L
                            && std::all_of(initial->begin(), initial->end(), [H](const LstmState<float> &s) {
                                   return s.h.rows() == 1 && s.h.cols() == H && s.c.rows() == 1 && s.c.cols() == H;
                               });
        if (!shaped)
            throw std::invalid_argument("traceText: the initial state is not one (1, " + std::to_string(H)
                                        + ") state per layer for " + std::to_string(L) + " layers");
    }
    symbols = symbols.first(std::min<std::size_t>(symbols.size(), std::size_t(maxTextTraceLength(config))));
    const int T = int(symbols.size());
    const int traced = textTracedUnits(config, T);

    // (19)-(21) as the training forward runs them, batch 1, no dropout: the cell maths is the
    // layer's own, and its caches hold every gate (and the LSTM's c) and h of every step.
    CharNetwork<float>::Workspace ws = network.makeWorkspace(T, 1);
    if (initial)
        ws.state = *initial;
    if (!network.forward(ws, symbols, 1, false, nullptr, stop))
        return {};

    const auto &vocabulary = corpus.vocabulary();
    TextTrace trace;
    trace.start = start;
    trace.symbols.assign(symbols.begin(), symbols.end());
    for (int s : symbols)
        trace.characters.push_back(vocabulary[std::size_t(s)]);
    before = before.last(std::min<std::size_t>(before.size(), maxTextTraceContext));
    for (int s : before)
        trace.context.push_back(vocabulary[std::size_t(s)]);

    GateTrace &gates = trace.gates;
    const RecurrentCell cell = config.cell;
    const int G = cellGateCount(cell); // gate layers: 4, 3 or 1
    gates.cell = cell;
    gates.window = start;
    gates.input.assign(symbols.begin(), symbols.end());

    Mat preInput, preRecurrent, hPrev; // (GH, T), (GH, T), (H, T): column t is h_{t-1}
    for (int l = 0; l < L; ++l) {
        const Eigen::Map<const Mat> Wih = network.Wih(l), Whh = network.Whh(l);
        LayerTrace lt;
        lt.units = traced;
        lt.layerUnits = H;
        lt.timesteps = T;
        lt.inputSize = int(Wih.cols());

        // The two halves of the pre-activation, from the layer's weights and the recorded states.
        if (l == 0) {
            preInput.resize(G * H, T);
            for (int t = 0; t < T; ++t) // (19): W_ih onehot(s_t) is column s_t
                preInput.col(t) = Wih.col(symbols[std::size_t(t)]);
        } else {
            // x_t = h^{l-1}_t: the hidden states are (T, H), row t
            preInput.noalias() = Wih * network.hidden(ws, l - 1).transpose();
        }
        preInput.colwise() += network.bih(l);
        hPrev.resize(H, T);
        if (initial)
            hPrev.col(0) = (*initial)[std::size_t(l)].h.transpose();
        else
            hPrev.col(0).setZero();
        if (T > 1)
            hPrev.rightCols(T - 1) = network.hidden(ws, l).topRows(T - 1).transpose();
        preRecurrent.noalias() = Whh * hPrev; // for the GRU's n: W_hn h_{t-1} + b_hn, before r scales it
        preRecurrent.colwise() += network.bhh(l);

        // The caches are (T, width), column-major: column k holds its T steps one after the
        // other, which is LayerTrace's [unit * T + t] for a block of columns.
        const auto copyColumns = [T](const Eigen::Ref<const Mat> &from, int firstColumn, int columns,
                                     std::vector<float> &to, std::size_t at) {
            Eigen::Map<Mat>(to.data() + at, T, columns) = from.block(0, firstColumn, T, columns);
        };
        // (rows, T) matrices: rows firstRow.. of it, each row's T values after each other.
        const auto copyRows = [T](const Mat &from, int firstRow, int rows, std::vector<float> &to, std::size_t at) {
            Eigen::Map<Mat>(to.data() + at, T, rows) = from.middleRows(firstRow, rows).transpose();
        };
        const auto k = std::size_t(l);
        for (const Gate gate : tracedGates(cell)) {
            std::vector<float> &out = lt.values[std::size_t(gate)];
            out.resize(std::size_t(traced) * T);
            if (gate == Gate::Hidden)
                copyColumns(network.hidden(ws, l), 0, traced, out, 0);
            else if (gate == Gate::CellState)
                copyColumns(ws.caches[k].c, 0, traced, out, 0);
            else if (cell == RecurrentCell::Gru)
                copyColumns(ws.gruCaches[k].gates, int(gate) * H, traced, out, 0);
            else
                copyColumns(ws.caches[k].gates, int(gate) * H, traced, out, 0);
        }
        lt.input.assign(std::size_t(lt.inputSize) * T, 0.f);
        if (l == 0)
            for (int t = 0; t < T; ++t)
                lt.input[std::size_t(symbols[std::size_t(t)]) * T + t] = 1.f; // (19)
        else
            copyColumns(network.hidden(ws, l - 1), 0, H, lt.input, 0);
        lt.preInput.resize(std::size_t(G * traced) * T);
        lt.preRecurrent.resize(std::size_t(G * traced) * T);
        for (int gate = 0; gate < G; ++gate) {
            const std::size_t at = std::size_t(gate) * traced * T;
            copyRows(preInput, gate * H, traced, lt.preInput, at);
            copyRows(preRecurrent, gate * H, traced, lt.preRecurrent, at);
        }
        gates.layers.push_back(std::move(lt));
    }

    // (21): p_t, column t of ws.probs; its K largest entries, the likeliest first (ties: the
    // lower index first, so the order is the same on every run).
    const int K = std::min(TextTrace::topCount, V);
    trace.top = K;
    trace.topSymbols.resize(std::size_t(T) * K);
    trace.topCharacters.resize(std::size_t(T) * K);
    trace.topProbabilities.resize(std::size_t(T) * K);
    trace.nextProbability.assign(std::size_t(T), -1.f);
    std::vector<int> order(static_cast<std::size_t>(V));
    for (int t = 0; t < T; ++t) {
        const float *p = ws.probs.col(t).data();
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + K, order.end(),
                          [p](int a, int b) { return p[a] > p[b] || (p[a] == p[b] && a < b); });
        for (int k = 0; k < K; ++k) {
            const std::size_t at = std::size_t(t) * K + k;
            trace.topSymbols[at] = order[std::size_t(k)];
            trace.topCharacters[at] = vocabulary[std::size_t(order[std::size_t(k)])];
            trace.topProbabilities[at] = p[order[std::size_t(k)]];
        }
        if (t + 1 < T)
            trace.nextProbability[std::size_t(t)] = p[symbols[std::size_t(t + 1)]];
    }
    // The head reads the last layer's last h (as the sine's "prediction" is read there): the
    // probability of the likeliest next symbol after the stretch.
    gates.prediction = trace.topProbabilities[std::size_t(T - 1) * K];
    gates.target = -1.f;
    return trace;
}

TextTrace TextTrace::slice(int first, int count) const
{
    const int T = length();
    first = std::clamp(first, 0, T);
    count = std::clamp(count, 0, T - first);
    TextTrace out;
    out.start = start + first;
    out.symbols.assign(symbols.begin() + first, symbols.begin() + first + count);
    out.characters = characters.substr(std::size_t(first), std::size_t(count));
    out.context = context + characters.substr(0, std::size_t(first));
    if (out.context.size() > std::size_t(maxTextTraceContext))
        out.context.erase(0, out.context.size() - std::size_t(maxTextTraceContext));
    out.top = top;
    const auto cut = [first, count](const auto &from, std::size_t width) {
        return std::decay_t<decltype(from)>(from.begin() + std::ptrdiff_t(first * width),
                                            from.begin() + std::ptrdiff_t((first + count) * width));
    };
    out.topSymbols = cut(topSymbols, std::size_t(top));
    out.topCharacters = cut(topCharacters, std::size_t(top));
    out.topProbabilities = cut(topProbabilities, std::size_t(top));
    out.nextProbability = cut(nextProbability, 1);

    // Rows of T steps ([row * T + t]) cut to their count steps.
    const auto cutRows = [T, first, count](const std::vector<float> &from) {
        const std::size_t rows = T > 0 ? from.size() / std::size_t(T) : 0;
        std::vector<float> to(rows * std::size_t(count));
        for (std::size_t r = 0; r < rows; ++r)
            std::copy_n(from.begin() + std::ptrdiff_t(r * T + first), count, to.begin() + std::ptrdiff_t(r * count));
        return to;
    };
    out.gates.cell = gates.cell;
    out.gates.window = out.start;
    out.gates.input = cutRows(gates.input);
    out.gates.target = gates.target;
    out.gates.prediction = gates.prediction;
    for (const LayerTrace &lt : gates.layers) {
        LayerTrace cutLayer;
        cutLayer.units = lt.units;
        cutLayer.layerUnits = lt.layerUnits;
        cutLayer.timesteps = count;
        cutLayer.inputSize = lt.inputSize;
        for (int gate = 0; gate < gateCount; ++gate)
            cutLayer.values[std::size_t(gate)] = cutRows(lt.values[std::size_t(gate)]);
        cutLayer.input = cutRows(lt.input);
        cutLayer.preInput = cutRows(lt.preInput);
        cutLayer.preRecurrent = cutRows(lt.preRecurrent);
        out.gates.layers.push_back(std::move(cutLayer));
    }
    return out;
}

} // namespace lstmlab
