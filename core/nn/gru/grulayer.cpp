#include "grulayer.h"

#include "grukernels.h"

namespace lstmlab {

// Every call goes to the kernels (kernels/grukernels.h); GruReference is the readable twin.

template <typename Scalar>
bool GruLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop) const
{
    return GruKernels<Scalar>::forward(Wih(), Whh(), bih(), bhh(), x, timesteps, batch, cache, stop);
}

template <typename Scalar>
bool GruLayer<Scalar>::backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache,
                                Ref *dX, const StopFlag *stop)
{
    const GruLayer &self = *this;
    return GruKernels<Scalar>::backward(self.Wih(), self.Whh(), dH, x, timesteps, batch, cache, dWih(), dWhh(),
                                        dbih(), dbhh(), dX, stop);
}

template <typename Scalar>
void GruLayer<Scalar>::prepareInference(Vec &packed) const
{
    GruKernels<Scalar>::prepareInference(Wih(), Whh(), bih(), bhh(), packed);
}

template <typename Scalar>
bool GruLayer<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h,
                             const StopFlag *stop) const
{
    eigen_assert(x.cols() == m_inputSize && h.cols() == m_units);
    return GruKernels<Scalar>::infer(packed, x, timesteps, batch, h, stop);
}

template <typename Scalar>
bool GruLayer<Scalar>::recurrence(int timesteps, int batch, const ConstRef &h0, Cache &cache, const StopFlag *stop) const
{
    const Eigen::Index B = batch, H = m_units;
    Ref gh = cache.gh.topRows(B); // (B, 3H) W_hh h_{t-1} + b_hh
    for (Eigen::Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Eigen::Index rows = t * B;
        const ConstRef hPrev = t > 0 ? ConstRef(cache.h.middleRows(rows - B, B)) : ConstRef(h0.topRows(B));
        gh.noalias() = hPrev * Whh().transpose();
        gh.rowwise() += bhh().transpose();
        Ref rz = cache.gates.block(rows, 0, B, 2 * H);
        Ref n = cache.gates.block(rows, 2 * H, B, H);
        Ref hn = cache.hn.middleRows(rows, B);
        rz = (Scalar(1) + (-(rz + gh.leftCols(2 * H)).array()).exp()).inverse().matrix(); // (27) r, (28) z
        hn = gh.rightCols(H);
        n = (n.array() + rz.leftCols(H).array() * hn.array()).tanh().matrix();           // (29) n
        const ConstRef z = rz.rightCols(H);
        cache.h.middleRows(rows, B) = ((Scalar(1) - z.array()) * n.array() + z.array() * hPrev.array()).matrix(); // (30)
    }
    return true;
}

template <typename Scalar>
bool GruLayer<Scalar>::forwardFromState(const ConstRef &x, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                                        const StopFlag *stop) const
{
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    Ref gates = cache.gates.topRows(TB);
    // The input halves of (27)-(29), one step's rows at a time: one product over all T*B rows
    // would have Eigen allocate its blocking buffers on the heap at every call.
    for (Eigen::Index rows = 0; rows < TB; rows += B)
        gates.middleRows(rows, B).noalias() = x.middleRows(rows, B) * Wih().transpose();
    gates.rowwise() += bih().transpose();
    return recurrence(timesteps, batch, h0, cache, stop);
}

template <typename Scalar>
bool GruLayer<Scalar>::forwardTokens(std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0,
                                     Cache &cache, const StopFlag *stop) const
{
    const Eigen::Index TB = Eigen::Index(timesteps) * batch;
    Ref gates = cache.gates.topRows(TB);
    for (Eigen::Index row = 0; row < TB; ++row) // (29'): W_ih onehot(token) is column token
        gates.row(row) = Wih().col(tokens[std::size_t(row)]).transpose();
    gates.rowwise() += bih().transpose();
    return recurrence(timesteps, batch, h0, cache, stop);
}

