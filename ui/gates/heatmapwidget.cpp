#include "heatmapwidget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr double margin = 3.0;
constexpr double tickLength = 3.0;
constexpr double barWidth = 10.0;
constexpr double barGap = 10.0;     // between the cells and the colour bar
constexpr double markerSpace = 6.0; // above the cells, for the selected column's marker

// The smallest "round" step (1, 2, 5, 10, 20, 25, 50, ...) whose spacing on screen is at
// least minPixels, so tick labels never overlap whatever the number of cells.
int tickStep(double pixelsPerCell, double minPixels)
{
    static constexpr std::array<int, 16> steps{1,   2,   5,   10,   20,   25,   50,   100,
                                               200, 250, 500, 1000, 2000, 2500, 5000, 10000};
    for (int step : steps)
        if (step * pixelsPerCell >= minPixels)
            return step;
    return steps.back();
}

// Rounds a positive bound up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten, so a
// widened legend reads as a round number and does not flicker with every snapshot.
double niceCeil(double value)
{
    static constexpr std::array<double, 11> steps{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double s : steps)
        if (s * magnitude >= value * (1.0 - 1e-12))
            return s * magnitude;
    return 10.0 * magnitude;
}

// The one data-to-pixel mapping: (t, unit) in cell units -> widget pixels.
QPointF mapToPlot(const QRectF &plot, int units, int timesteps, double t, double unit)
{
    const double cellW = timesteps > 0 ? plot.width() / timesteps : 0.0;
    const double cellH = units > 0 ? plot.height() / units : 0.0;
    return {plot.left() + t * cellW, plot.top() + unit * cellH};
}

QColor blend(const QColor &a, const QColor &b, double w)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * w),
                            float(a.greenF() + (b.greenF() - a.greenF()) * w),
                            float(a.blueF() + (b.blueF() - a.blueF()) * w));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    rebuildLegendImage();
}

void HeatmapWidget::setTitle(const QString &title)
{
    if (m_title == title)
        return;
    m_title = title;
    update();
}

void HeatmapWidget::setRange(Range range)
{
    if (m_range == range)
        return;
    m_range = range;
    const ColorScale::Kind kind =
        range == Range::Unit ? ColorScale::Kind::Sequential : ColorScale::Kind::Diverging;
    const bool kindChanged = kind != m_scale.kind();
    m_scale.setKind(kind);
    updateScale();
    if (kindChanged)
        rebuildLegendImage();
    rebuildImage();
    update();
}

void HeatmapWidget::setLayerIndex(int layer)
{
    m_layer = layer;
}

