#pragma once

// Everything one input window did inside the network: per layer, the activated gates
// i, f, g, o, the cell state c and the hidden state h for every unit and time step, plus
// the two halves of each gate's pre-activation (the input part W_i* x_t + b_i* and the
// recurrent part W_h* h_{t-1} + b_h*), so a panel can show where a value came from.
// A plain value: the gate panels draw exactly this, and it crosses threads by copy.

#include <array>
#include <cstddef>
#include <vector>

namespace lstmlab {

// The most a trace may take (its float arrays): a trace crosses threads by copy with every
// snapshot, so its size is bounded whatever the configuration. Network::tracedUnits() says
// how many units per layer fit.
inline constexpr std::size_t maxTraceBytes = std::size_t(32) << 20; // 32 MiB

enum class Gate { Input = 0, Forget, Cell, Output, CellState, Hidden };
inline constexpr int gateCount = 6;        // i, f, g, o, c, h
inline constexpr int gateLayerCount = 4;   // i, f, g, o: the four gate layers of one cell

struct LayerTrace {
    int units = 0;     // traced units: the layer's first `units` (all, unless layerUnits is more)
    int layerUnits = 0; // H, the layer's width
    int timesteps = 0; // T
    int inputSize = 0; // width of this layer's input x_t
    // values[gate][unit * timesteps + t]
    std::array<std::vector<float>, gateCount> values;
    std::vector<float> input;         // x_t: [k * timesteps + t], k < inputSize (after dropout)
    std::vector<float> preInput;      // W_ih x_t + b_ih: [(gate*units + unit) * timesteps + t], gate < 4
    std::vector<float> preRecurrent;  // W_hh h_{t-1} + b_hh, same layout

    float at(Gate gate, int unit, int t) const
    {
        return values[std::size_t(gate)][std::size_t(unit) * timesteps + t];
    }
    float inputPart(Gate gate, int unit, int t) const
    {
        return preInput[(std::size_t(gate) * units + unit) * timesteps + t];
    }
    float recurrentPart(Gate gate, int unit, int t) const
    {
        return preRecurrent[(std::size_t(gate) * units + unit) * timesteps + t];
    }
};

struct GateTrace {
    int window = -1;            // index of the window in its split
    std::vector<float> input;   // the window's samples, T of them (first input feature)
    float target = 0.f;         // the next sample
    float prediction = 0.f;     // the network's output for it
    std::vector<LayerTrace> layers;

    bool empty() const { return layers.empty(); }
};

} // namespace lstmlab
