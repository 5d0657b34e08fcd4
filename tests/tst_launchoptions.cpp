// LaunchOptions: which command-line options the window takes (training options, applied over
// the stored settings) and which it refuses with one line (headless-only options, training
// options beside a file to open); the lstm-lab
// executable exits 2 on a refused one, before any window opens. A real MainWindow (offscreen,
// QStandardPaths test mode) trains the options and keeps them out of its stored settings.

#include "launchoptions.h"

#include "appsettings.h"
#include "gatepanel.h"
#include "hyperparameterpanel.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "textsnapshot.h"
#include "texttaskpage.h"
#include "embedtaskpage.h"
#include "texttrainingcontroller.h"
#include "trainingcontroller.h"

#include <QTemporaryDir>

#include <QFileInfo>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace {

constexpr int trainingTimeoutMs = 60000; // a loaded CI machine; the usual wait is far shorter

LaunchOptions launch(const QStringList &args)
{
    std::vector<std::string> v;
    for (const QString &a : args)
        v.push_back(a.toStdString());
    const lstmlab::CommandLineResult r = lstmlab::parseCommandLine(v);
    if (!r.options)
        qFatal("bad test arguments: %s", r.error.c_str());
    return LaunchOptions(*r.options);
}

} // namespace

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void compareTrainsSideBySide();
    void initTestCase();
    void init();
    void takenOptions_data();
    void takenOptions();
    void refusedOptions_data();
    void refusedOptions();
    void executableRefusesBeforeTheWindow_data();
    void executableRefusesBeforeTheWindow();
    void withoutADisplaySaysSo_data();
    void withoutADisplaySaysSo();
    void appliesOverStoredSettings();
    void windowTrainsTheOptions();
    void optionsStayOutOfStoredSettings();
    void windowOpensTheTextTask();
    void windowOpensTheEmbeddingTask();
};

void TestLaunchOptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the user's own settings are never touched
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-launchoptions"));
}

void TestLaunchOptions::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestLaunchOptions::takenOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("changes");
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("language only") << QStringList{"--lang", "zh_CN"} << false;
    QTest::newRow("a file only") << QStringList{"run.lstmlab"} << false;
    QTest::newRow("units and timesteps") << QStringList{"--units", "7", "--timesteps", "9"} << true;
    // The gate views draw every cell's own gates: the window takes each of them.
    QTest::newRow("a gru") << QStringList{"--cell", "gru"} << true;
    QTest::newRow("a plain rnn") << QStringList{"--cell", "rnn"} << true;
    QTest::newRow("the lstm") << QStringList{"--cell", "lstm"} << true;
    QTest::newRow("every training option")
        << QStringList{"--units", "256", "--layers", "8", "--timesteps", "512", "--dropout", "0.9",
                       "--epochs", "0", "--batch-size", "4096", "--learning-rate", "10", "--seed",
                       "2147483647", "--shuffle", "--clip-norm", "5"}
        << true;
}

void TestLaunchOptions::takenOptions()
{
    QFETCH(QStringList, args);
    QFETCH(bool, changes);
    const LaunchOptions options = launch(args);
    QCOMPARE(QString::fromStdString(options.windowRefusal()), QString());
    QCOMPARE(options.changesConfiguration(), changes);
}

void TestLaunchOptions::refusedOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("out") << QStringList{"--out", "run1"} << "--out applies only with --headless";
    QTest::newRow("resume") << QStringList{"--resume", "run.lstmlab"}
                            << "--resume applies only with --headless (to open run.lstmlab in the window, give it without --resume)";
    QTest::newRow("units beside a file") << QStringList{"--units", "7", "run.lstmlab"}
                                         << "--units does not apply when opening run.lstmlab";
    QTest::newRow("shuffle beside a file") << QStringList{"run.lstmlab", "--shuffle"}
                                           << "--shuffle does not apply when opening run.lstmlab";
    QTest::newRow("compare beside a file") << QStringList{"run.lstmlab", "--compare", "cell=rnn", "--compare", "cell=lstm"}
                                           << "--compare trains the sine task's networks side by side";
}

void TestLaunchOptions::refusedOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QString refusal = QString::fromStdString(launch(args).windowRefusal());
    QVERIFY2(refusal.startsWith(expected), qPrintable(refusal));
}

void TestLaunchOptions::executableRefusesBeforeTheWindow_data()
{
    refusedOptions_data();
}

