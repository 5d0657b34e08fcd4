#pragma once

// One GRU layer (gated recurrent unit, Cho et al. 2014) in torch.nn.GRU's parameterisation and
// gate order (r, z, n).
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// A sequence is one (T*B, width) block whose row t*B + b is sample b at time step t, as in
// lstmlayer.h; buffers are sized once for a batch capacity and a smaller batch uses their top
// T*B rows.
//
// The equations, numbered after the plain RNN's (24)-(26), with sigma the logistic function;
// h_{-1} = 0:
//   (27) r_t = sigma(W_ir x_t + b_ir + W_hr h_{t-1} + b_hr)          reset gate
//   (28) z_t = sigma(W_iz x_t + b_iz + W_hz h_{t-1} + b_hz)          update gate
//   (29) n_t =  tanh(W_in x_t + b_in + r_t * (W_hn h_{t-1} + b_hn))  candidate
//   (30) h_t = (1 - z_t) * n_t + z_t * h_{t-1}                        hidden state (the output)
// W_ih stacks W_ir, W_iz, W_in by rows (3H, I), W_hh likewise (3H, H); b_ih and b_hh likewise.
// Where the LSTM keeps a separate cell state, the GRU's h_t is its own highway: with z_t near 1,
// (30) copies h_{t-1} on, and so does the gradient.
//
// Backward, with dh_t = dL/dh_t from above plus the recurrent part from step t+1:
//   (31) dn = dh_t * (1 - z),  dz = dh_t * (h_{t-1} - n)
//        da_n = dn * (1 - n^2),  da_r = da_n * (W_hn h_{t-1} + b_hn) * r (1 - r),
//        da_z = dz * z (1 - z)
//   (32) dGi_t = [da_r; da_z; da_n]         gradient of the input half W_ih x_t + b_ih
//        dGh_t = [da_r; da_z; da_n * r]     gradient of the recurrent half W_hh h_{t-1} + b_hh
//   (33) dh_{t-1} += dh_t * z + W_hh^T dGh_t,  dx_t = W_ih^T dGi_t
//   (34) dW_ih = sum_t dGi_t x_t^T,  db_ih = sum_t dGi_t,
//        dW_hh = sum_t dGh_t h_{t-1}^T,  db_hh = sum_t dGh_t
//
// A layer that carries its state from one batch to the next (a text network's streams go on)
// starts from a given h_{-1} instead of zero (the *FromState and *Tokens functions); nothing
// flows back into that state (truncated backpropagation through time): it enters backward only
// through dz_0 = dh_0 * (h_{-1} - n_0) and dW_hh += dGh_0 h_{-1}^T.
//   (29') a one-hot input x_t = e_token (the *Tokens functions): W_ih x_t = W_ih(:, token), a
//         column looked up, never a product with the one-hot vector;
//         backward: dW_ih(:, token_t) += dGi_t, a scatter-add of rows.
//
// Two implementations compute these: plain Eigen written to be read, one time step after the
// other (the *FromState and *Tokens functions, which the text task runs; GruReference is
// forwardFromState()/backwardFromState() from h_{-1} = 0), and the kernels
// (kernels/grukernels.h), written to be fast, which forward() and backward() run;
// tst_grukernels holds them to the reference.

#include "grucache.h"
#include "stopflag.h"

#include <Eigen/Core>

#include <span>

namespace lstmlab {

template <typename Scalar>
class GruLayer
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
    using Cache = GruCache<Scalar>;

    GruLayer(int inputSize, int units) : m_inputSize(inputSize), m_units(units) {}

    int inputSize() const { return m_inputSize; }
    int units() const { return m_units; }

    static Eigen::Index parameterCount(int inputSize, int units)
    {
        return Eigen::Index(3) * units * (inputSize + units + 2);
    }
    Eigen::Index parameterCount() const { return parameterCount(m_inputSize, m_units); }

    // The parameters and gradients live in the network's flat buffers, in PyTorch's order
    // weight_ih, weight_hh, bias_ih, bias_hh (each column-major); bind() points at the slices.
    void bind(Scalar *parameters, Scalar *gradients)
    {
        m_params = parameters;
        m_grads = gradients;
    }

