#pragma once

// The training loss of every step, kept compactly for a long live run: 4 bytes a step (the
// loss as float32; the steps are not stored but implied, consecutive from the first). Values
// live in fixed blocks of blockSize shared between copies, so a copy costs one pointer a block
// and copies no values: the training worker hands the whole history to the UI in every
// snapshot, and the two threads hold one copy of the data between them.
//
// Copies may be read in another thread while the original goes on appending: a history writes
// only past the end of every copy made of it (a value once written never changes), and a copy
// that appends takes its own copy of the shared, partly filled last block first.

#include <cstddef>
#include <memory>
#include <vector>

namespace lstmlab {

class LossHistory
{
public:
    static constexpr std::size_t blockSize = 4096;

    LossHistory() = default;
    LossHistory(const LossHistory &other);
    LossHistory &operator=(const LossHistory &other);
    LossHistory(LossHistory &&other) noexcept;
    LossHistory &operator=(LossHistory &&other) noexcept;

    struct Point {
        long long step = 0;
        double value = 0.0; // exactly the float stored

        bool operator==(const Point &) const = default;
    };

    // A step that does not follow the last one (a history resumed from a file with a gap)
    // starts a new run of consecutive steps; a step is never stored.
    void append(long long step, double value);
    void clear();

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Point at(std::size_t index) const { return {stepAt(index), double(valueAt(index))}; }
    Point back() const { return at(m_size - 1); }
    float valueAt(std::size_t index) const { return m_blocks[index / blockSize][index % blockSize]; }
    long long stepAt(std::size_t index) const;

    // Calls visit(step, value) for every point in order; faster than at() in a loop.
    template <typename Visit>
    void forEach(Visit visit) const
    {
        std::size_t run = 0;
        for (std::size_t index = 0; index < m_size; ++index) {
            while (run + 1 < m_runs.size() && m_runs[run + 1].first <= index)
                ++run;
            visit(m_runs[run].step + (long long)(index - m_runs[run].first), valueAt(index));
        }
    }

    // Calls visit(index, value) for the points in [from, to) in order, straight from the
    // blocks: the fast way through millions of points.
    template <typename Visit>
    void forEachValue(std::size_t from, std::size_t to, Visit visit) const
    {
        to = to < m_size ? to : m_size;
        for (std::size_t index = from; index < to;) {
            const std::size_t block = index / blockSize;
            const float *values = m_blocks[block].get();
            const std::size_t end = (block + 1) * blockSize < to ? (block + 1) * blockSize : to;
            for (; index < end; ++index)
                visit(index, values[index % blockSize]);
        }
    }

    bool operator==(const LossHistory &other) const;

private:
    struct Run {
        std::size_t first = 0; // index of its first point
        long long step = 0;    // that point's step; the next ones count up by one
    };

    std::vector<std::shared_ptr<float[]>> m_blocks; // blockSize values each; the last partly filled
    std::vector<Run> m_runs;
    std::size_t m_size = 0;
    bool m_writesLastBlock = true; // false in a copy, until it appends into a block of its own
};

} // namespace lstmlab
