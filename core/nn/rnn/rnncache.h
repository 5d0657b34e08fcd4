#pragma once

// What a plain RNN layer's forward pass keeps for its backward pass (rnnlayer.h), shared by the
// reference (rnnreference.h) and the kernels (kernels/rnnkernels.h) that RnnLayer runs.
//
// Shapes (legend): B = batch, T = timesteps, I = input width, H = num_units.
// Every sequence is (T*B, width) with row t*B + b (lstmlayer.h), in the top T*B rows: the
// buffers are sized once for a batch capacity.

#include "lstmcache.h"

namespace lstmlab {

template <typename Scalar>
struct RnnCache {
    Matrix<Scalar> h;      // (T*B, H) hidden state (24), the layer's output
    Matrix<Scalar> da;     // (T*B, H) pre-activation gradient (26)
    Matrix<Scalar> dhPrev; // (B, H)   the recurrent part of dh, carried down the time steps (26)
    Vector<Scalar> packed; // the kernels' copy of the weights, rearranged, refreshed every call

    // Sizes every buffer for timesteps * batchCapacity rows and zeroes it.
    void resize(int inputSize, int units, int timesteps, int batchCapacity);
};

extern template struct RnnCache<float>;
extern template struct RnnCache<double>;

} // namespace lstmlab
