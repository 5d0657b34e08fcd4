#pragma once

#include "signalgenerator.h"

namespace lstmlab {

// A square wave in phase with sin(w x): +A over the first half of every period, -A over the
// second.
//   p(x) = frac(w x / 2 pi)   (in [0, 1))
//   y(x) = A if p(x) < 1/2, else -A
// A (the amplitude) is clamped into [0, 1].
// Throws std::invalid_argument when a parameter is not finite.
class SquareSignal : public SignalGenerator
{
public:
    SquareSignal(double frequency, double amplitude);

    std::string name() const override { return "square"; }
    double value(double x) const override;

    double frequency() const { return m_frequency; }
    double amplitude() const { return m_amplitude; }

private:
    double m_frequency;
    double m_amplitude;
};

} // namespace lstmlab
