// DivergenceNotice, and divergence end to end: a NaN in the data makes the loss NaN, training
// stops at that very step, the weights are those of the last finite step (the same, bit for
// bit, as a bare trainer's after the steps before), and the window's banner says what
// happened and what to change, clipping included.
//
// A large learning rate does not do it with this model: tanh and sigmoid bound every
// activation, Adam bounds every update by about the learning rate, so even at 10 the weights
// stay finite and the loss saturates instead. A NaN in the inputs is an honest way to force it.

#include "dataset.h"
#include "divergencenotice.h"
#include "hyperparameterpanel.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "sessionfile.h"
#include "settingsstore.h"
#include "signalgenerator.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using State = TrainingSnapshot::State;

namespace {

constexpr int waitMs = 30000;

// The seed's sine with a few samples that are not numbers, at x in [5, 5.05]: in the
// training split only, so the steps before reach them normally.
class SineWithAHole : public lstmlab::SignalGenerator
{
public:
    std::string name() const override { return "sine with a hole"; }
    double value(double x) const override
    {
        return x >= 5.0 && x <= 5.05 ? std::numeric_limits<double>::quiet_NaN() : std::sin(x);
    }
};

lstmlab::ModelConfig smallModel()
{
    lstmlab::ModelConfig model;
    model.units = 6;
    model.layers = 2;
    model.timesteps = 8;
    return model;
}

lstmlab::TrainConfig smallTrain(double clipNorm)
{
    lstmlab::TrainConfig train;
    train.epochs = 0;
    train.clipNorm = clipNorm;
    return train;
}

} // namespace

class TestDivergenceNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saysWhatHappenedAndWhatToChange_data();
    void saysWhatHappenedAndWhatToChange();
    void lowerLearningRate_data();
    void lowerLearningRate();
    void nanStopsTrainingAtThatStep_data();
    void nanStopsTrainingAtThatStep();
};

void TestDivergenceNotice::cleanupTestCase()
{
    SettingsStore settings;
    const QString file = settings.fileName();
    settings.clear();
    settings.sync();
    QFile::remove(file);
}

void TestDivergenceNotice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    // Its own settings file per process: other runs of this test (another build folder, say)
    // may be going on at the same time.
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-divergencenotice-%1").arg(QCoreApplication::applicationPid()));
    SettingsStore().clear();
}

void TestDivergenceNotice::saysWhatHappenedAndWhatToChange_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<double>("clipNorm");
    QTest::addColumn<QStringList>("expected");
    const QString core = QStringLiteral(
        "the training loss became nan at step 9 (learning rate 0.001000): training diverged; the weights of the "
        "last finite step were kept. Lower the learning rate or turn on gradient clipping.");
    QTest::newRow("clipping off")
        << core << 1e-3 << 0.0
        << QStringList{"Training diverged and stopped", "the training loss became nan at step 9",
                       "after step 8", "were kept", "now 0.001; try 0.0001",
                       "turn on <i>Clip gradient norm</i>", "try 1", "<i>Train</i>", "<i>Reset</i>"};
    QTest::newRow("clipping on")
        << QStringLiteral("a gradient became infinite or NaN at step 120 (learning rate 0.050000): training "
                          "diverged; the weights of the last finite step were kept. Lower the learning rate or "
                          "turn on gradient clipping.")
        << 0.05 << 4.0
        << QStringList{"a gradient became infinite or NaN at step 120", "after step 119", "now 0.05; try 0.005",
                       "tighter <i>Clip gradient norm</i> (now 4; try 2)"};
    QTest::newRow("another account is shown as it is")
        << QStringLiteral("weights <b>exploded</b>") << 1e-2 << 0.0
        << QStringList{"weights &lt;b&gt;exploded&lt;/b&gt;", "try 0.001", "Clip gradient norm"};
}

