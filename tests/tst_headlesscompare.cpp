// HeadlessCompare (`--compare SPEC --compare SPEC`): each run a whole output folder inside
// --out, comparison.csv with one row per run and epoch, a final table; bad specs refused
// before anything trains.

#include "commandline.h"
#include "headlesscompare.h"
#include "modelfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace lstmlab;

namespace {

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CommandLine parsed(const std::vector<std::string> &args)
{
    const CommandLineResult r = parseCommandLine(args);
    if (!r.options)
        qFatal("%s", r.error.c_str());
    return *r.options;
}

} // namespace

class TestHeadlessCompare : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryRunAndTheComparison();
    void secondComparisonKeepsTheFirstAsPrevious();
    void runThatCannotBeBuiltIsRefusedBeforeTraining();
    void folderNamesAreSafe_data();
    void folderNamesAreSafe();
};

void TestHeadlessCompare::writesEveryRunAndTheComparison()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cmp"));
    HeadlessCompare compare(parsed({"--headless", "--signal", "echo", "--lag", "3", "--timesteps", "5", "--units", "3",
                                    "--layers", "1", "--epochs", "2", "--out", out.toStdString(), "--compare",
                                    "cell=rnn", "--compare", "cell=lstm,forget-bias=1"}));
    QVERIFY2(compare.prepare(), compare.error().c_str());
    std::ostringstream printed, err;
    QCOMPARE(compare.run(printed, err), 0);
    QVERIFY2(err.str().empty(), err.str().c_str());

    for (const char *name : {"run-1-cell=rnn", "run-2-cell=lstm,forget-bias=1"}) {
        const QString run = out + QLatin1Char('/') + QLatin1String(name);
        for (const char *file : {"loss.csv", "predictions.csv", "model.json", "session.lstmlab"})
            QVERIFY2(QFileInfo::exists(run + QLatin1Char('/') + QLatin1String(file)), qPrintable(run + "/" + file));
    }
    const ModelReadResult rnn = loadModelFile((out + QStringLiteral("/run-1-cell=rnn/model.json")).toStdString());
    QVERIFY2(rnn.model, rnn.error.c_str());
    QCOMPARE(int(rnn.model->config.cell), int(RecurrentCell::Rnn));
    const ModelReadResult lstm =
        loadModelFile((out + QStringLiteral("/run-2-cell=lstm,forget-bias=1/model.json")).toStdString());
    QVERIFY2(lstm.model, lstm.error.c_str());
    QCOMPARE(lstm.model->config.forgetBias, 1.0);

    const QStringList csv = readLines(out + QStringLiteral("/comparison.csv"));
    QCOMPARE(csv.size(), 1 + 2 * 2);
    QCOMPARE(csv[0], QStringLiteral("run,spec,epoch,train_loss,test_mse"));
    QVERIFY2(csv[1].startsWith(QStringLiteral("1,\"cell=rnn\",1,")), qPrintable(csv[1]));
    QVERIFY2(csv[4].startsWith(QStringLiteral("2,\"cell=lstm,forget-bias=1\",2,")), qPrintable(csv[4]));
    // The last row's test MSE is the run's last epoch's, as its own loss.csv has it.
    const QStringList lossRows = readLines(out + QStringLiteral("/run-2-cell=lstm,forget-bias=1/loss.csv"));
    QCOMPARE(csv[4].section(QLatin1Char(','), -1), lossRows.last().section(QLatin1Char(','), -1));

    QCOMPARE(compare.results().size(), std::size_t(2));
    QCOMPARE(compare.results()[1].finalTestMse, csv[4].section(QLatin1Char(','), -1).toDouble());
    const QString table = QString::fromStdString(printed.str());
    QVERIFY2(table.contains(QStringLiteral("== Run 2 of 2: cell=lstm,forget-bias=1 ==")), qPrintable(table));
    QVERIFY2(table.contains(QStringLiteral("Comparison (2 runs")), qPrintable(table));
    QVERIFY2(table.contains(QRegularExpression(QStringLiteral("\\n1 +cell=rnn +\\d+ "))), qPrintable(table));
}

// A comparison's folder holds run folders: a second comparison into it moves it aside whole,
// as a single run's folder is.
void TestHeadlessCompare::secondComparisonKeepsTheFirstAsPrevious()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cmp"));
    const std::vector<std::string> args = {"--headless", "--units", "2", "--layers", "1", "--epochs", "1", "--out",
                                           out.toStdString(), "--compare", "seed=1", "--compare", "seed=2"};
    std::ostringstream printed, err;
    {
        HeadlessCompare first(parsed(args));
        QCOMPARE(first.run(printed, err), 0);
    }
    HeadlessCompare second(parsed(args));
    QCOMPARE(second.run(printed, err), 0);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/run-2-seed=2/model.json")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral(".previous/run-2-seed=2/model.json")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral(".previous/comparison.csv")));
}

void TestHeadlessCompare::runThatCannotBeBuiltIsRefusedBeforeTraining()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cmp"));
    CommandLine options = parsed({"--headless", "--epochs", "1", "--out", out.toStdString(), "--compare", "seed=1",
                                  "--compare", "seed=2"});
    options.compare[1] = "lag=3"; // past the parser: the runner checks again
    HeadlessCompare compare(options);
    QVERIFY(!compare.prepare());
    QCOMPARE(compare.error(), std::string("--compare 'lag=3': --lag applies only with --signal echo (the label of an "
                                          "echo window is the sample lag steps back)"));
    std::ostringstream printed, err;
    QCOMPARE(compare.run(printed, err), 2);
    QVERIFY(!QFileInfo::exists(out));
}

void TestHeadlessCompare::folderNamesAreSafe_data()
{
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain") << 1 << "cell=rnn" << "run-1-cell=rnn";
    QTest::newRow("several keys") << 2 << "cell=lstm,lag=50" << "run-2-cell=lstm,lag=50";
    QTest::newRow("slashes and spaces") << 3 << "seed=1/../x y" << "run-3-seed=1_.._x_y";
}

void TestHeadlessCompare::folderNamesAreSafe()
{
    QFETCH(int, run);
    QFETCH(QString, spec);
    QFETCH(QString, folder);
    QCOMPARE(QString::fromStdString(HeadlessCompare::folderName(run, spec.toStdString())), folder);
}

QTEST_GUILESS_MAIN(TestHeadlessCompare)
#include "tst_headlesscompare.moc"
