#include "sessioncontroller.h"

#include "recentfiles.h"
#include "sessionio.h"
#include "sessionsignalview.h"
#include "settingsstore.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

#include <exception>

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SessionController::SessionController(TrainingController *controller, SessionSignalView *signalView, QWidget *window)
    : QObject(window), m_controller(controller), m_signalView(signalView), m_window(window)
{
    m_io = new SessionIo(this);
    m_recent = new RecentFiles(this);
    createActions();
    retranslate();

    connect(m_controller, &TrainingController::snapshotReady, this, &SessionController::onSnapshot);
    connect(m_controller, &TrainingController::sessionStateReady, this, &SessionController::onSessionState);
    connect(m_recent, &RecentFiles::changed, this, &SessionController::updateActions);
    m_window->installEventFilter(this);

    setBaseline();
    updateTitle();
    updateActions();
}

SessionController::~SessionController() = default;

QMessageBox *SessionController::activeMessage() const
{
    // A message closed a moment ago is deleted later: it is no longer on screen.
    return m_message && m_message->isVisible() ? m_message.data() : nullptr;
}

// ---- Actions ---------------------------------------------------------------------------------

void SessionController::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newSessionAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &SessionController::newSession);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openSessionAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &SessionController::open);

    m_saveAction = new QAction(this);
    m_saveAction->setObjectName(QStringLiteral("saveSessionAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &SessionController::save);

    m_saveAsAction = new QAction(this);
    m_saveAsAction->setObjectName(QStringLiteral("saveSessionAsAction"));
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &SessionController::saveAs);

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importModelAction"));
    connect(m_importAction, &QAction::triggered, this, &SessionController::importModel);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportModelAction"));
    connect(m_exportAction, &QAction::triggered, this, &SessionController::exportModel);

    m_recentMenu = new QMenu(m_window); // owned by the window, as the menu bar's menus are
    m_recentMenu->setObjectName(QStringLiteral("recentSessionsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionController::fillRecentMenu);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_recent, &RecentFiles::clear);
}

void SessionController::addActionsTo(QMenu *menu)
{
    menu->addAction(m_newAction);
    menu->addAction(m_openAction);
    menu->addMenu(m_recentMenu);
    menu->addAction(m_saveAction);
    menu->addAction(m_saveAsAction);
    menu->addSeparator();
    menu->addAction(m_importAction);
    menu->addAction(m_exportAction);
}

void SessionController::retranslate()
{
    m_newAction->setText(tr("&New Session"));
    m_newAction->setToolTip(tr("Start again with the seed's configuration on the sine and fresh weights (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_openAction->setText(tr("&Open Session…"));
    m_openAction->setToolTip(tr("Open a saved session (.lstmlab) and go on training exactly where it stopped (%1)")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAction->setText(tr("&Save Session"));
    m_saveAction->setToolTip(tr("Save the settings, weights, optimizer state, loss history and signal, "
                                "to go on later exactly where training is now (%1)")
                                 .arg(m_saveAction->shortcut().toString(QKeySequence::NativeText)));
    m_saveAsAction->setText(tr("Save Session &As…"));
    m_saveAsAction->setToolTip(tr("Save the session to a new file"));
    m_importAction->setText(tr("&Import model.json…"));
    m_importAction->setToolTip(tr("Load a model's structure and weights (from LSTM Lab's headless mode, say) "
                                  "and train it with the current settings; the optimizer starts afresh"));
    m_exportAction->setText(tr("E&xport model.json…"));
    m_exportAction->setToolTip(tr("Save the network's structure and weights under PyTorch's names, to load "
                                  "into torch.nn.LSTM (docs/model-format.md)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear List"));
    for (QAction *action : {m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_importAction, m_exportAction})
        action->setStatusTip(action->toolTip());
    updateTitle();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    // After the window's own retranslation, which may set its title.
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &SessionController::retranslate);
    return QObject::eventFilter(watched, event);
}

void SessionController::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int k = 0; k < files.size(); ++k) {
        const QString path = files[k];
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(k + 1).arg(QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"))), this,
            [this, path] { openRecent(path); });
        action->setToolTip(native(path));
        action->setStatusTip(native(path));
        action->setEnabled(!isBusy());
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No Recent Sessions"))->setEnabled(false);
        return;
    }
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
}

void SessionController::openRecent(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        // It has been moved or deleted: off the list, and say so.
        m_recent->remove(path);
        const QStringList others = m_recent->removeMissing();
        showMessage(tr("Session not found"),
                    tr("%1\n\nno longer exists. It has been removed from the recent sessions.").arg(native(path)),
                    others.isEmpty() ? QString()
                                     : tr("%n other missing file(s) were removed too.", nullptr, int(others.size())));
        emit failed(tr("%1 no longer exists").arg(native(path)));
        return;
    }
    openFile(path);
}

void SessionController::updateActions()
{
    const bool idle = !isBusy();
    for (QAction *action : {m_newAction, m_openAction, m_saveAction, m_saveAsAction, m_importAction, m_exportAction})
        action->setEnabled(idle);
    m_recentMenu->setEnabled(idle && !m_recent->files().isEmpty());
}

void SessionController::setBusy(bool busy)
{
    const bool was = isBusy();
    m_busy += busy ? 1 : -1;
    updateActions();
    if (was != isBusy())
        emit busyChanged(isBusy());
}

// ---- Title and modified marker -----------------------------------------------------------------

QString SessionController::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void SessionController::updateTitle()
{
    m_window->setWindowTitle(tr("%1[*] — LSTM Lab").arg(displayName()));
    m_window->setWindowFilePath(m_path);
    m_window->setWindowModified(m_modified);
}

void SessionController::onSnapshot(const TrainingSnapshot &snapshot)
{
    m_generation = snapshot.generation;
    m_step = snapshot.step;
    updateModified();
}

void SessionController::updateModified()
{
    const TrainingController *controller = m_controller;
    const bool trained = m_step > 0 && m_generation == controller->generation();
    const bool modified = trained
                          && (m_generation != m_baseGeneration || m_step != m_baseStep
                              || controller->modelConfig() != m_baseModel || controller->trainConfig() != m_baseTrain);
    if (modified == m_modified)
        return;
    m_modified = modified;
    m_window->setWindowModified(modified);
    emit modifiedChanged(modified);
}

void SessionController::setBaseline()
{
    const TrainingController *controller = m_controller;
    m_baseGeneration = controller->generation();
    m_baseModel = controller->modelConfig();
    m_baseTrain = controller->trainConfig();
    m_baseStep = m_generation == m_baseGeneration ? m_step : 0;
    updateModified();
}

// ---- Saving ----------------------------------------------------------------------------------

void SessionController::save()
{
    saveThen({});
}

void SessionController::saveThen(std::function<void()> then)
{
    if (!m_path.isEmpty()) {
        capture(Purpose::Session, m_path, std::move(then));
        return;
    }
    const QString proposed = QDir(dialogFolder()).filePath(tr("session") + u'.' + QLatin1String(fileSuffix));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session"), proposed,
                                                tr("LSTM Lab sessions (*.%1)").arg(QLatin1String(fileSuffix)));
    if (path.isEmpty())
        return; // cancelled: so is whatever was to follow
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QLatin1String(fileSuffix);
    capture(Purpose::Session, path, std::move(then));
}

