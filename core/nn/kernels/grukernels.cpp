#include "grukernels.h"

#include "activation.h"
#include "packetloops.h"

namespace lstmlab {

namespace {

using namespace kernels; // packetloops.h

// The forward kernel's accumulators for one unit, per packet of rows: the input half of n,
// r's and z's two halves summed, and the recurrent half of n. Wih is packed n, r, z (slots 0-2)
// and Whh r, z, n (slots 1-3), so that each is one run of accumulate().
enum Slot { InputN = 0, R = 1, Z = 2, HiddenN = 3, slots = 4 };

// Pointers into one time step t: every sequence pointer is already offset to row t*B.
template <typename Scalar>
struct GruForwardStep {
    Index I, H;
    const Scalar *x;     // x_t (B, I), leading dimension ldx
    Index ldx;
    const Scalar *hPrev; // h_{t-1} (B, H), or null at t = 0; leading dimension ld
    const Scalar *wx;    // Wih packed by unit: [u*3*I + k*3 + slot], slots n, r, z
    const Scalar *wh;    // Whh packed by unit: [u*3*H + k*3 + slot], slots r, z, n
    const Scalar *bias;  // [u*4 + slot]: b_in, b_ir + b_hr, b_iz + b_hz, b_hn
    Scalar *gates, *hn, *h; // (B, 3H), (B, H), (B, H) at step t; gates and hn unused by Infer
    Index ld;            // of every sequence of the cache
    Index uBegin, uEnd, uChunk; // the units of this pass (overUnitChunks)
};

// Train: r, z, n and W_hn h_{t-1} are stored for backward; Infer: only h_t.
enum class Mode { Train, Infer };

// (27)-(30) for MR packets of rows from m and unit u.
template <typename Scalar, Mode mode, typename Packet, int MR>
EIGEN_ALWAYS_INLINE void forwardBlock(const GruForwardStep<Scalar> &s, Index m, Index u)
{
    constexpr int P = lanes<Packet>;
    Packet acc[slots][MR];
    for (int slot = 0; slot < slots; ++slot) {
        const Packet b = ei::pset1<Packet>(s.bias[4 * u + slot]);
        for (int r = 0; r < MR; ++r)
            acc[slot][r] = b;
    }
    accumulate<Scalar, Packet, MR, 3, InputN>(acc, s.I, s.x + m, s.ldx, s.wx + u * 3 * s.I);
    if (s.hPrev)
        accumulate<Scalar, Packet, MR, 3, R>(acc, s.H, s.hPrev + m, s.ld, s.wh + u * 3 * s.H);
    const Packet one = ei::pset1<Packet>(Scalar(1));
    LSTMLAB_UNROLL
    for (int r = 0; r < MR; ++r) {
        const Index row = m + r * P;
        const Packet reset = activation::sigmoid(acc[R][r]);                           // (27)
        const Packet update = activation::sigmoid(acc[Z][r]);                          // (28)
        const Packet n = activation::tanh(ei::pmadd(reset, acc[HiddenN][r], acc[InputN][r])); // (29)
        Packet h = ei::pmul(ei::psub(one, update), n);                                 // (30)
        if (s.hPrev)
            h = ei::padd(h, ei::pmul(update, ei::ploadu<Packet>(s.hPrev + u * s.ld + row)));
        if constexpr (mode == Mode::Train) {
            ei::pstoreu(s.gates + u * s.ld + row, reset);
            ei::pstoreu(s.gates + (s.H + u) * s.ld + row, update);
            ei::pstoreu(s.gates + (2 * s.H + u) * s.ld + row, n);
            ei::pstoreu(s.hn + u * s.ld + row, acc[HiddenN][r]);
        }
        ei::pstoreu(s.h + u * s.ld + row, h);
    }
}

template <typename Scalar, Mode mode>
struct ForwardRows {
    template <typename Packet, int MR>
    struct At {
        static EIGEN_DONT_INLINE void run(const GruForwardStep<Scalar> &s, Index m)
        {
            for (Index u = s.uBegin; u < s.uEnd; ++u)
                forwardBlock<Scalar, mode, Packet, MR>(s, m, u);
        }
    };
};

// Pointers into one time step t of backward(), offset to row t*B like GruForwardStep.
template <typename Scalar>
struct GruBackwardStep {
    Index H;
    const Scalar *dH;      // dL/dh_t from above (B, H), leading dimension lddH
    Index lddH;
    const Scalar *dGhNext; // dGh_{t+1} (B, 3H), or null at t = T-1
    const Scalar *w;       // Whh packed by column blocks: [u0*3H + k*w + unit] = Whh(k, u0+unit)
    const Scalar *gates, *hn;
    const Scalar *hPrev;   // h_{t-1}, or null at t = 0 (h_{-1} = 0)
    Scalar *dGi, *dGh;     // (B, 3H) at step t
    Index ld;              // of every sequence of the cache
    Scalar *carry;         // (B, H) dh_{t+1} * z_{t+1} in, dh_t * z_t out: (33)'s first term
    Index ldCarry;
    Index uBegin, uEnd, uChunk;
};

// (33)'s dh_t = dH_t + dh_{t+1} * z_{t+1} + W_hh^T dGh_{t+1}, then (31)-(32), for MR packets
// of rows from m and UR units from u0.
template <typename Scalar, typename Packet, int MR, int UR>
EIGEN_ALWAYS_INLINE void backwardBlock(const GruBackwardStep<Scalar> &s, Index m, Index u0)
{
    constexpr int P = lanes<Packet>;
    Packet acc[UR][MR];
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r) {
            acc[unit][r] = ei::ploadu<Packet>(s.dH + (u0 + unit) * s.lddH + m + r * P);
            if (s.dGhNext)
                acc[unit][r] = ei::padd(acc[unit][r],
                                        ei::ploadu<Packet>(s.carry + (u0 + unit) * s.ldCarry + m + r * P));
        }
    if (s.dGhNext)
        accumulate<Scalar, Packet, MR, UR>(acc, 3 * s.H, s.dGhNext + m, s.ld, s.w + u0 * 3 * s.H);
    const Packet one = ei::pset1<Packet>(Scalar(1));
    LSTMLAB_UNROLL
    for (int unit = 0; unit < UR; ++unit)
        for (int r = 0; r < MR; ++r) {
            const Index u = u0 + unit, row = m + r * P;
            const Index atR = u * s.ld + row, atZ = (s.H + u) * s.ld + row, atN = (2 * s.H + u) * s.ld + row;
            const Packet dh = acc[unit][r];
            const Packet reset = ei::ploadu<Packet>(s.gates + atR);
            const Packet update = ei::ploadu<Packet>(s.gates + atZ);
            const Packet n = ei::ploadu<Packet>(s.gates + atN);
            const Packet hn = ei::ploadu<Packet>(s.hn + u * s.ld + row);
            // (31): dz = dh * (h_{t-1} - n), dn = dh * (1 - z)
            const Packet hPrev = s.hPrev ? ei::ploadu<Packet>(s.hPrev + u * s.ld + row) : ei::pzero(dh);
            const Packet daZ = ei::pmul(ei::pmul(dh, ei::psub(hPrev, n)), ei::pmul(update, ei::psub(one, update)));
            const Packet daN = ei::pmul(ei::pmul(dh, ei::psub(one, update)), ei::psub(one, ei::pmul(n, n)));
            const Packet daR = ei::pmul(ei::pmul(daN, hn), ei::pmul(reset, ei::psub(one, reset)));
            // (32)
            ei::pstoreu(s.dGi + atR, daR);
            ei::pstoreu(s.dGi + atZ, daZ);
            ei::pstoreu(s.dGi + atN, daN);
            ei::pstoreu(s.dGh + atR, daR);
            ei::pstoreu(s.dGh + atZ, daZ);
            ei::pstoreu(s.dGh + atN, ei::pmul(daN, reset));
            ei::pstoreu(s.carry + u * s.ldCarry + row, ei::pmul(dh, update)); // (33), for step t-1
        }
}

template <typename Scalar>
struct BackwardRows {
    template <typename Packet, int MR>
    struct At {
        static EIGEN_DONT_INLINE void run(const GruBackwardStep<Scalar> &s, Index m)
        {
            overUnitBlocks<backwardUnits>(s.uBegin, s.uEnd, [&](Index u, auto width) LSTMLAB_INLINE_LAMBDA {
                backwardBlock<Scalar, Packet, MR, width()>(s, m, u);
            });
        }
    };
};


// cache.packed: Wih and Whh by unit, the biases, then Whh and Wih by column blocks (backward's
// W_hh^T dGh and dx).
Index offWh(Index I, Index H) { return 3 * H * I; }
Index offBias(Index I, Index H) { return 3 * H * (I + H); }
Index offWhColumns(Index I, Index H) { return 3 * H * (I + H) + 4 * H; }
Index offWxColumns(Index I, Index H) { return 3 * H * (I + 2 * H) + 4 * H; } // 3H * I values

// The forward half of cache.packed (up to offWhColumns): Wih and Whh by unit, then the biases.
template <typename Scalar>
void packForward(const Scalar *Wih, const Scalar *Whh, const Scalar *bih, const Scalar *bhh, Index I, Index H,
                 Scalar *packed)
{
    packGateRows(Wih, H, I, 3, 1, packed, 2); // n, r, z
    packGateRows(Whh, H, H, 3, 1, packed + offWh(I, H));
    Scalar *bias = packed + offBias(I, H);
    for (Index u = 0; u < H; ++u) {
        bias[4 * u + InputN] = bih[2 * H + u];
        bias[4 * u + R] = bih[u] + bhh[u];
        bias[4 * u + Z] = bih[H + u] + bhh[H + u];
        bias[4 * u + HiddenN] = bhh[2 * H + u];
    }
}

template <typename Scalar>
GruForwardStep<Scalar> forwardStepFor(Index I, Index H, const Scalar *packed, Index ldx, Index ld, Index batch)
{
    GruForwardStep<Scalar> s{};
    s.I = I;
    s.H = H;
    s.ldx = ldx;
    s.wx = packed;
    s.wh = packed + offWh(I, H);
    s.bias = packed + offBias(I, H);
    s.ld = ld;
    chooseUnitChunk<Scalar>(s, batch, (3 * (I + H) + 4) * Index(sizeof(Scalar)), 1);
    return s;
}

} // namespace

