// MainWindow: starts training the seed configuration on its own and draws the snapshots it
// gets; the controls drive the controller (pause, step, rebuild on a new num_units); the
// traced window follows the slider; the banner explains a rebuild and a divergence; every
// panel exports; settings survive a restart; at 1366x768 (Chinese) and 1920x1080 (English) the
// first launch shows every lesson and the controls' buttons, and the prediction legend is
// whole with its longest names. Runs with QT_QPA_PLATFORM=offscreen in
// QStandardPaths test mode, so the user's own settings are never touched.

#include "batchview.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "exportactions.h"

#include "anatomyview.h"
#include "banner.h"
#include "busyindicator.h"
#include "network.h"
#include "settingsstore.h"

#include "gatepanel.h"
#include "hyperparameterpanel.h"
#include "losschart.h"
#include "lessonpanel.h"
#include "lessons.h"
#include "predictionchart.h"
#include "runlistpanel.h"
#include "signalpanel.h"
#include "speedslider.h"
#include "translations.h"
#include "textsnapshot.h"
#include "texttaskpage.h"
#include "embedcontroller.h"
#include "embedtaskpage.h"
#include "plantedcorpus.h"
#include "texttrainingcontroller.h"
#include "trainingcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <utility>

namespace {
constexpr int trainingTimeoutMs = 60000; // a loaded CI machine; the usual wait is far shorter
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startsTrainingOnShowAndDrawsSnapshots();
    void startOnLaunchCanBeTurnedOff();
    void pauseStepResumeThroughActions();
    void changingUnitsRebuilds();
    void undoBringsBackTheTrainedNetwork();
    void sliderChoosesTheTracedWindow();
    void bannerExplainsDivergence();
    void bannerNamesAFailingRun();
    void exportsEveryPanel();
    void batchDockFollowsStep();
    void exportFailureNamesThePath();
    void exportScaleMultipliesPngPixels();
    void settingsSurviveARestart();
    void layoutHasNamedDocksAndToolbar();
    void anatomyShowsLargeAndGoesBack();
    void firstLaunchTrainsAtATeachingPace();
    void largestNetworkAnswersAtOnce();
    void predictionLegendIsWhole_data();
    void predictionLegendIsWhole();
    void firstLaunchShowsEveryLessonAndTheButtons_data();
    void firstLaunchShowsEveryLessonAndTheButtons();
    void resetForgetsTheFinishedRun();
    void trainButtonKeepsItsWidth();
    void aboutBoxKeepsCppWhole();
    void taskSwitchKeepsEachTasksTraining();
    void textTaskSurvivesARestart();
    void embedTaskTrainsFromTheToolbar();
    void unsavedTextAsksBeforeClosing();
    void trainsRnnAndLstmSideBySide();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-mainwindow"));
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
}

void TestMainWindow::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestMainWindow::startsTrainingOnShowAndDrawsSnapshots()
{
    MainWindow window;
    QSignalSpy snapshots(part<TrainingController>(window), &TrainingController::snapshotReady);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig(), lstmlab::ModelConfig{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 10, trainingTimeoutMs);
    QVERIFY(snapshots.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(part<PredictionChart>(window)->predictedSeries()->count() == 979, trainingTimeoutMs);
    QCOMPARE(part<PredictionChart>(window)->realSeries()->count(), 979);
    QTRY_VERIFY_WITH_TIMEOUT(part<LossChart>(window)->trainSeries()->count() > 0, trainingTimeoutMs); // refreshed 5 times a second
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->trace().layers.size(), std::size_t(2));
    QCOMPARE(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Pause"));
    QVERIFY(part<QProgressBar>(window, "trainingProgress")->isVisible());   // the seed trains a fixed 50 epochs
}

void TestMainWindow::startOnLaunchCanBeTurnedOff()
{
    {
        MainWindow window;
        window.setStartTrainingOnLaunch(false);
    }
    MainWindow window;
    QVERIFY(!window.startTrainingOnLaunch());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Idle);
    QCOMPARE(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Train"));
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
}

void TestMainWindow::pauseStepResumeThroughActions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);   // Space pauses
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused, trainingTimeoutMs);
    QCOMPARE(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Resume"));
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().state, TrainingSnapshot::State::Paused, trainingTimeoutMs);
    const qint64 before = window.lastSnapshot().step;
    part<QAction>(window, "stepAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, before + 1, trainingTimeoutMs);
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    part<QAction>(window, "resetAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Idle, trainingTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, qint64(0), trainingTimeoutMs);
}

void TestMainWindow::changingUnitsRebuilds()
{
    MainWindow window;
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    QSignalSpy rebuilt(part<TrainingController>(window), &TrainingController::modelRebuilt);
    part<HyperparameterPanel>(window)->unitsBox()->setValue(32);
    QCOMPARE(rebuilt.count(), 1);
    QVERIFY(window.bannerText().contains(QStringLiteral("rebuilt")));
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 32);
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty()
                                 && part<GatePanel>(window, "gatePanel")->trace().layers[0].units == 32,
                             trainingTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);

    // A new number of time steps changes how many test windows the slider offers.
    part<HyperparameterPanel>(window)->timestepsBox()->setValue(50);
    QCOMPARE(part<QSlider>(window, "traceWindowSlider")->maximum(), 1000 - 50 - 1 - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty()
                                 && part<GatePanel>(window, "gatePanel")->trace().layers[0].timesteps == 50,
                             trainingTimeoutMs);
}

