#pragma once

// What the cells' kernels (lstmkernels.cpp, rnnkernels.cpp, grukernels.cpp) share: the
// multiply-add loop over a block of packed weights, the loops that run a kernel shape over the
// rows of a batch (whole packets, then half packets, then single rows) and over chunks of units,
// the product with packed columns (dx), the packings, and the sums over time of the weight
// gradients (A^T B down T*B rows). Only for the .cpp files of kernels/: it is Eigen::internal
// throughout.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Sequences are (T*B, width) column-major with row t*B + b (lstmlayer.h).

#include "stopflag.h"

#include <Eigen/Core>

#include <algorithm>
#include <type_traits>

namespace lstmlab::kernels {

namespace ei = Eigen::internal;
using Eigen::Index;

// The kernels below work on Eigen's SIMD packets (16 floats with AVX-512, 8 with AVX, 4 with
// SSE) along the batch, which is contiguous in every sequence. Rows left over when the batch
// is not a multiple of the packet width run through the same code with half and quarter
// packets, as far as the instruction set has them, and then with the scalar as the "packet".
template <typename Packet>
constexpr int lanes = ei::unpacket_traits<Packet>::size;

// How many columns one block of a backward kernel (and of the dx product) covers, and how many
// packets of rows a block takes: 16 accumulators, half of AVX-512's 32 vector registers,
// leaving room for the loaded values. Wider blocks measured slower (docs/performance.md).
constexpr int backwardUnits = 4;
constexpr int maxRowPackets = 4;
// Rows of (11)'s dx product between two stop checks: a whole number of row blocks, and one
// product for every sequence of the seed's size (at 256 units, about 20 ms of work).
constexpr Index productChunkRows = 4096;
// Columns of B in one pass of the sums of (12) down a chunk of rows: the part of B they take
// (2048 rows of 64 floats, 512 KB) stays in the level-2 cache while every block of A's columns
// passes by; all of B's columns at once (a chunk of 4 MB at 512 units) came from level 3 for
// each block of A.
constexpr Index reduceColumnBlock = 64;
// When a layer's packed weights outgrow the level-2 cache (1 MB here), the units of one time
// step run in chunks of about this many bytes of weights: a chunk stays in level 2 while every
// block of rows passes by, instead of all the weights streaming from level 3 once per block of
// rows (2 x 512 units, 100 streams: about a fifth off the step; 64 KB to 512 KB measured).
constexpr Index levelTwoBytes = 1024 * 1024;
constexpr Index unitChunkBytes = 256 * 1024;

// GCC otherwise folds each load of A into every multiply-add that uses it, loading the same
// packet NR times: one load per packet is what keeps the kernel bound by arithmetic.
template <typename Packet>
EIGEN_ALWAYS_INLINE void keepInRegister(Packet &value)
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
    asm("" : "+v"(value));
#else
    (void)value;
#endif
}

// acc[First + n][r] += sum_k A(r-th packet of rows, k) * W[k * NR + n] for n < NR, A
// column-major with leading dimension lda, W packed so that the NR weights of one k are
// adjacent. First lets two products share accumulators (the GRU's r and z take both halves).
template <typename Scalar, typename Packet, int MR, int NR, int First = 0, int NA>
EIGEN_ALWAYS_INLINE void accumulate(Packet (&acc)[NA][MR], Index K, const Scalar *A, Index lda, const Scalar *W)
{
    static_assert(First + NR <= NA);
    constexpr int P = lanes<Packet>;
    for (Index k = 0; k < K; ++k, A += lda, W += NR) {
        Packet a[MR];
        for (int r = 0; r < MR; ++r) {
            a[r] = ei::ploadu<Packet>(A + r * P);
            keepInRegister(a[r]);
        }
        for (int n = 0; n < NR; ++n) {
            const Packet w = ei::pset1<Packet>(W[n]);
            for (int r = 0; r < MR; ++r)
                acc[First + n][r] = ei::pmadd(a[r], w, acc[First + n][r]);
        }
    }
}

// GCC leaves a loop over packets rolled when its body is long, and then keeps the packet
// arrays it indexes (the accumulators) in memory: the element-wise loops must be unrolled.
#define LSTMLAB_UNROLL _Pragma("GCC unroll 16")

