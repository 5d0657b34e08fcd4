#include "modelconfig.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace lstmlab {

namespace {

std::optional<std::string> checkInt(const char *name, double value, Range r)
{
    if (value >= r.min && value <= r.max)
        return std::nullopt;
    std::ostringstream out;
    out << name << " must be an integer in " << r.min << ".." << r.max << " (got " << value << ")";
    return out.str();
}

std::optional<std::string> checkReal(const char *name, double value, Range r)
{
    if (std::isfinite(value) && value >= r.min && value <= r.max)
        return std::nullopt;
    std::ostringstream out;
    out << name << " must be a number in " << r.min << ".." << r.max << " (got " << value << ")";
    return out.str();
}

double clampReal(double value, Range r, double fallback)
{
    return std::isfinite(value) ? std::clamp(value, r.min, r.max) : fallback;
}

int clampInt(double value, Range r)
{
    return int(std::lround(clampReal(value, r, r.min)));
}

} // namespace

const char *cellName(RecurrentCell cell)
{
    switch (cell) {
    case RecurrentCell::Rnn: return "rnn";
    case RecurrentCell::Gru: return "gru";
    case RecurrentCell::Lstm: break;
    }
    return "lstm";
}

std::optional<RecurrentCell> cellFromName(std::string_view name)
{
    for (RecurrentCell cell : {RecurrentCell::Lstm, RecurrentCell::Rnn, RecurrentCell::Gru})
        if (name == cellName(cell))
            return cell;
    return std::nullopt;
}

int cellGateCount(RecurrentCell cell)
{
    switch (cell) {
    case RecurrentCell::Rnn: return 1;
    case RecurrentCell::Gru: return 3;
    case RecurrentCell::Lstm: break;
    }
    return 4;
}

std::optional<std::string> ModelConfig::validate() const
{
    if (auto e = checkInt("units", units, unitsRange)) return e;
    if (auto e = checkInt("layers", layers, layersRange)) return e;
    if (auto e = checkInt("timesteps", timesteps, timestepsRange)) return e;
    if (auto e = checkInt("input size", inputSize, inputSizeRange)) return e;
    if (auto e = checkInt("output size", outputSize, outputSizeRange)) return e;
    if (auto e = checkReal("dropout", dropout, dropoutRange)) return e;
    if (auto e = checkReal("forget-bias", forgetBias, forgetBiasRange)) return e;
    if (forgetBias != 0.0 && cell != RecurrentCell::Lstm)
        return std::string("forget-bias applies only to the lstm cell (got cell ") + cellName(cell)
               + ", which has no forget gate): leave it at 0";
    return std::nullopt;
}

std::optional<std::string> ModelConfig::validateText() const
{
    if (auto e = checkInt("units", units, textUnitsRange)) return e;
    if (forgetBias != 0.0)
        return "forget-bias applies only to the sine task for now";
    ModelConfig rest = *this;
    rest.units = 1;
    return rest.validate();
}

std::optional<std::string> TrainConfig::validate() const
{
    if (auto e = checkInt("batch-size", batchSize, batchSizeRange)) return e;
    if (auto e = checkReal("learning-rate", learningRate, learningRateRange)) return e;
    if (auto e = checkInt("epochs", epochs, epochsRange)) return e;
    if (auto e = checkReal("clip-norm", clipNorm, clipNormRange)) return e;
    if (auto e = checkInt("seed", seed, seedRange)) return e;
    if (auto e = checkReal("beta1", beta1, beta1Range)) return e;
    if (auto e = checkReal("beta2", beta2, beta2Range)) return e;
    if (auto e = checkReal("epsilon", epsilon, epsilonRange)) return e;
    return std::nullopt;
}

ModelConfig ModelConfig::clamped() const
{
    const ModelConfig defaults;
    ModelConfig m = *this;
    m.inputSize = defaults.inputSize;
    m.outputSize = defaults.outputSize;
    m.units = clampInt(units, unitsRange);
    m.layers = clampInt(layers, layersRange);
    m.timesteps = clampInt(timesteps, timestepsRange);
    m.dropout = clampReal(dropout, dropoutRange, dropoutRange.min);
    m.forgetBias = cell == RecurrentCell::Lstm ? clampReal(forgetBias, forgetBiasRange, 0.0) : 0.0;
    return m;
}

TrainConfig TrainConfig::clamped() const
{
    const TrainConfig defaults;
    TrainConfig t = *this;
    t.batchSize = clampInt(batchSize, batchSizeRange);
    t.learningRate = clampReal(learningRate, learningRateRange, defaults.learningRate);
    t.epochs = clampInt(epochs, epochsRange);
    t.seed = unsigned(clampInt(double(seed), seedRange));
    t.clipNorm = clampReal(clipNorm, clipNormRange, clipNormRange.min);
    t.beta1 = clampReal(beta1, beta1Range, defaults.beta1);
    t.beta2 = clampReal(beta2, beta2Range, defaults.beta2);
    t.epsilon = clampReal(epsilon, epsilonRange, defaults.epsilon);
    return t;
}

} // namespace lstmlab
