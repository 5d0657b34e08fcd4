#pragma once

// The window's sessions: File > New, Open…, Open Recent, Save, Save As…, Import model.json…
// and Export model.json…; the window title with the session's name and the modified marker;
// the unsaved-work prompt (Save / Discard / Cancel) before quitting, New, Open and Import.
//
// Nothing here reads the live model. Saving asks the TrainingController for the training
// state (the worker captures it between two steps while training goes on), adds the signal
// the window shows, and has SessionIo write it on its own thread. Opening reads, checks and
// builds the trainer on that thread and hands it to the controller only when every step
// succeeded, so a bad file changes nothing. Errors name the file and what is wrong in a
// message that does not block the window (QMessageBox::open()).
//
// It knows the window only as a QWidget (dialogs, title, modified marker) and asks for
// everything else by signal: the window shows an opened configuration, status messages and
// closes when told to.
//
// Modified means there is training the file on disk does not hold: steps trained since the
// last save, open or New, or a changed setting of a trained model.

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

#include "sessionsignal.h"
#include "modelconfig.h"
#include "runrecord.h"

namespace lstmlab {
struct SessionData;
}
struct TrainingResumption;
class QAction;
class QMenu;
class QMessageBox;
class RecentFiles;
class SessionIo;
class SessionSignalView;
class TrainingController;
class QWidget;
struct TrainingSnapshot;

class SessionController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *fileSuffix = "lstmlab";

    // window: the parent of the dialogs, whose title and modified marker show the session.
    SessionController(TrainingController *controller, SessionSignalView *signalView, QWidget *window);
    ~SessionController() override; // finishes a save in progress

    // New, Open…, Open Recent, Save, Save As…, Import model.json…, Export model.json….
    void addActionsTo(QMenu *menu);
    // Where a saved session takes its run list from (the window's run list panel).
    void setRunsSource(std::function<std::vector<lstmlab::RunRecord>()> runs) { m_runsSource = std::move(runs); }

    QString filePath() const { return m_path; } // empty while untitled
    QString displayName() const;                // the file's name, or "Untitled"
    bool isModified() const { return m_modified; }
    bool isBusy() const { return m_busy > 0; }  // a save, open or import is under way
    RecentFiles *recentFiles() const { return m_recent; }

    // For the window's closeEvent(): true when it may close now. Otherwise the prompt (or
    // the save under way) decides, and the window is closed again once the training is saved
    // or discarded; Cancel or a failed save keeps it open.
    bool confirmClose();

    // Without file dialogs (tests, the command line); the prompt still comes first where the
    // menu entry has one. Results arrive later: see the signals.
    void newSession();
    void openFile(const QString &path);
    void importModelFrom(const QString &path);
    void saveTo(const QString &path);
    void exportModelTo(const QString &path);

    // Undo for a setting that replaces a trained network: keepForUndo() asks for the training
    // state as it is now (call it before the change); undoRebuild() puts that network, its
    // optimizer, progress, histories and settings back (at once, or when the state arrives).
    // A newer keepForUndo() replaces the kept state; dropUndo() forgets it.
    void keepForUndo();
    void undoRebuild();
    void dropUndo();

    // The prompt or error message on screen (modal to the window only), or null.
    QMessageBox *activeMessage() const;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *importModelAction() const { return m_importAction; }
    QAction *exportModelAction() const { return m_exportAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

public slots:
    void save();      // Save As… while untitled
    void saveAs();    // the file dialog
    void open();      // the file dialog
    void importModel();
    void exportModel();
    // The controls changed the configuration (after the controller has it).
    void updateModified();

signals:
    void saved(const QString &path);       // a session file was written
    void exported(const QString &path);    // a model.json was written
    void opened(const QString &path);      // a session was opened (empty path: New)
    void imported(const QString &path);    // a model.json was imported
    void failed(const QString &message);   // also shown to the learner
    void signalRestored();                 // the signal view shows the opened session's signal
    // An opened session's run list (empty for a session saved without one).
    void runsRestored(const std::vector<lstmlab::RunRecord> &runs);
    // An opened or new session's settings, which the controller trains already: show them.
    void configurationRestored(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // For the status bar (timeoutMs 0: until replaced); an empty text clears it.
    void statusMessage(const QString &text, int timeoutMs = 0);
    // The prompt said the window may close now: close it (confirmClose() then says yes).
    void closeRequested();
    void modifiedChanged(bool modified);
    // undoRebuild() put the kept network back (its settings come by configurationRestored).
    void rebuildUndone(long long step);
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Purpose { Session, Model };
    struct Capture {
        quint64 request = 0;
        Purpose purpose = Purpose::Session;
        QString path;
        SessionSignal signal;
        quint64 generation = 0;
        std::function<void()> then;   // after a successful save
    };

    void createActions();
    void retranslate();
    void updateTitle();
    void updateActions();
    void setBusy(bool busy);
    void onSnapshot(const TrainingSnapshot &snapshot);
    void onSessionState(quint64 request, std::shared_ptr<const lstmlab::SessionData> state, const QString &error);
    void capture(Purpose purpose, const QString &path, std::function<void()> then);
    void saveThen(std::function<void()> then); // Save (As…), then `then` once written
    // Runs `proceed` now, or after the prompt's Save (once saved) or Discard.
    void whenDiscardable(const QString &question, std::function<void()> proceed);
    bool adopt(const std::shared_ptr<TrainingResumption> &resumption, const SessionSignal &signal, bool signalChanged);
    void setBaseline();
    void fillRecentMenu();
    void openRecent(const QString &path);
    void showMessage(const QString &title, const QString &text, const QString &detail);
    void reportError(const QString &title, const QString &path, const QString &what, const QString &consequence);
    void workDone();
    QString dialogFolder() const;
    void rememberFolder(const QString &path);

    TrainingController *m_controller = nullptr;
    SessionSignalView *m_signalView = nullptr;
    QWidget *m_window = nullptr;
    SessionIo *m_io = nullptr;
    std::function<std::vector<lstmlab::RunRecord>()> m_runsSource;
    RecentFiles *m_recent = nullptr;
    QPointer<QMessageBox> m_message;

    QString m_path;
    bool m_modified = false;
    int m_busy = 0;
    bool m_closeWhenDone = false;  // the window asked to close while work was under way
    bool m_closing = false;        // closing after the prompt: do not ask again
    std::unique_ptr<Capture> m_capture;
    // keepForUndo(): the request not yet answered (0: none), then the state and its signal.
    quint64 m_undoRequest = 0;
    bool m_undoWanted = false;     // undoRebuild() came before the state
    std::shared_ptr<const lstmlab::SessionData> m_undoState;
    SessionSignal m_undoSignal;
    void restoreKept();

    // What the file on disk holds (or the fresh start): the generation and step of the
    // snapshots, and the configurations trained with.
    quint64 m_baseGeneration = 0;
    long long m_baseStep = 0;
    lstmlab::ModelConfig m_baseModel;
    lstmlab::TrainConfig m_baseTrain;
    quint64 m_generation = 0;      // of the last snapshot
    long long m_step = 0;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};
