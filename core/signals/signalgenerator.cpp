#include "signalgenerator.h"

namespace lstmlab {

std::vector<double> linspace(double from, double to, int count)
{
    std::vector<double> xs(count > 0 ? std::size_t(count) : 0);
    if (count == 1)
        xs[0] = from;
    if (count < 2)
        return xs;
    const double step = (to - from) / double(count - 1);
    for (int k = 0; k < count; ++k)
        xs[std::size_t(k)] = double(k) * step + from;
    xs.back() = to;
    return xs;
}

std::vector<double> SignalGenerator::sample(double from, double to, int count) const
{
    std::vector<double> ys = linspace(from, to, count);
    for (double &y : ys)
        y = value(y);
    return ys;
}

} // namespace lstmlab
