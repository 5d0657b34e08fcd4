#pragma once

// The LSTM layer of lstmlayer.h written to be read: equations (1)-(12), numbered as there, one
// time step after the other in plain Eigen, with variables named after the equations. It keeps
// LstmLayer's contract (shapes, gate order i, f, g, o, the Cache it fills and reads, the
// initial state, the one-hot input), and tst_lstmlayer holds the fast kernels that LstmLayer
// runs (kernels/lstmkernels.h) to it, in float and double. Nothing trains with it: it
// allocates, and it is slower.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b: time step t is the row block t*B .. t*B+B-1.

#include "lstmlayer.h"

#include <span>

namespace lstmlab {

template <typename Scalar>
class LstmReference
{
public:
    using Mat = Matrix<Scalar>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;
    using Cache = LstmCache<Scalar>;

    // As LstmLayer::forward(): x (T*B, I); fills cache.gates, c, tanhC and h with the layer's
    // weights, starting from `initial` (kept in cache.h0, c0) or, when null, from zero.
    static void forward(const LstmLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                        Cache &cache, const LstmState<Scalar> *initial = nullptr);
    // As LstmLayer::forwardTokens(): the one-hot input of tokens (T*B), by (1').
    static void forwardTokens(const LstmLayer<Scalar> &layer, std::span<const int> tokens, int timesteps,
                              int batch, Cache &cache, const LstmState<Scalar> *initial = nullptr);

    // As LstmLayer::backward(): dH (T*B, H) from above, x the forward input, cache that of
    // forward(). Writes the layer's dWih, dWhh, dbih, dbhh (overwriting), cache.dGates and,
    // when dX is given, dL/dx (T*B, I).
    static void backward(LstmLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps,
                         int batch, Cache &cache, Ref *dX);
    // As LstmLayer::backwardTokens(): after forwardTokens(), dWih by (12'); no dX.
    static void backwardTokens(LstmLayer<Scalar> &layer, const ConstRef &dH, std::span<const int> tokens,
                               int timesteps, int batch, Cache &cache);

private:
    // Both forwards: the input is x when tokens is empty, else the tokens.
    static void forwardSteps(const LstmLayer<Scalar> &layer, const ConstRef &x, std::span<const int> tokens,
                             int timesteps, int batch, Cache &cache, const LstmState<Scalar> *initial);
    static void backwardSteps(LstmLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x,
                              std::span<const int> tokens, int timesteps, int batch, Cache &cache, Ref *dX);
};

extern template class LstmReference<float>;
extern template class LstmReference<double>;

} // namespace lstmlab