void TestDivergenceNotice::saysWhatHappenedAndWhatToChange()
{
    QFETCH(QString, message);
    QFETCH(double, learningRate);
    QFETCH(double, clipNorm);
    QFETCH(QStringList, expected);
    lstmlab::TrainConfig train;
    train.learningRate = learningRate;
    train.clipNorm = clipNorm;
    const QString html = DivergenceNotice::html(message, train);
    for (const QString &part : expected)
        QVERIFY2(html.contains(part), qPrintable(part + QStringLiteral(" not in: ") + html));
    // The core's generic advice is replaced by the window's own names.
    QVERIFY(!html.contains(QStringLiteral("turn on gradient clipping.")));
}

void TestDivergenceNotice::lowerLearningRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("lowered");
    QTest::newRow("seed") << 1e-3 << 1e-4;
    QTest::newRow("largest") << 10.0 << 1.0;
    QTest::newRow("off the ladder") << 3e-3 << 2e-4;
    QTest::newRow("five") << 5e-2 << 5e-3;
    QTest::newRow("floor") << 2e-6 << 1e-6;
}

void TestDivergenceNotice::lowerLearningRate()
{
    QFETCH(double, rate);
    QFETCH(double, lowered);
    QVERIFY(std::abs(DivergenceNotice::lowerLearningRate(rate) - lowered) < lowered * 1e-9);
}

void TestDivergenceNotice::nanStopsTrainingAtThatStep_data()
{
    QTest::addColumn<double>("clipNorm");
    QTest::newRow("without clipping") << 0.0;
    QTest::newRow("with clipping") << 1.0; // clipping does not hide a NaN
}

void TestDivergenceNotice::nanStopsTrainingAtThatStep()
{
    QFETCH(double, clipNorm);
    const auto signal = std::make_shared<SineWithAHole>();

    // The reference: a bare trainer on the same data, up to the step that fails.
    auto data = std::make_shared<const lstmlab::Dataset>(*signal, lstmlab::DataSpec(), smallModel().timesteps);
    lstmlab::Trainer bare(smallModel(), smallTrain(clipNorm), data);
    long long finiteSteps = 0;
    while (bare.step())
        ++finiteSteps;
    QVERIFY(finiteSteps > 0);
    QVERIFY(bare.network().parameters().allFinite());
    const std::string coreMessage = bare.divergenceMessage();
    QVERIFY(!coreMessage.empty());

    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    window.show();
    window.setConfiguration(smallModel(), smallTrain(clipNorm));
    part<TrainingController>(window)->setSignal(signal);
    part<TrainingController>(window)->start();
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), State::Diverged, waitMs);

    // Stopped at the failing step: no step after it.
    QTRY_COMPARE_WITH_TIMEOUT(window.lastSnapshot().state, State::Diverged, waitMs);
    QCOMPARE(window.lastSnapshot().step, finiteSteps);
    QCOMPARE(window.lastSnapshot().message, QString::fromStdString(coreMessage));

    // The weights kept are the last finite ones, bit for bit.
    std::shared_ptr<const lstmlab::SessionData> state;
    QObject context;
    connect(part<TrainingController>(window), &TrainingController::sessionStateReady, &context,
            [&](quint64, std::shared_ptr<const lstmlab::SessionData> s, const QString &) { state = s; });
    part<TrainingController>(window)->requestSessionState();
    QTRY_VERIFY_WITH_TIMEOUT(state != nullptr, waitMs);
    QCOMPARE(state->state.step, finiteSteps);
    QVERIFY(state->state.parameters.allFinite());
    QVERIFY(state->state.parameters == bare.network().parameters());
    for (const QPointF &p : window.lastSnapshot().predictedTest)
        QVERIFY(std::isfinite(p.y()));

    // The banner: what happened, what was kept, what to change.
    const QString banner = window.bannerText();
    QVERIFY2(banner.contains(QStringLiteral("Training diverged and stopped")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("at step %1").arg(finiteSteps + 1)), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("after step %1").arg(finiteSteps)), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("smaller learning rate")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Clip gradient norm")), qPrintable(banner));
    QCOMPARE(banner, DivergenceNotice::html(QString::fromStdString(coreMessage), part<HyperparameterPanel>(window)->trainConfig()));
}

QTEST_MAIN(TestDivergenceNotice)
#include "tst_divergencenotice.moc"
