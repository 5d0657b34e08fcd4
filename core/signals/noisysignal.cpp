#include "noisysignal.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <random>
#include <sstream>
#include <stdexcept>

namespace lstmlab {

NoisySignal::NoisySignal(std::shared_ptr<const SignalGenerator> signal, double stddev, unsigned seed)
    : m_signal(std::move(signal)), m_stddev(stddev), m_seed(seed)
{
    if (!m_signal)
        throw std::invalid_argument("noise needs a signal to add to");
    if (!(stddev >= 0.0 && stddev <= maxStddev))
        throw std::invalid_argument("noise standard deviation must be in 0..1");
}

std::string NoisySignal::name() const
{
    std::ostringstream out;
    out << m_signal->name() << " + noise " << m_stddev;
    return out.str();
}

std::vector<double> NoisySignal::noise(double from, double to, int count) const
{
    std::vector<double> z(count > 0 ? std::size_t(count) : 0, 0.0);
    if (m_stddev == 0.0)
        return z;
    // The grid is part of the seed, so the train and test ranges draw different streams.
    // (+0.0 and -0.0 are the same point.)
    const auto bits = [](double v) { return v == 0.0 ? std::uint64_t(0) : std::bit_cast<std::uint64_t>(v); };
    std::seed_seq seq{std::uint32_t(m_seed),
                      std::uint32_t(bits(from)), std::uint32_t(bits(from) >> 32),
                      std::uint32_t(bits(to)), std::uint32_t(bits(to) >> 32),
                      std::uint32_t(count)};
    std::mt19937 rng(seq);
    std::normal_distribution<double> normal(0.0, m_stddev);
    for (double &v : z)
        v = normal(rng);
    return z;
}

std::vector<double> NoisySignal::sample(double from, double to, int count) const
{
    std::vector<double> ys = m_signal->sample(from, to, count);
    const std::vector<double> z = noise(from, to, count);
    for (std::size_t k = 0; k < ys.size() && k < z.size(); ++k)
        ys[k] = std::clamp(ys[k] + z[k], -1.0, 1.0);
    return ys;
}

double NoisySignal::value(double x) const
{
    return sample(x, x, 1).front();
}

} // namespace lstmlab
