#pragma once

// The plain RNN layer of rnnlayer.h written to be read: equations (24)-(26), numbered as there,
// one time step after the other in plain Eigen. It keeps RnnLayer's contract (shapes, the Cache
// it fills and reads), and tst_rnnkernels holds the fast kernels that RnnLayer runs
// (kernels/rnnkernels.h) to it, in float and double. The equations themselves are written once,
// in RnnLayer's plain-Eigen path from a given state (forwardFromState(), backwardFromState() in
// rnnlayer.cpp, which the text task runs): the reference is that path from h_{-1} = 0. It
// allocates nothing per time step.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b: time step t is the row block t*B .. t*B+B-1.

#include "rnnlayer.h"

namespace lstmlab {

template <typename Scalar>
class RnnReference
{
public:
    using Mat = Matrix<Scalar>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;
    using Cache = RnnCache<Scalar>;

    // As RnnLayer::forward(): x (T*B, I); fills cache.h (24) with the layer's weights, from h_{-1} = 0.
    static void forward(const RnnLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch, Cache &cache);
    // As RnnLayer::backward(): dH (T*B, H) from above, x the forward input, cache that of
    // forward(). Writes the layer's dWih, dWhh, dbih, dbhh (overwriting), cache.da and, when dX
    // is given, dL/dx (T*B, I).
    static void backward(RnnLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps, int batch,
                         Cache &cache, Ref *dX);
};

extern template class RnnReference<float>;
extern template class RnnReference<double>;

} // namespace lstmlab
