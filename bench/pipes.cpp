// lstm-lab-pipes: which AVX-512 instructions of the gate nonlinearities (core/activation.h)
// compete with the products' multiply-adds for the processor's multiply-add units.
//
// Each line times twelve independent chains of one instruction, then of that instruction
// following a multiply-add, and reports both in units of one 16-lane multiply-add's issue
// time, measured first. When adding the multiply-add costs a whole turn more than the
// instruction alone, the two compete for the same units; when it costs (almost) nothing, the
// instruction runs beside the multiply-adds. This is the evidence behind the inference floor in
// docs/performance.md (Limits).

#include <algorithm>
#include <chrono>
#include <cstdio>

#if defined(__AVX512F__) && defined(__AVX512DQ__)
#include <immintrin.h>

namespace {

constexpr int chains = 12;
constexpr long iterations = 2000000;

// Nanoseconds per application of f to one chain: the best of 7 runs.
template <typename F>
double nanosecondsPer(F f)
{
    __m512 v[chains];
    for (int i = 0; i < chains; ++i)
        v[i] = _mm512_set1_ps(1.0f + float(i) * 1e-3f);
    double best = 1e30;
    for (int run = 0; run < 7; ++run) {
        const auto start = std::chrono::steady_clock::now();
        for (long it = 0; it < iterations; ++it) {
#pragma GCC unroll 16
            for (int i = 0; i < chains; ++i)
                v[i] = f(v[i]);
        }
        const double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
        best = std::min(best, ns / double(iterations * chains));
    }
    volatile float sink = 0.0f;
    for (int i = 0; i < chains; ++i)
        sink = sink + _mm512_reduce_add_ps(v[i]);
    return best;
}

const __m512 half = _mm512_set1_ps(0.5f);
const __m512 one = _mm512_set1_ps(1.0f);

__m512 fma(__m512 x) { return _mm512_fmadd_ps(x, half, half); }
__m512i bits(__m512 x) { return _mm512_castps_si512(x); }
__m512 floats(__m512i x) { return _mm512_castsi512_ps(x); }

template <typename F>
void report(const char *name, double fmaNs, F f)
{
    const double alone = nanosecondsPer(f) / fmaNs;
    const double withFma = nanosecondsPer([&](__m512 x) { return f(fma(x)); }) / fmaNs;
    std::printf("%-34s %6.2f %10.2f   %s\n", name, alone, withFma,
                withFma - alone > 0.75 ? "takes a multiply-add's turn" : "runs beside the multiply-adds");
}

} // namespace

int main()
{
    const double fmaNs = nanosecondsPer(fma);
    std::printf("One 16-lane multiply-add issues every %.3f ns. In units of that:\n\n", fmaNs);
    std::printf("%-34s %6s %10s\n", "instruction (16 floats)", "alone", "with FMA");
    report("vmulps (multiply)", fmaNs, [](__m512 x) { return _mm512_mul_ps(x, half); });
    report("vaddps (add)", fmaNs, [](__m512 x) { return _mm512_add_ps(x, half); });
    report("vminps (clamp)", fmaNs, [](__m512 x) { return _mm512_min_ps(x, one); });
    report("vpermt2ps (32-entry table)", fmaNs,
           [](__m512 x) { return _mm512_permutex2var_ps(x, bits(half), one); });
    report("vpslld (shift)", fmaNs, [](__m512 x) { return floats(_mm512_slli_epi32(bits(x), 1)); });
    report("vpaddd (integer add)", fmaNs, [](__m512 x) { return floats(_mm512_add_epi32(bits(x), bits(half))); });
    report("vpandd (mask)", fmaNs, [](__m512 x) { return floats(_mm512_and_si512(bits(x), bits(one))); });
    report("vdivps (division)", fmaNs, [](__m512 x) { return _mm512_div_ps(one, x); });
    report("vrcp14ps (reciprocal estimate)", fmaNs, [](__m512 x) { return _mm512_rcp14_ps(x); });
    report("vscalefps (times 2^n)", fmaNs, [](__m512 x) { return _mm512_scalef_ps(x, half); });
    return 0;
}

#else

int main()
{
    std::printf("lstm-lab-pipes measures AVX-512 instructions; this build has no AVX-512 "
                "(a portable build, or another processor).\n");
    return 0;
}

#endif
