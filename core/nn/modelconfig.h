#pragma once

// What an LSTM Lab network is (ModelConfig) and how it is trained (TrainConfig), as plain
// values. Every field has its allowed range here, once, for the window, the command line and
// the files alike; validate() names the first field that is out of range together with that
// range, and clamped() brings every field to the nearest allowed value (for settings a person
// may have edited).

#include <optional>
#include <string>
#include <string_view>

namespace lstmlab {

struct Range {
    double min;
    double max;
};

// The recurrent cell of every layer: the LSTM (lstmlayer.h), the plain RNN with tanh
// (rnnlayer.h) or the GRU (grulayer.h), each in PyTorch's parameterisation.
enum class RecurrentCell { Lstm, Rnn, Gru };

// "lstm", "rnn", "gru": the cell's name in files and on the command line.
const char *cellName(RecurrentCell cell);
// The cell named `name`, or nothing for any other text.
std::optional<RecurrentCell> cellFromName(std::string_view name);
// The allowed names, for messages: "lstm, rnn, gru".
inline constexpr const char *cellNames = "lstm, rnn, gru";
// The gate layers of one cell, the rows of weight_ih per unit: 4 (i, f, g, o), 1, 3 (r, z, n).
int cellGateCount(RecurrentCell cell);

struct ModelConfig {
    RecurrentCell cell = RecurrentCell::Lstm; // the recurrent cell of every layer
    int inputSize = 1;   // I: features per time step (1 for a scalar signal)
    int units = 20;      // H: num_units, the width of each gate's layer
    int layers = 2;      // stacked LSTM layers
    int timesteps = 20;  // T: samples in one input window
    int outputSize = 1;  // O: width of the dense tanh head
    double dropout = 0.0; // drop probability on each layer's output (keep = 1 - dropout)
    // The LSTM's forget-gate bias at initialisation: 0 leaves PyTorch's initialisation as it
    // is; any other value b sets, after it, the forget slice of every layer's b_ih (rows
    // H..2H-1, gate order i, f, g, o) to b and that of b_hh to 0, so the forget gate starts
    // near sigmoid(b) (0.73 for b = 1: the cell keeps most of its memory from the first step,
    // as Gers, Schmidhuber and Cummins 2000 and Jozefowicz et al. 2015 advise). The LSTM
    // only: another cell with a forget bias is invalid.
    double forgetBias = 0.0;

    static constexpr Range unitsRange{1, 256};
    // The text task (core/text: a character-level network) allows wider layers: the seed's
    // Udacity configuration is 2 x 512 units. 512, not more: at 2 x 512 with 100 streams x 100
    // steps a step takes seconds on one core and its buffers about 0.6 GB (docs/performance.md);
    // each doubling of the units quadruples the time. The sine task keeps unitsRange.
    static constexpr Range textUnitsRange{1, 512};
    static constexpr Range layersRange{1, 8};
    static constexpr Range timestepsRange{1, 512};
    static constexpr Range dropoutRange{0.0, 0.9};
    // sigmoid(5) = 0.993: a larger bias only saturates the gate further.
    static constexpr Range forgetBiasRange{-5.0, 5.0};
    static constexpr Range inputSizeRange{1, 64};
    static constexpr Range outputSizeRange{1, 64};

    // Empty when valid, else e.g. "units must be an integer in 1..256 (got 0)".
    std::optional<std::string> validate() const;
    // The same for the text task: units in textUnitsRange, no forget bias, every other field
    // (the cell among them) as validate().
    std::optional<std::string> validateText() const;
    // This configuration with every field in range (a value that is not a number: the default);
    // inputSize and outputSize become 1, the only width the window trains; a cell other than
    // the LSTM gets forget bias 0.
    ModelConfig clamped() const;

    bool operator==(const ModelConfig &) const = default;
};

struct TrainConfig {
    int batchSize = 64;
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    int epochs = 50;          // 0: train until stopped
    unsigned seed = 1;        // initial weights, dropout masks and shuffling
    bool shuffle = false;     // the seed walks the windows in order
    double clipNorm = 0.0;    // global gradient-norm clipping; 0: off

    static constexpr Range batchSizeRange{1, 4096};
    static constexpr Range learningRateRange{1e-6, 10.0};
    static constexpr Range epochsRange{0, 100000};
    static constexpr Range clipNormRange{0.0, 1e6};
    // The window's spin boxes hold an int: one range for the seed everywhere.
    static constexpr Range seedRange{0, 2147483647};
    static constexpr Range beta1Range{0.0, 0.999999};
    static constexpr Range beta2Range{0.0, 0.999999};
    static constexpr Range epsilonRange{1e-12, 1.0};

    std::optional<std::string> validate() const;
    // This configuration with every field in range (a value that is not a number: the default).
    TrainConfig clamped() const;

    bool operator==(const TrainConfig &) const = default;
};

} // namespace lstmlab
