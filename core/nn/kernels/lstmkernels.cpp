#include "lstmkernels.h"

#include "activation.h"
#include "lstmbenchkernels.h"
#include "packetloops.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace lstmlab {

namespace {

using namespace kernels; // packetloops.h: the loops and products every cell's kernels share

// How many units one block of the forward kernel covers (4 gate columns each: 16 accumulators
// with maxRowPackets). Wider blocks measured slower (docs/performance.md).
constexpr int forwardUnits = 1;

// Train: everything backward() needs is stored; Infer: only h and the running c;
// ProductsOnly: the pre-activations, nothing else computed (the benchmark's yardstick).
enum class Mode { Train, Infer, ProductsOnly };
// Dense: the products with x_t; OneHot: Wih's columns of the tokens, looked up (1'). A kernel
// shape of its own each, so that the dense kernels hold no code of the one-hot ones.
enum class Input { Dense, OneHot };

// Pointers into one time step t: every sequence pointer is already offset to row t*B.
template <typename Scalar>
struct ForwardStep {
    Index I, H;
    const Scalar *x;      // x_t (B, I), leading dimension ldx; null for a one-hot input
    Index ldx;
    const int *tokens;    // the B tokens of step t for a one-hot input (1'), else null
    bool preactivated;    // x_t Wih^T + bias is already in gates (a one-hot input in training)
    const Scalar *hPrev;  // h_{t-1} (B, H), or null at t = 0 from a zero state; leading dimension ldhPrev
    const Scalar *cPrev;  // c_{t-1} (B, H), or null likewise; leading dimension ldcPrev
    Index ldhPrev, ldcPrev;
    const Scalar *wx;     // Wih packed by unit blocks: [u0*4*I + (k*w + unit)*4 + gate]
    const Scalar *wh;     // Whh packed likewise: [u0*4*H + (k*w + unit)*4 + gate]
    const Scalar *bias;   // bih + bhh packed: [u0*4 + unit*4 + gate]
    Scalar *gates, *tanhC; // (B, 4H), (B, H) at step t, leading dimension ld (Train only)
    Scalar *c, *h;        // (B, H) at step t, leading dimensions ldc and ldh
    Index ld, ldh, ldc;
    Index uBegin, uEnd;   // the units of this pass, a chunk of at most uChunk (unitChunkBytes)
    Index uChunk;
};

// (1'): acc[n][r] = Wih(gate, token) + bias for the tokens of MR packets of rows from m, read
// from the packed Wih, where the 4 gates of one unit and one token are adjacent.
template <typename Scalar, typename Packet, int MR, int UR>
EIGEN_ALWAYS_INLINE void gatherInputs(Packet (&acc)[4 * UR][MR], const ForwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    const Scalar *w = s.wx + u0 * 4 * s.I;
    for (int r = 0; r < MR; ++r) {
        Scalar column[4 * UR][P];
        for (int lane = 0; lane < P; ++lane) {
            const Scalar *token = w + Index(s.tokens[m + r * P + lane]) * UR * 4;
            for (int n = 0; n < 4 * UR; ++n)
                column[n][lane] = token[n];
        }
        for (int n = 0; n < 4 * UR; ++n)
            acc[n][r] = ei::padd(ei::ploadu<Packet>(column[n]), ei::pset1<Packet>(s.bias[4 * u0 + n]));
    }
}

// (1)-(6) for MR packets of batch rows from m and UR units from u0.
template <typename Scalar, typename Packet, int MR, int UR, Mode mode, Input input>
EIGEN_ALWAYS_INLINE void forwardBlock(const ForwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    constexpr int NR = 4 * UR;
    Packet acc[NR][MR];
    if constexpr (input == Input::Dense) {
        for (int n = 0; n < NR; ++n) {
            const Packet b = ei::pset1<Packet>(s.bias[4 * u0 + n]);
            for (int r = 0; r < MR; ++r)
                acc[n][r] = b;
        }
        accumulate<Scalar, Packet, MR, NR>(acc, s.I, s.x + m, s.ldx, s.wx + u0 * 4 * s.I);
    } else if (s.preactivated) {
        for (int unit = 0; unit < UR; ++unit)
            for (int gate = 0; gate < 4; ++gate)
                for (int r = 0; r < MR; ++r)
                    acc[unit * 4 + gate][r] = ei::ploadu<Packet>(s.gates + (gate * s.H + u0 + unit) * s.ld + m + r * P);
    } else {
        gatherInputs<Scalar, Packet, MR, UR>(acc, s, m, u0);
    }
    if (s.hPrev)
        accumulate<Scalar, Packet, MR, NR>(acc, s.H, s.hPrev + m, s.ldhPrev, s.wh + u0 * 4 * s.H);

    for (int unit = 0; unit < UR; ++unit) {
        const Index u = u0 + unit;
        if constexpr (mode == Mode::ProductsOnly) {
            for (int r = 0; r < MR; ++r)
                for (int gate = 0; gate < 4; ++gate)
                    ei::pstoreu(s.gates + (gate * s.H + u) * s.ld + m + r * P, acc[unit * 4 + gate][r]);
            continue;
        }
        // (5) for every packet of rows before any (6): each tanh(c) waits for three other
        // functions, and other rows' work fills that wait.
        Packet o[MR], c[MR];
        LSTMLAB_UNROLL
        for (int r = 0; r < MR; ++r) {
            const Index row = m + r * P;
            const Packet i = activation::sigmoid(acc[unit * 4 + 0][r]);  // (1)
            const Packet f = activation::sigmoid(acc[unit * 4 + 1][r]);  // (2)
            const Packet g = activation::tanh(acc[unit * 4 + 2][r]);   // (3)
            o[r] = activation::sigmoid(acc[unit * 4 + 3][r]);            // (4)
            c[r] = ei::pmul(i, g);                                   // (5)
            if (s.cPrev)
                c[r] = ei::padd(ei::pmul(f, ei::ploadu<Packet>(s.cPrev + u * s.ldcPrev + row)), c[r]);
            if constexpr (mode == Mode::Train) {
                ei::pstoreu(s.gates + u * s.ld + row, i);
                ei::pstoreu(s.gates + (s.H + u) * s.ld + row, f);
                ei::pstoreu(s.gates + (2 * s.H + u) * s.ld + row, g);
                ei::pstoreu(s.gates + (3 * s.H + u) * s.ld + row, o[r]);
            }
        }
        LSTMLAB_UNROLL
        for (int r = 0; r < MR; ++r) {
            const Index row = m + r * P;
            const Packet tanhC = activation::tanh(c[r]);
            if constexpr (mode == Mode::Train)
                ei::pstoreu(s.tanhC + u * s.ld + row, tanhC);
            ei::pstoreu(s.c + u * s.ldc + row, c[r]);
            ei::pstoreu(s.h + u * s.ldh + row, ei::pmul(o[r], tanhC));  // (6)
        }
    }
}

// One function per kernel shape, never inlined into its caller: each gets the vector registers
// to itself (inlined into the large layer functions, GCC spilled the accumulators).
template <typename Scalar, typename Packet, int MR, Mode mode, Input input>
EIGEN_DONT_INLINE void forwardRows(const ForwardStep<Scalar> &s, Index m)
{
    overUnitBlocks<forwardUnits>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
        forwardBlock<Scalar, Packet, MR, width(), mode, input>(s, m, u);
    });
}

