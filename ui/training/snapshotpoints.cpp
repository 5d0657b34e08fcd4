#include "snapshotpoints.h"

QVector<QPointF> SnapshotPoints::realTest(const lstmlab::Dataset &data)
{
    const lstmlab::Dataset::Split &test = data.test();
    QVector<QPointF> points;
    points.reserve(test.size());
    for (int n = 0; n < test.size(); ++n)
        points.append(QPointF(test.labelX(n), double(test.labels(0, n))));
    return points;
}

QVector<QPointF> SnapshotPoints::trainSeries(const lstmlab::Dataset &data)
{
    const lstmlab::Dataset::Split &train = data.train();
    QVector<QPointF> points;
    points.reserve(int(train.series.size()));
    for (std::size_t n = 0; n < train.series.size(); ++n)
        points.append(QPointF(train.x[n], double(train.series[n])));
    return points;
}

QVector<QPointF> SnapshotPoints::predictedTest(const lstmlab::Dataset &data,
                                               const lstmlab::Matrix<float> &predictions)
{
    const lstmlab::Dataset::Split &test = data.test();
    QVector<QPointF> points;
    const int n = std::min<int>(test.size(), int(predictions.cols()));
    points.reserve(n);
    for (int k = 0; k < n; ++k)
        points.append(QPointF(test.labelX(k), double(predictions(0, k))));
    return points;
}