template <typename Scalar>
bool GruKernels<Scalar>::forward(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                 const ConstVecRef &bhh, const ConstRef &x, int timesteps, int batch,
                                 GruCache<Scalar> &cache, const StopFlag *stop)
{
    const Index I = Wih.cols(), H = Whh.cols(), B = batch;
    eigen_assert(Index(timesteps) * B <= cache.h.rows() && x.cols() == I);
    eigen_assert(cache.packed.size() >= offWxColumns(I, H) + 3 * H * I);
    eigen_assert(Wih.outerStride() == 3 * H && Whh.outerStride() == 3 * H);
    eigen_assert(cache.gates.outerStride() == cache.h.outerStride() && cache.hn.outerStride() == cache.h.outerStride());
    Scalar *packed = cache.packed.data();
    packForward(Wih.data(), Whh.data(), bih.data(), bhh.data(), I, H, packed);
    GruForwardStep<Scalar> s = forwardStepFor(I, H, packed, x.outerStride(), cache.h.outerStride(), B);
    for (Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.x = x.data() + row;
        s.hPrev = t > 0 ? cache.h.data() + row - B : nullptr; // h_{-1} = 0
        s.gates = cache.gates.data() + row;
        s.hn = cache.hn.data() + row;
        s.h = cache.h.data() + row;
        overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Train>::template At>(s, B);
    }
    return true;
}

