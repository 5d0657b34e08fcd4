// TextTaskPage: a missing corpus package is said in the panel, naming the package; a refused
// file gives the core's message and keeps the text being learnt; a good file trains and writes
// samples and gates over the characters (the worker's TextTrace, new after a step); a text
// session saved and opened again goes on from the same step; the page fits a
// 1366-pixel screen. The texts are generated here.

#include "characteractivationview.h"
#include "corpus.h"
#include "samplepanel.h"
#include "textanalysispanel.h"
#include "texttrace.h"
#include "textcontrolpanel.h"
#include "texttaskpage.h"
#include "texttrainingcontroller.h"
#include "texttrainingworker.h"
#include "windowparts.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int waitMs = 30000;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray rhymes()
{
    QByteArray text;
    for (int k = 0; k < 80; ++k)
        text += "the cat sat on the mat,\nthe dog ran to the log.\n";
    return text;
}

void useSmallNetwork(TextTaskPage &page)
{
    lstmlab::ModelConfig model = TextTrainingController::defaultModel();
    model.units = 8;
    model.layers = 1;
    model.timesteps = 10;
    lstmlab::TrainConfig train = TextTrainingController::defaultTrain();
    train.batchSize = 4;
    page.setConfiguration(model, train);
}

} // namespace

class TestTextTaskPage : public QObject
{
    Q_OBJECT

private slots:
    void missingCorpusNamesThePackage()
    {
        QTemporaryDir empty;
        TextTaskPage page;
        page.setCorpusFolder(empty.path());
        page.activate();
        auto *message = part<QLabel>(page, "corpusMessage");
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("fortunes-zh")), qPrintable(message->text()));
        QVERIFY(!part<TextTrainingController>(page)->corpus());
        // Train says there is nothing to learn from, and nothing crashes.
        page.toggleTraining();
        QVERIFY(!page.bannerText().isEmpty());
        QCOMPARE(page.state(), TextSnapshot::State::Idle);
    }

    void refusedFileKeepsTheText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("invalid UTF-8") << QByteArray("abc\xff\xfe def") << "UTF-8";
        QTest::newRow("binary") << QByteArray("ab\0cd", 5) << "binary";
        QTest::newRow("one symbol") << QByteArray(500, 'a') << "symbol";
    }

    void refusedFileKeepsTheText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        QTemporaryDir dir;
        TextTaskPage page;
        QCOMPARE(page.openTextFile(writeFile(dir, QStringLiteral("good.txt"), rhymes())), QString());
        const auto corpus = part<TextTrainingController>(page)->corpus();
        QVERIFY(corpus);
        const QString bad = writeFile(dir, QStringLiteral("bad.txt"), bytes);
        const QString error = page.openTextFile(bad);
        QVERIFY2(error.contains(said, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("bad.txt")), qPrintable(error));
        QCOMPARE(part<TextTrainingController>(page)->corpus(), corpus);
    }

    void trainsAndWritesSamples()
    {
        QTemporaryDir dir;
        TextTaskPage page;
        useSmallNetwork(page);
        QCOMPARE(page.openTextFile(writeFile(dir, QStringLiteral("rhymes.txt"), rhymes())), QString());
        page.toggleTraining();
        QCOMPARE(page.state(), TextSnapshot::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(page.lastSnapshot().step > 10, waitMs);
        QVERIFY(part<SamplePanel>(page)->sampleCount() >= 1);
        QVERIFY(part<SamplePanel>(page)->text().contains(QLatin1String("Sample 1")));
        QVERIFY(part<QLabel>(page, "textAnatomy")->text().contains(QLatin1String("Parameters:")));
        page.pause();
        QCOMPARE(page.state(), TextSnapshot::State::Paused);
    }

    // The worker traces the start of the validation text for the analysis tab: with the model,
    // and again after a step changed the weights.
    void feedsTheGatesOverTheText()
    {
        QTemporaryDir dir;
        TextTaskPage page;
        useSmallNetwork(page);
        QCOMPARE(page.openTextFile(writeFile(dir, QStringLiteral("rhymes.txt"), rhymes())), QString());
        auto *analysis = part<TextAnalysisPanel>(page);
        QTRY_VERIFY_WITH_TIMEOUT(analysis->trace() != nullptr, waitMs);
        const lstmlab::TextTrace *first = analysis->trace();
        const lstmlab::Corpus &corpus = *part<TextTrainingController>(page)->corpus();
        const int expected = std::min<int>(int(corpus.validationTokens().size()), TextTrainingWorker::traceLength);
        QCOMPARE(first->length(), expected);
        QCOMPARE(first->symbols.front(), corpus.validationTokens().front());
        QCOMPARE(first->gates.layers.size(), std::size_t(1));
        QCOMPARE(first->gates.layers.front().units, 8);
        QCOMPARE(part<CharacterActivationView>(page)->trace(), first);
        QCOMPARE(page.analysisTabs()->indexOf(analysis), 1);
        page.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(page.lastSnapshot().step, 1, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(analysis->trace() != first, waitMs);
        QCOMPARE(analysis->trace()->length(), expected);
    }

    void sessionOpensAtTheSameStep()
    {
        QTemporaryDir dir;
        const QString session = dir.filePath(QStringLiteral("text.lstmlab"));
        qint64 step = 0;
        {
            TextTaskPage page;
            useSmallNetwork(page);
            QCOMPARE(page.openTextFile(writeFile(dir, QStringLiteral("rhymes.txt"), rhymes())), QString());
            page.stepOnce();
            QTRY_COMPARE_WITH_TIMEOUT(page.lastSnapshot().step, 1, waitMs);
            page.stepOnce();
            QTRY_COMPARE_WITH_TIMEOUT(page.lastSnapshot().step, 2, waitMs);
            step = page.lastSnapshot().step;
            QSignalSpy saved(&page, &TextTaskPage::sessionSaved);
            page.saveSession(session);
            QVERIFY(saved.wait(waitMs));
            QCOMPARE(saved.at(0).at(1).toString(), QString());
        }
        QVERIFY(TextTaskPage::isTextSession(session));
        TextTaskPage page;
        QCOMPARE(page.openSession(session), QString());
        QTRY_COMPARE_WITH_TIMEOUT(page.lastSnapshot().step, step, waitMs);
        QCOMPARE(page.lastSnapshot().trainHistory.size(), qsizetype(step));
        QCOMPARE(part<TextControlPanel>(page)->modelConfig().units, 8);
        // The samples go on numbering after the session's.
        QTRY_VERIFY_WITH_TIMEOUT(part<SamplePanel>(page)->sampleCount() >= 1, waitMs);
        QVERIFY(part<SamplePanel>(page)->text().contains(QLatin1String("Sample 2 ")));
        // Not a session: said, nothing changes.
        const QString notSession = writeFile(dir, QStringLiteral("poems.lstmlab"), "{}");
        QVERIFY(!page.openSession(notSession).isEmpty());
        QCOMPARE(page.lastSnapshot().step, step);
    }

    void fitsASmallScreen()
    {
        TextTaskPage page;
        page.activate();
        QVERIFY2(page.minimumSizeHint().width() <= 1000, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.minimumSizeHint().height() <= 560, qPrintable(QString::number(page.minimumSizeHint().height())));
    }
};

QTEST_MAIN(TestTextTaskPage)
#include "tst_texttaskpage.moc"
