#pragma once

// A run that finished with finite numbers but clearly failed: its output saturated at the tanh
// head's +-1 for most test windows, or its test MSE far above the one it started from and above
// the labels' variance (worse than always predicting their mean). The
// headless run reports it and exits 1; the window can show the same text.

#include "lstmlayer.h"

#include <optional>
#include <string>

namespace lstmlab {

class FailingRun
{
public:
    static constexpr double saturation = 0.99;        // |prediction| beyond this is saturated
    static constexpr double saturatedShare = 0.5;     // ... for more than this share of windows
    static constexpr double lossRatio = 1.5;          // test MSE this many times the start's

    // What went wrong and what to change, or nothing for a run that did not clearly fail.
    // predictions and labels: (1, N) on the test windows at the end; startTestMse: before
    // training (of a resumed network: where it resumed).
    static std::optional<std::string> diagnose(double startTestMse, double testMse, const Matrix<float> &predictions,
                                               const Matrix<float> &labels, double learningRate, double clipNorm);
};

} // namespace lstmlab
