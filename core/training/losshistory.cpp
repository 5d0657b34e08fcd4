#include "losshistory.h"

#include <algorithm>
#include <utility>

namespace lstmlab {

LossHistory::LossHistory(const LossHistory &other)
    : m_blocks(other.m_blocks)
    , m_runs(other.m_runs)
    , m_size(other.m_size)
    , m_writesLastBlock(false)
{
}

LossHistory &LossHistory::operator=(const LossHistory &other)
{
    if (this != &other)
        *this = LossHistory(other);
    return *this;
}

LossHistory::LossHistory(LossHistory &&other) noexcept
    : m_blocks(std::move(other.m_blocks))
    , m_runs(std::move(other.m_runs))
    , m_size(std::exchange(other.m_size, 0))
    , m_writesLastBlock(std::exchange(other.m_writesLastBlock, true))
{
    other.m_blocks.clear();
    other.m_runs.clear();
}

LossHistory &LossHistory::operator=(LossHistory &&other) noexcept
{
    if (this != &other) {
        m_blocks = std::move(other.m_blocks);
        m_runs = std::move(other.m_runs);
        m_size = std::exchange(other.m_size, 0);
        m_writesLastBlock = std::exchange(other.m_writesLastBlock, true);
        other.m_blocks.clear();
        other.m_runs.clear();
    }
    return *this;
}

void LossHistory::append(long long step, double value)
{
    if (m_runs.empty() || stepAt(m_size - 1) + 1 != step)
        m_runs.push_back({m_size, step});
    const std::size_t offset = m_size % blockSize;
    if (offset == 0) {
        m_blocks.push_back(std::make_shared<float[]>(blockSize));
    } else if (!m_writesLastBlock) {
        // The last block is shared with the history this one was copied from, which writes
        // past the end of it: take a block of its own before writing.
        auto own = std::make_shared<float[]>(blockSize);
        std::copy_n(m_blocks.back().get(), offset, own.get());
        m_blocks.back() = std::move(own);
    }
    m_writesLastBlock = true;
    m_blocks.back()[offset] = float(value);
    ++m_size;
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