template <typename Scalar, Mode mode, Input input = Input::Dense>
struct ForwardRows {
    template <typename Packet, int MR>
    struct At {
        static void run(const ForwardStep<Scalar> &s, Index m) { forwardRows<Scalar, Packet, MR, mode, input>(s, m); }
    };
};

// Pointers into one time step t of backward(), offset to row t*B like ForwardStep.
template <typename Scalar>
struct BackwardStep {
    Index H;
    const Scalar *dH;        // dL/dh_t from above (B, H), leading dimension lddH
    Index lddH;
    const Scalar *dGatesNext; // da_{t+1} (B, 4H) or null at t = T-1
    const Scalar *w;         // Whh packed by unit blocks: [u0*4H + k*w + unit] = Whh(k, u0+unit)
    const Scalar *gates, *tanhC, *cPrev; // cPrev null at t = 0 from a zero state
    Index ldcPrev;
    Scalar *dGates;          // da_t (B, 4H)
    Scalar *dc;              // (B, H) the carried dc_{t+1} * f_{t+1}, leading dimension lddc
    Index lddc;
    Index ld;
    // What step t-1 will read, to be fetched into the cache meanwhile; null where none
    const Scalar *gatesBefore, *tanhCBefore, *cPrevBefore;
    Index uBegin, uEnd;      // the units of this pass, a chunk of at most uChunk (unitChunkBytes)
    Index uChunk;
};

