// SessionController in a real MainWindow (offscreen): save and open restore the settings, the
// signal, the loss history and the training state bit for bit; the unsaved-work prompt comes
// before closing, New and Open, and its buttons do what they say; the recent files persist;
// a broken file or an unwritable folder shows a message naming the file and loses nothing.
// The prompts and messages do not block (QMessageBox::open()), so the tests click them.

#include "appsettings.h"
#include "hyperparameterpanel.h"
#include "losschart.h"
#include "mainwindow.h"
#include "runlistpanel.h"
#include "windowparts.h"
#include "modelfile.h"
#include "recentfiles.h"
#include "sessioncontroller.h"
#include "sessionfile.h"
#include "sessionio.h"
#include "settingsstore.h"
#include "signalpanel.h"
#include "trainingcontroller.h"

#include "testsupport.h"

#include <QAbstractButton>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using State = TrainingSnapshot::State;

namespace {

constexpr int waitMs = 30000;

lstmlab::ModelConfig smallModel()
{
    lstmlab::ModelConfig model;
    model.units = 5;
    model.layers = 1;
    model.timesteps = 8;
    return model;
}

lstmlab::TrainConfig smallTrain()
{
    lstmlab::TrainConfig train;
    train.epochs = 0;
    train.clipNorm = 1.5;
    train.learningRate = 2e-3;
    return train;
}

// `count` single steps from a stopped or paused state; waits until they are all done.
bool trainSteps(MainWindow &window, int count)
{
    const qint64 target = window.lastSnapshot().step + count;
    for (int k = 0; k < count; ++k)
        part<TrainingController>(window)->step();
    return QTest::qWaitFor([&] {
        return window.lastSnapshot().step == target && window.lastSnapshot().state == State::Paused
               && part<TrainingController>(window)->state() == State::Paused;
    }, waitMs);
}

// The training state as the worker has it now.
std::shared_ptr<const lstmlab::SessionData> captured(MainWindow &window)
{
    std::shared_ptr<const lstmlab::SessionData> state;
    QObject context;
    QObject::connect(part<TrainingController>(window), &TrainingController::sessionStateReady, &context,
                     [&](quint64, std::shared_ptr<const lstmlab::SessionData> s, const QString &) { state = s; });
    part<TrainingController>(window)->requestSessionState();
    if (!QTest::qWaitFor([&] { return state != nullptr; }, waitMs))
        return nullptr;
    return state;
}

bool clickPrompt(SessionController *sessions, QMessageBox::StandardButton button)
{
    if (!QTest::qWaitFor([&] { return sessions->activeMessage() && sessions->activeMessage()->isVisible(); }, waitMs))
        return false;
    QMessageBox *box = sessions->activeMessage();
    if (box->objectName() != QLatin1String("unsavedPrompt") || !box->button(button))
        return false;
    box->button(button)->click();
    return true;
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void titleShowsNameAndModifiedMarker();
    void saveAndOpenRestoreEverything();
    void saveWhileTrainingCapturesBetweenSteps();
    void promptBeforeClosing_data();
    void promptBeforeClosing();
    void newSessionAsksAndStartsFresh();
    void recentFilesPersistAndDropMissingOnes();
    void brokenFileKeepsTheCurrentSession();
    void unwritableFolderLosesNothing();
    void modelJsonExportAndImport();
    void csvSeriesSessionReopensItsFile();
    void clippingIsASettingThatPersists();
    void fileNamedOnTheCommandLineOpensInsteadOfTraining();
    void runListIsSavedAndOpened();

private:
    void prepare(MainWindow &window);
    QTemporaryDir m_dir;
};

void TestSessionController::cleanupTestCase()
{
    SettingsStore settings;
    const QString file = settings.fileName();
    settings.clear();
    settings.sync();
    QFile::remove(file);
}

void TestSessionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    // Its own settings file per process: other runs of this test (another build folder, say)
    // may be going on at the same time.
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-sessioncontroller-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(SettingsStore().fileName().contains(QStringLiteral(".qttest")));
    QVERIFY(m_dir.isValid());
}

void TestSessionController::init()
{
    SettingsStore settings;
    settings.clear();
    AppSettings defaults;
    defaults.startTrainingOnLaunch = false; // each test trains exactly what it says
    defaults.save(settings);
    settings.sync();
}

