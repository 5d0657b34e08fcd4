#pragma once

// A gate trace of a freshly initialised network of any cell reading a few sine samples: what
// the views of the GRU's and the plain RNN's gates are tested with.

#include "network.h"

#include <cmath>
#include <random>

inline lstmlab::GateTrace cellTrace(lstmlab::RecurrentCell cell, int units, int layers, int timesteps)
{
    lstmlab::ModelConfig config;
    config.cell = cell;
    config.units = units;
    config.layers = layers;
    config.timesteps = timesteps;
    lstmlab::Network<float> net(config);
    std::mt19937 rng(3);
    net.initialise(rng);
    lstmlab::Matrix<float> window(timesteps, 1);
    for (int t = 0; t < timesteps; ++t)
        window(t, 0) = std::sin(0.4f * float(t));
    lstmlab::GateTrace trace = net.trace(window);
    trace.window = 0;
    return trace;
}
