#pragma once

// Adam (Kingma & Ba), as torch.optim.Adam without weight decay, on flat vectors:
//   (16) m = beta1 m + (1 - beta1) g
//   (17) v = beta2 v + (1 - beta2) g^2
//   (18) p -= lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + eps)

#include "lstmlayer.h"

namespace lstmlab {

template <typename Scalar>
class Adam
{
public:
    using Vec = Vector<Scalar>;

    explicit Adam(Eigen::Index parameterCount = 0) { reset(parameterCount); }

    void reset(Eigen::Index parameterCount)
    {
        m_m = Vec::Zero(parameterCount);
        m_v = Vec::Zero(parameterCount);
        m_step = 0;
    }

    void step(Vec &parameters, const Vec &gradients, double learningRate, double beta1,
              double beta2, double epsilon);

    long long stepCount() const { return m_step; }
    const Vec &firstMoment() const { return m_m; }
    const Vec &secondMoment() const { return m_v; }
    // Restores a saved state (same length as the parameters).
    void restore(const Vec &m, const Vec &v, long long stepCount)
    {
        m_m = m;
        m_v = v;
        m_step = stepCount;
    }

private:
    Vec m_m;
    Vec m_v;
    long long m_step = 0;
};

extern template class Adam<float>;
extern template class Adam<double>;

} // namespace lstmlab
