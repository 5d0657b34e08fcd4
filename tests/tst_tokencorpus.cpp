// TokenCorpus: words and characters as tokens, the vocabulary by frequency with min-count, and
// every refused text refused with a message naming the text and the limit.

#include "tokencorpus.h"

#include <QTest>

#include <stdexcept>
#include <string>

using namespace lstmlab;

class TestTokenCorpus : public QObject
{
    Q_OBJECT

private slots:
    void wordsAreLowerCasedRunsWithoutPunctuation()
    {
        const auto tokens = TokenCorpus::split("The cat's hat -- the CAT, sat.\nWell-known 42!", TokenMode::Words, "t");
        const std::vector<std::string> expected = {"the", "cat's", "hat", "the", "cat", "sat", "well-known", "42"};
        QCOMPARE(tokens, expected);
    }

    void chineseIsOneTokenPerCharacterEvenAsWords()
    {
        const auto words = TokenCorpus::split("床前明月光，疑是地上霜。", TokenMode::Words, "t");
        QCOMPARE(int(words.size()), 10);
        QCOMPARE(words[0], std::string("床"));
        QCOMPARE(words[9], std::string("霜"));
        const auto chars = TokenCorpus::split("ab, c", TokenMode::Chars, "t");
        QCOMPARE(chars, (std::vector<std::string>{"a", "b", "c"}));
    }

    void vocabularyByFrequencyWithMinCount()
    {
        const TokenCorpus corpus("b a c a b a d", "t", TokenMode::Words, 2);
        QCOMPARE(corpus.vocabularySize(), 2);
        QCOMPARE(corpus.words()[0], std::string("a"));
        QCOMPARE(corpus.words()[1], std::string("b"));
        QCOMPARE(corpus.counts()[0], 3LL);
        QCOMPARE(corpus.tokens(), (std::vector<int>{1, 0, 0, 1, 0}));
        QCOMPARE(corpus.rawTokenCount(), 7LL);
        QCOMPARE(corpus.indexOf("c"), -1);
    }

    void tiesKeepTheOrderOfFirstAppearance()
    {
        const TokenCorpus corpus("x y z", "t", TokenMode::Words, 1);
        QCOMPARE(corpus.words(), (std::vector<std::string>{"x", "y", "z"}));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("minCount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << 1 << "corpus.txt: the text is empty";
        QTest::newRow("binary") << QByteArray("ab\0cd", 5) << 1 << "a NUL byte at byte 2: this looks like a binary file";
        QTest::newRow("invalid UTF-8") << QByteArray("ab \xff cd") << 1 << "invalid UTF-8 at byte 3";
        QTest::newRow("no token") << QByteArray(" , . ! ") << 1 << "the text has no word";
        QTest::newRow("all under min-count") << QByteArray("a b c a") << 5
                                             << "no token occurs min-count = 5 times (the most frequent occurs 2)";
        QTest::newRow("min-count out of range") << QByteArray("a") << 0 << "minimum count must be an integer in 1..1000000";
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, minCount);
        QFETCH(QString, expected);
        try {
            TokenCorpus corpus(std::string_view(text.constData(), std::size_t(text.size())), "corpus.txt",
                               TokenMode::Words, minCount);
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
    }

    void unreadableFileIsNamed()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TokenCorpus::fromFile("/nonexistent/x.txt", TokenMode::Words, 1));
    }
};

QTEST_APPLESS_MAIN(TestTokenCorpus)
#include "tst_tokencorpus.moc"
