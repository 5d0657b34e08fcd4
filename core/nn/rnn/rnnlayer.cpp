#include "rnnlayer.h"

#include "rnnkernels.h"

namespace lstmlab {

// Every call goes to the kernels (kernels/rnnkernels.h); RnnReference is the readable twin.

template <typename Scalar>
bool RnnLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop) const
{
    return RnnKernels<Scalar>::forward(Wih(), Whh(), bih(), bhh(), x, timesteps, batch, cache, stop);
}

template <typename Scalar>
bool RnnLayer<Scalar>::backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache,
                                Ref *dX, const StopFlag *stop)
{
    const RnnLayer &self = *this;
    return RnnKernels<Scalar>::backward(self.Wih(), self.Whh(), dH, x, timesteps, batch, cache, dWih(), dWhh(),
                                        dbih(), dbhh(), dX, stop);
}

template <typename Scalar>
bool RnnLayer<Scalar>::recurrence(int timesteps, int batch, const ConstRef &h0, Cache &cache, const StopFlag *stop) const
{
    const Eigen::Index B = batch;
    Ref h = cache.h.topRows(Eigen::Index(timesteps) * batch); // (T*B, H)
    for (Eigen::Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Eigen::Index rows = t * B;
        if (t > 0)
            h.middleRows(rows, B).noalias() += h.middleRows(rows - B, B) * Whh().transpose();
        else
            h.middleRows(rows, B).noalias() += h0.topRows(B) * Whh().transpose();
        h.middleRows(rows, B) = h.middleRows(rows, B).array().tanh().matrix(); // (24)
    }
    return true;
}

template <typename Scalar>
bool RnnLayer<Scalar>::forwardFromState(const ConstRef &x, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                                        const StopFlag *stop) const
{
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    Ref h = cache.h.topRows(TB);
    // The input half of (24), one step's rows at a time: one product over all T*B rows would
    // have Eigen allocate its blocking buffers on the heap at every call.
    for (Eigen::Index rows = 0; rows < TB; rows += B)
        h.middleRows(rows, B).noalias() = x.middleRows(rows, B) * Wih().transpose();
    h.rowwise() += bih().transpose();
    h.rowwise() += bhh().transpose();
    return recurrence(timesteps, batch, h0, cache, stop);
}

template <typename Scalar>
bool RnnLayer<Scalar>::forwardTokens(std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0,
                                     Cache &cache, const StopFlag *stop) const
{
    const Eigen::Index TB = Eigen::Index(timesteps) * batch;
    Ref h = cache.h.topRows(TB);
    for (Eigen::Index row = 0; row < TB; ++row) // (24'): W_ih onehot(token) is column token
        h.row(row) = Wih().col(tokens[std::size_t(row)]).transpose();
    h.rowwise() += bih().transpose();
    h.rowwise() += bhh().transpose();
    return recurrence(timesteps, batch, h0, cache, stop);
}

template <typename Scalar>
bool RnnLayer<Scalar>::recurrenceBackward(const ConstRef &dH, int timesteps, int batch, const ConstRef &h0,
                                          Cache &cache, const StopFlag *stop)
{
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    const ConstRef h = cache.h.topRows(TB);
    Ref da = cache.da.topRows(TB);
    Ref dhPrev = cache.dhPrev.topRows(B); // the recurrent part of dh_t, from step t+1 (26)
    dhPrev.setZero();
    for (Eigen::Index t = timesteps - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Eigen::Index rows = t * B;
        // (25) with dh_t = dH_t + dhPrev
        da.middleRows(rows, B) = ((dH.middleRows(rows, B) + dhPrev).array()
                                  * (Scalar(1) - h.middleRows(rows, B).array().square())).matrix();
        // (26) dW_hh, step by step (no heap buffers, as in forwardFromState()); h_{-1} = h0
        const ConstRef hPrev = t > 0 ? ConstRef(h.middleRows(rows - B, B)) : ConstRef(h0.topRows(B));
        if (t == timesteps - 1)
            dWhh().noalias() = da.middleRows(rows, B).transpose() * hPrev;
        else
            dWhh().noalias() += da.middleRows(rows, B).transpose() * hPrev;
        if (t > 0) // (26) dh_{t-1}; none flows into h0
            dhPrev.noalias() = da.middleRows(rows, B) * Whh();
    }
    dbih() = da.colwise().sum().transpose();
    dbhh() = dbih();
    return true;
}

template <typename Scalar>
bool RnnLayer<Scalar>::backwardFromState(const ConstRef &dH, const ConstRef &x, int timesteps, int batch,
                                         const ConstRef &h0, Cache &cache, Ref *dX, const StopFlag *stop)
{
    if (!recurrenceBackward(dH, timesteps, batch, h0, cache, stop))
        return false;
    const Eigen::Index B = batch, TB = Eigen::Index(timesteps) * batch;
    const ConstRef da = cache.da.topRows(TB);
    dWih().setZero();
    for (Eigen::Index rows = 0; rows < TB; rows += B) { // (26), step by step as in forwardFromState()
        dWih().noalias() += da.middleRows(rows, B).transpose() * x.middleRows(rows, B);
        if (dX)
            dX->middleRows(rows, B).noalias() = da.middleRows(rows, B) * Wih();
    }
    return true;
}

template <typename Scalar>
bool RnnLayer<Scalar>::backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch,
                                      const ConstRef &h0, Cache &cache, const StopFlag *stop)
{
    if (!recurrenceBackward(dH, timesteps, batch, h0, cache, stop))
        return false;
    const Eigen::Index TB = Eigen::Index(timesteps) * batch;
    dWih().setZero();
    for (Eigen::Index row = 0; row < TB; ++row) // (24'): a scatter-add of the rows of da
        dWih().col(tokens[std::size_t(row)]) += cache.da.row(row).transpose();
    return true;
}

template class RnnLayer<float>;
template class RnnLayer<double>;

} // namespace lstmlab