// Issue 15: a setting that throws away a trained network says so and can be undone: the
// banner's Undo puts back the network, its step, its settings and its loss history.
void TestMainWindow::undoBringsBackTheTrainedNetwork()
{
    MainWindow window;
    window.show();
    auto *controller = part<TrainingController>(window);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step >= 30, trainingTimeoutMs);
    part<QAction>(window, "trainAction")->trigger(); // Pause
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().state, TrainingSnapshot::State::Paused, trainingTimeoutMs);
    const qint64 trained = window.lastSnapshot().step;
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().trainLossHistory.size() > 0, trainingTimeoutMs);
    const double lastLoss = window.lastSnapshot().trainLossHistory.back().value;

    part<HyperparameterPanel>(window)->unitsBox()->setValue(8);
    QCOMPARE(controller->modelConfig().units, 8);
    QVERIFY(window.bannerText().contains(QStringLiteral("rebuilt")));
    auto *undo = part<Banner>(window, "banner")->findChild<QPushButton *>();
    QVERIFY(undo && undo->isVisible());
    QVERIFY(undo->text().contains(QStringLiteral("Undo")));
    undo->click();

    QTRY_COMPARE_WITH_TIMEOUT(controller->modelConfig().units, 20, trainingTimeoutMs);
    QCOMPARE(part<HyperparameterPanel>(window)->unitsBox()->value(), 20);
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, trained, trainingTimeoutMs);
    QCOMPARE(window.lastSnapshot().model.units, 20);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().trainLossHistory.size() > 0, trainingTimeoutMs);
    QCOMPARE(window.lastSnapshot().trainLossHistory.back().value, lastLoss);
    QVERIFY(window.bannerText().contains(QStringLiteral("back")));

    // A setting that does not rebuild (the learning rate) offers no Undo.
    part<HyperparameterPanel>(window)->learningRateBox()->setValue(0.002);
    QVERIFY(!window.bannerText().contains(QStringLiteral("rebuilt")));
}

void TestMainWindow::sliderChoosesTheTracedWindow()
{
    MainWindow window;
    window.show();
    QCOMPARE(part<QSlider>(window, "traceWindowSlider")->maximum(), 978);
    QCOMPARE(part<QSlider>(window, "traceWindowSlider")->value(), 340);
    part<QSlider>(window, "traceWindowSlider")->setValue(500);
    QCOMPARE(part<PredictionChart>(window)->selectedWindow(), 500);
    QCOMPARE(part<TrainingController>(window)->traceWindow(), 500);
    QTRY_COMPARE_WITH_TIMEOUT(part<GatePanel>(window, "gatePanel")->trace().window, 500, trainingTimeoutMs);

    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int chartHeight = part<PredictionChart>(window)->height();
    part<QCheckBox>(window, "freeRunBox")->setChecked(true);
    QVERIFY(part<TrainingController>(window)->freeRun());
    // The note takes half its lines from the gate maps, half from the chart it explains.
    auto *note = part<QLabel>(window, "freeRunNote");
    QTRY_VERIFY(note->isVisible() && note->height() > 0);
    const int half = note->height() / 2;
    QTRY_VERIFY2(std::abs(part<PredictionChart>(window)->height() - (chartHeight - half)) <= 3,
                 qPrintable(QStringLiteral("%1 px, %2 before, note %3 px")
                                .arg(part<PredictionChart>(window)->height()).arg(chartHeight).arg(note->height())));
    QVERIFY(part<PredictionChart>(window)->freeRunShown());
    QVERIFY(part<QLabel>(window, "freeRunNote")->isVisible()); // said where it happens
    QVERIFY(part<QLabel>(window, "freeRunNote")->text().contains(QStringLiteral("its own predictions")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.lastSnapshot().freeRun.isEmpty(), trainingTimeoutMs);
}

void TestMainWindow::bannerExplainsDivergence()
{
    MainWindow window;
    window.show();
    QVERIFY(window.bannerText().isEmpty());
    emit part<TrainingController>(window)->diverged(QStringLiteral("loss is inf at step 12"));
    const QString text = window.bannerText();
    QVERIFY(text.contains(QStringLiteral("diverged")));
    QVERIFY(text.contains(QStringLiteral("loss is inf at step 12")));
    QVERIFY(text.contains(QStringLiteral("learning rate")));
    part<QAction>(window, "resetAction")->trigger();
    QVERIFY(window.bannerText().isEmpty());
}

// Issue 14, defect 9: a run that finished but clearly failed is named where the learner looks,
// with the core's advice (FailingRun::diagnose, tst_trainingcontroller runs one).
void TestMainWindow::bannerNamesAFailingRun()
{
    MainWindow window;
    window.show();
    QVERIFY(window.bannerText().isEmpty());
    emit part<TrainingController>(window)->failing(QStringLiteral("training failed: the test MSE 1.09 is 1.9 times the 0.586 it "
                                                     "started from. Lower the learning rate (now 10; try 1) <b>"));
    const QString text = window.bannerText();
    QVERIFY2(text.contains(QStringLiteral("This run failed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Lower the learning rate (now 10; try 1) &lt;b&gt;")), qPrintable(text));
}

void TestMainWindow::exportsEveryPanel()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    // On a loaded machine the docks may still be settling their widths after the first frames
    // (the chart moved by 16 px once): export once the chart's size holds for a moment.
    QSize settled;
    QTRY_VERIFY_WITH_TIMEOUT(std::exchange(settled, part<PredictionChart>(window)->size()) == part<PredictionChart>(window)->size()
                                 && (QTest::qWait(200), settled == part<PredictionChart>(window)->size()),
                             trainingTimeoutMs);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new folder"));
    QStringList written;
    QString error;
    QVERIFY2(part<ExportActions>(window)->exportAllTo(folder, &written, &error), qPrintable(error));
    // The anatomy and batch views are panels too; the gates are one figure per layer, one CSV (issue 15).
    const QStringList expected{"prediction.png", "prediction.svg", "prediction.csv",
                               "loss.png", "loss.svg", "loss.csv",
                               "gates-layer1.png", "gates-layer1.svg", "gates-layer2.png", "gates-layer2.svg", "gates.csv",
                               "anatomy.png", "anatomy.svg", "anatomy.csv",
                               "batches.png", "batches.svg", "batches.csv",
                               "gradients.png", "gradients.svg", "gradients.csv",
                               "comparison.png", "comparison.svg", "comparison.csv"};
    QStringList names;
    for (const QString &path : std::as_const(written))
        names << QFileInfo(path).fileName();
    QCOMPARE(names, expected);
    for (const QString &name : expected)
        QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() > 0, qPrintable(name));
    const QImage png(QDir(folder).filePath(QStringLiteral("prediction.png")));
    QCOMPARE(png.size(), part<PredictionChart>(window)->size() * window.devicePixelRatio());
}

