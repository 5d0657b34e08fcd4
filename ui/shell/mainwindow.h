#pragma once

// The LSTM Lab window. Left: the controls; centre: the prediction chart (with the slider that
// picks the traced test window and the free-run switch) above the gate panels; right: the
// loss chart. Docks and toolbar can be moved and hidden; their layout, the window geometry and
// every setting persist through AppSettings. The window trains through a TrainingController
// and draws only the snapshots it sends.
//
// Training starts as soon as the window is first shown (the setting "Start training on launch"
// turns that off), so the first thing a learner sees is the network learning.

#include "appsettings.h"
#include "framepacer.h"
#include "skipgram.h"
#include "textsnapshot.h"
#include "trainingsnapshot.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>

class AnatomyView;
class BatchView;
class GradientPanel;
class Banner;
class ExportActions;
class GateInspector;
class GatePanel;
class GuideDialog;
class GuideNavigator;
class HyperparameterPanel;
class LessonPanel;
class LossChart;
class PredictionChart;
class RunListPanel;
class QAction;
class QCheckBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolBar;
class SessionController;
class SignalPanel;
class SpeedSlider;
class TextTaskPage;
class EmbedTaskPage;
class TraceWindowPicker;
class TrainingController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window teaches: the seed's sine (predict the next sample) or text (a
    // character-level network that learns to write). Each task keeps its own page, settings and
    // training; switching pauses the other task's training and brings its page back as it was.
    // The seed's third, skip-gram embeddings, is the third task (EmbedTaskPage).
    enum class Task { Sine, Text, Embed };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows and trains this configuration, as if it had been entered in the controls
    // (command-line options use this before or after show()).
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // Whether training begins when the window is first shown; remembered as a setting.
    void setStartTrainingOnLaunch(bool start);
    bool startTrainingOnLaunch() const { return m_settings.startTrainingOnLaunch; }
    // Writes the settings, the window geometry and the dock layout now, as closing does.
    void saveSettings();

    // What the window shows, for the application and tests. Its parts are found by type or
    // object name (findChild<TrainingController *>(), "anatomyDock"): the window wires them,
    // it does not serve them.
    // The banner's text when it is shown, else empty.
    QString bannerText() const;
    const TrainingSnapshot &lastSnapshot() const { return m_last; }
    const AppSettings &settings() const { return m_settings; }
    // The snapshot rate the window asks for, from what its frames cost (see FramePacer).
    const FramePacer &framePacer() const { return m_pacer; }

    // The gate names used everywhere (View > Gate Names); remembered as a setting.
    void setGateVocabulary(GateVocabulary::Kind kind);
    GateVocabulary::Kind gateVocabulary() const { return m_settings.gateVocabulary; }
    // Shows the cell (layer, unit, t) in the gate inspector and marks it in the heatmaps.
    void inspectCell(int layer, int unit, int t);
    // Maps the configuration the window runs to the one it stores as the user's settings.
    using StoredConfiguration = std::function<void(lstmlab::ModelConfig &, lstmlab::TrainConfig &)>;
    // A configuration for this launch (the command line's `lstm-lab --units 7`): shown and
    // trained like setConfiguration(), while what is stored as the user's settings passes
    // through toStored from now on. Call before show().
    void setLaunchConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                                StoredConfiguration toStored);
    // The file named on the command line (a session, or a model.json to import), opened as
    // File > Open would once the window shows, instead of starting to train the seed network.
    void openOnLaunch(const QString &path);
    // The task shown (the toolbar's Sine / Text switch, View > Task).
    void setTask(Task task);
    Task task() const { return m_task; }
    // The command line's `--task text [--text FILE]`: the window opens on the text task, learning
    // FILE (when given) instead of the default corpus. Call before show().
    void openTextTaskOnLaunch(const QString &textFile);
    // The command line's `--task embed [--text FILE]`: the window opens on the embedding task
    // (with FILE as its corpus when given). Call before show().
    // With settings, the controls take them (the command line's --dim, --window, ...).
    void openEmbedTaskOnLaunch(const QString &textFile, const lstmlab::SkipGramConfig *settings = nullptr,
                               lstmlab::TokenMode mode = lstmlab::TokenMode::Words, int minCount = 5);
    // The text task's settings (the command line's options over the text defaults).
    void setTextConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // Lessons menu: the lesson's settings (or its comparison's) on the seed's sine, a fresh
    // network, training started unless the lesson steps through; the lesson panel shows it.
    void applyLesson(const QString &id, bool contrast = false);
    // Training > Train Side by Side: runs[0] shown in the controls and trained, runs[1..] beside
    // it (TrainingController::trainSideBySide); the charts overlay them all.
    void trainSideBySide(const QVector<RunSettings> &runs);
    // The command line's `--compare SPEC --compare SPEC`: these runs train side by side as soon
    // as the window shows (whatever "Start training on launch" says). Call before show().
    void trainSideBySideOnLaunch(const QVector<RunSettings> &runs) { m_launchRuns = runs; }

