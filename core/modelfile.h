#pragma once

// model.json: the configuration and every tensor under PyTorch's names and shapes
// (docs/model-format.md). Reading checks the format name, the version, every shape and that
// every number is finite, and says what is wrong; it never trusts a size before checking it.

#include "modelconfig.h"
#include "network.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

inline constexpr const char *modelFormatName = "lstm-lab-model";
inline constexpr int modelFormatVersion = 1;
inline constexpr std::size_t maxModelFileBytes = std::size_t(512) << 20;

struct TensorInfo {
    std::string name;     // PyTorch's name: weight_ih_l0, ..., head.weight, head.bias
    int rows = 0;
    int cols = 0;         // 0 for a vector (shape [rows])
    Eigen::Index offset;  // where it starts in Network's flat parameter vector
    Eigen::Index size() const { return Eigen::Index(rows) * (cols == 0 ? 1 : cols); }
};

// The tensors of a model in file order, which is Network's flat order.
std::vector<TensorInfo> tensorLayout(const ModelConfig &config);

struct TrainingProgress {
    long long steps = 0;
    int epochs = 0;
    double testMse = -1.0; // < 0: not measured
};

struct ModelData {
    ModelConfig config;
    Vector<float> parameters; // Network's flat order
    TrainingProgress progress;
};

std::string writeModelJson(const ModelData &model);

struct ModelReadResult {
    std::optional<ModelData> model;
    std::string error; // what is wrong, when model is empty
};

ModelReadResult readModelJson(std::string_view text);

// Files: writes go to a temporary file in the same folder and are renamed into place, so a
// crash mid-save leaves the old file whole.
bool writeFileAtomically(const std::string &path, std::string_view contents, std::string *error);
std::optional<std::string> readFileCapped(const std::string &path, std::size_t maxBytes, std::string *error);

bool saveModelFile(const std::string &path, const ModelData &model, std::string *error);
ModelReadResult loadModelFile(const std::string &path);

} // namespace lstmlab
