// SideBySideDialog: starts from the window's settings with the plain RNN against the LSTM; the
// third run is off until ticked; the forget bias goes to LSTM runs only.

#include "sidebysidedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using lstmlab::RecurrentCell;

class TestSideBySideDialog : public QObject
{
    Q_OBJECT

private slots:
    void startsWithRnnAgainstLstm();
    void thirdRunAndForgetBias();
};

void TestSideBySideDialog::startsWithRnnAgainstLstm()
{
    lstmlab::ModelConfig model;
    model.units = 7;
    model.timesteps = 52;
    lstmlab::TrainConfig train;
    train.epochs = 3;
    SideBySideDialog dialog(model, train);
    const QVector<RunSettings> runs = dialog.runs();
    QCOMPARE(runs.size(), qsizetype(2));
    QCOMPARE(runs[0].model.cell, RecurrentCell::Rnn);
    QCOMPARE(runs[1].model.cell, RecurrentCell::Lstm);
    for (const RunSettings &run : runs) {
        QCOMPARE(run.model.units, 7);
        QCOMPARE(run.model.timesteps, 52);
        QCOMPARE(run.train.epochs, 3);
        QVERIFY(!run.model.validate());
    }
}

void TestSideBySideDialog::thirdRunAndForgetBias()
{
    SideBySideDialog dialog(lstmlab::ModelConfig{}, lstmlab::TrainConfig{});
    dialog.findChild<QCheckBox *>(QStringLiteral("run3Enabled"))->setChecked(true);
    dialog.setRun(0, RecurrentCell::Lstm, 20, 1, false);
    dialog.setRun(1, RecurrentCell::Lstm, 20, 1, true);
    dialog.setRun(2, RecurrentCell::Rnn, 20, 2, true);
    const QVector<RunSettings> runs = dialog.runs();
    QCOMPARE(runs.size(), qsizetype(3));
    QCOMPARE(runs[0].model.forgetBias, 0.0);
    QCOMPARE(runs[1].model.forgetBias, 1.0);
    QCOMPARE(runs[2].model.forgetBias, 0.0); // not an LSTM: no forget gate
    QCOMPARE(runs[2].model.cell, RecurrentCell::Rnn);
    QCOMPARE(runs[2].train.seed, 2u);
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("forgetBias3"))->isEnabled());
    QVERIFY(!runs[2].model.validate());
}

QTEST_MAIN(TestSideBySideDialog)
#include "tst_sidebysidedialog.moc"
