#include "mainwindow.h"

#include "anatomyview.h"
#include "batchview.h"
#include "banner.h"
#include "busyindicator.h"
#include "divergencenotice.h"
#include "exportactions.h"
#include "gateinspector.h"
#include "gatepanel.h"
#include "gradientpanel.h"
#include "guidedialog.h"
#include "guidenavigator.h"
#include "heatmapwidget.h"
#include "hyperparameterpanel.h"
#include "languagemenu.h"
#include "lessonpanel.h"
#include "lessons.h"
#include "losschart.h"
#include "predictionchart.h"
#include "runlistpanel.h"
#include "sidebysidedialog.h"
#include "sessioncontroller.h"
#include "signalpanel.h"
#include "speedslider.h"
#include "texttaskpage.h"
#include "embedcontroller.h"
#include "embedtaskpage.h"
#include "tracewindowpicker.h"
#include "trainingcontroller.h"
#include "windowhelp.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <utility>

// The icon lives in the ui library's resources; a static library's resources must be
// initialised by name, outside any namespace.
static void initLstmLabResources()
{
    Q_INIT_RESOURCE(lstm_lab);
}

namespace {

QString formatLoss(double value)
{
    if (value < 0)
        return QStringLiteral("–");
    return value < 0.01 ? QString::number(value, 'e', 2) : QString::number(value, 'f', 4);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initLstmLabResources();
    qRegisterMetaType<TrainingSnapshot>();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LSTM Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lstm-lab.svg")));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_settings = AppSettings::load();

    m_controller = new TrainingController(this);
    m_controls = new HyperparameterPanel;
    m_lossChart = new LossChart;
    m_predictionChart = new PredictionChart;
    m_gatePanel = new GatePanel;
    m_gatePanel->setObjectName(QStringLiteral("gatePanel")); // the text page has its own
    m_inspector = new GateInspector;
    m_inspector->setObjectName(QStringLiteral("gateInspector"));
    m_textPage = new TextTaskPage;
    m_embedPage = new EmbedTaskPage;
    m_exports = new ExportActions(this, {m_predictionChart, m_lossChart, m_gatePanel});
    m_exports->setFolder(m_settings.exportFolder);
    m_exports->setScale(m_settings.exportScale);
    connect(m_exports, &ExportActions::scaleChanged, this, [this](int scale) {
        m_settings.exportScale = scale;
        scheduleSave();
    });
    connect(m_exports, &ExportActions::folderUsed, this, [this](const QString &folder) {
        m_settings.exportFolder = folder;
        scheduleSave();
    });
    connect(m_exports, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSettings);

    createActions();
    setCentralWidget(createCentre());
    createDocks();
    createMenus();
    createStatusBar();
    retranslateUi();
    m_exports->attachContextMenu(m_predictionChart, m_predictionChart, {m_freeRunAction});
    m_exports->attachContextMenu(m_lossChart, m_lossChart);
    m_exports->attachContextMenu(m_gatePanel, m_gatePanel);
    for (ExportablePanel *panel : m_textPage->exportablePanels())
        m_exports->attachContextMenu(panel->exportWidget(), panel);
    createGuideNavigator();

    // The stored configuration goes to the controls, then to the controller.
    m_controls->setConfiguration(m_settings.model, m_settings.train);
    m_pacer.setMaxRate(m_settings.maxSnapshotsPerSecond);
    m_controller->setMaxSnapshotsPerSecond(m_pacer.rate());
    m_controller->setConfiguration(m_controls->modelConfig(), m_controls->trainConfig());
    // The stored signal and speed, before the controller's signals are connected: no banner.
    m_signalPanel->setTimesteps(m_controls->modelConfig().timesteps);
    m_signalPanel->restore(m_settings.signalId, m_settings.signalParameters, m_settings.noiseStddev,
                           m_settings.csvPath, m_settings.csvColumn);
    if (m_signalPanel->usesSeries() || m_signalPanel->signalId() != QLatin1String("sine") || m_signalPanel->noise() > 0)
        onSignalChanged();
    m_speedSlider->setDelayMs(m_settings.stepDelayMs);
    m_controller->setStepDelayMs(m_speedSlider->delayMs());
    m_controller->setPauseAtEpochEnd(m_settings.pauseAtEpochEnd);
    m_anatomy->setConfiguration(m_controls->modelConfig());
    const int traceWindow = m_settings.traceWindow;
    updateTraceRange(m_controls->modelConfig().timesteps);
    m_tracePicker->setWindow(traceWindow);
    onTraceWindowChanged(m_tracePicker->window());
    m_freeRunBox->setChecked(m_settings.freeRun);
    onFreeRunToggled(m_settings.freeRun);
    m_pendingGateLayer = m_settings.gateLayer;
    connectController();
    connectTextPage();
    connectEmbedPage();
    onStateChanged(m_controller->state());

    restoreLayout();
    applyGateVocabulary();
    applyHelp();
}

void MainWindow::applyHelp()
{
    m_inspectorDock->setWhatsThis(m_inspector->whatsThis());
    WindowHelp::apply(*this);
}

MainWindow::~MainWindow()
{
    if (m_saveTimer->isActive())
        saveSettings();
}

// --- building the window --------------------------------------------------------------------

void MainWindow::createActions()
{
    m_trainAction = new QAction(this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_trainAction, &QAction::triggered, this, &MainWindow::toggleTraining);

    auto *tasks = new QActionGroup(this);
    m_sineTaskAction = tasks->addAction(QString());
    m_sineTaskAction->setObjectName(QStringLiteral("sineTaskAction"));
    m_textTaskAction = tasks->addAction(QString());
    m_textTaskAction->setObjectName(QStringLiteral("textTaskAction"));
    m_embedTaskAction = tasks->addAction(QString());
    m_embedTaskAction->setObjectName(QStringLiteral("embedTaskAction"));
    for (QAction *action : {m_sineTaskAction, m_textTaskAction, m_embedTaskAction}) {
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action] {
            setTask(action == m_textTaskAction ? Task::Text : action == m_embedTaskAction ? Task::Embed : Task::Sine);
        });
    }
    m_sineTaskAction->setChecked(true);
    m_sineTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    m_textTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    m_embedTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));

    m_stepAction = new QAction(style()->standardIcon(QStyle::SP_MediaSkipForward), QString(), this);
    m_stepAction->setObjectName(QStringLiteral("stepAction"));
    m_stepAction->setShortcut(QKeySequence(Qt::Key_F10));
    connect(m_stepAction, &QAction::triggered, this, &MainWindow::stepOnce);

    m_sideBySideAction = new QAction(this);
    m_sideBySideAction->setObjectName(QStringLiteral("sideBySideAction"));
    connect(m_sideBySideAction, &QAction::triggered, this, &MainWindow::showSideBySideDialog);

    m_resetAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_resetAction->setObjectName(QStringLiteral("resetAction"));
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetTraining);

    m_startOnLaunchAction = new QAction(this);
    m_startOnLaunchAction->setCheckable(true);
    m_startOnLaunchAction->setChecked(m_settings.startTrainingOnLaunch);
    connect(m_startOnLaunchAction, &QAction::toggled, this, &MainWindow::setStartTrainingOnLaunch);

    m_pauseAtEpochEndAction = new QAction(this);
    m_pauseAtEpochEndAction->setObjectName(QStringLiteral("pauseAtEpochEndAction"));
    m_pauseAtEpochEndAction->setCheckable(true);
    m_pauseAtEpochEndAction->setChecked(m_settings.pauseAtEpochEnd);
    connect(m_pauseAtEpochEndAction, &QAction::toggled, this, [this](bool on) {
        m_controller->setPauseAtEpochEnd(on);
        m_settings.pauseAtEpochEnd = on;
        scheduleSave();
    });

    m_freeRunAction = new QAction(this);
    m_freeRunAction->setCheckable(true);
    m_freeRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_guideAction = new QAction(this);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);
    m_whatsThisAction = QWhatsThis::createAction(this);

    auto *names = new QActionGroup(this);
    m_standardNamesAction = names->addAction(GateVocabulary::menuText(GateVocabulary::Kind::Standard));
    m_notesNamesAction = names->addAction(GateVocabulary::menuText(GateVocabulary::Kind::Notes));
    m_standardNamesAction->setObjectName(QStringLiteral("standardNamesAction"));
    m_notesNamesAction->setObjectName(QStringLiteral("notesNamesAction"));
    for (QAction *action : {m_standardNamesAction, m_notesNamesAction}) {
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action] {
            setGateVocabulary(action == m_notesNamesAction ? GateVocabulary::Kind::Notes
                                                          : GateVocabulary::Kind::Standard);
        });
    }
}

