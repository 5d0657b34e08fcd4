// HeadlessRun: trains, prints the seed's progress lines and writes loss.csv, predictions.csv
// and model.json; --resume continues from a model.json, and a session exactly.

#include "commandline.h"
#include "headlessrun.h"
#include "modelfile.h"
#include "sessionfile.h"
#include "sinesignal.h"
#include "textsessionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <memory>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace lstmlab;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::shared_ptr<const Dataset> seedData(int timesteps)
{
    return std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
}

bool sameFloats(const Vector<float> &a, const Vector<float> &b)
{
    return a.size() == b.size()
           && std::memcmp(a.data(), b.data(), sizeof(float) * std::size_t(a.size())) == 0;
}

std::string writeOrFail(const SessionData &session)
{
    std::string error;
    const std::optional<std::string> text = writeSessionJson(session, &error);
    if (!text)
        qFatal("writeSessionJson: %s", error.c_str());
    return *text;
}

// One epoch of a 5-unit model, written to dir/first: what the resume tests continue from.
std::unique_ptr<HeadlessRun> runFirstEpoch(const QTemporaryDir &dir)
{
    CommandLine options;
    options.model.units = 5;
    options.train.epochs = 1;
    options.outDir = dir.filePath(QStringLiteral("first")).toStdString();
    auto run = std::make_unique<HeadlessRun>(options);
    std::ostringstream out, err;
    if (run->run(out, err) != 0)
        return nullptr;
    return run;
}

// A small text and the options of a quick text run on it (1 layer x 16 units, 10 x 4 streams).
QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray poem()
{
    QByteArray text;
    for (int k = 0; k < 40; ++k)
        text += QByteArrayLiteral("\x1b[33m床前明月光\x1b[0m，疑是地上霜。\n举头望明月，低头思故乡。\n%\n");
    return text;
}

CommandLine textOptions(const QString &text, const QString &out, int epochs, QStringList extra = {})
{
    QStringList args{"--headless", "--task", "text", "--text", text, "--out", out, "--units", "16", "--layers", "1",
                     "--timesteps", "10", "--batch-size", "4", "--epochs", QString::number(epochs), "--sample-length", "30",
                     "--learning-rate", "0.01"};
    args += extra;
    std::vector<std::string> v;
    for (const QString &a : args)
        v.push_back(a.toStdString());
    const CommandLineResult r = parseCommandLine(v);
    if (!r.options)
        qFatal("%s", r.error.c_str());
    return *r.options;
}

} // namespace

class TestHeadlessRun : public QObject
{
    Q_OBJECT

private slots:
    void trainsAndWritesOutputs();
    void resumesFromModelFile();
    void resumedSessionTakesNewRatesButNotANewStructure_data();
    void resumedSessionTakesNewRatesButNotANewStructure();
    void badResumeFileIsRefused();
    void unwritableOutputFolderIsReported();
    void resumedSessionContinuesExactly();
    void resumeOfAnotherWidthIsRefused_data();
    void resumeOfAnotherWidthIsRefused();
    void stoppedRunWritesItsFolder_data();
    void stoppedRunWritesItsFolder();
    void secondStopExitsAtOnce();
    void outputFolderIsCheckedBeforeTraining();
    void secondRunKeepsTheFirstAsPrevious();
    void foreignSignalIdIsPrintedEscaped();
    void clearlyFailingRunExitsOne();
    void textTaskWritesItsFiles();
    void textSessionResumesExactly_data();
    void textSessionResumesExactly();
    void badTextIsRefused_data();
    void badTextIsRefused();
    void stoppedTextRunWritesItsFolder();
    void otherCellsTrainWriteAndResume_data();
    void otherCellsTrainWriteAndResume();
    void echoRunKeepsItsLagAndResumes();
    void forgetBiasRunIsWrittenAndKept();
};

void TestHeadlessRun::trainsAndWritesOutputs()
{
    QTemporaryDir dir;
    CommandLine options;
    options.headless = true;
    options.model.units = 8;
    options.train.epochs = 2;
    options.outDir = dir.path().toStdString();
    HeadlessRun run(options);
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::Success));
    const QString printed = QString::fromStdString(out.str());
    QVERIFY2(printed.contains(QLatin1String("Epochs:0/2 Iteration:100 Train loss: ")), qPrintable(printed));
    QVERIFY(printed.contains(QLatin1String("Epoch 2/2 done")));
    QVERIFY(printed.contains(QLatin1String("test MSE")));

    const QStringList loss = readLines(dir.filePath(QStringLiteral("loss.csv")));
    QCOMPARE(loss.first(), QStringLiteral("step,epoch,train_loss,test_mse"));
    QCOMPARE(loss.size(), 1 + 2 * 156);
    QVERIFY(!loss[156].endsWith(QLatin1Char(','))); // the epoch's last step carries the test MSE
    QVERIFY(loss[155].endsWith(QLatin1Char(',')));

    const QStringList predictions = readLines(dir.filePath(QStringLiteral("predictions.csv")));
    QCOMPARE(predictions.first(), QStringLiteral("x,real,predicted"));
    QCOMPARE(predictions.size(), 1 + 979);
    const QStringList first = predictions[1].split(QLatin1Char(','));
    QCOMPARE(first.size(), 3);
    QVERIFY(qAbs(first[0].toDouble() - (100.0 + 20 * 10.0 / 999.0)) < 1e-9);
    QVERIFY(qAbs(first[1].toDouble() - std::sin(first[0].toDouble())) < 1e-6);

    // layer,t,dh_norm,dc_norm for both layers and every step; dc_norm filled for the LSTM
    const QStringList gradients = readLines(dir.filePath(QStringLiteral("gradients.csv")));
    QCOMPARE(gradients.first(), QStringLiteral("layer,t,dh_norm,dc_norm"));
    QCOMPARE(gradients.size(), 1 + 2 * 20);
    const QStringList output = gradients[2 * 20].split(QLatin1Char(','));
    QCOMPARE(output.size(), 4);
    QCOMPARE(output[0], QStringLiteral("1"));
    QCOMPARE(output[1], QStringLiteral("19"));
    QVERIFY(output[2].toDouble() > 0.0); // the head reads the top layer's last step
    QVERIFY(output[3].toDouble() > 0.0);

    const ModelReadResult model = loadModelFile(dir.filePath(QStringLiteral("model.json")).toStdString());
    QVERIFY2(model.model, model.error.c_str());
    QCOMPARE(model.model->config.units, 8);
    QCOMPARE(model.model->progress.steps, 312LL);
    QVERIFY(model.model->parameters == run.trainer()->network().parameters());
}