void TestSessionController::prepare(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    window.setConfiguration(smallModel(), smallTrain());
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().model.units, smallModel().units, waitMs);
}

void TestSessionController::titleShowsNameAndModifiedMarker()
{
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — LSTM Lab"));
    QVERIFY(!window.isWindowModified());
    QVERIFY(trainSteps(window, 3));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);
    QVERIFY(window.isWindowModified());

    const QString path = m_dir.filePath(QStringLiteral("title.lstmlab"));
    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(path);
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(sessions->filePath(), path);
    QCOMPARE(window.windowTitle(), QStringLiteral("title.lstmlab[*] — LSTM Lab"));
    QVERIFY(!sessions->isModified());
    QVERIFY(!window.isWindowModified());

    // A changed setting of the trained model is unsaved work too.
    part<HyperparameterPanel>(window)->clipNormBox()->setValue(3.0);
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);
}

void TestSessionController::saveAndOpenRestoreEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("run.lstmlab"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    // A signal of its own, with noise.
    part<SignalPanel>(window)->setSignal(QStringLiteral("damped-sine"), {{QStringLiteral("decay"), 0.05}}, 0.2);
    emit part<SignalPanel>(window)->changed();
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().generation, part<TrainingController>(window)->generation(), waitMs);
    part<HyperparameterPanel>(window)->dropoutBox()->setValue(0.1);
    QVERIFY(trainSteps(window, 30));

    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(path);
    QVERIFY(saved.wait(waitMs));
    const lstmlab::SessionReadResult file = lstmlab::loadSessionFile(path.toStdString());
    QVERIFY2(file.session, file.error.c_str());
    QCOMPARE(file.session->state.step, 30);
    QCOMPARE(file.session->lossHistory.size(), std::size_t(30));
    QCOMPARE(file.session->signal.id, std::string("damped-sine"));

    // Go on 10 steps: the reference the opened session must reproduce.
    QVERIFY(trainSteps(window, 10));
    const std::shared_ptr<const lstmlab::SessionData> reference = captured(window);
    QVERIFY(reference);
    QCOMPARE(reference->state.step, 40);

    // Change everything the session holds, then open it (discarding the 10 steps).
    part<SignalPanel>(window)->setSignal(QStringLiteral("square"));
    emit part<SignalPanel>(window)->changed();
    window.setConfiguration(lstmlab::ModelConfig(), lstmlab::TrainConfig());
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().model.units, 20, waitMs);
    QVERIFY(trainSteps(window, 2));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);

    QSignalSpy opened(sessions, &SessionController::opened);
    sessions->openFile(path);
    QVERIFY(clickPrompt(sessions, QMessageBox::Discard));
    QVERIFY(opened.wait(waitMs));
    QCOMPARE(opened.first().first().toString(), path);

    // The settings, the signal and the title.
    const lstmlab::ModelConfig model = part<HyperparameterPanel>(window)->modelConfig();
    const lstmlab::TrainConfig train = part<HyperparameterPanel>(window)->trainConfig();
    QCOMPARE(model.units, 5);
    QCOMPARE(model.timesteps, 8);
    QCOMPARE(model.dropout, 0.1);
    QCOMPARE(train.clipNorm, 1.5);
    QCOMPARE(train.learningRate, 2e-3);
    QCOMPARE(part<HyperparameterPanel>(window)->clipNormBox()->value(), 1.5);
    QCOMPARE(part<TrainingController>(window)->modelConfig(), model);
    QCOMPARE(part<TrainingController>(window)->trainConfig(), train);
    QCOMPARE(part<SignalPanel>(window)->signalId(), QStringLiteral("damped-sine"));
    QCOMPARE(part<SignalPanel>(window)->parameters().value(QStringLiteral("decay")).toDouble(), 0.05);
    QCOMPARE(part<SignalPanel>(window)->noise(), 0.2);
    QCOMPARE(window.windowTitle(), QStringLiteral("run.lstmlab[*] — LSTM Lab"));
    QVERIFY(!sessions->isModified());
    QCOMPARE(part<TrainingController>(window)->state(), State::Idle);

    // The loss chart shows the saved history.
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, 30, waitMs);
    QCOMPARE(window.lastSnapshot().trainLossHistory.size(), std::size_t(30));
    QCOMPARE(window.lastSnapshot().trainLossHistory.back().value, file.session->lossHistory.back().value);
    QTRY_COMPARE_WITH_TIMEOUT(part<LossChart>(window)->trainSeries()->count(), 30, waitMs);

    // And training goes on exactly where it was.
    QVERIFY(trainSteps(window, 10));
    const std::shared_ptr<const lstmlab::SessionData> resumed = captured(window);
    QVERIFY(resumed);
    QCOMPARE(resumed->state.step, 40);
    QVERIFY(resumed->state.parameters == reference->state.parameters);
    QVERIFY(resumed->state.adamSecondMoment == reference->state.adamSecondMoment);
    QCOMPARE(resumed->lossHistory, reference->lossHistory);
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);
}