void SessionController::saveAs()
{
    const QString proposed = m_path.isEmpty()
        ? QDir(dialogFolder()).filePath(tr("session") + u'.' + QLatin1String(fileSuffix)) : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session As"), proposed,
                                                tr("LSTM Lab sessions (*.%1)").arg(QLatin1String(fileSuffix)));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + QLatin1String(fileSuffix);
    saveTo(path);
}

void SessionController::saveTo(const QString &path)
{
    capture(Purpose::Session, path, {});
}

void SessionController::exportModel()
{
    const QString proposed = QDir(dialogFolder()).filePath(QStringLiteral("model.json"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export model.json"), proposed,
                                                tr("LSTM Lab models (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    exportModelTo(path);
}

void SessionController::exportModelTo(const QString &path)
{
    capture(Purpose::Model, path, {});
}

// The state as it is after everything the learner has done so far, with the signal the window
// shows now; the worker answers between two steps.
void SessionController::capture(Purpose purpose, const QString &path, std::function<void()> then)
{
    if (isBusy()) {
        emit statusMessage(tr("Still busy with the last file; try again in a moment."), 5000);
        return;
    }
    auto capture = std::make_unique<Capture>();
    capture->purpose = purpose;
    capture->path = QFileInfo(path).absoluteFilePath();
    capture->signal = m_signalView->sessionSignal();
    capture->generation = m_controller->generation();
    capture->then = std::move(then);
    capture->request = m_controller->requestSessionState();
    m_capture = std::move(capture);
    setBusy(true);
    emit statusMessage(tr("Saving %1…").arg(native(m_capture->path)));
}

void SessionController::onSessionState(quint64 request, std::shared_ptr<const lstmlab::SessionData> state,
                                       const QString &error)
{
    // An answer to a newer request may stand for the undo's too, but it holds the state after
    // the change: then there is nothing to undo to.
    if (m_undoRequest && request > m_undoRequest)
        dropUndo();
    if (request == m_undoRequest) {
        m_undoRequest = 0;
        m_undoState = std::move(state);
        if (m_undoWanted)
            restoreKept();
        return;
    }
    // A newer request answers older ones too.
    if (!m_capture || request < m_capture->request)
        return;
    std::shared_ptr<Capture> capture(std::move(m_capture));
    const bool model = capture->purpose == Purpose::Model;
    const QString failedTitle = model ? tr("Could not export the model") : tr("Could not save the session");
    if (!state) {
        setBusy(false);
        reportError(failedTitle, capture->path, error, tr("Nothing was written."));
        workDone();
        return;
    }
    const long long step = state->state.step;
    lstmlab::ModelConfig savedModel = state->model;
    lstmlab::TrainConfig savedTrain = state->train;
    savedTrain.learningRate = state->state.learningRate;

    auto done = [this, capture, step, savedModel, savedTrain, failedTitle](const SessionIo::Result &result) {
        setBusy(false);
        if (!result.ok()) {
            emit statusMessage(QString(), 0);
            reportError(failedTitle, result.path, result.error,
                        tr("Nothing was lost: the training goes on in the window, and a file that was "
                           "already there is unchanged. Choose another folder or name and try again."));
            workDone();
            return;
        }
        rememberFolder(result.path);
        if (capture->purpose == Purpose::Model) {
            emit statusMessage(tr("Exported the model to %1").arg(native(result.path)), 8000);
            emit exported(result.path);
            workDone();
            return;
        }
        m_path = result.path;
        m_baseGeneration = capture->generation;
        m_baseStep = step;
        m_baseModel = savedModel;
        m_baseTrain = savedTrain;
        updateModified();
        updateTitle();
        m_recent->add(result.path);
        emit statusMessage(tr("Saved %1 at step %2").arg(native(result.path)).arg(step), 8000);
        emit saved(result.path);
        if (capture->then)
            capture->then();
        workDone();
    };
    if (model)
        m_io->saveModel(capture->path, std::move(state), std::move(done));
    else {
        if (m_runsSource) { // the run list goes into the session with the rest
            auto withRuns = std::make_shared<lstmlab::SessionData>(*state);
            withRuns->runs = m_runsSource();
            state = std::move(withRuns);
        }
        m_io->saveSession(capture->path, std::move(state), capture->signal.toChoice(), std::move(done));
    }
}

// ---- Undo of a rebuild -----------------------------------------------------------------------

void SessionController::keepForUndo()
{
    m_undoState.reset();
    m_undoWanted = false;
    m_undoSignal = m_signalView->sessionSignal();
    m_undoRequest = m_controller->requestSessionState();
}

void SessionController::dropUndo()
{
    m_undoRequest = 0;
    m_undoWanted = false;
    m_undoState.reset();
}

void SessionController::undoRebuild()
{
    if (m_undoState)
        restoreKept();
    else if (m_undoRequest)
        m_undoWanted = true; // the state is on its way
}

// The kept state is trained on as an opened session would be, with the signal it had; the
// file on disk is unchanged, so the session counts as modified unless it holds this state.
void SessionController::restoreKept()
{
    std::shared_ptr<const lstmlab::SessionData> kept = std::move(m_undoState);
    dropUndo();
    if (!kept)
        return;
    lstmlab::SessionData session = *kept;
    session.signal = m_undoSignal.toChoice();
    const SessionIo::Opened opened = SessionIo::fromSession(session);
    if (!opened.ok()) {
        reportError(tr("Could not undo"), QString(), opened.error, tr("The new network stays."));
        return;
    }
    const long long step = opened.resumption->trainer->stepCount();
    m_controller->resumeFrom(opened.resumption);
    emit configurationRestored(m_controller->modelConfig(), m_controller->trainConfig());
    m_generation = m_controller->generation();
    m_step = step;
    updateModified();
    emit rebuildUndone(step);
}

// ---- The prompt ------------------------------------------------------------------------------

void SessionController::whenDiscardable(const QString &question, std::function<void()> proceed)
{
    if (activeMessage() && activeMessage()->property("unsavedPrompt").toBool())
        return; // already asking
    if (!m_modified) {
        proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Training"),
                                m_path.isEmpty() ? tr("The training in this window has not been saved.")
                                                 : tr("The training has changed since %1 was saved.").arg(displayName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("unsavedPrompt"));
    box->setProperty("unsavedPrompt", true);
    box->setInformativeText(question);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, proceed = std::move(proceed)] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save)
            saveThen(proceed);
        else if (choice == QMessageBox::Discard)
            proceed();
        // Cancel, Escape or the close button: nothing happens.
    });
    m_message = box;
    box->open();
}

