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

template class GruLayer<float>;
template class GruLayer<double>;

} // namespace lstmlab
