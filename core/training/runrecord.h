#pragma once

// One run kept for comparison (the window's run list, saved in the session file): what it was
// trained with, how its loss went, and where it ended. The loss history is thinned to at most
// maxLossPoints (the lowest and highest of each stretch of steps, so spikes stay), the test MSE
// has one point per epoch and the prediction one per test window, each bounded, so that a
// session holding maxRecords runs stays small. A plain value; the reader and the writer check
// the bounds (docs/session-format.md, "runs").

#include "modelconfig.h"

#include <string>
#include <vector>

namespace lstmlab {

struct RunPoint {
    double x = 0.0; // the step, or the test sample's x
    double y = 0.0;

    bool operator==(const RunPoint &) const = default;
};

struct RunRecord {
    static constexpr std::size_t maxRecords = 24;          // the oldest is dropped past this
    static constexpr std::size_t maxLossPoints = 2000;
    static constexpr std::size_t maxTestPoints = 1000;       // the newest epochs
    static constexpr std::size_t maxPredictionPoints = 4000; // every k-th test window past this
    static constexpr std::size_t maxSignalBytes = 256;

    ModelConfig model;
    TrainConfig train;
    std::string signal;             // what it learned, as the window names it ("sin(x)", "echo, lag 50")
    long long steps = 0;            // steps trained
    double finalTestMse = -1.0;     // the last epoch's test MSE; < 0: no epoch completed
    bool diverged = false;
    std::vector<RunPoint> loss;     // (step, train loss), thinned, rising steps
    std::vector<RunPoint> testMse;  // (step, test MSE) at every epoch end
    std::vector<RunPoint> prediction; // (x, predicted value) for every test window

    bool operator==(const RunRecord &) const = default;
};

} // namespace lstmlab