void TestHeadlessRun::resumesFromModelFile()
{
    QTemporaryDir dir;
    const std::unique_ptr<HeadlessRun> first = runFirstEpoch(dir);
    QVERIFY(first);
    std::ostringstream out, err;

    CommandLine resumed;
    resumed.train.epochs = 1;
    resumed.resumeFile = dir.filePath(QStringLiteral("first/model.json")).toStdString();
    resumed.outDir = dir.filePath(QStringLiteral("second")).toStdString();
    HeadlessRun second(resumed);
    QVERIFY2(second.prepare(), second.error().c_str());
    QCOMPARE(second.trainer()->modelConfig().units, 5); // the file's structure wins
    QVERIFY(second.trainer()->network().parameters() == first->trainer()->network().parameters());
    QCOMPARE(second.run(out, err), 0);
    QCOMPARE(second.trainer()->stepCount(), 2 * 156LL);
}

void TestHeadlessRun::resumedSessionTakesNewRatesButNotANewStructure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // empty: it resumes
    QTest::newRow("as saved") << QStringList{} << "";
    QTest::newRow("new learning rate, dropout and clipping")
        << QStringList{"--learning-rate", "0.005", "--dropout", "0.2", "--clip-norm", "1.5"} << "";
    QTest::newRow("units") << QStringList{"--units", "8"} << "--units: ";
    QTest::newRow("cell") << QStringList{"--cell", "gru"} << "--cell: ";
    QTest::newRow("timesteps") << QStringList{"--timesteps", "30"} << "--timesteps: ";
    QTest::newRow("batch size") << QStringList{"--batch-size", "32"} << "--batch-size: ";
    QTest::newRow("seed") << QStringList{"--seed", "7"} << "--seed: ";
    QTest::newRow("shuffle") << QStringList{"--shuffle"} << "--shuffle: ";
}

// The session fixes what an exact continuation needs; what the window lets a learner change
// while training (learning rate, dropout, clipping) may be given again, and is used.
void TestHeadlessRun::resumedSessionTakesNewRatesButNotANewStructure()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const std::unique_ptr<HeadlessRun> first = runFirstEpoch(dir);
    QVERIFY(first);
    std::ostringstream out, err;

    std::vector<std::string> argv{"--headless", "--epochs", "2", "--resume",
                                  dir.filePath(QStringLiteral("first/session.lstmlab")).toStdString(), "--out",
                                  dir.filePath(QStringLiteral("second")).toStdString()};
    for (const QString &arg : std::as_const(args))
        argv.push_back(arg.toStdString());
    const CommandLineResult parsed = parseCommandLine(argv);
    QVERIFY2(parsed.options, parsed.error.c_str());
    HeadlessRun second(*parsed.options);
    const bool prepared = second.prepare();
    if (!error.isEmpty()) {
        QVERIFY(!prepared);
        QVERIFY2(QString::fromStdString(second.error()).startsWith(error), second.error().c_str());
        QVERIFY(QString::fromStdString(second.error()).contains(QStringLiteral("session.lstmlab fixes")));
        return;
    }
    QVERIFY2(prepared, second.error().c_str());
    QCOMPARE(second.trainer()->stepCount(), 156LL);
    const bool changed = !args.isEmpty();
    QCOMPARE(second.trainer()->learningRate(), changed ? 0.005 : first->trainer()->learningRate());
    QCOMPARE(second.trainer()->dropout(), changed ? 0.2 : 0.0);
    QCOMPARE(second.trainer()->trainConfig().clipNorm, changed ? 1.5 : 0.0);
    QCOMPARE(second.run(out, err), 0);
    QCOMPARE(second.trainer()->stepCount(), 2 * 156LL);
}

void TestHeadlessRun::badResumeFileIsRefused()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"lstm-lab-model\", \"version\": 1, \"config\": ");
    broken.close();
    CommandLine options;
    options.resumeFile = broken.fileName().toStdString();
    HeadlessRun run(options);
    QVERIFY(!run.prepare());
    QVERIFY2(QString::fromStdString(run.error()).contains(QLatin1String("broken.json")), run.error().c_str());
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::BadInput));
}

void TestHeadlessRun::unwritableOutputFolderIsReported()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    CommandLine options;
    options.model.units = 2;
    options.train.epochs = 1;
    options.outDir = dir.filePath(QStringLiteral("a-file/inside")).toStdString();
    HeadlessRun run(options);
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::WriteFailed));
    QVERIFY(QString::fromStdString(err.str()).contains(QLatin1String("a-file/inside")));
}