void HeatmapWidget::setData(const float *values, int rows, int timesteps, std::span<const int> rowUnits)
{
    if (!values || rows <= 0 || timesteps <= 0) {
        clear();
        return;
    }
    // The selection follows its unit, wherever the new rows put it.
    const int selectedBefore = selectedUnit();
    const int units = rows;
    m_units = units;
    if (rowUnits.size() == std::size_t(rows))
        m_rowUnits.assign(rowUnits.begin(), rowUnits.end());
    else
        m_rowUnits.clear();
    m_timesteps = timesteps;
    const std::size_t n = std::size_t(units) * std::size_t(timesteps);
    m_values.assign(values, values + n); // keeps its capacity: no allocation at the same shape
    float lo = std::numeric_limits<float>::infinity();
    float hi = -std::numeric_limits<float>::infinity();
    for (float v : m_values) {
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (lo > hi)
        lo = hi = 0.f;
    m_dataMin = lo;
    m_dataMax = hi;
    if (m_selectedT >= timesteps)
        m_selectedT = -1;
    m_selectedRow = m_selectedT < 0 ? -1 : rowOfUnit(selectedBefore);
    updateScale();
    rebuildImage();
    update();
}

void HeatmapWidget::clear()
{
    m_units = 0;
    m_timesteps = 0;
    m_values.clear();
    m_rowUnits.clear();
    m_dataMin = m_dataMax = 0.f;
    m_image = QImage();
    updateScale();
    update();
}

float HeatmapWidget::value(int row, int t) const
{
    if (row < 0 || row >= m_units || t < 0 || t >= m_timesteps)
        return std::numeric_limits<float>::quiet_NaN();
    return m_values[std::size_t(row) * std::size_t(m_timesteps) + std::size_t(t)];
}

int HeatmapWidget::unitOfRow(int row) const
{
    if (row < 0 || row >= m_units)
        return -1;
    return m_rowUnits.empty() ? row : m_rowUnits[std::size_t(row)];
}

int HeatmapWidget::rowOfUnit(int unit) const
{
    if (unit < 0)
        return -1;
    if (m_rowUnits.empty())
        return unit < m_units ? unit : -1;
    const auto it = std::lower_bound(m_rowUnits.begin(), m_rowUnits.end(), unit);
    return it != m_rowUnits.end() && *it == unit ? int(it - m_rowUnits.begin()) : -1;
}

void HeatmapWidget::setSelectedTimeStep(int t)
{
    if (t < 0 || t >= m_timesteps)
        t = -1;
    if (t == m_selectedT)
        return;
    m_selectedT = t;
    if (t < 0)
        m_selectedRow = -1;
    update();
}

void HeatmapWidget::setSelectedCell(int unit, int t)
{
    int row = rowOfUnit(unit);
    if (unit < 0 || t < 0 || t >= m_timesteps)
        row = t = -1;
    if (row == m_selectedRow && t == m_selectedT)
        return;
    m_selectedRow = row;
    m_selectedT = t;
    update();
}

QPointF HeatmapWidget::mapToWidget(double t, double row) const
{
    return mapToPlot(geometryFor(size()).plot, m_units, m_timesteps, t, row);
}

QPointF HeatmapWidget::mapFromWidget(const QPointF &pos) const
{
    const QRectF plot = geometryFor(size()).plot;
    // The inverse of mapToPlot(), from the same two points.
    const QPointF origin = mapToPlot(plot, m_units, m_timesteps, 0.0, 0.0);
    const QPointF far = mapToPlot(plot, m_units, m_timesteps, m_timesteps, m_units);
    const double w = far.x() - origin.x();
    const double h = far.y() - origin.y();
    if (w <= 0.0 || h <= 0.0)
        return {-1.0, -1.0};
    return {(pos.x() - origin.x()) / w * m_timesteps, (pos.y() - origin.y()) / h * m_units};
}

QRectF HeatmapWidget::cellRect(int row, int t) const
{
    const QRectF plot = geometryFor(size()).plot;
    return {mapToPlot(plot, m_units, m_timesteps, t, row),
            mapToPlot(plot, m_units, m_timesteps, t + 1, row + 1)};
}

bool HeatmapWidget::cellAt(const QPointF &pos, int *row, int *t) const
{
    if (!hasData())
        return false;
    const QPointF data = mapFromWidget(pos);
    if (data.x() < 0.0 || data.y() < 0.0)
        return false;
    const int tt = int(std::floor(data.x()));
    const int uu = int(std::floor(data.y()));
    if (tt >= m_timesteps || uu >= m_units)
        return false;
    if (row)
        *row = uu;
    if (t)
        *t = tt;
    return true;
}

bool HeatmapWidget::hasTimeLabels() const
{
    return m_timesteps > 0 && m_timeLabels.size() == m_timesteps;
}

void HeatmapWidget::setTimeLabels(const QStringList &labels)
{
    if (labels == m_timeLabels)
        return;
    m_timeLabels = labels;
    update();
}

QList<int> HeatmapWidget::timeLabelTicks() const
{
    QList<int> ticks;
    const Geometry g = geometryFor(size());
    if (g.plot.isEmpty() || g.labelStep <= 0)
        return ticks;
    for (int t = 0; t < m_timesteps; t += g.labelStep)
        ticks.append(t);
    return ticks;
}

QString HeatmapWidget::cellToolTip(int row, int t) const
{
    const float v = value(row, t);
    if (hasTimeLabels())
        return tr("Layer %1 · unit %2 · time step t = %3 (%4)\n%5 = %6")
            .arg(m_layer + 1)
            .arg(unitOfRow(row))
            .arg(t)
            .arg(m_timeLabels.at(t), m_title, QLocale().toString(double(v), 'g', 7));
    return tr("Layer %1 · unit %2 · time step t = %3\n%4 = %5")
        .arg(m_layer + 1)
        .arg(unitOfRow(row))
        .arg(t)
        .arg(m_title, QLocale().toString(double(v), 'g', 7));
}

QList<int> HeatmapWidget::timeStepTicks() const
{
    QList<int> ticks;
    const Geometry g = geometryFor(size());
    if (g.plot.isEmpty())
        return ticks;
    for (int t = 0; t < m_timesteps; t += g.xStep)
        ticks.append(t);
    return ticks;
}

QList<int> HeatmapWidget::unitTicks() const
{
    QList<int> ticks;
    const Geometry g = geometryFor(size());
    if (g.plot.isEmpty())
        return ticks;
    for (int row = 0; row < m_units; row += g.yStep)
        ticks.append(unitOfRow(row));
    return ticks;
}

QSize HeatmapWidget::sizeHint() const
{
    return {320, 220};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {120, 90};
}

QFont HeatmapWidget::tickFont() const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(8, int(std::lround(f.pixelSize() * 0.85))));
    return f;
}

