#pragma once

// Named pixels of an exported chart, for the chart tests: where a data point lands in the
// image (through the chart's own mapping, QChart::mapToPosition) and whether a colour is drawn
// there. Header only; call positionInImage() after the export, which lays the chart out.

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QImage>

#include <cmath>

// The image pixel of a data point of series in an image of view rendered at ratio.
inline QPointF positionInImage(const QChartView &view, QPointF value, QAbstractSeries *series, qreal ratio)
{
    const QPointF inChart = view.chart()->mapToPosition(value, series);
    const QPoint inViewport = view.mapFromScene(view.chart()->mapToScene(inChart));
    const QPoint inWidget = view.viewport()->mapTo(&view, inViewport);
    return QPointF(inWidget) * ratio;
}

// Whether some pixel within radius of centre is within tolerance of colour in every channel.
inline bool colourNear(const QImage &image, QPointF centre, int radius, const QColor &colour, int tolerance = 60)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int cx = int(std::lround(centre.x()));
    const int cy = int(std::lround(centre.y()));
    for (int y = cy - radius; y <= cy + radius; ++y)
        for (int x = cx - radius; x <= cx + radius; ++x) {
            if (!rgb.rect().contains(x, y))
                continue;
            const QRgb p = rgb.pixel(x, y);
            if (std::abs(qRed(p) - colour.red()) <= tolerance && std::abs(qGreen(p) - colour.green()) <= tolerance
                && std::abs(qBlue(p) - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}
