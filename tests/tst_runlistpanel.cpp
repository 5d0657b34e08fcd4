// RunListPanel: a run that finished, and one a new network replaced, end in the list once each
// (a side-by-side run with its side runs), named above the list while they train; ticking draws a kept run beside the live one with
// the legend naming what differs; a session's list replaces the present one; the comparison
// exports as CSV.

#include "runlistpanel.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using lstmlab::RecurrentCell;
using State = TrainingSnapshot::State;

namespace {

TrainingSnapshot snapshotOf(quint64 generation, RecurrentCell cell, qint64 steps, State state)
{
    TrainingSnapshot s;
    s.generation = generation;
    s.state = state;
    s.model.cell = cell;
    s.step = steps;
    for (qint64 k = 1; k <= steps; ++k)
        s.trainLossHistory.append(k, float(1.0 / double(k)));
    if (steps >= 10) {
        s.testMseHistory.append(QPointF(10, 0.125));
        s.testMse = 0.125;
    }
    s.predictedTest = {QPointF(100.0, 0.5), QPointF(100.1, 0.25)};
    return s;
}

} // namespace

class TestRunListPanel : public QObject
{
    Q_OBJECT

private slots:
    void keepsFinishedAndReplacedRunsOnce();
    void keepsSideRunsAndNamesWhatDiffers();
    void tickedRunsAreDrawn();
    void sessionListReplacesThePresentOne();
    void differencesNameTheSettings_data();
    void differencesNameTheSettings();
};

void TestRunListPanel::keepsFinishedAndReplacedRunsOnce()
{
    RunListPanel panel;
    QSignalSpy changed(&panel, &RunListPanel::recordsChanged);
    panel.takeSnapshot(snapshotOf(1, RecurrentCell::Lstm, 5, State::Running));
    QCOMPARE(panel.count(), 0);
    QVERIFY2(panel.liveNote().startsWith(QStringLiteral("Training now: LSTM")), qPrintable(panel.liveNote()));
    panel.takeSnapshot(snapshotOf(1, RecurrentCell::Lstm, 10, State::Finished));
    QCOMPARE(panel.count(), 1);
    QVERIFY(panel.liveNote().isEmpty());
    QCOMPARE(panel.records().front().steps, 10LL);
    QCOMPARE(panel.records().front().finalTestMse, 0.125);
    QCOMPARE(panel.records().front().prediction.size(), std::size_t(2));
    // Raised epochs: the same run goes on and its entry follows it.
    panel.takeSnapshot(snapshotOf(1, RecurrentCell::Lstm, 12, State::Finished));
    QCOMPARE(panel.count(), 1);
    QCOMPARE(panel.records().front().steps, 12LL);
    // A reset: the building frame of generation 2 keeps nothing new (generation 1 is kept).
    TrainingSnapshot building;
    building.generation = 2;
    building.building = true;
    panel.takeSnapshot(building);
    QCOMPARE(panel.count(), 1);
    // Generation 2 trains and is replaced before finishing: kept then; one that never trained is not.
    panel.takeSnapshot(snapshotOf(2, RecurrentCell::Gru, 3, State::Running));
    panel.takeSnapshot(snapshotOf(3, RecurrentCell::Lstm, 0, State::Idle));
    panel.takeSnapshot(snapshotOf(4, RecurrentCell::Lstm, 0, State::Idle));
    QCOMPARE(panel.count(), 2);
    QCOMPARE(panel.records().back().model.cell, RecurrentCell::Gru);
    QCOMPARE(panel.findChild<QListWidget *>(QStringLiteral("runList"))->count(), 2);
    QVERIFY(changed.count() >= 3);
    panel.removeRun(0);
    QCOMPARE(panel.count(), 1);
}