    MatMap Wih() { return MatMap(m_params, 3 * m_units, m_inputSize); }          // (3H, I)
    MatMap Whh() { return MatMap(m_params + offWhh(), 3 * m_units, m_units); }  // (3H, H)
    VecMap bih() { return VecMap(m_params + offBih(), 3 * m_units); }           // (3H)
    VecMap bhh() { return VecMap(m_params + offBhh(), 3 * m_units); }           // (3H)
    ConstMatMap Wih() const { return ConstMatMap(m_params, 3 * m_units, m_inputSize); }
    ConstMatMap Whh() const { return ConstMatMap(m_params + offWhh(), 3 * m_units, m_units); }
    ConstVecMap bih() const { return ConstVecMap(m_params + offBih(), 3 * m_units); }
    ConstVecMap bhh() const { return ConstVecMap(m_params + offBhh(), 3 * m_units); }
    MatMap dWih() { return MatMap(m_grads, 3 * m_units, m_inputSize); }
    MatMap dWhh() { return MatMap(m_grads + offWhh(), 3 * m_units, m_units); }
    VecMap dbih() { return VecMap(m_grads + offBih(), 3 * m_units); }
    VecMap dbhh() { return VecMap(m_grads + offBhh(), 3 * m_units); }

    // x: (T*B, I). Fills cache.gates, hn and h (27)-(30) for the top T*B rows, from h_{-1} = 0.
    // Returns false, its outputs partly written, when `stop` was raised (read once per step).
    bool forward(const ConstRef &x, int timesteps, int batch, Cache &cache, const StopFlag *stop = nullptr) const;
    // dH: (T*B, H) dL/dh_t from the layer above (or the head), x: the forward input.
    // Writes the parameter gradients (overwriting), cache.dGi, dGh and, when dX is given,
    // dL/dx (T*B, I).
    bool backward(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, Cache &cache, Ref *dX,
                  const StopFlag *stop = nullptr);

    // forward() from the state h0 (its top B rows, (B, H)) instead of zero.
    bool forwardFromState(const ConstRef &x, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                          const StopFlag *stop = nullptr) const;
    // One-hot input (29'): x_t is the one-hot vector of tokens[t*B + b] (0 <= token < inputSize()),
    // so W_ih x_t is the column W_ih(:, token): a lookup. From the state h0, as forwardFromState().
    bool forwardTokens(std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                       const StopFlag *stop = nullptr) const;
    // backward() after forwardFromState() with the same h0 (its terms at t = 0 included).
    bool backwardFromState(const ConstRef &dH, const ConstRef &x, int timesteps, int batch, const ConstRef &h0,
                           Cache &cache, Ref *dX, const StopFlag *stop = nullptr);
    // backward() after forwardTokens() with the same h0: dW_ih(:, token) += dGi rows (29'); no dX.
    bool backwardTokens(const ConstRef &dH, std::span<const int> tokens, int timesteps, int batch, const ConstRef &h0,
                        Cache &cache, const StopFlag *stop = nullptr);

    // Inference: the weights packed once by prepareInference() (again whenever the parameters
    // change), then infer() runs (27)-(30) from h_{-1} = 0 keeping only h (T*B, H).
    void prepareInference(Vec &packed) const;
    bool infer(const Vec &packed, const ConstRef &x, int timesteps, int batch, Ref h,
               const StopFlag *stop = nullptr) const;

private:
    // (27)-(30) over the steps from h0, cache.gates' top T*B rows holding the input halves
    // W_ih x_t + b_ih on entry and r, z, n on return.
    bool recurrence(int timesteps, int batch, const ConstRef &h0, Cache &cache, const StopFlag *stop) const;
    // (31)-(33) back over the steps, and of (34) dW_hh (h0's term included), db_ih and db_hh;
    // dW_ih is the caller's (a product or a scatter-add).
    bool recurrenceBackward(const ConstRef &dH, int timesteps, int batch, const ConstRef &h0, Cache &cache,
                            const StopFlag *stop);

    Eigen::Index offWhh() const { return Eigen::Index(3) * m_units * m_inputSize; }
    Eigen::Index offBih() const { return offWhh() + Eigen::Index(3) * m_units * m_units; }
    Eigen::Index offBhh() const { return offBih() + 3 * m_units; }

    int m_inputSize;
    int m_units;
    Scalar *m_params = nullptr;
    Scalar *m_grads = nullptr;
};

extern template class GruLayer<float>;
extern template class GruLayer<double>;

} // namespace lstmlab