// Every text the window sets itself, in the current language: from the constructor and on
// View > Language, which retranslates the running window in place (its parts retranslate
// themselves; WindowHelp follows once they have, see event()).
void MainWindow::retranslateUi()
{
    m_sineTaskAction->setText(tr("&Sine"));
    m_sineTaskAction->setToolTip(tr("The sine task: predict the next sample of a signal (Ctrl+Shift+1)"));
    m_textTaskAction->setText(tr("Te&xt"));
    m_embedTaskAction->setText(tr("&Embeddings"));
    m_embedTaskAction->setToolTip(tr("The embedding task: skip-gram word vectors, trained live on a map (Ctrl+Shift+3)"));
    m_embedTaskAction->setWhatsThis(tr("<p><b>Embeddings</b></p><p>The seed's third task: skip-gram learns a vector "
                                       "for every word (or character) by predicting its neighbours, and similar words "
                                       "drift together on the map. The other tasks pause while it is shown.</p>"));
    m_textTaskAction->setToolTip(tr("The text task: a character-level network learns to write, from "
                                    "Tang poems or any text (Ctrl+Shift+2)"));
    m_sineTaskAction->setWhatsThis(tr("<p><b>Sine</b></p><p>The seed's first task: from a window of samples, "
                                      "predict the next one. Its settings and network stay as they are while "
                                      "the text task is shown.</p>"));
    m_textTaskAction->setWhatsThis(tr("<p><b>Text</b></p><p>The seed's second task: a character-level network "
                                      "reads a text one character at a time and learns to write like it. The "
                                      "sine's training pauses while it is shown.</p>"));
    m_stepAction->setText(tr("&Step One Batch"));
    m_stepAction->setIconText(tr("Step"));
    m_stepAction->setToolTip(tr("Train on exactly one batch, then pause (F10)"));
    m_sideBySideAction->setText(tr("Train Side by &Side…"));
    m_sideBySideAction->setToolTip(tr("Train two or three networks that differ in one setting on the same data, "
                                      "one step of each in turn, and compare their curves"));
    m_resetAction->setText(tr("&Reset"));
    m_resetAction->setToolTip(tr("Start again from fresh random weights (Ctrl+R)"));
    m_startOnLaunchAction->setText(tr("Start Training on &Launch"));
    m_startOnLaunchAction->setToolTip(tr("Begin training the network as soon as LSTM Lab opens"));
    m_freeRunAction->setText(tr("Let the Network Run &Free"));
    m_pauseAtEpochEndAction->setText(tr("&Pause After Each Epoch"));
    m_pauseAtEpochEndAction->setToolTip(tr("Stop after every pass over the training set, with that "
                                           "epoch's test error on the loss chart; Resume goes on"));
    m_quitAction->setText(tr("&Quit"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About LSTM Lab"));
    m_guideAction->setText(tr("&Guide"));
    m_guideAction->setToolTip(tr("How an LSTM works and how to read every panel, with the window's own pictures (F1)"));
    updateActions(m_state);

    m_freeRunBox->setText(tr("Let the network run free"));
    updateFreeRunToolTip();
    m_freeRunNote->setText(
        tr("<b>Free run</b> (purple): from the first test window on, the network is fed its own "
           "predictions instead of the real signal. It was only ever trained to guess one step "
           "ahead from real samples, so its small errors add up: it often drifts or settles to "
           "a flat line. A curve that keeps its shape means it has "
           "learned the signal's rhythm, not just to copy the last sample."));

    m_guideLabel->setText(
        tr("<p><b>How to read this screen</b></p>"
           "<p><span style='color:#d61f1f'><b>Red</b></span>: the network's guess of every test "
           "window's label (the next sample; for the echo, the sample that many steps back); "
           "<span style='color:#1a9c3a'><b>dashed green</b></span>: the real labels. When they "
           "overlap, it has learned.</p>"
           "<p><b>Loss</b>: the error of each training step and, after each epoch, on the test "
           "set. Log scale: each labelled line down is ten times smaller.</p>"
           "<p><b>Gates</b>: what every unit's gates did at each time step of the shaded input "
           "window. Move the slider to pick another window.</p>"
           "<p>Rest the mouse on any control to see what it does; right-click a panel to "
           "save it as an image or a table.</p>"
           "<p><b>New here?</b> Follow the <b>Lessons</b> (the Lesson tab below, or the Lessons "
           "menu), and press <b>F1</b> for the Guide.</p>"));
    m_controlsDock->setWindowTitle(tr("Hyperparameters"));
    m_lossDock->setWindowTitle(tr("Loss"));
    m_inspectorDock->setWindowTitle(tr("Gate Inspector"));
    m_batchDock->setWindowTitle(tr("Batches"));
    m_anatomyDock->setWindowTitle(tr("Anatomy"));
    m_gradientDock->setWindowTitle(tr("Gradients"));
    m_runsDock->setWindowTitle(tr("Runs"));
    m_signalDock->setWindowTitle(tr("Signal"));
    m_lessonDock->setWindowTitle(tr("Lesson"));
    m_toolBar->setWindowTitle(tr("Training"));

    m_fileMenu->setTitle(tr("&File"));
    m_exports->retranslate();
    m_trainingMenu->setTitle(tr("&Training"));
    m_lessonsMenu->setTitle(tr("&Lessons"));
    const QList<Lesson> lessonList = Lessons::all();
    for (int k = 0; k < lessonList.size(); ++k)
        if (auto *action = m_lessonsMenu->findChild<QAction *>(QStringLiteral("lesson-") + lessonList[k].id))
            action->setText(tr("&%1. %2").arg(k + 1).arg(lessonList[k].title));
    m_viewMenu->setTitle(tr("&View"));
    m_taskMenu->setTitle(tr("&Task"));
    m_namesMenu->setTitle(tr("Gate &Names"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_progress->setToolTip(tr("Share of the configured epochs done"));
    m_epochLabel->setToolTip(tr("Passes over the whole training set"));
    m_speedLabel->setToolTip(tr("Training steps per second"));
    m_lossLabel->setToolTip(tr("Mean squared error of the last training batch, and on the whole "
                               "test set after the last epoch"));
}

QWidget *MainWindow::createCentre()
{
    auto *centre = new QWidget;
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The banner: a rebuilt model or a diverged run, said where the learner is looking.
    m_banner = new Banner(centre);
    m_banner->setObjectName(QStringLiteral("banner"));
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        if (m_bannerAction == BannerAction::UndoRebuild) {
            m_sessions->undoRebuild();
            return;
        }
        if (m_bannerAction != BannerAction::LowerRate)
            return;
        // The diverged run's offer: ten times smaller, on the learning-rate box's ladder.
        lstmlab::TrainConfig train = m_controls->trainConfig();
        train.learningRate = DivergenceNotice::lowerLearningRate(train.learningRate);
        setConfiguration(m_controls->modelConfig(), train);
        m_controller->reset();
        m_controller->start();
    });

    auto *predictionBox = new QWidget;
    auto *predictionLayout = new QVBoxLayout(predictionBox);
    predictionLayout->setContentsMargins(0, 0, 0, 4);
    predictionLayout->setSpacing(2);
    predictionLayout->addWidget(m_predictionChart, 1);

    auto *traceRow = new QHBoxLayout;
    traceRow->setContentsMargins(8, 0, 8, 0);
    m_tracePicker = new TraceWindowPicker;
    m_freeRunBox = new QCheckBox;
    m_freeRunBox->setObjectName(QStringLiteral("freeRunBox"));
    traceRow->addWidget(m_tracePicker, 1);
    traceRow->addSpacing(16);
    traceRow->addWidget(m_freeRunBox);
    predictionLayout->addLayout(traceRow);
    // What run-free shows, said where it happens while it is on.
    m_freeRunNote = new QLabel;
    m_freeRunNote->setObjectName(QStringLiteral("freeRunNote"));
    m_freeRunNote->setWordWrap(true);
    m_freeRunNote->setContentsMargins(8, 0, 8, 0);
    m_freeRunNote->setVisible(false);
    predictionLayout->addWidget(m_freeRunNote);

    connect(m_tracePicker, &TraceWindowPicker::windowChanged, this, &MainWindow::onTraceWindowChanged);
    connect(m_freeRunBox, &QCheckBox::toggled, this, &MainWindow::onFreeRunToggled);
    connect(m_freeRunAction, &QAction::toggled, m_freeRunBox, &QCheckBox::setChecked);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("centralSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(predictionBox);
    splitter->addWidget(m_gatePanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    // The same proportions from the start (the panels' size hints would give the gates most).
    splitter->setSizes({400, 500});
    m_gatePanel->setMinimumHeight(220);
    m_predictionChart->setMinimumHeight(200);

    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_taskStack = new QStackedWidget;
    m_taskStack->setObjectName(QStringLiteral("taskStack"));
    m_taskStack->addWidget(centre);
    m_taskStack->addWidget(m_textPage);
    m_taskStack->addWidget(m_embedPage);
    // The pages not shown ask for no room: the window's minimum is the shown task's.
    m_textPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_embedPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    return m_taskStack;
}

void MainWindow::createDocks()
{
    // The controls, and under them a short guide to the screen for a first-time learner.
    m_guideLabel = new QLabel;
    auto *guide = m_guideLabel;
    guide->setObjectName(QStringLiteral("guide"));
    guide->setWordWrap(true);
    guide->setTextFormat(Qt::RichText);
    guide->setContentsMargins(10, 0, 6, 0);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_controls);
    leftLayout->addWidget(guide);
    leftLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_controls->minimumSizeHint().width() + 12);

    m_controlsDock = new QDockWidget(this);
    m_controlsDock->setObjectName(QStringLiteral("controlsDock"));
    m_controlsDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_controlsDock);

    m_lossDock = new QDockWidget(this);
    m_lossDock->setObjectName(QStringLiteral("lossDock"));
    m_lossDock->setWidget(m_lossChart);
    addDockWidget(Qt::RightDockWidgetArea, m_lossDock);

    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    splitDockWidget(m_lossDock, m_inspectorDock, Qt::Vertical);
    connect(m_inspectorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_inspector->setTrace(m_last.trace);
    });
    // A hidden chart is not redrawn; it catches up when it shows again.
    connect(m_lossDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_lossChart->updateSnapshot(m_last);
    });

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("trainingToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_sineTaskAction);
    m_toolBar->addAction(m_textTaskAction);
    m_toolBar->addAction(m_embedTaskAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_trainAction);
    m_toolBar->addAction(m_stepAction);
    m_toolBar->addAction(m_resetAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exports->exportAllAction());
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    createTeachingDocks();
    createGradientDock();
    createRunsDock();
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    m_sessions = new SessionController(m_controller, m_signalPanel, this);
    m_sessions->addActionsTo(file);
    m_sineFileActions = file->actions();
    file->addSeparator();
    file->addAction(m_textPage->openTextAction());
    file->addAction(m_textPage->openSessionAction());
    file->addAction(m_textPage->saveSessionAction());
    file->addSeparator();
    m_exports->addMenusTo(file);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *training = m_trainingMenu = menuBar()->addMenu(QString());
    training->addAction(m_trainAction);
    training->addAction(m_stepAction);
    training->addAction(m_resetAction);
    training->addSeparator();
    training->addAction(m_sideBySideAction);
    training->addSeparator();
    training->addAction(m_pauseAtEpochEndAction);
    training->addAction(m_freeRunAction);
    training->addAction(m_startOnLaunchAction);

    QMenu *lessons = m_lessonsMenu = menuBar()->addMenu(QString());
    lessons->setObjectName(QStringLiteral("lessonsMenu"));
    const QList<Lesson> lessonList = Lessons::all();
    for (int k = 0; k < lessonList.size(); ++k) {
        const QString id = lessonList[k].id;
        QAction *action = lessons->addAction(QString(), this, [this, id] { applyLesson(id); });
        action->setObjectName(QStringLiteral("lesson-") + id);
    }
    lessons->addSeparator();
    lessons->addAction(m_lessonDock->toggleViewAction());

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    m_taskMenu = view->addMenu(QString());
    m_taskMenu->setObjectName(QStringLiteral("taskMenu"));
    m_taskMenu->addAction(m_sineTaskAction);
    m_taskMenu->addAction(m_textTaskAction);
    m_taskMenu->addAction(m_embedTaskAction);
    view->addSeparator();
    QAction *controlsToggle = m_controlsDock->toggleViewAction();
    controlsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *lossToggle = m_lossDock->toggleViewAction();
    lossToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(controlsToggle);
    view->addAction(lossToggle);
    view->addAction(m_toolBar->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    QAction *anatomyToggle = m_anatomyDock->toggleViewAction();
    anatomyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addAction(anatomyToggle);
    view->addAction(m_signalDock->toggleViewAction());
    view->addAction(m_batchDock->toggleViewAction());
    view->addAction(m_gradientDock->toggleViewAction());
    view->addAction(m_runsDock->toggleViewAction());
    QMenu *names = m_namesMenu = view->addMenu(QString());
    names->setObjectName(QStringLiteral("gateNamesMenu"));
    names->setToolTipsVisible(true);
    names->addAction(m_standardNamesAction);
    names->addAction(m_notesNamesAction);
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageRequested, this, [this](const QString &chosen) {
        m_settings.language = chosen;
        scheduleSave();
        emit languageRequested(chosen);
    });
    view->addSeparator();
    view->addAction(m_fullScreenAction);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->addAction(m_guideAction);
    help->addAction(m_whatsThisAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    m_aboutQtAction = help->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel;
    m_epochLabel = new QLabel;
    m_stepLabel = new QLabel;
    m_speedLabel = new QLabel;
    m_lossLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_epochLabel->setObjectName(QStringLiteral("epochLabel"));
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_speedLabel->setObjectName(QStringLiteral("speedLabel"));
    m_lossLabel->setObjectName(QStringLiteral("lossLabel"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_stateLabel, m_epochLabel, m_stepLabel,
                                                       m_speedLabel, m_lossLabel, m_progress})
        statusBar()->addPermanentWidget(w);
    statusBar()->insertPermanentWidget(0, new BusyIndicator(m_controller, statusBar()));
    m_progress->setVisible(m_settings.train.epochs > 0);
}

void MainWindow::restoreLayout()
{
    const bool geometry = !m_settings.windowGeometry.isEmpty() && restoreGeometry(m_settings.windowGeometry);
    if (!geometry) {
        // Fill small screens; leave a margin on large ones.
        const QRect available = screen()->availableGeometry();
        QSize size = available.size();
        if (size.width() >= 1600 && size.height() >= 1000)
            size = QSize(std::min(1800, int(size.width() * 0.92)), std::min(1100, int(size.height() * 0.92)));
        resize(size);
        move(available.topLeft() + QPoint((available.width() - size.width()) / 2,
                                          (available.height() - size.height()) / 2));
    }
    if (m_settings.windowState.isEmpty() || !restoreState(m_settings.windowState, AppSettings::stateVersion)) {
        const int width = std::max(this->width(), 800);
        resizeDocks({m_controlsDock, m_lossDock},
                    {m_controlsDock->widget()->minimumWidth(), int(width * 0.3)}, Qt::Horizontal);
        // The inspector's equations need more height than the loss chart, but the chart needs
        // room for its ticks and titles on a 768-pixel screen too. On the left the controls
        // (with Train, Step and Reset) come first; the signal's few rows take what is left.
        const int height = std::max(this->height(), 600);
        const double lossShare = height < 900 ? 0.45 : 0.38;
        resizeDocks({m_lossDock, m_inspectorDock}, {int(height * lossShare), int(height * (1 - lossShare))},
                    Qt::Vertical);
        resizeDocks({m_controlsDock, m_signalDock}, {int(height * 0.7), int(height * 0.3)}, Qt::Vertical);
        m_defaultLayout = true;
        // A first launch shows the list of lessons where the signal chooser waits behind it.
        m_lessonDock->raise();
    }
}

void MainWindow::fitControlsDock(int attempt)
{
    // On a short screen (1366x768) the controls get just what shows them whole, Train, Step and
    // Reset included, and the list of lessons below them all that is left: every lesson in
    // view. Done once the docks have their real heights, which resizeDocks() needs.
    if (height() >= 900 || m_controlsDock->isFloating() || m_lessonDock->isFloating())
        return;
    const int frame = m_controlsDock->height() - m_controlsDock->widget()->height();
    const int controls = m_controls->sizeHint().height() + frame + 4;
    // The signal and lesson docks share one place as tabs: the raised one has its height.
    const int both = m_controlsDock->height() + m_lessonDock->height();
    const int excess = m_controlsDock->height() - controls;
    if (excess <= 2 || both <= controls)
        return;
    // resizeDocks() counts the separator in its own way: a second pass takes off what the first
    // left over.
    const int target = attempt == 0 ? controls : controls - excess;
    resizeDocks({m_controlsDock, m_lessonDock}, {target, both - target}, Qt::Vertical);
    if (attempt == 0)
        QTimer::singleShot(0, this, [this] { fitControlsDock(1); });
}

void MainWindow::connectController()
{
    connect(m_controller, &TrainingController::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_controller, &TrainingController::modelRebuilt, this, &MainWindow::onModelRebuilt);
    connect(m_controller, &TrainingController::diverged, this, &MainWindow::onDiverged);
    connect(m_controller, &TrainingController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &TrainingController::pausedAtEpochEnd, this, [this](int epoch) {
        statusBar()->showMessage(tr("Paused after epoch %1: its test MSE is the newest orange point "
                                    "of the loss chart. Resume (Space) trains the next epoch.").arg(epoch), 15000);
    });
    connect(m_controller, &TrainingController::failing, this, [this](const QString &message) {
        showBanner(BannerKind::Error, tr("<b>This run failed</b>: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_controller, &TrainingController::configurationRejected, this, [this](const QString &message) {
        showBanner(BannerKind::Error, tr("<b>These settings cannot be trained</b>: %1").arg(message.toHtmlEscaped()));
    });

    connect(m_controls, &HyperparameterPanel::configurationChanged, this, &MainWindow::onConfigurationChanged);
    connect(m_controls, &HyperparameterPanel::trainRequested, m_controller, &TrainingController::start);
    connect(m_controls, &HyperparameterPanel::pauseRequested, m_controller, &TrainingController::pause);
    connect(m_controls, &HyperparameterPanel::resumeRequested, m_controller, &TrainingController::resume);
    connect(m_controls, &HyperparameterPanel::stepRequested, this, &MainWindow::stepOnce);
    connect(m_controls, &HyperparameterPanel::resetRequested, this, &MainWindow::resetTraining);

    connect(m_gatePanel, &GatePanel::layerChanged, this, [this](int layer) {
        m_settings.gateLayer = layer;
        scheduleSave();
        if (m_inspector->hasCell())
            m_inspector->setCell(layer, m_inspector->unit(), m_inspector->timeStep());
    });
    connect(m_gatePanel, &GatePanel::cellClicked, this, &MainWindow::inspectCell);
    m_gatePanel->setUnitFilter(GatePanel::UnitFilter(m_settings.gateUnits));
    connect(m_gatePanel, &GatePanel::unitFilterChanged, this, [this](GatePanel::UnitFilter filter) {
        m_settings.gateUnits = int(filter);
        scheduleSave();
    });
    connect(m_inspector, &GateInspector::cellRequested, this, &MainWindow::inspectCell);
    // The anatomy view and the heatmaps show the same layer and time step (inspectCell).
    connect(m_gatePanel, &GatePanel::layerChanged, m_anatomy, &AnatomyView::setLayer);
    connect(m_anatomy, &AnatomyView::layerSelected, m_gatePanel, &GatePanel::setLayer);
    connect(m_anatomy, &AnatomyView::timeStepSelected, this, [this](int t) {
        inspectCell(m_anatomy->layer(), std::max(0, m_gatePanel->selectedUnit()), t);
    });
    connect(m_signalPanel, &SignalPanel::changed, this, &MainWindow::onSignalChanged);
    // An opened session brings its own signal and model: remember the signal, drop old news.
    connect(m_sessions, &SessionController::configurationRestored, this, &MainWindow::setConfiguration);
    m_sessions->setRunsSource([this] { return m_runList->records(); });
    connect(m_sessions, &SessionController::runsRestored, m_runList, [this](const std::vector<lstmlab::RunRecord> &runs) {
        m_runList->setRecords(runs);
    });
    connect(m_sessions, &SessionController::signalRestored, this, [this] {
        showSignal();
        rememberSignal();
        scheduleSave();
    });
    connect(m_sessions, &SessionController::statusMessage, this, [this](const QString &text, int timeoutMs) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeoutMs);
    });
    connect(m_sessions, &SessionController::closeRequested, this, &MainWindow::close);
    connect(m_sessions, &SessionController::rebuildUndone, this, [this](long long step) {
        showBanner(BannerKind::Info, tr("<b>Undone.</b> The trained network is back, at step %L1 with its "
                                        "settings, loss history and optimizer. Press Train to go on.")
                                         .arg(step));
    });
    // After the window has handed the new settings to the controller.
    connect(m_controls, &HyperparameterPanel::configurationChanged, m_sessions, &SessionController::updateModified,
            Qt::QueuedConnection);
    connect(m_sessions, &SessionController::opened, this, &MainWindow::hideBanner);
    connect(m_sessions, &SessionController::opened, this, [this](const QString &path) {
        if (path.isEmpty() && m_settings.startTrainingOnLaunch) // File > New
            m_controller->start();
    });
    connect(m_sessions, &SessionController::imported, this, &MainWindow::hideBanner);
    connect(m_speedSlider, &SpeedSlider::delayChanged, this, [this](int ms) {
        m_controller->setStepDelayMs(ms);
        m_settings.stepDelayMs = ms;
        scheduleSave();
    });
    connect(m_lessonPanel, &LessonPanel::lessonRequested, this, [this](const QString &id) { applyLesson(id); });
    connect(m_lessonPanel, &LessonPanel::contrastRequested, this, [this](const QString &id) { applyLesson(id, true); });
}

// --- public interface -----------------------------------------------------------------------

void MainWindow::setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    m_controls->setConfiguration(model, train);
    applyConfiguration(m_controls->modelConfig(), m_controls->trainConfig());
}