QFont HeatmapWidget::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QString HeatmapWidget::formatValue(double value) const
{
    return QLocale().toString(value, 'g', 3);
}

QString HeatmapWidget::subtitleText(const QFontMetricsF &fm, double width) const
{
    if (!hasData())
        return {};
    // From the most to the least explicit; the first that fits is shown.
    const QString lo = formatValue(m_dataMin);
    const QString hi = formatValue(m_dataMax);
    QStringList variants;
    const QString values = m_values.size() == 1 ? tr("value %1").arg(lo)
        : m_dataMin == m_dataMax                   ? tr("all values %1").arg(lo)
                                                   : tr("values %1 … %2").arg(lo, hi);
    const QString bare = m_dataMin == m_dataMax ? lo : tr("%1 … %2").arg(lo, hi);
    if (m_range == Range::Covering) {
        const QString limit = formatValue(m_scale.maximum());
        if (m_scale.maximum() > 1.0) {
            variants << tr("%1 · colours widened to ±%2 to cover them").arg(values, limit)
                     << tr("%1 · colours widened to ±%2").arg(values, limit)
                     << tr("%1 · colours ±%2").arg(values, limit)
                     << tr("%1 · ±%2").arg(bare, limit);
        } else {
            variants << tr("%1 · colours ±%2").arg(values, limit) << values;
        }
    } else {
        variants << values;
    }
    variants << bare;
    for (const QString &text : std::as_const(variants))
        if (fm.horizontalAdvance(text) <= width)
            return text;
    return fm.elidedText(variants.constLast(), Qt::ElideRight, width);
}

HeatmapWidget::Geometry HeatmapWidget::geometryFor(const QSize &size) const
{
    Geometry g;
    const QFontMetricsF tf(titleFont());
    const QFontMetricsF fm(tickFont());
    const double width = size.width();
    const double height = size.height();
    const double lineH = fm.height();

    g.title = QRectF(margin, margin, std::max(0.0, width - 2 * margin), tf.height());
    g.subtitle = QRectF(margin, g.title.bottom(), g.title.width(), lineH);
    // Axis titles ("unit", "time step t") go when the map would get too small for cells.
    g.axisTitles = width >= 150 && height >= 120;

    double legendLabelW = 0.0;
    for (double v : {m_scale.minimum(), m_scale.maximum(), (m_scale.minimum() + m_scale.maximum()) / 2,
                     m_scale.minimum() + (m_scale.maximum() - m_scale.minimum()) / 4})
        legendLabelW = std::max(legendLabelW, fm.horizontalAdvance(formatValue(v)));
    const double yLabelW = fm.horizontalAdvance(QString::number(std::max(unitOfRow(m_units - 1), 0)));

    const double top = std::ceil(g.subtitle.bottom() + std::max(markerSpace, lineH / 2));
    const double left =
        std::ceil(margin + (g.axisTitles ? lineH + 2 : 0.0) + yLabelW + tickLength + 2);
    const double barLeft = std::floor(width - margin - legendLabelW - tickLength - 2 - barWidth);
    const double right = barLeft - barGap;
    const double bottom = std::floor(height - margin - (g.axisTitles ? lineH : 0.0) - lineH - tickLength - 1
                                     - (hasTimeLabels() ? lineH : 0.0));
    if (right - left < 4 || bottom - top < 4)
        return g;
    g.plot = QRectF(left, top, std::floor(right - left), std::floor(bottom - top));
    g.legend = QRectF(barLeft, g.plot.top(), barWidth, g.plot.height());

    if (m_timesteps > 0) {
        const double labelW = fm.horizontalAdvance(QString::number(m_timesteps - 1)) + 8;
        g.xStep = tickStep(g.plot.width() / m_timesteps, labelW);
        if (hasTimeLabels()) {
            double widest = 0.0;
            for (const QString &label : m_timeLabels)
                widest = std::max(widest, fm.horizontalAdvance(label));
            const double cellW = g.plot.width() / m_timesteps;
            // Every label when they fit side by side, else every few (the ticks' round steps).
            g.labelStep = widest + 1 <= cellW ? 1 : tickStep(cellW, widest + 2);
        }
    }
    if (m_units > 0)
        g.yStep = tickStep(g.plot.height() / m_units, lineH + 1);
    const double h = g.plot.height();
    g.legendTicks = h >= 5 * lineH * 1.4 ? 5 : h >= 3 * lineH * 1.2 ? 3 : 2;
    return g;
}

