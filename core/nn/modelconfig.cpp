#include "modelconfig.h"

#include <cmath>
#include <sstream>

namespace lstmlab {

namespace {

std::optional<std::string> checkInt(const char *name, int value, Range r)
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

} // namespace

std::optional<std::string> ModelConfig::validate() const
{
    if (auto e = checkInt("units", units, unitsRange)) return e;
    if (auto e = checkInt("layers", layers, layersRange)) return e;
    if (auto e = checkInt("timesteps", timesteps, timestepsRange)) return e;
    if (auto e = checkInt("input size", inputSize, inputSizeRange)) return e;
    if (auto e = checkInt("output size", outputSize, outputSizeRange)) return e;
    if (auto e = checkReal("dropout", dropout, dropoutRange)) return e;
    return std::nullopt;
}

std::optional<std::string> TrainConfig::validate() const
{
    if (auto e = checkInt("batch-size", batchSize, batchSizeRange)) return e;
    if (auto e = checkReal("learning-rate", learningRate, learningRateRange)) return e;
    if (auto e = checkInt("epochs", epochs, epochsRange)) return e;
    if (auto e = checkReal("clip-norm", clipNorm, clipNormRange)) return e;
    if (auto e = checkReal("beta1", beta1, {0.0, 0.999999})) return e;
    if (auto e = checkReal("beta2", beta2, {0.0, 0.999999})) return e;
    if (auto e = checkReal("epsilon", epsilon, {1e-12, 1.0})) return e;
    return std::nullopt;
}

} // namespace lstmlab
