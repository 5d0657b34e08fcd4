#include "lstmlayer.h"

#include "lstmkernels.h"

namespace lstmlab {

// Every call goes to the kernels (kernels/lstmkernels.h); LstmReference is the readable twin.

template <typename Scalar>
void LstmLayer<Scalar>::forward(const ConstRef &x, int timesteps, int batch, Cache &cache) const
{
    LstmKernels<Scalar>::forward(Wih(), Whh(), bih(), bhh(), x, timesteps, batch, cache);
}

template <typename Scalar>
void LstmLayer<Scalar>::backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache,
                                 Ref *dX)
{
    const LstmLayer &self = *this;
    LstmKernels<Scalar>::backward(self.Wih(), self.Whh(), dH, x, timesteps, batch, cache, dWih(), dWhh(), dbih(),
                                  dbhh(), dX);
}

template <typename Scalar>
void LstmLayer<Scalar>::prepareInference(Vec &packed) const
{
    LstmKernels<Scalar>::prepareInference(Wih(), Whh(), bih(), bhh(), packed);
}

template <typename Scalar>
void LstmLayer<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c) const
{
    eigen_assert(x.cols() == m_inputSize && h.cols() == m_units);
    LstmKernels<Scalar>::infer(packed, x, timesteps, batch, h, c);
}

template class LstmLayer<float>;
template class LstmLayer<double>;

} // namespace lstmlab