void TestSessionController::saveWhileTrainingCapturesBetweenSteps()
{
    const QString path = m_dir.filePath(QStringLiteral("running.lstmlab"));
    MainWindow window;
    prepare(window);
    part<TrainingController>(window)->start();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 20, waitMs);
    QSignalSpy saved(part<SessionController>(window), &SessionController::saved);
    part<SessionController>(window)->saveTo(path);
    QVERIFY(saved.wait(waitMs));
    QCOMPARE(part<TrainingController>(window)->state(), State::Running); // never stopped for it
    const lstmlab::SessionReadResult file = lstmlab::loadSessionFile(path.toStdString());
    QVERIFY2(file.session, file.error.c_str());
    QVERIFY(file.session->state.step > 20);
    QCOMPARE(file.session->lossHistory.size(), std::size_t(file.session->state.step));
    part<TrainingController>(window)->pause();
}

void TestSessionController::promptBeforeClosing_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<qint64>("savedStep");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false << qint64(4);
    QTest::newRow("discard closes without saving") << int(QMessageBox::Discard) << true << qint64(4);
    QTest::newRow("save writes, then closes") << int(QMessageBox::Save) << true << qint64(7);
}

void TestSessionController::promptBeforeClosing()
{
    QFETCH(int, button);
    QFETCH(bool, closes);
    QFETCH(qint64, savedStep);
    const QString path = m_dir.filePath(QStringLiteral("closing.lstmlab"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QVERIFY(trainSteps(window, 4));
    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(path);
    QVERIFY(saved.wait(waitMs));

    // Nothing new: closing needs no question.
    QVERIFY(sessions->confirmClose());

    QVERIFY(trainSteps(window, 3));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(clickPrompt(sessions, QMessageBox::StandardButton(button)));
    if (closes)
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), waitMs);
    else
        QVERIFY(window.isVisible());
    const lstmlab::SessionReadResult file = lstmlab::loadSessionFile(path.toStdString());
    QVERIFY2(file.session, file.error.c_str());
    QCOMPARE(file.session->state.step, savedStep);
    QCOMPARE(sessions->isModified(), button != QMessageBox::Save);
}

void TestSessionController::newSessionAsksAndStartsFresh()
{
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    part<SignalPanel>(window)->setSignal(QStringLiteral("square"));
    emit part<SignalPanel>(window)->changed();
    QVERIFY(trainSteps(window, 5));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);

    // Cancel: nothing happens.
    sessions->newSession();
    QVERIFY(clickPrompt(sessions, QMessageBox::Cancel));
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 5);

    QSignalSpy opened(sessions, &SessionController::opened);
    sessions->newSession();
    QVERIFY(clickPrompt(sessions, QMessageBox::Discard));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig(), lstmlab::ModelConfig());
    QCOMPARE(part<TrainingController>(window)->trainConfig(), lstmlab::TrainConfig());
    QCOMPARE(part<SignalPanel>(window)->signalId(), QStringLiteral("sine"));
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, 0, waitMs);
    QCOMPARE(window.lastSnapshot().model.units, 20);
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — LSTM Lab"));
    QVERIFY(!sessions->isModified());
}

