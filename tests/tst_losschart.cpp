// LossChart: takes snapshots, downsamples long histories keeping spikes, keeps a log axis
// drawable, reads out the point under the mouse, exports PNG/SVG/CSV.

#include "chartpixels.h"
#include "losschart.h"
#include "panelexporter.h"

#include <QFile>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

TrainingSnapshot makeSnapshot(int steps, int stepsPerEpoch)
{
    TrainingSnapshot s;
    s.state = TrainingSnapshot::State::Running;
    s.step = steps;
    for (int k = 1; k <= steps; ++k) {
        s.trainLossHistory.append(k, 0.5 * std::exp(-k / 400.0) + 1e-4);
        if (k % stepsPerEpoch == 0)
            s.testMseHistory.append(QPointF(k, 0.3 * std::exp(-k / 400.0) + 5e-5));
    }
    s.trainLoss = s.trainLossHistory.back().value;
    return s;
}

} // namespace

class TestLossChart : public QObject
{
    Q_OBJECT

private slots:
    void shortHistoryIsDrawnWhole();
    void longHistoryIsDownsampledKeepingSpikes_data();
    void longHistoryIsDownsampledKeepingSpikes();
    void nonPositiveValuesAreClampedForTheLogAxis();
    void flatChartOfManyDecadesKeepsFewTicks_data();
    void flatChartOfManyDecadesKeepsFewTicks();
    void snapshotsFillTheSeries();
    void newGenerationReplacesTheHistory();
    void readoutNamesStepAndValues();
    void csvHasEveryStep();
    void exportsPngWithSeriesColours();
    void exportsLoadableSvg();
};

void TestLossChart::shortHistoryIsDrawnWhole()
{
    const TrainingSnapshot s = makeSnapshot(1000, 100);
    const QVector<QPointF> drawn = LossChart::downsample(s.trainLossHistory, LossChart::maxDrawnPoints);
    QVector<QPointF> all;
    s.trainLossHistory.forEach([&all](long long step, float loss) { all.append(QPointF(double(step), loss)); });
    QCOMPARE(drawn, all);
}

void TestLossChart::longHistoryIsDownsampledKeepingSpikes_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("spikeAt");
    QTest::newRow("4001 steps") << 4001 << 2000;
    QTest::newRow("50k steps, spike early") << 50000 << 17;
    QTest::newRow("200k steps, spike late") << 200000 << 199999;
}

void TestLossChart::longHistoryIsDownsampledKeepingSpikes()
{
    QFETCH(int, steps);
    QFETCH(int, spikeAt);
    QVector<QPointF> history;
    history.reserve(steps);
    for (int k = 0; k < steps; ++k)
        history.append(QPointF(k + 1, 0.01 + 0.001 * std::sin(k * 0.1)));
    history[spikeAt].setY(5.0);
    history[spikeAt / 2].setY(1e-6);   // a dip, too

    const QVector<QPointF> drawn = LossChart::downsample(history, LossChart::maxDrawnPoints);
    QVERIFY(drawn.size() <= LossChart::maxDrawnPoints);
    QVERIFY(drawn.size() >= LossChart::maxDrawnPoints / 2);
    bool spike = false, dip = false;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        if (i > 0)
            QVERIFY(drawn[i].x() > drawn[i - 1].x());
        spike = spike || drawn[i] == history[spikeAt];
        dip = dip || drawn[i] == history[spikeAt / 2];
    }
    QVERIFY(spike);
    QVERIFY(dip);
    QCOMPARE(drawn.constFirst().x() <= history[steps / 1000].x(), true);

    // The compact history the window keeps (float32) is drawn the same way.
    lstmlab::LossHistory compact;
    QVector<QPointF> rounded;
    for (const QPointF &p : std::as_const(history)) {
        compact.append(qRound64(p.x()), p.y());
        rounded.append(QPointF(p.x(), double(float(p.y()))));
    }
    QCOMPARE(LossChart::downsample(compact, LossChart::maxDrawnPoints),
             LossChart::downsample(rounded, LossChart::maxDrawnPoints));
}

void TestLossChart::nonPositiveValuesAreClampedForTheLogAxis()
{
    const QVector<QPointF> history{{1, 0.5}, {2, 0.0}, {3, -1.0}, {4, qQNaN()}, {5, qInf()}, {6, 0.1}};
    const QVector<QPointF> drawn = LossChart::downsample(history, 100);
    QCOMPARE(drawn.size(), 5);   // the NaN is left out
    for (const QPointF &p : drawn) {
        QVERIFY(p.y() >= LossChart::logFloor);
        QVERIFY(p.y() <= LossChart::logCeiling);
    }
    QCOMPARE(drawn[1].y(), LossChart::logFloor);
    QCOMPARE(drawn[3].y(), LossChart::logCeiling);
}

void TestLossChart::flatChartOfManyDecadesKeepsFewTicks_data()
{
    QTest::addColumn<int>("height");
    QTest::newRow("laid out only when exported (headless PNG)") << 0;
    QTest::newRow("flat window") << 200;
    QTest::newRow("tall window") << 900;
}