template <typename Scalar>
bool GruKernels<Scalar>::backward(const ConstRef &Wih, const ConstRef &Whh, const ConstRef &dH, const ConstRef &x,
                                  int timesteps, int batch, GruCache<Scalar> &cache, Ref dWih, Ref dWhh,
                                  VecRef dbih, VecRef dbhh, Ref *dX, const StopFlag *stop)
{
    const Index I = Wih.cols(), H = Whh.cols(), B = batch, T = timesteps, TB = T * B;
    eigen_assert(TB <= cache.h.rows() && dH.rows() >= TB && dH.cols() == H);
    eigen_assert(cache.dGi.outerStride() == cache.h.outerStride() && cache.dGh.outerStride() == cache.h.outerStride());
    eigen_assert(dWih.outerStride() == 3 * H && dWhh.outerStride() == 3 * H && dbih.innerStride() == 1);
    Scalar *packed = cache.packed.data();
    packColumns(Whh.data(), 3 * H, H, backwardUnits, packed + offWhColumns(I, H));

    GruBackwardStep<Scalar> s{};
    s.H = H;
    s.lddH = dH.outerStride();
    s.w = packed + offWhColumns(I, H);
    s.ld = cache.h.outerStride();
    s.carry = cache.dhPrev.data();
    s.ldCarry = cache.dhPrev.outerStride();
    chooseUnitChunk<Scalar>(s, B, 3 * H * Index(sizeof(Scalar)), backwardUnits);
    for (Index t = T - 1; t >= 0; --t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.dH = dH.data() + row;
        s.dGhNext = t < T - 1 ? cache.dGh.data() + row + B : nullptr;
        s.gates = cache.gates.data() + row;
        s.hn = cache.hn.data() + row;
        s.hPrev = t > 0 ? cache.h.data() + row - B : nullptr;
        s.dGi = cache.dGi.data() + row;
        s.dGh = cache.dGh.data() + row;
        overUnitChunks<Scalar, BackwardRows<Scalar>::template At>(s, B);
    }

    // (34): the sums over the steps, one product each, b_ih with dW_ih; h_{-1} = 0 adds nothing
    // to dW_hh. b_hh's r and z parts are b_ih's (32); its n part is summed on its own.
    const Index ld = cache.h.outerStride();
    if (!transposedProduct(TB, 3 * H, cache.dGi.data(), ld, I, x.data(), x.outerStride(), dWih.data(), 3 * H,
                           dbih.data(), stop)
        || !transposedProduct(TB - B, 3 * H, cache.dGh.data() + B, ld, H, cache.h.data(), ld, dWhh.data(), 3 * H,
                              static_cast<Scalar *>(nullptr), stop))
        return false;
    dbhh.head(2 * H) = dbih.head(2 * H);
    dbhh.tail(H) = cache.dGh.block(0, 2 * H, TB, H).colwise().sum().transpose();
    if (!dX)
        return true;
    Scalar *wx = packed + offWxColumns(I, H);
    packColumns(Wih.data(), 3 * H, I, backwardUnits, wx);
    return sequenceProduct(TB, 3 * H, I, cache.dGi.data(), ld, wx, dX->data(), dX->outerStride(), stop);
}

