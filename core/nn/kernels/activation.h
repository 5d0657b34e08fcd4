#pragma once

// The gate nonlinearities of the LSTM layer, sigma (the logistic function) and tanh, on Eigen's
// SIMD packets, for the kernels of lstmkernels.cpp and the network's head (tanhInPlace). What follows is the
// float version; double (the gradient checks) always takes Eigen's functions.
//
//   (A1) sigma(x) = 1 / (1 + e^-x)
//   (A2) tanh(x)  = (e^2|x| - 1) / (e^2|x| - 1 + 2), with the sign of x
//   (A3) e^y = 2^n * 2^(j/32) * e^r     with y = (32n + j) ln2/32 + r, j in 0..31, |r| <= ln2/64
//   (A4) e^r - 1 ~ a1 r + a2 r^2         relative error of e^r 5.3e-8 (for sigma)
//   (A5) e^r - 1 ~ r + a2 r^2 + a3 r^3   relative error of e^r 1e-10, and none near r = 0 (for tanh)
//
// 2^(j/32) comes from a 32-entry table held in two registers; 2^n is added to its exponent
// bits; the division is the processor's, exact. Arguments are clamped to |x| <= 80 (sigma) and
// |x| <= 40 (tanh), where the functions are 0, 1 or +-1 to float precision. Against double,
// over a dense sample of the floats in [-100, 100] (tst_activation): sigma within 9.2e-8, tanh
// within 8.9e-8, where Eigen's own versions are within 1.6e-7 and 2.7e-7; tanh keeps its
// relative precision below |x| = ln2/128. NaN stays NaN, +-inf saturate.
//
// Why not Eigen's: for the four gates and tanh(c) these take about 8 cycles per 16 lanes in
// the forward kernel, where Eigen's took 15, and in small layers the nonlinearities, not the
// products, are most of the work (docs/performance.md). With AVX-512 every packet width (and
// the scalar, for batch rows left over) runs the same 16-lane code, so a window's result does
// not depend on its row in the batch. Without AVX-512 the functions are Eigen's.

#include <Eigen/Core>

