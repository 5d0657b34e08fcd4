#include "failingrun.h"

#include <cmath>
#include <cstdio>

namespace lstmlab {

std::optional<std::string> FailingRun::diagnose(double startTestMse, double testMse, const Matrix<float> &predictions,
                                                const Matrix<float> &labels, double learningRate, double clipNorm)
{
    const double variance = labels.size() > 0 ? (labels.array().cast<double>() - labels.cast<double>().mean()).square().mean()
                                              : 0.0;
    const Eigen::Index n = predictions.size();
    const double share = n > 0 ? double((predictions.array().abs() > float(saturation)).count()) / double(n) : 0.0;
    const bool saturated = share > saturatedShare;
    const bool worse = std::isfinite(startTestMse) && startTestMse > 0.0 && testMse > lossRatio * startTestMse
                       && testMse > variance;
    if (!saturated && !worse)
        return std::nullopt;
    char text[512];
    std::string what;
    if (worse) {
        std::snprintf(text, sizeof text, "the test MSE %.4g is %.1f times the %.4g it started from",
                      testMse, testMse / startTestMse, startTestMse);
        what = text;
    }
    if (saturated) {
        std::snprintf(text, sizeof text, "%.0f%% of the test predictions are stuck at +-1 (the tanh head saturated)",
                      100.0 * share);
        what += (what.empty() ? "" : ", and ") + std::string(text);
    }
    std::snprintf(text, sizeof text, "training failed: %s. Lower the learning rate (now %g; try %g)", what.c_str(),
                  learningRate, learningRate / 10.0);
    std::string advice = text;
    if (clipNorm <= 0.0)
        advice += " or turn on gradient clipping (--clip-norm 1)";
    return advice + ".";
}

} // namespace lstmlab