// (11) for dh_t and (7)-(10) for MR packets of rows from m and UR units from u0.
template <typename Scalar, typename Packet, int MR, int UR, Mode mode>
EIGEN_ALWAYS_INLINE void backwardBlock(const BackwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    Packet acc[UR][MR];
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r)
            acc[unit][r] = ei::ploadu<Packet>(s.dH + (u0 + unit) * s.lddH + m + r * P);
    if (s.dGatesNext)
        accumulate<Scalar, Packet, MR, UR>(acc, 4 * s.H, s.dGatesNext + m, s.ld, s.w + u0 * 4 * s.H);

    const Packet one = ei::pset1<Packet>(Scalar(1));
    for (int unit = 0; unit < UR; ++unit) {
        const Index u = u0 + unit;
        for (int r = 0; r < MR; ++r) {
            const Index row = m + r * P;
            const Packet dh = acc[unit][r];
            if constexpr (mode == Mode::ProductsOnly) {
                ei::pstoreu(s.dc + u * s.lddc + row, dh);
                continue;
            }
            // Step t-1's values come next: fetched now, they are in L1 by then. (From 8 units
            // on, a sequence's gates outgrow L1, and these loads waited on L2 without this.)
            if (s.gatesBefore) {
                for (int gate = 0; gate < 4; ++gate)
                    prefetch(s.gatesBefore + (gate * s.H + u) * s.ld + row);
                prefetch(s.tanhCBefore + u * s.ld + row);
                if (s.cPrevBefore)
                    prefetch(s.cPrevBefore + u * s.ld + row);
            }
            const Packet i = ei::ploadu<Packet>(s.gates + u * s.ld + row);
            const Packet f = ei::ploadu<Packet>(s.gates + (s.H + u) * s.ld + row);
            const Packet g = ei::ploadu<Packet>(s.gates + (2 * s.H + u) * s.ld + row);
            const Packet o = ei::ploadu<Packet>(s.gates + (3 * s.H + u) * s.ld + row);
            const Packet tanhC = ei::ploadu<Packet>(s.tanhC + u * s.ld + row);
            const Packet dhO = ei::pmul(dh, o);
            Packet dc = ei::pmul(dhO, ei::psub(one, ei::pmul(tanhC, tanhC))); // (8)
            if (s.dGatesNext)
                dc = ei::padd(ei::ploadu<Packet>(s.dc + u * s.lddc + row), dc);
            // (7), (9), (10): the pre-activation gradients of i, f, g, o; x(1 - x) as x - x*x
            const Packet doPre = ei::pmul(ei::pmul(dhO, tanhC), ei::psub(one, o));
            const Packet dcI = ei::pmul(dc, i);
            const Packet diPre = ei::pmul(dcI, ei::psub(g, ei::pmul(g, i)));
            const Packet dgPre = ei::pmul(dcI, ei::psub(one, ei::pmul(g, g)));
            Packet dfPre = ei::pzero(dc);
            if (s.cPrev) {
                const Packet dcF = ei::pmul(dc, f);
                const Packet cPrev = ei::ploadu<Packet>(s.cPrev + u * s.ldcPrev + row);
                dfPre = ei::pmul(ei::pmul(dcF, cPrev), ei::psub(one, f));
                ei::pstoreu(s.dc + u * s.lddc + row, dcF);
            }
            ei::pstoreu(s.dGates + u * s.ld + row, diPre);
            ei::pstoreu(s.dGates + (s.H + u) * s.ld + row, dfPre);
            ei::pstoreu(s.dGates + (2 * s.H + u) * s.ld + row, dgPre);
            ei::pstoreu(s.dGates + (3 * s.H + u) * s.ld + row, doPre);
        }
    }
}

template <typename Scalar, typename Packet, int MR, Mode mode>
EIGEN_DONT_INLINE void backwardRows(const BackwardStep<Scalar> &s, Index m)
{
    overUnitBlocks<backwardUnits>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
        backwardBlock<Scalar, Packet, MR, width(), mode>(s, m, u);
    });
}

template <typename Scalar, Mode mode>
struct BackwardRows {
    template <typename Packet, int MR>
    struct At {
        static void run(const BackwardStep<Scalar> &s, Index m) { backwardRows<Scalar, Packet, MR, mode>(s, m); }
    };
};

template <typename Scalar>
void packRecurrent(const Eigen::Ref<const Matrix<Scalar>> &Whh, const Eigen::Ref<const Vector<Scalar>> &bih,
                   const Eigen::Ref<const Vector<Scalar>> &bhh, Index I, Scalar *out);

// Wih, Whh in the order forwardBlock reads them, then the two biases summed once:
// 4H(I + H + 1) values.
template <typename Scalar>
void packForward(const Eigen::Ref<const Matrix<Scalar>> &Wih, const Eigen::Ref<const Matrix<Scalar>> &Whh,
                 const Eigen::Ref<const Vector<Scalar>> &bih, const Eigen::Ref<const Vector<Scalar>> &bhh,
                 Scalar *out)
{
    const Index H = Whh.cols();
    const Index I = Wih.cols();
    eigen_assert(Wih.rows() == 4 * H && Whh.rows() == 4 * H && bih.size() == 4 * H && bhh.size() == 4 * H);
    eigen_assert(Wih.outerStride() == 4 * H && Whh.outerStride() == 4 * H);
    packGateRows(Wih.data(), H, I, 4, forwardUnits, out);
    packRecurrent(Whh, bih, bhh, I, out);
}

