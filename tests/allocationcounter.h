#pragma once

// Counts heap allocations: an executable that includes this header (in exactly one of its
// source files) replaces the C allocator with functions that count every call and then take the
// memory from glibc's own (operator new, Eigen and the standard library all end up here).
// allocationCount is the number of calls so far. Under a sanitizer, which brings its own
// allocator, nothing is replaced and LSTMLAB_COUNTS_ALLOCATIONS is 0 (the count stays 0).
// Used by the tests that assert a step allocates nothing and by lstm-lab-bench.

#include <atomic>
#include <cerrno>
#include <cstddef>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LSTMLAB_COUNTS_ALLOCATIONS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define LSTMLAB_COUNTS_ALLOCATIONS 0
#endif
#endif
#ifndef LSTMLAB_COUNTS_ALLOCATIONS
#define LSTMLAB_COUNTS_ALLOCATIONS 1
#endif

namespace {
std::atomic<long long> allocationCount{0};
} // namespace

#if LSTMLAB_COUNTS_ALLOCATIONS
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *pointer, std::size_t size);
void *__libc_memalign(std::size_t alignment, std::size_t size);
void __libc_free(void *pointer);
}

namespace {
void countAllocation() { allocationCount.fetch_add(1, std::memory_order_relaxed); }
} // namespace

extern "C" {
void *malloc(std::size_t size) noexcept
{
    countAllocation();
    return __libc_malloc(size);
}
void *calloc(std::size_t count, std::size_t size) noexcept
{
    countAllocation();
    return __libc_calloc(count, size);
}
void *realloc(void *pointer, std::size_t size) noexcept
{
    countAllocation();
    return __libc_realloc(pointer, size);
}
void *memalign(std::size_t alignment, std::size_t size) noexcept
{
    countAllocation();
    return __libc_memalign(alignment, size);
}
void *aligned_alloc(std::size_t alignment, std::size_t size) noexcept
{
    countAllocation();
    return __libc_memalign(alignment, size);
}
int posix_memalign(void **out, std::size_t alignment, std::size_t size) noexcept
{
    countAllocation();
    void *pointer = __libc_memalign(alignment, size);
    if (!pointer)
        return ENOMEM;
    *out = pointer;
    return 0;
}
void free(void *pointer) noexcept { __libc_free(pointer); }
}
#endif
