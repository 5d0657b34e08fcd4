#include "adam.h"

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

    m_m = b1 * m_m + (Scalar(1) - b1) * gradients;                      // (16)
    m_v = b2 * m_v + (Scalar(1) - b2) * gradients.cwiseAbs2();          // (17)
    parameters.array() -= stepSize * m_m.array()                         // (18)
                          / (m_v.array().sqrt() / rootCorrection2 + eps);
}

template class Adam<float>;
template class Adam<double>;

} // namespace lstmlab