void TestRunListPanel::keepsSideRunsAndNamesWhatDiffers()
{
    RunListPanel panel;
    TrainingSnapshot s = snapshotOf(1, RecurrentCell::Rnn, 10, State::Running);
    SideRunSnapshot side;
    side.model.cell = RecurrentCell::Lstm;
    side.step = 10;
    side.trainLossHistory = s.trainLossHistory;
    side.predictedTest = s.predictedTest;
    s.sideRuns = {side};
    panel.takeSnapshot(s);
    // Not in the list while they train, but named above it.
    QCOMPARE(panel.count(), 0);
    QVERIFY2(panel.liveNote().contains(QStringLiteral("side by side: plain RNN · LSTM")), qPrintable(panel.liveNote()));
    QCOMPARE(panel.mainName(), QStringLiteral("plain RNN"));
    QCOMPARE(panel.curves().size(), qsizetype(1));
    QCOMPARE(panel.curves().front().name, QStringLiteral("LSTM"));
    QCOMPARE(panel.curves().front().loss.size(), qsizetype(10));
    QCOMPARE(panel.curves().front().color, RunListPanel::colour(0));
    panel.takeSnapshot(snapshotOf(2, RecurrentCell::Lstm, 0, State::Idle));
    QCOMPARE(panel.count(), 2);
    QVERIFY(panel.liveNote().isEmpty()); // the new network has not trained yet
    QCOMPARE(panel.records()[0].model.cell, RecurrentCell::Rnn);
    QCOMPARE(panel.records()[1].model.cell, RecurrentCell::Lstm);
    // The new network is alone: nothing drawn over it.
    QVERIFY(panel.mainName().isEmpty());
    QVERIFY(panel.curves().isEmpty());
}

void TestRunListPanel::tickedRunsAreDrawn()
{
    RunListPanel panel;
    QSignalSpy curves(&panel, &RunListPanel::curvesChanged);
    panel.takeSnapshot(snapshotOf(1, RecurrentCell::Rnn, 10, State::Finished));
    panel.takeSnapshot(snapshotOf(2, RecurrentCell::Lstm, 4, State::Running));
    QVERIFY(panel.curves().isEmpty());
    const int before = curves.count();
    panel.setChecked(0, true);
    QVERIFY(panel.isChecked(0));
    QVERIFY(curves.count() > before);
    QCOMPARE(panel.mainName(), QStringLiteral("LSTM"));
    QCOMPARE(panel.curves().size(), qsizetype(1));
    QCOMPARE(panel.curves().front().name, QStringLiteral("plain RNN"));
    QCOMPARE(panel.curves().front().testMse.size(), qsizetype(1));
    QCOMPARE(panel.curves().front().predicted.size(), qsizetype(2));
    // The comparison's table: both runs, one row per epoch.
    const QString csv = panel.exportCsv();
    QVERIFY(csv.startsWith(QStringLiteral("run,name,step,train_loss,test_mse\n")));
    QVERIFY2(csv.contains(QStringLiteral("2,\"plain RNN\",10,0.100000001,0.125\n")), qPrintable(csv));
    panel.setChecked(0, false);
    QVERIFY(panel.curves().isEmpty());
}

void TestRunListPanel::sessionListReplacesThePresentOne()
{
    RunListPanel panel;
    panel.takeSnapshot(snapshotOf(1, RecurrentCell::Rnn, 10, State::Finished));
    panel.setChecked(0, true);
    std::vector<lstmlab::RunRecord> records(3);
    records[1].train.seed = 2;
    records[2].train.seed = 3;
    panel.setRecords(records);
    QCOMPARE(panel.count(), 3);
    QVERIFY(!panel.isChecked(0));
    QVERIFY(panel.records() == records);
    std::vector<lstmlab::RunRecord> tooMany(lstmlab::RunRecord::maxRecords + 2);
    panel.setRecords(tooMany);
    QCOMPARE(std::size_t(panel.count()), lstmlab::RunRecord::maxRecords);
}

void TestRunListPanel::differencesNameTheSettings_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("cell") << "cell" << QStringList{QStringLiteral("LSTM"), QStringLiteral("GRU")};
    QTest::newRow("seed") << "seed" << QStringList{QStringLiteral("seed 1"), QStringLiteral("seed 2")};
    QTest::newRow("forget bias") << "forget bias"
                                 << QStringList{QStringLiteral("forget bias 0"), QStringLiteral("forget bias 1")};
    QTest::newRow("nothing") << "" << QStringList{QStringLiteral("run 1"), QStringLiteral("run 2")};
}

void TestRunListPanel::differencesNameTheSettings()
{
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    std::vector<lstmlab::RunRecord> runs(2);
    if (change == QLatin1String("cell"))
        runs[1].model.cell = RecurrentCell::Gru;
    else if (change == QLatin1String("seed"))
        runs[1].train.seed = 2;
    else if (change == QLatin1String("forget bias"))
        runs[1].model.forgetBias = 1.0;
    QCOMPARE(RunListPanel::differences(runs), expected);
}

QTEST_MAIN(TestRunListPanel)
#include "tst_runlistpanel.moc"