// A lambda the compiler must inline (overUnitBlocks' blocks), as EIGEN_ALWAYS_INLINE does for a
// function: GCC and Clang take the attribute after a lambda's parameter list.
#define LSTMLAB_INLINE_LAMBDA __attribute__((always_inline))

// Every kernel's walk over the units [uBegin, uEnd) of one pass: whole blocks of Units units,
// then the 1 to Units-1 left over as one smaller block. block(u, width) is called with width
// a std::integral_constant<int, UR>, so the block function takes UR as a template argument:
//   overUnitBlocks<4>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
//       backwardBlock<Scalar, Packet, MR, width()>(s, m, u); });
template <int Units, typename Block>
EIGEN_ALWAYS_INLINE void overUnitBlocks(Index uBegin, Index uEnd, Block &&block)
{
    static_assert(Units >= 1 && Units <= 4, "the remainders below handle blocks of up to 4");
    Index u = uBegin;
    for (; u + Units <= uEnd; u += Units)
        block(u, std::integral_constant<int, Units>{});
    switch (uEnd - u) {
    case 1: if constexpr (Units > 1) block(u, std::integral_constant<int, 1>{}); break;
    case 2: if constexpr (Units > 2) block(u, std::integral_constant<int, 2>{}); break;
    case 3: if constexpr (Units > 3) block(u, std::integral_constant<int, 3>{}); break;
    default: break;
    }
}

template <typename Scalar>
EIGEN_ALWAYS_INLINE void prefetch(const Scalar *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address, 0, 3);
#else
    (void)address;
#endif
}

// The rows from m to B that are fewer than a packet: one half packet, one quarter packet
// (as far as the instruction set has them), then single rows.
template <typename Scalar, typename Packet, template <typename, int> class Rows, typename Args>
void tailRows(const Args &args, Index m, Index B)
{
    if constexpr (!std::is_same_v<Packet, Scalar>) {
        if (B - m >= lanes<Packet>) {
            Rows<Packet, 1>::run(args, m);
            m += lanes<Packet>;
        }
        using Half = typename ei::unpacket_traits<Packet>::half;
        if constexpr (!std::is_same_v<Half, Packet>) {
            tailRows<Scalar, Half, Rows>(args, m, B);
            return;
        }
    }
    for (; m < B; ++m)
        Rows<Scalar, 1>::run(args, m);
}

// Rows<Packet, packets>::run(args, m) for 0 < packets < maxRowPackets.
template <typename Packet, template <typename, int> class Rows, typename Args, int MR = maxRowPackets - 1>
EIGEN_ALWAYS_INLINE void packetRemainder(const Args &args, Index m, Index packets)
{
    if constexpr (MR >= 1) {
        if (packets == MR)
            Rows<Packet, MR>::run(args, m);
        else
            packetRemainder<Packet, Rows, Args, MR - 1>(args, m, packets);
    }
}

// Runs Rows<Packet, MR>::run(args, m) over B rows: blocks of maxRowPackets packets, then what
// is left in whole packets, then the tail.
template <typename Scalar, template <typename, int> class Rows, typename Args>
void overRows(const Args &args, Index B)
{
    using Packet = typename ei::packet_traits<Scalar>::type;
    constexpr int P = lanes<Packet>;
    Index m = 0;
    for (; m + maxRowPackets * P <= B; m += maxRowPackets * P)
        Rows<Packet, maxRowPackets>::run(args, m);
    const Index packets = (B - m) / P;
    packetRemainder<Packet, Rows>(args, m, packets);
    m += packets * P;
    using Half = typename ei::unpacket_traits<Packet>::half;
    if constexpr (std::is_same_v<Half, Packet>)
        tailRows<Scalar, Scalar, Rows>(args, m, B);
    else
        tailRows<Scalar, Half, Rows>(args, m, B);
}

