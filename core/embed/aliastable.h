#pragma once

// Draws indices 0..n-1 with given probabilities in constant time (Walker's alias method, as
// Vose builds it): each of n equal slots holds an index, a threshold and a second index, so
// one uniform slot and one uniform fraction pick an index. word2vec fills a 10^8-entry table
// instead; the alias table is exact for any vocabulary and takes 8 bytes per symbol.

#include <cstdint>
#include <vector>

namespace lstmlab {

class AliasTable
{
public:
    AliasTable() = default;
    // weights: non-negative, not all zero (std::invalid_argument otherwise).
    explicit AliasTable(const std::vector<double> &weights);

    int size() const { return int(m_threshold.size()); }
    // An index drawn with probability weights[k] / sum(weights), from 64 random bits: the high
    // 32 choose the slot, the low 32 the fraction.
    int draw(std::uint64_t bits) const
    {
        const std::uint32_t slot = std::uint32_t((std::uint64_t(std::uint32_t(bits >> 32)) * m_threshold.size()) >> 32);
        return std::uint32_t(bits) < m_threshold[slot] ? int(slot) : m_alias[slot];
    }
    // The probability of k as the table draws it (for tests).
    double probability(int k) const;

private:
    std::vector<std::uint32_t> m_threshold; // per slot: keep the slot when the fraction is below
    std::vector<int> m_alias;               // per slot: the index drawn otherwise
};

} // namespace lstmlab
