// traceText: a tiny network's trace holds exactly what the training forward computes for the
// same symbols (batch 1 and as one stream of a wider batch, from zero and from a carried state),
// its pre-activation halves add up to the gates, the top-5 next symbols are the likeliest in
// order with probabilities summing to at most 1, and a trace stays within maxTraceBytes.

#include "charnetwork.h"
#include "corpus.h"
#include "texttrace.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace lstmlab;

Q_DECLARE_METATYPE(lstmlab::RecurrentCell)

namespace {

using Net = CharNetwork<float>;

const char *const sampleText = "《静夜思》\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n%\n"
                               "\"Quote (bracket)\" and more text.\n";

Net makeNetwork(int symbols, int units, int layers, unsigned seed)
{
    Net net(CharNetworkConfig{symbols, units, layers, 0.0});
    std::mt19937 rng(seed);
    net.initialise(rng);
    return net;
}

Net::State randomState(int layers, int units, std::mt19937 &rng)
{
    std::uniform_real_distribution<float> u(-0.8f, 0.8f);
    Net::State state(static_cast<std::size_t>(layers));
    for (LstmState<float> &s : state) {
        s.resize(1, units);
        for (Eigen::Index k = 0; k < units; ++k) {
            s.h(0, k) = u(rng);
            s.c(0, k) = u(rng);
        }
    }
    return state;
}

float sigma(float a)
{
    return 1.f / (1.f + std::exp(-a));
}

// Trace values at (unit, t) against the training forward's caches of a batch of `batch`
// streams whose stream `b` read the traced symbols.
double largestDifference(const TextTrace &trace, const Net &net, const Net::Workspace &ws, int batch, int b)
{
    const int H = net.units();
    double worst = 0.0;
    for (int l = 0; l < net.layerCount(); ++l) {
        const LayerTrace &lt = trace.gates.layers[std::size_t(l)];
        const LstmCache<float> &cache = ws.caches[std::size_t(l)];
        for (int unit = 0; unit < lt.units; ++unit)
            for (int t = 0; t < lt.timesteps; ++t) {
                const Eigen::Index row = Eigen::Index(t) * batch + b;
                for (int gate = 0; gate < gateLayerCount; ++gate)
                    worst = std::max(worst, double(std::abs(lt.at(Gate(gate), unit, t) - cache.gates(row, gate * H + unit))));
                worst = std::max(worst, double(std::abs(lt.at(Gate::CellState, unit, t) - cache.c(row, unit))));
                worst = std::max(worst, double(std::abs(lt.at(Gate::Hidden, unit, t) - cache.h(row, unit))));
            }
    }
    return worst;
}

} // namespace

class TestTextTrace : public QObject
{
    Q_OBJECT

private slots:
    void equalsTheTrainingForward_data()
    {
        QTest::addColumn<bool>("fromState");
        QTest::newRow("from a zero state") << false;
        QTest::newRow("from a carried state") << true;
    }