void MainWindow::setLaunchConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                                        StoredConfiguration toStored)
{
    m_toStored = std::move(toStored);
    setConfiguration(model, train);
    hideBanner(); // no network was shown before this one: nothing was rebuilt for the learner
}

void MainWindow::setStartTrainingOnLaunch(bool start)
{
    m_settings.startTrainingOnLaunch = start;
    if (m_startOnLaunchAction->isChecked() != start)
        m_startOnLaunchAction->setChecked(start);
    scheduleSave();
}

QString MainWindow::bannerText() const
{
    return m_banner->text();
}

// --- training -------------------------------------------------------------------------------

void MainWindow::toggleTraining()
{
    if (m_task == Task::Embed) {
        m_embedPage->toggleTraining();
        return;
    }
    if (m_task == Task::Text) {
        m_textPage->toggleTraining();
        return;
    }
    using State = TrainingSnapshot::State;
    switch (m_state) {
    case State::Running: m_controller->pause(); break;
    case State::Paused: m_controller->resume(); break;
    case State::Idle:
    case State::Finished:
    case State::Diverged: m_controller->start(); break;
    }
}

void MainWindow::stepOnce()
{
    if (m_task == Task::Embed)
        return; // no steps to take one at a time: the action is disabled
    if (m_task == Task::Text) {
        m_textPage->stepOnce();
        return;
    }
    m_controller->step();
}