void TestSessionController::recentFilesPersistAndDropMissingOnes()
{
    const QString a = m_dir.filePath(QStringLiteral("recent-a.lstmlab"));
    const QString b = m_dir.filePath(QStringLiteral("recent-b.lstmlab"));
    {
        MainWindow window;
        prepare(window);
        QVERIFY(trainSteps(window, 2));
        QSignalSpy saved(part<SessionController>(window), &SessionController::saved);
        part<SessionController>(window)->saveTo(a);
        QVERIFY(saved.wait(waitMs));
        part<SessionController>(window)->saveTo(b);
        QVERIFY(saved.wait(waitMs));
        QCOMPARE(part<SessionController>(window)->recentFiles()->files(), (QStringList{b, a}));
    }
    // The next run sees them, newest first, in File > Open Recent.
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QCOMPARE(sessions->recentFiles()->files(), (QStringList{b, a}));
    QMenu *menu = sessions->recentMenu();
    emit menu->aboutToShow();
    QStringList entries;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            entries << action->text();
    QCOMPARE(entries.size(), 3);
    QVERIFY(entries[0].contains(QStringLiteral("recent-b.lstmlab")));
    QVERIFY(entries[1].contains(QStringLiteral("recent-a.lstmlab")));

    // a is gone: choosing it says so and takes it off the list.
    QVERIFY(QFile::remove(a));
    QSignalSpy failed(sessions, &SessionController::failed);
    menu->actions().at(1)->trigger();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("recent-a.lstmlab")));
    QVERIFY(sessions->activeMessage());
    QVERIFY(sessions->activeMessage()->text().contains(QStringLiteral("no longer exists")));
    QCOMPARE(sessions->recentFiles()->files(), QStringList{b});
    QCOMPARE(RecentFiles().files(), QStringList{b});

    // b opens from the menu.
    QSignalSpy opened(sessions, &SessionController::opened);
    emit menu->aboutToShow();
    menu->actions().at(0)->trigger();
    QVERIFY(opened.wait(waitMs));
    QCOMPARE(sessions->filePath(), b);
}

void TestSessionController::brokenFileKeepsTheCurrentSession()
{
    const QString good = m_dir.filePath(QStringLiteral("good.lstmlab"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QVERIFY(trainSteps(window, 7));
    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(good);
    QVERIFY(saved.wait(waitMs));
    const quint64 generation = part<TrainingController>(window)->generation();

    QByteArray text;
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = file.readAll();
    }
    const QStringList broken{
        writeFile(m_dir, QStringLiteral("truncated.lstmlab"), text.left(text.size() / 2)),
        writeFile(m_dir, QStringLiteral("garbage.lstmlab"), QByteArray("\x00\x01not a session", 15)),
        writeFile(m_dir, QStringLiteral("unknown-signal.lstmlab"),
                  QByteArray(text).replace("\"id\": \"sine\"", "\"id\": \"triangle\"")),
        m_dir.filePath(QStringLiteral("missing.lstmlab")),
    };
    for (const QString &path : broken) {
        QSignalSpy failed(sessions, &SessionController::failed);
        sessions->openFile(path);
        QVERIFY2(failed.wait(waitMs), qPrintable(path));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY(sessions->activeMessage());
        QVERIFY(sessions->activeMessage()->text().contains(path));
        sessions->activeMessage()->accept();
        // Nothing changed.
        QCOMPARE(sessions->filePath(), good);
        QCOMPARE(part<TrainingController>(window)->generation(), generation);
        QCOMPARE(part<TrainingController>(window)->modelConfig().units, smallModel().units);
        QCOMPARE(window.lastSnapshot().step, 7);
        QVERIFY(!sessions->isBusy());
    }
    QVERIFY(trainSteps(window, 1));
}

void TestSessionController::unwritableFolderLosesNothing()
{
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QVERIFY(trainSteps(window, 3));
    QTRY_VERIFY_WITH_TIMEOUT(sessions->isModified(), waitMs);
    const QString path = QStringLiteral("/nonexistent-lstm-lab-folder/run.lstmlab");
    QSignalSpy failed(sessions, &SessionController::failed);
    sessions->saveTo(path);
    QVERIFY(failed.wait(waitMs));
    QVERIFY(failed.first().first().toString().contains(path));
    QVERIFY(sessions->activeMessage()->text().contains(path));
    QVERIFY(sessions->activeMessage()->informativeText().contains(QStringLiteral("Nothing was lost")));
    QVERIFY(sessions->filePath().isEmpty());
    QVERIFY(sessions->isModified());
    QVERIFY(sessions->recentFiles()->files().isEmpty());
    QVERIFY(trainSteps(window, 1));

    // Closing after a failed save from the prompt keeps the window.
    sessions->activeMessage()->accept();
}

void TestSessionController::modelJsonExportAndImport()
{
    const QString path = m_dir.filePath(QStringLiteral("model.json"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QVERIFY(trainSteps(window, 6));
    const std::shared_ptr<const lstmlab::SessionData> state = captured(window);
    QSignalSpy exported(sessions, &SessionController::exported);
    sessions->exportModelTo(path);
    QVERIFY(exported.wait(waitMs));
    const lstmlab::ModelReadResult read = lstmlab::loadModelFile(path.toStdString());
    QVERIFY2(read.model, read.error.c_str());
    QVERIFY(read.model->parameters == state->state.parameters);
    QCOMPARE(read.model->progress.steps, 6);

    // Into a window with other settings: the model's structure and weights, its own settings.
    window.setConfiguration(lstmlab::ModelConfig(), lstmlab::TrainConfig());
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().model.units, 20, waitMs);
    QSignalSpy imported(sessions, &SessionController::imported);
    sessions->importModelFrom(path);
    QVERIFY(imported.wait(waitMs));
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig().units, smallModel().units);
    QCOMPARE(part<TrainingController>(window)->modelConfig().timesteps, smallModel().timesteps);
    QCOMPARE(part<TrainingController>(window)->trainConfig().learningRate, lstmlab::TrainConfig().learningRate);
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, 6, waitMs);
    QVERIFY(captured(window)->state.parameters == state->state.parameters);
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] — LSTM Lab"));

    // A broken model changes nothing.
    const QString broken = writeFile(m_dir, QStringLiteral("broken.json"), QByteArray("{\"format\": \"lstm-lab-model\"}"));
    QSignalSpy failed(sessions, &SessionController::failed);
    sessions->importModelFrom(broken);
    QVERIFY(failed.wait(waitMs));
    QVERIFY(failed.first().first().toString().contains(broken));
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, smallModel().units);
}

