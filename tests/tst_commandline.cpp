// CommandLine: defaults are the seed configuration; a bad value names the option and its range;
// the lstm-lab executable exits 2 on one.

#include "commandline.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace lstmlab;

namespace {

CommandLineResult parse(const QStringList &args)
{
    std::vector<std::string> v;
    for (const QString &a : args)
        v.push_back(a.toStdString());
    return parseCommandLine(v);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheSeedConfiguration();
    void goodValues();
    void fileToOpen_data();
    void fileToOpen();
    void headlessRefusesAFileToOpen();
    void badValues_data();
    void badValues();
    void executableExitsTwoOnBadValues_data();
    void executableExitsTwoOnBadValues();
    void executableHelpAndVersion();
    void givenOptionsReplaceOnlyTheirFields();
    void savedValuesKeptWhileUnchanged();
    void textTaskHasItsOwnDefaults();
    void embedTaskHasWord2vecsDefaults();
    void cellIsChosenByName();
    void echoForgetBiasAndComparisons();
};

void TestCommandLine::textTaskHasItsOwnDefaults()
{
    CommandLineResult r = parse({"--headless", "--task", "text", "--text", "poems.txt"});
    QVERIFY2(r.options, r.error.c_str());
    QVERIFY(r.options->textTask());
    QCOMPARE(r.options->textFile, std::string("poems.txt"));
    QCOMPARE(r.options->model.units, 128);
    QCOMPARE(r.options->model.layers, 2);
    QCOMPARE(r.options->model.timesteps, 50);
    QCOMPARE(r.options->model.dropout, 0.5);
    QCOMPARE(r.options->train.batchSize, 32);
    QCOMPARE(r.options->train.learningRate, 0.002);
    QCOMPARE(r.options->train.clipNorm, 5.0);
    QCOMPARE(r.options->train.epochs, 20);
    QCOMPARE(r.options->temperature, CommandLine::defaultTemperature);
    QCOMPARE(r.options->sampleLength, 200);
    QVERIFY(r.options->prime.empty());

    r = parse({"--headless", "--task", "text", "--text", "poems.txt", "--units", "64", "--dropout", "0",
               "--temperature", "1.5", "--sample-length", "50", "--prime", "床前"});
    QVERIFY2(r.options, r.error.c_str());
    QCOMPARE(r.options->model.units, 64); // a given option wins over the text default
    QCOMPARE(r.options->model.dropout, 0.0);
    QCOMPARE(r.options->model.layers, 2);
    QCOMPARE(r.options->temperature, 1.5);
    QCOMPARE(r.options->sampleLength, 50);
    QCOMPARE(r.options->prime, std::string("床前"));

    // The text task's own unit range (ModelConfig::textUnitsRange): the seed's Udacity 2 x 512.
    r = parse({"--headless", "--units", "512", "--task", "text", "--text", "anna.txt"});
    QVERIFY2(r.options, r.error.c_str());
    QCOMPARE(r.options->model.units, 512);

    r = parse({"--headless"}); // the sine keeps its own
    QVERIFY(r.options && !r.options->textTask());
    QCOMPARE(r.options->model.units, 20);
}

void TestCommandLine::embedTaskHasWord2vecsDefaults()
{
    CommandLineResult r = parse({"--headless", "--task", "embed", "--text", "book.txt"});
    QVERIFY2(r.options, r.error.c_str());
    QVERIFY(r.options->embedTask());
    const SkipGramConfig &e = r.options->embed;
    QCOMPARE(e.dim, 100);
    QCOMPARE(e.window, 5);
    QCOMPARE(e.negatives, 5);
    QCOMPARE(e.subsample, 1e-4);
    QCOMPARE(e.epochs, 5);
    QCOMPARE(e.learningRate, 0.025);
    QCOMPARE(e.seed, 1u);
    QCOMPARE(r.options->minCount, 5);
    QVERIFY(r.options->tokens == TokenMode::Words);

    r = parse({"--headless", "--task", "embed", "--text", "poems.txt", "--tokens", "chars", "--dim", "32", "--window",
               "3", "--negatives", "10", "--min-count", "2", "--subsample", "0", "--epochs", "7", "--learning-rate",
               "0.05", "--seed", "9"});
    QVERIFY2(r.options, r.error.c_str());
    QVERIFY(r.options->tokens == TokenMode::Chars);
    QCOMPARE(r.options->embed, (SkipGramConfig{32, 3, 10, 0.0, 7, 0.05, 9}));
    QCOMPARE(r.options->minCount, 2);
}

// --cell lstm|rnn|gru sets the model's cell (lstm when not given); it is a structure option
// that the window takes in place of its stored one, like --units.
void TestCommandLine::cellIsChosenByName()
{
    QCOMPARE(int(parse({"--headless"}).options->model.cell), int(RecurrentCell::Lstm));
    QCOMPARE(int(parse({"--headless", "--cell", "rnn"}).options->model.cell), int(RecurrentCell::Rnn));
    QCOMPARE(int(parse({"--headless", "--cell=gru"}).options->model.cell), int(RecurrentCell::Gru));
    QVERIFY(isTrainingOption("cell"));
    // the text task takes every cell too (issue 17)
    const CommandLineResult text = parse({"--headless", "--task", "text", "--text", "a.txt", "--cell", "rnn"});
    QVERIFY2(text.options, text.error.c_str());
    QCOMPARE(int(text.options->model.cell), int(RecurrentCell::Rnn));
    QCOMPARE(int(parse({"--task", "text", "--text", "a.txt", "--cell=gru"}).options->model.cell), int(RecurrentCell::Gru));
    const CommandLineResult r = parse({"--cell", "gru"});
    ModelConfig model;
    TrainConfig train;
    applyGivenOptions(*r.options, model, train);
    QCOMPARE(int(model.cell), int(RecurrentCell::Gru));
}

void TestCommandLine::echoForgetBiasAndComparisons()
{
    const CommandLineResult seed = parse({"--headless"});
    QCOMPARE(seed.options->signal, std::string("sine"));
    QCOMPARE(seed.options->model.forgetBias, 0.0);
    QVERIFY(seed.options->compare.empty());

    const CommandLineResult echo = parse({"--headless", "--signal", "echo", "--lag", "50", "--timesteps", "51",
                                          "--forget-bias", "1"});
    QVERIFY2(echo.options, echo.error.c_str());
    QCOMPARE(echo.options->signal, std::string("echo"));
    QCOMPARE(echo.options->lag, 50);
    QCOMPARE(echo.options->model.forgetBias, 1.0);
    QVERIFY(isTrainingOption("forget-bias"));
    QVERIFY(!isTrainingOption("signal"));
    QVERIFY(!isTrainingOption("lag"));

    const CommandLineResult compare = parse({"--headless", "--signal", "echo", "--lag", "50", "--timesteps", "51",
                                             "--compare", "cell=rnn", "--compare", "cell=lstm,forget-bias=1,seed=4"});
    QVERIFY2(compare.options, compare.error.c_str());
    QCOMPARE(compare.options->compare, (std::vector<std::string>{"cell=rnn", "cell=lstm,forget-bias=1,seed=4"}));
    const CompareSpecResult rnn = resolveCompareSpec(*compare.options, "cell=rnn");
    QVERIFY2(rnn.options, rnn.error.c_str());
    QCOMPARE(int(rnn.options->model.cell), int(RecurrentCell::Rnn));
    QCOMPARE(rnn.options->lag, 50);
    QCOMPARE(rnn.options->model.timesteps, 51);
    QVERIFY(rnn.options->compare.empty());
    const CompareSpecResult lstm = resolveCompareSpec(*compare.options, "cell=lstm,forget-bias=1,seed=4");
    QVERIFY2(lstm.options, lstm.error.c_str());
    QCOMPARE(int(lstm.options->model.cell), int(RecurrentCell::Lstm));
    QCOMPARE(lstm.options->model.forgetBias, 1.0);
    QCOMPARE(lstm.options->train.seed, 4u);
    // A key may move what another option must fit: timesteps and lag together.
    const CompareSpecResult longer = resolveCompareSpec(*compare.options, "timesteps=80,lag=70");
    QVERIFY2(longer.options, longer.error.c_str());
    QCOMPARE(longer.options->lag, 70);
}

void TestCommandLine::defaultsAreTheSeedConfiguration()
{
    const CommandLineResult r = parse({});
    QVERIFY(r.options);
    QCOMPARE(r.options->model.units, 20);
    QCOMPARE(r.options->model.layers, 2);
    QCOMPARE(r.options->model.timesteps, 20);
    QCOMPARE(r.options->model.dropout, 0.0);
    QCOMPARE(r.options->train.batchSize, 64);
    QCOMPARE(r.options->train.learningRate, 1e-3);
    QCOMPARE(r.options->train.epochs, 50);
    QCOMPARE(r.options->train.shuffle, false);
    QVERIFY(!r.options->headless);
}

void TestCommandLine::goodValues()
{
    const CommandLineResult r = parse({"--headless", "--units", "256", "--layers=8", "--timesteps", "512",
                                       "--dropout", "0.5", "--epochs", "3", "--batch-size", "1",
                                       "--learning-rate", "1e-2", "--seed", "2147483647", "--out", "/tmp/x",
                                       "--shuffle", "--clip-norm", "1"});
    QVERIFY2(r.options, r.error.c_str());
    QVERIFY(r.options->headless);
    QCOMPARE(r.options->model.units, 256);
    QCOMPARE(r.options->model.layers, 8);
    QCOMPARE(r.options->model.timesteps, 512);
    QCOMPARE(r.options->model.dropout, 0.5);
    QCOMPARE(r.options->train.epochs, 3);
    QCOMPARE(r.options->train.batchSize, 1);
    QCOMPARE(r.options->train.learningRate, 1e-2);
    QCOMPARE(r.options->train.seed, 2147483647u);
    QCOMPARE(r.options->outDir, std::string("/tmp/x"));
    QVERIFY(r.options->train.shuffle);
    QCOMPARE(r.options->train.clipNorm, 1.0);
}

void TestCommandLine::fileToOpen_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("none") << QStringList{"--units", "8"} << "";
    QTest::newRow("a session") << QStringList{"run.lstmlab"} << "run.lstmlab";
    QTest::newRow("among options") << QStringList{"--lang", "en", "model.json", "--units", "8"} << "model.json";
    QTest::newRow("after --, a dash") << QStringList{"--", "-odd.lstmlab"} << "-odd.lstmlab";
    QTest::newRow("options before --") << QStringList{"--units", "8", "--", "-odd.lstmlab"} << "-odd.lstmlab";
}