    void equalsTheTrainingForward()
    {
        QFETCH(bool, fromState);
        const Corpus corpus(sampleText, "sample");
        const int V = corpus.vocabularySize();
        const int H = 6, L = 2;
        const Net net = makeNetwork(V, H, L, 7);
        std::mt19937 rng(11);
        const Net::State state = randomState(L, H, rng);
        const std::vector<int> &tokens = corpus.tokens();
        const std::span<const int> stretch = std::span<const int>(tokens).subspan(3, 24);
        const int T = int(stretch.size());

        const TextTrace trace = traceText(net, corpus, stretch, 3, std::span<const int>(tokens).first(3),
                                          fromState ? &state : nullptr);
        QCOMPARE(trace.length(), T);
        QCOMPARE(int(trace.gates.layers.size()), L);
        QCOMPARE(trace.gates.layers.front().units, H);
        QCOMPARE(trace.gates.layers.front().timesteps, T);
        QCOMPARE(trace.gates.layers.front().inputSize, V);
        QCOMPARE(trace.gates.layers.back().inputSize, H);
        QCOMPARE(trace.start, 3);
        QCOMPARE(trace.context.size(), std::size_t(3));
        for (int t = 0; t < T; ++t)
            QCOMPARE(trace.characters[std::size_t(t)], corpus.vocabulary()[std::size_t(stretch[std::size_t(t)])]);

        // The training forward (dropout 0), batch 3: the stretch is stream 1, the others noise.
        const int B = 3;
        Net::Workspace ws = net.makeWorkspace(T, B);
        std::vector<int> inputs(std::size_t(T) * B);
        for (int t = 0; t < T; ++t)
            for (int b = 0; b < B; ++b)
                inputs[std::size_t(t) * B + b] = b == 1 ? stretch[std::size_t(t)] : int(rng() % unsigned(V));
        for (int l = 0; l < L; ++l) {
            ws.state[std::size_t(l)].resize(B, H);
            for (int b = 0; b < B; ++b)
                if (fromState && b == 1) {
                    ws.state[std::size_t(l)].h.row(b) = state[std::size_t(l)].h;
                    ws.state[std::size_t(l)].c.row(b) = state[std::size_t(l)].c;
                }
        }
        QVERIFY(net.forward(ws, inputs, B, true, &rng));
        const double worst = largestDifference(trace, net, ws, B, 1);
        qInfo("largest difference to the training forward: %g", worst);
        QVERIFY(worst <= 1e-5);

        // p_t: the head's distribution after step t, as the forward's probs column t*B + 1.
        for (int t = 0; t < T; ++t)
            for (int k = 0; k < trace.top; ++k)
                QVERIFY(std::abs(trace.topProbability(t, k)
                                 - ws.probs(trace.topSymbols[std::size_t(t) * trace.top + k], Eigen::Index(t) * B + 1))
                        <= 1e-6f);
        for (int t = 0; t + 1 < T; ++t)
            QVERIFY(std::abs(trace.nextProbability[std::size_t(t)]
                             - ws.probs(stretch[std::size_t(t + 1)], Eigen::Index(t) * B + 1))
                    <= 1e-6f);
        QCOMPARE(trace.nextProbability.back(), -1.f);
    }

    // preInput + preRecurrent through (1)-(4) gives the gates, and (5)-(6) the states, with
    // h_{t-1}, c_{t-1} from the previous step (or the initial state); layer 0's input is one-hot.
    void halvesAddUpToTheGates()
    {
        const Corpus corpus(sampleText, "sample");
        const int V = corpus.vocabularySize();
        const int H = 5, L = 2;
        const Net net = makeNetwork(V, H, L, 3);
        std::mt19937 rng(5);
        const Net::State state = randomState(L, H, rng);
        const std::span<const int> stretch = std::span<const int>(corpus.tokens()).first(30);
        const TextTrace trace = traceText(net, corpus, stretch, 0, {}, &state);
        double worst = 0.0;
        for (int l = 0; l < L; ++l) {
            const LayerTrace &lt = trace.gates.layers[std::size_t(l)];
            for (int unit = 0; unit < H; ++unit)
                for (int t = 0; t < lt.timesteps; ++t) {
                    float a[gateLayerCount];
                    for (int gate = 0; gate < gateLayerCount; ++gate)
                        a[gate] = lt.inputPart(Gate(gate), unit, t) + lt.recurrentPart(Gate(gate), unit, t);
                    const float i = sigma(a[0]), f = sigma(a[1]), g = std::tanh(a[2]), o = sigma(a[3]);
                    const float cPrev = t > 0 ? lt.at(Gate::CellState, unit, t - 1) : state[std::size_t(l)].c(0, unit);
                    const float c = f * cPrev + i * g;
                    const float h = o * std::tanh(c);
                    for (float d : {i - lt.at(Gate::Input, unit, t), f - lt.at(Gate::Forget, unit, t),
                                    g - lt.at(Gate::Cell, unit, t), o - lt.at(Gate::Output, unit, t),
                                    c - lt.at(Gate::CellState, unit, t), h - lt.at(Gate::Hidden, unit, t)})
                        worst = std::max(worst, double(std::abs(d)));
                }
        }
        qInfo("largest difference of (1)-(6) from the halves: %g", worst);
        QVERIFY(worst <= 1e-5);
        const LayerTrace &first = trace.gates.layers.front();
        for (int t = 0; t < first.timesteps; ++t)
            for (int k = 0; k < V; ++k)
                QCOMPARE(first.input[std::size_t(k) * first.timesteps + t], k == stretch[std::size_t(t)] ? 1.f : 0.f);
    }

