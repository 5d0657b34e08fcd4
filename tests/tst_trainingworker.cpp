// TrainingWorker on its own thread, driven as TrainingController drives it: a run delivers
// snapshots, pauses, takes single steps, answers a refresh while paused without training,
// finishes, reports a model it cannot build, and stops cleanly. Behaviour only: every wait
// is for something to arrive.

#include "sinesignal.h"
#include "trainingworker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using State = TrainingSnapshot::State;

namespace {

constexpr int waitMs = 30000;

lstmlab::ModelConfig smallModel()
{
    lstmlab::ModelConfig model;
    model.units = 4;
    model.layers = 1;
    model.timesteps = 5;
    return model;
}

// The worker in its thread and a receiver in the test's thread, which takes every snapshot
// (telling the worker, as the controller does, so frames keep coming).
class Harness
{
public:
    Harness()
    {
        qRegisterMetaType<TrainingSnapshot>();
        qRegisterMetaType<TrainingSnapshot::State>();
        worker = new TrainingWorker;
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(worker, &TrainingWorker::snapshotReady, &receiver,
                         [this](const TrainingSnapshot &snapshot) {
                             snapshots.append(snapshot);
                             // After stopAndJoin() (this thread too) the worker may be gone.
                             if (thread.isRunning())
                                 worker->frameConsumed();
                         });
        QObject::connect(worker, &TrainingWorker::runEnded, &receiver,
                         [this](quint64 sequence, State state, const QString &message, int epochs) {
                             ended.append({sequence, state, message, epochs});
                         });
        thread.start();
    }

    ~Harness() { stopAndJoin(); }

    bool stopAndJoin()
    {
        if (!thread.isRunning())
            return true;
        worker->stop();
        thread.quit();
        return thread.wait(waitMs);
    }

    void post(TrainingWorker::Build build, bool run, const lstmlab::ModelConfig &model,
              const lstmlab::TrainConfig &train)
    {
        TrainingWorker::Command command;
        command.sequence = ++sequence;
        command.build = build;
        command.run = run;
        command.generation = sequence;
        command.model = model;
        command.train = train;
        command.signal = signal;
        if (build != TrainingWorker::Build::Keep)
            worker->announceCommand();
        QMetaObject::invokeMethod(
            worker, [w = worker, command] { w->apply(command); }, Qt::QueuedConnection);
    }

    const TrainingSnapshot &last() const { return snapshots.constLast(); }

    struct Ended {
        quint64 sequence;
        State state;
        QString message;
        int epochs;
    };

    QThread thread;
    TrainingWorker *worker = nullptr;
    QObject receiver;
    QList<TrainingSnapshot> snapshots;
    QList<Ended> ended;
    quint64 sequence = 0;
    std::shared_ptr<const lstmlab::SignalGenerator> signal = std::make_shared<lstmlab::SineSignal>();
};

} // namespace

class TestTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void startDeliversSnapshots();
    void pauseStepAndRefresh();
    void finishedRunEnds();
    void unbuildableModelIsReported();
    void stopLeavesARunningThread();
};

void TestTrainingWorker::startDeliversSnapshots()
{
    Harness h;
    lstmlab::TrainConfig train;
    train.epochs = 0; // until stopped
    h.post(TrainingWorker::Build::Fresh, true, smallModel(), train);
    QTRY_VERIFY_WITH_TIMEOUT(!h.snapshots.isEmpty() && h.last().state == State::Running && h.last().step > 10,
                             waitMs);
    qint64 previous = -1;
    for (const TrainingSnapshot &snapshot : std::as_const(h.snapshots)) {
        QVERIFY(snapshot.step >= previous); // in order, none from the future
        previous = snapshot.step;
        QCOMPARE(snapshot.generation, quint64(1));
        QCOMPARE(snapshot.model.units, 4);
    }
    const TrainingSnapshot &s = h.last();
    QVERIFY(s.trainLoss >= 0.0);
    QCOMPARE(s.realTest.size(), s.predictedTest.size());
    QVERIFY(!s.realTest.isEmpty());
    QCOMPARE(qint64(s.trainLossHistory.size()), s.step);
    QVERIFY(h.ended.isEmpty());
    QVERIFY(h.stopAndJoin());
}