void TestHeadlessRun::resumedSessionContinuesExactly()
{
    QTemporaryDir dir;
    CommandLine options;
    options.model.units = 5;
    options.model.timesteps = 8;
    options.model.dropout = 0.2;
    options.train.batchSize = 1000;
    options.train.shuffle = true;
    options.train.seed = 3;
    options.train.epochs = 2;
    options.outDir = dir.filePath(QStringLiteral("whole")).toStdString();
    HeadlessRun whole(options);
    std::ostringstream out, err;
    QCOMPARE(whole.run(out, err), int(HeadlessRun::Success));
    QCOMPARE(whole.trainer()->stepCount(), 20LL);

    // The same run stopped after 13 steps (epoch 1, batch 3) and saved as a session.
    constexpr int before = 13;
    Trainer stopped(options.model, options.train, seedData(options.model.timesteps));
    SessionData session;
    {
        StepReport report;
        std::vector<HistoryPoint> loss, test;
        for (int k = 0; k < before; ++k) {
            QVERIFY(stopped.step(&report));
            loss.push_back({report.step, report.loss});
            if (report.epochCompleted)
                test.push_back({report.step, stopped.lastEpoch().testMse});
        }
        session = captureSession(stopped);
        session.lossHistory = loss;
        session.testMseHistory = test;
    }
    const std::string path = dir.filePath(QStringLiteral("stopped.lstmlab")).toStdString();
    std::string error;
    QVERIFY2(saveSessionFile(path, session, &error), error.c_str());

    CommandLine resume;  // everything else comes from the session
    resume.train.epochs = 2;
    resume.resumeFile = path;
    resume.outDir = dir.filePath(QStringLiteral("resumed")).toStdString();
    HeadlessRun resumed(resume);
    QVERIFY2(resumed.prepare(), resumed.error().c_str());
    QCOMPARE(resumed.trainer()->stepCount(), (long long)before);
    QCOMPARE(resumed.trainer()->modelConfig().units, 5);
    QVERIFY(resumed.trainer()->trainConfig().shuffle);
    std::ostringstream out2;
    QCOMPARE(resumed.run(out2, err), int(HeadlessRun::Success));
    QVERIFY2(QString::fromStdString(out2.str()).contains(QLatin1String("Continuing from step 13 (epoch 1, batch 3)")),
             out2.str().c_str());
    QCOMPARE(resumed.trainer()->stepCount(), 20LL);
    QVERIFY(sameFloats(resumed.trainer()->network().parameters(), whole.trainer()->network().parameters()));

    // The resumed run's steps are the uninterrupted run's last seven, bit for bit, test MSE too.
    QCOMPARE(int(resumed.history().size()), 20 - before);
    for (std::size_t k = 0; k < resumed.history().size(); ++k) {
        const LossRecord &a = resumed.history()[k];
        const LossRecord &b = whole.history()[k + before];
        QCOMPARE(a.step, b.step);
        QCOMPARE(a.epoch, b.epoch);
        QCOMPARE(a.trainLoss, b.trainLoss);
        QCOMPARE(a.testMse, b.testMse);
    }
    auto readFile = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QList<QByteArray> wholeCsv = readFile(dir.filePath(QStringLiteral("whole/loss.csv"))).split('\n');
    const QList<QByteArray> resumedCsv = readFile(dir.filePath(QStringLiteral("resumed/loss.csv"))).split('\n');
    QCOMPARE(resumedCsv.mid(1), wholeCsv.mid(1 + before));

    // Both runs write a session; the resumed one carries the whole history and equals the other.
    const SessionReadResult a = loadSessionFile(dir.filePath(QStringLiteral("whole/session.lstmlab")).toStdString());
    const SessionReadResult b = loadSessionFile(dir.filePath(QStringLiteral("resumed/session.lstmlab")).toStdString());
    QVERIFY2(a.session, a.error.c_str());
    QVERIFY2(b.session, b.error.c_str());
    QCOMPARE(int(b.session->lossHistory.size()), 20);
    QVERIFY(a.session->lossHistory == b.session->lossHistory);
    QVERIFY(a.session->testMseHistory == b.session->testMseHistory);
    QCOMPARE(int(b.session->testMseHistory.size()), 2);
    QCOMPARE(writeOrFail(*a.session), writeOrFail(*b.session));

    // A session on a signal the headless mode cannot build (a noisy one) is refused by name.
    session.signal = {"square", "{\"frequency\": 2, \"noise\": 0.1}"};
    QVERIFY(saveSessionFile(path, session, &error));
    HeadlessRun square(resume);
    QVERIFY(!square.prepare());
    QVERIFY2(QString::fromStdString(square.error()).contains(QLatin1String("\"square\"")), square.error().c_str());
    // And --epochs below the epochs already done is refused, not silently ignored.
    session.signal = SignalChoice();
    session.state.epoch = 2;
    QVERIFY(saveSessionFile(path, session, &error));
    resume.train.epochs = 1;
    HeadlessRun tooFew(resume);
    QVERIFY(!tooFew.prepare());
    QVERIFY2(QString::fromStdString(tooFew.error()).contains(QLatin1String("has done 2 epochs already")),
             tooFew.error().c_str());
}

