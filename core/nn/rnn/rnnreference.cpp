#include "rnnreference.h"

namespace lstmlab {

template <typename Scalar>
void RnnReference<Scalar>::forward(const RnnLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                                   Cache &cache)
{
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    Ref h = cache.h.topRows(TB); // (T*B, H)
    // The input half of (24) for every step at once: x_t W_ih^T + b_ih + b_hh
    h.noalias() = x.topRows(TB) * layer.Wih().transpose();
    h.rowwise() += layer.bih().transpose(); // two maps: a sum of them would be a heap temporary
    h.rowwise() += layer.bhh().transpose();
    for (Eigen::Index t = 0; t < timesteps; ++t) {
        const Eigen::Index rows = t * B;
        if (t > 0) // h_{-1} = 0
            h.middleRows(rows, B).noalias() += h.middleRows(rows - B, B) * layer.Whh().transpose();
        h.middleRows(rows, B) = h.middleRows(rows, B).array().tanh().matrix(); // (24)
    }
}

template <typename Scalar>
void RnnReference<Scalar>::backward(RnnLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps,
                                    int batch, Cache &cache, Ref *dX)
{
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    const ConstRef h = cache.h.topRows(TB);
    Ref da = cache.da.topRows(TB);
    Ref dhPrev = cache.dhPrev.topRows(B); // the recurrent part of dh_t, from step t+1 (26)
    dhPrev.setZero();
    for (Eigen::Index t = timesteps - 1; t >= 0; --t) {
        const Eigen::Index rows = t * B;
        // (25) with dh_t = dH_t + dhPrev
        da.middleRows(rows, B) = ((dH.middleRows(rows, B) + dhPrev).array()
                                  * (Scalar(1) - h.middleRows(rows, B).array().square())).matrix();
        dhPrev.noalias() = da.middleRows(rows, B) * layer.Whh(); // (26) dh_{t-1}
    }
    // (26) the sums over the steps, one product each; h_{-1} = 0 adds nothing to dW_hh
    layer.dWih().noalias() = da.transpose() * x.topRows(TB);
    if (timesteps > 1)
        layer.dWhh().noalias() = da.bottomRows(TB - B).transpose() * h.topRows(TB - B);
    else
        layer.dWhh().setZero();
    layer.dbih() = da.colwise().sum().transpose();
    layer.dbhh() = layer.dbih();
    if (dX)
        dX->topRows(TB).noalias() = da * layer.Wih();
}

template class RnnReference<float>;
template class RnnReference<double>;

} // namespace lstmlab
