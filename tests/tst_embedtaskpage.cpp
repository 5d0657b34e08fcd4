// EmbedTaskPage: the corpora offered, a text of one's own trained from the Train button to the
// end with the map, loss and status following, settings that apply to the next model, and the
// command the controls say.

#include "embedcontroller.h"
#include "embeddingmap.h"
#include "embedtaskpage.h"
#include "plantedcorpus.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestEmbedTaskPage : public QObject
{
    Q_OBJECT

private slots:
    void corporaAreDebiansAndOnesOwn()
    {
        EmbedTaskPage page;
        auto *corpus = page.findChild<QComboBox *>(QStringLiteral("embedCorpus"));
        QCOMPARE(corpus->count(), 3);
        QCOMPARE(page.command().files, QStringList{EmbedTaskPage::tangPoemsPath()});
        QVERIFY(page.command().mode == lstmlab::TokenMode::Chars);
        corpus->setCurrentIndex(int(EmbedTaskPage::CorpusChoice::EnglishFortunes));
        QVERIFY(page.command().mode == lstmlab::TokenMode::Words);
        QCOMPARE(page.command().files, EmbedTaskPage::englishFortuneFiles());
        for (const QString &file : EmbedTaskPage::englishFortuneFiles())
            QVERIFY2(!file.endsWith(QLatin1String("tang300")) && QFileInfo(file).suffix().isEmpty(), qPrintable(file));
    }

    // The learning rate is a control like the others: the command line's --learning-rate
    // reaches the model (setSettings() used to drop it), and so does the box.
    void learningRateIsAControl()
    {
        EmbedTaskPage page;
        QCOMPARE(page.command().config.learningRate, 0.025);
        lstmlab::SkipGramConfig config;
        config.learningRate = 0.05;
        page.setSettings(config, lstmlab::TokenMode::Chars, 3);
        QCOMPARE(page.command().config.learningRate, 0.05);
        auto *rate = page.findChild<QDoubleSpinBox *>(QStringLiteral("embedLearningRate"));
        QVERIFY(rate);
        QCOMPARE(rate->minimum(), lstmlab::SkipGramConfig::minLearningRate);
        QCOMPARE(rate->maximum(), lstmlab::SkipGramConfig::maxLearningRate);
        rate->setValue(0.01);
        QCOMPARE(page.command().config.learningRate, 0.01);
    }

    void ownTextTrainsFromTheTrainButton()
    {
        QTemporaryDir dir;
        lstmlab::PlantedCorpusConfig planted;
        planted.lines = 500;
        const QString path = writeFile(dir, QStringLiteral("planted.txt"), QByteArray::fromStdString(lstmlab::plantedCorpusText(planted)));
        EmbedTaskPage page;
        page.resize(1300, 800);
        page.setTextFile(path);
        QCOMPARE(page.command().files, QStringList{path});
        page.findChild<QSpinBox *>(QStringLiteral("embedDim"))->setValue(12);
        page.findChild<QSpinBox *>(QStringLiteral("embedEpochs"))->setValue(2);
        page.findChild<QSpinBox *>(QStringLiteral("embedMinCount"))->setValue(1);
        page.findChild<QCheckBox *>(QStringLiteral("embedWatchPace"))->setChecked(false);
        page.findChild<QPushButton *>(QStringLiteral("embedTrain"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.controller()->lastSnapshot().state == EmbedSnapshot::State::Finished, 60000);
        QVERIFY2(page.statusText().startsWith(QLatin1String("Finished")), qPrintable(page.statusText()));
        QCOMPARE(page.controller()->lastSnapshot().space->dim(), 12);
        auto *map = page.findChild<EmbeddingMap *>();
        (void)map->grab();
        QVERIFY(!map->labelledTokens().empty());
        QCOMPARE(page.exportablePanels().size(), 2);

        // A changed setting waits for the next model.
        page.findChild<QSpinBox *>(QStringLiteral("embedDim"))->setValue(10);
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QLatin1String("press New Model")); }));
        QCOMPARE(page.controller()->lastSnapshot().space->dim(), 12);
        page.newModel(false);
        QTRY_VERIFY_WITH_TIMEOUT(page.controller()->lastSnapshot().state == EmbedSnapshot::State::Finished
                                     && page.controller()->lastSnapshot().space->dim() == 10, 60000);
    }

    void missingFileIsReportedInTheStatus()
    {
        EmbedTaskPage page;
        page.setTextFile(QStringLiteral("/nonexistent/book.txt"));
        page.newModel(false);
        QTRY_COMPARE_WITH_TIMEOUT(page.controller()->lastSnapshot().state, EmbedSnapshot::State::Failed, 10000);
        QVERIFY2(page.statusText().contains(QLatin1String("/nonexistent/book.txt: cannot open the file")), qPrintable(page.statusText()));
    }
};

QTEST_MAIN(TestEmbedTaskPage)
#include "tst_embedtaskpage.moc"
