#pragma once

// One run drawn over the main run in the loss and prediction charts (RunListPanel::curves()):
// a run trained side by side, or one ticked in the run list.

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector>

struct RunCurve {
    QString name;              // the legend's: what sets it apart ("plain RNN", "seed 2")
    QColor color;
    QVector<QPointF> loss;     // (step, train loss), thinned for drawing
    QVector<QPointF> testMse;  // (step, test MSE) at every epoch end
    QVector<QPointF> predicted; // (x, predicted value) for every test window
};