void TestCommandLine::fileToOpen()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const CommandLineResult r = parse(args);
    QVERIFY2(r.options, r.error.c_str());
    QCOMPARE(QString::fromStdString(r.options->openFile), file);
}

// The headless mode continues a file with --resume; a bare file name is a mistake it names.
void TestCommandLine::headlessRefusesAFileToOpen()
{
    const QString app = QStringLiteral(LSTMLAB_APP_PATH);
    if (app.isEmpty())
        QSKIP("the lstm-lab executable is not built in this configuration");
    QProcess process;
    process.start(app, QStringList{"--headless", "run.lstmlab"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(QStringLiteral("--resume run.lstmlab")), qPrintable(err));
}

void TestCommandLine::badValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("units 0") << QStringList{"--units", "0"} << "--units must be an integer in 1..256 (got '0')";
    QTest::newRow("units 257") << QStringList{"--units", "257"} << "--units must be an integer in 1..256";
    QTest::newRow("units text") << QStringList{"--units", "many"} << "--units must be an integer in 1..256";
    QTest::newRow("units fraction") << QStringList{"--units", "2.5"} << "--units must be an integer";
    QTest::newRow("layers 9") << QStringList{"--layers=9"} << "--layers must be an integer in 1..8";
    QTest::newRow("timesteps 513") << QStringList{"--timesteps", "513"} << "--timesteps must be an integer in 1..512";
    QTest::newRow("dropout 0.95") << QStringList{"--dropout", "0.95"} << "--dropout must be a number in 0..0.9";
    QTest::newRow("dropout nan") << QStringList{"--dropout", "nan"} << "--dropout must be a number";
    QTest::newRow("negative epochs") << QStringList{"--epochs", "-1"} << "--epochs must be an integer in 0..100000";
    QTest::newRow("batch 0") << QStringList{"--batch-size", "0"} << "--batch-size must be an integer in 1..4096";
    QTest::newRow("seed beyond an int") << QStringList{"--seed", "2147483648"} << "--seed must be an integer in 0..2147483647";
    QTest::newRow("learning rate 0") << QStringList{"--learning-rate", "0"} << "--learning-rate must be a number in 1e-06..10";
    QTest::newRow("missing value") << QStringList{"--units"} << "--units needs a value in 1..256";
    QTest::newRow("missing value before an option") << QStringList{"--units", "--layers", "3"}
                                                    << "--units needs a value in 1..256";
    QTest::newRow("empty text value") << QStringList{"--out", ""} << "--out needs a non-empty value";
    QTest::newRow("unknown option") << QStringList{"--unitz", "3"} << "unknown option '--unitz'";
    QTest::newRow("unknown option with a value") << QStringList{"--unitz=3"} << "unknown option '--unitz'";
    QTest::newRow("two files") << QStringList{"a.lstmlab", "b.lstmlab"} << "unexpected argument 'b.lstmlab'";
    QTest::newRow("single-dash option") << QStringList{"-x"} << "unknown option '-x'";
    QTest::newRow("dashes without a file") << QStringList{"--"} << "'--' must be followed by the file to open";
    QTest::newRow("unknown task") << QStringList{"--task", "poem"} << "--task must be sine, text or embed (got 'poem')";
    QTest::newRow("text for the sine") << QStringList{"--text", "a.txt"} << "--text applies only with --task text or --task embed";
    QTest::newRow("temperature for the sine") << QStringList{"--temperature", "0.5"}
                                              << "--temperature applies only with --task text";
    QTest::newRow("temperature 0") << QStringList{"--task", "text", "--text", "a.txt", "--temperature", "0"}
                                   << "--temperature must be a number in 0.05..5";
    QTest::newRow("negative sample length") << QStringList{"--task", "text", "--text", "a.txt", "--sample-length", "-1"}
                                            << "--sample-length must be an integer in 0..100000";
    QTest::newRow("shuffled text") << QStringList{"--task", "text", "--text", "a.txt", "--shuffle"}
                                   << "--shuffle applies only with --task sine";
    QTest::newRow("text task without a text") << QStringList{"--headless", "--task", "text"}
                                              << "--task text needs --text FILE";
    QTest::newRow("embed task without a text") << QStringList{"--headless", "--task", "embed"}
                                               << "--task embed needs --text FILE";
    QTest::newRow("dim for the sine") << QStringList{"--dim", "10"} << "--dim applies only with --task embed";
    QTest::newRow("units for embeddings") << QStringList{"--task", "embed", "--text", "a.txt", "--units", "10"}
                                          << "--units does not apply with --task embed";
    QTest::newRow("dim 0") << QStringList{"--task", "embed", "--text", "a.txt", "--dim", "0"}
                           << "--dim must be an integer in 1..1000 (got '0')";
    QTest::newRow("window 51") << QStringList{"--task", "embed", "--text", "a.txt", "--window", "51"}
                               << "--window must be an integer in 1..50";
    QTest::newRow("negatives 0") << QStringList{"--task", "embed", "--text", "a.txt", "--negatives", "0"}
                                 << "--negatives must be an integer in 1..50";
    QTest::newRow("min-count 0") << QStringList{"--task", "embed", "--text", "a.txt", "--min-count", "0"}
                                 << "--min-count must be an integer in 1..1000000";
    QTest::newRow("subsample 2") << QStringList{"--task", "embed", "--text", "a.txt", "--subsample", "2"}
                                 << "--subsample must be a number in 0..1";
    QTest::newRow("tokens bytes") << QStringList{"--task", "embed", "--text", "a.txt", "--tokens", "bytes"}
                                  << "--tokens must be words or chars (got 'bytes')";
    QTest::newRow("embed epochs 0") << QStringList{"--task", "embed", "--text", "a.txt", "--epochs", "0"}
                                    << "--epochs must be an integer in 1..1000 (got 0)";
    QTest::newRow("units 512 for the sine") << QStringList{"--headless", "--units", "512"}
                                            << "--units must be an integer in 1..256 (got '512')";
    QTest::newRow("text units 513") << QStringList{"--task", "text", "--text", "a.txt", "--units", "513"}
                                    << "--units must be an integer in 1..512 (got '513')";
    QTest::newRow("unknown cell") << QStringList{"--cell", "lstm2"}
                                  << "--cell must be one of lstm, rnn, gru (got 'lstm2')";
    QTest::newRow("cell missing its value") << QStringList{"--cell"} << "--cell needs a non-empty value";
    QTest::newRow("unknown cell for the text task") << QStringList{"--task", "text", "--text", "a.txt", "--cell", "lstmm"}
                                                    << "--cell must be one of lstm, rnn, gru (got 'lstmm')";
    QTest::newRow("text units 513, task last") << QStringList{"--units", "513", "--text", "a.txt", "--task", "text"}
                                               << "--units must be an integer in 1..512 (got '513')";
    // Issue 17: the echo task, the forget bias and runs to compare.
    QTest::newRow("unknown signal") << QStringList{"--signal", "triangle"}
                                    << "--signal must be one of sine, sum-of-sines, damped-sine, square, sawtooth, echo "
                                       "(got 'triangle')";
    QTest::newRow("lag without the echo") << QStringList{"--lag", "5"} << "--lag applies only with --signal echo";
    QTest::newRow("lag = timesteps") << QStringList{"--signal", "echo", "--lag", "20"}
                                     << "--lag must be an integer in 1..19 for timesteps 20 (got 20)";
    QTest::newRow("lag 50 in windows of 50") << QStringList{"--signal", "echo", "--lag", "50", "--timesteps", "50"}
                                             << "--lag must be an integer in 1..49 for timesteps 50 (got 50)";
    QTest::newRow("the default lag 10 in windows of 5") << QStringList{"--signal", "echo", "--timesteps", "5"}
                                                        << "--lag must be an integer in 1..4 for timesteps 5 (got 10)";
    QTest::newRow("lag 0") << QStringList{"--signal", "echo", "--lag", "0"} << "--lag must be an integer in 1..511 (got '0')";
    QTest::newRow("echo for the text task") << QStringList{"--task", "text", "--text", "a.txt", "--signal", "echo"}
                                            << "--signal applies only with --task sine";
    QTest::newRow("forget bias for the rnn") << QStringList{"--cell", "rnn", "--forget-bias", "1"}
                                             << "--forget-bias applies only with --cell lstm (rnn has no forget gate)";
    QTest::newRow("forget bias for the gru, even 0") << QStringList{"--forget-bias", "0", "--cell", "gru"}
                                                     << "--forget-bias applies only with --cell lstm (gru has no forget gate)";
    QTest::newRow("forget bias 6") << QStringList{"--forget-bias", "6"} << "--forget-bias must be a number in -5..5 (got '6')";
    QTest::newRow("one run to compare") << QStringList{"--compare", "cell=rnn"}
                                        << "--compare must be given 2 or 3 times, once per run (got 1)";
    QTest::newRow("four runs to compare")
        << QStringList{"--compare", "seed=1", "--compare", "seed=2", "--compare", "seed=3", "--compare", "seed=4"}
        << "--compare must be given 2 or 3 times, once per run (got 4)";
    QTest::newRow("unknown compare key") << QStringList{"--compare", "cell=rnn", "--compare", "colour=red"}
                                         << "--compare 'colour=red': unknown key 'colour' (keys: cell, units, layers, "
                                            "timesteps, dropout, forget-bias, lag, learning-rate, seed, batch-size, clip-norm)";
    QTest::newRow("compare value out of range") << QStringList{"--compare", "units=300", "--compare", "units=3"}
                                                << "--compare 'units=300': units must be an integer in 1..256 (got '300')";
    QTest::newRow("compare cell unknown") << QStringList{"--compare", "cell=lstm", "--compare", "cell=tcn"}
                                          << "--compare 'cell=tcn': cell must be one of lstm, rnn, gru (got 'tcn')";
    QTest::newRow("compare item without a value") << QStringList{"--compare", "cell", "--compare", "cell=rnn"}
                                                  << "--compare 'cell': 'cell' is not key=value (keys: cell, units";
    QTest::newRow("compare lag beyond its run's windows")
        << QStringList{"--signal", "echo", "--lag", "5", "--compare", "lag=5", "--compare", "lag=30"}
        << "--compare 'lag=30': --lag must be an integer in 1..19 for timesteps 20 (got 30)";
    QTest::newRow("compare forget bias for the rnn")
        << QStringList{"--compare", "cell=rnn,forget-bias=1", "--compare", "cell=lstm"}
        << "--compare 'cell=rnn,forget-bias=1': --forget-bias applies only with --cell lstm (rnn has no forget gate)";
    QTest::newRow("compare with resume") << QStringList{"--resume", "a.lstmlab", "--compare", "seed=1", "--compare", "seed=2"}
                                         << "--compare trains new networks: leave --resume out";
}