// packForward() without Wih: what a one-hot input's training pass reads (its Wih is looked up
// where it lies).
template <typename Scalar>
void packRecurrent(const Eigen::Ref<const Matrix<Scalar>> &Whh, const Eigen::Ref<const Vector<Scalar>> &bih,
                   const Eigen::Ref<const Vector<Scalar>> &bhh, Index I, Scalar *out)
{
    const Index H = Whh.cols();
    Scalar *bias = out + 4 * H * (I + H);
    packGateRows(Whh.data(), H, H, 4, forwardUnits, out + 4 * H * I);
    for (Index u0 = 0; u0 < H; u0 += forwardUnits) {
        const Index w = std::min<Index>(forwardUnits, H - u0);
        for (Index unit = 0; unit < w; ++unit)
            for (Index gate = 0; gate < 4; ++gate)
                bias[(u0 + unit) * 4 + gate] = bih[gate * H + u0 + unit] + bhh[gate * H + u0 + unit];
    }
}

template <typename Scalar>
ForwardStep<Scalar> forwardStepFor(Index I, Index H, const Scalar *packed, Index ldx)
{
    ForwardStep<Scalar> s{};
    s.I = I;
    s.H = H;
    s.ldx = ldx;
    s.wx = packed;
    s.wh = packed + 4 * H * I;
    s.bias = packed + 4 * H * (I + H);
    return s;
}

// Every one of the first `count` tokens names an input: for the assertions.
[[maybe_unused]] bool tokensInRange(std::span<const int> tokens, Index count, Index inputSize)
{
    return Index(tokens.size()) >= count
           && std::all_of(tokens.begin(), tokens.begin() + count, [inputSize](int token) {
                  return token >= 0 && token < inputSize;
              });
}

// The packed weights one unit of forwardBlock reads (Wih's row of it unless the input is
// looked up, Whh's, its bias) and one unit of backwardBlock (Whh's column).
template <typename Scalar>
Index forwardBytesPerUnit(Index I, Index H, bool lookedUp)
{
    return 4 * ((lookedUp ? 0 : I) + H + 1) * Index(sizeof(Scalar));
}

template <typename Scalar>
Index backwardBytesPerUnit(Index H)
{
    return 4 * H * Index(sizeof(Scalar));
}

// (1') for every row at once, before the time loop: gates(r, j) = Wih(j, token_r) + bih(j) +
// bhh(j), the pre-activations forwardBlock starts its accumulators from. Wih's column of a token
// is contiguous: a square of P rows by P columns is loaded from P columns, transposed in
// registers and stored down the P columns of gates.
template <typename Scalar>
void gatherColumns(const Scalar *Wih, Index J, const Scalar *bih, const Scalar *bhh, const int *tokens, Index rows,
                   Scalar *gates, Index ld)
{
    using Packet = typename ei::packet_traits<Scalar>::type;
    constexpr int P = lanes<Packet>;
    Index r0 = 0;
    for (; r0 + P <= rows; r0 += P) {
        const Scalar *column[P];
        for (int lane = 0; lane < P; ++lane)
            column[lane] = Wih + Index(tokens[r0 + lane]) * J;
        Index j0 = 0;
        for (; j0 + P <= J; j0 += P) {
            ei::PacketBlock<Packet, P> block;
            for (int lane = 0; lane < P; ++lane)
                block.packet[lane] = ei::ploadu<Packet>(column[lane] + j0);
            ei::ptranspose(block);
            for (int k = 0; k < P; ++k)
                ei::pstoreu(gates + (j0 + k) * ld + r0,
                            ei::padd(block.packet[k], ei::pset1<Packet>(bih[j0 + k] + bhh[j0 + k])));
        }
        for (; j0 < J; ++j0)
            for (int lane = 0; lane < P; ++lane)
                gates[j0 * ld + r0 + lane] = column[lane][j0] + (bih[j0] + bhh[j0]);
    }
    for (; r0 < rows; ++r0) {
        const Scalar *column = Wih + Index(tokens[r0]) * J;
        for (Index j = 0; j < J; ++j)
            gates[j * ld + r0] = column[j] + (bih[j] + bhh[j]);
    }
}

