// SignalPanel: every built-in signal can be chosen, with its parameters and noise, and the
// choice reaches the training controller through the window; a CSV file is imported (a column
// chosen), and a bad one is refused with the loader's message naming the line, keeping the
// previous choice; the choice survives a restart through AppSettings.
// Runs in QStandardPaths test mode, so the user's own settings are never touched.

#include "signalpanel.h"

#include "appsettings.h"
#include "csvseries.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "noisysignal.h"
#include "predictionchart.h"
#include "settingsstore.h"
#include "signalcatalog.h"
#include "trainingcontroller.h"

#include "testsupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// A two-column series long enough for timesteps 20: "time,price" then n rows.
QByteArray series(int n)
{
    QByteArray text = "time,price\n";
    for (int k = 0; k < n; ++k)
        text += QByteArray::number(k) + ',' + QByteArray::number(10.0 + std::sin(0.05 * k), 'g', 8) + '\n';
    return text;
}

void choose(SignalPanel &panel, const QString &id)
{
    QComboBox *box = panel.signalBox();
    const int index = box->findData(id);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
}

} // namespace

class TestSignalPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyCatalogSignalCanBeChosen_data();
    void everyCatalogSignalCanBeChosen();
    void parametersAndNoiseMakeTheGenerator();
    void badCsvNamesTheLine();
    void goodCsvWithAChosenColumn();
    void choiceReachesTheController();
    void choiceSurvivesARestart();
    void echoHasALagBoxThatNamesItsRange();
    void lagBeyondTheWindowIsRefusedNotACrash();
};

void TestSignalPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-signalpanel"));
}

void TestSignalPanel::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestSignalPanel::everyCatalogSignalCanBeChosen_data()
{
    QTest::addColumn<QString>("id");
    for (const lstmlab::SignalInfo &info : lstmlab::SignalCatalog::all())
        QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

void TestSignalPanel::everyCatalogSignalCanBeChosen()
{
    QFETCH(QString, id);
    SignalPanel panel;
    QCOMPARE(panel.signalId(), QStringLiteral("sine"));
    QSignalSpy changed(&panel, &SignalPanel::changed);
    choose(panel, id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.signalId(), id);
    QVERIFY(!panel.usesSeries());
    const auto generator = panel.generator();
    QVERIFY(generator);
    QCOMPARE(QString::fromStdString(generator->name()), id);
    // One spin box per parameter, at its default.
    const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(id.toStdString());
    for (const lstmlab::SignalParameter &p : info->parameters) {
        QDoubleSpinBox *box = panel.parameterBox(QString::fromStdString(p.id));
        QVERIFY2(box, p.id.c_str());
        QCOMPARE(box->value(), p.defaultValue);
        QCOMPARE(box->minimum(), p.min);
        QCOMPARE(box->maximum(), p.max);
    }
    QVERIFY(!panel.displayName().isEmpty());
}

void TestSignalPanel::parametersAndNoiseMakeTheGenerator()
{
    SignalPanel panel;
    choose(panel, QStringLiteral("square"));
    QSignalSpy changed(&panel, &SignalPanel::changed);
    panel.parameterBox(QStringLiteral("frequency"))->setValue(2.0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.parameters().value(QStringLiteral("frequency")).toDouble(), 2.0);
    // Square wave, w = 2, A = 0.8: +A for x in [0, pi/2), -A after.
    QCOMPARE(panel.generator()->value(0.5), 0.8);
    QCOMPARE(panel.generator()->value(2.0), -0.8);

    panel.noiseSlider()->setValue(10);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(panel.noise(), 0.1);
    const auto noisy = std::dynamic_pointer_cast<const lstmlab::NoisySignal>(panel.generator());
    QVERIFY(noisy);
    QCOMPARE(noisy->stddev(), 0.1);
    QCOMPARE(QString::fromStdString(noisy->signal().name()), QStringLiteral("square"));
    QVERIFY(panel.displayName().contains(QLatin1String("noise")));

    // Out-of-range values are brought into range.
    panel.setSignal(QStringLiteral("damped-sine"), {{QStringLiteral("decay"), 5.0}}, 7.0);
    QCOMPARE(panel.parameters().value(QStringLiteral("decay")).toDouble(), 0.2);
    QCOMPARE(panel.noise(), lstmlab::NoisySignal::maxStddev);
    panel.setSignal(QStringLiteral("no-such-signal"));
    QCOMPARE(panel.signalId(), QStringLiteral("sine"));
}

void TestSignalPanel::badCsvNamesTheLine()
{
    QTemporaryDir dir;
    QByteArray text = series(300);
    text.replace("\n3,", "\n3,abc\n4,"); // line 5 now holds "abc"
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), text);
    SignalPanel panel;
    choose(panel, QStringLiteral("sawtooth"));
    QSignalSpy changed(&panel, &SignalPanel::changed);
    QString error;
    QVERIFY(!panel.importCsv(path, 2, &error));
    QVERIFY2(error.contains(QLatin1String("line 5")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("'abc' is not a number")), qPrintable(error));
    QCOMPARE(panel.errorText(), error);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(panel.signalId(), QStringLiteral("sawtooth"));
    QVERIFY(!panel.series());

    // Too short for the time steps: the minimum is named.
    const QString shortPath = writeFile(dir, QStringLiteral("short.csv"), series(100));
    panel.setTimesteps(20);
    QVERIFY(!panel.importCsv(shortPath, 2, &error));
    QVERIFY2(error.contains(QLatin1String("211")), qPrintable(error));
    // Two columns and none chosen.
    QVERIFY(!panel.importCsv(path, 0, &error));
    QVERIFY(!error.isEmpty());
}

