// TextTrainingController and its worker thread: snapshots carry the losses in bits/char and
// numbered samples, a pause stops training, a single step, finished epochs with a validation
// figure, a priming text the corpus lacks, a session capture and a stop while running.
// The text is generated here; waits are QSignalSpy/QTRY, never fixed sleeps.

#include "corpus.h"
#include "textsessionfile.h"
#include "texttrainingcontroller.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using State = TextSnapshot::State;

namespace QTest {
template <>
char *toString(const State &state)
{
    static const char *const names[] = {"Idle", "Running", "Paused", "Finished", "Diverged"};
    return qstrdup(names[int(state)]);
}
} // namespace QTest

namespace {

constexpr int waitMs = 20000;

std::shared_ptr<const lstmlab::Corpus> smallCorpus()
{
    std::string text;
    const char *lines[] = {"the cat sat on the mat.\n", "a dog ran to the log!\n", "no, said the owl.\n"};
    for (int k = 0; k < 120; ++k)
        text += lines[k % 3];
    return std::make_shared<const lstmlab::Corpus>(text, "generated rhymes");
}

lstmlab::ModelConfig smallModel()
{
    lstmlab::ModelConfig model = TextTrainingController::defaultModel();
    model.units = 8;
    model.layers = 1;
    model.timesteps = 10;
    return model;
}

lstmlab::TrainConfig smallTrain(int epochs = 0)
{
    lstmlab::TrainConfig train = TextTrainingController::defaultTrain();
    train.batchSize = 4;
    train.epochs = epochs;
    return train;
}

// The snapshots the controller relays, in order.
struct Recorder {
    explicit Recorder(TextTrainingController &controller)
    {
        QObject::connect(&controller, &TextTrainingController::snapshotReady,
                         [this](const TextSnapshot &s) { snapshots.push_back(s); });
    }
    const TextSnapshot *lastWith(const std::function<bool(const TextSnapshot &)> &test) const
    {
        for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it)
            if (test(*it))
                return &*it;
        return nullptr;
    }
    std::vector<TextSnapshot> snapshots;
};

} // namespace

