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

class JsonValue;

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

// The pieces model.json is made of, for files that embed a model (the session file):
// the model object itself, written with every line but the first prefixed by indent and no
// trailing newline, and read from an already parsed value with the same checks.
std::string writeModelObject(const ModelData &model, std::string_view indent);
ModelReadResult readModelObject(const JsonValue &root);
// A "tensors" object: every tensor of config's layout, {"shape": [...], "data": [...]} with the
// data row-major, taken from / put into a flat vector in Network's order. Reading checks every
// name, shape, count and that each value is a finite float; the error names the tensor.
// config must be valid (ModelConfig::validate()): it sizes the vector.
std::string writeTensorsObject(const ModelConfig &config, const Vector<float> &flat, std::string_view indent);
std::optional<Vector<float>> readTensorsObject(const JsonValue &tensors, const ModelConfig &config,
                                               std::string *error);

// Files: writes go to a temporary file in the same folder and are renamed into place, so a
// crash mid-save leaves the old file whole.
bool writeFileAtomically(const std::string &path, std::string_view contents, std::string *error);
std::optional<std::string> readFileCapped(const std::string &path, std::size_t maxBytes, std::string *error);

bool saveModelFile(const std::string &path, const ModelData &model, std::string *error);
ModelReadResult loadModelFile(const std::string &path);

} // namespace lstmlab
