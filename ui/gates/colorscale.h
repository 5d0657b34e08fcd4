#pragma once

// Maps a value to a colour through a 257-entry lookup table (odd, so the middle of the range
// has an entry of its own): a sequential map (viridis, dark
// to bright, for the sigmoid gates' 0..1) or a diverging one (ColorBrewer RdBu: blue below
// the middle, near-white at it, red above, for tanh-shaped values around 0). Values outside
// the range clamp to its ends; NaN is grey. The same rgb() builds the heatmap image and the
// legend bar, so a colour read off either means the same value.

#include <QColor>
#include <QRgb>

#include <array>

class ColorScale
{
public:
    enum class Kind { Sequential, Diverging };

    ColorScale() = default;
    ColorScale(Kind kind, double minimum, double maximum);

    Kind kind() const { return m_kind; }
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }
    void setKind(Kind kind);
    void setRange(double minimum, double maximum); // maximum > minimum, else maximum = minimum + 1

    QRgb rgb(double value) const;
    QColor color(double value) const { return QColor::fromRgb(rgb(value)); }
    static constexpr int tableSize = 257;
    // The table entry for position 0..tableSize-1 along the range (0 = minimum).
    QRgb tableEntry(int index) const { return (*m_table)[std::size_t(index)]; }

    static constexpr QRgb nanColor = 0xff808080;

private:
    Kind m_kind = Kind::Sequential;
    double m_minimum = 0.0;
    double m_maximum = 1.0;
    const std::array<QRgb, tableSize> *m_table = &table(Kind::Sequential);

    static const std::array<QRgb, tableSize> &table(Kind kind);
};