void TestMainWindow::batchDockFollowsStep()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = part<QDockWidget>(window, "batchDock");
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), QStringLiteral("Batches"));
    QVERIFY(window.tabifiedDockWidgets(part<QDockWidget>(window, "inspectorDock")).contains(dock));
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), trainingTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().state, TrainingSnapshot::State::Paused, trainingTimeoutMs);
    auto *view = part<BatchView>(window);
    QTRY_COMPARE_WITH_TIMEOUT(view->shownBatch(), window.lastSnapshot().shownBatch, trainingTimeoutMs);
    const int before = view->shownBatch();
    const qint64 step = window.lastSnapshot().step;
    part<QAction>(window, "stepAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, step + 1, trainingTimeoutMs);
    // The view shows the batch the last step trained; before any step, the first one (so the
    // first step shows the same batch; a slow sanitized run may pause before it).
    const int expected = step == 0 ? before : (before + 1) % 156;
    QTRY_COMPARE_WITH_TIMEOUT(view->shownBatch(), expected, trainingTimeoutMs);
    QCOMPARE(view->batchWindows().size(), view->shownBatch() == 155 ? 59 : 64);
    QVERIFY(view->summaryText().startsWith(QStringLiteral("Batch %1 of 156").arg(view->shownBatch() + 1)));
}

void TestMainWindow::exportFailureNamesThePath()
{
    MainWindow window;
    window.show();
    const QString path = QStringLiteral("/nonexistent-folder-lstm-lab/loss.png");
    QString error;
    QVERIFY(!part<ExportActions>(window)->exportPanel(part<LossChart>(window), ExportActions::Format::Png, path, &error));
    QVERIFY2(error.contains(QStringLiteral("nonexistent-folder-lstm-lab")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestMainWindow::exportScaleMultipliesPngPixels()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    ExportActions *exports = part<ExportActions>(window);
    LossChart *chart = part<LossChart>(window);
    const QString one = dir.filePath(QStringLiteral("loss-1x.png"));
    const QString two = dir.filePath(QStringLiteral("loss-2x.png"));
    QString error;
    QCOMPARE(exports->scale(), 1);
    // Paused, so that no new figures change a label's width while the sizes settle.
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().state, TrainingSnapshot::State::Paused, trainingTimeoutMs);
    // The docks settle their widths over the first frames (and an export delivers pending
    // layouts): export once the chart's size holds.
    QSize settled;
    QTRY_VERIFY_WITH_TIMEOUT((exports->exportPanel(chart, ExportActions::Format::Png, one, &error),
                              std::exchange(settled, chart->size()) == chart->size())
                                 && (QTest::qWait(200), settled == chart->size()),
                             trainingTimeoutMs);
    QVERIFY2(exports->exportPanel(chart, ExportActions::Format::Png, one, &error), qPrintable(error));
    QCOMPARE(chart->size(), settled);

    // File > Export Scale > 2x, as the user chooses it; remembered as a setting.
    auto *scaleMenu = part<QMenu>(window, "exportScaleMenu");
    QAction *twice = nullptr;
    for (QAction *action : scaleMenu->actions())
        if (action->data().toInt() == 2)
            twice = action;
    QVERIFY(twice);
    twice->trigger();
    QCOMPARE(exports->scale(), 2);
    QVERIFY(twice->isChecked());
    QVERIFY2(exports->exportPanel(chart, ExportActions::Format::Png, two, &error), qPrintable(error));

    const QImage small(one);
    const QImage large(two);
    QVERIFY(!small.isNull());
    QCOMPARE(chart->size(), settled);
    QCOMPARE(small.size(), settled * window.devicePixelRatio());
    QCOMPARE(large.size(), small.size() * 2);
    window.saveSettings();
    QCOMPARE(AppSettings::load().exportScale, 2);
}

void TestMainWindow::settingsSurviveARestart()
{
    {
        MainWindow window;
        window.show();
        part<HyperparameterPanel>(window)->unitsBox()->setValue(48);
        part<HyperparameterPanel>(window)->dropoutBox()->setValue(0.2);
        part<QSlider>(window, "traceWindowSlider")->setValue(321);
        part<QCheckBox>(window, "freeRunBox")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(part<GatePanel>(window, "gatePanel")->layerCount() == 2, trainingTimeoutMs);
        part<GatePanel>(window, "gatePanel")->setLayer(1);
        window.close();
    }
    MainWindow window;
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig().units, 48);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig().dropout, 0.2);
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 48);
    QCOMPARE(part<QSlider>(window, "traceWindowSlider")->value(), 321);
    QVERIFY(part<QCheckBox>(window, "freeRunBox")->isChecked());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(part<GatePanel>(window, "gatePanel")->layer(), 1, trainingTimeoutMs);
}