// (12') and the bias of (12) for every row: dWih(:, token_r) += da_r and sums = sum_r da_r, J =
// 4H. A square of P rows by P columns of dGates is loaded down its columns, transposed in
// registers, and each row added to its token's column of dWih (J contiguous values); a column
// block runs down all the rows, so the P columns it reads stream through and dWih's few lines
// per token stay in the cache.
template <typename Scalar>
void scatterRows(const Scalar *dGates, Index ld, Index rows, Index J, const int *tokens, Scalar *dWih, Scalar *sums)
{
    using Packet = typename ei::packet_traits<Scalar>::type;
    constexpr int P = lanes<Packet>;
    Index j0 = 0;
    for (; j0 + P <= J; j0 += P) {
        Packet sum[2] = {ei::pset1<Packet>(Scalar(0)), ei::pset1<Packet>(Scalar(0))};
        Index r0 = 0;
        for (; r0 + P <= rows; r0 += P) {
            ei::PacketBlock<Packet, P> block;
            for (int k = 0; k < P; ++k)
                block.packet[k] = ei::ploadu<Packet>(dGates + (j0 + k) * ld + r0);
            ei::ptranspose(block);
            for (int lane = 0; lane < P; ++lane) {
                Scalar *column = dWih + Index(tokens[r0 + lane]) * J + j0;
                ei::pstoreu(column, ei::padd(ei::ploadu<Packet>(column), block.packet[lane]));
                sum[lane % 2] = ei::padd(sum[lane % 2], block.packet[lane]);
            }
        }
        Scalar total[P];
        ei::pstoreu(total, ei::padd(sum[0], sum[1]));
        for (; r0 < rows; ++r0) {
            Scalar *column = dWih + Index(tokens[r0]) * J + j0;
            for (int k = 0; k < P; ++k) {
                const Scalar da = dGates[(j0 + k) * ld + r0];
                column[k] += da;
                total[k] += da;
            }
        }
        for (int k = 0; k < P; ++k)
            sums[j0 + k] = total[k];
    }
    for (; j0 < J; ++j0) {
        Scalar total = 0;
        for (Index r = 0; r < rows; ++r) {
            const Scalar da = dGates[j0 * ld + r];
            dWih[Index(tokens[r]) * J + j0] += da;
            total += da;
        }
        sums[j0] = total;
    }
}

// forward() and forwardTokens(): the input is x (dense, leading dimension s.ldx), or, when x
// is null, the pre-activations gatherColumns() left in cache.gates.
template <typename Scalar>
bool trainForward(ForwardStep<Scalar> s, const Scalar *x, int timesteps, int batch, LstmCache<Scalar> &cache,
                  const StopFlag *stop, const LstmState<Scalar> *initial)
{
    const Index B = batch;
    s.preactivated = x == nullptr;
    cache.hasInitial = initial != nullptr;
    if (initial) { // kept for backward(), and read from the cache so that it may be any buffer
        eigen_assert(initial->h.rows() >= B && initial->c.rows() >= B && cache.h0.rows() >= B);
        eigen_assert(initial->h.cols() == s.H && initial->c.cols() == s.H);
        cache.h0.topRows(B) = initial->h.topRows(B);
        cache.c0.topRows(B) = initial->c.topRows(B);
    }
    s.ld = cache.h.outerStride();
    s.ldh = s.ld;
    s.ldc = s.ld;
    chooseUnitChunk<Scalar>(s, B, forwardBytesPerUnit<Scalar>(s.I, s.H, s.preactivated), forwardUnits);
    for (Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.x = x ? x + row : nullptr;
        if (t > 0) {
            s.hPrev = cache.h.data() + row - B;
            s.cPrev = cache.c.data() + row - B;
            s.ldhPrev = s.ld;
            s.ldcPrev = s.ld;
        } else if (initial) {
            s.hPrev = cache.h0.data();
            s.cPrev = cache.c0.data();
            s.ldhPrev = cache.h0.outerStride();
            s.ldcPrev = cache.c0.outerStride();
        } else {
            s.hPrev = nullptr;
            s.cPrev = nullptr;
        }
        s.gates = cache.gates.data() + row;
        s.c = cache.c.data() + row;
        s.tanhC = cache.tanhC.data() + row;
        s.h = cache.h.data() + row;
        if (s.preactivated)
            overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Train, Input::OneHot>::template At>(s, B);
        else
            overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Train>::template At>(s, B);
    }
    return true;
}

