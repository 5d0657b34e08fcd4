#include "aliastable.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lstmlab {

AliasTable::AliasTable(const std::vector<double> &weights)
{
    const std::size_t n = weights.size();
    double sum = 0.0;
    for (double w : weights) {
        if (!(w >= 0.0) || !std::isfinite(w))
            throw std::invalid_argument("alias table: weights must be finite and non-negative");
        sum += w;
    }
    if (n == 0 || !(sum > 0.0))
        throw std::invalid_argument("alias table: needs at least one positive weight");

    // Vose: scale to mean 1, pair each slot under 1 with one over 1.
    std::vector<double> scaled(n);
    std::vector<std::size_t> small, large;
    for (std::size_t k = 0; k < n; ++k) {
        scaled[k] = weights[k] * double(n) / sum;
        (scaled[k] < 1.0 ? small : large).push_back(k);
    }
    m_threshold.assign(n, 0);
    m_alias.assign(n, 0);
    std::vector<double> keep(n, 1.0);
    while (!small.empty() && !large.empty()) {
        const std::size_t s = small.back(), l = large.back();
        small.pop_back();
        keep[s] = scaled[s];
        m_alias[s] = int(l);
        scaled[l] -= 1.0 - scaled[s];
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (keep[k] >= 1.0) {
            m_threshold[k] = 0xFFFFFFFFu;
            m_alias[k] = int(k);
        } else {
            m_threshold[k] = std::uint32_t(std::min(4294967295.0, std::round(keep[k] * 4294967296.0)));
        }
    }
}

double AliasTable::probability(int k) const
{
    const double n = double(m_threshold.size());
    double p = 0.0;
    for (std::size_t slot = 0; slot < m_threshold.size(); ++slot) {
        const double keep = m_threshold[slot] == 0xFFFFFFFFu ? 1.0 : m_threshold[slot] / 4294967296.0;
        if (int(slot) == k)
            p += keep / n;
        if (m_alias[slot] == k && int(slot) != k)
            p += (1.0 - keep) / n;
    }
    return p;
}

} // namespace lstmlab
