#include "adam.h"

#include <algorithm>
#include <cmath>

namespace lstmlab {

namespace {

// (16)-(18) for step t from (p, m, v) into (pOut, mOut, vOut), which may be the same vectors
// (step() updates in place): one expression, so both ways give the same numbers bit for bit.
template <typename Scalar>
typename Adam<Scalar>::Finite update(const Vector<Scalar> &p, const Vector<Scalar> &g, const Vector<Scalar> &m,
                                     const Vector<Scalar> &v, long long t, double learningRate, double beta1,
                                     double beta2, double epsilon, Vector<Scalar> &pOut, Vector<Scalar> &mOut,
                                     Vector<Scalar> &vOut, bool checkFinite)
{
    using Vec = Vector<Scalar>;
    const double correction1 = 1.0 - std::pow(beta1, double(t));
    const double correction2 = 1.0 - std::pow(beta2, double(t));
    const auto b1 = Scalar(beta1);
    const auto b2 = Scalar(beta2);
    const auto stepSize = Scalar(learningRate / correction1);
    const auto rootCorrection2 = Scalar(std::sqrt(correction2));
    const auto eps = Scalar(epsilon);

    // Equation by equation over chunks small enough that the vectors stay in the level-1
    // cache between the equations: one trip through memory instead of three for large models.
    // The finiteness checks read the chunk while it is there: x * 0 is 0 for a finite x and NaN
    // otherwise, and a sum of zeros is exactly 0.
    const Eigen::Index n = p.size();
    eigen_assert(g.size() == n && m.size() == n && v.size() == n && pOut.size() == n && mOut.size() == n
                 && vOut.size() == n);
    constexpr Eigen::Index chunk = 1024;
    Scalar parameterZeros = 0;
    Scalar momentZeros = 0;
    for (Eigen::Index k = 0; k < n; k += chunk) {
        const Eigen::Index len = std::min(chunk, n - k);
        const Eigen::Ref<const Vec> gk = g.segment(k, len);
        mOut.segment(k, len) = b1 * m.segment(k, len) + (Scalar(1) - b1) * gk;              // (16)
        vOut.segment(k, len) = b2 * v.segment(k, len) + (Scalar(1) - b2) * gk.cwiseAbs2();  // (17)
        pOut.segment(k, len).array() = p.segment(k, len).array()                            // (18)
                                       - stepSize * mOut.segment(k, len).array()
                                             / (vOut.segment(k, len).array().sqrt() / rootCorrection2 + eps);
        if (checkFinite) {
            parameterZeros += (pOut.segment(k, len).array() * Scalar(0)).sum();
            momentZeros += (mOut.segment(k, len).array() * Scalar(0)).sum()
                           + (vOut.segment(k, len).array() * Scalar(0)).sum();
        }
    }
    return {parameterZeros == Scalar(0), momentZeros == Scalar(0)};
}

} // namespace

template <typename Scalar>
void Adam<Scalar>::step(Vec &parameters, const Vec &gradients, double learningRate, double beta1,
                        double beta2, double epsilon)
{
    ++m_step;
    update<Scalar>(parameters, gradients, m_m, m_v, m_step, learningRate, beta1, beta2, epsilon, parameters, m_m,
                   m_v, false);
}

template <typename Scalar>
typename Adam<Scalar>::Finite Adam<Scalar>::stepInto(const Vec &parameters, const Vec &gradients,
                                                     double learningRate, double beta1, double beta2,
                                                     double epsilon, Vec &newParameters, Vec &newFirstMoment,
                                                     Vec &newSecondMoment) const
{
    return update<Scalar>(parameters, gradients, m_m, m_v, m_step + 1, learningRate, beta1, beta2, epsilon,
                          newParameters, newFirstMoment, newSecondMoment, true);
}

template class Adam<float>;
template class Adam<double>;

} // namespace lstmlab
