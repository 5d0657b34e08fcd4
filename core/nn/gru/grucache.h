#pragma once

// What a GRU layer's forward pass keeps for its backward pass (grulayer.h), shared by the
// reference (grureference.h) and the kernels (kernels/grukernels.h) that GruLayer runs.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Every sequence is (T*B, width) with row t*B + b (lstmlayer.h), in the top T*B rows: the
// buffers are sized once for a batch capacity.

#include "lstmcache.h"

namespace lstmlab {

template <typename Scalar>
struct GruCache {
    Matrix<Scalar> gates;  // (T*B, 3H) activated r, z, n (27)-(29): column gate*H + unit
    Matrix<Scalar> hn;     // (T*B, H)  W_hn h_{t-1} + b_hn, the part of (29) that r scales
    Matrix<Scalar> h;      // (T*B, H)  hidden state (30), the layer's output
    Matrix<Scalar> dGi;    // (T*B, 3H) gradient of the input half W_ih x_t + b_ih (32)
    Matrix<Scalar> dGh;    // (T*B, 3H) gradient of the recurrent half W_hh h_{t-1} + b_hh (32)
    Matrix<Scalar> gh;     // (B, 3H)   one step's recurrent half, a work buffer of forward
    Matrix<Scalar> dh;     // (B, H)    one step's dh_t, a work buffer of backward
    Matrix<Scalar> dhPrev; // (B, H)    the recurrent part of dh, carried down the time steps (33)
                           //           (the kernels carry its first term, dh_t * z_t, only)
    Vector<Scalar> packed; // the kernels' copy of the weights, rearranged, refreshed every call

    // Sizes every buffer for timesteps * batchCapacity rows and zeroes it.
    void resize(int inputSize, int units, int timesteps, int batchCapacity);
};

extern template struct GruCache<float>;
extern template struct GruCache<double>;

} // namespace lstmlab
