// EmbedController and its worker: a new model reads the text in the worker thread and trains
// to the end, snapshots carry the vectors and the loss, pausing takes effect, a bad text is a
// Failed snapshot with the reason, a newer model's snapshots replace an older one's.

#include "embedcontroller.h"
#include "plantedcorpus.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

EmbedCommand plantedCommand(const QTemporaryDir &dir, int lines = 400, int epochs = 2)
{
    lstmlab::PlantedCorpusConfig planted;
    planted.lines = lines;
    EmbedCommand c;
    c.files = {writeFile(dir, QStringLiteral("planted-%1-%2.txt").arg(lines).arg(epochs), QByteArray::fromStdString(lstmlab::plantedCorpusText(planted)))};
    c.source = c.files.front();
    c.minCount = 1;
    c.config.dim = 16;
    c.config.epochs = epochs;
    c.config.subsample = 1e-3;
    return c;
}

} // namespace

class TestEmbedController : public QObject
{
    Q_OBJECT

private slots:
    void trainsToTheEndAtFullSpeed()
    {
        QTemporaryDir dir;
        EmbedController controller;
        controller.setWatchingPace(false);
        QSignalSpy snapshots(&controller, &EmbedController::snapshotReady);
        controller.build(plantedCommand(dir), true);
        QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot().state == EmbedSnapshot::State::Finished, 60000);
        const EmbedSnapshot &last = controller.lastSnapshot();
        QCOMPARE(last.epoch, 2);
        QCOMPARE(last.wordsDone, 2 * last.wordsPerEpoch);
        QVERIFY(last.hasVectors());
        QCOMPARE(last.space->dim(), 16);
        QVERIFY(!last.loss.empty());
        QVERIFY(last.plane.points.cols() > 0);
        QVERIFY(!controller.running());
        QCOMPARE(snapshots.first().first().value<EmbedSnapshot>().state, EmbedSnapshot::State::Building);
    }

    void pauseStopsAtTheWatchingPace()
    {
        QTemporaryDir dir;
        EmbedController controller;
        controller.build(plantedCommand(dir, 2000, 50), true); // at the watching pace: minutes
        QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot().state == EmbedSnapshot::State::Training, 30000);
        controller.setRunning(false);
        QTRY_COMPARE_WITH_TIMEOUT(controller.lastSnapshot().state, EmbedSnapshot::State::Paused, 10000);
        const long long words = controller.lastSnapshot().wordsDone;
        QTest::qWait(300);
        QCOMPARE(controller.lastSnapshot().wordsDone, words);
        QVERIFY(words < controller.lastSnapshot().wordsPerEpoch * 50);
    }

    void badTextFailsWithItsReason()
    {
        QTemporaryDir dir;
        EmbedController controller;
        EmbedCommand c = plantedCommand(dir);
        c.files = {writeFile(dir, QStringLiteral("empty.txt"), QByteArray())};
        c.source = c.files.front();
        controller.build(c, true);
        QTRY_COMPARE_WITH_TIMEOUT(controller.lastSnapshot().state, EmbedSnapshot::State::Failed, 10000);
        QVERIFY2(controller.lastSnapshot().message.contains(QLatin1String("the text is empty")),
                 qPrintable(controller.lastSnapshot().message));
        QVERIFY(!controller.hasModel());
    }

    void aNewModelReplacesTheOld()
    {
        QTemporaryDir dir;
        EmbedController controller;
        controller.build(plantedCommand(dir, 2000, 50), true);
        EmbedCommand second = plantedCommand(dir, 300, 1);
        second.config.dim = 8;
        controller.setWatchingPace(false);
        controller.build(second, true);
        QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot().state == EmbedSnapshot::State::Finished, 60000);
        QCOMPARE(controller.lastSnapshot().space->dim(), 8);
    }
};

QTEST_MAIN(TestEmbedController)
#include "tst_embedcontroller.moc"
