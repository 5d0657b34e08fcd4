#pragma once

// model.json for the text task (docs/model-format.md, "The text task"): config.task = "text",
// the vocabulary in index order, the cell ("lstm", "gru", "rnn"), its tensors under PyTorch's names with input_size = V
// (one-hot), head.weight (V, H) and head.bias (V), and the validation bits/char. The tensors
// are written as for the sine model (writeTensorsObject: the same flat layout with I = O = V).

#include "modelconfig.h"
#include "lstmcache.h"

#include <string>
#include <vector>

namespace lstmlab {

struct TextModelData {
    ModelConfig config;                 // units, layers, timesteps, dropout (I and O are V)
    std::vector<char32_t> vocabulary;   // index order
    Vector<float> parameters;           // CharNetwork's flat order
    long long steps = 0;
    int epochs = 0;
    double validationBitsPerChar = -1.0; // < 0: not measured
};

// The model.json text; its "config" as writeTextModelConfig() writes it, for the session too.
std::string writeTextModelJson(const TextModelData &model);
std::string writeTextModelObject(const TextModelData &model, std::string_view indent);

} // namespace lstmlab
