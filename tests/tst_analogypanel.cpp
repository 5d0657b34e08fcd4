// AnalogyPanel: a − b + c answered from the vectors, unknown tokens named, nothing before a model.

#include "analogypanel.h"
#include "embedfixture.h"

#include <QTest>

class TestAnalogyPanel : public QObject
{
    Q_OBJECT

private slots:
    void answersComeFromTheVectors()
    {
        AnalogyPanel panel;
        const EmbedSnapshot s = plantedSnapshot(5);
        panel.setSnapshot(s);
        panel.setTokens(QStringLiteral("g1w0"), QStringLiteral("g1w1"), QStringLiteral("g2w0"));
        const QStringList answers = panel.answerTexts();
        QCOMPARE(answers.size(), AnalogyPanel::answers);
        const auto expected = s.space->analogy(tokenIndex(s, "g1w0"), tokenIndex(s, "g1w1"), tokenIndex(s, "g2w0"), 1);
        QVERIFY(answers.first().startsWith(QString::fromStdString((*s.words)[std::size_t(expected.front().token)])));
        QVERIFY(panel.message().isEmpty());
    }

    void unknownTokensAreNamed()
    {
        AnalogyPanel panel;
        panel.setSnapshot(plantedSnapshot(1));
        panel.setTokens(QStringLiteral("king"), QStringLiteral("g1w1"), QStringLiteral("queen"));
        QVERIFY2(panel.message().contains(QStringLiteral("“king”, “queen”")), qPrintable(panel.message()));
        QVERIFY(panel.answerTexts().isEmpty());
    }

    void nothingBeforeAModel()
    {
        AnalogyPanel panel;
        panel.setTokens(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"));
        QVERIFY2(panel.message().contains(QLatin1String("Train first")), qPrintable(panel.message()));
    }
};

QTEST_MAIN(TestAnalogyPanel)
#include "tst_analogypanel.moc"