bool SessionController::confirmClose()
{
    if (m_closing)
        return true;
    if (isBusy()) {
        // A file is being written or read: close once it is done (a failed save keeps the window).
        m_closeWhenDone = true;
        emit statusMessage(tr("Closing once the file is written…"));
        return false;
    }
    if (!m_modified)
        return true;
    whenDiscardable(tr("Save it before closing? Discarding loses the steps trained since."), [this] {
        m_closing = true;
        emit closeRequested();
        m_closing = false;
    });
    return false;
}

void SessionController::workDone()
{
    if (!m_closeWhenDone || isBusy())
        return;
    m_closeWhenDone = false;
    // Saved, or failed with a message on screen: a failure keeps the window for the learner.
    if (activeMessage())
        return;
    QTimer::singleShot(0, this, &SessionController::closeRequested);
}

// ---- New, Open, Import -----------------------------------------------------------------------

void SessionController::newSession()
{
    if (isBusy())
        return;
    whenDiscardable(tr("Save it before starting a new session?"), [this] {
        // The seed's configuration on the sine, fresh weights: what a first launch shows.
        const SessionSignal signal;
        QString error;
        const lstmlab::ModelConfig model;
        const lstmlab::TrainConfig train;
        const std::optional<SessionSignal::Source> source = signal.build(model.timesteps, &error);
        if (!source) {
            reportError(tr("Could not start a new session"), QString(), error, tr("The current session is unchanged."));
            return;
        }
        auto resumption = std::make_shared<TrainingResumption>();
        try {
            resumption->trainer = std::make_unique<lstmlab::Trainer>(model, train, source->data);
        } catch (const std::exception &e) {
            reportError(tr("Could not start a new session"), QString(), QString::fromStdString(e.what()),
                        tr("The current session is unchanged."));
            return;
        }
        resumption->data = source->data;
        resumption->signal = source->signal;
        resumption->model = model;
        resumption->train = train;
        m_path.clear();
        adopt(resumption, signal, true);
        emit statusMessage(tr("New session: the seed's configuration on the sine, with fresh weights."), 8000);
        emit opened(QString()); // the window starts training when its setting says so
    });
}

