#pragma once

// One plain (Elman) RNN layer with the tanh nonlinearity, in torch.nn.RNN's parameterisation:
// the cell the LSTM's gates were invented to improve on.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// A sequence is one (T*B, width) block whose row t*B + b is sample b at time step t, as in
// lstmlayer.h; buffers are sized once for a batch capacity and a smaller batch uses their top
// T*B rows.
//
// The equations, numbered after the LSTM's (1)-(12) and the networks' (13)-(23); h_{-1} = 0:
//   (24) h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)      hidden state (the layer's output)
// Backward, with dh_t = dL/dh_t from above plus the recurrent part from step t+1:
//   (25) da_t = dh_t * (1 - h_t^2)                               pre-activation gradient
//   (26) dh_{t-1} += W_hh^T da_t,  dx_t = W_ih^T da_t,
//        dW_ih = sum_t da_t x_t^T,  dW_hh = sum_t da_t h_{t-1}^T,  db_ih = db_hh = sum_t da_t
// A layer that carries its state from one batch to the next (a text network's streams go on)
// starts from a given h_{-1} instead of zero (the *FromState and *Tokens functions); nothing
// flows back into that state (truncated backpropagation through time): it enters backward only
// through dW_hh += da_0 h_{-1}^T.
//   (24') a one-hot input x_t = e_token (the *Tokens functions): W_ih x_t = W_ih(:, token), a
//         column looked up, never a product with the one-hot vector;
//         backward: dW_ih(:, token_t) += da_t, a scatter-add of rows.
// The gradient reaching step t from step t+k is a product of k factors W_hh^T diag(1 - h^2):
// it shrinks (or grows) geometrically with k, which is why the LSTM carries a cell state.
//
// Two implementations compute these: plain Eigen written to be read, one time step after the
// other (the *FromState and *Tokens functions, which the text task runs; RnnReference is
// forwardFromState()/backwardFromState() from h_{-1} = 0), and the kernels
// (kernels/rnnkernels.h), written to be fast, which forward() and backward() run;
// tst_rnnkernels holds them to the reference.

#include "rnncache.h"
#include "stopflag.h"

#include <Eigen/Core>

#include <span>

namespace lstmlab {

template <typename Scalar>
class RnnLayer
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
    using Cache = RnnCache<Scalar>;

    RnnLayer(int inputSize, int units) : m_inputSize(inputSize), m_units(units) {}

    int inputSize() const { return m_inputSize; }
    int units() const { return m_units; }

    static Eigen::Index parameterCount(int inputSize, int units)
    {
        return Eigen::Index(units) * (inputSize + units + 2);
    }
    Eigen::Index parameterCount() const { return parameterCount(m_inputSize, m_units); }

    // The parameters and gradients live in the network's flat buffers, in PyTorch's order
    // weight_ih, weight_hh, bias_ih, bias_hh (each column-major); bind() points at the slices.
    void bind(Scalar *parameters, Scalar *gradients)
    {
        m_params = parameters;
        m_grads = gradients;
    }

    MatMap Wih() { return MatMap(m_params, m_units, m_inputSize); }          // (H, I)
    MatMap Whh() { return MatMap(m_params + offWhh(), m_units, m_units); }  // (H, H)
    VecMap bih() { return VecMap(m_params + offBih(), m_units); }           // (H)
    VecMap bhh() { return VecMap(m_params + offBhh(), m_units); }           // (H)
    ConstMatMap Wih() const { return ConstMatMap(m_params, m_units, m_inputSize); }
    ConstMatMap Whh() const { return ConstMatMap(m_params + offWhh(), m_units, m_units); }
    ConstVecMap bih() const { return ConstVecMap(m_params + offBih(), m_units); }
    ConstVecMap bhh() const { return ConstVecMap(m_params + offBhh(), m_units); }
    MatMap dWih() { return MatMap(m_grads, m_units, m_inputSize); }
    MatMap dWhh() { return MatMap(m_grads + offWhh(), m_units, m_units); }
    VecMap dbih() { return VecMap(m_grads + offBih(), m_units); }
    VecMap dbhh() { return VecMap(m_grads + offBhh(), m_units); }

    // x: (T*B, I). Fills cache.h (24) for the top T*B rows, from h_{-1} = 0. Returns false,
    // its output partly written, when `stop` was raised (read once per time step).
    bool forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop = nullptr) const;
    // dH: (T*B, H) dL/dh_t from the layer above (or the head), x: the forward input.
    // Writes the parameter gradients (overwriting), cache.da and, when dX is given, dL/dx (T*B, I).
    bool backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache, Ref *dX,
                  const StopFlag *stop = nullptr);

    // forward() from the state h0 (its top B rows, (B, H)) instead of zero.
    bool forwardFromState(const ConstRef &x, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                          const StopFlag *stop = nullptr) const;
    // One-hot input (24'): x_t is the one-hot vector of tokens[t*B + b] (0 <= token < inputSize()),
    // so W_ih x_t is the column W_ih(:, token): a lookup. From the state h0, as forwardFromState().
    bool forwardTokens(std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                       const StopFlag *stop = nullptr) const;
    // backward() after forwardFromState() with the same h0: it adds h0's term to dW_hh.
    bool backwardFromState(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, const ConstRef &h0,
                           Cache &cache, Ref *dX, const StopFlag *stop = nullptr);
    // backward() after forwardTokens() with the same h0: dW_ih(:, token) += da rows (24'); no dX.
    bool backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0,
                        Cache &cache, const StopFlag *stop = nullptr);

private:
    // (24) over the steps from h0, cache.h's top T*B rows holding the input halves
    // W_ih x_t + b_ih + b_hh on entry and h_t on return.
    bool recurrence(int timesteps, int batch, const ConstRef &h0, Cache &cache, const StopFlag *stop) const;
    // (25)-(26) back over the steps: cache.da, dW_hh (h0's term included), db_ih and db_hh;
    // dW_ih is the caller's (a product or a scatter-add).
    bool recurrenceBackward(const ConstRef &dH, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                            const StopFlag *stop);

    Eigen::Index offWhh() const { return Eigen::Index(m_units) * m_inputSize; }
    Eigen::Index offBih() const { return offWhh() + Eigen::Index(m_units) * m_units; }
    Eigen::Index offBhh() const { return offBih() + m_units; }

    int m_inputSize;
    int m_units;
    Scalar *m_params = nullptr;
    Scalar *m_grads = nullptr;
};

extern template class RnnLayer<float>;
extern template class RnnLayer<double>;

} // namespace lstmlab
