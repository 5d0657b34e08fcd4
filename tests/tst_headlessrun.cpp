// HeadlessRun: trains, prints the seed's progress lines and writes loss.csv, predictions.csv
// and model.json; --resume continues from a model.json.

#include "commandline.h"
#include "headlessrun.h"
#include "modelfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sstream>

using namespace lstmlab;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

QTEST_GUILESS_MAIN(TestHeadlessRun)
#include "tst_headlessrun.moc"
