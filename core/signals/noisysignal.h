#pragma once

#include "signalgenerator.h"

#include <memory>

namespace lstmlab {

// Any signal plus Gaussian noise of standard deviation sd, reproducible from a seed:
//   y_k = clamp(s_k + sd * z_k, -1, 1),   z_k ~ N(0, 1)
// The z_k of a grid (from, to, count) come from one std::mt19937 seeded with the seed and the
// grid itself: sampling the same grid twice gives the same values, and the train and test
// grids get independent noise. value(x) is the one-point grid sample(x, x, 1).
// Samples the noise would push past +-1 are clipped: the network's tanh head cannot reach
// beyond them.
class NoisySignal : public SignalGenerator
{
public:
    static constexpr double maxStddev = 1.0;

    // Throws std::invalid_argument when signal is null or sd is not in [0, maxStddev].
    NoisySignal(std::shared_ptr<const SignalGenerator> signal, double stddev, unsigned seed);

    // e.g. "sine + noise 0.1"
    std::string name() const override;
    double value(double x) const override;
    // The wrapped signal's own samples (which need not be a function of x) plus the noise.
    std::vector<double> sample(double from, double to, int count) const override;
    int echoLag() const override { return m_signal->echoLag(); }

    const SignalGenerator &signal() const { return *m_signal; }
    double stddev() const { return m_stddev; }
    unsigned seed() const { return m_seed; }
    // sd * z_k for the grid, before clipping.
    std::vector<double> noise(double from, double to, int count) const;

private:
    std::shared_ptr<const SignalGenerator> m_signal;
    double m_stddev;
    unsigned m_seed;
};

} // namespace lstmlab
