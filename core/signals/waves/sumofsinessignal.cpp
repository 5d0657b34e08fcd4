#include "sumofsinessignal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lstmlab {

SumOfSinesSignal::SumOfSinesSignal(std::vector<Component> components)
    : m_components(std::move(components))
{
    // sum |a_k| bounds |y| for every x, so dividing by it keeps any phases within [-1, 1].
    double total = 0.0;
    for (const Component &c : m_components) {
        if (!std::isfinite(c.amplitude) || !std::isfinite(c.frequency) || !std::isfinite(c.phase))
            throw std::invalid_argument("sum-of-sines: parameters must be finite numbers");
        total += std::abs(c.amplitude);
    }
    m_scale = 1.0 / std::max(1.0, total);
}

double SumOfSinesSignal::value(double x) const
{
    double y = 0.0;
    for (const Component &c : m_components)
        y += c.amplitude * std::sin(c.frequency * x + c.phase);
    // Rounding can leave the sum a few ulps past the bound.
    return std::clamp(m_scale * y, -1.0, 1.0);
}

} // namespace lstmlab