void TestTrainingWorker::pauseStepAndRefresh()
{
    Harness h;
    lstmlab::TrainConfig train;
    train.epochs = 0;
    h.post(TrainingWorker::Build::Fresh, true, smallModel(), train);
    QTRY_VERIFY_WITH_TIMEOUT(!h.snapshots.isEmpty() && h.last().step > 0, waitMs);

    h.worker->setPaused(true);
    QTRY_COMPARE_WITH_TIMEOUT(h.last().state, State::Paused, waitMs);
    const qint64 pausedAt = h.last().step;

    h.worker->requestStep();
    QTRY_VERIFY_WITH_TIMEOUT(h.last().step == pausedAt + 1, waitMs);
    QCOMPARE(h.last().state, State::Paused);

    // A refresh while paused answers with a new snapshot and trains nothing: the snapshot for
    // trace window 3 still shows the one step taken.
    h.worker->setTraceWindow(3);
    QTRY_VERIFY_WITH_TIMEOUT(h.last().traceWindow == 3, waitMs);
    QCOMPARE(h.last().step, pausedAt + 1);
    QCOMPARE(h.last().state, State::Paused);

    h.worker->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(h.last().state == State::Running && h.last().step > pausedAt + 1, waitMs);
    QVERIFY(h.stopAndJoin());
}

void TestTrainingWorker::finishedRunEnds()
{
    Harness h;
    lstmlab::TrainConfig train;
    train.epochs = 1;
    train.batchSize = 1024; // ten steps an epoch on the seed's data
    h.post(TrainingWorker::Build::Fresh, true, smallModel(), train);
    QTRY_COMPARE_WITH_TIMEOUT(h.ended.size(), 1, waitMs);
    QCOMPARE(h.ended[0].sequence, quint64(1));
    QCOMPARE(h.ended[0].state, State::Finished);
    QCOMPARE(h.ended[0].epochs, 1);
    QVERIFY(h.ended[0].message.isEmpty());
    QCOMPARE(h.last().state, State::Finished);
    QCOMPARE(h.last().epoch, 1);
    QCOMPARE(h.last().testMseHistory.size(), 1);
    QVERIFY(h.last().testMse >= 0.0);
}

void TestTrainingWorker::unbuildableModelIsReported()
{
    Harness h;
    lstmlab::TrainConfig train;
    train.batchSize = 0;
    h.post(TrainingWorker::Build::Fresh, true, smallModel(), train);
    QTRY_COMPARE_WITH_TIMEOUT(h.ended.size(), 1, waitMs);
    QCOMPARE(h.ended[0].state, State::Idle);
    QVERIFY2(h.ended[0].message.startsWith(QStringLiteral("The model could not be built: ")),
             qPrintable(h.ended[0].message));
    QVERIFY2(h.ended[0].message.contains(QStringLiteral("batch-size")), qPrintable(h.ended[0].message));
    QVERIFY(h.snapshots.isEmpty());
}

// stop() makes a run return at its next step, whether running or paused, so the thread quits.
void TestTrainingWorker::stopLeavesARunningThread()
{
    for (const bool paused : {false, true}) {
        Harness h;
        lstmlab::TrainConfig train;
        train.epochs = 0;
        h.post(TrainingWorker::Build::Fresh, true, smallModel(), train);
        QTRY_VERIFY_WITH_TIMEOUT(!h.snapshots.isEmpty() && h.last().step > 0, waitMs);
        if (paused) {
            h.worker->setPaused(true);
            QTRY_COMPARE_WITH_TIMEOUT(h.last().state, State::Paused, waitMs);
        }
        QVERIFY(h.stopAndJoin());
        QVERIFY(h.thread.isFinished());
        QVERIFY(h.ended.isEmpty()); // stopped, not finished
    }
}

QTEST_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
