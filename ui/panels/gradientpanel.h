#pragma once

// Gradients through time: how large the loss gradient is where it reaches each time step of
// each layer (Network::gradientTrace(), equations (35)-(36) in core/nn/network.h), on a
// logarithmic y axis, one solid curve per layer for ||dL/dh_t|| and, for the LSTM, a dashed
// one for ||dL/dc_t||. The x axis is the time step of the window; its right end, t = T-1, is
// the step the output reads, where the gradient enters. Updated from snapshots; hovering
// shows every curve's value at the time step under the mouse. A line of plain words above the
// chart (and What's This) says what to look for.

#include "exportablepanel.h"
#include "gradienttrace.h"
#include "trainingsnapshot.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QChartView;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;

class GradientPanel : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    explicit GradientPanel(QWidget *parent = nullptr);

    void updateSnapshot(const TrainingSnapshot &snapshot);
    void setTrace(const lstmlab::GradientTrace &trace);
    const lstmlab::GradientTrace &trace() const { return m_trace; }

    // Values at or below this (a gradient that vanished to zero in float) are drawn at it.
    static constexpr double logFloor = 1e-30;

    // The curves: per layer ||dL/dh|| (solid), then per layer ||dL/dc|| (dashed, the LSTM only).
    QList<QLineSeries *> series() const { return m_series; }
    QChartView *chartView() const { return m_view; }
    // The text shown for time step t (empty when there is no trace or t is outside it).
    QString readoutAt(int t) const;

    QString exportName() const override { return QStringLiteral("gradients"); }
    QString exportTitle() const override { return tr("Gradients through time"); }
    QWidget *exportWidget() override;
    QString exportCsv() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void rebuildSeries();
    void nameSeries();
    void updateAxes();
    void showReadout(const QPointF &viewPos);
    void hideReadout();

    QLabel *m_note = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_axisX = nullptr;
    QLogValueAxis *m_axisY = nullptr;
    QList<QLineSeries *> m_series;
    QGraphicsRectItem *m_readoutBox = nullptr;
    QGraphicsSimpleTextItem *m_readout = nullptr;
    QGraphicsLineItem *m_cursor = nullptr;
    lstmlab::GradientTrace m_trace;
    qint64 m_step = -1;   // the training step the trace was taken at
    bool m_hovering = false; // the mouse is over the chart, at m_mousePos (viewport coordinates)
    QPointF m_mousePos;
};
