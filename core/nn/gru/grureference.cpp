#include "grureference.h"

namespace lstmlab {

template <typename Scalar>
void GruReference<Scalar>::forward(const GruLayer<Scalar> &layer, const ConstRef &x, int timesteps, int batch,
                                   Cache &cache)
{
    const Eigen::Index B = batch, H = layer.units(), TB = Eigen::Index(timesteps) * batch;
    Ref gates = cache.gates.topRows(TB); // (T*B, 3H): first the input halves, then r, z, n
    Ref gh = cache.gh.topRows(B);        // (B, 3H) W_hh h_{t-1} + b_hh
    // The input halves of (27)-(29) for every step at once: x_t W_ih^T + b_ih
    gates.noalias() = x.topRows(TB) * layer.Wih().transpose();
    gates.rowwise() += layer.bih().transpose();
    for (Eigen::Index t = 0; t < timesteps; ++t) {
        const Eigen::Index rows = t * B;
        if (t > 0)
            gh.noalias() = cache.h.middleRows(rows - B, B) * layer.Whh().transpose();
        else
            gh.setZero(); // h_{-1} = 0
        gh.rowwise() += layer.bhh().transpose();
        Ref rz = gates.block(rows, 0, B, 2 * H);
        Ref n = gates.block(rows, 2 * H, B, H);
        Ref hn = cache.hn.middleRows(rows, B);
        Ref h = cache.h.middleRows(rows, B);
        rz = (Scalar(1) + (-(rz + gh.leftCols(2 * H)).array()).exp()).inverse().matrix(); // (27) r, (28) z
        hn = gh.rightCols(H);
        n = (n.array() + rz.leftCols(H).array() * hn.array()).tanh().matrix();           // (29) n
        const Eigen::Ref<const Mat> z = rz.rightCols(H);
        if (t > 0)                                                                        // (30) h
            h = ((Scalar(1) - z.array()) * n.array() + z.array() * cache.h.middleRows(rows - B, B).array()).matrix();
        else
            h = ((Scalar(1) - z.array()) * n.array()).matrix();
    }
}

template <typename Scalar>
void GruReference<Scalar>::backward(GruLayer<Scalar> &layer, const ConstRef &dH, const ConstRef &x, int timesteps,
                                    int batch, Cache &cache, Ref *dX)
{
    const Eigen::Index B = batch, H = layer.units(), TB = Eigen::Index(timesteps) * batch;
    Ref dh = cache.dh.topRows(B);
    Ref dhPrev = cache.dhPrev.topRows(B); // the recurrent part of dh_t, from step t+1 (33)
    dhPrev.setZero();
    for (Eigen::Index t = timesteps - 1; t >= 0; --t) {
        const Eigen::Index rows = t * B;
        const ConstRef r = cache.gates.block(rows, 0, B, H);
        const ConstRef z = cache.gates.block(rows, H, B, H);
        const ConstRef n = cache.gates.block(rows, 2 * H, B, H);
        const ConstRef hn = cache.hn.middleRows(rows, B);
        Ref dGi = cache.dGi.middleRows(rows, B);
        Ref dGh = cache.dGh.middleRows(rows, B);

        dh = dH.middleRows(rows, B) + dhPrev;
        // (31): dz needs h_{t-1} - n, with h_{-1} = 0
        if (t > 0)
            dGi.middleCols(H, H) = (dh.array() * (cache.h.middleRows(rows - B, B) - n).array()).matrix();
        else
            dGi.middleCols(H, H) = (-dh.array() * n.array()).matrix();
        dGi.middleCols(H, H).array() *= z.array() * (Scalar(1) - z.array());                        // da_z
        dGi.rightCols(H) = (dh.array() * (Scalar(1) - z.array()) * (Scalar(1) - n.array().square())).matrix(); // da_n
        dGi.leftCols(H) = (dGi.rightCols(H).array() * hn.array() * r.array() * (Scalar(1) - r.array())).matrix(); // da_r
        // (32)
        dGh.leftCols(2 * H) = dGi.leftCols(2 * H);
        dGh.rightCols(H) = (dGi.rightCols(H).array() * r.array()).matrix();
        // (33) dh_{t-1}
        dhPrev = (dh.array() * z.array()).matrix();
        dhPrev.noalias() += dGh * layer.Whh();
    }
    // (34) the sums over the steps, one product each; h_{-1} = 0 adds nothing to dW_hh
    const ConstRef dGi = cache.dGi.topRows(TB);
    const ConstRef dGh = cache.dGh.topRows(TB);
    layer.dWih().noalias() = dGi.transpose() * x.topRows(TB);
    if (timesteps > 1)
        layer.dWhh().noalias() = dGh.bottomRows(TB - B).transpose() * cache.h.topRows(TB - B);
    else
        layer.dWhh().setZero();
    layer.dbih() = dGi.colwise().sum().transpose();
    layer.dbhh() = dGh.colwise().sum().transpose();
    if (dX)
        dX->topRows(TB).noalias() = dGi * layer.Wih();
}

template class GruReference<float>;
template class GruReference<double>;

} // namespace lstmlab
