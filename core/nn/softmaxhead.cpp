#include "softmaxhead.h"

#include <cassert>
#include <cmath>

namespace lstmlab {

template <typename Scalar>
void SoftmaxHead<Scalar>::forward(const ConstRef &h, Ref probs) const
{
    assert(h.cols() == m_units && probs.rows() == m_symbols && probs.cols() == h.rows());
    probs.noalias() = W() * h.transpose();                                  // (13), (V, N)
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
    for (Eigen::Index n = 0; n < N; ++n)                                     // (16)
        probs(targets[std::size_t(n)], n) -= Scalar(1);
    probs /= Scalar(N);
    dW().noalias() = probs * h;                                             // (17)
    db() = probs.rowwise().sum();
    dh.noalias() = probs.transpose() * W();
}

template class SoftmaxHead<float>;
template class SoftmaxHead<double>;

} // namespace lstmlab
