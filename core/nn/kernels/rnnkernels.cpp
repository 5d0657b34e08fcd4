#include "rnnkernels.h"

#include "activation.h"
#include "packetloops.h"

namespace lstmlab {

namespace {

using namespace kernels; // packetloops.h

// Units per block of the forward kernel: 4 accumulators for each of maxRowPackets packets of
// rows, as the LSTM's one unit of 4 gates.
constexpr int forwardUnits = 4;

// Pointers into one time step t: every sequence pointer is already offset to row t*B.
template <typename Scalar>
struct RnnForwardStep {
    Index I, H;
    const Scalar *x;     // x_t (B, I), leading dimension ldx
    Index ldx;
    const Scalar *hPrev; // h_{t-1} (B, H), or null at t = 0; leading dimension ld
    const Scalar *wx;    // Wih packed by unit blocks: [u0*I + k*w + unit]
    const Scalar *wh;    // Whh packed likewise: [u0*H + k*w + unit]
    const Scalar *bias;  // bih + bhh (H)
    Scalar *h;           // h_t (B, H), leading dimension ld
    Index ld;
    Index uBegin, uEnd, uChunk; // the units of this pass (overUnitChunks)
};

// (24) for MR packets of rows from m and UR units from u0.
template <typename Scalar, typename Packet, int MR, int UR>
EIGEN_ALWAYS_INLINE void forwardBlock(const RnnForwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    Packet acc[UR][MR];
    for (int unit = 0; unit < UR; ++unit) {
        const Packet b = ei::pset1<Packet>(s.bias[u0 + unit]);
        for (int r = 0; r < MR; ++r)
            acc[unit][r] = b;
    }
    accumulate<Scalar, Packet, MR, UR>(acc, s.I, s.x + m, s.ldx, s.wx + u0 * s.I);
    if (s.hPrev)
        accumulate<Scalar, Packet, MR, UR>(acc, s.H, s.hPrev + m, s.ld, s.wh + u0 * s.H);
    LSTMLAB_UNROLL
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r)
            ei::pstoreu(s.h + (u0 + unit) * s.ld + m + r * P, activation::tanh(acc[unit][r]));
}

template <typename Scalar>
struct ForwardRows {
    template <typename Packet, int MR>
    struct At {
        static EIGEN_DONT_INLINE void run(const RnnForwardStep<Scalar> &s, Index m)
        {
            overUnitBlocks<forwardUnits>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
                forwardBlock<Scalar, Packet, MR, width()>(s, m, u);
            });
        }
    };
};

// Pointers into one time step t of backward(), offset to row t*B like RnnForwardStep.
template <typename Scalar>
struct RnnBackwardStep {
    Index H;
    const Scalar *dH;     // dL/dh_t from above (B, H), leading dimension lddH
    Index lddH;
    const Scalar *daNext; // da_{t+1} (B, H), or null at t = T-1
    const Scalar *w;      // Whh packed by column blocks: [u0*H + k*w + unit] = Whh(k, u0+unit)
    const Scalar *h;      // h_t
    Scalar *da;           // da_t
    Index ld;             // of h, da and daNext
    Index uBegin, uEnd, uChunk;
};

// (26)'s dh_t = dH_t + W_hh^T da_{t+1}, then (25), for MR packets of rows from m and UR units.
template <typename Scalar, typename Packet, int MR, int UR>
EIGEN_ALWAYS_INLINE void backwardBlock(const RnnBackwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    Packet acc[UR][MR];
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r)
            acc[unit][r] = ei::ploadu<Packet>(s.dH + (u0 + unit) * s.lddH + m + r * P);
    if (s.daNext)
        accumulate<Scalar, Packet, MR, UR>(acc, s.H, s.daNext + m, s.ld, s.w + u0 * s.H);
    const Packet one = ei::pset1<Packet>(Scalar(1));
    LSTMLAB_UNROLL
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r) {
            const Index at = (u0 + unit) * s.ld + m + r * P;
            const Packet h = ei::ploadu<Packet>(s.h + at);
            ei::pstoreu(s.da + at, ei::pmul(acc[unit][r], ei::psub(one, ei::pmul(h, h)))); // (25)
        }
}

template <typename Scalar>
struct BackwardRows {
    template <typename Packet, int MR>
    struct At {
        static EIGEN_DONT_INLINE void run(const RnnBackwardStep<Scalar> &s, Index m)
        {
            overUnitBlocks<backwardUnits>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
                backwardBlock<Scalar, Packet, MR, width()>(s, m, u);
            });
        }
    };
};