public slots:
    void showSideBySideDialog();
    void toggleTraining();   // Train, Pause or Resume, by state
    void stepOnce();
    void resetTraining();
    void showAbout();
    GuideDialog *showGuide();   // Help > Guide, built from the panels as they are now

signals:
    // View > Language: the learner chose another language, which the window stores as a
    // setting. The application installs it; every widget then retranslates itself in place.
    void languageRequested(const QString &language);
    // The window has painted its first training snapshot: the curves, heatmaps and loss are on
    // screen (once per window).
    void firstFrameDrawn();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class BannerKind { Info, Error };
    // What the banner's button does: lower the learning rate after a diverged run, or undo
    // a setting that replaced a trained network.
    enum class BannerAction { None, LowerRate, UndoRebuild };

    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void retranslateUi();
    void applyHelp();
    QWidget *createCentre();
    void restoreLayout();
    void fitControlsDock(int attempt);
    void connectController();

    void onSnapshot(const TrainingSnapshot &snapshot);
    void onStateChanged(TrainingSnapshot::State state);
    void onModelRebuilt(const QString &reason);
    void onDiverged(const QString &message);
    void onFinished();
    void onConfigurationChanged(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    void onTraceWindowChanged(int window);
    void onFreeRunToggled(bool on);
    // Runs the free run when its box is ticked and the signal allows it (not the echo).
    void applyFreeRun();
    void updateFreeRunToolTip();
    // The signal's name and kind (the echo's lag) to the views that word or draw by them.
    void showSignal();
    void fitFreeRunNote(bool shown);
    void applyGateVocabulary();
    void createTeachingDocks();
    QDockWidget *addTabBesideLoss(QWidget *panel, const QString &objectName);
    void createGradientDock();
    void createRunsDock();
    void createGuideNavigator();
    void onSignalChanged();
    // Copies the signal panel's choice into m_settings.
    void rememberSignal();

    void applyConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    void updateTraceRange(int timesteps);
    void updateTraceSpan();
    QAction *vocabularyAction(GateVocabulary::Kind kind) const;
    void updateStatus(const TrainingSnapshot &snapshot);
    void updateActions(TrainingSnapshot::State state);
    void showBanner(BannerKind kind, const QString &text, const QString &actionText = QString(),
                    BannerAction action = BannerAction::None);
    void hideBanner();
    void scheduleSave();
    void openLaunchFile();
    void endFrame(qint64 costNs);
    void connectTextPage();
    void connectEmbedPage();
    QAction *taskAction(Task task) const;
    void updateTaskActions();
    void startTextOnLaunch();

    AppSettings m_settings;
    TrainingController *m_controller = nullptr;
    TrainingSnapshot m_last;
    FramePacer m_pacer;
    QElapsedTimer m_frameClock;       // from a snapshot's arrival until its repaint is done
    bool m_framePainting = false;     // a snapshot's panels wait for their repaint
    QElapsedTimer m_detailsClock;     // when the loss chart, inspector and anatomy were last updated
    quint64 m_detailsGeneration = 0;  // the model they show
    TrainingSnapshot::State m_state = TrainingSnapshot::State::Idle;
    bool m_shownOnce = false;
    bool m_defaultLayout = false;     // restoreLayout() found no stored layout
    bool m_firstFrameDrawn = false;   // firstFrameDrawn() was emitted
    QString m_launchFile;             // openOnLaunch()
    QVector<RunSettings> m_launchRuns; // trainSideBySideOnLaunch()
    Task m_task = Task::Sine;
    bool m_launchText = false;        // openTextTaskOnLaunch()
    QString m_launchTextFile;
    bool m_launchEmbed = false;       // openEmbedTaskOnLaunch()
    bool m_textCloseAnswered = false; // the learner chose to save or discard the text network
    QByteArray m_sineLayout;          // the docks as the sine task left them, while text is shown
    TextSnapshot::State m_textState = TextSnapshot::State::Idle;
    StoredConfiguration m_toStored;   // setLaunchConfiguration()
    BannerAction m_bannerAction = BannerAction::None;
    bool m_offerUndo = false;      // the configuration being applied comes from the controls
    int m_pendingGateLayer = -1;   // the stored layer, shown once a trace has that many
    int m_traceTimesteps = 0;      // the window length of the last gate trace shown
    int m_echoLag = 0;             // 0, or the echo signal's lag (a label in the window's past)

    HyperparameterPanel *m_controls = nullptr;
    LossChart *m_lossChart = nullptr;
    PredictionChart *m_predictionChart = nullptr;
    GatePanel *m_gatePanel = nullptr;
    GateInspector *m_inspector = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    GuideNavigator *m_guideNavigator = nullptr;
    ExportActions *m_exports = nullptr;
    AnatomyView *m_anatomy = nullptr;
    QDockWidget *m_anatomyDock = nullptr;
    BatchView *m_batchView = nullptr;
    QDockWidget *m_batchDock = nullptr;
    GradientPanel *m_gradientPanel = nullptr;
    RunListPanel *m_runList = nullptr;
    QDockWidget *m_runsDock = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QDockWidget *m_gradientDock = nullptr;
    SignalPanel *m_signalPanel = nullptr;
    QDockWidget *m_signalDock = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    SpeedSlider *m_speedSlider = nullptr;
    SessionController *m_sessions = nullptr;
    TraceWindowPicker *m_tracePicker = nullptr;
    QCheckBox *m_freeRunBox = nullptr;
    QLabel *m_freeRunNote = nullptr;    // under the chart while run-free is on
    QDockWidget *m_controlsDock = nullptr;
    QDockWidget *m_lossDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_taskStack = nullptr; // the sine's centre, the text page
    TextTaskPage *m_textPage = nullptr;
    EmbedTaskPage *m_embedPage = nullptr;
    QList<QAction *> m_sineFileActions;   // the sine sessions' File menu entries

    Banner *m_banner = nullptr;
    QLabel *m_guideLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_trainingMenu = nullptr;
    QMenu *m_lessonsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_namesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QTimer *m_saveTimer = nullptr;

    QAction *m_sineTaskAction = nullptr;
    QAction *m_textTaskAction = nullptr;
    QAction *m_embedTaskAction = nullptr;
    QAction *m_speedSliderAction = nullptr; // the toolbar's speed slider
    QMenu *m_taskMenu = nullptr;
    QAction *m_trainAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startOnLaunchAction = nullptr;
    QAction *m_pauseAtEpochEndAction = nullptr;
    QAction *m_freeRunAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_whatsThisAction = nullptr;
    QAction *m_standardNamesAction = nullptr;
    QAction *m_notesNamesAction = nullptr;

    QLabel *m_stateLabel = nullptr;
    QLabel *m_epochLabel = nullptr;
    QLabel *m_stepLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_lossLabel = nullptr;
    QProgressBar *m_progress = nullptr;
};