void TestMainWindow::layoutHasNamedDocksAndToolbar()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every dock has an object name (saveState needs it); the controls, the loss and the
    // inspector are in view from the start, the teaching docks may be tabbed behind them.
    const auto docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 3);
    QStringList names;
    for (const QDockWidget *dock : docks) {
        QVERIFY(!dock->objectName().isEmpty());
        names << dock->objectName();
        if (dock->objectName() == QLatin1String("controlsDock") || dock->objectName() == QLatin1String("lossDock")
            || dock->objectName() == QLatin1String("inspectorDock"))
            QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
    }
    QCOMPARE(names.removeDuplicates(), 0);
    for (const QToolBar *bar : window.findChildren<QToolBar *>())
        QVERIFY(!bar->objectName().isEmpty());
    // Every panel gets room at the smallest supported screen.
    for (QWidget *w : std::initializer_list<QWidget *>{part<PredictionChart>(window), part<LossChart>(window),
                                                        part<GatePanel>(window, "gatePanel"), part<HyperparameterPanel>(window)}) {
        QVERIFY2(w->isVisible(), w->metaObject()->className());
        QVERIFY2(w->width() >= 200 && w->height() >= 180, w->metaObject()->className());
    }
    // The whole window fits a 1366x768 screen with room for a title bar and a panel.
    QVERIFY2(window.minimumSizeHint().width() <= 1366 && window.minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    QVERIFY(!window.restoreState(QByteArray("nonsense"), AppSettings::stateVersion));
}

// The anatomy view is cramped in its tab: Show Large floats it over most of the screen, and
// its button then puts it back.
void TestMainWindow::anatomyShowsLargeAndGoesBack()
{
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *button = part<AnatomyView>(window)->findChild<QToolButton *>(QStringLiteral("anatomyLargeButton"));
    QVERIFY(button);
    const QString showLarge = button->text();
    QVERIFY(!part<QDockWidget>(window, "anatomyDock")->isFloating());

    button->click();
    QVERIFY(part<QDockWidget>(window, "anatomyDock")->isFloating());
    QVERIFY(part<QDockWidget>(window, "anatomyDock")->isVisible());
    QVERIFY(part<AnatomyView>(window)->isShownLarge());
    // Most of the screen, up to 1500x950.
    const QRect screen = window.screen()->availableGeometry();
    QCOMPARE(part<QDockWidget>(window, "anatomyDock")->width(), std::min(1500, screen.width() * 9 / 10));
    QCOMPARE(part<QDockWidget>(window, "anatomyDock")->height(), std::min(950, screen.height() * 9 / 10));
    QVERIFY(button->text() != showLarge);

    button->click();
    QVERIFY(!part<QDockWidget>(window, "anatomyDock")->isFloating());
    QVERIFY(!part<AnatomyView>(window)->isShownLarge());
    QCOMPARE(button->text(), showLarge);
}

// First launch: the learner can watch the prediction take shape (the seed's 50 epochs take
// about 40 s at the teaching pace instead of 4), and full speed is one click away.
void TestMainWindow::firstLaunchTrainsAtATeachingPace()
{
    MainWindow window;
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    QCOMPARE(part<TrainingController>(window)->stepDelayMs(), SpeedSlider::teachingPaceMs);
    // The passing of time is what is tested here: five seconds of training.
    QTest::qWait(5000);
    const int epochs = part<TrainingController>(window)->trainConfig().epochs;
    QVERIFY2(window.lastSnapshot().epoch < epochs / 4,
             qPrintable(QStringLiteral("epoch %1 of %2 after 5 s").arg(window.lastSnapshot().epoch).arg(epochs)));
    QVERIFY(window.lastSnapshot().epoch < epochs);
    // Still learning, visibly: the predicted curve moves from one second to the next.
    const QList<QPointF> before = part<PredictionChart>(window)->predictedSeries()->points();
    QVERIFY(!before.isEmpty());
    QTest::qWait(1000);
    QTRY_VERIFY_WITH_TIMEOUT(part<PredictionChart>(window)->predictedSeries()->points() != before, trainingTimeoutMs);

    part<SpeedSlider>(window)->fullSpeedButton()->click();
    QCOMPARE(part<TrainingController>(window)->stepDelayMs(), 0);
}

namespace {

bool stepping(const TrainingController *controller)
{
    const TrainingActivity::Kind kind = controller->activity().kind;
    return kind == TrainingActivity::Kind::Step || kind == TrainingActivity::Kind::EpochEnd;
}

// Milliseconds until the worker has left the step it was taking (at most timeoutMs).
qint64 msUntilTheStepIsLeft(const TrainingController *controller, const QElapsedTimer &since, int timeoutMs)
{
    while (stepping(controller) && since.elapsed() < timeoutMs)
        QTest::qWait(1);
    return since.elapsed();
}

} // namespace