// cache.packed: Wih and Whh by forward blocks, the bias, then Whh and Wih by column blocks
// (backward's W_hh^T da and dx).
Index offWh(Index I, Index H) { return H * I; }
Index offBias(Index I, Index H) { return H * (I + H); }
Index offWhColumns(Index I, Index H) { return H * (I + H + 1); }
Index offWxColumns(Index I, Index H) { return H * (I + 2 * H + 1); } // H * I values

} // namespace

template <typename Scalar>
bool RnnKernels<Scalar>::forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                 const ConstVecRef &bhh, const ConstRef &x, int timesteps, int batch,
                                 RnnCache<Scalar> &cache, const StopFlag *stop)
{
    const Index I = Wih.cols(), H = Whh.cols(), B = batch;
    eigen_assert(Index(timesteps) * B <= cache.h.rows() && x.cols() == I);
    eigen_assert(cache.packed.size() >= offWxColumns(I, H) + H * I);
    eigen_assert(Wih.outerStride() == H && Whh.outerStride() == H);
    Scalar *packed = cache.packed.data();
    packGateRows(Wih.data(), H, I, 1, forwardUnits, packed);
    packGateRows(Whh.data(), H, H, 1, forwardUnits, packed + offWh(I, H));
    for (Index u = 0; u < H; ++u)
        packed[offBias(I, H) + u] = bih[u] + bhh[u];

    RnnForwardStep<Scalar> s{};
    s.I = I;
    s.H = H;
    s.ldx = x.outerStride();
    s.wx = packed;
    s.wh = packed + offWh(I, H);
    s.bias = packed + offBias(I, H);
    s.ld = cache.h.outerStride();
    chooseUnitChunk<Scalar>(s, B, (I + H + 1) * Index(sizeof(Scalar)), forwardUnits);
    for (Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.x = x.data() + row;
        s.hPrev = t > 0 ? cache.h.data() + row - B : nullptr; // h_{-1} = 0
        s.h = cache.h.data() + row;
        overUnitChunks<Scalar, ForwardRows<Scalar>::template At>(s, B);
    }
    return true;
}

template <typename Scalar>
bool RnnKernels<Scalar>::backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                                  int timesteps, int batch, RnnCache<Scalar> &cache, Ref dWih, Ref dWhh,
                                  VecRef dbih, VecRef dbhh, Ref *dX, const StopFlag *stop)
{
    const Index I = Wih.cols(), H = Whh.cols(), B = batch, T = timesteps, TB = T * B;
    eigen_assert(TB <= cache.h.rows() && dH.rows() >= TB && dH.cols() == H);
    eigen_assert(cache.da.outerStride() == cache.h.outerStride() && dWih.outerStride() == H
                 && dWhh.outerStride() == H && dbih.innerStride() == 1);
    Scalar *packed = cache.packed.data();
    packColumns(Whh.data(), H, H, backwardUnits, packed + offWhColumns(I, H));

    RnnBackwardStep<Scalar> s{};
    s.H = H;
    s.lddH = dH.outerStride();
    s.w = packed + offWhColumns(I, H);
    s.ld = cache.h.outerStride();
    chooseUnitChunk<Scalar>(s, B, H * Index(sizeof(Scalar)), backwardUnits);
    for (Index t = T - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.dH = dH.data() + row;
        s.daNext = t < T - 1 ? cache.da.data() + row + B : nullptr;
        s.h = cache.h.data() + row;
        s.da = cache.da.data() + row;
        overUnitChunks<Scalar, BackwardRows<Scalar>::template At>(s, B);
    }

    // (26): the sums over the steps, one product each, the bias with dWih; h_{-1} = 0 adds
    // nothing to dW_hh.
    const Index ld = cache.da.outerStride();
    if (!transposedProduct(TB, H, cache.da.data(), ld, I, x.data(), x.outerStride(), dWih.data(), H, dbih.data(),
                           stop)
        || !transposedProduct(TB - B, H, cache.da.data() + B, ld, H, cache.h.data(), cache.h.outerStride(),
                              dWhh.data(), H, static_cast<Scalar *>(nullptr), stop))
        return false;
    dbhh = dbih;
    if (!dX)
        return true;
    Scalar *wx = packed + offWxColumns(I, H);
    packColumns(Wih.data(), H, I, backwardUnits, wx);
    return sequenceProduct(TB, H, I, cache.da.data(), ld, wx, dX->data(), dX->outerStride(), stop);
}

template class RnnKernels<float>;
template class RnnKernels<double>;

} // namespace lstmlab
