#pragma once

#include "signalgenerator.h"

namespace lstmlab {

// A sine whose amplitude decays exponentially from 1 at x = 0:
//   y(x) = exp(-d max(x, 0)) sin(w x)
// d >= 0 is the decay rate per unit of x (the envelope halves every ln 2 / d; a negative d is
// taken as 0), w the angular frequency. Before x = 0 the envelope stays 1, so |y| <= 1.
// Throws std::invalid_argument when a parameter is not finite.
class DampedSineSignal : public SignalGenerator
{
public:
    DampedSineSignal(double frequency, double decay);

    std::string name() const override { return "damped-sine"; }
    double value(double x) const override;

    double frequency() const { return m_frequency; }
    double decay() const { return m_decay; }

private:
    double m_frequency;
    double m_decay;
};

} // namespace lstmlab