void MainWindow::resetTraining()
{
    if (m_task == Task::Embed) {
        statusBar()->clearMessage();
        m_embedPage->newModel(true);
        return;
    }
    if (m_task == Task::Text) {
        statusBar()->clearMessage();
        m_textPage->reset();
        return;
    }
    hideBanner();
    statusBar()->clearMessage(); // "Training finished" belonged to the run just thrown away
    m_controller->reset();
}

void MainWindow::onSnapshot(const TrainingSnapshot &snapshot)
{
    if (m_framePainting) // the last frame drew nothing (the window is hidden): its updates count
        endFrame(m_frameClock.nsecsElapsed());
    m_frameClock.start();
    m_framePainting = true;
    const bool newData = snapshot.model.timesteps != m_last.model.timesteps
        || snapshot.realTest.size() != m_last.realTest.size();
    m_last = snapshot;
    if (newData && !snapshot.realTest.isEmpty())
        updateTraceRange(snapshot.model.timesteps);
    m_predictionChart->updateSnapshot(snapshot);
    m_gatePanel->updateSnapshot(snapshot);
    if (m_pendingGateLayer >= 0 && !snapshot.trace.empty()) {
        if (m_pendingGateLayer < int(snapshot.trace.layers.size()))
            m_gatePanel->setLayer(m_pendingGateLayer);
        m_pendingGateLayer = -1;
    }
    // The loss curve moves over thousands of steps, and the inspector and the anatomy view are
    // read rather than watched: while training runs they are refreshed five times a second
    // (each costs the GUI thread a few milliseconds), and always with the frame that ends a run.
    constexpr qint64 detailsIntervalMs = 200;
    const bool details = snapshot.state != TrainingSnapshot::State::Running || newData
        || snapshot.generation != m_detailsGeneration || !m_detailsClock.isValid()
        || m_detailsClock.elapsed() >= detailsIntervalMs;
    if (details) {
        m_detailsClock.start();
        m_detailsGeneration = snapshot.generation;
    }
    if (details && m_lossDock->isVisible())
        m_lossChart->updateSnapshot(snapshot);
    if (m_batchDock->isVisible()) // every frame: the batch moves with each step
        m_batchView->updateSnapshot(snapshot);
    if (details && m_anatomyDock->isVisible())
        m_anatomy->updateSnapshot(snapshot);
    if (details && m_gradientDock->isVisible())
        m_gradientPanel->updateSnapshot(snapshot);
    if (details) // the runs' curves overlay the charts, and a run that ended goes to the list
        m_runList->takeSnapshot(snapshot);
    // The first trace of another window length: the frame that announced the new network (a
    // "building" one, without a trace) may have come first and carried newData already.
    const bool newTraceLength = !snapshot.trace.empty() && snapshot.trace.layers.front().timesteps != m_traceTimesteps;
    if (!snapshot.trace.empty())
        m_traceTimesteps = snapshot.trace.layers.front().timesteps;
    if ((!m_inspector->hasCell() || newData || newTraceLength) && !snapshot.trace.empty()) {
        // Something to read before the first click: the newest step of the first unit. New
        // windows (other time steps) move every view to their newest step together.
        const int layer = std::min(m_gatePanel->layer(), int(snapshot.trace.layers.size()) - 1);
        const lstmlab::LayerTrace &shown = snapshot.trace.layers[std::size_t(layer)];
        const int unit = m_inspector->hasCell() ? std::min(m_inspector->unit(), shown.units - 1) : 0;
        inspectCell(layer, unit, shown.timesteps - 1);
    } else if (details && m_inspectorDock->isVisible()) {
        m_inspector->setTrace(snapshot.trace);
    }
    if (newData)
        updateTraceSpan();
    // The state comes from stateChanged() only: a snapshot queued before a pause still says
    // Running when it arrives.
    if (m_task == Task::Sine)
        updateStatus(snapshot);
}

void MainWindow::onStateChanged(TrainingSnapshot::State state)
{
    m_state = state;
    m_controls->setTrainingState(state);
    if (m_task == Task::Sine)
        updateActions(state);
}