template <typename Scalar>
void GruKernels<Scalar>::prepareInference(const ConstRef &Wih, const ConstRef &Whh, const ConstVecRef &bih,
                                          const ConstVecRef &bhh, Vec &packed)
{
    const Index I = Wih.cols(), H = Whh.cols();
    eigen_assert(Wih.outerStride() == 3 * H && Whh.outerStride() == 3 * H);
    if (packed.size() != offWhColumns(I, H))
        packed.resize(offWhColumns(I, H));
    packForward(Wih.data(), Whh.data(), bih.data(), bhh.data(), I, H, packed.data());
}

template <typename Scalar>
bool GruKernels<Scalar>::infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h,
                               const StopFlag *stop)
{
    const Index I = x.cols(), H = h.cols(), B = batch;
    eigen_assert(packed.size() == offWhColumns(I, H) && Index(timesteps) * B <= h.rows());
    GruForwardStep<Scalar> s = forwardStepFor(I, H, packed.data(), x.outerStride(), h.outerStride(), B);
    for (Index t = 0; t < timesteps; ++t) {
        if (stopRequested(stop))
            return false;
        const Index row = t * B;
        s.x = x.data() + row;
        s.hPrev = t > 0 ? h.data() + row - B : nullptr; // h_{-1} = 0
        s.h = h.data() + row;
        overUnitChunks<Scalar, ForwardRows<Scalar, Mode::Infer>::template At>(s, B);
    }
    return true;
}

template class GruKernels<float>;
template class GruKernels<double>;

} // namespace lstmlab
