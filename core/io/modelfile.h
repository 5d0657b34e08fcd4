#pragma once

// model.json: the configuration and every tensor under PyTorch's names and shapes
// (docs/model-format.md). Reading checks the format name, the version, every shape and that
// every number is finite, and says what is wrong; it never trusts a size before checking it.

#include "modelconfig.h"
#include "network.h"
#include "tensorlayout.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

class JsonValue;
struct StreamedTensors;

inline constexpr const char *modelFormatName = "lstm-lab-model";
inline constexpr int modelFormatVersion = 1;
inline constexpr std::size_t maxModelFileBytes = std::size_t(512) << 20;
// Besides the tensors' data (read straight into place), a model file holds a few hundred values
// and short strings; these caps keep a hostile file's tree small.
inline constexpr std::size_t maxModelTreeValues = 65536;
inline constexpr std::size_t maxModelStringBytes = std::size_t(1) << 20;

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
// trailing newline, and read from an already parsed value with the same checks. streamed: the
// tensors' data the reader took straight from the parser (streamedarrays.h), if it did.
std::string writeModelObject(const ModelData &model, std::string_view indent);
ModelReadResult readModelObject(const JsonValue &root, StreamedTensors *streamed = nullptr);
// A "tensors" object: every tensor of config's layout, {"shape": [...], "data": [...]} with the
// data row-major, taken from / put into a flat vector in Network's order. Reading checks every
// name, shape, count and that each value is a finite float; the error names the tensor.
// config must be valid (ModelConfig::validate()): it sizes the vector.
std::string writeTensorsObject(const ModelConfig &config, const Vector<float> &flat, std::string_view indent);
std::optional<Vector<float>> readTensorsObject(const JsonValue &tensors, const ModelConfig &config,
                                               std::string *error, StreamedTensors *streamed = nullptr);

// Files: writes go to a temporary file in the same folder and are renamed into place, so a
// crash mid-save leaves the old file whole.
bool writeFileAtomically(const std::string &path, std::string_view contents, std::string *error);
std::optional<std::string> readFileCapped(const std::string &path, std::size_t maxBytes, std::string *error);
// Opens path for reading, refusing a file larger than maxBytes (with readFileCapped's message).
using FileHandle = std::unique_ptr<std::FILE, int (*)(std::FILE *)>;
FileHandle openFileCapped(const std::string &path, std::size_t maxBytes, std::string *error);

bool saveModelFile(const std::string &path, const ModelData &model, std::string *error);
ModelReadResult loadModelFile(const std::string &path);

} // namespace lstmlab
