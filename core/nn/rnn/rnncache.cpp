#include "rnncache.h"

namespace lstmlab {

template <typename Scalar>
void RnnCache<Scalar>::resize(int inputSize, int units, int timesteps, int batchCapacity)
{
    const Eigen::Index rows = Eigen::Index(timesteps) * batchCapacity;
    // Every buffer starts finite, so no stale NaN can reach a product.
    h.setZero(rows, units);
    da.setZero(rows, units);
    dhPrev.setZero(batchCapacity, units);
    // forward: Wih, Whh and the bias; backward: Whh and Wih again, by columns
    packed.setZero(Eigen::Index(units) * (2 * Eigen::Index(inputSize) + 2 * Eigen::Index(units) + 1));
}

template struct RnnCache<float>;
template struct RnnCache<double>;

} // namespace lstmlab
