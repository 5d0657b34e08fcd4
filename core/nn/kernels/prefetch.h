#pragma once

// Asks the processor to bring memory into the cache before it is read, for loops whose next
// addresses are known early but are scattered (the skip-gram's output vectors of the next pair:
// random columns of a matrix larger than the cache). A hint: it changes no result.

#include <cstddef>

namespace lstmlab::kernels {

// Every 64-byte line of count floats from data.
inline void prefetchFloats(const float *data, std::ptrdiff_t count)
{
    for (std::ptrdiff_t k = 0; k < count; k += 16)
        __builtin_prefetch(data + k, 1, 3);
}

} // namespace lstmlab::kernels
