// HeadlessEmbedRun (`lstm-lab --headless --task embed`): the three files written, progress and
// neighbours printed, bad texts refused with exit status 2 and nothing written, a stop writes
// what there is; and, where Debian's python3-gensim is installed, gensim reads embeddings.txt
// and LSTM Lab's neighbours on a planted-group corpus are at least as good as gensim's.

#include "commandline.h"
#include "embeddingfile.h"
#include "embeddingspace.h"
#include "headlessrun.h"
#include "plantedcorpus.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <cmath>
#include <sstream>
#include <thread>

using namespace lstmlab;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CommandLine embedOptions(const QString &text, const QString &out, QStringList extra = {})
{
    QStringList args{"--headless", "--task", "embed", "--text", text, "--out", out};
    args += extra;
    std::vector<std::string> v;
    for (const QString &a : args)
        v.push_back(a.toStdString());
    const CommandLineResult r = parseCommandLine(v);
    if (!r.options)
        qFatal("%s", r.error.c_str());
    return *r.options;
}

// The Debian Python with gensim, or empty when it is not installed.
QString pythonWithGensim()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python))
        return {};
    QProcess probe;
    probe.start(python, {"-c", "import gensim"});
    return probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0 ? python : QString();
}

double mean(const std::vector<double> &x)
{
    double s = 0;
    for (double v : x)
        s += v;
    return x.empty() ? 0.0 : s / double(x.size());
}

double variance(const std::vector<double> &x)
{
    const double m = mean(x);
    double s = 0;
    for (double v : x)
        s += (v - m) * (v - m);
    return x.size() > 1 ? s / double(x.size() - 1) : 0.0;
}

} // namespace

