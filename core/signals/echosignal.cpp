#include "echosignal.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>

namespace lstmlab {

EchoSignal::EchoSignal(double amplitude, int lag) : m_amplitude(amplitude), m_lag(lag)
{
    if (!(std::isfinite(amplitude) && amplitude > 0.0 && amplitude <= 1.0))
        throw std::invalid_argument("the echo's amplitude must be in (0, 1]");
    if (lag < 1)
        throw std::invalid_argument("the echo's lag must be at least 1");
}

std::vector<double> EchoSignal::sample(double from, double to, int count) const
{
    std::vector<double> ys(count > 0 ? std::size_t(count) : 0, 0.0);
    // The grid is part of the seed, as in NoisySignal: train and test get different noise.
    const auto bits = [](double v) { return v == 0.0 ? std::uint64_t(0) : std::bit_cast<std::uint64_t>(v); };
    std::seed_seq seq{std::uint32_t(seed),
                      std::uint32_t(bits(from)), std::uint32_t(bits(from) >> 32),
                      std::uint32_t(bits(to)), std::uint32_t(bits(to) >> 32),
                      std::uint32_t(count)};
    std::mt19937 rng(seq);
    for (double &y : ys) {
        const double u = (double(rng()) + 0.5) / 4294967296.0; // in (0, 1), from 32 bits
        y = m_amplitude * (2.0 * u - 1.0);
    }
    return ys;
}

double EchoSignal::value(double x) const
{
    return sample(x, x, 1).front();
}

} // namespace lstmlab