// --signal echo --lag K: the labels are the samples K steps back, predictions.csv pairs each
// with its x, the session names the signal with its lag and resumes on the same data.
void TestHeadlessRun::echoRunKeepsItsLagAndResumes()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first"));
    const CommandLineResult parsed = parseCommandLine({"--headless", "--signal", "echo", "--lag", "7", "--timesteps", "9",
                                                       "--units", "4", "--layers", "1", "--epochs", "1", "--out",
                                                       first.toStdString()});
    QVERIFY2(parsed.options, parsed.error.c_str());
    HeadlessRun run(*parsed.options);
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::Success));
    QVERIFY2(QString::fromStdString(out.str()).contains(QStringLiteral("signal echo, lag 7")), out.str().c_str());
    const Dataset &data = run.trainer()->dataset();
    QCOMPARE(data.lag(), 7);
    const QStringList predictions = readLines(first + QStringLiteral("/predictions.csv"));
    QCOMPARE(predictions.size(), 1 + data.test().size());
    const QStringList row = predictions[1].split(QLatin1Char(','));
    QCOMPARE(row[0].toDouble(), data.test().x[9 - 1 - 7]);          // where the recalled sample lies
    QCOMPARE(row[1].toFloat(), data.test().series[9 - 1 - 7]);      // and its value

    const SessionReadResult session = loadSessionFile((first + QStringLiteral("/session.lstmlab")).toStdString());
    QVERIFY2(session.session, session.error.c_str());
    QCOMPARE(session.session->signal.id, std::string("echo"));
    QCOMPARE(session.session->signal.parametersJson, std::string("{\"lag\": 7}"));

    const CommandLineResult resumed = parseCommandLine(
        {"--headless", "--epochs", "2", "--resume", (first + QStringLiteral("/session.lstmlab")).toStdString(), "--out",
         dir.filePath(QStringLiteral("second")).toStdString()});
    QVERIFY2(resumed.options, resumed.error.c_str());
    HeadlessRun second(*resumed.options);
    QVERIFY2(second.prepare(), second.error().c_str());
    QCOMPARE(second.trainer()->dataset().lag(), 7);
    QVERIFY(second.trainer()->dataset().test().labels == data.test().labels);
    // The session fixes the signal.
    const CommandLineResult withLag = parseCommandLine(
        {"--headless", "--signal", "echo", "--lag", "3", "--resume", (first + QStringLiteral("/session.lstmlab")).toStdString()});
    QVERIFY2(withLag.options, withLag.error.c_str());
    HeadlessRun refused(*withLag.options);
    QVERIFY(!refused.prepare());
    QVERIFY2(refused.error().find("fixes the signal it learns") != std::string::npos, refused.error().c_str());
}

// --forget-bias 1: the run starts from b_ih's forget rows at 1 and b_hh's at 0, and its files
// keep the setting.
void TestHeadlessRun::forgetBiasRunIsWrittenAndKept()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first"));
    const CommandLineResult parsed = parseCommandLine({"--headless", "--forget-bias", "1", "--units", "3", "--layers", "2",
                                                       "--epochs", "0", "--out", first.toStdString()});
    QVERIFY2(parsed.options, parsed.error.c_str());
    HeadlessRun run(*parsed.options);
    QVERIFY2(run.prepare(), run.error().c_str());
    const Network<float> &network = run.trainer()->network();
    for (int l = 0; l < 2; ++l)
        for (int r = 3; r < 6; ++r) {
            QCOMPARE(network.layer(l).bih()[r], 1.0f);
            QCOMPARE(network.layer(l).bhh()[r], 0.0f);
        }
    HeadlessRun::requestStop(SIGINT); // --epochs 0 trains until stopped: stop at once
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), 128 + SIGINT);
    HeadlessRun::clearStopRequest();
    QVERIFY2(QString::fromStdString(out.str()).contains(QStringLiteral("forget bias 1")), out.str().c_str());
    const ModelReadResult model = loadModelFile((first + QStringLiteral("/model.json")).toStdString());
    QVERIFY2(model.model, model.error.c_str());
    QCOMPARE(model.model->config.forgetBias, 1.0);
    const SessionReadResult session = loadSessionFile((first + QStringLiteral("/session.lstmlab")).toStdString());
    QVERIFY2(session.session, session.error.c_str());
    QCOMPARE(session.session->model.forgetBias, 1.0);
}

QTEST_GUILESS_MAIN(TestHeadlessRun)
// The data has one value in and one out per time step: a file of another width is refused
// before training instead of reading past the labels.
void TestHeadlessRun::resumeOfAnotherWidthIsRefused_data()
{
    QTest::addColumn<bool>("asSession");
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("outputSize");
    QTest::newRow("model.json, input_size 2") << false << 2 << 1;
    QTest::newRow("model.json, output_size 3") << false << 1 << 3;
    QTest::newRow("session, input_size 2") << true << 2 << 1;
    QTest::newRow("session, output_size 3") << true << 1 << 3;
}

