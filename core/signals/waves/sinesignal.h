#pragma once

#include "signalgenerator.h"

namespace lstmlab {

// The seed's signal: sin(x).
class SineSignal : public SignalGenerator
{
public:
    std::string name() const override { return "sine"; }
    double value(double x) const override;
};

} // namespace lstmlab
