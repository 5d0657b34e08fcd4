// HeatmapWidget: values land on the right pixels in the right colours, the pixel-to-cell
// mapping is the inverse of the cell-to-pixel one, legends have the right range per gate kind,
// and tick labels never overlap from 1 to 256 units and 1 to 200 time steps.

#include "heatmapwidget.h"

#include <QFontMetricsF>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <vector>

Q_DECLARE_METATYPE(HeatmapWidget::Range)

namespace {

// A smooth pattern over the cells, inside -1..1 and different in every cell.
std::vector<float> pattern(int units, int timesteps, float scale = 1.f)
{
    std::vector<float> v(std::size_t(units) * timesteps);
    for (int u = 0; u < units; ++u)
        for (int t = 0; t < timesteps; ++t)
            v[std::size_t(u) * timesteps + t] =
                scale * float(std::sin(0.37 * u + 0.21 * t) * 0.9);
    return v;
}

QImage renderOf(HeatmapWidget &map)
{
    QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    map.render(&image);
    return image;
}

// The pixel that contains the centre of a rectangle.
QPoint centrePixel(const QRectF &r)
{
    return {int(std::floor(r.center().x())), int(std::floor(r.center().y()))};
}

} // namespace

class TestHeatmapWidget : public QObject
{
    Q_OBJECT

private slots:
    void knownValueColours_data();
    void knownValueColours();
    void cellColoursAtPixelCentres_data();
    void cellColoursAtPixelCentres();
    void mappingInverse_data();
    void mappingInverse();
    void clickEmitsCell();
    void tooltipText();
    void legendRanges_data();
    void legendRanges();
    void ticksDoNotOverlap_data();
    void ticksDoNotOverlap();
    void imageRebuiltOnlyOnDataChange();
    void emptyAndTinyDoNotBreak();
    void timeLabels_data();
    void timeLabels();
};

void TestHeatmapWidget::knownValueColours_data()
{
    QTest::addColumn<HeatmapWidget::Range>("range");
    QTest::addColumn<float>("value");
    QTest::addColumn<QRgb>("expected");
    // Ends and middle of the published maps: viridis for 0..1, RdBu (reversed) for -1..1.
    QTest::newRow("sigmoid 0 is viridis dark purple") << HeatmapWidget::Range::Unit << 0.f << QRgb(0xff440154);
    QTest::newRow("sigmoid 1 is viridis yellow") << HeatmapWidget::Range::Unit << 1.f << QRgb(0xfffde725);
    QTest::newRow("sigmoid 0.5 is viridis teal") << HeatmapWidget::Range::Unit << 0.5f << QRgb(0xff21918c);
    QTest::newRow("sigmoid above 1 clamps") << HeatmapWidget::Range::Unit << 1.5f << QRgb(0xfffde725);
    QTest::newRow("tanh -1 is dark blue") << HeatmapWidget::Range::Symmetric << -1.f << QRgb(0xff053061);
    QTest::newRow("tanh 0 is near white") << HeatmapWidget::Range::Symmetric << 0.f << QRgb(0xfff7f7f7);
    QTest::newRow("tanh 1 is dark red") << HeatmapWidget::Range::Symmetric << 1.f << QRgb(0xff67001f);
    QTest::newRow("cell state 0 is near white") << HeatmapWidget::Range::Covering << 0.f << QRgb(0xfff7f7f7);
}

void TestHeatmapWidget::knownValueColours()
{
    QFETCH(HeatmapWidget::Range, range);
    QFETCH(float, value);
    QFETCH(QRgb, expected);

    HeatmapWidget map;
    map.setRange(range);
    map.resize(400, 300);
    const int units = 4;
    const int timesteps = 5;
    std::vector<float> values = pattern(units, timesteps, 0.5f);
    values[std::size_t(2) * timesteps + 3] = value;
    map.setData(values.data(), units, timesteps);

    const QImage image = renderOf(map);
    const QPoint p = centrePixel(map.cellRect(2, 3));
    QVERIFY(map.plotRect().contains(p));
    QCOMPARE(QColor(image.pixel(p)).name(), QColor(expected).name());
}

