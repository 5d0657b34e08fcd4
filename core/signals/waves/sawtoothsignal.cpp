#include "sawtoothsignal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <numbers>

namespace lstmlab {

SawtoothSignal::SawtoothSignal(double frequency, double amplitude)
    : m_frequency(frequency), m_amplitude(std::clamp(amplitude, 0.0, 1.0))
{
    if (!std::isfinite(frequency) || !std::isfinite(amplitude))
        throw std::invalid_argument("sawtooth: parameters must be finite numbers");
}

double SawtoothSignal::value(double x) const
{
    const double cycles = m_frequency * x / (2.0 * std::numbers::pi) + 0.5;
    double p = cycles - std::floor(cycles);
    if (p >= 1.0) // cycles just below an integer can round up to it
        p = 0.0;
    return m_amplitude * (2.0 * p - 1.0);
}

} // namespace lstmlab
