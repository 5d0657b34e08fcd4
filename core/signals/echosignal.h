#pragma once

#include "signalgenerator.h"

namespace lstmlab {

// The echo task, a test of memory: the series is white noise, and a window is labelled not
// with the sample that follows it but with the sample `lag` steps before its last one.
//   y_k = A (2 u_k - 1),   u_k ~ U(0, 1) independent,   so y_k in (-A, A), variance A^2 / 3
//   label of the window y_n .. y_{n+T-1}  =  y_{n+T-1-lag}             (1 <= lag <= T - 1)
// Nothing in the window's later samples says anything about y_{n+T-1-lag}: a network that
// cannot carry it over `lag` steps can do no better than predict 0, a mean squared error of
// A^2 / 3. The u_k of a grid (from, to, count) come from one std::mt19937 seeded with a fixed
// seed and the grid itself, as NoisySignal does, turned into numbers by plain arithmetic (no
// std::uniform_real_distribution, whose results differ between standard libraries): the same
// series on every run and every platform, and independent train and test series.
// Throws std::invalid_argument when the amplitude is not in (0, 1] or the lag is below 1.
class EchoSignal : public SignalGenerator
{
public:
    static constexpr unsigned seed = 1;

    EchoSignal(double amplitude, int lag);

    std::string name() const override { return "echo"; } // the lag: echoLag()
    double value(double x) const override;
    std::vector<double> sample(double from, double to, int count) const override;
    int echoLag() const override { return m_lag; }

    double amplitude() const { return m_amplitude; }
    // The mean squared error of always predicting 0 (the mean): A^2 / 3.
    double variance() const { return m_amplitude * m_amplitude / 3.0; }

private:
    double m_amplitude;
    int m_lag;
};

} // namespace lstmlab
