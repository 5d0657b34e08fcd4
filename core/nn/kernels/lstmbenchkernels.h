#pragma once

// For the benchmark (bench/main.cpp) and its test only, not for training: the matrix
// products of LstmKernels::forward() and backward() alone, the same kernels, shapes and
// operands, none of the element-wise work of (1)-(10). The yardstick for how close a training
// step runs to its arithmetic (docs/performance.md). Defined in lstmkernels.cpp, beside the
// kernels they time. Shapes as in lstmkernels.h.

#include "lstmcache.h"

namespace lstmlab {

template <typename Scalar>
class LstmBenchKernels
{
public:
    using Ref = Eigen::Ref<Matrix<Scalar>>;
    using ConstRef = Eigen::Ref<const Matrix<Scalar>>;

    // The products of forward() and backward(), writing dWih and dWhh (and dX when given);
    // the cache's contents are left undefined. cache.packed must hold the weights of a
    // forward() and backward() since the last change of the parameters.
    static void productsOnly(const ConstRef &x, int timesteps, int batch, LstmCache<Scalar> &cache,
                             Ref dWih, Ref dWhh, Ref *dX);
    // Its forward half: the products of (1)-(4) for every step, as forward() and infer() do
    // them (the yardstick for inference), left in cache.gates as pre-activations. cache.packed
    // must hold the weights of a forward() since the last change of the parameters.
    static void forwardProductsOnly(const ConstRef &x, int timesteps, int batch, LstmCache<Scalar> &cache);
};

extern template class LstmBenchKernels<float>;
extern template class LstmBenchKernels<double>;

} // namespace lstmlab