void MainWindow::onModelRebuilt(const QString &reason)
{
    // The reason already says what changed ("Model rebuilt with new weights: num_units 20 → 64.").
    const QString text = tr("<b>%1</b> A new network learns from scratch, so the loss starts "
                            "high again and the loss chart begins anew.")
                             .arg(reason.toHtmlEscaped());
    // A change in the controls that replaced a trained network can be taken back.
    if (m_offerUndo)
        showBanner(BannerKind::Info, text, tr("Undo: keep the trained network"), BannerAction::UndoRebuild);
    else
        showBanner(BannerKind::Info, text);
}

void MainWindow::onDiverged(const QString &message)
{
    showBanner(BannerKind::Error, DivergenceNotice::html(message, m_controls->trainConfig()),
               tr("Learning rate ÷10, start over"), BannerAction::LowerRate);
}

void MainWindow::onFinished()
{
    statusBar()->showMessage(tr("Training finished: %n epoch(s) done. Press Train to start again, "
                                "or set Epochs to \"until stopped\".", nullptr, m_last.epoch), 10000);
}

void MainWindow::onConfigurationChanged(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    // A setting that throws a trained network away keeps it first, for the banner's Undo.
    m_offerUndo = m_last.step > 0 && m_controller->rebuildsFor(model, train);
    if (m_offerUndo)
        m_sessions->keepForUndo();
    applyConfiguration(model, train);
    m_offerUndo = false;
}

void MainWindow::applyConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    const bool newWindows = model.timesteps != m_controller->modelConfig().timesteps;
    m_controller->setConfiguration(model, train);
    m_settings.model = model;
    m_settings.train = train;
    if (m_toStored)
        m_toStored(m_settings.model, m_settings.train);
    m_progress->setVisible(train.epochs > 0);
    if (newWindows)
        updateTraceRange(model.timesteps);
    m_anatomy->setConfiguration(model);
    m_signalPanel->setTimesteps(model.timesteps);
    scheduleSave();
}

void MainWindow::updateTraceRange(int timesteps)
{
    int windows = lstmlab::DataSpec{}.testWindowCount(timesteps);
    if (m_last.model.timesteps == timesteps && !m_last.realTest.isEmpty())
        windows = int(m_last.realTest.size());
    m_tracePicker->setWindowCount(windows, timesteps);
    onTraceWindowChanged(m_tracePicker->window());
}

void MainWindow::onTraceWindowChanged(int window)
{
    const int timesteps = m_controls->modelConfig().timesteps;
    m_controller->setTraceWindow(window);
    m_predictionChart->setSelectedWindow(window, timesteps);
    m_settings.traceWindow = window;
    updateTraceSpan();
    scheduleSave();
}

void MainWindow::updateTraceSpan()
{
    const auto [from, to] = m_predictionChart->selectedRange();
    m_tracePicker->setSpan(from, to);
}

void MainWindow::onFreeRunToggled(bool on)
{
    if (m_freeRunAction->isChecked() != on)
        m_freeRunAction->setChecked(on);
    applyFreeRun();
    m_settings.freeRun = on;
    scheduleSave();
}

void MainWindow::applyFreeRun()
{
    // The free run feeds the network its guess of the next sample as its next input. The echo's
    // guess is a sample from the window's past, so there is nothing to run on: the box keeps the
    // user's choice for the next signal but does nothing meanwhile.
    const bool on = m_freeRunBox->isChecked() && m_echoLag == 0;
    m_controller->setFreeRun(on);
    m_predictionChart->setFreeRunShown(on);
    const bool noteWasShown = !m_freeRunNote->isHidden();
    m_freeRunNote->setVisible(on);
    if (on != noteWasShown && m_shownOnce)
        fitFreeRunNote(on);
}

void MainWindow::updateFreeRunToolTip()
{
    m_freeRunBox->setToolTip(
        m_echoLag > 0
            ? tr("Not for the echo: free run feeds the network its guess of the next sample, and "
                 "the echo's guess is a sample %n steps back.", nullptr, m_echoLag)
            : tr("Feed the network its own predictions instead of the real signal, and draw where it "
                 "goes on its own past the test data: what it has really learned, not just "
                 "one-step-ahead copying."));
    m_freeRunAction->setToolTip(m_freeRunBox->toolTip());
}

void MainWindow::showSignal()
{
    m_echoLag = m_signalPanel->usesSeries() ? 0 : m_signalPanel->generator()->echoLag();
    m_predictionChart->setSignalName(m_signalPanel->displayName());
    m_predictionChart->setEchoLag(m_echoLag);
    m_runList->setSignalName(m_signalPanel->displayName());
    m_freeRunBox->setEnabled(m_echoLag == 0);
    m_freeRunAction->setEnabled(m_echoLag == 0);
    updateFreeRunToolTip();
    applyFreeRun();
}

void MainWindow::fitFreeRunNote(bool shown)
{
    // Half the note's lines come from the gate maps below, half from the chart it explains:
    // at 1366x768 the chart alone would be left a plot 75 pixels tall, the maps alone too
    // short to show each of the seed's 20 units at 4 pixels a row.
    auto *splitter = findChild<QSplitter *>(QStringLiteral("centralSplitter"));
    if (!splitter || splitter->count() != 2)
        return;
    QList<int> sizes = splitter->sizes();
    const int note = (m_freeRunNote->heightForWidth(std::max(1, m_predictionChart->width())) + 2) / 2;
    const int move = shown ? std::min(note, std::max(0, sizes[1] - m_gatePanel->minimumHeight()))
                           : std::min(note, std::max(0, sizes[0] - m_predictionChart->minimumHeight()));
    sizes[0] += shown ? move : -move;
    sizes[1] -= shown ? move : -move;
    splitter->setSizes(sizes);
}

void MainWindow::updateStatus(const TrainingSnapshot &s)
{
    using State = TrainingSnapshot::State;
    const int current = std::max(s.epoch + (s.batch > 0 ? 1 : 0), s.step > 0 ? 1 : 0);
    m_epochLabel->setText(s.train.epochs > 0 ? tr("Epoch %1/%2").arg(current).arg(s.train.epochs)
                                             : tr("Epoch %1").arg(current));
    m_stepLabel->setText(tr("Step %L1").arg(s.step));
    m_stepLabel->setToolTip(s.batchesPerEpoch > 0
                                ? tr("Weight updates so far, one per batch; batch %1 of %2 in this epoch")
                                      .arg(s.batch).arg(s.batchesPerEpoch)
                                : tr("Weight updates so far, one per batch"));
    m_speedLabel->setText(s.state == State::Running ? tr("%L1 steps/s").arg(qRound(s.stepsPerSecond))
                                                    : QString());
    m_lossLabel->setText(tr("Loss %1 · Test MSE %2").arg(formatLoss(s.trainLoss), formatLoss(s.testMse)));

    const bool fixed = s.train.epochs > 0 && s.batchesPerEpoch > 0;
    m_progress->setVisible(fixed);
    if (fixed) {
        const double total = double(s.train.epochs) * s.batchesPerEpoch;
        m_progress->setValue(int(std::clamp(1000.0 * double(s.step) / total, 0.0, 1000.0)));
    }
}

void MainWindow::updateActions(TrainingSnapshot::State state)
{
    using State = TrainingSnapshot::State;
    switch (state) {
    case State::Running:
        m_trainAction->setText(tr("&Pause"));
        m_trainAction->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        m_trainAction->setToolTip(tr("Pause training (Space)"));
        break;
    case State::Paused:
        m_trainAction->setText(tr("&Resume"));
        m_trainAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_trainAction->setToolTip(tr("Carry on training (Space)"));
        break;
    default:
        m_trainAction->setText(tr("&Train"));
        m_trainAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        m_trainAction->setToolTip(tr("Start training the network (Space)"));
        break;
    }
    // Train, Pause and Resume take the same width, so the toolbar does not shift under the mouse.
    if (auto *button = m_toolBar ? m_toolBar->widgetForAction(m_trainAction) : nullptr) {
        const QFontMetrics metrics = button->fontMetrics();
        // Measured as QToolButton::sizeHint() measures its text, to the pixel.
        const auto width = [&metrics](const QString &text) { return metrics.size(Qt::TextShowMnemonic, text).width(); };
        const int widest = std::max({width(tr("&Train")), width(tr("&Pause")), width(tr("&Resume"))});
        button->setMinimumWidth(0);
        button->setMinimumWidth(button->sizeHint().width() - width(m_trainAction->text()) + widest);
    }
    m_stateLabel->setText(state == State::Running ? tr("Training", "state: training is running")
                          : state == State::Paused ? tr("Paused")
                          : state == State::Finished ? tr("Finished")
                          : state == State::Diverged ? tr("Diverged") : tr("Ready"));
}

// --- banner ---------------------------------------------------------------------------------

void MainWindow::showBanner(BannerKind kind, const QString &text, const QString &actionText, BannerAction action)
{
    const bool error = kind == BannerKind::Error;
    m_bannerAction = action;
    m_banner->showMessage(error ? Banner::Kind::Error : Banner::Kind::Info, text, actionText);
}