void TestHeadlessRun::resumeOfAnotherWidthIsRefused()
{
    QFETCH(bool, asSession);
    QFETCH(int, inputSize);
    QFETCH(int, outputSize);
    QTemporaryDir dir;
    const std::unique_ptr<HeadlessRun> first = runFirstEpoch(dir);
    QVERIFY(first);
    SessionReadResult read = loadSessionFile(dir.filePath(QStringLiteral("first/session.lstmlab")).toStdString());
    QVERIFY2(read.session, read.error.c_str());
    SessionData session = *read.session;
    session.model.inputSize = inputSize;
    session.model.outputSize = outputSize;
    const Eigen::Index n = Network<float>::parameterCount(session.model);
    session.state.parameters = Vector<float>::Constant(n, 0.1f);
    session.state.adamFirstMoment = Vector<float>::Zero(n);
    session.state.adamSecondMoment = Vector<float>::Zero(n);
    const std::string path = dir.filePath(QStringLiteral("wide.json")).toStdString();
    std::string error;
    if (asSession) {
        QVERIFY2(saveSessionFile(path, session, &error), error.c_str());
    } else {
        const ModelData model{session.model, session.state.parameters, {156, 1, -1.0}};
        QVERIFY2(saveModelFile(path, model, &error), error.c_str());
    }
    CommandLine options;
    options.train.epochs = 2;
    options.resumeFile = path;
    options.outDir = dir.filePath(QStringLiteral("second")).toStdString();
    HeadlessRun run(options);
    QVERIFY(!run.prepare());
    QVERIFY2(QString::fromStdString(run.error()).contains(QLatin1String("input_size and output_size must be 1")),
             run.error().c_str());
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::BadInput));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("second"))).exists());
}

// Ctrl-C or SIGTERM during an endless run (--epochs 0): training stops after the current step,
// the whole folder is written (a session that resumes), and the status says which signal.
void TestHeadlessRun::stoppedRunWritesItsFolder_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("status");
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestHeadlessRun::stoppedRunWritesItsFolder()
{
    QFETCH(int, signal);
    QFETCH(int, status);
    QTemporaryDir dir;
    CommandLine options;
    options.model.units = 3;
    options.train.epochs = 0; // until stopped
    options.outDir = dir.filePath(QStringLiteral("run")).toStdString();
    HeadlessRun run(options);
    QVERIFY(run.prepare());
    // An endless run: any moment is a fine one to stop it.
    std::thread stopper([signal] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        HeadlessRun::requestStop(signal);
    });
    std::ostringstream out, err;
    const int code = run.run(out, err);
    stopper.join();
    HeadlessRun::clearStopRequest();
    QCOMPARE(code, status);
    QVERIFY2(QString::fromStdString(err.str()).contains(QLatin1String("resume with --resume")), err.str().c_str());
    const long long steps = run.trainer()->stepCount();
    QVERIFY(steps > 0);
    QCOMPARE(readLines(dir.filePath(QStringLiteral("run/loss.csv"))).size(), int(1 + steps));
    const SessionReadResult session = loadSessionFile(dir.filePath(QStringLiteral("run/session.lstmlab")).toStdString());
    QVERIFY2(session.session, session.error.c_str());
    QCOMPARE(session.session->state.step, steps);
    QVERIFY(loadModelFile(dir.filePath(QStringLiteral("run/model.json")).toStdString()).model);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("run")});
}

void TestHeadlessRun::secondStopExitsAtOnce()
{
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        HeadlessRun::clearStopRequest();
        HeadlessRun::requestStop(SIGINT);
        HeadlessRun::requestStop(SIGINT);
        ::_exit(0); // not reached
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 130);
}

// A folder that cannot be written, or that holds other files, is found before training.
void TestHeadlessRun::outputFolderIsCheckedBeforeTraining()
{
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("mine/notes.txt")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("mine")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile aFile(file);
    QVERIFY(aFile.open(QIODevice::WriteOnly));
    aFile.close();
    const std::pair<QString, int> cases[] = {
        {QStringLiteral("/proc"), HeadlessRun::BadInput},
        {dir.filePath(QStringLiteral("mine")), HeadlessRun::BadInput},
        {dir.filePath(QStringLiteral("a-file/inside")), HeadlessRun::WriteFailed},
        {file, HeadlessRun::BadInput},
    };
    for (const auto &[outDir, status] : cases) {
        CommandLine options;
        options.model.units = 2;
        options.train.epochs = 50;
        options.outDir = outDir.toStdString();
        HeadlessRun run(options);
        std::ostringstream out, err;
        QCOMPARE(run.run(out, err), status);
        QVERIFY2(QString::fromStdString(err.str()).contains(outDir), err.str().c_str());
        QCOMPARE(run.trainer()->stepCount(), 0LL);
        QVERIFY2(out.str().find("Epoch") == std::string::npos, out.str().c_str());
    }
    QVERIFY(notes.exists());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("a-file"), QStringLiteral("mine")}));
}

// The folder is written as a whole: a second run into it keeps the first as DIR.previous, and
// temporaries of runs that died are removed.
void TestHeadlessRun::secondRunKeepsTheFirstAsPrevious()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("run"));
    const auto runEpochs = [&](int epochs) {
        CommandLine options;
        options.model.units = 2;
        options.train.epochs = epochs;
        options.outDir = target.toStdString();
        HeadlessRun run(options);
        std::ostringstream out, err;
        return run.run(out, err);
    };
    QCOMPARE(runEpochs(2), 0);
    // A run that was killed left its temporary folder, and a file's temporary in the output.
    const pid_t gone = ::fork();
    if (gone == 0)
        ::_exit(0);
    QCOMPARE(::waitpid(gone, nullptr, 0), gone);
    const QString stale = target + QStringLiteral(".tmp-") + QString::number(gone);
    QVERIFY(QDir().mkpath(stale));
    QFile leftover(target + QStringLiteral("/model.json.tmp-123"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();

    QCOMPARE(runEpochs(1), 0);
    const auto steps = [](const QString &folder) {
        const SessionReadResult read = loadSessionFile((folder + QStringLiteral("/session.lstmlab")).toStdString());
        return read.session ? read.session->state.step : -1LL;
    };
    QCOMPARE(steps(target), 156LL);
    QCOMPARE(steps(target + QStringLiteral(".previous")), 2 * 156LL);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("run"), QStringLiteral("run.previous")}));
    QCOMPARE(readLines(target + QStringLiteral("/loss.csv")).size(), 1 + 156);
}

