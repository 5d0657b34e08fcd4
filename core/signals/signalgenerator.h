#pragma once

// A source of the series the network learns to continue. The seed samples sin(x) on a
// linspace grid; other generators (sums of sines, square waves, a learner's CSV file) plug in
// by implementing value() or, for data that is not a function of x, sample().

#include <string>
#include <vector>

namespace lstmlab {

class SignalGenerator
{
public:
    virtual ~SignalGenerator() = default;
    virtual std::string name() const = 0;
    // The signal at x.
    virtual double value(double x) const = 0;
    // count samples at numpy.linspace(from, to, count), as float64 before any rounding.
    virtual std::vector<double> sample(double from, double to, int count) const;
    // What a window of the series is labelled with (Dataset): 0, the sample that follows it
    // (the seed's task: continue the series); k >= 1, the sample k steps before the window's
    // last one (the echo task, echosignal.h: recall what was seen k steps ago).
    virtual int echoLag() const { return 0; }
};

// numpy.linspace(from, to, count) with numpy's arithmetic (k * step + from, last = to).
std::vector<double> linspace(double from, double to, int count);

} // namespace lstmlab