void MainWindow::hideBanner()
{
    m_banner->dismiss();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About LSTM Lab"),
        tr("<h3>LSTM Lab %1</h3>"
           "<p>Trains a real LSTM network, live, to predict the next sample of a signal (the "
           "seed's sine, other waves or your own series), and shows what happens inside it while it learns:</p>"
           "<ul><li>the <b>prediction</b> (red) against the real signal (dashed green) on the test set;</li>"
           "<li>the <b>loss</b>: the training batches' error and the test error after each epoch;</li>"
           "<li>the <b>gates</b> of every layer for one input window: %3, per unit and time "
           "step.</li></ul>"
           "<p>Change a setting on the left and watch the network learn again. Every control's "
           "tooltip says what it does.</p>"
           "<p>The network is PyTorch's LSTM (gate order i, f, g, o) written in <nobr>C++</nobr> with Eigen; "
           "the window uses Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 GateVocabulary(m_settings.gateVocabulary).names().join(tr(", ")).toHtmlEscaped()));
}

// --- gate names, inspector and guide --------------------------------------------------------

void MainWindow::setGateVocabulary(GateVocabulary::Kind kind)
{
    m_settings.gateVocabulary = kind;
    applyGateVocabulary();
    scheduleSave();
}

QAction *MainWindow::vocabularyAction(GateVocabulary::Kind kind) const
{
    return kind == GateVocabulary::Kind::Notes ? m_notesNamesAction : m_standardNamesAction;
}

void MainWindow::applyGateVocabulary()
{
    const GateVocabulary vocabulary(m_settings.gateVocabulary);
    m_gatePanel->setGateNames(vocabulary.names());
    m_gatePanel->setGateDescriptions(vocabulary.toolTips(), vocabulary.whatsThisTexts());
    m_inspector->setVocabulary(vocabulary);
    m_textPage->setGateVocabulary(vocabulary);
    m_anatomy->setGateNames(vocabulary.names().mid(0, 4));
    // The GRU's and the plain RNN's names (the Cell box) come from the vocabulary itself.
    m_anatomy->setVocabulary(vocabulary);
    m_gatePanel->setVocabulary(vocabulary);
    m_guideNavigator->setVocabulary(vocabulary);
    for (const auto kind : {GateVocabulary::Kind::Standard, GateVocabulary::Kind::Notes}) {
        QAction *action = vocabularyAction(kind);
        action->setText(GateVocabulary::menuText(kind));
        action->setToolTip(GateVocabulary::menuToolTip(kind));
        action->setChecked(kind == vocabulary.kind());
    }
}

void MainWindow::inspectCell(int layer, int unit, int t)
{
    if (layer != m_gatePanel->layer())
        m_gatePanel->setLayer(layer);
    m_gatePanel->selectCell(unit, t);
    m_inspector->setTrace(m_last.trace);
    m_inspector->setCell(layer, unit, t);
    // The anatomy view shades the same layer and time step.
    m_anatomy->setLayer(layer);
    m_anatomy->setSelectedTimeStep(t);
}

void MainWindow::createGuideNavigator()
{
    GuideNavigator::Parts parts;
    parts.window = this;
    parts.controlsDock = m_controlsDock;
    parts.unitsBox = m_controls->unitsBox();
    parts.prediction = m_predictionChart;
    parts.lossDock = m_lossDock;
    parts.loss = m_lossChart;
    parts.gates = m_gatePanel;
    parts.inspectorDock = m_inspectorDock;
    parts.inspector = m_inspector;
    parts.batchDock = m_batchDock;
    parts.batches = m_batchView;
    m_guideNavigator = new GuideNavigator(parts, [this]() -> const lstmlab::GateTrace & { return m_last.trace; });
    connect(m_guideNavigator, &GuideNavigator::cellRequested, this, &MainWindow::inspectCell);
    connect(m_guideNavigator, &GuideNavigator::statusMessage, statusBar(), &QStatusBar::showMessage);
}

GuideDialog *MainWindow::showGuide()
{
    return m_guideNavigator->show(m_controls->modelConfig(), GateVocabulary(m_settings.gateVocabulary));
}

// --- anatomy, signals and lessons -----------------------------------------------------------

// A dock for `panel` as a tab beside the loss chart's, the loss staying in front.
QDockWidget *MainWindow::addTabBesideLoss(QWidget *panel, const QString &objectName)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(m_lossDock, dock);
    m_lossDock->raise();
    return dock;
}

// Gradients through time: a tab beside the loss curve, which it explains.
void MainWindow::createGradientDock()
{
    m_gradientPanel = new GradientPanel;
    m_gradientDock = addTabBesideLoss(m_gradientPanel, QStringLiteral("gradientDock"));
    m_exports->addPanel(m_gradientPanel);
    m_exports->attachContextMenu(m_gradientPanel->exportWidget(), m_gradientPanel);
    connect(m_gradientDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_gradientPanel->updateSnapshot(m_last);
    });
}

void MainWindow::createRunsDock()
{
    m_runList = new RunListPanel;
    m_runsDock = addTabBesideLoss(m_runList, QStringLiteral("runsDock"));
    // The comparison's picture is the loss chart with the runs on it.
    m_runList->setExportView(m_lossChart);
    m_exports->addPanel(m_runList);
    m_exports->attachContextMenu(m_runList, m_runList);
    m_runList->setSignalName(m_predictionChart->signalName());
    connect(m_runList, &RunListPanel::sideBySideRequested, this, &MainWindow::showSideBySideDialog);
    connect(m_runList, &RunListPanel::curvesChanged, this, [this] {
        m_lossChart->setRuns(m_runList->mainName(), m_runList->curves());
        m_predictionChart->setRuns(m_runList->mainName(), m_runList->curves());
    });
}

void MainWindow::showSideBySideDialog()
{
    SideBySideDialog dialog(m_controls->modelConfig(), m_controls->trainConfig(), this);
    if (dialog.exec() == QDialog::Accepted)
        trainSideBySide(dialog.runs());
}

void MainWindow::trainSideBySide(const QVector<RunSettings> &runs)
{
    if (runs.size() < 2)
        return;
    setTask(Task::Sine);
    hideBanner();
    statusBar()->clearMessage();
    const lstmlab::ModelConfig &model = runs.front().model;
    const lstmlab::TrainConfig &train = runs.front().train;
    const bool newWindows = model.timesteps != m_controller->modelConfig().timesteps;
    if (!m_controller->trainSideBySide(runs))
        return; // refused: the banner says why
    // The first run is the one the controls and every other panel show.
    m_controls->setConfiguration(model, train);
    m_settings.model = m_controls->modelConfig();
    m_settings.train = m_controls->trainConfig();
    if (m_toStored)
        m_toStored(m_settings.model, m_settings.train);
    m_progress->setVisible(train.epochs > 0);
    if (newWindows)
        updateTraceRange(model.timesteps);
    m_anatomy->setConfiguration(model);
    m_signalPanel->setTimesteps(model.timesteps);
    m_lossDock->raise(); // the curves side by side
    scheduleSave();
}

void MainWindow::createTeachingDocks()
{
    // Each in a scroll area, so that no dock forces the window to be larger than the screen.
    const auto scrolled = [](QWidget *content, bool wrap) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        if (wrap) // text panels: wrap to the dock's width rather than scroll sideways
            scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return scroll;
    };

    m_anatomy = new AnatomyView;
    m_anatomy->setMinimumSize(380, 620);
    m_anatomyDock = addTabBesideLoss(scrolled(m_anatomy, false), QStringLiteral("anatomyDock"));
    m_exports->addPanel(m_anatomy);
    m_exports->attachContextMenu(m_anatomy, m_anatomy);

    m_batchView = new BatchView;
    m_batchDock = new QDockWidget(this);
    m_batchDock->setObjectName(QStringLiteral("batchDock"));
    m_batchDock->setWidget(m_batchView);
    addDockWidget(Qt::RightDockWidgetArea, m_batchDock);
    tabifyDockWidget(m_inspectorDock, m_batchDock);
    m_inspectorDock->raise();
    m_exports->addPanel(m_batchView);
    m_exports->attachContextMenu(m_batchView, m_batchView);
    connect(m_batchDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_batchView->updateSnapshot(m_last);
    });
    connect(m_anatomyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_anatomy->updateSnapshot(m_last);
    });
    // In its tab the view scrolls; Show Large floats its dock over most of the screen.
    connect(m_anatomy, &AnatomyView::largeViewRequested, this, [this](bool large) {
        m_anatomyDock->setFloating(large);
        if (!large)
            return;
        const QRect screen = this->screen()->availableGeometry();
        const QSize size(std::min(1500, screen.width() * 9 / 10), std::min(950, screen.height() * 9 / 10));
        m_anatomyDock->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, screen));
        m_anatomyDock->show();
        m_anatomyDock->raise();
        m_anatomyDock->activateWindow();
    });
    connect(m_anatomyDock, &QDockWidget::topLevelChanged, m_anatomy, &AnatomyView::setShownLarge);

    m_signalPanel = new SignalPanel;
    m_signalDock = new QDockWidget(this);
    m_signalDock->setObjectName(QStringLiteral("signalDock"));
    m_signalDock->setWidget(scrolled(m_signalPanel, true));
    addDockWidget(Qt::LeftDockWidgetArea, m_signalDock);
    splitDockWidget(m_controlsDock, m_signalDock, Qt::Vertical);

    m_lessonPanel = new LessonPanel;
    m_lessonPanel->setActions(m_trainAction, m_stepAction);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(scrolled(m_lessonPanel, true));
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    tabifyDockWidget(m_signalDock, m_lessonDock);
    m_signalDock->raise();

    m_speedSlider = new SpeedSlider;
    m_toolBar->addSeparator();
    m_speedSliderAction = m_toolBar->addWidget(m_speedSlider);
}

