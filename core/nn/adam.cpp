#include "adam.h"

#include <algorithm>
#include <cmath>

namespace lstmlab {

template <typename Scalar>
void Adam<Scalar>::step(Vec &parameters, const Vec &gradients, double learningRate, double beta1,
                        double beta2, double epsilon)
{
    ++m_step;
    const double correction1 = 1.0 - std::pow(beta1, double(m_step));
    const double correction2 = 1.0 - std::pow(beta2, double(m_step));
    const auto b1 = Scalar(beta1);
    const auto b2 = Scalar(beta2);
    const auto stepSize = Scalar(learningRate / correction1);
    const auto rootCorrection2 = Scalar(std::sqrt(correction2));
    const auto eps = Scalar(epsilon);

    // Equation by equation over chunks small enough that the four vectors stay in the level-1
    // cache between the equations: one trip through memory instead of three for large models.
    const Eigen::Index n = parameters.size();
    eigen_assert(gradients.size() == n && m_m.size() == n && m_v.size() == n);
    constexpr Eigen::Index chunk = 1024;
    for (Eigen::Index k = 0; k < n; k += chunk) {
        const Eigen::Index len = std::min(chunk, n - k);
        const Eigen::Ref<const Vec> g = gradients.segment(k, len);
        Eigen::Ref<Vec> m = m_m.segment(k, len);
        Eigen::Ref<Vec> v = m_v.segment(k, len);
        m = b1 * m + (Scalar(1) - b1) * g;                                // (16)
        v = b2 * v + (Scalar(1) - b2) * g.cwiseAbs2();                    // (17)
        parameters.segment(k, len).array() -= stepSize * m.array()        // (18)
                                              / (v.array().sqrt() / rootCorrection2 + eps);
    }
}

template class Adam<float>;
template class Adam<double>;

} // namespace lstmlab
