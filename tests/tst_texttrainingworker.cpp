// TextTrainingWorker in its own thread, driven as the controller drives it: single steps while
// paused, a pause that leaves the step count alone, the samples' numbers and generator, the
// teaching pace's delay cut short by a pause, a newer command taken at once, stop() while
// running, the gates over the validation text (a TextTrace with the model, after each single
// step, at most every traceIntervalMs while running). Waits are QTRY/QSignalSpy, never fixed sleeps.

#include "corpus.h"
#include "texttrainingcontroller.h"
#include "texttrace.h"
#include "texttrainingworker.h"

#include <QTest>
#include <QThread>

using State = TextSnapshot::State;

namespace {

constexpr int waitMs = 20000;

class Harness
{
public:
    Harness()
    {
        qRegisterMetaType<TextSnapshot>();
        qRegisterMetaType<TextSnapshot::State>();
        worker = new TextTrainingWorker;
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(worker, &TextTrainingWorker::snapshotReady, &receiver, [this](const TextSnapshot &s) {
            snapshots.append(s);
            if (thread.isRunning())
                worker->frameConsumed();
        });
        QObject::connect(worker, &TextTrainingWorker::runEnded, &receiver,
                         [this](quint64, State state, const QString &) { ended.append(state); });
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

    void post(TextTrainingWorker::Build build, bool run, int epochs = 0)
    {
        TextTrainingWorker::Command command;
        command.sequence = ++sequence;
        command.build = build;
        command.run = run;
        command.generation = 1;
        command.model = TextTrainingController::defaultModel();
        command.model.units = 8;
        command.model.layers = 1;
        command.model.timesteps = 10;
        command.train = TextTrainingController::defaultTrain();
        command.train.batchSize = 4;
        command.train.epochs = epochs;
        command.corpus = corpus;
        if (build != TextTrainingWorker::Build::Keep)
            worker->announceCommand();
        QMetaObject::invokeMethod(worker, [w = worker, command] { w->apply(command); }, Qt::QueuedConnection);
    }

    qint64 lastStep() const { return snapshots.isEmpty() ? -1 : snapshots.constLast().step; }

    QThread thread;
    TextTrainingWorker *worker = nullptr;
    QObject receiver;
    QList<TextSnapshot> snapshots;
    QList<State> ended;
    quint64 sequence = 0;
    std::shared_ptr<const lstmlab::Corpus> corpus = [] {
        std::string text;
        for (int k = 0; k < 100; ++k)
            text += "one two three, four five six.\n";
        return std::make_shared<const lstmlab::Corpus>(text, "counting");
    }();
};

} // namespace

class TestTextTrainingWorker : public QObject
{
    Q_OBJECT

private slots:
    void singleStepsWhilePaused()
    {
        Harness h;
        h.worker->setPaused(true);
        h.worker->requestStep();
        h.post(TextTrainingWorker::Build::Fresh, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.lastStep() == 1 && h.snapshots.constLast().state == State::Paused, waitMs);
        h.worker->requestStep();
        h.worker->requestStep();
        QTRY_COMPARE_WITH_TIMEOUT(h.lastStep(), 3, waitMs);
        QCOMPARE(h.snapshots.constLast().trainHistory.size(), 3);
        // The build's sample came first, from the untrained network.
        QCOMPARE(h.snapshots.constFirst().sample.number, 1);
        QCOMPARE(h.snapshots.constFirst().sample.step, 0);
    }

    void samplesAreNumberedAndRepeatable()
    {
        QString first;
        for (int run = 0; run < 2; ++run) {
            Harness h;
            h.post(TextTrainingWorker::Build::Fresh, false);
            QTRY_VERIFY_WITH_TIMEOUT(!h.snapshots.isEmpty() && h.snapshots.constLast().newSample, waitMs);
            const TextSample sample = h.snapshots.constLast().sample;
            QCOMPARE(sample.number, 1);
            if (run == 0)
                first = sample.text;
            else
                QCOMPARE(sample.text, first); // the seed and the sample's number decide it
            h.worker->requestSample();
            h.post(TextTrainingWorker::Build::Keep, false);
            QTRY_VERIFY_WITH_TIMEOUT(h.snapshots.constLast().sample.number == 2, waitMs);
        }
    }

    void pauseCutsTheDelayShort()
    {
        Harness h;
        h.worker->setStepDelayMs(1000000); // a step every 1,000 s
        h.post(TextTrainingWorker::Build::Fresh, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.lastStep() >= 1, waitMs);
        h.worker->setPaused(true);
        QTRY_VERIFY_WITH_TIMEOUT(h.snapshots.constLast().state == State::Paused, waitMs);
        QCOMPARE(h.lastStep(), 1);
    }

    void newerCommandIsTakenAtOnce()
    {
        Harness h;
        h.post(TextTrainingWorker::Build::Fresh, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.lastStep() >= 2, waitMs);
        h.post(TextTrainingWorker::Build::Fresh, false); // reset: new weights, not running
        QTRY_VERIFY_WITH_TIMEOUT(h.lastStep() == 0, waitMs);
        QCOMPARE(h.snapshots.constLast().state, State::Idle);
        QCOMPARE(h.snapshots.constLast().trainHistory.size(), 0);
    }

    void finishesItsEpochs()
    {
        Harness h;
        h.post(TextTrainingWorker::Build::Fresh, true, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!h.ended.isEmpty(), waitMs);
        QCOMPARE(h.ended.constLast(), State::Finished);
        QCOMPARE(h.snapshots.constLast().validationHistory.size(), 1);
    }

    void tracesTheValidationText()
    {
        Harness h;
        h.worker->setPaused(true);
        h.post(TextTrainingWorker::Build::Fresh, true);
        QTRY_VERIFY_WITH_TIMEOUT(!h.snapshots.isEmpty() && h.snapshots.constLast().trace, waitMs);
        const auto first = h.snapshots.constLast().trace;
        const auto validation = h.corpus->validationTokens();
        QCOMPARE(first->length(), std::min<int>(int(validation.size()), TextTrainingWorker::traceLength));
        QVERIFY(std::equal(first->symbols.begin(), first->symbols.end(), validation.begin()));
        QVERIFY(!first->context.empty()); // the training text's end, for the features
        // A single step: the next frame brings the new weights' trace.
        h.worker->requestStep();
        QTRY_COMPARE_WITH_TIMEOUT(h.lastStep(), 1, waitMs);
        QVERIFY(h.snapshots.constLast().trace);
        QVERIFY(h.snapshots.constLast().trace != first);
        // Running: frames come many times a second, traces at most every traceIntervalMs.
        const qsizetype before = h.snapshots.size();
        h.worker->setPaused(false);
        h.post(TextTrainingWorker::Build::Keep, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.snapshots.size() >= before + 20, waitMs);
        h.worker->setPaused(true);
        QTRY_VERIFY_WITH_TIMEOUT(h.snapshots.constLast().state == State::Paused, waitMs);
        int traces = 0;
        for (qsizetype k = before; k < h.snapshots.size(); ++k)
            traces += h.snapshots.at(k).trace != nullptr;
        QVERIFY2(traces < (h.snapshots.size() - before) / 2, qPrintable(QString::number(traces)));
    }

    void stopsWhileRunning()
    {
        Harness h;
        h.post(TextTrainingWorker::Build::Fresh, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.lastStep() >= 1, waitMs);
        QVERIFY(h.stopAndJoin());
    }
};

QTEST_GUILESS_MAIN(TestTextTrainingWorker)
#include "tst_texttrainingworker.moc"
