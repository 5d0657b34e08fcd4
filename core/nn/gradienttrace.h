#pragma once

// How large the loss gradient is where it reaches each time step of each layer: the batch mean
// of ||dL/dh^l_t|| (and, for the LSTM, of ||dL/dc^l_t||) over a probe batch of windows, in
// evaluation mode (Network::gradientTrace(), equations (35)-(36) in network.h). The panel of
// gradients through time draws exactly this; a plain value that crosses threads by copy
// (L*T doubles, or twice that for the LSTM).

#include <cstddef>
#include <vector>

namespace lstmlab {

struct GradientTrace {
    int layers = 0;            // L
    int timesteps = 0;         // T; step T-1 is the one the head reads (the output end)
    int windows = 0;           // the probe batch's size B
    bool hasCellState = false; // the LSTM: dc is filled
    double loss = 0.0;         // the probe batch's MSE (15)
    std::vector<double> dh;    // [l * T + t]: (35), the batch mean of ||dL/dh^l_t||
    std::vector<double> dc;    // [l * T + t]: (36), the batch mean of ||dL/dc^l_t||; empty unless LSTM

    bool empty() const { return dh.empty(); }
    double dhNorm(int layer, int t) const { return dh[std::size_t(layer) * timesteps + t]; }
    double dcNorm(int layer, int t) const { return dc[std::size_t(layer) * timesteps + t]; }
};

} // namespace lstmlab