// At the largest configuration (256 units x 8 layers x 512 steps: a step takes tens of seconds)
// Pause, Reset and closing the window take effect within 200 ms while a step runs: the worker
// gives the step up. The panels drop the old network the moment a new one is ordered, and the
// status bar says what is being built. The limit checked is looser than the 200 ms aimed at,
// for loaded CI machines; the measured times are printed.
void TestMainWindow::largestNetworkAnswersAtOnce()
{
    constexpr int limitMs = 1000;
    constexpr int buildTimeoutMs = 180000; // about 4 GB of buffers on a loaded machine
    auto *window = new MainWindow;
    TrainingController *controller = part<TrainingController>(*window);
    auto *busy = window->findChild<BusyIndicator *>();
    QVERIFY(busy);
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(*window, "gatePanel")->trace().empty(), trainingTimeoutMs);

    lstmlab::ModelConfig model = controller->modelConfig();
    model.units = 256;
    model.layers = 8;
    model.timesteps = 512;
    controller->setConfiguration(model, controller->trainConfig());
    // At once, before the worker has built anything: no panel shows the old network.
    QVERIFY(window->lastSnapshot().building);
    QVERIFY(part<GatePanel>(*window, "gatePanel")->trace().empty());
    QCOMPARE(part<PredictionChart>(*window)->predictedSeries()->count(), 0);
    QVERIFY2(busy->text().contains(QStringLiteral("256 units × 8 layers × 512 time steps")), qPrintable(busy->text()));

    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(stepping(controller), buildTimeoutMs);
    QTest::qWait(300); // well inside the first step
    QVERIFY(stepping(controller));
    // The status bar says what takes so long.
    QTRY_VERIFY_WITH_TIMEOUT(busy->text().startsWith(QStringLiteral("Taking the first step")), 5000);
    QElapsedTimer clock;
    clock.start();
    part<QAction>(*window, "trainAction")->trigger(); // Pause
    QCOMPARE(controller->state(), TrainingSnapshot::State::Paused);
    const qint64 pauseMs = msUntilTheStepIsLeft(controller, clock, 10 * limitMs);
    // The paused frame (the gate trace; the test predictions follow in slices) needs no
    // evaluation of the whole test set, which takes minutes at this size.
    QTRY_VERIFY_WITH_TIMEOUT(window->lastSnapshot().state == TrainingSnapshot::State::Paused
                                 && !window->lastSnapshot().trace.empty(),
                             trainingTimeoutMs);
    const qint64 pausedFrameMs = clock.elapsed();
    QCOMPARE(window->lastSnapshot().trace.layers.front().units, lstmlab::Network<float>::tracedUnits(model));

    controller->resume();
    QTRY_VERIFY_WITH_TIMEOUT(stepping(controller), trainingTimeoutMs);
    QTest::qWait(300);
    clock.start();
    part<QAction>(*window, "resetAction")->trigger();
    QCOMPARE(controller->state(), TrainingSnapshot::State::Idle);
    QVERIFY(window->lastSnapshot().building);
    QVERIFY(part<GatePanel>(*window, "gatePanel")->trace().empty());
    const qint64 resetMs = msUntilTheStepIsLeft(controller, clock, 10 * limitMs);

    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(stepping(controller), buildTimeoutMs);
    QTest::qWait(300);
    QVERIFY(stepping(controller));
    clock.start();
    window->close();
    QVERIFY(!window->isVisible());
    const qint64 closeMs = clock.elapsed();
    // Quitting: the worker leaves the step, its thread ends and frees the model (about 4 GB,
    // which the system takes a moment to reclaim; before, this waited for the step's end).
    delete window;
    const qint64 quitMs = clock.elapsed();

    qInfo("256 units x 8 layers x 512 steps, while a step runs: Pause took effect after %lld ms (the paused frame "
          "came after %lld ms), Reset after %lld ms, closing the window after %lld ms; the window destroyed (worker "
          "thread ended, model freed) after %lld ms",
          pauseMs, pausedFrameMs, resetMs, closeMs, quitMs);
    QVERIFY2(pauseMs <= limitMs, qPrintable(QString::number(pauseMs)));
    QVERIFY2(resetMs <= limitMs, qPrintable(QString::number(resetMs)));
    QVERIFY2(closeMs <= limitMs, qPrintable(QString::number(closeMs)));
    QVERIFY2(quitMs <= 10 * limitMs, qPrintable(QString::number(quitMs))); // a step alone takes longer
}

namespace {

// The legend's labels as drawn. Qt Charts shortens a label that does not fit with "...".
QStringList drawnLegendTexts(const QGraphicsItem *item)
{
    QStringList texts;
    for (const QGraphicsItem *child : item->childItems()) {
        if (!child->isVisible())
            continue;
        if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(child))
            texts << text->toPlainText();
        texts << drawnLegendTexts(child);
    }
    return texts;
}

} // namespace

// The prediction legend with the longest names it can have (a noisy square wave and the free
// run) shows every entry whole, on the two screens the default layout is made for (and in
// English on the small one, where the English names are longest).
void TestMainWindow::predictionLegendIsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("Chinese, 1366x768") << "zh_CN" << QSize(1366, 768);
    QTest::newRow("English, 1920x1080") << "en" << QSize(1920, 1080);
    QTest::newRow("English, 1366x768") << "en" << QSize(1366, 768);
}

