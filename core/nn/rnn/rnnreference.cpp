#include "rnnreference.h"

namespace lstmlab {

// The readable equations are written once, in RnnLayer's plain-Eigen path from a given state
// (rnnlayer.cpp: forwardFromState(), backwardFromState(), which the text task runs); the
// reference is that path from h_{-1} = 0.

template <typename Scalar>
void RnnReference<Scalar>::forward(const RnnLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                                   Cache &cache)
{
    const Mat h0 = Mat::Zero(batch, layer.units());
    layer.forwardFromState(x, timesteps, batch, h0, cache);
}

template <typename Scalar>
void RnnReference<Scalar>::backward(RnnLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps,
                                    int batch, Cache &cache, Ref *dX)
{
    const Mat h0 = Mat::Zero(batch, layer.units());
    layer.backwardFromState(dH, x, timesteps, batch, h0, cache, dX);
}

template class RnnReference<float>;
template class RnnReference<double>;

} // namespace lstmlab
