#include "lstmcache.h"

namespace lstmlab {

template <typename Scalar>
void LstmState<Scalar>::resize(int batch, int units)
{
    h.setZero(batch, units);
    c.setZero(batch, units);
}

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
    h0.resize(batchCapacity, H);
    c0.resize(batchCapacity, H);
    hasInitial = false;
    // forward: Wih, Whh and the bias; backward: Whh and Wih again, by columns
    packed.resize(4 * H * (I + H + 1) + 4 * H * (H + I));
    // Every buffer starts finite, so no stale NaN can reach a product.
    gates.setZero();
    c.setZero();
    tanhC.setZero();
    h.setZero();
    dGates.setZero();
    dc.setZero();
    h0.setZero();
    c0.setZero();
    packed.setZero();
}

template struct LstmState<float>;
template struct LstmState<double>;
template struct LstmCache<float>;
template struct LstmCache<double>;

} // namespace lstmlab