void TestSessionController::csvSeriesSessionReopensItsFile()
{
    QByteArray csv = "value\n";
    for (int k = 0; k < 400; ++k)
        csv += QByteArray::number(std::sin(0.2 * k) * 3 + 10) + '\n';
    const QString data = writeFile(m_dir, QStringLiteral("series.csv"), csv);
    const QString path = m_dir.filePath(QStringLiteral("csv.lstmlab"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    QVERIFY(part<SignalPanel>(window)->importCsv(data));
    QTRY_VERIFY_WITH_TIMEOUT(part<TrainingController>(window)->series() != nullptr, waitMs);
    QVERIFY(trainSteps(window, 3));
    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(path);
    QVERIFY(saved.wait(waitMs));

    part<SignalPanel>(window)->setSignal(QStringLiteral("sine"));
    emit part<SignalPanel>(window)->changed();
    QTRY_VERIFY_WITH_TIMEOUT(part<TrainingController>(window)->series() == nullptr, waitMs);
    QSignalSpy opened(sessions, &SessionController::opened);
    sessions->openFile(path);
    QVERIFY(opened.wait(waitMs));
    QVERIFY(part<SignalPanel>(window)->usesSeries());
    QCOMPARE(part<SignalPanel>(window)->csvPath(), data);
    QVERIFY(part<TrainingController>(window)->series());
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, 3, waitMs);

    // Without its CSV file the session cannot be opened, and says which file is missing.
    QVERIFY(QFile::remove(data));
    QSignalSpy failed(sessions, &SessionController::failed);
    sessions->openFile(path);
    QVERIFY(failed.wait(waitMs));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("series.csv")),
             qPrintable(failed.first().first().toString()));
}

