// PredictionChart: the seed's red prediction against the dashed green sine, the free run on
// request, the traced window as a band, and PNG/SVG/CSV export.

#include "chartpixels.h"
#include "panelexporter.h"
#include "predictionchart.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// The seed's test set: 1000 samples of sin on linspace(100, 110), T = 20.
TrainingSnapshot makeSnapshot(int timesteps = 20, bool withFreeRun = false)
{
    TrainingSnapshot s;
    s.model.timesteps = timesteps;
    const int n = 1000;
    const double dx = 10.0 / (n - 1);
    for (int k = timesteps; k < n - 1; ++k) {
        const double x = 100.0 + k * dx;
        s.realTest.append(QPointF(x, std::sin(x)));
        s.predictedTest.append(QPointF(x, 0.8 * std::sin(x + 0.2)));
    }
    if (withFreeRun)
        for (int k = 0; k < 300; ++k) {
            const double x = 110.0 + k * dx;
            s.freeRun.append(QPointF(x, 0.7 * std::sin(x)));
        }
    return s;
}

} // namespace

class TestPredictionChart : public QObject
{
    Q_OBJECT

private slots:
    void seedColoursAndDashes();
    void snapshotsFillTheSeries();
    void freeRunOnlyWhenAsked();
    void bandCoversTheTracedWindow_data();
    void bandCoversTheTracedWindow();
    void csvHoldsRealAndPredicted();
    void exportsPngWithSeriesColours();
    void exportsLoadableSvg();
};

void TestPredictionChart::seedColoursAndDashes()
{
    PredictionChart chart;
    // Dashed: dashes and gaps of a few pixels each.
    QCOMPARE(chart.realSeries()->pen().style(), Qt::CustomDashLine);
    const QList<qreal> dashes = chart.realSeries()->pen().dashPattern();
    QCOMPARE(dashes.size(), 2);
    QVERIFY(dashes[0] * chart.realSeries()->pen().widthF() >= 3 && dashes[1] * chart.realSeries()->pen().widthF() >= 2);
    const QColor red = chart.predictedSeries()->pen().color();
    const QColor green = chart.realSeries()->pen().color();
    QVERIFY(red.red() > 2 * red.green() && red.red() > 2 * red.blue());
    QVERIFY(green.green() > 2 * green.red() && green.green() > 2 * green.blue());
}

void TestPredictionChart::snapshotsFillTheSeries()
{
    PredictionChart chart;
    chart.updateSnapshot(makeSnapshot());
    QCOMPARE(chart.realSeries()->count(), 979);
    QCOMPARE(chart.predictedSeries()->count(), 979);
    TrainingSnapshot longer = makeSnapshot(50);
    chart.updateSnapshot(longer);
    QCOMPARE(chart.realSeries()->count(), 949);
}

void TestPredictionChart::freeRunOnlyWhenAsked()
{
    PredictionChart chart;
    chart.updateSnapshot(makeSnapshot(20, true));
    QVERIFY(!chart.freeRunSeries()->isVisible());
    chart.setFreeRunShown(true);
    QVERIFY(chart.freeRunSeries()->isVisible());
    QCOMPARE(chart.freeRunSeries()->count(), 300);
    QVERIFY(chart.exportCsv().startsWith(QStringLiteral("x,real,predicted,free_run\n")));
    chart.setFreeRunShown(false);
    QVERIFY(!chart.freeRunSeries()->isVisible());
}

void TestPredictionChart::bandCoversTheTracedWindow_data()
{
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("timesteps");
    QTest::newRow("first window") << 0 << 20;
    QTest::newRow("middle window") << 489 << 20;
    QTest::newRow("last window") << 978 << 20;
}

void TestPredictionChart::bandCoversTheTracedWindow()
{
    QFETCH(int, window);
    QFETCH(int, timesteps);
    PredictionChart chart;
    chart.updateSnapshot(makeSnapshot(timesteps));
    chart.setSelectedWindow(window, timesteps);
    const double dx = 10.0 / 999.0;
    const auto [from, to] = chart.selectedRange();
    QVERIFY(std::abs(from - (100.0 + window * dx)) < 1e-9);
    QVERIFY(std::abs(to - (100.0 + (window + timesteps - 1) * dx)) < 1e-9);
    // The window's label (the sample it predicts) follows the band.
    const QPointF label = chart.realSeries()->at(window);
    QVERIFY(std::abs(label.x() - (to + dx)) < 1e-9);
}

void TestPredictionChart::csvHoldsRealAndPredicted()
{
    PredictionChart chart;
    chart.updateSnapshot(makeSnapshot());
    const QStringList lines = chart.exportCsv().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 980);
    QCOMPARE(lines.first(), QStringLiteral("x,real,predicted"));
    const QStringList first = lines[1].split(u',');
    QCOMPARE(first.size(), 3);
    QVERIFY(std::abs(first[0].toDouble() - (100.0 + 20 * 10.0 / 999.0)) < 1e-9);
    QVERIFY(std::abs(first[1].toDouble() - std::sin(first[0].toDouble())) < 1e-6);
}

void TestPredictionChart::exportsPngWithSeriesColours()
{
    PredictionChart chart;
    chart.resize(700, 420);
    chart.updateSnapshot(makeSnapshot(20, true));
    chart.setFreeRunShown(true);
    chart.setSelectedWindow(300, 20);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prediction.png"));
    QString error;
    QVERIFY2(PanelExporter::savePng(chart, path, 1.5, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1050, 630));
    // Named pixels: where the chart maps a curve's points, that curve's colour is drawn (the
    // dashed real curve within a dash's gap), and far from every curve none of them is.
    const qreal ratio = 1.5;
    for (const double x : {101.5, 104.0, 107.0}) {
        const QPointF predicted = positionInImage(chart, {x, 0.8 * std::sin(x + 0.2)}, chart.predictedSeries(), ratio);
        QVERIFY2(colourNear(image, predicted, 2, PredictionChart::predictionColor()),
                 qPrintable(QStringLiteral("no prediction colour at x %1 (%2, %3)").arg(x).arg(predicted.x()).arg(predicted.y())));
        const QPointF real = positionInImage(chart, {x, std::sin(x)}, chart.realSeries(), ratio);
        QVERIFY2(colourNear(image, real, 8, PredictionChart::realColor()),
                 qPrintable(QStringLiteral("no real colour at x %1 (%2, %3)").arg(x).arg(real.x()).arg(real.y())));
        const QPointF empty = positionInImage(chart, {x, 1.4}, chart.realSeries(), ratio);
        QVERIFY(!colourNear(image, empty, 3, PredictionChart::predictionColor()));
        QVERIFY(!colourNear(image, empty, 3, PredictionChart::realColor()));
    }
    for (const double x : {110.5, 112.5}) { // the free run covers x 110..113
        const QPointF freeRun = positionInImage(chart, {x, 0.7 * std::sin(x)}, chart.freeRunSeries(), ratio);
        QVERIFY2(colourNear(image, freeRun, 2, PredictionChart::freeRunColor()),
                 qPrintable(QStringLiteral("no free-run colour at x %1").arg(x)));
    }
}

void TestPredictionChart::exportsLoadableSvg()
{
    PredictionChart chart;
    chart.resize(700, 420);
    chart.updateSnapshot(makeSnapshot());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prediction.svg"));
    QString error;
    QVERIFY2(PanelExporter::saveSvg(chart, path, &error), qPrintable(error));
    QSvgRenderer svg(path);
    QVERIFY(svg.isValid());
    QVERIFY(!svg.defaultSize().isEmpty());
}

QTEST_MAIN(TestPredictionChart)
#include "tst_predictionchart.moc"