void TestCommandLine::badValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CommandLineResult r = parse(args);
    QVERIFY(!r.options);
    QVERIFY2(QString::fromStdString(r.error).startsWith(expected), r.error.c_str());
}

void TestCommandLine::executableExitsTwoOnBadValues_data()
{
    badValues_data();
}

void TestCommandLine::executableExitsTwoOnBadValues()
{
    const QString app = QStringLiteral(LSTMLAB_APP_PATH);
    if (app.isEmpty())
        QSKIP("the lstm-lab executable is not built in this configuration");
    QVERIFY2(QFileInfo::exists(app), "build the lstm-lab target before this test");
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QProcess process;
    process.start(app, QStringList{"--headless"} + args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QCOMPARE(err.count(QLatin1Char('\n')), 0); // one line
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void TestCommandLine::executableHelpAndVersion()
{
    const QString app = QStringLiteral(LSTMLAB_APP_PATH);
    if (app.isEmpty())
        QSKIP("the lstm-lab executable is not built in this configuration");
    QProcess process;
    process.start(app, {"--help"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *option : {"--headless", "--cell", "--units", "--layers", "--timesteps", "--dropout", "--epochs",
                               "--batch-size", "--learning-rate", "--seed", "--out"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    process.start(app, {"--version"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).startsWith(QLatin1String("lstm-lab ")));
}


// The window's launch: the stored configuration, with just the given options in its place.
void TestCommandLine::givenOptionsReplaceOnlyTheirFields()
{
    const CommandLineResult r = parse({"--units", "7", "--timesteps=9", "--shuffle", "--lang", "zh_CN"});
    QVERIFY(r.options);
    ModelConfig model;
    model.layers = 3;
    model.units = 40;
    TrainConfig train;
    train.learningRate = 0.02;
    applyGivenOptions(*r.options, model, train);
    QCOMPARE(model.units, 7);
    QCOMPARE(model.timesteps, 9);
    QCOMPARE(model.layers, 3);           // not given: the stored value
    QCOMPARE(train.learningRate, 0.02);  // not given
    QCOMPARE(train.shuffle, true);
    QVERIFY(isTrainingOption("units"));
    QVERIFY(isTrainingOption("shuffle"));
    QVERIFY(isTrainingOption("clip-norm"));
    QVERIFY(!isTrainingOption("lang"));
    QVERIFY(!isTrainingOption("out"));
    QVERIFY(!isTrainingOption("resume"));
    QVERIFY(!isTrainingOption("nonsense"));
}

// What the window stores: a given option's field keeps its saved value until the user changes it.
void TestCommandLine::savedValuesKeptWhileUnchanged()
{
    const CommandLineResult r = parse({"--units", "7", "--learning-rate", "0.01"});
    QVERIFY(r.options);
    ModelConfig saved;
    saved.units = 40;
    TrainConfig savedTrain;
    savedTrain.learningRate = 0.002;

    ModelConfig running = saved;
    TrainConfig runningTrain = savedTrain;
    applyGivenOptions(*r.options, running, runningTrain);
    ModelConfig stored = running;
    TrainConfig storedTrain = runningTrain;
    keepSavedWhereGiven(*r.options, saved, savedTrain, stored, storedTrain);
    QCOMPARE(stored, saved);
    QCOMPARE(storedTrain, savedTrain);

    // Changed in the window: units to 8 and the layers (not given) to 3 are stored; the
    // learning rate, still the command line's, is not.
    running.units = 8;
    running.layers = 3;
    stored = running;
    storedTrain = runningTrain;
    keepSavedWhereGiven(*r.options, saved, savedTrain, stored, storedTrain);
    QCOMPARE(stored.units, 8);
    QCOMPARE(stored.layers, 3);
    QCOMPARE(storedTrain.learningRate, 0.002);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