// infer() and inferTokens(), as trainForward(): c is the running cell state.
template <typename Scalar>
bool inferForward(ForwardStep<Scalar> s, const Scalar *x, const int *tokens, int timesteps, int batch,
                  Eigen::Ref<Matrix<Scalar>> h, Eigen::Ref<Matrix<Scalar>> c, const StopFlag *stop,
                  const LstmState<Scalar> *initial)
{
    const Index B = batch;
    eigen_assert(!initial || (initial->h.rows() >= B && initial->c.rows() >= B));
    eigen_assert(!initial || (initial->h.cols() == s.H && initial->c.cols() == s.H));
    s.ldh = h.outerStride();
    s.ldc = c.outerStride();
    chooseUnitChunk<Scalar>(s, B, forwardBytesPerUnit<Scalar>(s.I, s.H, tokens != nullptr), forwardUnits);
    for (Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.x = x ? x + row : nullptr;
        s.tokens = tokens ? tokens + row : nullptr;
        if (t > 0) {
            s.hPrev = h.data() + row - B;
            s.cPrev = c.data(); // updated in place
            s.ldhPrev = s.ldh;
            s.ldcPrev = s.ldc;
        } else if (initial) {
            s.hPrev = initial->h.data();
            s.cPrev = initial->c.data();
            s.ldhPrev = initial->h.outerStride();
            s.ldcPrev = initial->c.outerStride();
        } else {
            s.hPrev = nullptr;
            s.cPrev = nullptr;
        }
        s.c = c.data();
        s.h = h.data() + row;
        if (s.tokens)
            overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Infer, Input::OneHot>::template At>(s, B);
        else
            overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Infer>::template At>(s, B);
    }
    return true;
}

// The time loop of backward() and backwardTokens(): (7)-(11) into cache.dGates and cache.dc.
template <typename Scalar>
bool backwardSteps(const Eigen::Ref<const Matrix<Scalar>> &Whh, const Eigen::Ref<const Matrix<Scalar>> &dH, Index I,
                   int timesteps, int batch, LstmCache<Scalar> &cache, const StopFlag *stop)
{
    const Index H = Whh.cols();
    const Index B = batch;
    const Index T = timesteps;
    eigen_assert(T * B <= cache.h.rows() && dH.rows() >= T * B && dH.cols() == H);
    eigen_assert(Whh.outerStride() == 4 * H);

    Scalar *wh = cache.packed.data() + 4 * H * (I + H + 1);
    packColumns(Whh.data(), 4 * H, H, backwardUnits, wh);

    BackwardStep<Scalar> s{};
    s.H = H;
    s.lddH = dH.outerStride();
    s.w = wh;
    s.dc = cache.dc.data();
    s.lddc = cache.dc.outerStride();
    s.ld = cache.h.outerStride();
    chooseUnitChunk<Scalar>(s, B, backwardBytesPerUnit<Scalar>(H), backwardUnits);
    for (Index t = T - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.dH = dH.data() + row;
        s.dGatesNext = t < T - 1 ? cache.dGates.data() + row + B : nullptr;
        s.gates = cache.gates.data() + row;
        s.tanhC = cache.tanhC.data() + row;
        if (t > 0) {
            s.cPrev = cache.c.data() + row - B;
            s.ldcPrev = s.ld;
        } else if (cache.hasInitial) {
            s.cPrev = cache.c0.data();
            s.ldcPrev = cache.c0.outerStride();
        } else {
            s.cPrev = nullptr;
        }
        s.dGates = cache.dGates.data() + row;
        s.gatesBefore = t > 0 ? s.gates - B : nullptr;
        s.tanhCBefore = t > 0 ? s.tanhC - B : nullptr;
        s.cPrevBefore = t > 1 ? s.cPrev - B : nullptr;
        overUnitChunks<Scalar, BackwardRows<Scalar, Mode::Train>::template At>(s, B);
    }
    return true;
}

// (12) for dWhh = sum_t da_t h_{t-1}^T, with the initial state's h_{-1} when forward() had one.
template <typename Scalar>
bool recurrentGradient(int timesteps, int batch, LstmCache<Scalar> &cache, Eigen::Ref<Matrix<Scalar>> dWhh,
                       const StopFlag *stop)
{
    const Index H = dWhh.cols();
    const Index B = batch;
    const Index TB = Index(timesteps) * B;
    const Index ld = cache.dGates.outerStride();
    eigen_assert(dWhh.outerStride() == 4 * H);
    if (!transposedProduct(TB - B, 4 * H, cache.dGates.data() + B, ld, H, cache.h.data(), cache.h.outerStride(),
                           dWhh.data(), 4 * H, static_cast<Scalar *>(nullptr), stop))
        return false;
    if (!cache.hasInitial)
        return true;
    return transposedProduct(B, 4 * H, cache.dGates.data(), ld, H, cache.h0.data(), cache.h0.outerStride(),
                             dWhh.data(), 4 * H, static_cast<Scalar *>(nullptr), stop, true);
}

} // namespace