void TestHeadlessRun::foreignSignalIdIsPrintedEscaped()
{
    QTemporaryDir dir;
    const std::unique_ptr<HeadlessRun> first = runFirstEpoch(dir);
    QVERIFY(first);
    SessionReadResult read = loadSessionFile(dir.filePath(QStringLiteral("first/session.lstmlab")).toStdString());
    QVERIFY2(read.session, read.error.c_str());
    read.session->signal.id = "\x1b[31mred\x1b[0m";
    const std::string path = dir.filePath(QStringLiteral("coloured.lstmlab")).toStdString();
    std::string error;
    QVERIFY2(saveSessionFile(path, *read.session, &error), error.c_str());
    CommandLine options;
    options.resumeFile = path;
    HeadlessRun run(options);
    QVERIFY(!run.prepare());
    QVERIFY2(run.error().find('\x1b') == std::string::npos, run.error().c_str());
    QVERIFY2(run.error().find("\"\\x1b[31mred\\x1b[0m\"") != std::string::npos, run.error().c_str());
}

// The highest learning rate the command line takes ruins the network without a non-finite
// number: the run says so, with what to change, and does not exit 0.
void TestHeadlessRun::clearlyFailingRunExitsOne()
{
    QTemporaryDir dir;
    CommandLine options;
    options.train.learningRate = 10.0;
    options.train.epochs = 2;
    options.outDir = dir.filePath(QStringLiteral("run")).toStdString();
    HeadlessRun run(options);
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::Diverged));
    qInfo("%s", err.str().c_str());
    QVERIFY2(QString::fromStdString(err.str()).contains(QLatin1String("Lower the learning rate")), err.str().c_str());
    QVERIFY(loadSessionFile(dir.filePath(QStringLiteral("run/session.lstmlab")).toStdString()).session);
}

void TestHeadlessRun::textTaskWritesItsFiles()
{
    QTemporaryDir dir;
    const QString text = writeText(dir, QStringLiteral("poem.txt"), poem());
    HeadlessRun run(textOptions(text, dir.filePath(QStringLiteral("out")), 2));
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::Success));
    QVERIFY(run.textRun() && !run.trainer());
    const TextTrainer &trainer = *run.textRun()->trainer();
    const QString printed = QString::fromStdString(out.str());
    QVERIFY2(printed.contains(QLatin1String("Epoch: 1/2...  Training Step: 1...  Training loss: ")), qPrintable(printed));
    QVERIFY2(printed.contains(QLatin1String("Epoch 2/2 done")), qPrintable(printed));
    QVERIFY(printed.contains(QLatin1String("bits/char")));

    const int V = trainer.corpus().vocabularySize();
    QCOMPARE(V, 21); // the ANSI escapes are gone: 17 distinct characters, the comma and stop, % and the newline
    const int batches = trainer.batchesPerEpoch();
    const QStringList loss = readLines(dir.filePath(QStringLiteral("out/loss.csv")));
    QCOMPARE(loss.first(), QStringLiteral("step,epoch,train_loss,validation_bits_per_char"));
    QCOMPARE(loss.size(), 1 + 2 * batches);
    QVERIFY(loss[batches - 1].endsWith(QLatin1Char(',')));
    QVERIFY(!loss[batches].endsWith(QLatin1Char(',')));

    QFile samplesFile(dir.filePath(QStringLiteral("out/samples.txt")));
    QVERIFY(samplesFile.open(QIODevice::ReadOnly));
    const QString samples = QString::fromUtf8(samplesFile.readAll());
    QVERIFY2(samples.startsWith(QStringLiteral("Epoch 1:\n床")), qPrintable(samples));
    QVERIFY(samples.contains(QStringLiteral("\nEpoch 2:\n床")));

    QFile modelFile(dir.filePath(QStringLiteral("out/model.json")));
    QVERIFY(modelFile.open(QIODevice::ReadOnly));
    const QJsonObject model = QJsonDocument::fromJson(modelFile.readAll()).object();
    const QJsonObject config = model[QStringLiteral("config")].toObject();
    QCOMPARE(config[QStringLiteral("task")].toString(), QStringLiteral("text"));
    QCOMPARE(config[QStringLiteral("input_size")].toInt(), V);
    const QJsonArray vocab = model[QStringLiteral("vocab")].toArray();
    QCOMPARE(vocab.size(), V);
    QCOMPARE(vocab[0].toString(), QStringLiteral("床"));
    const QJsonObject tensors = model[QStringLiteral("tensors")].toObject();
    QCOMPARE(tensors[QStringLiteral("weight_ih_l0")].toObject()[QStringLiteral("shape")].toArray(), (QJsonArray{64, V}));
    QCOMPARE(tensors[QStringLiteral("head.weight")].toObject()[QStringLiteral("shape")].toArray(), (QJsonArray{V, 16}));
    QCOMPARE(tensors[QStringLiteral("head.bias")].toObject()[QStringLiteral("shape")].toArray(), (QJsonArray{V}));
    QCOMPARE(model[QStringLiteral("training")].toObject()[QStringLiteral("validation_bits_per_char")].toDouble(),
             trainer.lastEpoch().validationBitsPerChar);
    QVERIFY(trainer.lastEpoch().validationBitsPerChar < trainer.corpus().unigramBitsPerChar());

    // A priming text with a symbol the text lacks is refused before training.
    HeadlessRun badPrime(textOptions(text, dir.filePath(QStringLiteral("prime")), 1, {"--prime", "床前x"}));
    std::ostringstream primeOut, primeErr;
    QCOMPARE(badPrime.run(primeOut, primeErr), int(HeadlessRun::BadInput));
    QVERIFY2(primeErr.str().find("--prime: the symbol \"x\" is not in the vocabulary") != std::string::npos,
             primeErr.str().c_str());
}