    // The GRU's and the plain RNN's traces: their own slots only (tracedGates()), and the halves
    // through (27)-(30) or (24) give them, from the initial h (the GRU and the RNN carry no c).
    void otherCellsHalvesAddUp_data()
    {
        QTest::addColumn<RecurrentCell>("cell");
        QTest::newRow("gru") << RecurrentCell::Gru;
        QTest::newRow("rnn") << RecurrentCell::Rnn;
    }
    void otherCellsHalvesAddUp()
    {
        QFETCH(RecurrentCell, cell);
        const Corpus corpus(sampleText, "sample");
        const int V = corpus.vocabularySize();
        const int H = 5, L = 2;
        Net net(CharNetworkConfig{V, H, L, 0.0, cell});
        std::mt19937 rng(3);
        net.initialise(rng);
        Net::State state = randomState(L, H, rng);
        for (LstmState<float> &s : state)
            s.c.setZero();
        const std::span<const int> stretch = std::span<const int>(corpus.tokens()).first(30);
        const TextTrace trace = traceText(net, corpus, stretch, 0, {}, &state);
        QCOMPARE(int(trace.gates.cell), int(cell));
        double worst = 0.0;
        for (int l = 0; l < L; ++l) {
            const LayerTrace &lt = trace.gates.layers[std::size_t(l)];
            for (int gate = 0; gate < gateCount; ++gate)
                QCOMPARE(lt.has(Gate(gate)), cellHasGate(cell, Gate(gate)));
            QCOMPARE(lt.preInput.size(), std::size_t(cellGateCount(cell) * H * lt.timesteps));
            for (int unit = 0; unit < H; ++unit)
                for (int t = 0; t < lt.timesteps; ++t) {
                    const float hPrev = t > 0 ? lt.at(Gate::Hidden, unit, t - 1) : state[std::size_t(l)].h(0, unit);
                    const auto sum = [&](Gate g) { return lt.inputPart(g, unit, t) + lt.recurrentPart(g, unit, t); };
                    if (cell == RecurrentCell::Rnn) {
                        worst = std::max(worst, double(std::abs(std::tanh(sum(Gate::Input)) - lt.at(Gate::Hidden, unit, t))));
                        continue;
                    }
                    const float r = sigma(sum(Gate::Reset)), z = sigma(sum(Gate::Update));
                    const float n = std::tanh(lt.inputPart(Gate::Candidate, unit, t) + r * lt.recurrentPart(Gate::Candidate, unit, t));
                    const float h = (1.f - z) * n + z * hPrev;
                    for (float d : {r - lt.at(Gate::Reset, unit, t), z - lt.at(Gate::Update, unit, t),
                                    n - lt.at(Gate::Candidate, unit, t), h - lt.at(Gate::Hidden, unit, t)})
                        worst = std::max(worst, double(std::abs(d)));
                }
        }
        qInfo("largest difference of the cell's equations from the halves: %g", worst);
        QVERIFY(worst <= 1e-5);
        QCOMPARE(int(trace.slice(3, 10).gates.cell), int(cell)); // a slice keeps the cell
    }

