#pragma once

// The GRU layer of grulayer.h written to be read: equations (27)-(34), numbered as there, one
// time step after the other in plain Eigen, gate order r, z, n. It keeps GruLayer's contract
// (shapes, the Cache it fills and reads), and tst_grukernels holds the fast kernels that GruLayer
// runs (kernels/grukernels.h) to it, in float and double. The equations themselves are written
// once, in GruLayer's plain-Eigen path from a given state (forwardFromState(),
// backwardFromState() in grulayer.cpp, which the text task runs): the reference is that path
// from h_{-1} = 0. It allocates nothing per time step.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) with row t*B + b: time step t is the row block t*B .. t*B+B-1.

#include "grulayer.h"

namespace lstmlab {

template <typename Scalar>
class GruReference
{
public:
    using Mat = Matrix<Scalar>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;
    using Cache = GruCache<Scalar>;

    // As GruLayer::forward(): x (T*B, I); fills cache.gates, hn and h (27)-(30) with the layer's
    // weights, from h_{-1} = 0.
    static void forward(const GruLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch, Cache &cache);
    // As GruLayer::backward(): dH (T*B, H) from above, x the forward input, cache that of
    // forward(). Writes the layer's dWih, dWhh, dbih, dbhh (overwriting), cache.dGi, dGh and,
    // when dX is given, dL/dx (T*B, I).
    static void backward(GruLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps, int batch,
                         Cache &cache, Ref *dX);
};

extern template class GruReference<float>;
extern template class GruReference<double>;

} // namespace lstmlab
