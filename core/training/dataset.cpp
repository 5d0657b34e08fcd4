#include "dataset.h"

#include <stdexcept>

namespace lstmlab {

namespace {

std::vector<float> toFloat(const std::vector<double> &values)
{
    return std::vector<float>(values.begin(), values.end());
}

} // namespace

Dataset::Split Dataset::makeSplit(std::vector<double> x, std::vector<float> series, int timesteps)
{
    const long long windows = (long long)series.size() - timesteps - 1;
    if (timesteps < 1 || windows < 1)
        throw std::invalid_argument("a series of " + std::to_string(series.size())
                                    + " samples is too short for timesteps " + std::to_string(timesteps)
                                    + " (it needs at least timesteps + 2 samples)");
    Split split;
    split.x = std::move(x);
    split.series = std::move(series);
    split.windows.resize(timesteps, windows);
    split.labels.resize(1, windows);
    for (Eigen::Index n = 0; n < windows; ++n) {
        for (int t = 0; t < timesteps; ++t)
            split.windows(t, n) = split.series[std::size_t(n + t)];
        split.labels(0, n) = split.series[std::size_t(n + timesteps)];
    }
    return split;
}

Dataset::Dataset(const SignalGenerator &generator, const DataSpec &spec, int timesteps)
    : Dataset(linspace(spec.trainFrom, spec.trainTo, spec.trainCount),
              toFloat(generator.sample(spec.trainFrom, spec.trainTo, spec.trainCount)),
              linspace(spec.testFrom, spec.testTo, spec.testCount),
              toFloat(generator.sample(spec.testFrom, spec.testTo, spec.testCount)), timesteps,
              generator.name())
{
}

Dataset::Dataset(std::vector<double> trainX, std::vector<float> trainSeries, std::vector<double> testX,
                 std::vector<float> testSeries, int timesteps, std::string signalName)
    : m_timesteps(timesteps), m_signalName(std::move(signalName)),
      m_train(makeSplit(std::move(trainX), std::move(trainSeries), timesteps)),
      m_test(makeSplit(std::move(testX), std::move(testSeries), timesteps))
{
}

std::optional<std::string> Dataset::checkWidth(const ModelConfig &model)
{
    if (model.inputSize != 1 || model.outputSize != 1)
        return "the data has one value per time step, so input_size and output_size must be 1 and 1 (got "
               + std::to_string(model.inputSize) + " and " + std::to_string(model.outputSize) + ")";
    return std::nullopt;
}

std::optional<std::string> Dataset::checkModel(const ModelConfig &model) const
{
    if (std::optional<std::string> width = checkWidth(model))
        return width;
    if (m_timesteps != model.timesteps)
        return "the data's windows have " + std::to_string(m_timesteps) + " time steps but the model expects "
               + std::to_string(model.timesteps);
    return std::nullopt;
}

} // namespace lstmlab
