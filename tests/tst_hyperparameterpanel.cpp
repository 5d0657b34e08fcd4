// HyperparameterPanel: shows the seed configuration, emits one in-range configuration per
// committed change (not per keystroke), relabels its main button with the training state,
// and explains every control in a tooltip.

#include "hyperparameterpanel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <algorithm>

using lstmlab::ModelConfig;
using lstmlab::TrainConfig;

Q_DECLARE_METATYPE(ModelConfig)
Q_DECLARE_METATYPE(TrainConfig)

class TestHyperparameterPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheSeedConfiguration();
    void emitsConfigurationsWithinRange_data();
    void emitsConfigurationsWithinRange();
    void typingDoesNotEmitUntilCommitted();
    void setConfigurationIsSilentAndClamped();
    void keepProbabilityFollowsDropout();
    void cellComboChoosesTheCell();
    void learningRateStepsOneTwoFive();
    void mainButtonFollowsState_data();
    void mainButtonFollowsState();
    void stepAndResetButtons();
    void everyControlHasATooltip();
    void forgetBiasBoxRebuildsWithBiasOne();
};

void TestHyperparameterPanel::initTestCase()
{
    qRegisterMetaType<ModelConfig>();
    qRegisterMetaType<TrainConfig>();
}

void TestHyperparameterPanel::showsTheSeedConfiguration()
{
    HyperparameterPanel panel;
    QCOMPARE(panel.modelConfig(), ModelConfig{});
    QCOMPARE(panel.trainConfig(), TrainConfig{});
    QCOMPARE(panel.unitsBox()->value(), 20);
    QCOMPARE(panel.layersBox()->value(), 2);
    QCOMPARE(panel.timestepsBox()->value(), 20);
    QCOMPARE(panel.batchSizeBox()->value(), 64);
    QCOMPARE(panel.epochsBox()->value(), 50);
    QCOMPARE(panel.keepLabel()->text(), QStringLiteral("keep 1.00"));
}

void TestHyperparameterPanel::emitsConfigurationsWithinRange_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected");

    QTest::newRow("units 64") << "units" << 64.0 << 64.0;
    QTest::newRow("units above 256 clamps") << "units" << 1000.0 << 256.0;
    QTest::newRow("units 0 clamps to 1") << "units" << 0.0 << 1.0;
    QTest::newRow("layers 8") << "layers" << 8.0 << 8.0;
    QTest::newRow("layers 9 clamps") << "layers" << 9.0 << 8.0;
    QTest::newRow("timesteps 512") << "timesteps" << 512.0 << 512.0;
    QTest::newRow("timesteps 600 clamps to 512") << "timesteps" << 600.0 << 512.0;
    QTest::newRow("dropout 0.2") << "dropout" << 0.2 << 0.2;
    QTest::newRow("dropout 1 clamps to 0.9") << "dropout" << 1.0 << 0.9;
    QTest::newRow("learning rate 0.01") << "learningRate" << 0.01 << 0.01;
    QTest::newRow("learning rate 100 clamps") << "learningRate" << 100.0 << 10.0;
    QTest::newRow("batch size 1") << "batchSize" << 1.0 << 1.0;
    QTest::newRow("epochs until stopped") << "epochs" << 0.0 << 0.0;
    QTest::newRow("seed 7") << "seed" << 7.0 << 7.0;
}

void TestHyperparameterPanel::emitsConfigurationsWithinRange()
{
    QFETCH(QString, control);
    QFETCH(double, value);
    QFETCH(double, expected);

    HyperparameterPanel panel;
    QSignalSpy spy(&panel, &HyperparameterPanel::configurationChanged);
    if (control == "units") panel.unitsBox()->setValue(int(value));
    else if (control == "layers") panel.layersBox()->setValue(int(value));
    else if (control == "timesteps") panel.timestepsBox()->setValue(int(value));
    else if (control == "dropout") panel.dropoutBox()->setValue(value);
    else if (control == "learningRate") panel.learningRateBox()->setValue(value);
    else if (control == "batchSize") panel.batchSizeBox()->setValue(int(value));
    else if (control == "epochs") panel.epochsBox()->setValue(int(value));
    else if (control == "seed") panel.seedBox()->setValue(int(value));
    else QFAIL("unknown control");

    QCOMPARE(spy.count(), 1);
    const auto model = spy.at(0).at(0).value<ModelConfig>();
    const auto train = spy.at(0).at(1).value<TrainConfig>();
    QVERIFY(!model.validate().has_value());
    QVERIFY(!train.validate().has_value());
    QVERIFY(model.timesteps <= ModelConfig::timestepsRange.max);
    const QHash<QString, double> got{
        {"units", model.units}, {"layers", model.layers}, {"timesteps", model.timesteps},
        {"dropout", model.dropout}, {"learningRate", train.learningRate},
        {"batchSize", train.batchSize}, {"epochs", train.epochs}, {"seed", double(train.seed)}};
    QCOMPARE(got.value(control), expected);
    QCOMPARE(panel.modelConfig(), model);
    QCOMPARE(panel.trainConfig(), train);

    // The same value again is no change.
    if (control == "units") panel.unitsBox()->setValue(int(value));
    QCOMPARE(spy.count(), 1);
}