// A long run's loss spans many decades; in a flat chart the labels go every few decades
// (base 10^k). Qt's automatic minor ticks would then number 10^k - 2 per interval: the
// headless 50-epoch run once grew to 24 GB laying them out.
void TestLossChart::flatChartOfManyDecadesKeepsFewTicks()
{
    QFETCH(int, height);
    LossChart chart;
    if (height > 0) {
        chart.resize(800, height);
        chart.show();
    }
    TrainingSnapshot s;
    s.state = TrainingSnapshot::State::Finished;
    for (int k = 1; k <= 5000; ++k)
        s.trainLossHistory.append(k, std::pow(10.0, 2.0 - 10.0 * k / 5000.0)); // 100 down to 1e-8
    s.step = 5000;
    chart.updateSnapshot(s);
    chart.resize(800, std::max(height, 1) + 40);
    QCoreApplication::processEvents();
    const QImage image = chart.grab().toImage(); // lays out and draws every tick item
    QVERIFY(!image.isNull());

    const auto axes = chart.chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const auto *axis = qobject_cast<const QLogValueAxis *>(axes.first());
    QVERIFY(axis);
    if (axis->base() > 10.0)
        QCOMPARE(axis->minorTickCount(), 0);
    else
        QCOMPARE(axis->minorTickCount(), -1); // base 10: Qt's eight minor ticks a decade
    if (height >= 900)
        QVERIFY2(axis->base() <= 100.0, qPrintable(QString::number(axis->base())));
}

void TestLossChart::snapshotsFillTheSeries()
{
    LossChart chart;
    chart.updateSnapshot(makeSnapshot(500, 100));
    QCOMPARE(chart.trainSeries()->count(), 500);
    QCOMPARE(chart.testSeries()->count(), 5);
    chart.updateSnapshot(makeSnapshot(20000, 156));
    QVERIFY(chart.trainSeries()->count() <= LossChart::maxDrawnPoints);
    QCOMPARE(chart.testSeries()->count(), 20000 / 156);
}

void TestLossChart::newGenerationReplacesTheHistory()
{
    LossChart chart;
    TrainingSnapshot s = makeSnapshot(800, 100);
    chart.updateSnapshot(s);
    TrainingSnapshot fresh = makeSnapshot(3, 100);
    fresh.generation = s.generation + 1;
    chart.updateSnapshot(fresh);
    QCOMPARE(chart.trainSeries()->count(), 3);
    QCOMPARE(chart.testSeries()->count(), 0);
    chart.clearHistory();
    QCOMPARE(chart.trainSeries()->count(), 0);
}

void TestLossChart::readoutNamesStepAndValues()
{
    LossChart chart;
    QVERIFY(chart.readoutAt(10).isEmpty());
    chart.updateSnapshot(makeSnapshot(500, 100));
    const QString text = chart.readoutAt(250.2);
    QVERIFY2(text.contains(QStringLiteral("step 250")), qPrintable(text));
    QVERIFY2(text.contains(QString::number(0.5 * std::exp(-250 / 400.0) + 1e-4, 'g', 4)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("epoch 2")), qPrintable(text));
}

void TestLossChart::csvHasEveryStep()
{
    LossChart chart;
    chart.updateSnapshot(makeSnapshot(6000, 1000));
    const QStringList lines = chart.exportCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6001);
    QCOMPARE(lines.first(), QStringLiteral("step,train_loss,test_mse"));
    QVERIFY(lines[1].startsWith(QStringLiteral("1,")));
    QVERIFY(lines[1].endsWith(u','));           // no test MSE before the first epoch ends
    QCOMPARE(lines[1000].section(u',', 0, 0), QStringLiteral("1000"));
    QVERIFY(!lines[1000].section(u',', 2).isEmpty());
}

void TestLossChart::exportsPngWithSeriesColours()
{
    LossChart chart;
    chart.resize(640, 400);
    chart.updateSnapshot(makeSnapshot(3000, 150));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.png"));
    QString error;
    QVERIFY2(PanelExporter::savePng(chart, path, 2.0, &error), qPrintable(error));
    QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 800));
    // Named pixels: each curve's colour where the chart maps its points, neither a decade
    // above the training loss.
    const qreal ratio = 2.0;
    for (const int k : {600, 1500, 2400}) {
        const QPointF train = positionInImage(chart, {double(k), 0.5 * std::exp(-k / 400.0) + 1e-4},
                                              chart.trainSeries(), ratio);
        QVERIFY2(colourNear(image, train, 3, chart.trainSeries()->pen().color()),
                 qPrintable(QStringLiteral("no training-loss colour at step %1 (%2, %3)").arg(k).arg(train.x()).arg(train.y())));
        const QPointF test = positionInImage(chart, {double(k), 0.3 * std::exp(-k / 400.0) + 5e-5},
                                             chart.testSeries(), ratio);
        QVERIFY2(colourNear(image, test, 3, chart.testSeries()->pen().color()),
                 qPrintable(QStringLiteral("no test-MSE colour at step %1 (%2, %3)").arg(k).arg(test.x()).arg(test.y())));
        const QPointF above = positionInImage(chart, {double(k), 10 * (0.5 * std::exp(-k / 400.0) + 1e-4)},
                                              chart.trainSeries(), ratio);
        QVERIFY(!colourNear(image, above, 3, chart.trainSeries()->pen().color()));
        QVERIFY(!colourNear(image, above, 3, chart.testSeries()->pen().color()));
    }
}

void TestLossChart::exportsLoadableSvg()
{
    LossChart chart;
    chart.resize(640, 400);
    chart.updateSnapshot(makeSnapshot(3000, 150));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.svg"));
    QString error;
    QVERIFY2(PanelExporter::saveSvg(chart, path, &error), qPrintable(error));
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QVERIFY(!svg.defaultSize().isEmpty());
}

QTEST_MAIN(TestLossChart)
#include "tst_losschart.moc"