void MainWindow::onSignalChanged()
{
    if (std::shared_ptr<const lstmlab::CsvSeries> series = m_signalPanel->series())
        m_controller->setSeries(series);
    else
        m_controller->setSignal(m_signalPanel->generator());
    showSignal();
    rememberSignal();
    scheduleSave();
}

void MainWindow::applyLesson(const QString &id, bool contrast)
{
    const std::optional<Lesson> lesson = Lessons::find(id);
    if (!lesson)
        return;
    setTask(Task::Sine);
    // The lesson's windows first, then its signal without noise (the seed's sine, or the echo
    // at the lesson's lag, which needs those windows).
    setConfiguration(contrast ? lesson->contrastModel : lesson->model,
                     contrast ? lesson->contrastTrain : lesson->train);
    if (m_signalPanel->usesSeries() || m_signalPanel->signalId() != lesson->signalId || m_signalPanel->noise() > 0
        || (!lesson->signalParameters.isEmpty() && m_signalPanel->parameters() != lesson->signalParameters)) {
        m_signalPanel->setSignal(lesson->signalId, lesson->signalParameters);
        onSignalChanged();
    }
    // A fresh network whatever changed, at the lesson's pace; the lesson panel says what is
    // going on, from its top, beside the dock its first things to watch are in.
    m_speedSlider->setDelayMs(lesson->stepDelayMs);
    m_controller->setStepDelayMs(m_speedSlider->delayMs());
    m_settings.stepDelayMs = m_speedSlider->delayMs();
    m_controller->reset();
    hideBanner();
    statusBar()->clearMessage();
    if (contrast || !lesson->stepThrough)
        m_controller->start();
    m_lessonPanel->showLesson(*lesson);
    m_lessonDock->show();
    m_lessonDock->raise();
    // The lesson's text needs the room more than the controls it has just set (the lesson has
    // its own Step and Train buttons, and the toolbar has all three): the lesson takes two
    // thirds of the column it shares with them, as it is laid out by default. Without it the
    // text got two lines at 1366x768 and four at 1920x1080.
    if (!m_lessonDock->isFloating() && !m_controlsDock->isFloating() && m_controlsDock->isVisible()
        && dockWidgetArea(m_lessonDock) == dockWidgetArea(m_controlsDock)
        && !tabifiedDockWidgets(m_controlsDock).contains(m_lessonDock)) {
        const int both = m_controlsDock->height() + m_lessonDock->height();
        const int room = both * 2 / 3;
        if (both > 300 && m_lessonDock->height() < room - 10)
            resizeDocks({m_controlsDock, m_lessonDock}, {both - room, room}, Qt::Vertical);
    }
    if (auto *scroll = qobject_cast<QScrollArea *>(m_lessonDock->widget()))
        scroll->verticalScrollBar()->setValue(0);
    switch (lesson->show) {
    case Lesson::Panel::None: break;
    case Lesson::Panel::Loss: m_lossDock->show(); m_lossDock->raise(); break;
    case Lesson::Panel::Anatomy: m_anatomyDock->show(); m_anatomyDock->raise(); break;
    case Lesson::Panel::Inspector: m_inspectorDock->show(); m_inspectorDock->raise(); break;
    }
    statusBar()->showMessage(contrast ? tr("Comparison for the lesson \"%1\": %2").arg(lesson->title, lesson->contrastText)
                             : lesson->stepThrough ? tr("Lesson \"%1\": press Step (F10) to train one batch").arg(lesson->title)
                                                   : tr("Lesson \"%1\"").arg(lesson->title),
                             8000);
}

// --- tasks ----------------------------------------------------------------------------------

namespace {

TrainingSnapshot::State asTrainingState(TextSnapshot::State state)
{
    using S = TrainingSnapshot::State;
    switch (state) {
    case TextSnapshot::State::Running: return S::Running;
    case TextSnapshot::State::Paused: return S::Paused;
    case TextSnapshot::State::Finished: return S::Finished;
    case TextSnapshot::State::Diverged: return S::Diverged;
    case TextSnapshot::State::Idle: break;
    }
    return S::Idle;
}

TrainingSnapshot::State asTrainingState(EmbedSnapshot::State state, bool running)
{
    using S = TrainingSnapshot::State;
    if (running)
        return S::Running;
    switch (state) {
    case EmbedSnapshot::State::Paused: return S::Paused;
    case EmbedSnapshot::State::Finished: return S::Finished;
    case EmbedSnapshot::State::Training: return S::Running;
    case EmbedSnapshot::State::Empty:
    case EmbedSnapshot::State::Building:
    case EmbedSnapshot::State::Failed: break;
    }
    return S::Idle;
}

} // namespace

void MainWindow::connectEmbedPage()
{
    // Right-click on the map and the loss chart saves them (PNG, SVG, CSV).
    for (ExportablePanel *panel : m_embedPage->exportablePanels())
        m_exports->attachContextMenu(panel->exportWidget(), panel);
    connect(m_embedPage->controller(), &EmbedController::snapshotReady, this, [this](const EmbedSnapshot &snapshot) {
        if (m_task != Task::Embed)
            return;
        updateActions(asTrainingState(snapshot.state, m_embedPage->controller()->running()));
        m_lossLabel->setText(m_embedPage->statusText());
        // For scripts waiting for the first frame (.ci/screenshot.sh), as the other tasks'.
        if (!m_firstFrameDrawn && isVisible() && snapshot.hasVectors()) {
            m_firstFrameDrawn = true;
            QTimer::singleShot(0, this, &MainWindow::firstFrameDrawn);
        }
    });
}

void MainWindow::openEmbedTaskOnLaunch(const QString &textFile, const lstmlab::SkipGramConfig *settings,
                                       lstmlab::TokenMode mode, int minCount)
{
    m_launchEmbed = true;
    if (!textFile.isEmpty())
        m_embedPage->setTextFile(textFile);
    if (settings)
        m_embedPage->setSettings(*settings, mode, minCount);
}

void MainWindow::connectTextPage()
{
    m_textPage->setConfiguration(m_settings.textModel, m_settings.textTrain);
    m_textPage->setCorpusChoice(m_settings.textCorpus);
    connect(m_textPage, &TextTaskPage::settingsChanged, this, [this] {
        m_settings.textModel = m_textPage->modelConfig();
        m_settings.textTrain = m_textPage->trainConfig();
        m_settings.textCorpus = m_textPage->corpusChoice();
        scheduleSave();
    });
    m_textPage->setStepDelayMs(m_speedSlider->delayMs());
    m_textPage->setMaxSnapshotsPerSecond(m_pacer.maxRate());
    connect(m_speedSlider, &SpeedSlider::delayChanged, m_textPage, &TextTaskPage::setStepDelayMs);
    connect(m_textPage, &TextTaskPage::stateChanged, this, [this](TextSnapshot::State state) {
        m_textState = state;
        if (m_task == Task::Text)
            updateActions(asTrainingState(state));
    });
    connect(m_textPage, &TextTaskPage::statusChanged, this,
            [this](const QString &epoch, const QString &step, const QString &loss) {
                if (m_task != Task::Text)
                    return;
                m_epochLabel->setText(epoch);
                m_stepLabel->setText(step);
                m_stepLabel->setToolTip(tr("Weight updates so far, one per batch"));
                m_speedLabel->setText(QString());
                m_lossLabel->setText(loss);
                m_progress->setVisible(false);
                // For scripts waiting for the first frame (.ci/screenshot.sh), as the sine's.
                if (!m_firstFrameDrawn && isVisible() && m_textPage->lastSnapshot().vocabularySize > 0) {
                    m_firstFrameDrawn = true;
                    QTimer::singleShot(0, this, &MainWindow::firstFrameDrawn);
                }
            });
    connect(m_textPage, &TextTaskPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_textPage, &TextTaskPage::showRequested, this, [this] { setTask(Task::Text); });
    updateTaskActions();
}

QAction *MainWindow::taskAction(Task task) const
{
    switch (task) {
    case Task::Text: return m_textTaskAction;
    case Task::Embed: return m_embedTaskAction;
    case Task::Sine: break;
    }
    return m_sineTaskAction;
}