template <typename Scalar>
bool LstmKernels<Scalar>::forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                  const ConstVecRef &bhh, const ConstRef &x, int timesteps, int batch,
                                  LstmCache<Scalar> &cache, const StopFlag *stop, const LstmState<Scalar> *initial)
{
    eigen_assert(Index(timesteps) * batch <= cache.h.rows() && x.cols() == Wih.cols());
    packForward(Wih, Whh, bih, bhh, cache.packed.data());
    const ForwardStep<Scalar> s = forwardStepFor(Wih.cols(), Whh.cols(), cache.packed.data(), x.outerStride());
    return trainForward(s, x.data(), timesteps, batch, cache, stop, initial);
}

template <typename Scalar>
bool LstmKernels<Scalar>::forwardTokens(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                        const ConstVecRef &bhh, std::span<const int> tokens, int timesteps,
                                        int batch, LstmCache<Scalar> &cache, const StopFlag *stop,
                                        const LstmState<Scalar> *initial)
{
    eigen_assert(Index(timesteps) * batch <= cache.h.rows());
    eigen_assert(tokensInRange(tokens, Index(timesteps) * batch, Wih.cols()));
    eigen_assert(Wih.outerStride() == Wih.rows() && bih.innerStride() == 1 && bhh.innerStride() == 1);
    if (stopRequested(stop))
        return false;
    packRecurrent(Whh, bih, bhh, Wih.cols(), cache.packed.data());
    gatherColumns(Wih.data(), Wih.rows(), bih.data(), bhh.data(), tokens.data(), Index(timesteps) * batch,
                  cache.gates.data(), cache.gates.outerStride());
    const ForwardStep<Scalar> s = forwardStepFor(Wih.cols(), Whh.cols(), cache.packed.data(), Index(0));
    return trainForward(s, static_cast<const Scalar *>(nullptr), timesteps, batch, cache, stop, initial);
}

template <typename Scalar>
void LstmKernels<Scalar>::prepareInference(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                           const ConstVecRef &bhh, Vec &packed)
{
    const Index size = 4 * Whh.cols() * (Wih.cols() + Whh.cols() + 1);
    if (packed.size() != size)
        packed.resize(size);
    packForward(Wih, Whh, bih, bhh, packed.data());
}

template <typename Scalar>
bool LstmKernels<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c,
                                const StopFlag *stop, const LstmState<Scalar> *initial)
{
    const Index H = h.cols();
    const Index I = x.cols();
    eigen_assert(packed.size() == 4 * H * (I + H + 1));
    eigen_assert(Index(timesteps) * batch <= h.rows() && batch <= c.rows() && c.cols() == H);
    const ForwardStep<Scalar> s = forwardStepFor(I, H, packed.data(), x.outerStride());
    return inferForward(s, x.data(), static_cast<const int *>(nullptr), timesteps, batch, h, c, stop, initial);
}

template <typename Scalar>
bool LstmKernels<Scalar>::inferTokens(const Vec &packed, int inputSize, std::span<const int> tokens, int timesteps,
                                      int batch, Ref h, Ref c, const StopFlag *stop,
                                      const LstmState<Scalar> *initial)
{
    const Index H = h.cols();
    const Index I = inputSize;
    eigen_assert(packed.size() == 4 * H * (I + H + 1));
    eigen_assert(Index(timesteps) * batch <= h.rows() && batch <= c.rows() && c.cols() == H);
    eigen_assert(tokensInRange(tokens, Index(timesteps) * batch, I));
    const ForwardStep<Scalar> s = forwardStepFor(I, H, packed.data(), Index(0));
    return inferForward(s, static_cast<const Scalar *>(nullptr), tokens.data(), timesteps, batch, h, c, stop,
                        initial);
}

template <typename Scalar>
bool LstmKernels<Scalar>::backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                                   int timesteps, int batch, LstmCache<Scalar> &cache, Ref dWih, Ref dWhh,
                                   VecRef dbih, VecRef dbhh, Ref *dX, const StopFlag *stop)
{
    const Index H = Whh.cols();
    const Index I = Wih.cols();
    const Index TB = Index(timesteps) * batch;
    eigen_assert(Wih.outerStride() == 4 * H && dWih.outerStride() == 4 * H);
    if (!backwardSteps(Whh, dH, I, timesteps, batch, cache, stop))
        return false;

    // (12): every time step's contribution in one product each, the bias with dWih.
    const Index ld = cache.dGates.outerStride();
    if (!transposedProduct(TB, 4 * H, cache.dGates.data(), ld, I, x.data(), x.outerStride(), dWih.data(), 4 * H,
                           dbih.data(), stop)
        || !recurrentGradient(timesteps, batch, cache, dWhh, stop))
        return false;
    dbhh = dbih;
    if (dX) { // (11): dx_t = Wih^T da_t for every t at once, in chunks of rows between stop checks
        Scalar *wx = cache.packed.data() + 4 * H * (I + H + 1) + 4 * H * H;
        packColumns(Wih.data(), 4 * H, I, backwardUnits, wx);
        return sequenceProduct(TB, 4 * H, I, cache.dGates.data(), cache.dGates.outerStride(), wx, dX->data(),
                               dX->outerStride(), stop);
    }
    return true;
}

