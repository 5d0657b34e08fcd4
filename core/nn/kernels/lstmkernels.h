#pragma once

// The fast LSTM layer: equations (1)-(12) of lstmlayer.h computed as LstmReference
// (lstmreference.h) computes them, to within rounding, only faster. LstmLayer runs these;
// tst_lstmlayer holds them to the reference in float and double.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b (lstmlayer.h); weights are LstmLayer's, each
// column-major without gaps: Wih (4H, I), Whh (4H, H), bih and bhh (4H), gate order i, f, g, o.
//
// How (docs/performance.md has the measurements): one pass per time step does the products
// of (1)-(4) for a block of units and batch rows and applies (1)-(6) while the pre-activations
// are still in registers; backward likewise fuses (11) with (7)-(10). The sums over time of
// (12) are one product each after the time loop. A one-hot input (the *Tokens functions) is a
// lookup of Wih's columns for all rows before the time loop, and (12') a scatter-add of da's
// rows into dWih's columns after it, both through transposes of square blocks in registers.
// Nothing is allocated on the heap after the cache is sized.
//
// Stopping (stopflag.h): each function reads `stop` once per time step (and once per chunk of
// the products after the time loop) and returns false as soon as it is raised, leaving its
// outputs partly written; true when it ran to the end.

#include "lstmcache.h"
#include "stopflag.h"

#include <span>

namespace lstmlab {

template <typename Scalar>
class LstmKernels
{
public:
    using Vec = Vector<Scalar>;
    using Ref = Eigen::Ref<Matrix<Scalar>>;
    using ConstRef = Eigen::Ref<const Matrix<Scalar>>;
    using VecRef = Eigen::Ref<Vec>;
    using ConstVecRef = Eigen::Ref<const Vec>;

    // LstmLayer::forward(): x (T*B, I); fills cache.gates, c, tanhC, h and cache.packed, and
    // keeps the initial state (zero when null) in cache.h0, c0 and hasInitial.
    static bool forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih, const ConstVecRef &bhh,
                        const ConstRef &x, int timesteps, int batch, LstmCache<Scalar> &cache,
                        const StopFlag *stop = nullptr, const LstmState<Scalar> *initial = nullptr);
    // LstmLayer::forwardTokens(): forward() with the one-hot input of tokens (T*B) (1').
    static bool forwardTokens(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                              const ConstVecRef &bhh, std::span<const int> tokens, int timesteps, int batch,
                              LstmCache<Scalar> &cache, const StopFlag *stop = nullptr,
                              const LstmState<Scalar> *initial = nullptr);

    // LstmLayer::backward(): dH (T*B, H) from above; writes dWih, dWhh, dbih, dbhh (overwriting),
    // cache.dGates and, when dX is given, dL/dx (T*B, I). Needs the cache of forward().
    static bool backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                         int timesteps, int batch, LstmCache<Scalar> &cache, Ref dWih, Ref dWhh, VecRef dbih,
                         VecRef dbhh, Ref *dX, const StopFlag *stop = nullptr);
    // LstmLayer::backwardTokens(): backward() after forwardTokens(), dWih by (12'); no dX.
    static bool backwardTokens(const ConstRef &Whh, const ConstRef &dH, std::span<const int> tokens, int timesteps,
                               int batch, LstmCache<Scalar> &cache, Ref dWih, Ref dWhh, VecRef dbih, VecRef dbhh,
                               const StopFlag *stop = nullptr);

    // LstmLayer::prepareInference() and infer(): the weights packed once, then (1)-(6) keeping
    // nothing for backward: every h_t to h (T*B, H), the running cell state to c (B, H).
    static void prepareInference(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                 const ConstVecRef &bhh, Vec &packed);
    static bool infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c,
                      const StopFlag *stop = nullptr, const LstmState<Scalar> *initial = nullptr);
    // infer() for the one-hot input of tokens (T*B), each below inputSize (1').
    static bool inferTokens(const Vec &packed, int inputSize, std::span<const int> tokens, int timesteps,
                            int batch, Ref h, Ref c, const StopFlag *stop = nullptr,
                            const LstmState<Scalar> *initial = nullptr);
};

extern template class LstmKernels<float>;
extern template class LstmKernels<double>;

} // namespace lstmlab