    void topFiveAreTheLikeliestInOrder()
    {
        const Corpus corpus(sampleText, "sample");
        const Net net = makeNetwork(corpus.vocabularySize(), 8, 1, 9);
        const TextTrace trace = traceText(net, corpus, corpus.tokens());
        QCOMPARE(trace.top, TextTrace::topCount);
        QCOMPARE(trace.topSymbols.size(), std::size_t(trace.length()) * TextTrace::topCount);
        // Every p_t in full, from a stream fed the same symbols.
        Net::Stream stream = net.makeStream(trace.length());
        QVERIFY(net.feed(stream, corpus.tokens()));
        for (int t = 0; t < trace.length(); ++t) {
            float sum = 0.f;
            for (int k = 0; k < trace.top; ++k) {
                sum += trace.topProbability(t, k);
                if (k > 0)
                    QVERIFY(trace.topProbability(t, k) <= trace.topProbability(t, k - 1));
                const int symbol = trace.topSymbols[std::size_t(t) * trace.top + k];
                QCOMPARE(trace.topCharacter(t, k), corpus.vocabulary()[std::size_t(symbol)]);
            }
            QVERIFY(sum <= 1.f + 1e-6f);
            // nothing outside the five is likelier than the fifth
            const float fifth = trace.topProbability(t, trace.top - 1);
            for (int s = 0; s < corpus.vocabularySize(); ++s) {
                bool listed = false;
                for (int k = 0; k < trace.top; ++k)
                    listed = listed || trace.topSymbols[std::size_t(t) * trace.top + k] == s;
                if (!listed)
                    QVERIFY(stream.probs(s, t) <= fifth + 1e-6f);
            }
        }
    }

    void fewerSymbolsThanFive()
    {
        const Corpus corpus("abababababababababab", "two symbols");
        const Net net = makeNetwork(2, 3, 1, 1);
        const TextTrace trace = traceText(net, corpus, corpus.tokens());
        QCOMPARE(trace.top, 2);
        for (int t = 0; t < trace.length(); ++t)
            QVERIFY(std::abs(trace.topProbability(t, 0) + trace.topProbability(t, 1) - 1.f) <= 1e-5f);
    }

    // A large vocabulary and wide layers: the trace keeps fewer units, or a shorter stretch,
    // and its float arrays stay within maxTraceBytes.
    void staysWithinTheMemoryBound_data()
    {
        QTest::addColumn<int>("symbols");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("length");
        QTest::newRow("tiny: every unit") << 40 << 16 << 2 << 200;
        QTest::newRow("Udacity 2x512, 500 symbols") << 83 << 512 << 2 << 500;
        QTest::newRow("10,000 symbols, 3000 long") << 10000 << 64 << 3 << 3000;
    }

    void staysWithinTheMemoryBound()
    {
        QFETCH(int, symbols);
        QFETCH(int, units);
        QFETCH(int, layers);
        QFETCH(int, length);
        const CharNetworkConfig config{symbols, units, layers, 0.0};
        const int kept = std::min(length, maxTextTraceLength(config));
        const int traced = textTracedUnits(config, kept);
        QVERIFY(traced >= 1 && traced <= units);

        // A text of `symbols` distinct code points (CJK ideographs), long enough.
        std::u32string text;
        for (int k = 0; k < std::max(symbols, length + 10) + symbols; ++k)
            text.push_back(char32_t(0x4E00 + (k * 7919) % symbols));
        std::string utf8;
        for (char32_t ch : text)
            utf8 += Corpus::toUtf8(ch);
        const Corpus corpus(utf8, "generated");
        QCOMPARE(corpus.vocabularySize(), symbols);
        Net net = makeNetwork(symbols, units, layers, 2);
        const std::span<const int> stretch = std::span<const int>(corpus.tokens()).first(std::size_t(length));
        const TextTrace trace = traceText(net, corpus, stretch, 0, corpus.tokens());
        QCOMPARE(trace.length(), kept);
        std::size_t bytes = trace.gates.input.size() * sizeof(float) + trace.symbols.size() * sizeof(int)
                            + trace.characters.size() * sizeof(char32_t) + trace.context.size() * sizeof(char32_t)
                            + trace.topSymbols.size() * sizeof(int) + trace.topCharacters.size() * sizeof(char32_t)
                            + trace.topProbabilities.size() * sizeof(float)
                            + trace.nextProbability.size() * sizeof(float);
        for (const LayerTrace &lt : trace.gates.layers) {
            QCOMPARE(lt.units, traced);
            QCOMPARE(lt.layerUnits, units);
            for (const auto &values : lt.values)
                bytes += values.size() * sizeof(float);
            bytes += (lt.input.size() + lt.preInput.size() + lt.preRecurrent.size()) * sizeof(float);
        }
        qInfo("%d of %d units per layer, %d of %d symbols: %.1f MiB", traced, units, kept, length,
              double(bytes) / (1 << 20));
        QVERIFY(bytes <= maxTraceBytes);
        if (symbols == 40)
            QCOMPARE(traced, units);
    }