void SessionController::open()
{
    if (isBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Session"), dialogFolder(),
        tr("LSTM Lab sessions (*.%1);;All files (*)").arg(QLatin1String(fileSuffix)));
    if (!path.isEmpty())
        openFile(path);
}

void SessionController::openFile(const QString &path)
{
    if (isBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    whenDiscardable(tr("Save it before opening %1?").arg(QFileInfo(path).fileName()), [this, absolute] {
        setBusy(true);
        emit statusMessage(tr("Opening %1…").arg(native(absolute)));
        m_io->openSession(absolute, [this](const SessionIo::Opened &result) {
            setBusy(false);
            emit statusMessage(QString(), 0);
            if (!result.ok()) {
                reportError(tr("Could not open the session"), result.path, result.error,
                            tr("The session in the window is unchanged."));
                workDone();
                return;
            }
            const TrainingResumption &r = *result.resumption;
            const long long step = r.trainer->stepCount();
            const int epoch = r.trainer->epoch();
            const QString previousPath = m_path;
            m_path = result.path;
            if (!adopt(result.resumption, result.signal, true)) {
                m_path = previousPath;
                workDone();
                return;
            }
            emit runsRestored(result.runs);
            m_recent->add(result.path);
            rememberFolder(result.path);
            emit statusMessage(
                tr("Opened %1 at step %2 (epoch %3). Press Train to go on from there.")
                    .arg(native(result.path)).arg(step).arg(epoch), 10000);
            emit opened(result.path);
            workDone();
        });
    });
}

void SessionController::importModel()
{
    if (isBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import model.json"), dialogFolder(),
                                                      tr("LSTM Lab models (*.json);;All files (*)"));
    if (!path.isEmpty())
        importModelFrom(path);
}

void SessionController::importModelFrom(const QString &path)
{
    if (isBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    whenDiscardable(tr("Save it before importing %1?").arg(QFileInfo(path).fileName()), [this, absolute] {
        const TrainingController *controller = m_controller;
        SessionSignal::Source source;
        source.signal = controller->signalGenerator();
        source.series = controller->series();
        const SessionSignal choice = m_signalView->sessionSignal();
        setBusy(true);
        emit statusMessage(tr("Importing %1…").arg(native(absolute)));
        m_io->importModel(absolute, controller->trainConfig(), source, choice, [this](const SessionIo::Opened &result) {
            setBusy(false);
            emit statusMessage(QString(), 0);
            if (!result.ok()) {
                reportError(tr("Could not import the model"), result.path, result.error,
                            tr("The session in the window is unchanged."));
                workDone();
                return;
            }
            const QString previousPath = m_path;
            m_path.clear(); // the weights are in the model file; the session is a new one
            if (!adopt(result.resumption, result.signal, false)) {
                m_path = previousPath;
                workDone();
                return;
            }
            rememberFolder(result.path);
            emit statusMessage(
                tr("Imported %1: its structure and weights, trained with your settings; the optimizer starts afresh.")
                    .arg(native(result.path)), 10000);
            emit imported(result.path);
            workDone();
        });
    });
}

// Hands the trainer to the controller and shows its settings and signal. The signal panel is
// set first, since reading a CSV file again may still fail: then nothing has changed.
bool SessionController::adopt(const std::shared_ptr<TrainingResumption> &resumption, const SessionSignal &signal,
                              bool signalChanged)
{
    if (signalChanged) {
        QString error;
        if (!m_signalView->showSessionSignal(signal, resumption->model.timesteps, &error)) {
            reportError(tr("Could not open the session"), m_path, tr("the series it learns: %1").arg(error),
                        tr("The session in the window is unchanged."));
            return false;
        }
    }
    const long long step = resumption->trainer->stepCount();
    TrainingController *controller = m_controller;
    controller->resumeFrom(resumption);
    // The controller has these settings already: showing them changes nothing there.
    emit configurationRestored(controller->modelConfig(), controller->trainConfig());
    if (signalChanged)
        emit signalRestored();
    m_generation = controller->generation();
    m_step = step;
    setBaseline();
    updateTitle();
    return true;
}

// ---- Messages and folders --------------------------------------------------------------------

void SessionController::showMessage(const QString &title, const QString &text, const QString &detail)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("sessionMessage"));
    box->setInformativeText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = box;
    box->open();
}

void SessionController::reportError(const QString &title, const QString &path, const QString &what,
                                    const QString &consequence)
{
    const QString text = path.isEmpty() ? what : tr("%1\n\n%2").arg(native(path), what);
    showMessage(title, text, consequence);
    emit failed(path.isEmpty() ? what : tr("%1: %2").arg(native(path), what));
}

QString SessionController::dialogFolder() const
{
    const QString stored = SettingsStore().value(QLatin1String(SettingsStore::sessionFolderKey)).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void SessionController::rememberFolder(const QString &path)
{
    SettingsStore().setValue(QLatin1String(SettingsStore::sessionFolderKey), QFileInfo(path).absolutePath());
}
