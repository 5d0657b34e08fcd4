#pragma once

// One LSTM layer in PyTorch's parameterisation and gate order (i, f, g, o).
//
// Shapes (legend):
//   B = batch, T = timesteps, I = input width, H = num_units (the width of every gate's layer)
//   A sequence is stored as one (T*B, width) column-major block whose row t*B + b is sample b
//   at time step t: the rows of one time step are contiguous, so the batch is the direction
//   the CPU's vector instructions run along and one time step is a row block. Buffers are
//   sized once for a batch capacity; a call with a smaller batch uses their top T*B rows.
//
// The equations, for every time step t, with sigma the logistic function; h_{-1} and c_{-1} are
// zero, or the initial state given (LstmState, lstmcache.h: a text network carries it over):
//   (1) i_t = sigma(W_ii x_t + b_ii + W_hi h_{t-1} + b_hi)     input gate
//   (2) f_t = sigma(W_if x_t + b_if + W_hf h_{t-1} + b_hf)     forget gate
//   (3) g_t =  tanh(W_ig x_t + b_ig + W_hg h_{t-1} + b_hg)     cell candidate
//   (4) o_t = sigma(W_io x_t + b_io + W_ho h_{t-1} + b_ho)     output gate
//   (5) c_t = f_t * c_{t-1} + i_t * g_t                         cell state
//   (6) h_t = o_t * tanh(c_t)                                   hidden state (the layer's output)
// Wih stacks W_ii, W_if, W_ig, W_io by rows, Whh likewise; bih and bhh likewise.
//   (1') a one-hot input x_t = e_token (the *Tokens functions): W_i* x_t = Wih(:, token), a
//        column looked up, never a product with the one-hot vector.
//
// Backward, with dh_t = dL/dh_t from above plus the recurrent part from step t+1:
//   (7)  do_t = dh_t * tanh(c_t)
//   (8)  dc_t = dc_{t+1} * f_{t+1} + dh_t * o_t * (1 - tanh^2(c_t))
//   (9)  di_t = dc_t * g_t,   dg_t = dc_t * i_t,   df_t = dc_t * c_{t-1}
//   (10) da = [di*i(1-i); df*f(1-f); dg*(1-g^2); do*o(1-o)]     pre-activation gradient (4H)
//   (11) dh_{t-1} += Whh^T da_t,  dx_t = Wih^T da_t
//   (12) dWih = sum_t da_t x_t^T,  dWhh = sum_t da_t h_{t-1}^T,  dbih = dbhh = sum_t da_t
//   (12') one-hot: dWih(:, token_t) += da_t, a scatter-add of rows.
// Nothing flows back into an initial state (truncated backpropagation through time): it
// enters backward only through h_{-1} in dWhh and c_{-1} in df_0.
//
// Two implementations compute these: LstmReference (lstmreference.h), plain Eigen written to be
// read, one time step after the other; and the kernels (kernels/lstmkernels.h), written to be
// fast. This class runs the kernels; tst_lstmlayer holds them to the reference.

#include "lstmcache.h"
#include "stopflag.h"

#include <Eigen/Core>

#include <span>

namespace lstmlab {

template <typename Scalar>
class LstmLayer
{
public:
    using Mat = Matrix<Scalar>;
    using Vec = Vector<Scalar>;
    using MatMap = Eigen::Map<Mat>;
    using ConstMatMap = Eigen::Map<const Mat>;
    using VecMap = Eigen::Map<Vec>;
    using ConstVecMap = Eigen::Map<const Vec>;
    using Ref = Eigen::Ref<Mat>;
    using ConstRef = Eigen::Ref<const Mat>;

    // What forward() keeps for backward(), sized once for a batch capacity (lstmcache.h).
    using Cache = LstmCache<Scalar>;

    LstmLayer(int inputSize, int units) : m_inputSize(inputSize), m_units(units) {}

    int inputSize() const { return m_inputSize; }
    int units() const { return m_units; }

    static Eigen::Index parameterCount(int inputSize, int units)
    {
        return Eigen::Index(4) * units * (inputSize + units + 2);
    }
    Eigen::Index parameterCount() const { return parameterCount(m_inputSize, m_units); }

    // The layer's parameters and gradients live in the network's flat buffers, in the order
    // Wih, Whh, bih, bhh (each column-major); bind() points the layer at its slices.
    void bind(Scalar *parameters, Scalar *gradients)
    {
        m_params = parameters;
        m_grads = gradients;
    }

