#include "dataset.h"

#include "signalcatalog.h"

#include <stdexcept>

namespace lstmlab {

namespace {

std::vector<float> toFloat(const std::vector<double> &values)
{
    return std::vector<float>(values.begin(), values.end());
}

static_assert(SignalCatalog::maxLag == ModelConfig::timestepsRange.max - 1,
              "the echo's largest lag fits the longest window");

} // namespace

std::optional<std::string> Dataset::checkLag(int lag, int timesteps)
{
    if (lag == 0 || (lag >= 1 && lag <= timesteps - 1))
        return std::nullopt;
    if (timesteps < 2)
        return "lag must be an integer in 1..timesteps - 1, and timesteps " + std::to_string(timesteps)
               + " leaves none (got " + std::to_string(lag) + "): the echo needs at least 2 time steps";
    return "lag must be an integer in 1.." + std::to_string(timesteps - 1) + " for timesteps "
           + std::to_string(timesteps) + " (got " + std::to_string(lag)
           + "): the sample to recall must lie inside the window";
}

Dataset::Split Dataset::makeSplit(std::vector<double> x, std::vector<float> series, int timesteps, int lag)
{
    const long long windows = (long long)series.size() - timesteps - 1;
    if (timesteps < 1 || windows < 1)
        throw std::invalid_argument("a series of " + std::to_string(series.size())
                                    + " samples is too short for timesteps " + std::to_string(timesteps)
                                    + " (it needs at least timesteps + 2 samples)");
    if (std::optional<std::string> badLag = checkLag(lag, timesteps))
        throw std::invalid_argument("echo: " + *badLag);
    Split split;
    split.x = std::move(x);
    split.series = std::move(series);
    split.lag = lag;
    split.windows.resize(timesteps, windows);
    split.labels.resize(1, windows);
    for (Eigen::Index n = 0; n < windows; ++n) {
        for (int t = 0; t < timesteps; ++t)
            split.windows(t, n) = split.series[std::size_t(n + t)];
        split.labels(0, n) = split.series[split.labelIndex(int(n))];
    }
    return split;
}

Dataset::Dataset(const SignalGenerator &generator, const DataSpec &spec, int timesteps)
    : Dataset(linspace(spec.trainFrom, spec.trainTo, spec.trainCount),
              toFloat(generator.sample(spec.trainFrom, spec.trainTo, spec.trainCount)),
              linspace(spec.testFrom, spec.testTo, spec.testCount),
              toFloat(generator.sample(spec.testFrom, spec.testTo, spec.testCount)), timesteps,
              generator.name(), generator.echoLag())
{
}

Dataset::Dataset(std::vector<double> trainX, std::vector<float> trainSeries, std::vector<double> testX,
                 std::vector<float> testSeries, int timesteps, std::string signalName, int lag)
    : m_timesteps(timesteps), m_signalName(std::move(signalName)),
      m_train(makeSplit(std::move(trainX), std::move(trainSeries), timesteps, lag)),
      m_test(makeSplit(std::move(testX), std::move(testSeries), timesteps, lag))
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