void TestHeatmapWidget::cellColoursAtPixelCentres_data()
{
    QTest::addColumn<HeatmapWidget::Range>("range");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<QSize>("size");
    QTest::newRow("sigmoid 1x1") << HeatmapWidget::Range::Unit << 1 << 1 << QSize(300, 200);
    QTest::newRow("sigmoid 20x20 seed") << HeatmapWidget::Range::Unit << 20 << 20 << QSize(320, 220);
    QTest::newRow("tanh 7x3") << HeatmapWidget::Range::Symmetric << 7 << 3 << QSize(250, 180);
    QTest::newRow("cell 64x50") << HeatmapWidget::Range::Covering << 64 << 50 << QSize(700, 500);
    QTest::newRow("tanh 256x200 large") << HeatmapWidget::Range::Symmetric << 256 << 200 << QSize(1000, 900);
}

void TestHeatmapWidget::cellColoursAtPixelCentres()
{
    QFETCH(HeatmapWidget::Range, range);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(QSize, size);

    HeatmapWidget map;
    map.setRange(range);
    map.resize(size);
    const std::vector<float> values = pattern(units, timesteps, range == HeatmapWidget::Range::Covering ? 3.f : 1.f);
    map.setData(values.data(), units, timesteps);
    const QImage image = renderOf(map);

    int checked = 0;
    for (int u = 0; u < units; u += std::max(1, units / 9)) {
        for (int t = 0; t < timesteps; t += std::max(1, timesteps / 9)) {
            const QRectF cell = map.cellRect(u, t);
            QVERIFY2(cell.width() >= 1.5 && cell.height() >= 1.5, "cells too small to sample");
            const QPoint p = centrePixel(cell);
            const QRgb expected = map.colorFor(values[std::size_t(u) * timesteps + t]);
            if (image.pixel(p) != expected)
                QFAIL(qPrintable(QStringLiteral("unit %1 t %2 at (%3,%4): got %5, expected %6")
                                     .arg(u).arg(t).arg(p.x()).arg(p.y())
                                     .arg(QColor(image.pixel(p)).name(), QColor(expected).name())));
            // The cache holds one pixel per cell in the same colour.
            QCOMPARE(map.image().pixel(t, u), expected);
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    QCOMPARE(map.image().size(), QSize(timesteps, units));
}

void TestHeatmapWidget::mappingInverse_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<QSize>("size");
    QTest::newRow("1 unit, 1 step") << 1 << 1 << QSize(200, 150);
    QTest::newRow("20 units, 20 steps") << 20 << 20 << QSize(320, 220);
    QTest::newRow("256 units, 200 steps") << 256 << 200 << QSize(900, 800);
    QTest::newRow("3 units, 200 steps, narrow") << 3 << 200 << QSize(260, 160);
}

void TestHeatmapWidget::mappingInverse()
{
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(QSize, size);

    HeatmapWidget map;
    map.resize(size);
    const std::vector<float> values = pattern(units, timesteps);
    map.setData(values.data(), units, timesteps);

    for (int u = 0; u < units; ++u) {
        for (int t = 0; t < timesteps; ++t) {
            const QRectF cell = map.cellRect(u, t);
            int hitUnit = -1;
            int hitT = -1;
            QVERIFY(map.cellAt(cell.center(), &hitUnit, &hitT));
            if (hitUnit != u || hitT != t)
                QFAIL(qPrintable(QStringLiteral("cell (%1,%2) maps back to (%3,%4)")
                                     .arg(u).arg(t).arg(hitUnit).arg(hitT)));
            const QPointF data = map.mapFromWidget(map.mapToWidget(t + 0.25, u + 0.75));
            QVERIFY(std::abs(data.x() - (t + 0.25)) < 1e-9);
            QVERIFY(std::abs(data.y() - (u + 0.75)) < 1e-9);
        }
    }
    const QRectF plot = map.plotRect();
    QCOMPARE(map.cellRect(0, 0).topLeft(), plot.topLeft());
    QCOMPARE(map.cellRect(units - 1, timesteps - 1).bottomRight(), plot.bottomRight());
    QVERIFY(!map.cellAt(plot.topLeft() - QPointF(1, 1), nullptr, nullptr));
    QVERIFY(!map.cellAt(plot.bottomRight() + QPointF(1, 1), nullptr, nullptr));
    QVERIFY(!map.cellAt(map.legendRect().center(), nullptr, nullptr));
}

void TestHeatmapWidget::clickEmitsCell()
{
    HeatmapWidget map;
    map.resize(400, 300);
    const std::vector<float> values = pattern(6, 9);
    map.setData(values.data(), 6, 9);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));

    QSignalSpy clicked(&map, &HeatmapWidget::cellClicked);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellRect(4, 7).center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 4);
    QCOMPARE(clicked.at(0).at(1).toInt(), 7);

    // Outside the cells nothing is clicked.
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.legendRect().center().toPoint());
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(1, 1));
    QCOMPARE(clicked.count(), 1);

    QSignalSpy hovered(&map, &HeatmapWidget::cellHovered);
    QTest::mouseMove(&map, map.cellRect(2, 3).center().toPoint());
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).toInt(), 2);
    QCOMPARE(hovered.last().at(1).toInt(), 3);
}

