#pragma once

// How the training data is cut, drawn: the training series, the windows of the batch the last
// step trained as translucent spans, and each window's label (the sample after it) as a dot.
// A thin strip on top shows the whole series and where the batch lies; the part below zooms
// on the batch (the whole series when shuffling scatters its windows) and lists the windows
// one row each. Painted from snapshots, with one data-to-pixel mapping function.

#include "exportablepanel.h"
#include "trainingsnapshot.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

class BatchView : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    explicit BatchView(QWidget *parent = nullptr);

    void updateSnapshot(const TrainingSnapshot &snapshot);
    void clear();

    // The seed's get_batches(): consecutive batches of batchSize windows, the last one shorter.
    struct Range {
        int first = 0; // window position within the epoch's order, from 0
        int count = 0;
    };
    static int batchCount(int windows, int batchSize);
    static Range batchRange(int windows, int batchSize, int batch);

    // "Batch 12 of 156 · windows 705–768 of 9,979 · each window 20 samples, label = the next
    // sample"; empty before the first snapshot.
    QString summaryText() const;
    int shownBatch() const { return m_shownBatch; }
    const QVector<int> &batchWindows() const { return m_windows; }
    // Where a sample (its index in the training series) and value are drawn in the detail
    // part, at the widget's current size.
    QPointF detailPoint(double sample, double value) const;

    static QColor spanColor();
    static QColor labelColor();

    QString exportName() const override { return QStringLiteral("batches"); }
    QString exportTitle() const override { return tr("Batches"); }
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override;

    QSize sizeHint() const override { return {520, 360}; }
    QSize minimumSizeHint() const override { return {260, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        QRectF text;
        QRectF overview;
        QRectF detail;   // the series, the spans and the labels
        QRectF rows;     // one row per window
        QRectF legend;
        double axisWidth = 0.0; // the y-axis labels left of the plots
    };
    Layout layout() const;
    QStringList legendNames() const; // line, span, dot
    // The one data-to-pixel mapping: sample index along x over [first, last], value along y
    // over the series' range.
    QPointF map(const QRectF &area, double first, double last, double sample, double value) const;
    // The samples the detail part shows.
    void detailSpan(double *first, double *last) const;
    void drawSeries(QPainter &painter, const QRectF &area, double first, double last) const;

    QVector<QPointF> m_series;
    double m_min = -1.0;
    double m_max = 1.0;
    QVector<int> m_windows;
    QVector<int> m_labels;       // the sample each window is labelled with
    int m_lag = 0;               // 0: the next sample; k: the echo's lag
    int m_windowCount = 0;
    int m_shownBatch = 0;
    int m_batchSize = 0;
    int m_timesteps = 0;
    bool m_shuffled = false;
};