    MatMap Wih() { return MatMap(m_params, 4 * m_units, m_inputSize); }          // (4H, I)
    MatMap Whh() { return MatMap(m_params + offWhh(), 4 * m_units, m_units); }  // (4H, H)
    VecMap bih() { return VecMap(m_params + offBih(), 4 * m_units); }           // (4H)
    VecMap bhh() { return VecMap(m_params + offBhh(), 4 * m_units); }           // (4H)
    ConstMatMap Wih() const { return ConstMatMap(m_params, 4 * m_units, m_inputSize); }
    ConstMatMap Whh() const { return ConstMatMap(m_params + offWhh(), 4 * m_units, m_units); }
    ConstVecMap bih() const { return ConstVecMap(m_params + offBih(), 4 * m_units); }
    ConstVecMap bhh() const { return ConstVecMap(m_params + offBhh(), 4 * m_units); }
    MatMap dWih() { return MatMap(m_grads, 4 * m_units, m_inputSize); }
    MatMap dWhh() { return MatMap(m_grads + offWhh(), 4 * m_units, m_units); }
    VecMap dbih() { return VecMap(m_grads + offBih(), 4 * m_units); }
    VecMap dbhh() { return VecMap(m_grads + offBhh(), 4 * m_units); }

    // x: (T*B, I). Fills cache.gates, c, tanhC and h for the top T*B rows, starting from
    // `initial` (its top B rows; kept in the cache for backward()) or, when null, from zero.
    // Every pass below returns false, its outputs partly written, when `stop` was raised
    // (stopflag.h: read once per time step); true when it ran to the end.
    bool forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop = nullptr,
                 const LstmState<Scalar> *initial = nullptr) const;
    // One-hot input (1'): x_t is the one-hot vector of tokens[t*B + b] (0 <= token < inputSize()),
    // so W_i* x_t is the column Wih(:, token): a lookup, never a dense product with a one-hot matrix.
    bool forwardTokens(std::span<const int> tokens, int timesteps, int batch, Cache &cache,
                       const StopFlag *stop = nullptr, const LstmState<Scalar> *initial = nullptr) const;

    // dH: (T*B, H) dL/dh_t from the layer above (or the head), x: the forward input.
    // Writes the parameter gradients (overwriting) and, when dX is given, dL/dx (T*B, I).
    // It honours the initial state forward() was given (the t = 0 terms); none of the gradient
    // flows into that state.
    bool backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache,
                  Ref *dX, const StopFlag *stop = nullptr);
    // backward() after forwardTokens(): dWih(:, token) += da rows (12'); no dX.
    bool backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch, Cache &cache,
                        const StopFlag *stop = nullptr);

    // The state after the last time step of the last forward() (rows (T-1)*B.. of cache.h
    // and cache.c), into out (resized to (B, H) when its size differs).
    static void finalState(const Cache &cache, int timesteps, int batch, LstmState<Scalar> &out);

    // Evaluation only: (1)-(6) keeping nothing for backward(). x: (T*B, I); every h_t goes to
    // h (T*B, H), the running cell state to c (B, H). `packed` holds the weights arranged for
    // the kernels by prepareInference(), to be called again whenever the parameters change.
    // With `initial` the run starts from it (it may be c itself, but must not overlap h); a
    // caller carrying the state on takes h's last row block and c.
    void prepareInference(Vec &packed) const;
    bool infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h, Ref c,
               const StopFlag *stop = nullptr, const LstmState<Scalar> *initial = nullptr) const;
    // infer() for a one-hot input (1'), tokens as in forwardTokens().
    bool inferTokens(const Vec &packed, std::span<const int> tokens, int timesteps, int batch, Ref h, Ref c,
                     const StopFlag *stop = nullptr, const LstmState<Scalar> *initial = nullptr) const;

private:
    Eigen::Index offWhh() const { return Eigen::Index(4) * m_units * m_inputSize; }
    Eigen::Index offBih() const { return offWhh() + Eigen::Index(4) * m_units * m_units; }
    Eigen::Index offBhh() const { return offBih() + 4 * m_units; }

    int m_inputSize;
    int m_units;
    Scalar *m_params = nullptr;
    Scalar *m_grads = nullptr;
};

extern template class LstmLayer<float>;
extern template class LstmLayer<double>;

} // namespace lstmlab