void TestHeatmapWidget::tooltipText()
{
    HeatmapWidget map;
    map.setTitle(QStringLiteral("forget gate f"));
    map.setLayerIndex(1);
    std::vector<float> values = pattern(5, 8);
    values[std::size_t(3) * 8 + 6] = 0.8765432f;
    map.setData(values.data(), 5, 8);
    const QString tip = map.cellToolTip(3, 6);
    QVERIFY2(tip.contains(QStringLiteral("Layer 2")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("unit 3")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("t = 6")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("forget gate f = ")), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(0.8765432, 'g', 7)), qPrintable(tip));
}

void TestHeatmapWidget::legendRanges_data()
{
    QTest::addColumn<HeatmapWidget::Range>("range");
    QTest::addColumn<float>("low");
    QTest::addColumn<float>("high");
    QTest::addColumn<double>("legendMin");
    QTest::addColumn<double>("legendMax");
    QTest::newRow("sigmoid gate: 0..1") << HeatmapWidget::Range::Unit << 0.2f << 0.7f << 0.0 << 1.0;
    QTest::newRow("sigmoid gate saturated: still 0..1") << HeatmapWidget::Range::Unit << 0.f << 1.f << 0.0 << 1.0;
    QTest::newRow("tanh (g, h): -1..1") << HeatmapWidget::Range::Symmetric << -0.3f << 0.4f << -1.0 << 1.0;
    QTest::newRow("cell state inside -1..1 keeps it") << HeatmapWidget::Range::Covering << -0.5f << 0.8f << -1.0 << 1.0;
    QTest::newRow("cell state beyond: symmetric cover 4") << HeatmapWidget::Range::Covering << -2.31f << 3.05f << -4.0 << 4.0;
    QTest::newRow("cell state negative side: cover 8") << HeatmapWidget::Range::Covering << -7.5f << 1.0f << -8.0 << 8.0;
    QTest::newRow("cell state just above 1: cover 1.2") << HeatmapWidget::Range::Covering << -1.1f << 0.f << -1.2 << 1.2;
}