void TestHyperparameterPanel::typingDoesNotEmitUntilCommitted()
{
    HyperparameterPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &HyperparameterPanel::configurationChanged);
    QSpinBox *units = panel.unitsBox();
    units->setFocus();
    units->selectAll();
    QTest::keyClicks(units, QStringLiteral("128"));
    QCOMPARE(spy.count(), 0);   // "1", "12", "128" would each rebuild the network
    QTest::keyClick(units, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ModelConfig>().units, 128);
}

void TestHyperparameterPanel::setConfigurationIsSilentAndClamped()
{
    HyperparameterPanel panel;
    QSignalSpy spy(&panel, &HyperparameterPanel::configurationChanged);
    ModelConfig model;
    model.units = 500;
    model.timesteps = 600;
    model.dropout = 0.5;
    TrainConfig train;
    train.learningRate = 0.02;
    train.epochs = 0;
    panel.setConfiguration(model, train);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(panel.modelConfig().units, 256);
    QCOMPARE(panel.modelConfig().timesteps, 512);
    QCOMPARE(panel.unitsBox()->value(), 256);
    QCOMPARE(panel.learningRateBox()->value(), 0.02);
    QCOMPARE(panel.epochsBox()->text(), QStringLiteral("until stopped"));
    QCOMPARE(panel.keepLabel()->text(), QStringLiteral("keep 0.50"));
}

// The Cell combo box: LSTM first (the default), then GRU and the plain RNN; choosing one emits
// the configuration with that cell (the controller rebuilds the network for it) and the
// parameter count follows; setConfiguration() shows a session's cell without emitting.
void TestHyperparameterPanel::cellComboChoosesTheCell()
{
    HyperparameterPanel panel;
    QComboBox *cell = panel.cellBox();
    QCOMPARE(cell->count(), 3);
    QCOMPARE(cell->currentText(), QStringLiteral("LSTM"));
    QVERIFY(!cell->toolTip().isEmpty());
    QSignalSpy spy(&panel, &HyperparameterPanel::configurationChanged);
    cell->setCurrentIndex(cell->findText(QStringLiteral("GRU")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(int(spy.first().first().value<ModelConfig>().cell), int(lstmlab::RecurrentCell::Gru));
    QCOMPARE(int(panel.modelConfig().cell), int(lstmlab::RecurrentCell::Gru));
    // 2 x 20 GRU: 3H(1 + H + 2) + 3H(2H + 2) + H + 1 = 3,921, PyTorch's count
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().startsWith(QStringLiteral("3,921")); }));

    ModelConfig model;
    model.cell = lstmlab::RecurrentCell::Rnn;
    panel.setConfiguration(model, TrainConfig());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(cell->currentText(), QStringLiteral("Plain RNN"));
    QCOMPARE(int(panel.modelConfig().cell), int(lstmlab::RecurrentCell::Rnn));
}

void TestHyperparameterPanel::keepProbabilityFollowsDropout()
{
    HyperparameterPanel panel;
    panel.dropoutBox()->setValue(0.2);
    QCOMPARE(panel.keepLabel()->text(), QStringLiteral("keep 0.80"));
    QCOMPARE(panel.modelConfig().dropout, 0.2);
}

void TestHyperparameterPanel::learningRateStepsOneTwoFive()
{
    HyperparameterPanel panel;
    QSignalSpy spy(&panel, &HyperparameterPanel::configurationChanged);
    QDoubleSpinBox *lr = panel.learningRateBox();
    QCOMPARE(lr->text(), QStringLiteral("0.001"));
    lr->stepBy(1);
    QCOMPARE(lr->value(), 0.002);
    lr->stepBy(1);
    QCOMPARE(lr->value(), 0.005);
    lr->stepBy(-3);
    QCOMPARE(lr->value(), 0.0005);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(panel.trainConfig().learningRate, 0.0005);
}