template <typename Scalar>
bool GruLayer<Scalar>::recurrenceBackward(const ConstRef &dH, int timesteps, int batch, const ConstRef &h0,
                                          Cache &cache, const StopFlag *stop)
{
    const Eigen::Index B = batch, H = m_units, TB = Eigen::Index(timesteps) * batch;
    Ref dh = cache.dh.topRows(B);
    Ref dhPrev = cache.dhPrev.topRows(B); // the recurrent part of dh_t, from step t+1 (33)
    dhPrev.setZero();
    for (Eigen::Index t = timesteps - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Eigen::Index rows = t * B;
        const ConstRef r = cache.gates.block(rows, 0, B, H);
        const ConstRef z = cache.gates.block(rows, H, B, H);
        const ConstRef n = cache.gates.block(rows, 2 * H, B, H);
        const ConstRef hn = cache.hn.middleRows(rows, B);
        const ConstRef hPrev = t > 0 ? ConstRef(cache.h.middleRows(rows - B, B)) : ConstRef(h0.topRows(B));
        Ref dGi = cache.dGi.middleRows(rows, B);
        Ref dGh = cache.dGh.middleRows(rows, B);

        dh = dH.middleRows(rows, B) + dhPrev;
        // (31)
        dGi.middleCols(H, H) = (dh.array() * (hPrev - n).array() * z.array() * (Scalar(1) - z.array())).matrix(); // da_z
        dGi.rightCols(H) = (dh.array() * (Scalar(1) - z.array()) * (Scalar(1) - n.array().square())).matrix(); // da_n
        dGi.leftCols(H) = (dGi.rightCols(H).array() * hn.array() * r.array() * (Scalar(1) - r.array())).matrix(); // da_r
        // (32)
        dGh.leftCols(2 * H) = dGi.leftCols(2 * H);
        dGh.rightCols(H) = (dGi.rightCols(H).array() * r.array()).matrix();
        // (34) dW_hh, step by step (no heap buffers, as in forwardFromState())
        if (t == timesteps - 1)
            dWhh().noalias() = dGh.transpose() * hPrev;
        else
            dWhh().noalias() += dGh.transpose() * hPrev;
        if (t > 0) { // (33) dh_{t-1}; none flows into h0
            dhPrev = (dh.array() * z.array()).matrix();
            dhPrev.noalias() += dGh * Whh();
        }
    }
    // (34) the bias sums over the steps
    const ConstRef dGi = cache.dGi.topRows(TB);
    const ConstRef dGh = cache.dGh.topRows(TB);
    dbih() = dGi.colwise().sum().transpose();
    dbhh() = dGh.colwise().sum().transpose();
    return true;
}

template <typename Scalar>
bool GruLayer<Scalar>::backwardFromState(const ConstRef &dH, const ConstRef &x, int timesteps, int batch,
                                         const ConstRef &h0, Cache &cache, Ref *dX, const StopFlag *stop)
{
    if (!recurrenceBackward(dH, timesteps, batch, h0, cache, stop))
        return false;
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    const ConstRef dGi = cache.dGi.topRows(TB);
    dWih().setZero();
    for (Eigen::Index rows = 0; rows < TB; rows += B) { // (34), step by step as in forwardFromState()
        dWih().noalias() += dGi.middleRows(rows, B).transpose() * x.middleRows(rows, B);
        if (dX)
            dX->middleRows(rows, B).noalias() = dGi.middleRows(rows, B) * Wih();
    }
    return true;
}

template <typename Scalar>
bool GruLayer<Scalar>::backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch,
                                      const ConstRef &h0, Cache &cache, const StopFlag *stop)
{
    if (!recurrenceBackward(dH, timesteps, batch, h0, cache, stop))
        return false;
    const Eigen::Index TB = Eigen::Index(timesteps) * batch;
    dWih().setZero();
    for (Eigen::Index row = 0; row < TB; ++row) // (29'): a scatter-add of the rows of dGi
        dWih().col(tokens[std::size_t(row)]) += cache.dGi.row(row).transpose();
    return true;
}

template class GruLayer<float>;
template class GruLayer<double>;

} // namespace lstmlab