void TestMainWindow::predictionLegendIsWhole()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *signal = part<SignalPanel>(window);
    signal->setSignal(QStringLiteral("square"));
    signal->noiseSlider()->setValue(signal->noiseSlider()->maximum() / 10);
    part<QCheckBox>(window, "freeRunBox")->setChecked(true);
    auto *chart = part<PredictionChart>(window);
    QTRY_VERIFY_WITH_TIMEOUT(chart->freeRunSeries()->isVisible() && chart->freeRunSeries()->count() > 0,
                             trainingTimeoutMs);
    QVERIFY2(chart->realSeries()->name().contains(signal->displayName()), qPrintable(chart->realSeries()->name()));
    QVERIFY(signal->displayName().contains(QStringLiteral("0.10")));

    QStringList labels;
    for (const QLegendMarker *marker : chart->chart()->legend()->markers())
        if (marker->isVisible())
            labels << marker->label();
    QCOMPARE(labels.size(), 4); // input window, real, predicted, free run
    QCoreApplication::processEvents();
    QTRY_VERIFY2(drawnLegendTexts(chart->chart()->legend()) == labels,
                 qPrintable(QStringLiteral("drawn: %1; labels: %2")
                                .arg(drawnLegendTexts(chart->chart()->legend()).join(QStringLiteral(" | ")),
                                     labels.join(QStringLiteral(" | ")))));
}

namespace {

// Whether all of w is inside the part of its scroll area that shows.
bool wholeInView(const QWidget *w, const QScrollArea *area)
{
    const QRect shown(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
    return w->isVisible() && area->viewport()->rect().contains(shown);
}

} // namespace

// The default layout on the two screens it is made for (and English on the small one): the
// list of lessons is in front of the signal chooser on a first launch and every lesson in it is
// in view without scrolling, and so are the controls' Train, Step and Reset buttons.
void TestMainWindow::firstLaunchShowsEveryLessonAndTheButtons_data()
{
    predictionLegendIsWhole_data();
}

void TestMainWindow::firstLaunchShowsEveryLessonAndTheButtons()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    Translations translations;
    QVERIFY(translations.setLanguage(language));
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *lessons = part<LessonPanel>(window);
    auto *lessonArea = qobject_cast<QScrollArea *>(part<QDockWidget>(window, "lessonDock")->widget());
    QVERIFY(lessonArea);
    QList<QPushButton *> choices;
    for (QPushButton *button : lessons->findChildren<QPushButton *>())
        if (button != lessons->contrastButton() && button != lessons->restartButton())
            choices << button;
    QCOMPARE(choices.size(), Lessons::all().size());
    const auto everyLessonInView = [&] {
        for (const QPushButton *button : std::as_const(choices))
            if (!wholeInView(button, lessonArea))
                return false;
        return true;
    };
    QTRY_VERIFY2(everyLessonInView(), qPrintable(QStringLiteral("lesson list %1 px high, shown %2 px")
                                                      .arg(lessons->height())
                                                      .arg(lessonArea->viewport()->height())));
    // In front of the signal chooser that shares its place.
    const QString lessonTab = part<QDockWidget>(window, "lessonDock")->windowTitle();
    bool inFront = false;
    for (const QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        for (int k = 0; k < bar->count(); ++k)
            if (bar->tabText(k) == lessonTab)
                inFront = bar->currentIndex() == k;
    QVERIFY(inFront);

    auto *controls = part<HyperparameterPanel>(window);
    auto *controlsArea = qobject_cast<QScrollArea *>(part<QDockWidget>(window, "controlsDock")->widget());
    QVERIFY(controlsArea);
    for (const QPushButton *button : {controls->trainButton(), controls->stepButton(), controls->resetButton()})
        QVERIFY2(wholeInView(button, controlsArea), qPrintable(button->text()));
    // The last row of settings (it was cut off in Chinese at 1366x768), and a loss chart with
    // room for its ticks and titles (it was about 50 px tall).
    QVERIFY(wholeInView(controls->clipNormBox(), controlsArea));
    QVERIFY2(part<LossChart>(window)->height() >= 200, qPrintable(QString::number(part<LossChart>(window)->height())));
}

// Issue 15: after Reset the status bar said "Training finished: 10 epochs done" next to
// "Ready Epoch 0/10".
void TestMainWindow::resetForgetsTheFinishedRun()
{
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    lstmlab::TrainConfig train;
    train.epochs = 1;
    lstmlab::ModelConfig model;
    model.units = 4;
    model.layers = 1;
    window.setConfiguration(model, train);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    part<SpeedSlider>(window)->fullSpeedButton()->click();
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Finished,
                              trainingTimeoutMs);
    QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Training finished")));

    part<QAction>(window, "resetAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Idle,
                              trainingTimeoutMs);
    QCOMPARE(part<QLabel>(window, "stateLabel")->text(), QStringLiteral("Ready"));
    QCOMPARE(window.statusBar()->currentMessage(), QString());
}

