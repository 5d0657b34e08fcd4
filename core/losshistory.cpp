#include "losshistory.h"

#include <algorithm>

namespace lstmlab {

void LossHistory::append(long long step, double value)
{
    if (m_runs.empty() || stepAt(m_size - 1) + 1 != step)
        m_runs.push_back({m_size, step});
    if (m_tail.capacity() < blockSize)
        m_tail.reserve(blockSize); // once per block: the tail never reallocates as it fills
    m_tail.push_back(float(value));
    ++m_size;
    if (m_tail.size() == blockSize) {
        m_blocks.push_back(std::make_shared<const std::vector<float>>(std::move(m_tail)));
        m_tail = {};
    }
}

void LossHistory::clear()
{
    *this = LossHistory();
}

long long LossHistory::stepAt(std::size_t index) const
{
    // The last run that starts at or before index.
    const auto run = std::upper_bound(m_runs.begin(), m_runs.end(), index,
                                      [](std::size_t i, const Run &r) { return i < r.first; }) - 1;
    return run->step + (long long)(index - run->first);
}

bool LossHistory::operator==(const LossHistory &other) const
{
    if (m_size != other.m_size)
        return false;
    for (std::size_t index = 0; index < m_size; ++index)
        if (at(index) != other.at(index))
            return false;
    return true;
}

} // namespace lstmlab