// The chunk of units overUnitChunks() runs: all of them, or, when their weights (`bytesPerUnit`
// each) outgrow levelTwoBytes and the batch takes more than one block of rows (with one, every
// weight is read once per step anyway), about unitChunkBytes of weights (equal chunks, each a
// multiple of `multiple` units). Set once per call, before the time loop.
template <typename Scalar, typename Step>
void chooseUnitChunk(Step &s, Index batch, Index bytesPerUnit, Index multiple)
{
    constexpr Index blockRows = maxRowPackets * lanes<typename ei::packet_traits<Scalar>::type>;
    const Index total = s.H * bytesPerUnit;
    const bool fits = total <= levelTwoBytes || batch <= blockRows;
    const Index chunks = fits ? 1 : (total + unitChunkBytes - 1) / unitChunkBytes;
    s.uChunk = ((s.H + chunks - 1) / chunks + multiple - 1) / multiple * multiple;
}

// One time step of forwardRows or backwardRows: overRows() once per chunk of s.uChunk units.
// A unit's results do not depend on the chunk it runs in.
template <typename Scalar, template <typename, int> class Rows, typename Step>
void overUnitChunks(Step &s, Index B)
{
    for (Index u = 0; u < s.H; u += s.uChunk) {
        s.uBegin = u;
        s.uEnd = std::min(s.H, u + s.uChunk);
        overRows<Scalar, Rows>(s, B);
    }
}

// C (rows, N) = A (rows, K) * W where W(k, n) is packed as [n0*K + k*w + n] in blocks of
// backwardUnits columns: (11)'s dx = Wih^T da over the whole sequence.
template <typename Scalar>
struct PlainProduct {
    Index K, N;
    const Scalar *A;
    Index lda;
    const Scalar *w;
    Scalar *C;
    Index ldc;
};

template <typename Scalar, typename Packet, int MR, int NR>
EIGEN_ALWAYS_INLINE void plainBlock(const PlainProduct<Scalar> &p, Index m, Index n0)
{
    constexpr int P = lanes<Packet>;
    Packet acc[NR][MR];
    for (int n = 0; n < NR; ++n)
        for (int r = 0; r < MR; ++r)
            acc[n][r] = ei::pset1<Packet>(Scalar(0));
    accumulate<Scalar, Packet, MR, NR>(acc, p.K, p.A + m, p.lda, p.w + n0 * p.K);
    for (int n = 0; n < NR; ++n)
        for (int r = 0; r < MR; ++r)
            ei::pstoreu(p.C + (n0 + n) * p.ldc + m + r * P, acc[n][r]);
}

template <typename Scalar>
struct PlainRows {
    template <typename Packet, int MR>
    struct At {
        static EIGEN_DONT_INLINE void run(const PlainProduct<Scalar> &p, Index m)
        {
            overUnitBlocks<backwardUnits>(0, p.N, [&](Index n, auto width) LSTMLAB_INLINE_LAMBDA {
                plainBlock<Scalar, Packet, MR, width()>(p, m, n);
            });
        }
    };
};

// W (K, N) column-major into [n0*K + k*w + n]: the w <= block columns from n0 adjacent per k.
template <typename Scalar>
void packColumns(const Scalar *W, Index K, Index N, int block, Scalar *out)
{
    for (Index n0 = 0; n0 < N; n0 += block) {
        const Index w = std::min<Index>(block, N - n0);
        Scalar *dst = out + n0 * K;
        for (Index k = 0; k < K; ++k)
            for (Index n = 0; n < w; ++n)
                dst[k * w + n] = W[(n0 + n) * K + k];
    }
}

// The gate rows of W (G*H, K), G gate layers stacked by rows, into
// [u0*G*K + (k*w + unit)*G + slot] in blocks of `block` units: the G gates of a block's units
// adjacent per k, as a forward kernel reads them. Slot j holds gate (j + rotate) % G.
template <typename Scalar>
void packGateRows(const Scalar *W, Index H, Index K, int gates, int block, Scalar *out, int rotate = 0)
{
    for (Index u0 = 0; u0 < H; u0 += block) {
        const Index w = std::min<Index>(block, H - u0);
        Scalar *dst = out + u0 * gates * K;
        for (Index k = 0; k < K; ++k)
            for (Index unit = 0; unit < w; ++unit)
                for (Index slot = 0; slot < gates; ++slot) {
                    const Index gate = (slot + rotate) % gates;
                    dst[(k * w + unit) * gates + slot] = W[k * gates * H + gate * H + u0 + unit];
                }
    }
}

