#include "grureference.h"

namespace lstmlab {

// The readable equations are written once, in GruLayer's plain-Eigen path from a given state
// (grulayer.cpp: forwardFromState(), backwardFromState(), which the text task runs); the
// reference is that path from h_{-1} = 0.

template <typename Scalar>
void GruReference<Scalar>::forward(const GruLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                                   Cache &cache)
{
    const Mat h0 = Mat::Zero(batch, layer.units());
    layer.forwardFromState(x, timesteps, batch, h0, cache);
}

template <typename Scalar>
void GruReference<Scalar>::backward(GruLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps,
                                    int batch, Cache &cache, Ref *dX)
{
    const Mat h0 = Mat::Zero(batch, layer.units());
    layer.backwardFromState(dH, x, timesteps, batch, h0, cache, dX);
}

template class GruReference<float>;
template class GruReference<double>;

} // namespace lstmlab
