#pragma once

// Writing text with a trained character-level network: feed a priming text, then draw each
// next symbol from the network's probabilities reweighted by a temperature tau,
//   q_i = p_i^(1/tau) / sum_j p_j^(1/tau)        (the softmax of logits / tau)
// tau = 1 draws from the model as it is, tau < 1 sharpens it towards the likeliest symbol,
// tau > 1 flattens it. Randomness comes only from the std::mt19937 passed in, so a seed gives
// the same text every time (on the same standard library).
//
// The network is a callable `step(int symbol) -> probabilities (V)` that advances its state by
// one symbol and returns the distribution of the next one; the sampler does not own it.

#include <Eigen/Core>

#include <random>
#include <span>
#include <stdexcept>
#include <vector>

namespace lstmlab {

class TextSampler
{
public:
    static constexpr double minTemperature = 0.05;
    static constexpr double maxTemperature = 5.0;

    // Throws std::invalid_argument outside [minTemperature, maxTemperature].
    explicit TextSampler(double temperature);

    double temperature() const { return m_temperature; }

    // One draw from probs (V entries, summing to 1) reweighted by the temperature.
    int draw(const Eigen::Ref<const Eigen::VectorXf> &probs, std::mt19937 &rng);

    // Feeds every symbol of `prime` (at least one) to step, then draws `length` symbols, each
    // fed back to step before the next draw (the last one is not fed). Returns the drawn ones.
    template <typename Step>
    std::vector<int> generate(std::span<const int> prime, int length, Step &&step, std::mt19937 &rng)
    {
        if (prime.empty())
            throw std::invalid_argument("the priming text is empty: sampling needs at least one symbol to start from");
        Eigen::VectorXf probs;
        for (int symbol : prime)
            probs = step(symbol);
        std::vector<int> out;
        out.reserve(std::size_t(length > 0 ? length : 0));
        for (int k = 0; k < length; ++k) {
            out.push_back(draw(probs, rng));
            if (k + 1 < length)
                probs = step(out.back());
        }
        return out;
    }

private:
    double m_temperature;
    std::vector<double> m_weights; // reused across draws
};

} // namespace lstmlab