// C (M, N) = A^T B, or C += A^T B: the sums over time steps and windows of (12), with A
// (K, M) and B (K, N) column-major and K = T*B long. A block of 4 x NB results is a set of
// packet accumulators running down K, added up across the packet at the end; WithSums also
// sums A's columns (the bias gradient) while they are loaded anyway.
template <typename Scalar, int NB, bool WithSums>
EIGEN_ALWAYS_INLINE void reduceBlock(Index K, const Scalar *A, Index lda, const Scalar *B, Index ldb, Scalar *C,
                                     Index ldc, bool accumulate, Scalar *sums)
{
    using Packet = typename ei::packet_traits<Scalar>::type;
    constexpr int P = lanes<Packet>;
    constexpr int MA = 4;
    Packet acc[MA][NB];
    Packet sum[MA];
    for (int a = 0; a < MA; ++a) {
        sum[a] = ei::pset1<Packet>(Scalar(0));
        for (int b = 0; b < NB; ++b)
            acc[a][b] = ei::pset1<Packet>(Scalar(0));
    }
    Index k = 0;
    for (; k + P <= K; k += P) {
        Packet av[MA], bv[NB];
        for (int a = 0; a < MA; ++a) {
            av[a] = ei::ploadu<Packet>(A + a * lda + k);
            keepInRegister(av[a]);
        }
        for (int b = 0; b < NB; ++b) {
            bv[b] = ei::ploadu<Packet>(B + b * ldb + k);
            keepInRegister(bv[b]);
        }
        for (int a = 0; a < MA; ++a) {
            for (int b = 0; b < NB; ++b)
                acc[a][b] = ei::pmadd(av[a], bv[b], acc[a][b]);
            if constexpr (WithSums)
                sum[a] = ei::padd(sum[a], av[a]);
        }
    }
    for (int a = 0; a < MA; ++a) {
        for (int b = 0; b < NB; ++b) {
            Scalar value = ei::predux(acc[a][b]);
            for (Index kk = k; kk < K; ++kk)
                value += A[a * lda + kk] * B[b * ldb + kk];
            Scalar &out = C[b * ldc + a];
            out = accumulate ? out + value : value;
        }
        if constexpr (WithSums) {
            Scalar value = ei::predux(sum[a]);
            for (Index kk = k; kk < K; ++kk)
                value += A[a * lda + kk];
            sums[a] = accumulate ? sums[a] + value : value;
        }
    }
}

template <typename Scalar, bool WithSums>
EIGEN_DONT_INLINE void reduceColumns(Index K, Index a0, const Scalar *A, Index lda, Index N, const Scalar *B, Index ldb, Scalar *C,
                   Index ldc, bool accumulate, Scalar *sums)
{
    const Scalar *Ablock = A + a0 * lda;
    Scalar *Cblock = C + a0;
    Scalar *sumBlock = sums ? sums + a0 : nullptr;
    // The column sums ride along with the first block of B's columns only.
    Index b = 0;
    if (b + 4 <= N) {
        reduceBlock<Scalar, 4, WithSums>(K, Ablock, lda, B, ldb, Cblock, ldc, accumulate, sumBlock);
        b += 4;
    } else {
        switch (N) {
        case 3: reduceBlock<Scalar, 3, WithSums>(K, Ablock, lda, B, ldb, Cblock, ldc, accumulate, sumBlock); break;
        case 2: reduceBlock<Scalar, 2, WithSums>(K, Ablock, lda, B, ldb, Cblock, ldc, accumulate, sumBlock); break;
        case 1: reduceBlock<Scalar, 1, WithSums>(K, Ablock, lda, B, ldb, Cblock, ldc, accumulate, sumBlock); break;
        default: break;
        }
        return;
    }
    for (; b + 4 <= N; b += 4)
        reduceBlock<Scalar, 4, false>(K, Ablock, lda, B + b * ldb, ldb, Cblock + b * ldc, ldc, accumulate, nullptr);
    switch (N - b) {
    case 3: reduceBlock<Scalar, 3, false>(K, Ablock, lda, B + b * ldb, ldb, Cblock + b * ldc, ldc, accumulate, nullptr); break;
    case 2: reduceBlock<Scalar, 2, false>(K, Ablock, lda, B + b * ldb, ldb, Cblock + b * ldc, ldc, accumulate, nullptr); break;
    case 1: reduceBlock<Scalar, 1, false>(K, Ablock, lda, B + b * ldb, ldb, Cblock + b * ldc, ldc, accumulate, nullptr); break;
    default: break;
    }
}