// Issue 15: Train, Pause and Resume had different widths, so the toolbar shifted under the
// mouse.
void TestMainWindow::trainButtonKeepsItsWidth()
{
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = part<QToolBar>(window, "trainingToolBar");
    QWidget *button = bar->widgetForAction(part<QAction>(window, "trainAction"));
    QWidget *step = bar->widgetForAction(part<QAction>(window, "stepAction"));
    QVERIFY(button && step);
    QCOMPARE(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Train"));
    QCoreApplication::processEvents();
    const int width = button->width();
    const int stepX = step->x();
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Pause"), trainingTimeoutMs);
    QTRY_COMPARE(button->width(), width);
    QCOMPARE(step->x(), stepX);
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(part<QAction>(window, "trainAction")->text(), QStringLiteral("&Resume"), trainingTimeoutMs);
    QTRY_COMPARE(button->width(), width);
    QCOMPARE(step->x(), stepX);
}

// Issue 15: the About box wrapped "C++" as "C+ / +".
void TestMainWindow::aboutBoxKeepsCppWhole()
{
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    QString text;
    QTimer closer; // the box is modal: read and close it from its own event loop
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, &window, [&text, &closer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            closer.stop();
            box->accept();
        }
    });
    closer.start();
    window.showAbout();
    QVERIFY2(text.contains(QStringLiteral("<nobr>C++</nobr>")), qPrintable(text));
}

// Sine / Text: each task keeps its settings and its network; switching pauses the other's
// training and brings its page back as it was. The toolbar's Train drives the task shown.
void TestMainWindow::taskSwitchKeepsEachTasksTraining()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("rhymes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int k = 0; k < 80; ++k)
        file.write("the cat sat on the mat,\nthe dog ran to the log.\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    part<HyperparameterPanel>(window)->unitsBox()->setValue(7);
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 7);

    auto *page = part<TextTaskPage>(window);
    QCOMPARE(page->openTextFile(text), QString());
    part<QAction>(window, "textTaskAction")->trigger();
    QCOMPARE(window.task(), MainWindow::Task::Text);
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused);
    QVERIFY(page->isVisible());
    QVERIFY(!part<QDockWidget>(window, "controlsDock")->isVisible());
    QVERIFY2(window.minimumSizeHint().width() <= 1366, qPrintable(QString::number(window.minimumSizeHint().width())));
    part<QSpinBox>(window, "textUnits")->setValue(16);
    part<QSpinBox>(window, "textTimesteps")->setValue(10);
    part<QSpinBox>(window, "textStreams")->setValue(4);
    QCOMPARE(part<TextTrainingController>(window)->modelConfig().units, 16);
    part<QAction>(window, "trainAction")->trigger();
    QCOMPARE(page->state(), TextSnapshot::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(page->lastSnapshot().step > 3, trainingTimeoutMs);
    QVERIFY(part<QLabel>(window, "stepLabel")->text().contains(QLatin1String("batch")));

    part<QAction>(window, "sineTaskAction")->trigger();
    QCOMPARE(window.task(), MainWindow::Task::Sine);
    QCOMPARE(page->state(), TextSnapshot::State::Paused);
    QVERIFY(part<QDockWidget>(window, "controlsDock")->isVisible());
    QCOMPARE(part<HyperparameterPanel>(window)->unitsBox()->value(), 7);
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 7);
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused);
    part<QAction>(window, "trainAction")->trigger(); // resumes the sine, not the text
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running);
    QCOMPARE(page->state(), TextSnapshot::State::Paused);

    const qint64 textStep = page->lastSnapshot().step;
    part<QAction>(window, "textTaskAction")->trigger();
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused);
    QCOMPARE(part<QSpinBox>(window, "textUnits")->value(), 16);
    QCOMPARE(page->state(), TextSnapshot::State::Paused);
    QVERIFY(page->lastSnapshot().step >= textStep);
    QCOMPARE(part<TextTrainingController>(window)->modelConfig().units, 16);
}

// The third task: the toolbar's Train builds and trains a skip-gram model on the page's text,
// Pause pauses it, Step is off, and the sine pauses meanwhile and comes back as it was.
void TestMainWindow::embedTaskTrainsFromTheToolbar()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("planted.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    lstmlab::PlantedCorpusConfig planted;
    planted.lines = 4000;
    file.write(QByteArray::fromStdString(lstmlab::plantedCorpusText(planted)));
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), TrainingSnapshot::State::Running, trainingTimeoutMs);
    auto *page = part<EmbedTaskPage>(window);
    page->setTextFile(text);
    part<QAction>(window, "embedTaskAction")->trigger();
    QCOMPARE(window.task(), MainWindow::Task::Embed);
    QVERIFY(page->isVisible());
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused);
    QVERIFY(!part<QDockWidget>(window, "controlsDock")->isVisible());
    QVERIFY(!part<QAction>(window, "stepAction")->isEnabled());
    QVERIFY2(window.minimumSizeHint().width() <= 1366, qPrintable(QString::number(window.minimumSizeHint().width())));

    part<QAction>(window, "trainAction")->trigger(); // a new model at the watching pace
    auto *controller = page->controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->lastSnapshot().state == EmbedSnapshot::State::Training, trainingTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(part<QAction>(window, "trainAction")->text() == QLatin1String("&Pause"), trainingTimeoutMs);
    part<QAction>(window, "trainAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(controller->lastSnapshot().state, EmbedSnapshot::State::Paused, trainingTimeoutMs);
    QVERIFY(controller->lastSnapshot().wordsDone > 0);

    part<QAction>(window, "sineTaskAction")->trigger();
    QVERIFY(part<QDockWidget>(window, "controlsDock")->isVisible());
    QVERIFY(part<QAction>(window, "stepAction")->isEnabled());
    QCOMPARE(controller->lastSnapshot().state, EmbedSnapshot::State::Paused);
}

