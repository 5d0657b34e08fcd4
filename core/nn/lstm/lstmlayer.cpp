#include "lstmlayer.h"

#include "lstmkernels.h"

namespace lstmlab {

// Every call goes to the kernels (kernels/lstmkernels.h); LstmReference is the readable twin.

template <typename Scalar>
bool LstmLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop,
                                const LstmState<Scalar> *initial) const
{
    return LstmKernels<Scalar>::forward(Wih(), Whh(), bih(), bhh(), x, timesteps, batch, cache, stop, initial);
}

template <typename Scalar>
bool LstmLayer<Scalar>::forwardTokens(std::span<const int> tokens, int timesteps, int batch, Cache &cache,
                                      const StopFlag *stop, const LstmState<Scalar> *initial) const
{
    eigen_assert(tokens.size() >= std::size_t(timesteps) * std::size_t(batch));
    return LstmKernels<Scalar>::forwardTokens(Wih(), Whh(), bih(), bhh(), tokens, timesteps, batch, cache, stop,
                                              initial);
}

template <typename Scalar>
bool LstmLayer<Scalar>::backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache,
                                 Ref *dX, const StopFlag *stop)
{
    const LstmLayer &self = *this;
    return LstmKernels<Scalar>::backward(self.Wih(), self.Whh(), dH, x, timesteps, batch, cache, dWih(), dWhh(),
                                         dbih(), dbhh(), dX, stop);
}

template <typename Scalar>
bool LstmLayer<Scalar>::backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch,
                                       Cache &cache, const StopFlag *stop)
{
    eigen_assert(tokens.size() >= std::size_t(timesteps) * std::size_t(batch));
    const LstmLayer &self = *this;
    return LstmKernels<Scalar>::backwardTokens(self.Whh(), dH, tokens, timesteps, batch, cache, dWih(), dWhh(),
                                               dbih(), dbhh(), stop);
}

template <typename Scalar>
void LstmLayer<Scalar>::finalState(const Cache &cache, int timesteps, int batch, LstmState<Scalar> &out)
{
    const Eigen::Index last = Eigen::Index(timesteps - 1) * batch;
    out.h = cache.h.middleRows(last, batch);
    out.c = cache.c.middleRows(last, batch);
}

template <typename Scalar>
void LstmLayer<Scalar>::prepareInference(Vec &packed) const
{
    LstmKernels<Scalar>::prepareInference(Wih(), Whh(), bih(), bhh(), packed);
}

template <typename Scalar>
bool LstmLayer<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c,
                              const StopFlag *stop, const LstmState<Scalar> *initial) const
{
    eigen_assert(x.cols() == m_inputSize && h.cols() == m_units);
    return LstmKernels<Scalar>::infer(packed, x, timesteps, batch, h, c, stop, initial);
}

template <typename Scalar>
bool LstmLayer<Scalar>::inferTokens(const Vec &packed, std::span<const int> tokens, int timesteps, int batch, Ref h,
                                    Ref c, const StopFlag *stop, const LstmState<Scalar> *initial) const
{
    eigen_assert(h.cols() == m_units && tokens.size() >= std::size_t(timesteps) * std::size_t(batch));
    return LstmKernels<Scalar>::inferTokens(packed, m_inputSize, tokens, timesteps, batch, h, c, stop, initial);
}

template class LstmLayer<float>;
template class LstmLayer<double>;

} // namespace lstmlab