void MainWindow::setTask(Task task)
{
    if (task == m_task)
        return;
    const Task previous = m_task;
    m_task = task;
    m_settings.task = task == Task::Text ? QStringLiteral("text") : task == Task::Embed ? QStringLiteral("embed") : QStringLiteral("sine");
    scheduleSave();
    taskAction(task)->setChecked(true);
    // The task left pauses; the sine's docks are kept as they are while another task is shown.
    switch (previous) {
    case Task::Sine: {
        if (m_state == TrainingSnapshot::State::Running)
            m_controller->pause();
        m_sineLayout = saveState(AppSettings::stateVersion);
        for (QDockWidget *dock : findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly))
            dock->hide();
        break;
    }
    case Task::Text: m_textPage->pause(); break;
    case Task::Embed: m_embedPage->pause(); break;
    }
    QWidget *shown = task == Task::Text ? static_cast<QWidget *>(m_textPage)
                     : task == Task::Embed ? static_cast<QWidget *>(m_embedPage) : m_taskStack->widget(0);
    for (int k = 0; k < m_taskStack->count(); ++k)
        m_taskStack->widget(k)->setSizePolicy(m_taskStack->widget(k) == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                              m_taskStack->widget(k) == shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_taskStack->setCurrentWidget(shown);
    if (task == Task::Sine) {
        if (!m_sineLayout.isEmpty())
            restoreState(m_sineLayout, AppSettings::stateVersion);
        updateActions(m_state);
        updateStatus(m_last);
    } else {
        m_epochLabel->clear();
        m_stepLabel->clear();
        m_speedLabel->clear();
        m_lossLabel->clear();
        m_progress->setVisible(false);
    }
    statusBar()->clearMessage();
    if (task == Task::Text) {
        m_textPage->activate();
        updateActions(asTrainingState(m_textState));
        m_textPage->refreshStatus();
    } else if (task == Task::Embed) {
        updateActions(asTrainingState(m_embedPage->controller()->lastSnapshot().state, m_embedPage->controller()->running()));
        m_lossLabel->setText(m_embedPage->statusText());
    }
    updateTaskActions();
}

void MainWindow::updateTaskActions()
{
    const bool sine = m_task == Task::Sine;
    for (QAction *action : std::as_const(m_sineFileActions))
        action->setVisible(sine);
    m_textPage->saveSessionAction()->setVisible(m_task == Task::Text); // Open Text… and Open Text Session… switch to it
    m_stepAction->setEnabled(m_task != Task::Embed); // the skip-gram trains in slices, not steps
    m_speedSliderAction->setVisible(m_task != Task::Embed); // its page has its own pace
    m_exports->exportAllAction()->setVisible(sine); // the sine's panels
    // The sine's own training options; the text task has none of them.
    m_pauseAtEpochEndAction->setEnabled(sine);
    m_freeRunAction->setEnabled(sine);
}

void MainWindow::openTextTaskOnLaunch(const QString &textFile)
{
    m_launchText = true;
    m_launchTextFile = textFile;
}

void MainWindow::setTextConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    m_textPage->setConfiguration(model, train);
}

void MainWindow::startTextOnLaunch()
{
    if (!m_launchTextFile.isEmpty()) {
        if (const QString error = m_textPage->openTextFile(m_launchTextFile); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot learn from this text"), error);
    }
    setTask(Task::Text);
    if (m_settings.startTrainingOnLaunch && m_textState == TextSnapshot::State::Idle)
        m_textPage->toggleTraining();
}

// --- window events --------------------------------------------------------------------------

void MainWindow::openOnLaunch(const QString &path)
{
    m_launchFile = path;
    if (m_shownOnce)
        QTimer::singleShot(0, this, &MainWindow::openLaunchFile);
}

void MainWindow::openLaunchFile()
{
    if (TextTaskPage::isTextSession(m_launchFile)) {
        setTask(Task::Text);
        if (const QString error = m_textPage->openSession(m_launchFile); !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot open this text session"), error);
        return;
    }
    // Errors are the sessions' own: a message naming the file and what is wrong with it.
    if (m_launchFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        m_sessions->importModelFrom(m_launchFile);
    else
        m_sessions->openFile(m_launchFile);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (m_defaultLayout)
        QTimer::singleShot(0, this, [this] { fitControlsDock(0); });
    if (!m_freeRunNote->isHidden()) // run-free was on when the window was last closed
        QTimer::singleShot(0, this, [this] { fitFreeRunNote(true); });
    // Not a spin box: there Space would be typed, not pause the training.
    m_tracePicker->slider()->setFocus();
    if (!m_launchFile.isEmpty()) {
        QTimer::singleShot(0, this, &MainWindow::openLaunchFile);
        return;
    }
    if (m_launchEmbed || (!m_launchText && m_settings.task == QLatin1String("embed"))) {
        QTimer::singleShot(0, this, [this] {
            setTask(Task::Embed);
            if (m_settings.startTrainingOnLaunch && !m_embedPage->controller()->hasModel())
                m_embedPage->toggleTraining();
        });
        return;
    }
    if (m_launchText || m_settings.task == QLatin1String("text")) { // asked for, or shown at the last close
        QTimer::singleShot(0, this, &MainWindow::startTextOnLaunch);
        return;
    }
    if (!m_launchRuns.isEmpty()) {
        QTimer::singleShot(0, this, [this] { trainSideBySide(std::exchange(m_launchRuns, {})); });
        return;
    }
    if (m_settings.startTrainingOnLaunch)
        QTimer::singleShot(0, this, [this] {
            if (m_state == TrainingSnapshot::State::Idle)
                m_controller->start();
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved text training: save it, discard it, or keep the window.
    if (const qint64 steps = m_textPage->unsavedSteps(); steps > 0 && !m_textCloseAnswered) {
        m_textPage->pause();
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Unsaved text network"),
            tr("The text network has trained %n step(s) since it was last saved. Save it before closing? "
               "Discarding loses them.", nullptr, int(std::min<qint64>(steps, 1'000'000'000))),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            QString path = QFileDialog::getSaveFileName(this, tr("Save Text Session"), QStringLiteral("text.lstmlab"),
                                                        tr("LSTM Lab sessions (*.lstmlab)"));
            if (path.isEmpty())
                return;
            if (!path.endsWith(QLatin1String(".lstmlab")))
                path += QLatin1String(".lstmlab");
            auto *once = new QObject(this);
            connect(m_textPage, &TextTaskPage::sessionSaved, once, [this, once](const QString &, const QString &error) {
                once->deleteLater();
                if (!error.isEmpty())
                    return; // the page has said why; the window stays
                m_textCloseAnswered = true;
                close();
            });
            m_textPage->saveSession(path);
            return;
        }
        m_textCloseAnswered = true;
    }
    // Unsaved training: the prompt decides, and closes the window again when it may.
    if (!m_sessions->confirmClose()) {
        event->ignore();
        return;
    }
    m_settings.windowGeometry = saveGeometry();
    m_settings.windowState = m_task == Task::Text ? m_sineLayout : saveState(AppSettings::stateVersion);
    saveSettings();
    QMainWindow::closeEvent(event);
}

// A snapshot's panels are painted with the window's next update request (their charts'
// scene updates come before it): the time from the snapshot's arrival until that paint is
// done is what the frame cost the GUI thread.
bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The window and then its parts retranslate; the help texts follow the parts' own.
        const bool handled = QMainWindow::event(event);
        applyHelp();
        return handled;
    }
    if (event->type() != QEvent::UpdateRequest || !m_framePainting)
        return QMainWindow::event(event);
    const bool handled = QMainWindow::event(event);
    endFrame(m_frameClock.nsecsElapsed());
    return handled;
}

void MainWindow::endFrame(qint64 costNs)
{
    m_framePainting = false;
    if (!m_firstFrameDrawn && isVisible() && !m_last.realTest.isEmpty()) {
        m_firstFrameDrawn = true;
        emit firstFrameDrawn();
    }
    m_pacer.addFrameCost(double(costNs) / 1e9);
    const double rate = m_pacer.rate();
    const double asked = m_controller->maxSnapshotsPerSecond();
    // Small changes are not worth passing on: the worker's rate is a ceiling, not a clock.
    if (std::abs(rate - asked) > 0.1 * asked)
        m_controller->setMaxSnapshotsPerSecond(rate);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Before the children retranslate: the gate names are the vocabulary's, in the new language.
    if (event->type() == QEvent::LanguageChange) {
        applyGateVocabulary();
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::scheduleSave()
{
    m_saveTimer->start();
}

void MainWindow::saveSettings()
{
    m_saveTimer->stop();
    if (isVisible()) {
        m_settings.windowGeometry = saveGeometry();
        // The docks are the sine task's; while text is shown they are hidden for it.
        m_settings.windowState = m_task == Task::Text ? m_sineLayout : saveState(AppSettings::stateVersion);
    }
    m_settings.save();
}

void MainWindow::rememberSignal()
{
    m_settings.signalId = m_signalPanel->catalogId();
    m_settings.signalParameters = m_signalPanel->parameters();
    m_settings.noiseStddev = m_signalPanel->noise();
    m_settings.csvPath = m_signalPanel->usesSeries() ? m_signalPanel->csvPath() : QString();
    m_settings.csvColumn = m_signalPanel->usesSeries() ? m_signalPanel->csvColumn() : 0;
}