class TestHeadlessEmbedRun : public QObject
{
    Q_OBJECT

private slots:
    void writesEmbeddingsNeighboursAndLoss()
    {
        QTemporaryDir dir;
        PlantedCorpusConfig planted;
        planted.lines = 500;
        const QString text = writeFile(dir, QStringLiteral("planted.txt"), QByteArray::fromStdString(plantedCorpusText(planted)));
        HeadlessRun run(embedOptions(text, dir.filePath(QStringLiteral("out")), {"--dim", "20", "--epochs", "3", "--subsample", "1e-3"}));
        std::ostringstream out, err;
        QCOMPARE(run.run(out, err), 0);
        QVERIFY(run.embedRun() && !run.trainer());
        const SkipGram &model = *run.embedRun()->model();
        QVERIFY(model.finished());
        const QString printed = QString::fromStdString(out.str());
        QVERIFY2(printed.contains(QLatin1String("Epoch 3/3")) && printed.contains(QLatin1String("words/s on one thread")), qPrintable(printed));

        const Word2VecReadResult read = readWord2VecText(readAll(dir.filePath(QStringLiteral("out/embeddings.txt"))).toStdString());
        QVERIFY2(read.error.empty(), read.error.c_str());
        QCOMPARE(read.words, model.corpus().words());
        QVERIFY(read.vectors == model.inputVectors()); // 9 significant digits read back exactly

        const QString neighbours = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("out/neighbours.txt"))));
        for (const char *epoch : {"Epoch 1:\n", "Epoch 2:\n", "Epoch 3:\n"})
            QVERIFY2(neighbours.contains(QLatin1String(epoch)), qPrintable(neighbours));
        const int validation = int(SkipGram::validationTokens(model.corpus().vocabularySize(), 1).size());
        QCOMPARE(int(neighbours.count(QLatin1String(" (0.")) + neighbours.count(QLatin1String(" (1.")) + neighbours.count(QLatin1String(" (-"))), 3 * validation * 10);

        const QList<QByteArray> loss = readAll(dir.filePath(QStringLiteral("out/loss.csv"))).trimmed().split('\n');
        QCOMPARE(loss.first(), QByteArray("epoch,words,learning_rate,loss"));
        QVERIFY(loss.size() >= 4);
        QVERIFY(loss.last().startsWith("2," + QByteArray::number(3 * model.wordsPerEpoch()) + ","));
    }

    void badTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty corpus") << QByteArray() << QStringList() << "the text is empty";
        QTest::newRow("binary file") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << QStringList()
                                     << "a NUL byte at byte 7: this looks like a binary file";
        QTest::newRow("invalid UTF-8") << QByteArray("abc \xff\xfe def") << QStringList() << "invalid UTF-8 at byte 4";
        QTest::newRow("all tokens under min-count") << QByteArray("one two three four five six") << QStringList()
                                                    << "no token occurs min-count = 5 times (the most frequent occurs 1)";
        QTest::newRow("fewer tokens than the window") << QByteArray("a b a b a b") << QStringList{"--min-count", "1"}
                                                      << "the text has 6 tokens that occur at least min-count times; a window of 5 needs at least 11";
        QTest::newRow("missing file") << QByteArray("(none)") << QStringList() << "cannot open the file";
    }

    void badTextIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString text = bytes == "(none)" ? dir.filePath(QStringLiteral("missing.txt"))
                                               : writeFile(dir, QStringLiteral("text.txt"), bytes);
        HeadlessRun run(embedOptions(text, dir.filePath(QStringLiteral("out")), extra));
        std::ostringstream out, err;
        QCOMPARE(run.run(out, err), int(exitcodes::badInput));
        const QString message = QString::fromStdString(err.str());
        QVERIFY2(message.startsWith(QStringLiteral("lstm-lab: ") + text + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }

    void stoppedRunWritesWhatThereIs()
    {
        QTemporaryDir dir;
        PlantedCorpusConfig planted;
        planted.lines = 5000;
        const QString text = writeFile(dir, QStringLiteral("planted.txt"), QByteArray::fromStdString(plantedCorpusText(planted)));
        HeadlessRun run(embedOptions(text, dir.filePath(QStringLiteral("run")), {"--epochs", "1000"}));
        QVERIFY(run.prepare());
        std::thread stopper([] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            HeadlessRun::requestStop(SIGINT);
        });
        std::ostringstream out, err;
        const int code = run.run(out, err);
        stopper.join();
        HeadlessRun::clearStopRequest();
        QCOMPARE(code, 128 + SIGINT);
        QVERIFY(!run.embedRun()->model()->finished());
        QVERIFY2(QString::fromStdString(err.str()).contains(QLatin1String("stopped by SIGINT")), err.str().c_str());
        const Word2VecReadResult read = readWord2VecText(readAll(dir.filePath(QStringLiteral("run/embeddings.txt"))).toStdString());
        QVERIFY2(read.error.empty(), read.error.c_str());
        QVERIFY(read.vectors == run.embedRun()->model()->inputVectors());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("run/neighbours.txt"))));
    }

    // gensim reads embeddings.txt; on planted groups, neighbour precision@10 is at least
    // gensim's with the same settings. Two corpora: the standard one, on which both find every
    // group (an exact comparison), and a small noisy one on which both miss some; there the two
    // (the same algorithm, different random numbers) are compared over 8 seeds each, and
    // LSTM Lab's mean must not be below gensim's by more than two standard errors of the
    // difference of the means.
    void gensimReadsTheEmbeddingsAndFindsNoBetterNeighbours()
    {
        const QString python = pythonWithGensim();
        if (python.isEmpty())
            QSKIP("Debian's python3-gensim is not installed (the quick start's test command installs it)");
        const QString script = QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/gensim_planted.py");
        QTemporaryDir dir;
        struct Case {
            const char *name;
            int lines;
            double noise;
            int seeds;
        };
        for (const Case &c : {Case{"standard", 2000, 0.2, 1}, Case{"small and noisy", 150, 0.5, 8}}) {
            PlantedCorpusConfig planted;
            planted.lines = c.lines;
            planted.noiseShare = c.noise;
            const QString text = writeFile(dir, QString::fromLatin1(c.name) + QStringLiteral(".txt"),
                                           QByteArray::fromStdString(plantedCorpusText(planted)));
            QStringList files;
            QString seeds;
            for (int seed = 1; seed <= c.seeds; ++seed) {
                const QString out = dir.filePath(QStringLiteral("%1-%2").arg(QString::fromLatin1(c.name)).arg(seed));
                HeadlessRun run(embedOptions(text, out, {"--dim", "50", "--subsample", "1e-3", "--seed", QString::number(seed)}));
                std::ostringstream printed, err;
                QCOMPARE(run.run(printed, err), 0);
                files << out + QStringLiteral("/embeddings.txt");
                seeds += (seed > 1 ? QStringLiteral(",") : QString()) + QString::number(seed);
            }
            QProcess gensim;
            gensim.start(python, QStringList{script, text, "50", "5", "5", "5", "1e-3", "5", "10", seeds} + files);
            QVERIFY(gensim.waitForFinished(300000));
            QVERIFY2(gensim.exitCode() == 0, gensim.readAllStandardError().constData());
            const QJsonObject result = QJsonDocument::fromJson(gensim.readAllStandardOutput()).object();
            for (const QJsonValue &loaded : result[QStringLiteral("loaded")].toArray())
                QVERIFY(loaded.toInt() > 90);
            QCOMPARE(result[QStringLiteral("dim")].toInt(), 50);
            std::vector<double> ours, theirs;
            for (const QJsonValue &p : result[QStringLiteral("ours")].toArray())
                ours.push_back(p.toDouble());
            for (const QJsonValue &p : result[QStringLiteral("gensim")].toArray())
                theirs.push_back(p.toDouble());
            const double margin = c.seeds > 1 ? 2.0 * std::sqrt(variance(ours) / double(ours.size()) + variance(theirs) / double(theirs.size())) : 0.0;
            qInfo("%s corpus: precision@10 LSTM Lab %.4f, gensim %.4f (means over %d seeds; margin %.4f)", c.name,
                  mean(ours), mean(theirs), c.seeds, margin);
            QVERIFY(mean(ours) >= mean(theirs) - margin);
        }
    }
};

QTEST_APPLESS_MAIN(TestHeadlessEmbedRun)
#include "tst_headlessembedrun.moc"