void HeatmapWidget::updateScale()
{
    switch (m_range) {
    case Range::Unit:
        m_scale.setRange(0.0, 1.0);
        break;
    case Range::Symmetric:
        m_scale.setRange(-1.0, 1.0);
        break;
    case Range::Covering: {
        const double reach = std::max(std::abs(double(m_dataMin)), std::abs(double(m_dataMax)));
        const double limit = reach > 1.0 && std::isfinite(reach) ? niceCeil(reach) : 1.0;
        m_scale.setRange(-limit, limit);
        break;
    }
    }
}

void HeatmapWidget::rebuildImage()
{
    if (!hasData()) {
        m_image = QImage();
        return;
    }
    if (m_image.width() != m_timesteps || m_image.height() != m_units)
        m_image = QImage(m_timesteps, m_units, QImage::Format_RGB32);
    for (int unit = 0; unit < m_units; ++unit) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(unit));
        const float *row = m_values.data() + std::size_t(unit) * std::size_t(m_timesteps);
        for (int t = 0; t < m_timesteps; ++t)
            line[t] = m_scale.rgb(double(row[t]));
    }
}

void HeatmapWidget::rebuildLegendImage()
{
    constexpr int n = ColorScale::tableSize;
    m_legendImage = QImage(1, n, QImage::Format_RGB32);
    for (int k = 0; k < n; ++k)
        *reinterpret_cast<QRgb *>(m_legendImage.scanLine(n - 1 - k)) = m_scale.tableEntry(k);
}

