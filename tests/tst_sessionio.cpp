// SessionIo: sessions and model files written and read on its own thread. A saved session
// opens into a trainer that goes on bit for bit; broken files and unwritable folders are
// refused with a message saying what is wrong; every job given is finished before it goes.

#include "csvseries.h"
#include "dataset.h"
#include "modelfile.h"
#include "sessionfile.h"
#include "sessionio.h"
#include "sinesignal.h"
#include "trainer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr int waitMs = 30000;

lstmlab::ModelConfig smallModel()
{
    lstmlab::ModelConfig model;
    model.units = 6;
    model.layers = 2;
    model.timesteps = 8;
    model.dropout = 0.1;
    return model;
}

lstmlab::TrainConfig smallTrain()
{
    lstmlab::TrainConfig train;
    train.epochs = 0;
    train.shuffle = true; // the generator's state and the window order must come back too
    train.clipNorm = 2.5;
    return train;
}

std::shared_ptr<const lstmlab::Dataset> sineData(int timesteps)
{
    return std::make_shared<const lstmlab::Dataset>(lstmlab::SineSignal(), lstmlab::DataSpec(), timesteps);
}

// A session of a trainer that has done `steps` steps (mid-epoch), with histories.
std::shared_ptr<lstmlab::SessionData> trainedSession(lstmlab::Trainer &trainer, int steps)
{
    std::vector<lstmlab::HistoryPoint> losses;
    lstmlab::StepReport report;
    for (int k = 0; k < steps; ++k) {
        if (!trainer.step(&report))
            return nullptr;
        losses.push_back({report.step, report.loss});
    }
    trainer.setLearningRate(3e-3); // a live change the session must keep
    auto session = std::make_shared<lstmlab::SessionData>(lstmlab::captureSession(trainer));
    session->lossHistory = losses;
    session->testMseHistory = {{static_cast<long long>(steps), 0.25}};
    return session;
}

template <typename R>
struct Waiter {
    std::optional<R> result;
    std::function<void(const R &)> callback()
    {
        return [this](const R &r) { result = r; };
    }
};

} // namespace

class TestSessionIo : public QObject
{
    Q_OBJECT

private slots:
    void savedSessionGoesOnBitForBit();
    void unwritableFolderIsRefused();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void sessionTheWindowCannotShowIsRefused();
    void importedModelKeepsItsWeights();
    void exportedModelIsAModelFile();
    void finishesEveryJobBeforeItGoes();
};

