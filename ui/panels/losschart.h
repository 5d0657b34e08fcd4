#pragma once

// The loss curves: the training loss of every step and the test MSE at every epoch end, on a
// logarithmic y axis, updated live from snapshots. Long histories are drawn downsampled (the
// minimum and maximum of each bucket, so spikes stay visible); the CSV holds every point.
// Hovering shows the step and the exact value under the mouse.

#include "exportablepanel.h"
#include "losshistory.h"
#include "runcurve.h"
#include "trainingsnapshot.h"

#include <QChartView>
#include <QPointF>
#include <QVector>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

class LossChart : public QChartView, public ExportablePanel
{
    Q_OBJECT

public:
    explicit LossChart(QWidget *parent = nullptr);

    void updateSnapshot(const TrainingSnapshot &snapshot);
    void clearHistory();
    // Other runs drawn over this one (RunListPanel::curves()): each run's train loss as a thin
    // line named in the legend and its test MSE as dots of its colour; mainName, when not
    // empty, names this chart's own train-loss line in the legend instead of "train loss per
    // step". No runs: the chart as it was.
    void setRuns(const QString &mainName, const QVector<RunCurve> &runs);
    // The runs' train-loss series, in the order given.
    QList<QLineSeries *> runSeries() const { return m_runLoss; }

    // Most points one series draws; longer histories are bucketed to this many.
    static constexpr int maxDrawnPoints = 2000;
    // Values at or below zero cannot be drawn on a log axis; they are raised to this.
    static constexpr double logFloor = 1e-12;
    static constexpr double logCeiling = 1e12;   // a diverging loss is drawn at most this high

    // min/max per bucket, in step order, at most maxPoints points; values clamped for a log axis.
    static QVector<QPointF> downsample(const QVector<QPointF> &points, int maxPoints);
    static QVector<QPointF> downsample(const lstmlab::LossHistory &history, int maxPoints);

    QLineSeries *trainSeries() const { return m_train; }
    QLineSeries *testSeries() const { return m_test; }
    // The text shown for the point nearest to a step (empty when there is no data).
    QString readoutAt(double step) const;

    QString exportName() const override { return QStringLiteral("loss"); }
    QString exportTitle() const override { return tr("Loss"); }
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override;

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Every text, in the current language (from the constructor and on a language change).
    void retranslateUi();
    void updateAxes();
    void fitYAxis();
    void hideReadout();

    QLineSeries *m_train = nullptr;
    QLineSeries *m_test = nullptr;     // one point per epoch, marked
    QList<QLineSeries *> m_runLoss;    // setRuns()
    QList<QLineSeries *> m_runTest;
    QString m_mainName;
    QValueAxis *m_axisX = nullptr;
    QLogValueAxis *m_axisY = nullptr;
    QGraphicsRectItem *m_readoutBox = nullptr;
    QGraphicsSimpleTextItem *m_readout = nullptr;
    QGraphicsLineItem *m_cursor = nullptr;

    lstmlab::LossHistory m_trainHistory; // full resolution, shared with the snapshot
    QVector<QPointF> m_testHistory;
    quint64 m_generation = 0;
};
