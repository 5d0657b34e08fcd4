#include "softmaxhead.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace lstmlab {

namespace {

// dst = lhs * rhs, computed tile by tile. Eigen packs the blocks of a matrix product into
// buffers it takes from the stack up to EIGEN_STACK_ALLOCATION_LIMIT (128 KiB) and from the heap
// above; at V = 2,580 symbols, H = 128 and 32 x 50 rows whole products would allocate twice
// each, every training step. Tiles of 128 x 128 floats (64 x 64 doubles) keep every buffer on
// the stack, and are still large enough for Eigen's kernels to run near full speed. Each tile
// of dst takes its whole sum over k before the next one starts, so it is written to memory once
// while it sits in the cache (with k outermost, dst went through memory once per 128 of k:
// 24 times for dh at V = 3,000); the sums run in the same order either way.
template <typename Dst, typename Lhs, typename Rhs>
void tiledProduct(Dst &dst, const Lhs &lhs, const Rhs &rhs)
{
    using Scalar = typename Dst::Scalar;
    const Eigen::Index tile = sizeof(Scalar) == 4 ? 128 : 64;
    const Eigen::Index M = lhs.rows(), N = rhs.cols(), K = lhs.cols();
    for (Eigen::Index j0 = 0; j0 < N; j0 += tile) {
        const Eigen::Index nn = std::min(tile, N - j0);
        for (Eigen::Index i0 = 0; i0 < M; i0 += tile) {
            const Eigen::Index mn = std::min(tile, M - i0);
            auto block = dst.block(i0, j0, mn, nn);
            for (Eigen::Index k0 = 0; k0 < K; k0 += tile) {
                const Eigen::Index kn = std::min(tile, K - k0);
                if (k0 == 0)
                    block.noalias() = lhs.block(i0, k0, mn, kn) * rhs.block(k0, j0, kn, nn);
                else
                    block.noalias() += lhs.block(i0, k0, mn, kn) * rhs.block(k0, j0, kn, nn);
            }
        }
    }
}

} // namespace

template <typename Scalar>
void SoftmaxHead<Scalar>::forward(const ConstRef &h, Ref probs) const
{
    assert(h.cols() == m_units && probs.rows() == m_symbols && probs.cols() == h.rows());
    tiledProduct(probs, W(), h.transpose());                                // (13), (V, N)
    probs.colwise() += b();
    for (Eigen::Index n = 0; n < probs.cols(); ++n) {                       // (14)
        const Scalar top = probs.col(n).maxCoeff();
        probs.col(n) = (probs.col(n).array() - top).exp();
        probs.col(n) /= probs.col(n).sum();
    }
}

template <typename Scalar>
Scalar SoftmaxHead<Scalar>::loss(const ConstRef &probs, std::span<const int> targets)
{
    assert(std::size_t(probs.cols()) == targets.size());
    // Summed in double: a long validation text in float would lose the small terms.
    double sum = 0.0;
    for (Eigen::Index n = 0; n < probs.cols(); ++n)
        sum -= std::log(double(probs(targets[std::size_t(n)], n)));                // (15)
    return Scalar(sum / double(probs.cols()));
}

template <typename Scalar>
void SoftmaxHead<Scalar>::backward(const ConstRef &h, Ref probs, std::span<const int> targets, Ref dh)
{
    const Eigen::Index N = probs.cols();
    assert(std::size_t(N) == targets.size() && dh.rows() == N && dh.cols() == m_units);
    // (16) and db of (17) in one pass over the (V, N) probabilities, column by column.
    VecMap dBias = db();
    dBias.setZero();
    for (Eigen::Index n = 0; n < N; ++n) {
        auto dz = probs.col(n);
        dz(targets[std::size_t(n)]) -= Scalar(1);
        dz /= Scalar(N);
        dBias += dz;
    }
    MatMap dWeights = dW();
    tiledProduct(dWeights, probs, h);                                       // (17)
    tiledProduct(dh, probs.transpose(), W());
}

template class SoftmaxHead<float>;
template class SoftmaxHead<double>;

} // namespace lstmlab
