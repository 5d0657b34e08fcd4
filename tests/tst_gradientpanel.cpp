// GradientPanel (ui/panels/gradientpanel.h): one solid curve per layer for ||dL/dh_t|| and,
// for the LSTM only, a dashed one for ||dL/dc_t||, named in the legend; a vanished (zero)
// gradient is drawn at the log axis' floor instead of dropping its curve; the y axis spans the
// values; hovering shows every layer's values at the step under the mouse, the output step
// named; the CSV holds every value (dc empty for the other cells); the picture has the curves'
// colours; and in the window it is a tab beside the loss curve that fills while training runs.

#include "gradientpanel.h"
#include "mainwindow.h"
#include "settingsstore.h"
#include "trainingcontroller.h"
#include "windowparts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using lstmlab::GradientTrace;

namespace {

// L layers x T steps, dh falling by `ratio` per step back from the output; dc flat (LSTM).
GradientTrace makeTrace(int layers, int timesteps, bool cellState, double ratio)
{
    GradientTrace trace;
    trace.layers = layers;
    trace.timesteps = timesteps;
    trace.windows = 4;
    trace.hasCellState = cellState;
    for (int l = 0; l < layers; ++l)
        for (int t = 0; t < timesteps; ++t)
            trace.dh.push_back((l + 1) * 1e-2 * std::pow(ratio, timesteps - 1 - t));
    if (cellState)
        trace.dc.assign(std::size_t(layers) * timesteps, 0.05);
    return trace;
}

QLineSeries *seriesNamed(const GradientPanel &panel, const QString &name)
{
    for (QLineSeries *series : panel.series())
        if (series->name() == name)
            return series;
    return nullptr;
}

} // namespace

class TestGradientPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawsOneCurvePerLayerAndState_data();
    void drawsOneCurvePerLayerAndState();
    void keepsAVanishedGradientOnTheLogAxis();
    void hoverShowsTheValues();
    void exportsEveryValue();
    void paintsTheCurves();
    void isATabBesideTheLossAndFillsWhileTraining();
};

void TestGradientPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<TrainingSnapshot>();
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestGradientPanel::drawsOneCurvePerLayerAndState_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("cellState");
    QTest::newRow("lstm, 2 layers: h and c of each") << 2 << true;
    QTest::newRow("rnn, 3 layers: h only") << 3 << false;
}

void TestGradientPanel::drawsOneCurvePerLayerAndState()
{
    QFETCH(int, layers);
    QFETCH(bool, cellState);
    GradientPanel panel;
    QCOMPARE(panel.objectName(), QStringLiteral("gradientPanel"));
    QVERIFY(panel.series().isEmpty());
    TrainingSnapshot snapshot;
    snapshot.gradients = makeTrace(layers, 20, cellState, 0.5);
    snapshot.gradientsStep = 7;
    panel.updateSnapshot(snapshot);
    QCOMPARE(panel.series().size(), cellState ? 2 * layers : layers);
    for (int l = 0; l < layers; ++l) {
        QLineSeries *h = seriesNamed(panel, QStringLiteral("layer %1").arg(l + 1));
        QVERIFY(h);
        QCOMPARE(h->count(), 20);
        QCOMPARE(h->pen().style(), Qt::SolidLine);
        QCOMPARE(h->at(19).y(), (l + 1) * 1e-2); // the output end, on the right
        QLineSeries *c = seriesNamed(panel, QStringLiteral("layer %1, ‖dL/dc‖").arg(l + 1));
        QCOMPARE(c != nullptr, cellState);
        if (c) {
            QCOMPARE(c->pen().style(), Qt::DashLine);
            QCOMPARE(c->pen().color(), h->pen().color()); // a layer's two curves share its colour
            // one legend entry per layer: its colour; the title says solid h, dashed c
            QVERIFY(!c->chart()->legend()->markers(c).first()->isVisible());
            QVERIFY(c->chart()->title().contains(QStringLiteral("dashed")));
        }
    }
    // Another cell with the same layers rebuilds the curves.
    snapshot.gradients = makeTrace(layers, 20, !cellState, 0.5);
    snapshot.gradientsStep = 8;
    panel.updateSnapshot(snapshot);
    QCOMPARE(panel.series().size(), cellState ? layers : 2 * layers);
}

void TestGradientPanel::keepsAVanishedGradientOnTheLogAxis()
{
    GradientPanel panel;
    GradientTrace trace = makeTrace(2, 50, false, 0.3); // 0.3^49: about 1e-26
    trace.dh[0] = 0.0;                                  // vanished below float's range
    panel.setTrace(trace);
    QLineSeries *first = panel.series().first();
    QCOMPARE(first->count(), 50);
    QCOMPARE(first->at(0).y(), GradientPanel::logFloor);
    const auto *axis = qobject_cast<QLogValueAxis *>(first->attachedAxes().last());
    QVERIFY(axis);
    QVERIFY(axis->min() <= GradientPanel::logFloor);
    QVERIFY(axis->max() >= 2e-2);
    QVERIFY(axis->max() <= 1.0);
}

