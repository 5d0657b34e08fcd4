#include "dampedsinesignal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lstmlab {

DampedSineSignal::DampedSineSignal(double frequency, double decay)
    : m_frequency(frequency), m_decay(std::max(0.0, decay))
{
    if (!std::isfinite(frequency) || !std::isfinite(decay))
        throw std::invalid_argument("damped-sine: parameters must be finite numbers");
}

double DampedSineSignal::value(double x) const
{
    return std::exp(-m_decay * std::max(x, 0.0)) * std::sin(m_frequency * x);
}

} // namespace lstmlab
