#pragma once

// The fast GRU layer: equations (27)-(34) of grulayer.h computed as GruReference
// (grureference.h) computes them, to within rounding, only faster. GruLayer runs these;
// tst_grulayer holds them to the reference in float and double.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b (lstmlayer.h); weights are GruLayer's, each
// column-major without gaps: Wih (3H, I), Whh (3H, H), bih and bhh (3H), gate order r, z, n.
//
// How: the LSTM kernels' scheme (lstmkernels.h, the shared loops in packetloops.h). One pass
// per time step does the products of (27)-(29) for one unit and a block of batch rows - four
// accumulators: W_in x_t, r's and z's both halves, and W_hn h_{t-1}, which r scales - and
// applies (27)-(30) while they are still in registers; backward likewise fuses (33)'s
// W_hh^T dGh_{t+1} with (31)-(32). The sums over time of (34) are one product each after the
// time loop, and dx one product over the whole sequence. Nothing is allocated on the heap
// after the cache is sized.
//
// Stopping (stopflag.h): each function reads `stop` once per time step (and once per chunk of
// the products after the time loop) and returns false as soon as it is raised, leaving its
// outputs partly written; true when it ran to the end.

#include "grucache.h"
#include "stopflag.h"

namespace lstmlab {

template <typename Scalar>
class GruKernels
{
public:
    using Vec = Vector<Scalar>;
    using Ref = Eigen::Ref<Matrix<Scalar>>;
    using ConstRef = Eigen::Ref<const Matrix<Scalar>>;
    using VecRef = Eigen::Ref<Vec>;
    using ConstVecRef = Eigen::Ref<const Vec>;

    // GruLayer::forward(): x (T*B, I); fills cache.gates, hn, h and packed, from h_{-1} = 0.
    static bool forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih, const ConstVecRef &bhh,
                        const ConstRef &x, int timesteps, int batch, GruCache<Scalar> &cache,
                        const StopFlag *stop = nullptr);
    // GruLayer::backward(): dH (T*B, H) from above; writes dWih, dWhh, dbih, dbhh (overwriting),
    // cache.dGi, dGh and, when dX is given, dL/dx (T*B, I). Needs the cache of forward().
    static bool backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                         int timesteps, int batch, GruCache<Scalar> &cache, Ref dWih, Ref dWhh, VecRef dbih,
                         VecRef dbhh, Ref *dX, const StopFlag *stop = nullptr);

    // GruLayer::prepareInference() and infer(): the weights packed once, then (27)-(30) keeping
    // nothing for backward: every h_t to h (T*B, H), from h_{-1} = 0.
    static void prepareInference(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                 const ConstVecRef &bhh, Vec &packed);
    static bool infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h,
                      const StopFlag *stop = nullptr);
};

extern template class GruKernels<float>;
extern template class GruKernels<double>;

} // namespace lstmlab
