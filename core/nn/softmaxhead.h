#pragma once

// The character-level network's output: a dense layer and a softmax over the V symbols at
// every time step, scored by cross-entropy against the next symbol (PyTorch's
// nn.Linear(H, V) followed by nn.CrossEntropyLoss, mean over rows).
//
// Shapes (legend): N = rows (T*B, one per time step and stream, LstmLayer's layout),
//   H = num_units of the last LSTM layer, V = vocabulary size.
//
//   (13) z_n = W h_n + b                     logits (V) for row n; W (V, H), b (V)
//   (14) p_n = softmax(z_n)                  computed as exp(z - max z) / sum, so no overflow
//   (15) L   = -(1/N) sum_n log p_n[y_n]     y_n the index of the next symbol
// Backward:
//   (16) dz_n = (p_n - onehot(y_n)) / N
//   (17) dW = sum_n dz_n h_n^T,  db = sum_n dz_n,  dh_n = W^T dz_n

#include "lstmcache.h"

#include <Eigen/Core>

#include <span>

namespace lstmlab {

template <typename Scalar>
class SoftmaxHead
{
public:
    using Mat = Matrix<Scalar>;
    using Vec = Vector<Scalar>;
    using ConstRef = Eigen::Ref<const Mat>;
    using Ref = Eigen::Ref<Mat>;
    using MatMap = Eigen::Map<Mat>;
    using ConstMatMap = Eigen::Map<const Mat>;
    using VecMap = Eigen::Map<Vec>;
    using ConstVecMap = Eigen::Map<const Vec>;

    SoftmaxHead(int units, int symbols) : m_units(units), m_symbols(symbols) {}

    int units() const { return m_units; }
    int symbols() const { return m_symbols; }
    static Eigen::Index parameterCount(int units, int symbols) { return Eigen::Index(symbols) * (units + 1); }
    Eigen::Index parameterCount() const { return parameterCount(m_units, m_symbols); }

    // Parameters and gradients live in the network's flat buffers: W (V, H) column-major, then b.
    void bind(Scalar *parameters, Scalar *gradients)
    {
        m_params = parameters;
        m_grads = gradients;
    }
    MatMap W() { return MatMap(m_params, m_symbols, m_units); }                                // (V, H)
    VecMap b() { return VecMap(m_params + Eigen::Index(m_symbols) * m_units, m_symbols); }     // (V)
    ConstMatMap W() const { return ConstMatMap(m_params, m_symbols, m_units); }
    ConstVecMap b() const { return ConstVecMap(m_params + Eigen::Index(m_symbols) * m_units, m_symbols); }
    MatMap dW() { return MatMap(m_grads, m_symbols, m_units); }
    VecMap db() { return VecMap(m_grads + Eigen::Index(m_symbols) * m_units, m_symbols); }

    // h: (N, H). Writes the probabilities (13)-(14) to probs (V, N), one column per row of h
    // (a column is contiguous: softmax and sampling read it in one pass).
    void forward(const ConstRef &h, Ref probs) const;

    // (15) for probs from forward() and targets y (N entries): the mean cross-entropy in nats.
    static Scalar loss(const ConstRef &probs, std::span<const int> targets);

    // (16)-(17): writes dW, db (overwriting) and dh (N, H). Turns probs into dz in place.
    void backward(const ConstRef &h, Ref probs, std::span<const int> targets, Ref dh);

private:
    int m_units;
    int m_symbols;
    Scalar *m_params = nullptr;
    Scalar *m_grads = nullptr;
};

extern template class SoftmaxHead<float>;
extern template class SoftmaxHead<double>;

} // namespace lstmlab