#include <cmath>
#include <cstdint>
#include <type_traits>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace lstmlab {
namespace activation {

namespace detail {

// Eigen's narrowest float packet (float itself without SIMD): without AVX-512 a single float
// goes through it, so that it gets the same bits as a lane of any wider packet.
template <typename Packet>
constexpr auto narrowestPacket()
{
    using Half = typename Eigen::internal::unpacket_traits<Packet>::half;
    if constexpr (std::is_same_v<Half, Packet>)
        return Packet();
    else
        return narrowestPacket<Half>();
}
using Smallest = decltype(narrowestPacket<Eigen::internal::packet_traits<float>::type>());

} // namespace detail

#if defined(__AVX512F__)
namespace detail {

// (A3) with (A4) or (A5): e^(S x) = scaled * (1 + poly), for |S x| <= 80. The factor S
// (-1 or 2) is folded into the constants. Keeping the two parts apart gives e^(S x) - 1 to
// full relative precision near 0 as well: scaled is exactly 1 there.
struct ExpParts {
    __m512 scaled; // 2^n * 2^(j/32)
    __m512 poly;   // e^r - 1, by (A4) or (A5)
};

template <int S, int degree>
inline ExpParts expParts(__m512 x)
{
    alignas(64) static constexpr float twoToJ32[32] = { // 2^(j/32), rounded to float
        1.0f, 1.0218972f, 1.04427373f, 1.06714046f, 1.09050775f, 1.1143868f, 1.13878858f,
        1.1637249f, 1.18920708f, 1.21524739f, 1.24185777f, 1.26905096f, 1.29683959f, 1.32523668f,
        1.35425556f, 1.38390994f, 1.41421354f, 1.44518077f, 1.47682619f, 1.50916445f, 1.54221082f,
        1.5759809f, 1.61049032f, 1.64575553f, 1.68179286f, 1.71861935f, 1.75625217f, 1.79470909f,
        1.8340081f, 1.87416768f, 1.91520655f, 1.95714414f};
    constexpr double ln2 = 0.693147180559945309417;
    // Adding 1.5 * 2^23 rounds to an integer and leaves it in the low mantissa bits.
    const __m512 magic = _mm512_set1_ps(12582912.0f);
    const __m512 k = _mm512_fmadd_ps(x, _mm512_set1_ps(float(S * 32 / ln2)), magic); // 32n + j
    const __m512 nj = _mm512_sub_ps(k, magic);
    const __m512 rOverS = _mm512_fnmadd_ps(nj, _mm512_set1_ps(float(ln2 / 32 / S)), x); // (S x - nj ln2/32) / S
    const __m512i kBits = _mm512_castps_si512(k);
    const __m512 table = _mm512_permutex2var_ps(_mm512_load_ps(twoToJ32), kBits, _mm512_load_ps(twoToJ32 + 16));
    const __m512i twoToN = _mm512_slli_epi32(_mm512_srli_epi32(kBits, 5), 23); // n in the exponent field
    __m512 q;
    if constexpr (degree == 2) { // (A4)
        constexpr float a1 = 1.0000146486248076f, a2 = 0.5000005328941319f;
        q = _mm512_fmadd_ps(rOverS, _mm512_set1_ps(a2 * S * S), _mm512_set1_ps(a1 * S));
    } else { // (A5)
        static_assert(degree == 3);
        constexpr float a2 = 0.5000040445031481f, a3 = 0.16666683348444558f;
        q = _mm512_fmadd_ps(rOverS, _mm512_set1_ps(a3 * S * S * S), _mm512_set1_ps(a2 * S * S));
        q = _mm512_fmadd_ps(rOverS, q, _mm512_set1_ps(float(S)));
    }
    return {_mm512_castsi512_ps(_mm512_add_epi32(_mm512_castps_si512(table), twoToN)), _mm512_mul_ps(rOverS, q)};
}

// x limited to [-limit, limit]; the argument order keeps a NaN.
inline __m512 clamp(__m512 x, float limit)
{
    return _mm512_min_ps(_mm512_set1_ps(limit), _mm512_max_ps(_mm512_set1_ps(-limit), x));
}

inline __m512 sigmoid16(__m512 x) // (A1)
{
    const ExpParts e = expParts<-1, 2>(clamp(x, 80.0f));
    const __m512 expMinusX = _mm512_fmadd_ps(e.scaled, e.poly, e.scaled);
    return _mm512_div_ps(_mm512_set1_ps(1.0f), _mm512_add_ps(expMinusX, _mm512_set1_ps(1.0f)));
}

inline __m512 tanh16(__m512 x) // (A2) for |x|, where e^2|x| - 1 loses nothing, then x's sign
{
    const __m512 magnitude = _mm512_abs_ps(x);
    const ExpParts e = expParts<2, 3>(_mm512_min_ps(_mm512_set1_ps(40.0f), magnitude));
    const __m512 expm1 = _mm512_fmadd_ps(e.scaled, e.poly, _mm512_sub_ps(e.scaled, _mm512_set1_ps(1.0f)));
    const __m512 t = _mm512_div_ps(expm1, _mm512_add_ps(expm1, _mm512_set1_ps(2.0f)));
    const __m512i sign = _mm512_set1_epi32(std::int32_t(0x80000000u));
    return _mm512_castsi512_ps(_mm512_ternarylogic_epi32(_mm512_castps_si512(t), _mm512_castps_si512(x), sign,
                                                          0xf8)); // t | (x & sign)
}

// Any float packet (or a single float) through the 16-lane code, lanes beyond its own zero.
template <typename Packet>
inline __m512 widen(const Packet &x)
{
    if constexpr (std::is_same_v<Packet, __m512>)
        return x;
    else if constexpr (std::is_same_v<Packet, __m256>)
        return _mm512_zextps256_ps512(x);
    else if constexpr (std::is_same_v<Packet, __m128>)
        return _mm512_zextps128_ps512(x);
    else
        return _mm512_zextps128_ps512(_mm_set_ss(x));
}

template <typename Packet>
inline Packet narrow(__m512 x)
{
    if constexpr (std::is_same_v<Packet, __m512>)
        return x;
    else if constexpr (std::is_same_v<Packet, __m256>)
        return _mm512_castps512_ps256(x);
    else if constexpr (std::is_same_v<Packet, __m128>)
        return _mm512_castps512_ps128(x);
    else
        return _mm512_cvtss_f32(x);
}

} // namespace detail
#endif

namespace detail {

// Each function's two implementations: the 16-lane one above (float with AVX-512) and Eigen's,
// the one Eigen's array expressions use (double, for the gradient checks, and float elsewhere).
struct Sigmoid {
#if defined(__AVX512F__)
    static __m512 wide(__m512 x) { return sigmoid16(x); }
#endif
    template <typename Packet>
    static Packet eigen(const Packet &x)
    {
        using Scalar = typename Eigen::internal::unpacket_traits<Packet>::type;
        return Eigen::internal::scalar_logistic_op<Scalar>().packetOp(x);
    }
};

struct Tanh {
#if defined(__AVX512F__)
    static __m512 wide(__m512 x) { return tanh16(x); }
#endif
    template <typename Packet>
    static Packet eigen(const Packet &x)
    {
        using Scalar = typename Eigen::internal::unpacket_traits<Packet>::type;
        if constexpr (std::is_same_v<Packet, Scalar>) {
            return Eigen::numext::tanh(x);
        } else if constexpr (bool(Eigen::internal::packet_traits<Scalar>::HasTanh)) {
            return Eigen::internal::ptanh(x);
        } else { // Eigen has no vectorised tanh for double: lane by lane, as its expressions do
            Scalar values[Eigen::internal::unpacket_traits<Packet>::size];
            Eigen::internal::pstoreu(values, x);
            for (Scalar &value : values)
                value = std::tanh(value);
            return Eigen::internal::ploadu<Packet>(values);
        }
    }
};

template <typename Function, typename Packet>
EIGEN_ALWAYS_INLINE Packet apply(const Packet &x)
{
    if constexpr (std::is_same_v<typename Eigen::internal::unpacket_traits<Packet>::type, float>) {
#if defined(__AVX512F__)
        return narrow<Packet>(Function::wide(widen(x)));
#else
        if constexpr (std::is_same_v<Packet, float> && !std::is_same_v<Smallest, float>)
            return Eigen::internal::pfirst(Function::eigen(Eigen::internal::pset1<Smallest>(x)));
#endif
    }
    return Function::eigen(x);
}

} // namespace detail

// sigma(x) and tanh(x) lane by lane; Packet is float, double or one of Eigen's packets of them.
template <typename Packet>
EIGEN_ALWAYS_INLINE Packet sigmoid(const Packet &x)
{
    return detail::apply<detail::Sigmoid>(x);
}

template <typename Packet>
EIGEN_ALWAYS_INLINE Packet tanh(const Packet &x)
{
    return detail::apply<detail::Tanh>(x);
}

// tanh of n contiguous values in place, a packet at a time and the rest one by one: the head's
// (14) in network.cpp, with the layers' tanh.
template <typename Scalar>
void tanhInPlace(Scalar *data, Eigen::Index n)
{
    using Packet = typename Eigen::internal::packet_traits<Scalar>::type;
    constexpr Eigen::Index P = Eigen::internal::unpacket_traits<Packet>::size;
    Eigen::Index k = 0;
    for (; k + P <= n; k += P)
        Eigen::internal::pstoreu(data + k, tanh(Eigen::internal::ploadu<Packet>(data + k)));
    for (; k < n; ++k)
        data[k] = tanh(data[k]);
}

} // namespace activation
} // namespace lstmlab