// The task shown, the text task's settings and its text are remembered between runs.
void TestMainWindow::textTaskSurvivesARestart()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("rhymes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int k = 0; k < 80; ++k)
        file.write("the cat sat on the mat,\nthe dog ran to the log.\n");
    file.close();
    {
        MainWindow window;
        window.setStartTrainingOnLaunch(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(part<TextTaskPage>(window)->openTextFile(text), QString());
        window.setTask(MainWindow::Task::Text);
        part<QSpinBox>(window, "textUnits")->setValue(16);
        window.close();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.task(), MainWindow::Task::Text, trainingTimeoutMs);
    QCOMPARE(part<QSpinBox>(window, "textUnits")->value(), 16);
    QCOMPARE(part<TextTrainingController>(window)->modelConfig().units, 16);
    QVERIFY(part<TextTrainingController>(window)->corpus());
    QCOMPARE(QString::fromStdString(part<TextTrainingController>(window)->corpus()->source()), QFileInfo(text).absoluteFilePath());
    QCOMPARE(part<TextTaskPage>(window)->state(), TextSnapshot::State::Idle); // not started on launch
    // Back to the sine: its docks come back as they were at the first launch.
    window.setTask(MainWindow::Task::Sine);
    QVERIFY(part<QDockWidget>(window, "controlsDock")->isVisible());
}

// Closing with text steps trained since the last save asks: Cancel keeps the window, Discard
// closes it.
void TestMainWindow::unsavedTextAsksBeforeClosing()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("rhymes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int k = 0; k < 80; ++k)
        file.write("the cat sat on the mat,\nthe dog ran to the log.\n");
    file.close();
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = part<TextTaskPage>(window);
    QCOMPARE(page->openTextFile(text), QString());
    part<QSpinBox>(window, "textUnits")->setValue(8);
    part<QSpinBox>(window, "textTimesteps")->setValue(10);
    part<QSpinBox>(window, "textStreams")->setValue(4);
    page->stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(page->lastSnapshot().step, 1, trainingTimeoutMs);
    QCOMPARE(page->unsavedSteps(), 1);

    const auto answerWith = [](QMessageBox::StandardButton button) {
        auto *timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                timer->deleteLater();
            }
        });
        timer->start(20);
    };
    answerWith(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    answerWith(QMessageBox::Discard);
    QVERIFY(window.close());
}


// Issue 17's "Done when": rnn and lstm trained side by side, both curves in the loss chart (and
// the prediction chart), the legend naming the cells, equal steps, both runs kept in the list.
void TestMainWindow::trainsRnnAndLstmSideBySide()
{
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    lstmlab::ModelConfig model;
    model.units = 4;
    model.layers = 1;
    model.timesteps = 5;
    lstmlab::TrainConfig train;
    train.epochs = 2;
    train.batchSize = 512;
    window.setConfiguration(model, train);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    part<SpeedSlider>(window)->setDelayMs(0);

    RunSettings rnn{model, train};
    rnn.model.cell = lstmlab::RecurrentCell::Rnn;
    RunSettings lstm{model, train};
    lstm.model.cell = lstmlab::RecurrentCell::Lstm;
    window.trainSideBySide({rnn, lstm});
    auto *controller = part<TrainingController>(window);
    QCOMPARE(controller->modelConfig().cell, lstmlab::RecurrentCell::Rnn);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig().cell, lstmlab::RecurrentCell::Rnn);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), TrainingSnapshot::State::Finished, trainingTimeoutMs);

    const TrainingSnapshot &last = window.lastSnapshot();
    QCOMPARE(last.sideRuns.size(), qsizetype(1));
    QVERIFY(last.step > 0);
    QCOMPARE(last.sideRuns[0].step, last.step);
    QCOMPARE(last.sideRuns[0].model.cell, lstmlab::RecurrentCell::Lstm);
    QCOMPARE(qint64(last.sideRuns[0].trainLossHistory.size()), last.step);
    QCOMPARE(last.sideRuns[0].testMseHistory.size(), last.testMseHistory.size());

    auto *loss = part<LossChart>(window);
    QTRY_COMPARE_WITH_TIMEOUT(loss->runSeries().size(), qsizetype(1), trainingTimeoutMs);
    QVERIFY(loss->trainSeries()->count() > 0);
    QVERIFY(loss->runSeries().front()->count() > 0);
    QCOMPARE(loss->trainSeries()->name(), QStringLiteral("plain RNN"));
    QCOMPARE(part<PredictionChart>(window)->predictedSeries()->name(), QStringLiteral("plain RNN"));
    QCOMPARE(loss->runSeries().front()->name(), QStringLiteral("LSTM"));
    // Two curves, not one drawn twice.
    QVERIFY(loss->trainSeries()->points() != loss->runSeries().front()->points());
    auto *prediction = part<PredictionChart>(window);
    QCOMPARE(prediction->runSeries().size(), qsizetype(1));
    QCOMPARE(prediction->runSeries().front()->count(), prediction->predictedSeries()->count());

    // Finished: both runs are in the list; a reset keeps them and draws the ticked one.
    auto *runs = part<RunListPanel>(window);
    QCOMPARE(runs->count(), 2);
    window.resetTraining();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step == 0 && !window.lastSnapshot().building, trainingTimeoutMs);
    QCOMPARE(runs->count(), 2);
    QTRY_COMPARE(loss->runSeries().size(), qsizetype(0));
    runs->setChecked(1, true);
    QCOMPARE(loss->runSeries().size(), qsizetype(1));
    QCOMPARE(prediction->runSeries().size(), qsizetype(1));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
