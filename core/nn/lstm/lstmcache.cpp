#include "lstmcache.h"

namespace lstmlab {

template <typename Scalar>
void LstmCache<Scalar>::resize(int inputSize, int units, int timesteps, int batchCapacity)
{
    const Eigen::Index rows = Eigen::Index(timesteps) * batchCapacity;
    const Eigen::Index H = units, I = inputSize;
    gates.resize(rows, 4 * H);
    c.resize(rows, H);
    tanhC.resize(rows, H);
    h.resize(rows, H);
    dGates.resize(rows, 4 * H);
    dc.resize(batchCapacity, H);
    // forward: Wih, Whh and the bias; backward: Whh and Wih again, by columns
    packed.resize(4 * H * (I + H + 1) + 4 * H * (H + I));
    // Every buffer starts finite, so no stale NaN can reach a product.
    gates.setZero();
    c.setZero();
    tanhC.setZero();
    h.setZero();
    dGates.setZero();
    dc.setZero();
    packed.setZero();
}

template struct LstmCache<float>;
template struct LstmCache<double>;

} // namespace lstmlab
