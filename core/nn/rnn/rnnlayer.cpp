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

template class RnnLayer<float>;
template class RnnLayer<double>;

} // namespace lstmlab