void TestHyperparameterPanel::mainButtonFollowsState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signal");
    using State = TrainingSnapshot::State;
    QTest::newRow("idle trains") << int(State::Idle) << "Train" << "train";
    QTest::newRow("running pauses") << int(State::Running) << "Pause" << "pause";
    QTest::newRow("paused resumes") << int(State::Paused) << "Resume" << "resume";
    QTest::newRow("finished trains again") << int(State::Finished) << "Train" << "train";
    QTest::newRow("diverged trains again") << int(State::Diverged) << "Train" << "train";
}

void TestHyperparameterPanel::mainButtonFollowsState()
{
    QFETCH(int, state);
    QFETCH(QString, text);
    QFETCH(QString, signal);

    HyperparameterPanel panel;
    QSignalSpy train(&panel, &HyperparameterPanel::trainRequested);
    QSignalSpy pause(&panel, &HyperparameterPanel::pauseRequested);
    QSignalSpy resume(&panel, &HyperparameterPanel::resumeRequested);
    panel.setTrainingState(TrainingSnapshot::State(state));
    QCOMPARE(panel.trainButton()->text(), text);
    panel.trainButton()->click();
    QCOMPARE(train.count(), signal == "train" ? 1 : 0);
    QCOMPARE(pause.count(), signal == "pause" ? 1 : 0);
    QCOMPARE(resume.count(), signal == "resume" ? 1 : 0);
}

void TestHyperparameterPanel::stepAndResetButtons()
{
    HyperparameterPanel panel;
    QSignalSpy step(&panel, &HyperparameterPanel::stepRequested);
    QSignalSpy reset(&panel, &HyperparameterPanel::resetRequested);
    panel.stepButton()->click();
    panel.resetButton()->click();
    QCOMPARE(step.count(), 1);
    QCOMPARE(reset.count(), 1);
}

void TestHyperparameterPanel::everyControlHasATooltip()
{
    HyperparameterPanel panel;
    const auto boxes = panel.findChildren<QAbstractSpinBox *>();
    QCOMPARE(boxes.size(), 9); // 4 for the network, 5 for training (gradient clipping included)
    for (const QAbstractSpinBox *box : boxes)
        QVERIFY2(!box->toolTip().isEmpty(), qPrintable(box->metaObject()->className()));
    for (const QPushButton *button : panel.findChildren<QPushButton *>())
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
    QVERIFY(panel.unitsBox()->toolTip().contains(QStringLiteral("four gate layers")));
    QVERIFY(panel.unitsBox()->toolTip().contains(QStringLiteral("not a number of cells")));
    QVERIFY(panel.dropoutBox()->toolTip().contains(QStringLiteral("output_keep_prob")));
}

// Issue 17: "Forget gate bias starts at 1" sets ModelConfig::forgetBias (a structure setting:
// the controller rebuilds for it), is off by default, and is disabled for the other cells.
void TestHyperparameterPanel::forgetBiasBoxRebuildsWithBiasOne()
{
    HyperparameterPanel panel;
    QCheckBox *box = panel.forgetBiasBox();
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    QVERIFY(box->isEnabled());
    QVERIFY(!box->toolTip().isEmpty());
    QVERIFY(box->whatsThis().contains(QStringLiteral("b_ih")));
    QSignalSpy changed(&panel, &HyperparameterPanel::configurationChanged);
    box->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.modelConfig().forgetBias, 1.0);
    QCOMPARE(changed.last().at(0).value<ModelConfig>().forgetBias, 1.0);
    box->click();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.modelConfig().forgetBias, 0.0);

    // A bias set elsewhere (the command line's --forget-bias 2) shows checked and stays.
    ModelConfig model;
    model.forgetBias = 2.0;
    panel.setConfiguration(model, TrainConfig{});
    QVERIFY(box->isChecked());
    QCOMPARE(changed.count(), 2);
    panel.unitsBox()->setValue(7);
    QCOMPARE(panel.modelConfig().forgetBias, 2.0);

    // The plain RNN has no forget gate.
    model.cell = lstmlab::RecurrentCell::Rnn;
    panel.setConfiguration(model, TrainConfig{});
    QVERIFY(!box->isChecked());
    QVERIFY(!box->isEnabled());
    QCOMPARE(panel.modelConfig().forgetBias, 0.0);
}

QTEST_MAIN(TestHyperparameterPanel)
#include "tst_hyperparameterpanel.moc"
