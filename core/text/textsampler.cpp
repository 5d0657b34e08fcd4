#include "textsampler.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace lstmlab {

TextSampler::TextSampler(double temperature) : m_temperature(temperature)
{
    if (!(temperature >= minTemperature && temperature <= maxTemperature))
        throw std::invalid_argument("temperature " + std::to_string(temperature) + " is outside "
                                    + std::to_string(minTemperature) + " to " + std::to_string(maxTemperature));
}

int TextSampler::draw(const Eigen::Ref<const Eigen::VectorXf> &probs, std::mt19937 &rng)
{
    const Eigen::Index V = probs.size();
    // p^(1/tau) computed as exp((log p - log max p) / tau): no underflow to all zeros at a low
    // temperature, and the likeliest symbol always weighs 1.
    const double top = std::log(std::max(double(probs.maxCoeff()), 1e-300));
    m_weights.resize(std::size_t(V));
    double total = 0.0;
    for (Eigen::Index i = 0; i < V; ++i) {
        const double p = double(probs[i]);
        const double w = p > 0.0 ? std::exp((std::log(p) - top) / m_temperature) : 0.0;
        m_weights[std::size_t(i)] = w;
        total += w;
    }
    // One uniform draw against the cumulative weights (std::discrete_distribution would
    // allocate its table at every draw).
    const double u = std::uniform_real_distribution<double>(0.0, total)(rng);
    double sum = 0.0;
    for (Eigen::Index i = 0; i < V; ++i) {
        sum += m_weights[std::size_t(i)];
        if (u < sum)
            return int(i);
    }
    // Rounding left u at the very top: the last symbol with any weight.
    for (Eigen::Index i = V - 1; i > 0; --i)
        if (m_weights[std::size_t(i)] > 0.0)
            return int(i);
    return 0;
}

} // namespace lstmlab