void TestHeatmapWidget::legendRanges()
{
    QFETCH(HeatmapWidget::Range, range);
    QFETCH(float, low);
    QFETCH(float, high);
    QFETCH(double, legendMin);
    QFETCH(double, legendMax);

    HeatmapWidget map;
    map.setRange(range);
    std::vector<float> values(4 * 6, (low + high) / 2);
    values[5] = low;
    values[17] = high;
    map.setData(values.data(), 4, 6);
    QCOMPARE(map.dataMinimum(), low);
    QCOMPARE(map.dataMaximum(), high);
    QVERIFY2(std::abs(map.legendMinimum() - legendMin) < 1e-9, qPrintable(QString::number(map.legendMinimum())));
    QVERIFY2(std::abs(map.legendMaximum() - legendMax) < 1e-9, qPrintable(QString::number(map.legendMaximum())));
    // The colours cover the data: no value is clipped except saturating sigmoid ends.
    QVERIFY(map.legendMinimum() <= low && map.legendMaximum() >= high);
    if (range != HeatmapWidget::Range::Unit)
        QCOMPARE(map.legendMinimum(), -map.legendMaximum());
}

void TestHeatmapWidget::ticksDoNotOverlap_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(160, 130), QSize(300, 220), QSize(600, 400)})
        for (int units : {1, 7, 20, 100, 256})
            for (int timesteps : {1, 5, 20, 64, 200})
                QTest::addRow("%dx%d at %dx%d", units, timesteps, size.width(), size.height())
                    << units << timesteps << size;
}

void TestHeatmapWidget::ticksDoNotOverlap()
{
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(QSize, size);

    HeatmapWidget map;
    map.resize(size);
    const std::vector<float> values = pattern(units, timesteps);
    map.setData(values.data(), units, timesteps);
    const QFontMetricsF fm(map.tickFont());

    const QList<int> xTicks = map.timeStepTicks();
    QVERIFY(!xTicks.isEmpty());
    QCOMPARE(xTicks.first(), 0);
    for (int k = 1; k < xTicks.size(); ++k) {
        const double a = map.mapToWidget(xTicks[k - 1] + 0.5, 0).x();
        const double b = map.mapToWidget(xTicks[k] + 0.5, 0).x();
        const double room = (fm.horizontalAdvance(QString::number(xTicks[k - 1]))
                             + fm.horizontalAdvance(QString::number(xTicks[k]))) / 2 + 2;
        QVERIFY2(b - a >= room, qPrintable(QStringLiteral("time ticks %1 and %2 overlap").arg(xTicks[k - 1]).arg(xTicks[k])));
    }
    const QList<int> yTicks = map.unitTicks();
    QVERIFY(!yTicks.isEmpty());
    for (int k = 1; k < yTicks.size(); ++k) {
        const double a = map.mapToWidget(0, yTicks[k - 1] + 0.5).y();
        const double b = map.mapToWidget(0, yTicks[k] + 0.5).y();
        QVERIFY2(b - a >= fm.height(), qPrintable(QStringLiteral("unit ticks %1 and %2 overlap").arg(yTicks[k - 1]).arg(yTicks[k])));
    }
    // Ticks are spread over the whole axis, not bunched at the start.
    QVERIFY(xTicks.last() + (xTicks.size() > 1 ? xTicks[1] - xTicks[0] : timesteps) >= timesteps);
    QVERIFY(yTicks.last() + (yTicks.size() > 1 ? yTicks[1] - yTicks[0] : units) >= units);
    // The cells and the legend stay inside the widget and apart.
    QVERIFY(QRectF(map.rect()).contains(map.plotRect()));
    QVERIFY(QRectF(map.rect()).contains(map.legendRect()));
    QVERIFY(map.plotRect().right() < map.legendRect().left());
}

void TestHeatmapWidget::imageRebuiltOnlyOnDataChange()
{
    HeatmapWidget map;
    map.resize(300, 200);
    std::vector<float> values = pattern(10, 12);
    map.setData(values.data(), 10, 12);
    const qint64 key = map.image().cacheKey();
    renderOf(map);
    map.resize(500, 400);
    renderOf(map);
    QCOMPARE(map.image().cacheKey(), key);

    values[0] = -values[0];
    map.setData(values.data(), 10, 12);
    QVERIFY(map.image().cacheKey() != key);
    QCOMPARE(map.image().pixel(0, 0), map.colorFor(values[0]));
}

