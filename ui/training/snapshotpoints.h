#pragma once

// The chart points a snapshot carries, made from core values in one place for the training
// worker and the headless plots.

#include "dataset.h"

#include <QPointF>
#include <QVector>

class SnapshotPoints
{
public:
    // (x, real value) of every test label.
    static QVector<QPointF> realTest(const lstmlab::Dataset &data);
    // (x, value) of every training sample.
    static QVector<QPointF> trainSeries(const lstmlab::Dataset &data);
    // (x, predicted value) for every test window; predictions: (O, N_test), first output.
    static QVector<QPointF> predictedTest(const lstmlab::Dataset &data,
                                          const lstmlab::Matrix<float> &predictions);
};
