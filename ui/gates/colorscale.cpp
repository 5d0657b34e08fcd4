#include "colorscale.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace {

// Interpolates evenly spaced anchor colours into the table. Linear in sRGB between
// close anchors is indistinguishable from the published maps at this density.
std::array<QRgb, ColorScale::tableSize> interpolate(std::initializer_list<QRgb> anchors)
{
    const std::vector<QRgb> a(anchors);
    const int segments = int(a.size()) - 1;
    std::array<QRgb, ColorScale::tableSize> out{};
    constexpr int last = ColorScale::tableSize - 1;
    for (int k = 0; k <= last; ++k) {
        const double pos = double(k) / last * segments;
        const int s = std::min(int(pos), segments - 1);
        const double w = pos - s;
        const QRgb lo = a[std::size_t(s)];
        const QRgb hi = a[std::size_t(s) + 1];
        auto mix = [w](int x, int y) { return int(std::lround(x + (y - x) * w)); };
        out[std::size_t(k)] = qRgb(mix(qRed(lo), qRed(hi)), mix(qGreen(lo), qGreen(hi)),
                                   mix(qBlue(lo), qBlue(hi)));
    }
    return out;
}

} // namespace

ColorScale::ColorScale(Kind kind, double minimum, double maximum)
{
    setKind(kind);
    setRange(minimum, maximum);
}

void ColorScale::setKind(Kind kind)
{
    m_kind = kind;
    m_table = &table(kind);
}

void ColorScale::setRange(double minimum, double maximum)
{
    m_minimum = minimum;
    m_maximum = maximum > minimum ? maximum : minimum + 1.0;
}

QRgb ColorScale::rgb(double value) const
{
    if (std::isnan(value))
        return nanColor;
    const double pos = (value - m_minimum) / (m_maximum - m_minimum);
    const int index = int(std::lround(std::clamp(pos, 0.0, 1.0) * (tableSize - 1)));
    return (*m_table)[std::size_t(index)];
}

const std::array<QRgb, ColorScale::tableSize> &ColorScale::table(Kind kind)
{
    // viridis (matplotlib) at 0, 0.1, ..., 1: perceptually uniform, readable in grey and by
    // most colour-blind viewers, so "brighter = more open" holds for everyone.
    static const std::array<QRgb, ColorScale::tableSize> viridis =
        interpolate({0xff440154, 0xff482475, 0xff414487, 0xff355f8d, 0xff2a788e, 0xff21918c,
                     0xff22a884, 0xff44bf70, 0xff7ad151, 0xffbddf26, 0xfffde725});
    // RdBu (ColorBrewer, 11 classes) reversed so negative is blue and positive red.
    static const std::array<QRgb, ColorScale::tableSize> rdbu =
        interpolate({0xff053061, 0xff2166ac, 0xff4393c3, 0xff92c5de, 0xffd1e5f0, 0xfff7f7f7,
                     0xfffddbc7, 0xfff4a582, 0xffd6604d, 0xffb2182b, 0xff67001f});
    return kind == Kind::Sequential ? viridis : rdbu;
}
