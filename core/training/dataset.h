#pragma once

// The seed's data: a training series and a test series cut into windows of T samples, each
// labelled with the sample that follows it. As in the seed's generate_data(), a series of
// n samples gives n - T - 1 windows (the last possible window is left out).
// The echo task (echosignal.h) labels a window with the sample `lag` steps before its last
// one instead, 1 <= lag <= T - 1; the windows are the same.

#include "lstmlayer.h"
#include "modelconfig.h"
#include "signalgenerator.h"

#include <optional>
#include <string>
#include <vector>

namespace lstmlab {

struct DataSpec {
    double trainFrom = 0.0;
    double trainTo = 100.0;
    int trainCount = 10000;
    double testFrom = 100.0;
    double testTo = 110.0;
    int testCount = 1000;

    // Test windows of `timesteps` samples, at least 1 (979 for the seed's 20): as makeSplit,
    // n samples give n - T - 1 windows.
    int testWindowCount(int timesteps) const { return testCount - timesteps - 1 > 1 ? testCount - timesteps - 1 : 1; }
};

class Dataset
{
public:
    struct Split {
        std::vector<double> x;     // the sample positions
        std::vector<float> series; // the samples, rounded to float as the seed does
        Matrix<float> windows;     // (T, N): column n is series[n .. n+T-1]
        Matrix<float> labels;      // (1, N): series[labelIndex(n)]
        int lag = 0;               // 0: the next sample is the label; k: the echo at lag k
        int size() const { return int(windows.cols()); }
        // Where the label of window n lies in the series: n + T (the sample after the window),
        // or n + T - 1 - lag for the echo.
        std::size_t labelIndex(int n) const
        {
            return std::size_t(n) + std::size_t(windows.rows()) - (lag > 0 ? std::size_t(1 + lag) : 0);
        }
        double labelX(int n) const { return x[labelIndex(n)]; }
    };

    // Throws std::invalid_argument naming the problem when a split would have no window, or
    // when the generator's echo lag (SignalGenerator::echoLag) does not fit the windows.
    Dataset(const SignalGenerator &generator, const DataSpec &spec, int timesteps);
    Dataset(std::vector<double> trainX, std::vector<float> trainSeries, std::vector<double> testX,
            std::vector<float> testSeries, int timesteps, std::string signalName, int lag = 0);

    int timesteps() const { return m_timesteps; }
    int lag() const { return m_train.lag; } // 0, or the echo's lag
    // Empty when an echo lag fits windows of `timesteps` samples (1..timesteps - 1; 0 is the
    // next-sample task and always fits), else e.g. "lag must be an integer in 1..19 for
    // timesteps 20 (got 50): the sample to recall must lie inside the window".
    static std::optional<std::string> checkLag(int lag, int timesteps);
    const std::string &signalName() const { return m_signalName; }
    const Split &train() const { return m_train; }
    const Split &test() const { return m_test; }

    // Whether a model fits this data: one value in and one out per time step, and windows of
    // the model's timesteps. Every path that trains or evaluates a model on data checks this
    // (Trainer's constructor): a model of another width would read past the labels.
    std::optional<std::string> checkModel(const ModelConfig &model) const;
    // The part of checkModel() that needs no data: one value in and one out per time step, as
    // every Dataset holds. The window checks it before it has data of the model's time steps.
    static std::optional<std::string> checkWidth(const ModelConfig &model);

    static Split makeSplit(std::vector<double> x, std::vector<float> series, int timesteps, int lag = 0);

private:
    int m_timesteps;
    std::string m_signalName;
    Split m_train;
    Split m_test;
};

} // namespace lstmlab
