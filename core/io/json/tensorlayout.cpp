#include "tensorlayout.h"

#include "json.h"

#include <algorithm>

namespace lstmlab {

std::string TensorInfo::shapeText() const
{
    return "[" + std::to_string(rows) + (cols > 0 ? ", " + std::to_string(cols) : std::string()) + "]";
}

std::vector<TensorInfo> tensorLayout(const ModelConfig &config)
{
    std::vector<TensorInfo> tensors;
    Eigen::Index offset = 0;
    auto add = [&](std::string name, int rows, int cols) {
        TensorInfo info{std::move(name), rows, cols, offset};
        offset += info.size();
        tensors.push_back(std::move(info));
    };
    const int H = config.units;
    const int G = cellGateCount(config.cell); // gate layers: 4 (LSTM), 1 (RNN), 3 (GRU)
    for (int l = 0; l < config.layers; ++l) {
        const std::string suffix = "_l" + std::to_string(l);
        add("weight_ih" + suffix, G * H, l == 0 ? config.inputSize : H);
        add("weight_hh" + suffix, G * H, H);
        add("bias_ih" + suffix, G * H, 0);
        add("bias_hh" + suffix, G * H, 0);
    }
    add("head.weight", config.outputSize, H);
    add("head.bias", config.outputSize, 0);
    return tensors;
}

std::size_t maxTensorSize()
{
    const std::size_t H = std::size_t(ModelConfig::unitsRange.max);
    const std::size_t I = std::size_t(ModelConfig::inputSizeRange.max);
    const std::size_t O = std::size_t(ModelConfig::outputSizeRange.max);
    return std::max({4 * H * std::max(I, H), O * H});
}

namespace {

std::optional<int> intField(const JsonValue &object, const char *key, std::string *error)
{
    const JsonValue *v = object.find(key);
    if (!v || !v->isNumber() || !v->toInteger()) {
        *error = std::string("config.") + key + " is missing or not an integer";
        return std::nullopt;
    }
    const long long value = *v->toInteger();
    if (value < -1000000 || value > 1000000) {
        *error = std::string("config.") + key + " is out of range";
        return std::nullopt;
    }
    return int(value);
}

} // namespace

std::optional<ModelConfig> readModelConfig(const JsonValue &config, std::string *error)
{
    std::string why;
    const auto inputSize = intField(config, "input_size", &why);
    const auto units = intField(config, "units", &why);
    const auto layers = intField(config, "layers", &why);
    const auto timesteps = intField(config, "timesteps", &why);
    const auto outputSize = intField(config, "output_size", &why);
    const JsonValue *dropout = config.find("dropout");
    if (!why.empty()) {
        *error = why;
        return std::nullopt;
    }
    if (!dropout || !dropout->toDouble()) {
        *error = "config.dropout is missing or not a finite number";
        return std::nullopt;
    }
    ModelConfig c;
    if (const JsonValue *cell = config.find("cell")) { // absent: the LSTM, as in files before cells
        const std::optional<RecurrentCell> named = cell->isString() ? cellFromName(cell->text()) : std::nullopt;
        if (!named) {
            *error = std::string("config.cell must be one of ") + cellNames + " (got "
                     + (cell->isString() ? "\"" + cell->text().substr(0, 40) + "\"" : std::string("no string")) + ")";
            return std::nullopt;
        }
        c.cell = *named;
    }
    c.inputSize = *inputSize;
    c.units = *units;
    c.layers = *layers;
    c.timesteps = *timesteps;
    c.outputSize = *outputSize;
    c.dropout = *dropout->toDouble();
    if (const JsonValue *forgetBias = config.find("forget_bias")) { // absent: 0, as in files before it
        if (!forgetBias->toDouble()) {
            *error = "config.forget_bias is not a finite number";
            return std::nullopt;
        }
        c.forgetBias = *forgetBias->toDouble();
    }
    if (auto invalid = c.validate()) {
        *error = "config: " + *invalid;
        return std::nullopt;
    }
    return c;
}

} // namespace lstmlab