void TestSessionController::clippingIsASettingThatPersists()
{
    {
        MainWindow window;
        QDoubleSpinBox *clip = part<HyperparameterPanel>(window)->clipNormBox();
        QCOMPARE(clip->value(), 0.0);
        QCOMPARE(clip->text(), QStringLiteral("off"));
        QVERIFY(clip->toolTip().contains(QStringLiteral("0 turns it off")));
        clip->setValue(2.5);
        QCOMPARE(part<TrainingController>(window)->trainConfig().clipNorm, 2.5); // the next step clips
    } // the window saves its settings as it goes
    MainWindow window;
    QCOMPARE(part<HyperparameterPanel>(window)->clipNormBox()->value(), 2.5);
    QCOMPARE(part<TrainingController>(window)->trainConfig().clipNorm, 2.5);
}

// `lstm-lab run.lstmlab`: the window opens the session as it shows, without a prompt and
// without first training the seed network (even with Start Training on Launch on); a broken
// file gets the same message as File > Open and leaves the window usable.
void TestSessionController::fileNamedOnTheCommandLineOpensInsteadOfTraining()
{
    const QString path = m_dir.filePath(QStringLiteral("launch.lstmlab"));
    {
        MainWindow window;
        prepare(window);
        QVERIFY(trainSteps(window, 12));
        QSignalSpy saved(part<SessionController>(window), &SessionController::saved);
        part<SessionController>(window)->saveTo(path);
        QVERIFY(saved.wait(waitMs));
        part<SessionController>(window)->newSession(); // nothing unsaved: no prompt when it closes
        QTRY_VERIFY_WITH_TIMEOUT(!part<SessionController>(window)->isModified(), waitMs);
    }
    {
        SettingsStore settings;
        AppSettings withStart = AppSettings::load(settings);
        withStart.startTrainingOnLaunch = true;
        withStart.save(settings);
    }
    MainWindow window;
    QSignalSpy opened(part<SessionController>(window), &SessionController::opened);
    window.openOnLaunch(path);
    window.show();
    QVERIFY(opened.wait(waitMs));
    QCOMPARE(opened.first().first().toString(), path);
    QVERIFY(!part<SessionController>(window)->activeMessage());
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().step, 12, waitMs);
    QCOMPARE(part<TrainingController>(window)->state(), State::Idle);
    QCOMPARE(window.windowTitle(), QStringLiteral("launch.lstmlab[*] — LSTM Lab"));

    MainWindow broken;
    const QString missing = m_dir.filePath(QStringLiteral("missing.lstmlab"));
    broken.openOnLaunch(missing);
    broken.show();
    QTRY_VERIFY_WITH_TIMEOUT(part<SessionController>(broken)->activeMessage(), waitMs);
    QVERIFY(part<SessionController>(broken)->activeMessage()->text().contains(QStringLiteral("missing.lstmlab"))
            || part<SessionController>(broken)->activeMessage()->informativeText().contains(QStringLiteral("missing.lstmlab")));
    part<SessionController>(broken)->activeMessage()->close();
}

// The Runs tab's list goes into the saved session and comes back when it is opened.
void TestSessionController::runListIsSavedAndOpened()
{
    const QString path = m_dir.filePath(QStringLiteral("runs.lstmlab"));
    MainWindow window;
    prepare(window);
    SessionController *sessions = part<SessionController>(window);
    RunListPanel *runs = part<RunListPanel>(window);
    std::vector<lstmlab::RunRecord> records(2);
    records[0].model.cell = lstmlab::RecurrentCell::Rnn;
    records[0].steps = 12;
    records[0].finalTestMse = 0.5;
    records[0].signal = "sin(x)";
    records[0].loss = {{1, 0.75}, {12, 0.5}};
    records[0].testMse = {{12, 0.5}};
    records[0].prediction = {{100.0, 0.25}};
    records[1].train.seed = 2;
    runs->setRecords(records);
    QVERIFY(trainSteps(window, 3));

    QSignalSpy saved(sessions, &SessionController::saved);
    sessions->saveTo(path);
    QVERIFY(saved.wait(waitMs));
    const lstmlab::SessionReadResult file = lstmlab::loadSessionFile(path.toStdString());
    QVERIFY2(file.session, file.error.c_str());
    QVERIFY(file.session->runs == records);

    runs->setRecords({});
    QSignalSpy opened(sessions, &SessionController::opened);
    sessions->openFile(path);
    QVERIFY(opened.wait(waitMs));
    QVERIFY(runs->records() == records);
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