void TestHeadlessRun::textSessionResumesExactly_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("lstm") << QStringLiteral("lstm");
    QTest::newRow("gru") << QStringLiteral("gru");
    QTest::newRow("rnn") << QStringLiteral("rnn");
}

void TestHeadlessRun::textSessionResumesExactly()
{
    QFETCH(QString, cell);
    QTemporaryDir dir;
    const QString text = writeText(dir, QStringLiteral("poem.txt"), poem());
    std::ostringstream out, err;
    HeadlessRun straight(textOptions(text, dir.filePath(QStringLiteral("straight")), 3, {"--dropout", "0.3", "--cell", cell}));
    QCOMPARE(straight.run(out, err), 0);
    QVERIFY2(QString::fromStdString(out.str()).contains(QStringLiteral("1 %1 layer(s) x 16 units").arg(cell)),
             out.str().c_str());
    HeadlessRun first(textOptions(text, dir.filePath(QStringLiteral("first")), 2, {"--dropout", "0.3", "--cell", cell}));
    QCOMPARE(first.run(out, err), 0);
    QCOMPARE(int(first.textRun()->trainer()->network().cell()), int(*cellFromName(cell.toStdString())));
    QFile model(dir.filePath(QStringLiteral("first/model.json")));
    QVERIFY(model.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(model.readAll()).object()[QStringLiteral("config")].toObject()[QStringLiteral("cell")].toString(),
             cell);

    const std::vector<std::string> args{"--headless", "--task", "text", "--epochs", "3", "--sample-length", "30",
                                        "--resume", dir.filePath(QStringLiteral("first/session.lstmlab")).toStdString(),
                                        "--out", dir.filePath(QStringLiteral("second")).toStdString()};
    const CommandLineResult parsed = parseCommandLine(args);
    QVERIFY2(parsed.options, parsed.error.c_str());
    HeadlessRun second(*parsed.options);
    std::ostringstream secondErr;
    QVERIFY2(second.run(out, secondErr) == 0, secondErr.str().c_str());
    const TextTrainer &a = *straight.textRun()->trainer(), &b = *second.textRun()->trainer();
    QCOMPARE(b.stepCount(), a.stepCount());
    QVERIFY(sameFloats(a.network().parameters(), b.network().parameters()));
    QCOMPARE(readLines(dir.filePath(QStringLiteral("second/samples.txt"))),
             readLines(dir.filePath(QStringLiteral("straight/samples.txt"))));

    std::vector<std::string> withUnits = args;
    withUnits.insert(withUnits.end(), {"--units", "8"});
    HeadlessRun refused(*parseCommandLine(withUnits).options);
    QVERIFY(!refused.prepare());
    QVERIFY2(refused.error().starts_with("--units: "), refused.error().c_str());
    std::vector<std::string> withCell = args; // the session keeps its cell
    withCell.insert(withCell.end(), {"--cell", cell == QLatin1String("gru") ? "rnn" : "gru"});
    HeadlessRun otherCell(*parseCommandLine(withCell).options);
    QVERIFY(!otherCell.prepare());
    QVERIFY2(otherCell.error().starts_with("--cell: "), otherCell.error().c_str());

    std::vector<std::string> otherText = args; // the session's vocabulary must be the text's
    otherText.insert(otherText.end(), {"--text", writeText(dir, QStringLiteral("other.txt"), QByteArray("abcdefg").repeated(300)).toStdString()});
    HeadlessRun otherVocabulary(*parseCommandLine(otherText).options);
    QVERIFY(!otherVocabulary.prepare());
    QVERIFY2(otherVocabulary.error().find("another vocabulary") != std::string::npos, otherVocabulary.error().c_str());

    CommandLine sine; // the sine run names what the file is
    sine.resumeFile = dir.filePath(QStringLiteral("first/session.lstmlab")).toStdString();
    HeadlessRun wrongTask(sine);
    QVERIFY(!wrongTask.prepare());
    QVERIFY2(wrongTask.error().find("resume it with --task text") != std::string::npos, wrongTask.error().c_str());
}

void TestHeadlessRun::badTextIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << "the text is empty";
    QTest::newRow("binary file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << "a NUL byte at byte 7: this looks like a binary file";
    QTest::newRow("invalid UTF-8") << QByteArray("abc\xff\xfe def") << "invalid UTF-8 at byte 3";
    QTest::newRow("one distinct character") << QByteArray(5000, 'a') << "a single distinct symbol";
    QTest::newRow("shorter than timesteps x batch size")
        << QByteArray("abcdefghij").repeated(100) << "fewer than one batch of timesteps x batch size = 50 x 32 = 1600";
    QByteArray many;
    for (char32_t c = 0x4e00; c < 0x4e00 + 10001; ++c)
        many += QString::fromUcs4(&c, 1).toUtf8();
    QTest::newRow("more than 10,000 symbols") << many << "more than the limit of 10000";
    QTest::newRow("missing file") << QByteArray("(none)") << "cannot open the file";
}

