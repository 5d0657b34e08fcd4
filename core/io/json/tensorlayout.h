#pragma once

// How the files name and lay out a model (docs/model-format.md): its tensors under PyTorch's
// names and shapes in Network's flat order, and its "config" object.

#include "modelconfig.h"
#include "network.h"

#include <optional>
#include <string>
#include <vector>

namespace lstmlab {

class JsonValue;

struct TensorInfo {
    std::string name;     // PyTorch's name: weight_ih_l0, ..., head.weight, head.bias
    int rows = 0;
    int cols = 0;         // 0 for a vector (shape [rows])
    Eigen::Index offset;  // where it starts in Network's flat parameter vector
    Eigen::Index size() const { return Eigen::Index(rows) * (cols == 0 ? 1 : cols); }
    std::string shapeText() const; // "[12, 3]" or "[12]"
};

// The tensors of a model in file order, which is Network's flat order.
std::vector<TensorInfo> tensorLayout(const ModelConfig &config);

// The most elements any tensor of a valid configuration has.
std::size_t maxTensorSize();

// A model's "config" object: every field present, an integer or a finite number, and the whole
// valid (ModelConfig::validate()); else nullopt and error names the field ("config.units ...").
// "cell" may be absent (the LSTM: files written before the cells); when present it must be one
// of cellNames.
std::optional<ModelConfig> readModelConfig(const JsonValue &config, std::string *error);

} // namespace lstmlab
