#pragma once

// Everything one input window did inside the network: per layer, the activated gates of the
// cell for every unit and time step and its states, plus the two halves of each gate layer's
// pre-activation (the input part W_i* x_t + b_i* and the recurrent part W_h* h_{t-1} + b_h*),
// so a panel can show where a value came from. Which values a trace holds depends on its cell
// (tracedGates()):
//   LSTM:      i, f, g, o, c, h   (lstmlayer.h (1)-(6)); halves of the gate layers i, f, g, o
//   GRU:       r, z, n, h         (grulayer.h (27)-(30)); halves of r, z, n, the recurrent half
//                                 of n before r scales it (W_hn h_{t-1} + b_hn)
//   plain RNN: h                  (rnnlayer.h (24)); the halves of its one tanh layer
// The GRU's r, z, n take the slots of the LSTM's first three gate layers (Gate::Reset ==
// Gate::Input, ...), so gate layer k is slot k for every cell; a slot the cell does not have
// holds no values (an empty vector).
// A plain value: the gate panels draw exactly this, and it crosses threads by copy.

#include "modelconfig.h"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace lstmlab {

// The most a trace may take (its float arrays): a trace crosses threads by copy with every
// snapshot, so its size is bounded whatever the configuration. Network::tracedUnits() says
// how many units per layer fit.
inline constexpr std::size_t maxTraceBytes = std::size_t(32) << 20; // 32 MiB

enum class Gate {
    Input = 0, Forget, Cell, Output, CellState, Hidden, // the LSTM's i, f, g, o, c, h
    Reset = Input, Update = Forget, Candidate = Cell,   // the GRU's r, z, n, in the same slots
};
inline constexpr int gateCount = 6;        // slots: i, f, g, o, c, h
inline constexpr int gateLayerCount = 4;   // i, f, g, o: the four gate layers of one LSTM cell

// The slots a cell fills, in the order the panels show them: LSTM i, f, g, o, c, h; GRU r, z,
// n, h; plain RNN h.
inline std::span<const Gate> tracedGates(RecurrentCell cell)
{
    static constexpr Gate lstm[] = {Gate::Input, Gate::Forget, Gate::Cell, Gate::Output, Gate::CellState, Gate::Hidden};
    static constexpr Gate gru[] = {Gate::Reset, Gate::Update, Gate::Candidate, Gate::Hidden};
    static constexpr Gate rnn[] = {Gate::Hidden};
    switch (cell) {
    case RecurrentCell::Gru: return gru;
    case RecurrentCell::Rnn: return rnn;
    case RecurrentCell::Lstm: break;
    }
    return lstm;
}

// Whether `cell` has the value in `gate`'s slot.
inline bool cellHasGate(RecurrentCell cell, Gate gate)
{
    for (const Gate g : tracedGates(cell))
        if (g == gate)
            return true;
    return false;
}

// The gate layer whose pre-activation gives the value in `gate`'s slot: the slot itself for the
// LSTM's and the GRU's gates, 0 for the plain RNN's h (tanh of its one layer), -1 for a state
// that is not one layer's activation (the LSTM's c and h, the GRU's h).
inline int gateLayerOf(RecurrentCell cell, Gate gate)
{
    if (cell == RecurrentCell::Rnn)
        return gate == Gate::Hidden ? 0 : -1;
    return int(gate) < cellGateCount(cell) ? int(gate) : -1;
}

struct LayerTrace {
    int units = 0;     // traced units: the layer's first `units` (all, unless layerUnits is more)
    int layerUnits = 0; // H, the layer's width
    int timesteps = 0; // T
    int inputSize = 0; // width of this layer's input x_t
    // values[gate][unit * timesteps + t]; empty for a slot the cell does not have
    std::array<std::vector<float>, gateCount> values;
    std::vector<float> input;         // x_t: [k * timesteps + t], k < inputSize (after dropout)
    // W_ih x_t + b_ih: [(gateLayer*units + unit) * timesteps + t], gateLayer < cellGateCount(cell)
    std::vector<float> preInput;
    std::vector<float> preRecurrent;  // W_hh h_{t-1} + b_hh, same layout

    bool has(Gate gate) const { return !values[std::size_t(gate)].empty(); }
    float at(Gate gate, int unit, int t) const
    {
        return values[std::size_t(gate)][std::size_t(unit) * timesteps + t];
    }
    // The halves of gate layer `gate` (its slot: the LSTM's i, f, g, o, the GRU's r, z, n;
    // the plain RNN's one layer is slot 0, Gate::Input).
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
    RecurrentCell cell = RecurrentCell::Lstm; // which values the layers hold (tracedGates())
    int window = -1;            // index of the window in its split
    std::vector<float> input;   // the window's samples, T of them (first input feature)
    float target = 0.f;         // the next sample
    float prediction = 0.f;     // the network's output for it
    std::vector<LayerTrace> layers;

    bool empty() const { return layers.empty(); }
};

} // namespace lstmlab
