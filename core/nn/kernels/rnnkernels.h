#pragma once

// The fast plain RNN layer: equations (24)-(26) of rnnlayer.h computed as RnnReference
// (rnnreference.h) computes them, to within rounding, only faster. RnnLayer runs these;
// tst_rnnlayer holds them to the reference in float and double.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b (lstmlayer.h); weights are RnnLayer's, each
// column-major without gaps: Wih (H, I), Whh (H, H), bih and bhh (H).
//
// How: the LSTM kernels' scheme (lstmkernels.h, the shared loops in packetloops.h). One pass
// per time step does the products of (24) for a block of units and batch rows and applies tanh
// while the pre-activations are still in registers; backward likewise fuses (26)'s W_hh^T da
// with (25). The sums over time of (26) are one product each after the time loop, and dx one
// product over the whole sequence. Nothing is allocated on the heap after the cache is sized.
//
// Stopping (stopflag.h): each function reads `stop` once per time step (and once per chunk of
// the products after the time loop) and returns false as soon as it is raised, leaving its
// outputs partly written; true when it ran to the end.

#include "rnncache.h"
#include "stopflag.h"

namespace lstmlab {

template <typename Scalar>
class RnnKernels
{
public:
    using Vec = Vector<Scalar>;
    using Ref = Eigen::Ref<Matrix<Scalar>>;
    using ConstRef = Eigen::Ref<const Matrix<Scalar>>;
    using VecRef = Eigen::Ref<Vec>;
    using ConstVecRef = Eigen::Ref<const Vec>;

    // RnnLayer::forward(): x (T*B, I); fills cache.h and cache.packed, from h_{-1} = 0.
    static bool forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih, const ConstVecRef &bhh,
                        const ConstRef &x, int timesteps, int batch, RnnCache<Scalar> &cache,
                        const StopFlag *stop = nullptr);
    // RnnLayer::backward(): dH (T*B, H) from above; writes dWih, dWhh, dbih, dbhh (overwriting),
    // cache.da and, when dX is given, dL/dx (T*B, I). Needs the cache of forward().
    static bool backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                         int timesteps, int batch, RnnCache<Scalar> &cache, Ref dWih, Ref dWhh, VecRef dbih,
                         VecRef dbhh, Ref *dX, const StopFlag *stop = nullptr);
};

extern template class RnnKernels<float>;
extern template class RnnKernels<double>;

} // namespace lstmlab