void TestLaunchOptions::executableRefusesBeforeTheWindow()
{
    const QString app = QStringLiteral(LSTMLAB_APP_PATH);
    if (app.isEmpty())
        QSKIP("the lstm-lab executable is not built in this configuration");
    QVERIFY2(QFileInfo::exists(app), "build the lstm-lab target before this test");
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(app, args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    // One line of ours (Qt may add its own notes, such as a missing XDG_RUNTIME_DIR).
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QStringList ours = err.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^lstm-lab: ")));
    QCOMPARE(ours.size(), 1);
    QVERIFY2(ours.first().startsWith(QStringLiteral("lstm-lab: ") + expected), qPrintable(err));
}

void TestLaunchOptions::withoutADisplaySaysSo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a refused option") << QStringList{"--signal", "echo"} << "--signal applies only with --headless";
    QTest::newRow("a value out of range") << QStringList{"--units", "9999"} << "--units must be an integer in 1..256";
    QTest::newRow("good options") << QStringList{"--units", "8"} << "no display to open the window on";
}

// Qt aborts (exit 134) when it finds no display; the executable says what is wrong first.
void TestLaunchOptions::withoutADisplaySaysSo()
{
    const QString app = QStringLiteral(LSTMLAB_APP_PATH);
    if (app.isEmpty())
        QSKIP("the lstm-lab executable is not built in this configuration");
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(app, args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("lstm-lab: ") + expected), qPrintable(err));
}

void TestLaunchOptions::appliesOverStoredSettings()
{
    const LaunchOptions options = launch({"--units", "7", "--timesteps", "9"});
    AppSettings stored;
    stored.model.layers = 3;
    stored.train.learningRate = 0.01;
    lstmlab::ModelConfig model = stored.model;
    lstmlab::TrainConfig train = stored.train;
    options.applyTo(model, train);
    QCOMPARE(model.units, 7);
    QCOMPARE(model.timesteps, 9);
    QCOMPARE(model.layers, 3);
    QCOMPARE(train.learningRate, 0.01);
    options.keepSaved(stored.model, stored.train, model, train);
    QCOMPARE(model, stored.model);
    QCOMPARE(train, stored.train);
}

// `lstm-lab --units 7 --timesteps 9`: the controls show 7 and 9, and the network trained is 7
// units wide and unrolled over 9 time steps.
void TestLaunchOptions::windowTrainsTheOptions()
{
    MainWindow window;
    launch({"--units", "7", "--timesteps", "9", "--epochs", "3"}).applyTo(window);
    QCOMPARE(part<HyperparameterPanel>(window)->unitsBox()->value(), 7);
    QCOMPARE(part<HyperparameterPanel>(window)->timestepsBox()->value(), 9);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig().layers, 2); // not given: the stored one
    QCOMPARE(window.bannerText(), QString()); // the first network shown: nothing was "rebuilt"
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    QCOMPARE(part<TrainingController>(window)->modelConfig().units, 7);
    QCOMPARE(part<TrainingController>(window)->modelConfig().timesteps, 9);
    QCOMPARE(part<TrainingController>(window)->trainConfig().epochs, 3);
    QCOMPARE(window.lastSnapshot().model.units, 7);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->trace().layers[0].units, 7);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->trace().layers[0].timesteps, 9);
    QCOMPARE(part<QSlider>(window, "traceWindowSlider")->maximum(), 1000 - 9 - 1 - 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 5, trainingTimeoutMs);
}

// The options are for this launch: the stored settings keep their values, unless the learner
// changes one of them in the controls.
void TestLaunchOptions::optionsStayOutOfStoredSettings()
{
    {
        MainWindow window;
        part<HyperparameterPanel>(window)->layersBox()->setValue(3);
        window.close();
    }
    {
        MainWindow window;
        launch({"--units", "7", "--timesteps", "9", "--learning-rate", "0.01"}).applyTo(window);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
        window.close();
    }
    AppSettings stored = AppSettings::load();
    QCOMPARE(stored.model.units, 20);
    QCOMPARE(stored.model.timesteps, 20);
    QCOMPARE(stored.model.layers, 3);
    QCOMPARE(stored.train.learningRate, 1e-3);
    {
        MainWindow window;
        launch({"--units", "7", "--timesteps", "9"}).applyTo(window);
        window.show();
        part<HyperparameterPanel>(window)->unitsBox()->setValue(12); // the learner changes one of them
        QCOMPARE(part<TrainingController>(window)->modelConfig().units, 12);
        window.close();
    }
    stored = AppSettings::load();
    QCOMPARE(stored.model.units, 12);
    QCOMPARE(stored.model.timesteps, 20);
    QCOMPARE(stored.model.layers, 3);
}