class TestTextTrainingController : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheTextTasks()
    {
        const lstmlab::ModelConfig model = TextTrainingController::defaultModel();
        const lstmlab::TrainConfig train = TextTrainingController::defaultTrain();
        QCOMPARE(model.layers, 2);
        QCOMPARE(model.units, 128);
        QCOMPARE(model.timesteps, 50);
        QCOMPARE(model.dropout, 0.5);
        QCOMPARE(train.batchSize, 32);
        QCOMPARE(train.learningRate, 0.002);
        QCOMPARE(train.clipNorm, 5.0);
        QVERIFY(!TextTrainingController::problemWith(model, train));
    }

    void snapshotsCarryLossesAndSamples()
    {
        TextTrainingController controller;
        Recorder recorder(controller);
        controller.setConfiguration(smallModel(), smallTrain());
        controller.setSampleSettings(0.8, 40, QStringLiteral("the "));
        controller.setCorpus(smallCorpus());
        controller.start();
        QCOMPARE(controller.state(), State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.step >= 20; }), waitMs);
        const TextSnapshot &s = *recorder.lastWith([](const TextSnapshot &s) { return s.step >= 20; });
        QCOMPARE(s.trainHistory.size(), qsizetype(s.step));
        QVERIFY(s.trainBitsPerChar > 0);
        QCOMPARE(s.vocabularySize, smallCorpus()->vocabularySize());
        QVERIFY(s.parameterCount > 0);
        QCOMPARE(s.corpusSource, QStringLiteral("generated rhymes"));
        // The untrained network's sample came first, numbered 1 and primed.
        const TextSample &first = recorder.lastWith([](const TextSnapshot &s) { return s.newSample && s.sample.number == 1; })->sample;
        QCOMPARE(first.step, 0);
        QVERIFY(first.text.startsWith(QStringLiteral("the ")));
        QCOMPARE(first.text.size(), 44);
        // Sample now, while training runs: written by the worker from the present weights.
        controller.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.newSample && s.sample.number >= 2; }),
                                 waitMs);
        const TextSample &later = recorder.lastWith([](const TextSnapshot &s) { return s.newSample && s.sample.number >= 2; })->sample;
        QVERIFY(later.step > 0);
    }

    void pauseStopsTraining()
    {
        TextTrainingController controller;
        Recorder recorder(controller);
        controller.setConfiguration(smallModel(), smallTrain());
        controller.setCorpus(smallCorpus());
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.step >= 5; }), waitMs);
        controller.pause();
        QCOMPARE(controller.state(), State::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.state == State::Paused; }), waitMs);
        const qint64 pausedAt = recorder.lastWith([](const TextSnapshot &s) { return s.state == State::Paused; })->step;
        // A sample asked for now is written from the paused weights: nothing trained since.
        int written = 0;
        for (const TextSnapshot &s : recorder.snapshots)
            written = std::max(written, s.sample.number);
        controller.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.snapshots.back().newSample && recorder.snapshots.back().sample.number > written,
                                 waitMs);
        QCOMPARE(recorder.snapshots.back().step, pausedAt);
        QCOMPARE(recorder.snapshots.back().sample.step, pausedAt);
        // One step, then paused again.
        controller.step();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([pausedAt](const TextSnapshot &s) { return s.step == pausedAt + 1; }), waitMs);
        QCOMPARE(controller.state(), State::Paused);
    }

    void epochsFinishWithValidation()
    {
        TextTrainingController controller;
        Recorder recorder(controller);
        QSignalSpy finished(&controller, &TextTrainingController::finished);
        controller.setConfiguration(smallModel(), smallTrain(2));
        controller.setCorpus(smallCorpus());
        controller.start();
        QVERIFY(finished.wait(waitMs));
        QCOMPARE(controller.state(), State::Finished);
        const TextSnapshot &s = recorder.snapshots.back();
        QCOMPARE(s.state, State::Finished);
        QCOMPARE(s.epoch, 2);
        QCOMPARE(s.validationHistory.size(), 2);
        QVERIFY(s.validationBitsPerChar > 0);
        QVERIFY(s.unigramBitsPerChar > 0);
    }

    void primeOutsideTheTextIsSaid()
    {
        TextTrainingController controller;
        Recorder recorder(controller);
        controller.setConfiguration(smallModel(), smallTrain());
        controller.setSampleSettings(1.0, 20, QStringLiteral("Zebra"));
        controller.setCorpus(smallCorpus());
        // The controller's empty frame of the new model first, then the worker's.
        QVERIFY(!recorder.snapshots.empty());
        QVERIFY(recorder.snapshots.front().building);
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.snapshots.back().building, waitMs);
        const TextSample &sample = recorder.snapshots.back().sample;
        QCOMPARE(sample.number, 0);
        QVERIFY2(sample.problem.contains(QLatin1Char('Z')), qPrintable(sample.problem));
    }

    void rebuildsForStructureOnly()
    {
        TextTrainingController controller;
        QSignalSpy rebuilt(&controller, &TextTrainingController::modelRebuilt);
        QSignalSpy rejected(&controller, &TextTrainingController::configurationRejected);
        controller.setCorpus(smallCorpus());
        controller.setConfiguration(smallModel(), smallTrain());
        QCOMPARE(rebuilt.count(), 1);
        lstmlab::TrainConfig train = smallTrain();
        train.learningRate = 0.01;
        controller.setConfiguration(smallModel(), train);
        QCOMPARE(rebuilt.count(), 1);
        lstmlab::ModelConfig model = smallModel();
        model.units = 0;
        controller.setConfiguration(model, train);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(controller.modelConfig().units, 8);
    }

    void capturesASession()
    {
        TextTrainingController controller;
        Recorder recorder(controller);
        controller.setConfiguration(smallModel(), smallTrain());
        controller.setCorpus(smallCorpus());
        controller.step();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.step == 1; }), waitMs);
        QSignalSpy ready(&controller, &TextTrainingController::sessionStateReady);
        const quint64 request = controller.requestSessionState();
        QVERIFY(ready.wait(waitMs));
        QCOMPARE(ready.at(0).at(0).value<quint64>(), request);
        const auto session = ready.at(0).at(1).value<std::shared_ptr<const lstmlab::TextSessionData>>();
        QVERIFY(session);
        QCOMPARE(session->state.step, 1);
        QCOMPARE(session->lossHistory.size(), std::size_t(1));
        QVERIFY(session->samples.find("Sample 1") != std::string::npos);
    }

    void stopsWhileRunning()
    {
        auto controller = std::make_unique<TextTrainingController>();
        Recorder recorder(*controller);
        controller->setConfiguration(smallModel(), smallTrain());
        controller->setCorpus(smallCorpus());
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.lastWith([](const TextSnapshot &s) { return s.step >= 1; }), waitMs);
        controller.reset(); // the destructor stops the thread
        QVERIFY(!controller);
    }
};

QTEST_GUILESS_MAIN(TestTextTrainingController)
#include "tst_texttrainingcontroller.moc"
