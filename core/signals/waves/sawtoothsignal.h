#pragma once

#include "signalgenerator.h"

namespace lstmlab {

// A rising sawtooth that crosses zero upwards where sin(w x) does: it climbs linearly from -A
// to A over one period, then drops back to -A.
//   y(x) = A (2 frac(w x / 2 pi + 1/2) - 1)
// so y(0) = 0, and the drop comes at x = pi / w, 3 pi / w, ... A is clamped into [0, 1].
// Throws std::invalid_argument when a parameter is not finite.
class SawtoothSignal : public SignalGenerator
{
public:
    SawtoothSignal(double frequency, double amplitude);

    std::string name() const override { return "sawtooth"; }
    double value(double x) const override;

    double frequency() const { return m_frequency; }
    double amplitude() const { return m_amplitude; }

private:
    double m_frequency;
    double m_amplitude;
};

} // namespace lstmlab