    // A slice is the trace of its steps: every per-step value and the top-5 cut, the start
    // moved and the context extended by the steps before it.
    void sliceCutsEveryStep()
    {
        const Corpus corpus(sampleText, "sample");
        const Net net = makeNetwork(corpus.vocabularySize(), 5, 2, 4);
        const std::span<const int> tokens = std::span<const int>(corpus.tokens()).first(40);
        const TextTrace trace = traceText(net, corpus, tokens, 100, std::span<const int>(corpus.tokens()).first(0));
        const TextTrace part = trace.slice(12, 10);
        QCOMPARE(part.length(), 10);
        QCOMPARE(part.start, 112);
        QCOMPARE(part.gates.window, 112);
        QVERIFY(part.characters == trace.characters.substr(12, 10));
        QVERIFY(part.context == trace.characters.substr(0, 12));
        QCOMPARE(part.top, trace.top);
        for (int t = 0; t < 10; ++t) {
            QCOMPARE(part.nextProbability[std::size_t(t)], trace.nextProbability[std::size_t(t) + 12]);
            for (int k = 0; k < part.top; ++k)
                QCOMPARE(part.topCharacter(t, k), trace.topCharacter(t + 12, k));
            QCOMPARE(part.gates.input[std::size_t(t)], trace.gates.input[std::size_t(t) + 12]);
            for (int l = 0; l < 2; ++l) {
                const LayerTrace &a = part.gates.layers[std::size_t(l)];
                const LayerTrace &b = trace.gates.layers[std::size_t(l)];
                QCOMPARE(a.timesteps, 10);
                for (int unit = 0; unit < 5; ++unit)
                    for (int gate = 0; gate < gateCount; ++gate)
                        QCOMPARE(a.at(Gate(gate), unit, t), b.at(Gate(gate), unit, t + 12));
                for (int gate = 0; gate < gateLayerCount; ++gate) {
                    QCOMPARE(a.inputPart(Gate(gate), 3, t), b.inputPart(Gate(gate), 3, t + 12));
                    QCOMPARE(a.recurrentPart(Gate(gate), 3, t), b.recurrentPart(Gate(gate), 3, t + 12));
                }
                QCOMPARE(a.input.size(), std::size_t(a.inputSize) * 10);
                QCOMPARE(a.input[std::size_t(2) * 10 + t], b.input[std::size_t(2) * 40 + t + 12]);
            }
        }
        QCOMPARE(trace.slice(35, 10).length(), 5);
        QVERIFY(trace.slice(50, 3).empty());
    }

    void refusesBadInput()
    {
        const Corpus corpus(sampleText, "sample");
        const Net net = makeNetwork(corpus.vocabularySize(), 4, 2, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceText(net, corpus, {}));
        const std::vector<int> outside = {0, corpus.vocabularySize()};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceText(net, corpus, outside));
        Net::State oneLayer(1);
        oneLayer[0].resize(1, 4);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 traceText(net, corpus, corpus.tokens(), 0, {}, &oneLayer));
        const Net other = makeNetwork(corpus.vocabularySize() + 1, 4, 2, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceText(other, corpus, corpus.tokens()));
    }

    void stopGivesAnEmptyTrace()
    {
        const Corpus corpus(sampleText, "sample");
        const Net net = makeNetwork(corpus.vocabularySize(), 4, 2, 1);
        StopFlag stop{true};
        QVERIFY(traceText(net, corpus, corpus.tokens(), 0, {}, nullptr, &stop).empty());
    }
};

QTEST_APPLESS_MAIN(TestTextTrace)
#include "tst_texttrace.moc"
