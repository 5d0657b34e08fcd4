#pragma once

// What an LSTM layer's forward pass keeps for its backward pass, shared by the reference
// (lstmreference.h), the kernels (kernels/lstmkernels.h) and LstmLayer, which runs the kernels.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Every sequence is (T*B, width) with row t*B + b (lstmlayer.h), in the top T*B rows: the
// buffers are sized once for a batch capacity.

#include <Eigen/Core>

namespace lstmlab {

template <typename Scalar>
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
template <typename Scalar>
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

// The state a layer starts from and ends in, (B, H) each: carried from batch to batch by a
// character-level network (the text streams go on), zero for a window of the sine.
template <typename Scalar>
struct LstmState {
    Matrix<Scalar> h; // (B, H)
    Matrix<Scalar> c; // (B, H)
    void resize(int batch, int units); // sized and zeroed
};

template <typename Scalar>
struct LstmCache {
    Matrix<Scalar> gates;  // (T*B, 4H) activated i, f, g, o (1)-(4): column gate*H + unit
    Matrix<Scalar> c;      // (T*B, H)  cell state (5)
    Matrix<Scalar> tanhC;  // (T*B, H)  tanh(c)
    Matrix<Scalar> h;      // (T*B, H)  hidden state (6)
    Matrix<Scalar> dGates; // (T*B, 4H) pre-activation gradient da (10)
    Matrix<Scalar> dc;     // (B, H)    dL/dc_{t+1} * f_{t+1}, carried down the time steps (8)
    Vector<Scalar> packed; // the kernels' copy of the weights, rearranged, refreshed every call
    // The state forward() started from, for backward()'s t = 0 terms; zero when hasInitial is false
    Matrix<Scalar> h0;     // (B, H) h_{-1}
    Matrix<Scalar> c0;     // (B, H) c_{-1}
    bool hasInitial = false;

    // Sizes every buffer for timesteps * batchCapacity rows and zeroes it.
    void resize(int inputSize, int units, int timesteps, int batchCapacity);
};

extern template struct LstmState<float>;
extern template struct LstmState<double>;
extern template struct LstmCache<float>;
extern template struct LstmCache<double>;

} // namespace lstmlab
