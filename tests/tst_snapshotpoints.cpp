// SnapshotPoints: the real test curve is every test label at its own x, and the predicted one
// pairs each test window's prediction with that window's label x, for as many windows as
// there are predictions.

#include "snapshotpoints.h"

#include <QTest>

using namespace lstmlab;

namespace {

// Train x 0..9, test x 10..17 with values x / 10, timesteps 3: as the seed's generate_data
// cuts them, 8 samples make 8 - 3 - 1 = 4 test windows, labelled by samples 3..6 (x 13..16).
Dataset smallData()
{
    std::vector<double> trainX, testX;
    std::vector<float> trainSeries, testSeries;
    for (int k = 0; k < 10; ++k) {
        trainX.push_back(k);
        trainSeries.push_back(float(k) / 10.0f);
    }
    for (int k = 10; k < 18; ++k) {
        testX.push_back(k);
        testSeries.push_back(float(k) / 10.0f);
    }
    return Dataset(trainX, trainSeries, testX, testSeries, 3, "ramp");
}

} // namespace

class TestSnapshotPoints : public QObject
{
    Q_OBJECT

private slots:
    void realTestIsEveryLabelAtItsX();
    void predictedTestPairsPredictionsWithLabelX();
    void predictedTestStopsAtTheShorterOfTheTwo();
};

void TestSnapshotPoints::realTestIsEveryLabelAtItsX()
{
    const Dataset data = smallData();
    QCOMPARE(data.test().size(), 4);
    const QVector<QPointF> points = SnapshotPoints::realTest(data);
    QCOMPARE(points.size(), 4);
    for (int n = 0; n < points.size(); ++n) {
        QCOMPARE(points[n].x(), double(13 + n));
        QCOMPARE(points[n].y(), double(float(13 + n) / 10.0f));
        QCOMPARE(points[n].y(), double(data.test().labels(0, n)));
    }
}

void TestSnapshotPoints::predictedTestPairsPredictionsWithLabelX()
{
    const Dataset data = smallData();
    Matrix<float> predictions(2, 4); // two outputs: only the first is drawn
    for (int n = 0; n < 4; ++n) {
        predictions(0, n) = -0.5f + 0.25f * float(n);
        predictions(1, n) = 99.0f;
    }
    const QVector<QPointF> points = SnapshotPoints::predictedTest(data, predictions);
    QCOMPARE(points.size(), 4);
    for (int n = 0; n < 4; ++n)
        QCOMPARE(points[n], QPointF(13 + n, -0.5 + 0.25 * n));
}

void TestSnapshotPoints::predictedTestStopsAtTheShorterOfTheTwo()
{
    const Dataset data = smallData();
    const Matrix<float> fewer = Matrix<float>::Constant(1, 3, 0.5f);
    QCOMPARE(SnapshotPoints::predictedTest(data, fewer).size(), 3);
    const Matrix<float> more = Matrix<float>::Constant(1, 9, 0.5f);
    const QVector<QPointF> points = SnapshotPoints::predictedTest(data, more);
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.last().x(), 16.0);
    QVERIFY(SnapshotPoints::predictedTest(data, Matrix<float>(1, 0)).isEmpty());
}

QTEST_APPLESS_MAIN(TestSnapshotPoints)
#include "tst_snapshotpoints.moc"