void TestSessionIo::savedSessionGoesOnBitForBit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.lstmlab"));
    lstmlab::Trainer original(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(original, 37);
    QVERIFY(session);
    SessionSignal signal;
    signal.noise = 0.0;

    SessionIo io;
    Waiter<SessionIo::Result> saved;
    io.saveSession(path, session, signal.toChoice(), saved.callback());
    QCOMPARE(io.pendingJobs(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(saved.result, waitMs);
    QVERIFY2(saved.result->ok(), qPrintable(saved.result->error));
    QCOMPARE(io.pendingJobs(), 0);

    Waiter<SessionIo::Opened> opened;
    io.openSession(path, opened.callback());
    QTRY_VERIFY_WITH_TIMEOUT(opened.result, waitMs);
    QVERIFY2(opened.result->ok(), qPrintable(opened.result->error));
    const TrainingResumption &r = *opened.result->resumption;
    QVERIFY(r.trainer);
    QCOMPARE(r.trainer->stepCount(), 37);
    QCOMPARE(r.model.dropout, 0.1);
    QCOMPARE(r.train.learningRate, 3e-3); // the live rate
    QCOMPARE(r.train.clipNorm, 2.5);
    QVERIFY(r.train.shuffle);
    QCOMPARE(r.lossHistory.size(), std::size_t(37));
    // The window keeps the loss history in float32.
    QCOMPARE(r.lossHistory.back(), (lstmlab::LossHistory::Point{37, double(float(session->lossHistory.back().value))}));
    QCOMPARE(r.testMseHistory, (QVector<QPointF>{QPointF(37.0, 0.25)}));
    QCOMPARE(opened.result->signal.toChoice(), signal.toChoice());

    // Both go on: every weight the same, bit for bit, step after step.
    for (int k = 0; k < 200; ++k) {
        QVERIFY(original.step());
        QVERIFY(r.trainer->step());
    }
    QVERIFY(original.network().parameters() == r.trainer->network().parameters());
}

void TestSessionIo::unwritableFolderIsRefused()
{
    lstmlab::Trainer trainer(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(trainer, 3);
    const QString path = QStringLiteral("/nonexistent-lstm-lab-folder/run.lstmlab");
    SessionIo io;
    Waiter<SessionIo::Result> saved;
    io.saveSession(path, session, SessionSignal().toChoice(), saved.callback());
    QTRY_VERIFY_WITH_TIMEOUT(saved.result, waitMs);
    QVERIFY(!saved.result->ok());
    QCOMPARE(saved.result->path, path);
    QVERIFY2(saved.result->error.contains(QStringLiteral("No such file or directory")), qPrintable(saved.result->error));
    QVERIFY(!QFileInfo::exists(path));

    // A folder in place of the file: the write fails and the folder stays.
    QTemporaryDir dir;
    const QString taken = dir.filePath(QStringLiteral("taken.lstmlab"));
    QVERIFY(QDir().mkpath(taken));
    Waiter<SessionIo::Result> again;
    io.saveSession(taken, session, SessionSignal().toChoice(), again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.result, waitMs);
    QVERIFY(!again.result->ok());
    QVERIFY(QFileInfo(taken).isDir());
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestSessionIo::brokenFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("not json") << QByteArray("hello") << "line 1";
    QTest::newRow("truncated") << QByteArray("{\"format\": \"lstm-lab-session\", \"version\": 1, \"mod") << "";
    QTest::newRow("other format") << QByteArray("{\"format\": \"spreadsheet\", \"version\": 1}") << "format";
    QTest::newRow("newer version") << QByteArray("{\"format\": \"lstm-lab-session\", \"version\": 99}") << "version";
}

void TestSessionIo::brokenFilesAreRefused()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.lstmlab"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    SessionIo io;
    Waiter<SessionIo::Opened> opened;
    io.openSession(path, opened.callback());
    QTRY_VERIFY_WITH_TIMEOUT(opened.result, waitMs);
    QVERIFY(!opened.result->ok());
    QVERIFY(!opened.result->resumption);
    QVERIFY2(opened.result->error.contains(expected), qPrintable(opened.result->error));
    QVERIFY2(!opened.result->error.isEmpty(), "an error must say what is wrong");
    QCOMPARE(opened.result->path, path);
}

void TestSessionIo::sessionTheWindowCannotShowIsRefused()
{
    // The window offers the core's ranges: 300 time steps open as in the headless mode (the
    // window used to stop at 200). Several inputs per time step it cannot show.
    lstmlab::ModelConfig model = smallModel();
    model.timesteps = 300;
    QVERIFY(SessionIo::windowCannotShow(model, smallTrain()).isEmpty());
    QVERIFY(SessionIo::windowCannotShow(smallModel(), smallTrain()).isEmpty());
    lstmlab::ModelConfig wide = smallModel();
    wide.inputSize = 2;
    QVERIFY(SessionIo::windowCannotShow(wide, smallTrain()).contains(QStringLiteral("1 and 1")));
    // The core's check and message (issue 14: one validation of a model against its data).
    QCOMPARE(SessionIo::windowCannotShow(wide, smallTrain()), QString::fromStdString(*lstmlab::Dataset::checkWidth(wide)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.lstmlab"));
    lstmlab::Trainer trainer(model, smallTrain(), sineData(model.timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(trainer, 1);
    QVERIFY(SessionIo::writeSession(path, *session).ok());
    const SessionIo::Opened opened = SessionIo::readSession(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error));

    // A signal LSTM Lab does not know.
    lstmlab::Trainer small(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    lstmlab::SessionData odd = *trainedSession(small, 2);
    odd.signal.id = "triangle";
    QVERIFY(SessionIo::writeSession(path, odd).ok());
    const SessionIo::Opened unknown = SessionIo::readSession(path);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(QStringLiteral("triangle")), qPrintable(unknown.error));
}

void TestSessionIo::importedModelKeepsItsWeights()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.json"));
    lstmlab::Trainer trainer(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(trainer, 12);
    QVERIFY(SessionIo::writeModel(path, *session).ok());

    // Imported while another signal's data, in windows of another length, is in use.
    lstmlab::TrainConfig train;
    train.learningRate = 5e-3;
    train.epochs = 3;
    SessionSignal choice;
    QString error;
    const std::optional<SessionSignal::Source> source = choice.build(20, &error);
    QVERIFY2(source, qPrintable(error));

    SessionIo io;
    Waiter<SessionIo::Opened> imported;
    io.importModel(path, train, *source, choice, imported.callback());
    QTRY_VERIFY_WITH_TIMEOUT(imported.result, waitMs);
    QVERIFY2(imported.result->ok(), qPrintable(imported.result->error));
    const TrainingResumption &r = *imported.result->resumption;
    QCOMPARE(r.model.units, smallModel().units);
    QCOMPARE(r.model.timesteps, smallModel().timesteps);
    QCOMPARE(r.data->timesteps(), smallModel().timesteps);
    QCOMPARE(r.train.learningRate, 5e-3);
    QCOMPARE(r.trainer->stepCount(), 12);
    QVERIFY(r.trainer->network().parameters() == session->state.parameters);
    QVERIFY(r.lossHistory.empty());
    QVERIFY(r.trainer->step());
}

void TestSessionIo::exportedModelIsAModelFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.json"));
    lstmlab::Trainer trainer(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(trainer, 5);
    SessionIo io;
    Waiter<SessionIo::Result> saved;
    io.saveModel(path, session, saved.callback());
    QTRY_VERIFY_WITH_TIMEOUT(saved.result, waitMs);
    QVERIFY2(saved.result->ok(), qPrintable(saved.result->error));
    const lstmlab::ModelReadResult read = lstmlab::loadModelFile(path.toStdString());
    QVERIFY2(read.model, read.error.c_str());
    QCOMPARE(read.model->config, session->model);
    QCOMPARE(read.model->progress.steps, 5);
    QVERIFY(read.model->parameters == session->state.parameters);
    // A model is not a session: Open says so, and where to take it.
    const SessionIo::Opened opened = SessionIo::readSession(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error.contains(QStringLiteral("Import model.json")), qPrintable(opened.error));
}

void TestSessionIo::finishesEveryJobBeforeItGoes()
{
    QTemporaryDir dir;
    lstmlab::Trainer trainer(smallModel(), smallTrain(), sineData(smallModel().timesteps));
    const std::shared_ptr<lstmlab::SessionData> session = trainedSession(trainer, 4);
    QStringList paths;
    {
        SessionIo io;
        for (int k = 0; k < 5; ++k) {
            paths << dir.filePath(QStringLiteral("s%1.lstmlab").arg(k));
            io.saveSession(paths.last(), session, SessionSignal().toChoice(), {});
        }
    } // destroyed at once: the saves still happen
    for (const QString &path : paths) {
        const SessionIo::Opened opened = SessionIo::readSession(path);
        QVERIFY2(opened.ok(), qPrintable(path + QStringLiteral(": ") + opened.error));
    }
}

QTEST_GUILESS_MAIN(TestSessionIo)
#include "tst_sessionio.moc"