void TestSignalPanel::goodCsvWithAChosenColumn()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.csv"), series(400));
    SignalPanel panel;
    QSignalSpy changed(&panel, &SignalPanel::changed);
    QVERIFY(panel.importCsv(path, 2));
    QCOMPARE(changed.count(), 1);
    QVERIFY(panel.usesSeries());
    QCOMPARE(panel.signalId(), QString::fromLatin1(SignalPanel::csvId));
    QVERIFY(!panel.generator());
    QCOMPARE(panel.series()->size(), 400);
    QVERIFY(panel.displayName().contains(QLatin1String("prices.csv (price)")));
    QVERIFY(!panel.noiseSlider()->isEnabled());
    QCOMPARE(panel.errorText(), QString());
    // Back to a built-in signal; the series stays in the list.
    choose(panel, QStringLiteral("sine"));
    QVERIFY(!panel.usesSeries());
    QVERIFY(panel.signalBox()->findData(QString::fromLatin1(SignalPanel::csvId)) >= 0);
}

void TestSignalPanel::choiceReachesTheController()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.csv"), series(400));
    MainWindow window;
    TrainingController *controller = part<TrainingController>(window);
    QSignalSpy rebuilt(controller, &TrainingController::modelRebuilt);
    choose(*part<SignalPanel>(window), QStringLiteral("sum-of-sines"));
    QCOMPARE(QString::fromStdString(controller->signalGenerator()->name()), QStringLiteral("sum-of-sines"));
    QCOMPARE(rebuilt.count(), 1);
    QCOMPARE(part<PredictionChart>(window)->realSeries()->name(), QStringLiteral("real sum of sines"));

    QVERIFY(part<SignalPanel>(window)->importCsv(path, 2));
    QVERIFY(controller->series());
    QCOMPARE(controller->series()->size(), 400);
    QCOMPARE(rebuilt.count(), 2);
    QVERIFY(part<PredictionChart>(window)->realSeries()->name().contains(QLatin1String("prices.csv")));
    // The series trains: the snapshots carry its test split (the last 40 values, 40 - 21 windows).
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().realTest.size() == 40 - 21 && window.lastSnapshot().step > 0, 60000);

    choose(*part<SignalPanel>(window), QStringLiteral("sine"));
    QVERIFY(!controller->series());
    QCOMPARE(QString::fromStdString(controller->signalGenerator()->name()), QStringLiteral("sine"));
    QCOMPARE(part<PredictionChart>(window)->realSeries()->name(), QStringLiteral("real sin(x)"));
}

// Issue 17: the echo shows a whole-number Lag box with its What's This; a lag the windows
// cannot hold is named under it with the allowed range.
void TestSignalPanel::echoHasALagBoxThatNamesItsRange()
{
    SignalPanel panel;
    panel.setTimesteps(60);
    QVERIFY(!panel.parameterBox(QStringLiteral("lag")));
    choose(panel, QStringLiteral("echo"));
    QDoubleSpinBox *lag = panel.parameterBox(QStringLiteral("lag"));
    QVERIFY(lag);
    QCOMPARE(lag->decimals(), 0);
    QCOMPARE(lag->singleStep(), 1.0);
    QCOMPARE(lag->value(), 10.0);
    QVERIFY(lag->isVisibleTo(&panel));
    QVERIFY(lag->whatsThis().contains(QStringLiteral("Lag")));
    QVERIFY(panel.lagProblem().isEmpty());
    QSignalSpy changed(&panel, &SignalPanel::changed);
    lag->setValue(50);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.generator()->echoLag(), 50);
    QVERIFY(panel.displayName().contains(QStringLiteral("50")));
    QVERIFY(panel.lagProblem().isEmpty());

    panel.setTimesteps(20);
    QCOMPARE(panel.lagProblem(), QStringLiteral("Lag 50 does not fit windows of 20 time steps: the lag must be 1..19, so "
                                                "that the sample to recall lies inside the window. Lower the lag, or "
                                                "raise the time steps to at least 51."));
    QLabel *label = panel.findChild<QLabel *>(QStringLiteral("lagProblemLabel"));
    QVERIFY(label && label->isVisibleTo(&panel));
    QCOMPARE(label->text(), panel.lagProblem());
    panel.setTimesteps(51);
    QVERIFY(panel.lagProblem().isEmpty());
    QVERIFY(!label->isVisibleTo(&panel));
    // Another signal has no lag.
    choose(panel, QStringLiteral("sine"));
    panel.setTimesteps(5);
    QVERIFY(panel.lagProblem().isEmpty());
}