void TestHeatmapWidget::emptyAndTinyDoNotBreak()
{
    HeatmapWidget map;
    map.resize(300, 200);
    QVERIFY(!map.hasData());
    renderOf(map);
    QVERIFY(!map.cellAt(QPointF(150, 100), nullptr, nullptr));
    map.resize(30, 20); // smaller than any useful map: draws what fits, maps nothing
    const std::vector<float> values = pattern(3, 3);
    map.setData(values.data(), 3, 3);
    renderOf(map);
    map.setData(nullptr, 3, 3);
    QVERIFY(!map.hasData());
}

void TestHeatmapWidget::timeLabels_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<QSize>("size");
    QTest::newRow("12 characters, room for all") << 12 << QSize(600, 300);
    QTest::newRow("120 characters, every few") << 120 << QSize(400, 250);
}

// A text network's characters under the time axis: drawn without overlapping (every one when
// there is room), named in the tooltip, below the tick numbers; without them the geometry is
// the sine's.
void TestHeatmapWidget::timeLabels()
{
    QFETCH(int, timesteps);
    QFETCH(QSize, size);
    HeatmapWidget map;
    map.resize(size);
    const std::vector<float> values = pattern(4, timesteps);
    map.setData(values.data(), 4, timesteps);
    const QRectF plain = map.plotRect();
    QVERIFY(map.timeLabelTicks().isEmpty());

    QStringList labels;
    const QString poem = QStringLiteral("床前明月光，疑是地上霜。↵");
    for (int t = 0; t < timesteps; ++t)
        labels << poem.at(t % poem.size());
    map.setTimeLabels(labels);
    QCOMPARE(map.timeLabels(), labels);
    const QFontMetricsF fm(map.tickFont());
    QVERIFY(map.plotRect().bottom() < plain.bottom()); // room for the line of characters
    QCOMPARE(map.plotRect().width(), plain.width());
    const QList<int> ticks = map.timeLabelTicks();
    QVERIFY(!ticks.isEmpty());
    QCOMPARE(ticks.first(), 0);
    if (timesteps == 12)
        QCOMPARE(ticks.size(), 12);
    for (int k = 1; k < ticks.size(); ++k) {
        const double a = map.mapToWidget(ticks[k - 1] + 0.5, 0).x();
        const double b = map.mapToWidget(ticks[k] + 0.5, 0).x();
        QVERIFY2(b - a >= fm.horizontalAdvance(labels.at(ticks[k])) + 1, "time labels overlap");
    }
    const QString tip = map.cellToolTip(1, 1);
    QVERIFY2(tip.contains(QStringLiteral("t = 1 (前)")), qPrintable(tip));

    // The characters are painted: the line under the tick numbers is not empty.
    map.setTitle(QStringLiteral("hidden state h"));
    const QImage image = renderOf(map);
    const int top = int(std::ceil(map.plotRect().bottom() + 3 + 1 + fm.height()));
    int inked = 0;
    for (int y = top; y < top + int(fm.height()) && y < image.height(); ++y)
        for (int x = int(map.plotRect().left()); x < int(map.plotRect().right()); ++x)
            inked += qGray(image.pixel(x, y)) < 128;
    QVERIFY2(inked > 10, "no characters drawn under the time axis");

    // Labels of another count are not drawn; none brings the sine's look back.
    map.setTimeLabels(labels.mid(1));
    QVERIFY(map.timeLabelTicks().isEmpty());
    map.setTimeLabels({});
    QCOMPARE(map.plotRect(), plain);
}

QTEST_MAIN(TestHeatmapWidget)
#include "tst_heatmapwidget.moc"
