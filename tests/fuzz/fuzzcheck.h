#pragma once

// What every fuzz target asserts besides "no crash": a broken promise aborts, so libFuzzer and
// the replay runner (replaymain.cpp) both stop with the input that broke it.

#include <cstdio>
#include <cstdlib>

inline void fuzzRequire(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}