// In the window: a lag the time steps cannot hold gets the banner with the allowed range, and
// the window goes on; more time steps make it trainable.
void TestSignalPanel::lagBeyondTheWindowIsRefusedNotACrash()
{
    MainWindow window;
    TrainingController *controller = part<TrainingController>(window);
    QSignalSpy rejected(controller, &TrainingController::configurationRejected);
    SignalPanel *panel = part<SignalPanel>(window);
    choose(*panel, QStringLiteral("echo"));
    panel->parameterBox(QStringLiteral("lag"))->setValue(50); // the seed's 20 time steps
    QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 30000);
    const QString message = rejected.last().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("lag must be an integer in 1..19 for timesteps 20 (got 50)")),
             qPrintable(message));
    QVERIFY(!panel->lagProblem().isEmpty());

    lstmlab::ModelConfig model = controller->modelConfig();
    model.timesteps = 51;
    window.setConfiguration(model, controller->trainConfig());
    QVERIFY(panel->lagProblem().isEmpty());
    controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 0, 60000);
    // The chart's target is the noise itself, each label where its sample lies, and its title
    // says what is predicted.
    QVERIFY(!window.lastSnapshot().realTest.isEmpty());
    QCOMPARE(part<PredictionChart>(window)->chart()->title(),
             QStringLiteral("Recall of the sample 50 steps back on the test set"));
    QCOMPARE(window.lastSnapshot().realTest.first().x(), lstmlab::linspace(100.0, 110.0, 1000)[0]);
    choose(*panel, QStringLiteral("sine"));
    QCOMPARE(part<PredictionChart>(window)->chart()->title(), QStringLiteral("Prediction of the next sample on the test set"));
}

void TestSignalPanel::choiceSurvivesARestart()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("prices.csv"), series(400));
    {
        MainWindow window;
        choose(*part<SignalPanel>(window), QStringLiteral("damped-sine"));
        part<SignalPanel>(window)->parameterBox(QStringLiteral("decay"))->setValue(0.05);
        part<SignalPanel>(window)->noiseSlider()->setValue(20);
        window.close();
    }
    {
        MainWindow window;
        QCOMPARE(part<SignalPanel>(window)->signalId(), QStringLiteral("damped-sine"));
        QCOMPARE(part<SignalPanel>(window)->parameters().value(QStringLiteral("decay")).toDouble(), 0.05);
        QCOMPARE(part<SignalPanel>(window)->noise(), 0.2);
        QVERIFY(QString::fromStdString(part<TrainingController>(window)->signalGenerator()->name()).startsWith(QLatin1String("damped-sine + noise")));
        QVERIFY(part<SignalPanel>(window)->importCsv(path, 2));
        window.close();
    }
    {
        MainWindow window;
        QVERIFY(part<SignalPanel>(window)->usesSeries());
        QCOMPARE(part<SignalPanel>(window)->csvColumn(), 2);
        QVERIFY(part<TrainingController>(window)->series());
        window.close();
    }
    // The file is gone: back to the stored signal, with the reason shown.
    QFile::remove(path);
    MainWindow window;
    QVERIFY(!part<SignalPanel>(window)->usesSeries());
    QCOMPARE(part<SignalPanel>(window)->signalId(), QStringLiteral("damped-sine"));
    QVERIFY(!part<SignalPanel>(window)->errorText().isEmpty());

    // AppSettings keeps only what the catalog allows.
    AppSettings s;
    s.signalId = QStringLiteral("square");
    s.signalParameters = {{QStringLiteral("frequency"), 99.0}, {QStringLiteral("bogus"), 1.0}};
    s.noiseStddev = -3;
    s.stepDelayMs = 99999;
    const AppSettings c = s.clamped();
    QCOMPARE(c.signalParameters.value(QStringLiteral("frequency")).toDouble(), 20.0);
    QVERIFY(!c.signalParameters.contains(QStringLiteral("bogus")));
    QCOMPARE(c.signalParameters.value(QStringLiteral("amplitude")).toDouble(), 0.8);
    QCOMPARE(c.noiseStddev, 0.0);
    QCOMPARE(c.stepDelayMs, 1000);
    QCOMPARE(AppSettings{}.clamped().signalId, QStringLiteral("sine"));

    // Saved and read back: the signal, its parameters, the noise and the speed.
    AppSettings saved;
    saved.signalId = QStringLiteral("sum-of-sines");
    saved.signalParameters = {{QStringLiteral("frequency2"), 4.5}};
    saved.noiseStddev = 0.05;
    saved.stepDelayMs = 250;
    {
        SettingsStore settings;
        saved.save(settings);
    }
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.signalId, saved.signalId);
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("frequency2")).toDouble(), 4.5);
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("amplitude1")).toDouble(), 0.5);
    QCOMPARE(loaded.noiseStddev, 0.05);
    QCOMPARE(loaded.stepDelayMs, 250);
}

QTEST_MAIN(TestSignalPanel)
#include "tst_signalpanel.moc"
