#include "framepacer.h"

#include <algorithm>
#include <cmath>

namespace {

// Weight of the newest frame in the smoothed cost: about the last four frames count, and one
// frame counts as at most outlierLimit times the smoothed cost. So one slow frame (a resize,
// a new model's first picture) barely changes the rate, and a lasting change shows within a
// few frames.
constexpr double newestWeight = 0.25;
constexpr double outlierLimit = 4.0;

} // namespace

FramePacer::FramePacer(double maxRate, double dutyCycle)
    : m_maxRate(std::max(maxRate, 0.1))
    , m_dutyCycle(std::clamp(dutyCycle, 0.01, 1.0))
{
}

void FramePacer::setMaxRate(double rate)
{
    m_maxRate = std::max(rate, 0.1);
}

void FramePacer::addFrameCost(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0.0)
        return;
    if (m_cost == 0.0)
        m_cost = seconds;
    else
        m_cost += newestWeight * (std::min(seconds, outlierLimit * m_cost) - m_cost);
}

double FramePacer::rate() const
{
    if (m_cost <= 0.0)
        return m_maxRate;
    return std::min(m_maxRate, std::max(minRate, m_dutyCycle / m_cost));
}