void HeatmapWidget::paintCells(QPainter &painter, const QRectF &target) const
{
    // Nearest-neighbour scaling keeps every cell a crisp block. Vector devices (SVG) would
    // embed the tiny image and let the viewer blur it, so they get it pre-scaled in blocks.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() == QPaintEngine::Raster) {
        painter.drawImage(target, m_image);
        return;
    }
    const int sx = std::clamp(int(std::ceil(target.width() * 2 / m_timesteps)), 1, 4096 / m_timesteps + 1);
    const int sy = std::clamp(int(std::ceil(target.height() * 2 / m_units)), 1, 4096 / m_units + 1);
    painter.drawImage(target, m_image.scaled(m_timesteps * sx, m_units * sy, Qt::IgnoreAspectRatio,
                                             Qt::FastTransformation));
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Geometry g = geometryFor(size());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor soft = blend(text, palette().color(QPalette::Window), 0.3);

    painter.setPen(text);
    painter.setFont(titleFont());
    painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(m_title, Qt::ElideRight, g.title.width()));
    painter.setFont(tickFont());
    const QFontMetricsF fm(painter.font());
    painter.setPen(soft);
    painter.drawText(g.subtitle, Qt::AlignLeft | Qt::AlignVCenter, subtitleText(fm, g.subtitle.width()));

    if (g.plot.isEmpty())
        return;
    if (hasData()) {
        paintCells(painter, QRectF(mapToPlot(g.plot, m_units, m_timesteps, 0, 0),
                                   mapToPlot(g.plot, m_units, m_timesteps, m_timesteps, m_units)));
    } else {
        painter.setPen(soft);
        painter.drawText(g.plot, Qt::AlignCenter | Qt::TextWordWrap, tr("no data yet"));
    }
    painter.setPen(QPen(soft, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(g.plot.adjusted(-0.5, -0.5, 0.5, 0.5));
    paintAxes(painter, g);
    paintLegend(painter, g);
    paintSelection(painter, g);
}

void HeatmapWidget::paintAxes(QPainter &painter, const Geometry &g) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetricsF fm(painter.font());
    const double lineH = fm.height();
    painter.setPen(QPen(text, 1));

    if (m_timesteps > 0) {
        const double labelTop = g.plot.bottom() + tickLength + 1;
        for (int t = 0; t < m_timesteps; t += g.xStep) {
            const double x = mapToPlot(g.plot, m_units, m_timesteps, t + 0.5, 0).x();
            painter.drawLine(QPointF(x, g.plot.bottom() + 0.5), QPointF(x, g.plot.bottom() + tickLength));
            const QString label = QString::number(t);
            const double w = fm.horizontalAdvance(label);
            painter.drawText(QRectF(x - w / 2 - 1, labelTop, w + 2, lineH), Qt::AlignCenter, label);
        }
        if (g.labelStep > 0) {
            for (int t = 0; t < m_timesteps; t += g.labelStep) {
                const double x = mapToPlot(g.plot, m_units, m_timesteps, t + 0.5, 0).x();
                const QString &label = m_timeLabels.at(t);
                const double w = fm.horizontalAdvance(label);
                painter.drawText(QRectF(x - w / 2 - 1, labelTop + lineH, w + 2, lineH), Qt::AlignCenter, label);
            }
        }
    }
    if (m_units > 0) {
        for (int row = 0; row < m_units; row += g.yStep) {
            const double y = mapToPlot(g.plot, m_units, m_timesteps, 0, row + 0.5).y();
            painter.drawLine(QPointF(g.plot.left() - tickLength, y), QPointF(g.plot.left() - 0.5, y));
            const QString label = QString::number(unitOfRow(row));
            painter.drawText(QRectF(0, y - lineH / 2, g.plot.left() - tickLength - 2, lineH),
                             Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    if (g.axisTitles) {
        const double titleTop = g.plot.bottom() + tickLength + 1 + lineH + (hasTimeLabels() ? lineH : 0.0);
        painter.drawText(QRectF(g.plot.left(), titleTop, g.plot.width(), lineH), Qt::AlignCenter,
                         tr("time step t"));
        painter.save();
        painter.translate(margin, g.plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-g.plot.height() / 2, 0, g.plot.height(), lineH), Qt::AlignCenter,
                         tr("unit"));
        painter.restore();
    }
}

void HeatmapWidget::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetricsF fm(painter.font());
    const double lineH = fm.height();
    const QRectF bar = g.legend;
    painter.drawImage(bar, m_legendImage);
    painter.setPen(QPen(blend(text, palette().color(QPalette::Window), 0.3), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5));

    const double lo = m_scale.minimum();
    const double hi = m_scale.maximum();
    auto yOf = [&](double v) { return bar.bottom() - (v - lo) / (hi - lo) * bar.height(); };
    painter.setPen(QPen(text, 1));
    for (int k = 0; k < g.legendTicks; ++k) {
        const double v = lo + (hi - lo) * k / (g.legendTicks - 1);
        const double y = yOf(v);
        painter.drawLine(QPointF(bar.right() + 0.5, y), QPointF(bar.right() + tickLength, y));
        // The end labels stay inside the bar's height band so they never collide with others.
        const double labelY = std::clamp(y - lineH / 2, bar.top() - lineH / 2, bar.bottom() - lineH / 2);
        painter.drawText(QRectF(bar.right() + tickLength + 2, labelY, width() - bar.right(), lineH),
                         Qt::AlignLeft | Qt::AlignVCenter, formatValue(v));
    }

    if (!hasData())
        return;
    // Marks at the actual minimum and maximum: small triangles pointing at the bar.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(text);
    for (double v : {double(m_dataMin), double(m_dataMax)}) {
        const double y = yOf(std::clamp(v, lo, hi));
        QPainterPath mark;
        mark.moveTo(bar.left() + 0.5, y);
        mark.lineTo(bar.left() - 5, y - 3.5);
        mark.lineTo(bar.left() - 5, y + 3.5);
        mark.closeSubpath();
        painter.drawPath(mark);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void HeatmapWidget::paintSelection(QPainter &painter, const Geometry &g) const
{
    if (!hasData() || m_selectedT < 0)
        return;
    const QColor text = palette().color(QPalette::WindowText);
    const QRectF column(mapToPlot(g.plot, m_units, m_timesteps, m_selectedT, 0),
                        mapToPlot(g.plot, m_units, m_timesteps, m_selectedT + 1, m_units));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 3));
    painter.drawRect(column);
    painter.setPen(QPen(Qt::black, 1));
    painter.drawRect(column);

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(text);
    QPainterPath marker;
    const double x = column.center().x();
    marker.moveTo(x, g.plot.top() - 1);
    marker.lineTo(x - 4, g.plot.top() - markerSpace);
    marker.lineTo(x + 4, g.plot.top() - markerSpace);
    marker.closeSubpath();
    painter.drawPath(marker);
    painter.setRenderHint(QPainter::Antialiasing, false);

    if (m_selectedRow >= 0) {
        const QRectF cell(mapToPlot(g.plot, m_units, m_timesteps, m_selectedT, m_selectedRow),
                          mapToPlot(g.plot, m_units, m_timesteps, m_selectedT + 1, m_selectedRow + 1));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 3));
        painter.drawRect(cell.adjusted(-1, -1, 1, 1));
        painter.setPen(QPen(Qt::black, 1.5));
        painter.drawRect(cell.adjusted(-1, -1, 1, 1));
    }
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int unit = -1;
        int t = -1;
        if (cellAt(help->pos(), &unit, &t)) {
            QToolTip::showText(help->globalPos(), cellToolTip(unit, t), this,
                               cellRect(unit, t).toAlignedRect());
            return true;
        }
        const QRectF legend = legendRect().adjusted(-6, -8, 60, 8);
        if (hasData() && legend.contains(help->pos())) {
            QString tip = tr("Colour scale %1 … %2. The triangles mark the actual minimum %3 and "
                             "maximum %4.")
                              .arg(formatValue(m_scale.minimum()), formatValue(m_scale.maximum()),
                                   formatValue(m_dataMin), formatValue(m_dataMax));
            if (m_range == Range::Covering)
                tip += QLatin1Char(' ')
                    + tr("This value is not bounded: the scale is −1 … 1, widened symmetrically "
                         "to a round number when the values go beyond it.");
            QToolTip::showText(help->globalPos(), tip, this, legendRect().toAlignedRect());
            return true;
        }
    }
    return QWidget::event(event);
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent *event)
{
    int row = -1;
    int t = -1;
    if (!cellAt(event->position(), &row, &t))
        row = t = -1;
    const int unit = unitOfRow(row);
    if (unit != m_hoverUnit || t != m_hoverT) {
        m_hoverUnit = unit;
        m_hoverT = t;
        emit cellHovered(unit, t);
        // Keep a visible value readout following the mouse from cell to cell.
        if (row >= 0 && QToolTip::isVisible())
            QToolTip::showText(event->globalPosition().toPoint(), cellToolTip(row, t), this,
                               cellRect(row, t).toAlignedRect());
    }
    QWidget::mouseMoveEvent(event);
}

void HeatmapWidget::mousePressEvent(QMouseEvent *event)
{
    int row = -1;
    int t = -1;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), &row, &t)) {
        emit cellClicked(unitOfRow(row), t);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void HeatmapWidget::leaveEvent(QEvent *event)
{
    if (m_hoverUnit >= 0) {
        m_hoverUnit = m_hoverT = -1;
        emit cellHovered(-1, -1);
    }
    QWidget::leaveEvent(event);
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}
