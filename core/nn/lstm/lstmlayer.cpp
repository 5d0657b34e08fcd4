#include "lstmlayer.h"

#include "lstmkernels.h"

namespace lstmlab {

// Every call goes to the kernels (kernels/lstmkernels.h); LstmReference is the readable twin.

template <typename Scalar>
bool LstmLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop) const
{
    return LstmKernels<Scalar>::forward(Wih(), Whh(), bih(), bhh(), x, timesteps, batch, cache, stop);
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
void LstmLayer<Scalar>::prepareInference(Vec &packed) const
{
    LstmKernels<Scalar>::prepareInference(Wih(), Whh(), bih(), bhh(), packed);
}

template <typename Scalar>
bool LstmLayer<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c,
                              const StopFlag *stop) const
{
    eigen_assert(x.cols() == m_inputSize && h.cols() == m_units);
    return LstmKernels<Scalar>::infer(packed, x, timesteps, batch, h, c, stop);
}

template class LstmLayer<float>;
template class LstmLayer<double>;

} // namespace lstmlab
