#include "squaresignal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <numbers>

namespace lstmlab {

namespace {

// frac(w x / 2 pi): where x lies in the period of a wave of angular frequency w, in [0, 1).
double wavePhase(double frequency, double x)
{
    const double cycles = frequency * x / (2.0 * std::numbers::pi);
    const double p = cycles - std::floor(cycles);
    // For tiny negative cycles, cycles - floor(cycles) rounds to exactly 1.
    return p < 1.0 ? p : 0.0;
}

} // namespace

SquareSignal::SquareSignal(double frequency, double amplitude)
    : m_frequency(frequency), m_amplitude(std::clamp(amplitude, 0.0, 1.0))
{
    if (!std::isfinite(frequency) || !std::isfinite(amplitude))
        throw std::invalid_argument("square: parameters must be finite numbers");
}

double SquareSignal::value(double x) const
{
    return wavePhase(m_frequency, x) < 0.5 ? m_amplitude : -m_amplitude;
}

} // namespace lstmlab
