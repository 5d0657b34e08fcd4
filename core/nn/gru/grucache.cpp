#include "grucache.h"

namespace lstmlab {

template <typename Scalar>
void GruCache<Scalar>::resize(int inputSize, int units, int timesteps, int batchCapacity)
{
    const Eigen::Index rows = Eigen::Index(timesteps) * batchCapacity;
    const Eigen::Index H = units, I = inputSize;
    // Every buffer starts finite, so no stale NaN can reach a product.
    gates.setZero(rows, 3 * H);
    hn.setZero(rows, H);
    h.setZero(rows, H);
    dGi.setZero(rows, 3 * H);
    dGh.setZero(rows, 3 * H);
    gh.setZero(batchCapacity, 3 * H);
    dh.setZero(batchCapacity, H);
    dhPrev.setZero(batchCapacity, H);
    // forward: Wih, Whh and the four biases per unit; backward: Whh and Wih again, by columns
    packed.setZero(6 * H * (I + H) + 4 * H);
}

template struct GruCache<float>;
template struct GruCache<double>;

} // namespace lstmlab