template <typename Scalar>
bool LstmKernels<Scalar>::backwardTokens(const ConstRef &Whh, const ConstRef &dH, std::span<const int> tokens,
                                         int timesteps, int batch, LstmCache<Scalar> &cache, Ref dWih, Ref dWhh,
                                         VecRef dbih, VecRef dbhh, const StopFlag *stop)
{
    const Index H = Whh.cols();
    const Index I = dWih.cols();
    const Index TB = Index(timesteps) * batch;
    eigen_assert(dWih.rows() == 4 * H && dWih.outerStride() == 4 * H);
    eigen_assert(tokensInRange(tokens, TB, I));
    if (!backwardSteps(Whh, dH, I, timesteps, batch, cache, stop)
        || !recurrentGradient(timesteps, batch, cache, dWhh, stop))
        return false;

    // (12'): dWih(:, token) += da_t row by row, and the bias as the sum of the rows.
    if (stopRequested(stop))
        return false;
    eigen_assert(dbih.innerStride() == 1);
    dWih.setZero();
    scatterRows(cache.dGates.data(), cache.dGates.outerStride(), TB, 4 * H, tokens.data(), dWih.data(), dbih.data());
    dbhh = dbih;
    return true;
}

template <typename Scalar>
void LstmBenchKernels<Scalar>::forwardProductsOnly(const ConstRef &x, int timesteps, int batch,
                                                   LstmCache<Scalar> &cache)
{
    const Index B = batch;
    ForwardStep<Scalar> f = forwardStepFor(x.cols(), cache.h.cols(), cache.packed.data(), x.outerStride());
    f.ld = cache.h.outerStride();
    f.ldh = f.ld;
    f.ldc = f.ld;
    f.ldhPrev = f.ld;
    chooseUnitChunk<Scalar>(f, B, forwardBytesPerUnit<Scalar>(f.I, f.H, false), forwardUnits);
    for (Index t = 0; t < timesteps; ++t) {
        const Index row = t * B;
        f.x = x.data() + row;
        f.hPrev = t > 0 ? cache.h.data() + row - B : nullptr;
        f.gates = cache.gates.data() + row;
        overUnitChunks<Scalar, ForwardRows<Scalar, Mode::ProductsOnly>::template At>(f, B);
    }
}

template <typename Scalar>
void LstmBenchKernels<Scalar>::productsOnly(const ConstRef &x, int timesteps, int batch, LstmCache<Scalar> &cache,
                                            Ref dWih, Ref dWhh, Ref *dX)
{
    const Index H = cache.h.cols();
    const Index I = x.cols();
    const Index B = batch;
    const Index T = timesteps;
    const Index TB = T * B;

    forwardProductsOnly(x, timesteps, batch, cache);

    BackwardStep<Scalar> s{};
    s.H = H;
    s.lddH = cache.h.outerStride();
    s.w = cache.packed.data() + 4 * H * (I + H + 1);
    s.dc = cache.dc.data();
    s.lddc = cache.dc.outerStride();
    s.ld = cache.h.outerStride();
    chooseUnitChunk<Scalar>(s, B, backwardBytesPerUnit<Scalar>(H), backwardUnits);
    for (Index t = T - 1; t >= 0; --t) {
        const Index row = t * B;
        s.dH = cache.h.data() + row;
        s.dGatesNext = t < T - 1 ? cache.dGates.data() + row + B : nullptr;
        overUnitChunks<Scalar, BackwardRows<Scalar, Mode::ProductsOnly>::template At>(s, B);
    }

    const Index ld = cache.dGates.outerStride();
    transposedProduct(TB, 4 * H, cache.dGates.data(), ld, I, x.data(), x.outerStride(), dWih.data(), 4 * H,
                      static_cast<Scalar *>(nullptr));
    transposedProduct(TB - B, 4 * H, cache.dGates.data() + B, ld, H, cache.h.data(), cache.h.outerStride(),
                      dWhh.data(), 4 * H, static_cast<Scalar *>(nullptr));
    if (dX) {
        PlainProduct<Scalar> p{4 * H, I, cache.dGates.data(), cache.dGates.outerStride(),
                               cache.packed.data() + 4 * H * (I + H + 1) + 4 * H * H, dX->data(),
                               dX->outerStride()};
        overRows<Scalar, PlainRows<Scalar>::template At>(p, TB);
    }
}

template class LstmKernels<float>;
template class LstmKernels<double>;
template class LstmBenchKernels<float>;
template class LstmBenchKernels<double>;

} // namespace lstmlab
