#include "sinesignal.h"

#include <cmath>

namespace lstmlab {

double SineSignal::value(double x) const
{
    return std::sin(x);
}

} // namespace lstmlab
