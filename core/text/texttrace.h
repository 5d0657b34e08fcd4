#pragma once

// What a character-level network does over a stretch of text: the gates of every layer at every
// position (a GateTrace, as the sine's gate panels draw it), the symbols read, and at every
// position the network's five likeliest next symbols. A plain value: the text task's worker
// makes it and hands it to the window by copy, like the sine's GateTrace.
//
// The run is CharNetwork's evaluation forward, (19)-(21) of charnetwork.h: batch 1, no dropout
// (u^l = h^l), from the state given or from zero. Position t of the stretch has read symbol
// s_t; every value at t is the network's state after reading it, and p_t of (21) is its
// distribution of s_{t+1}.
//
// Shapes (legend): T = the stretch's length, V = vocabulary size, H = num_units, L = layers,
// K = topCount. Per layer the GateTrace holds (layers.h of gatetrace.h):
//   values[gate][unit * T + t]   the cell's values of the traced units (tracedGates() of
//                                gatetrace.h): the LSTM's i, f, g, o (1)-(4), c (5), h (6), the
//                                GRU's r, z, n, h (27)-(30), the plain RNN's h (24)
//   preInput                     W_ih x_t + b_ih of each gate layer; on layer 0 x_t =
//                                onehot(s_t) (19), so it is column s_t of W_ih plus b_ih
//   preRecurrent                 W_hh h_{t-1} + b_hh, h_{-1} the starting state (the GRU's n:
//                                before r scales it)
//   input                        x_t: the one-hot vectors (V wide) on layer 0, h of the layer
//                                below (H wide) above it
//
// Bounded like the sine's trace: its float arrays take at most maxTraceBytes (gatetrace.h).
// textTracedUnits() says how many units per layer fit for a stretch; a stretch too long for even
// one unit per layer is cut to maxTextTraceLength().

#include "charnetwork.h"
#include "gatetrace.h"

#include <span>
#include <string>
#include <vector>

namespace lstmlab {

class Corpus;

struct TextTrace {
    static constexpr int topCount = 5; // K

    GateTrace gates;                   // window = start, input = the symbols as floats
    int start = 0;                     // where the stretch begins in the text it was cut from
    std::vector<int> symbols;          // (T) s_t, vocabulary indices
    std::u32string characters;         // (T) the same symbols as Unicode code points
    std::u32string context;            // the text just before the stretch (for UnitFinder's features)
    int top = 0;                       // next symbols kept per position: min(K, V)
    std::vector<int> topSymbols;       // (T*top) [t * top + k]: the k-th likeliest s_{t+1}
    std::u32string topCharacters;      // (T*top) the same as code points
    std::vector<float> topProbabilities; // (T*top) p_t of those, descending in k
    std::vector<float> nextProbability;  // (T) p_t[s_{t+1}]; the last position has none (-1)

    // Steps first .. first+count-1 of this trace (clamped to it) as a trace of their own: every
    // per-step array cut, start moved by first, the context extended by the steps before.
    TextTrace slice(int first, int count) const;

    int length() const { return int(symbols.size()); }
    bool empty() const { return symbols.empty(); }
    float topProbability(int t, int k) const { return topProbabilities[std::size_t(t) * top + k]; }
    char32_t topCharacter(int t, int k) const { return topCharacters[std::size_t(t) * top + k]; }
};

// Units per layer a trace of `length` symbols records: all H, unless the trace would take more
// than maxTraceBytes; at least 1.
int textTracedUnits(const CharNetworkConfig &config, int length);
// The longest stretch whose trace fits maxTraceBytes with one unit per layer.
int maxTextTraceLength(const CharNetworkConfig &config);

// Runs `symbols` (vocabulary indices of `corpus`, at least one) through the network from
// `initial` (one (1, H) state per layer) or from zero, and records it. `before` is the text
// just before the stretch (its last maxTextTraceContext symbols are kept as context); `start`
// is stored as is. A stretch longer than maxTextTraceLength() is cut to it. Throws
// std::invalid_argument for an empty stretch, a symbol outside the vocabulary, a vocabulary
// that is not the network's, or an initial state of the wrong shape. Returns an empty trace
// when `stop` was raised.
TextTrace traceText(const CharNetwork<float> &network, const Corpus &corpus, std::span<const int> symbols,
                    int start = 0, std::span<const int> before = {},
                    const CharNetwork<float>::State *initial = nullptr, const StopFlag *stop = nullptr);

inline constexpr int maxTextTraceContext = 2000;

} // namespace lstmlab