// `lstm-lab --task text --text FILE --units 16 ...`: the window opens on the text task (once
// refused), learning FILE with the options over the text defaults.
void TestLaunchOptions::windowOpensTheTextTask()
{
    QVERIFY(launch({"--task", "text", "--text", "poems.txt"}).windowRefusal().empty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rhymes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int k = 0; k < 100; ++k)
        file.write("the cat sat on the mat,\nthe dog ran to the log.\n");
    file.close();
    MainWindow window;
    window.setStartTrainingOnLaunch(true);
    launch({"--task", "text", "--text", path, "--units", "16", "--layers", "1", "--timesteps", "10", "--batch-size", "4"})
        .applyTo(window);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.task(), MainWindow::Task::Text, trainingTimeoutMs);
    auto *controller = part<TextTrainingController>(window);
    QCOMPARE(controller->modelConfig().units, 16);
    QCOMPARE(controller->modelConfig().layers, 1);
    QCOMPARE(controller->trainConfig().batchSize, 4);
    QCOMPARE(controller->trainConfig().learningRate, 0.002); // not given: the text default
    QCOMPARE(controller->trainConfig().epochs, 0);           // the window trains until stopped
    QVERIFY(controller->corpus());
    QTRY_VERIFY_WITH_TIMEOUT(part<TextTaskPage>(window)->lastSnapshot().step > 3, trainingTimeoutMs);
    QVERIFY(part<TextTaskPage>(window)->lastSnapshot().corpusSource.endsWith(QLatin1String("rhymes.txt")));
}

// `lstm-lab --task embed --text FILE --dim 20 ...`: the window opens on the embedding task with
// FILE as its corpus and the options in its controls (training waits for Train).
void TestLaunchOptions::windowOpensTheEmbeddingTask()
{
    QVERIFY(launch({"--task", "embed"}).windowRefusal().empty());
    MainWindow window;
    window.setStartTrainingOnLaunch(false);
    launch({"--task", "embed", "--text", "/tmp/book.txt", "--dim", "20", "--epochs", "3", "--tokens", "chars"}).applyTo(window);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.task(), MainWindow::Task::Embed, trainingTimeoutMs);
    const EmbedCommand command = part<EmbedTaskPage>(window)->command();
    QCOMPARE(command.files, QStringList{QStringLiteral("/tmp/book.txt")});
    QCOMPARE(command.config.dim, 20);
    QCOMPARE(command.config.epochs, 3);
    QVERIFY(command.mode == lstmlab::TokenMode::Chars);

    // --learning-rate alone reaches the page too (it was dropped).
    MainWindow other;
    other.setStartTrainingOnLaunch(false);
    launch({"--task", "embed", "--learning-rate", "0.05"}).applyTo(other);
    other.show();
    QTRY_COMPARE_WITH_TIMEOUT(other.task(), MainWindow::Task::Embed, trainingTimeoutMs);
    QCOMPARE(part<EmbedTaskPage>(other)->command().config.learningRate, 0.05);
}

// `lstm-lab --units 6 --compare cell=rnn --compare cell=lstm,seed=2`: the window trains both
// side by side from launch, each SPEC resolved over the options as the headless --compare does.
void TestLaunchOptions::compareTrainsSideBySide()
{
    const LaunchOptions options = launch({"--units", "6", "--epochs", "1", "--compare", "cell=rnn", "--compare", "cell=lstm,seed=2"});
    QCOMPARE(QString::fromStdString(options.windowRefusal()), QString());
    const QVector<RunSettings> runs = options.sideBySideRuns(lstmlab::ModelConfig{}, lstmlab::TrainConfig{});
    QCOMPARE(runs.size(), qsizetype(2));
    QCOMPARE(runs[0].model.cell, lstmlab::RecurrentCell::Rnn);
    QCOMPARE(runs[1].model.cell, lstmlab::RecurrentCell::Lstm);
    QCOMPARE(runs[0].model.units, 6);
    QCOMPARE(runs[1].train.seed, 2u);
    QCOMPARE(runs[0].train.seed, lstmlab::TrainConfig{}.seed);

    MainWindow window;
    options.applyTo(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *controller = part<TrainingController>(window);
    QTRY_COMPARE_WITH_TIMEOUT(controller->sideRuns().size(), qsizetype(1), trainingTimeoutMs);
    QCOMPARE(controller->modelConfig().cell, lstmlab::RecurrentCell::Rnn);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().sideRuns.size() == 1 && window.lastSnapshot().step > 0,
                             trainingTimeoutMs);
}

QTEST_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
