#pragma once

#include "signalgenerator.h"

#include <vector>

namespace lstmlab {

// A sum of sines, scaled to stay within [-1, 1]:
//   y(x) = s * sum_k a_k sin(w_k x + p_k),   s = 1 / max(1, sum_k |a_k|)
// The scale s only ever shrinks the sum: components whose amplitudes add up to at most 1 are
// used as given.
// Throws std::invalid_argument when a parameter is not finite.
class SumOfSinesSignal : public SignalGenerator
{
public:
    struct Component {
        double amplitude = 1.0;
        double frequency = 1.0; // angular, radians per unit of x: the seed's sin(x) has 1
        double phase = 0.0;     // radians
    };

    explicit SumOfSinesSignal(std::vector<Component> components);

    std::string name() const override { return "sum-of-sines"; }
    double value(double x) const override;

    const std::vector<Component> &components() const { return m_components; }
    double scale() const { return m_scale; }

private:
    std::vector<Component> m_components;
    double m_scale = 1.0;
};

} // namespace lstmlab