// C (M, N) = A^T B and, when sums is given, sums (M) = A^T 1. K is cut
// into chunks of 8 KB per column, so that a block's four columns of A are read from the
// level-1 cache while every block of B's columns passes by (2048 rows measured best).
// Returns false, C partly written, when stop is raised (read once per chunk of K). With
// accumulate, C += A^T B and sums += A^T 1 instead. The last M % 4 columns of A (a cell whose
// gate layers are not a multiple of 4 wide) are dot products, after the blocks.
template <typename Scalar>
bool transposedProduct(Index K, Index M, const Scalar *A, Index lda, Index N, const Scalar *B, Index ldb,
                       Scalar *C, Index ldc, Scalar *sums, const StopFlag *stop = nullptr, bool accumulate = false)
{
    if (K == 0 && accumulate)
        return true;
    if (K == 0) {
        for (Index n = 0; n < N; ++n)
            std::fill(C + n * ldc, C + n * ldc + M, Scalar(0));
        if (sums)
            std::fill(sums, sums + M, Scalar(0));
        return true;
    }
    constexpr Index chunk = 8192 / Index(sizeof(Scalar));
    for (Index k0 = 0; k0 < K; k0 += chunk) {
        if (stopRequested(stop))
            return false;
        const Index kc = std::min(chunk, K - k0);
        for (Index n0 = 0; n0 < N; n0 += reduceColumnBlock) {
            const Index nb = std::min(reduceColumnBlock, N - n0);
            const Scalar *Bblock = B + k0 + n0 * ldb;
            Scalar *Cblock = C + n0 * ldc;
            for (Index a0 = 0; a0 + 4 <= M; a0 += 4) {
                if (sums && n0 == 0) // the column sums ride with the first block of B's columns
                    reduceColumns<Scalar, true>(kc, a0, A + k0, lda, nb, Bblock, ldb, Cblock, ldc,
                                                accumulate || k0 > 0, sums);
                else
                    reduceColumns<Scalar, false>(kc, a0, A + k0, lda, nb, Bblock, ldb, Cblock, ldc,
                                                 accumulate || k0 > 0, nullptr);
            }
        }
    }
    using ConstColumn = Eigen::Map<const Eigen::Matrix<Scalar, Eigen::Dynamic, 1>>;
    for (Index a = M - M % 4; a < M; ++a) {
        if (stopRequested(stop))
            return false;
        const ConstColumn column(A + a * lda, K);
        for (Index n = 0; n < N; ++n) {
            const Scalar value = column.dot(ConstColumn(B + n * ldb, K));
            C[n * ldc + a] = accumulate ? C[n * ldc + a] + value : value;
        }
        if (sums)
            sums[a] = accumulate ? sums[a] + column.sum() : column.sum();
    }
    return true;
}

// C (rows, N) = A (rows, K) * W, W packed by packColumns(.., backwardUnits, ..): the dx of every
// time step at once, in chunks of productChunkRows rows between two reads of `stop`.
template <typename Scalar>
bool sequenceProduct(Index rows, Index K, Index N, const Scalar *A, Index lda, const Scalar *w, Scalar *C,
                     Index ldc, const StopFlag *stop)
{
    for (Index r0 = 0; r0 < rows; r0 += productChunkRows) {
        if (stopRequested(stop))
            return false;
        PlainProduct<Scalar> p{K, N, A + r0, lda, w, C + r0, ldc};
        overRows<Scalar, PlainRows<Scalar>::template At>(p, std::min(productChunkRows, rows - r0));
    }
    return true;
}

} // namespace lstmlab::kernels