void TestGradientPanel::hoverShowsTheValues()
{
    GradientPanel panel;
    panel.resize(600, 400);
    panel.setTrace(makeTrace(2, 10, true, 0.5));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.readoutAt(9), QStringLiteral("t = 9, the output step\nlayer 1: ‖dL/dh‖ 0.01, ‖dL/dc‖ 0.05\n"
                                                "layer 2: ‖dL/dh‖ 0.02, ‖dL/dc‖ 0.05"));
    QVERIFY(panel.readoutAt(7).startsWith(QStringLiteral("t = 7, 2 step(s) before the output\nlayer 1: ‖dL/dh‖ 0.0025")));
    QVERIFY(panel.readoutAt(10).isEmpty());

    // The mouse over step 4 shows its readout in the chart.
    QChartView *view = panel.chartView();
    QLineSeries *series = panel.series().first();
    const QPointF inChart = view->chart()->mapToPosition(QPointF(4, series->at(4).y()), series);
    const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
    QMouseEvent move(QEvent::MouseMove, QPointF(inView), view->viewport()->mapToGlobal(QPointF(inView)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    bool shown = false;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible()
            && text->text().startsWith(QStringLiteral("t = 4, 5 step(s) before the output")))
            shown = true;
    QVERIFY(shown);
    // A new trace while the mouse stays: the readout stays, with the new values.
    GradientTrace next = makeTrace(2, 10, true, 0.5);
    next.dh[4] = 0.125;
    panel.setTrace(next);
    shown = false;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible()
            && text->text().contains(QStringLiteral("layer 1: ‖dL/dh‖ 0.125")))
            shown = true;
    QVERIFY(shown);
}

void TestGradientPanel::exportsEveryValue()
{
    GradientPanel panel;
    QCOMPARE(panel.exportName(), QStringLiteral("gradients"));
    QCOMPARE(panel.exportCsv(), QStringLiteral("layer,t,dh_norm,dc_norm\n"));
    panel.setTrace(makeTrace(2, 3, true, 0.5));
    QCOMPARE(panel.exportCsv(), QStringLiteral("layer,t,dh_norm,dc_norm\n"
                                               "0,0,0.0025,0.05\n0,1,0.005,0.05\n0,2,0.01,0.05\n"
                                               "1,0,0.005,0.05\n1,1,0.01,0.05\n1,2,0.02,0.05\n"));
    panel.setTrace(makeTrace(1, 2, false, 0.5));
    QCOMPARE(panel.exportCsv(), QStringLiteral("layer,t,dh_norm,dc_norm\n0,0,0.005,\n0,1,0.01,\n"));
}

void TestGradientPanel::paintsTheCurves()
{
    GradientPanel panel;
    panel.resize(640, 420);
    panel.setTrace(makeTrace(1, 20, true, 0.7));
    QWidget *widget = panel.exportWidget();
    QCOMPARE(widget, static_cast<QWidget *>(panel.chartView()));
    QImage image(widget->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget->render(&image);
    // The first layer's colour (blue, #1f77b4) appears along its curves.
    const QColor blue = panel.series().first()->pen().color();
    int bluePixels = 0;
    for (int y = 0; y < image.height(); y += 1)
        for (int x = 0; x < image.width(); x += 1) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - blue.red()) < 20 && std::abs(c.green() - blue.green()) < 20
                && std::abs(c.blue() - blue.blue()) < 20)
                ++bluePixels;
        }
    QVERIFY2(bluePixels > 100, qPrintable(QString::number(bluePixels)));
}

void TestGradientPanel::isATabBesideTheLossAndFillsWhileTraining()
{
    MainWindow window;
    auto *panel = part<GradientPanel>(window, "gradientPanel");
    auto *dock = part<QDockWidget>(window, "gradientDock");
    auto *lossDock = part<QDockWidget>(window, "lossDock");
    QCOMPARE(dock->widget(), static_cast<QWidget *>(panel));
    QVERIFY(window.tabifiedDockWidgets(lossDock).contains(dock));
    QVERIFY(!panel->findChild<QLabel *>(QStringLiteral("gradientNote"))->text().isEmpty());
    QVERIFY(!panel->whatsThis().isEmpty());
    QVERIFY(!panel->toolTip().isEmpty());
    QCOMPARE(panel->chartView()->whatsThis(), panel->whatsThis());
    window.show(); // the seed starts training on show
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->trace().empty(), 60000);
    QCOMPARE(panel->trace().layers, 2);
    QCOMPARE(panel->trace().timesteps, window.lastSnapshot().model.timesteps);
    QVERIFY(panel->trace().hasCellState);
    QCOMPARE(panel->series().size(), 4);
}

QTEST_MAIN(TestGradientPanel)
#include "tst_gradientpanel.moc"
