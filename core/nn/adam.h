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

    // Which of a step's results are finite (stepInto()).
    struct Finite {
        bool parameters = true;
        bool moments = true;
    };

    // The next step (16)-(18), the same numbers as step(), written into other vectors instead
    // of in place: parameters and the moments held here are only read, and newParameters,
    // newFirstMoment and newSecondMoment (each of the parameters' length) receive the results.
    // Nothing here changes, the step count included: commit with swapMoments(). Also says
    // whether every result is finite, checked while the values are in the cache.
    Finite stepInto(const Vec &parameters, const Vec &gradients, double learningRate, double beta1,
                    double beta2, double epsilon, Vec &newParameters, Vec &newFirstMoment,
                    Vec &newSecondMoment) const;

    // Exchanges the moments held here with m and v (no copy) and sets the step count: commits
    // a stepInto() (stepCount() + 1) or takes it back (stepCount() - 1).
    void swapMoments(Vec &m, Vec &v, long long stepCount)
    {
        m_m.swap(m);
        m_v.swap(v);
        m_step = stepCount;
    }

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