void TestHeadlessRun::badTextIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString text = bytes == "(none)" ? dir.filePath(QStringLiteral("missing.txt"))
                                           : writeText(dir, QStringLiteral("text.txt"), bytes);
    const std::vector<std::string> args{"--headless", "--task", "text", "--text", text.toStdString(), "--out",
                                        dir.filePath(QStringLiteral("out")).toStdString()};
    HeadlessRun run(*parseCommandLine(args).options); // the text defaults: 50 steps x 32 streams
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::BadInput));
    const QString message = QString::fromStdString(err.str());
    QVERIFY2(message.startsWith(QStringLiteral("lstm-lab: ") + text + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

void TestHeadlessRun::stoppedTextRunWritesItsFolder()
{
    QTemporaryDir dir;
    const QString text = writeText(dir, QStringLiteral("poem.txt"), poem());
    HeadlessRun run(textOptions(text, dir.filePath(QStringLiteral("run")), 0)); // until stopped
    QVERIFY(run.prepare());
    std::thread stopper([] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        HeadlessRun::requestStop(SIGINT);
    });
    std::ostringstream out, err;
    const int code = run.run(out, err);
    stopper.join();
    HeadlessRun::clearStopRequest();
    QCOMPARE(code, int(HeadlessRun::Interrupted));
    QVERIFY2(QString::fromStdString(err.str()).contains(QLatin1String("resume with --task text --resume")), err.str().c_str());
    const long long steps = run.textRun()->trainer()->stepCount();
    QVERIFY(steps > 0);
    QCOMPARE(readLines(dir.filePath(QStringLiteral("run/loss.csv"))).size(), int(1 + steps));
    const TextSessionReadResult session = loadTextSessionFile(dir.filePath(QStringLiteral("run/session.lstmlab")).toStdString());
    QVERIFY2(session.session, session.error.c_str());
    QCOMPARE(session.session->state.step, steps);
}

#include "tst_headlessrun.moc"

void TestHeadlessRun::otherCellsTrainWriteAndResume_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("rnn") << "rnn";
    QTest::newRow("gru") << "gru";
}

// --cell rnn and --cell gru: a short run prints the cell, writes it to model.json (config.cell)
// and the session, a resumed session goes on with it, and PyTorch (nn.RNN / nn.GRU + Linear +
// tanh, tests/reference/check_sine_model.py) reloads the model.json and reproduces the test
// predictions of predictions.csv to 1e-4; skipped, saying so, when torch is not importable.
void TestHeadlessRun::otherCellsTrainWriteAndResume()
{
    QFETCH(QString, cell);
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first"));
    const CommandLineResult parsed = parseCommandLine({"--headless", "--cell", cell.toStdString(), "--units", "6",
                                                       "--epochs", "1", "--out", first.toStdString()});
    QVERIFY2(parsed.options, parsed.error.c_str());
    HeadlessRun run(*parsed.options);
    std::ostringstream out, err;
    QCOMPARE(run.run(out, err), int(HeadlessRun::Success));
    const QString printed = QString::fromStdString(out.str());
    QVERIFY2(printed.contains(QStringLiteral("2 %1 layer(s) x 6 units").arg(cell)), qPrintable(printed));
    // gradients.csv: no cell state, so dc_norm stays empty
    const QStringList gradients = readLines(first + QStringLiteral("/gradients.csv"));
    QCOMPARE(gradients.size(), 1 + 2 * 20);
    QVERIFY2(gradients[2 * 20].endsWith(QLatin1Char(',')), qPrintable(gradients[2 * 20]));
    QVERIFY(gradients[2 * 20].split(QLatin1Char(','))[2].toDouble() > 0.0);

    QFile json(first + QStringLiteral("/model.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject config = QJsonDocument::fromJson(json.readAll()).object()[QStringLiteral("config")].toObject();
    QCOMPARE(config[QStringLiteral("cell")].toString(), cell);
    const ModelReadResult model = loadModelFile((first + QStringLiteral("/model.json")).toStdString());
    QVERIFY2(model.model, model.error.c_str());
    QCOMPARE(cellName(model.model->config.cell), cell.toStdString());
    QVERIFY(model.model->parameters == run.trainer()->network().parameters());

    const CommandLineResult resumed = parseCommandLine(
        {"--headless", "--epochs", "2", "--resume", (first + QStringLiteral("/session.lstmlab")).toStdString(), "--out",
         dir.filePath(QStringLiteral("second")).toStdString()});
    QVERIFY2(resumed.options, resumed.error.c_str());
    HeadlessRun second(*resumed.options);
    QVERIFY2(second.prepare(), second.error().c_str());
    QCOMPARE(cellName(second.trainer()->modelConfig().cell), cell.toStdString());
    QVERIFY(second.trainer()->network().parameters() == run.trainer()->network().parameters());
    QCOMPARE(second.run(out, err), 0);
    QCOMPARE(second.trainer()->stepCount(), 2 * 156LL);

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/check_sine_model.py"), first});
    if (!python.waitForStarted())
        QSKIP("/usr/bin/python3 cannot be started: PyTorch's reload is not checked");
    QVERIFY(python.waitForFinished(300000));
    const QString said = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError()).trimmed();
    if (python.exitCode() == 3)
        QSKIP(qPrintable(QStringLiteral("PyTorch's reload is not checked: ") + said));
    qInfo("%s", qPrintable(said));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, qPrintable(said));
}
