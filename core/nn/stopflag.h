#pragma once

// A flag another thread raises to make a long computation give up: the network's forward and
// backward passes, the evaluation and the gate trace read it once per time step and between
// layers (a relaxed load: nothing is ordered by it), so they stop within a few milliseconds at
// the largest configuration. Null means "never stop".

#include <atomic>

namespace lstmlab {

using StopFlag = std::atomic<bool>;

inline bool stopRequested(const StopFlag *stop)
{
    return stop && stop->load(std::memory_order_relaxed);
}

} // namespace lstmlab
