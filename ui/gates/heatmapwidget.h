#pragma once

// One gate of one layer as a heatmap: rows are units (unit 0 at the top), columns are time
// steps (t = 0, the oldest sample of the window, at the left). The rows may be a chosen few of
// the layer's units (the gate panel's unit filter): each row then carries its real unit number,
// which the row labels, the tooltip, cellClicked() and the selection use. Around it: a title, a line with
// the values' actual range, axis titles with tick numbers spaced so they never overlap, and a
// colour legend bar with its scale and marks at the actual minimum and maximum.
//
// Optional time-axis labels (the characters a text network read, one per time step) go on a
// line of their own under the tick numbers, as many as fit without overlapping; without them the
// map looks exactly as before.
//
// The cells are painted from a cached QImage of one pixel per cell, rebuilt only when the data
// change and scaled with nearest-neighbour sampling, so cells stay crisp at any size and
// device pixel ratio. There is one data-to-pixel mapping, behind mapToWidget(): painting, the
// hover tooltip and the click all go through it (or through its inverse, mapFromWidget()).

#include "colorscale.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <span>
#include <vector>

class QFontMetricsF;

class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    // The colour range: Unit 0..1 (sigmoid gates, sequential colours); Symmetric -1..1 (tanh
    // outputs, diverging colours); Covering: -1..1, widened symmetrically to a round number
    // when the data go beyond it (the cell state, which is not bounded).
    enum class Range { Unit, Symmetric, Covering };

    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setRange(Range range);
    Range range() const { return m_range; }
    // The 0-based layer index, shown 1-based in the tooltip ("layer 1").
    void setLayerIndex(int layer);
    int layerIndex() const { return m_layer; }

    // Copies rows * timesteps values laid out [row * timesteps + t]. Reuses its buffers when
    // the shape is unchanged. rows or timesteps <= 0 (or values null) shows "no data".
    // rowUnits gives the real unit number of each row (rows of them, ascending); empty: row r
    // is unit r.
    void setData(const float *values, int rows, int timesteps, std::span<const int> rowUnits = {});
    void clear();
    // One label per time step (the characters of a text), drawn under the time axis and named
    // in the tooltip; empty (the default) for none. Labels of another count than the time
    // steps are not drawn.
    void setTimeLabels(const QStringList &labels);
    QStringList timeLabels() const { return m_timeLabels; }
    // The time steps whose label is drawn at the current size (none without labels).
    QList<int> timeLabelTicks() const;
    // Rows shown (all units unless filtered).
    int units() const { return m_units; }
    // The real unit number of a row, and the row showing a unit (-1 when not shown).
    int unitOfRow(int row) const;
    int rowOfUnit(int unit) const;
    int timesteps() const { return m_timesteps; }
    bool hasData() const { return m_units > 0 && m_timesteps > 0; }
    float value(int row, int t) const;
    float dataMinimum() const { return m_dataMin; }
    float dataMaximum() const { return m_dataMax; }

    // The colour scale in use (after setData for Covering).
    const ColorScale &colorScale() const { return m_scale; }
    double legendMinimum() const { return m_scale.minimum(); }
    double legendMaximum() const { return m_scale.maximum(); }
    QRgb colorFor(double value) const { return m_scale.rgb(value); }

    // Selection drawn on the map: a time-step column and a cell (a real unit number; a unit
    // the rows do not show marks the column only); -1 for none.
    void setSelectedTimeStep(int t);
    void setSelectedCell(int unit, int t);
    int selectedTimeStep() const { return m_selectedT; }
    int selectedUnit() const { return unitOfRow(m_selectedRow); }

    // Data coordinates (t, row), continuous: cell (row, t) covers [t, t+1) x [row, row+1).
    QPointF mapToWidget(double t, double row) const;
    QPointF mapFromWidget(const QPointF &pos) const;
    QRectF cellRect(int row, int t) const;
    // The cell (row, not unit) under a widget position; false outside the cells.
    bool cellAt(const QPointF &pos, int *row, int *t) const;
    QRectF plotRect() const { return geometryFor(size()).plot; }
    QRectF legendRect() const { return geometryFor(size()).legend; }
    // What the hover tooltip says for a cell.
    QString cellToolTip(int row, int t) const;
    // The labelled ticks at the current size (unitTicks: the real unit numbers of the labelled
    // rows), and the font their labels use.
    QList<int> timeStepTicks() const;
    QList<int> unitTicks() const;
    QFont tickFont() const;
    // The cached cells, one pixel per cell (timesteps x units).
    const QImage &image() const { return m_image; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // unit: the real unit number of the row.
    void cellClicked(int unit, int t);
    void cellHovered(int unit, int t); // (-1, -1) when the mouse leaves the cells

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry {
        QRectF plot;        // the cells
        QRectF legend;      // the colour bar
        QRectF title;
        QRectF subtitle;
        int xStep = 1;      // tick spacing in time steps
        int yStep = 1;      // tick spacing in units
        int labelStep = 0;  // spacing of the time labels drawn; 0: none
        int legendTicks = 3;
        bool axisTitles = true;
    };

    Geometry geometryFor(const QSize &size) const;
    void updateScale();
    void rebuildImage();
    void rebuildLegendImage();
    QFont titleFont() const;
    QString subtitleText(const QFontMetricsF &fm, double width) const;
    QString formatValue(double value) const;
    bool hasTimeLabels() const;
    void paintCells(QPainter &painter, const QRectF &target) const;
    void paintAxes(QPainter &painter, const Geometry &g) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintSelection(QPainter &painter, const Geometry &g) const;

    QString m_title;
    Range m_range = Range::Unit;
    ColorScale m_scale{ColorScale::Kind::Sequential, 0.0, 1.0};
    int m_layer = 0;
    int m_units = 0;
    int m_timesteps = 0;
    std::vector<float> m_values;   // [row * timesteps + t]
    std::vector<int> m_rowUnits;   // real unit of each row; empty: row r is unit r
    QStringList m_timeLabels;      // one per time step, or empty
    float m_dataMin = 0.f;
    float m_dataMax = 0.f;
    QImage m_image;                // (timesteps x units), one pixel per cell
    QImage m_legendImage;          // 1 x ColorScale::tableSize, maximum at the top
    int m_selectedT = -1;
    int m_selectedRow = -1;
    int m_hoverUnit = -1;
    int m_hoverT = -1;
};
