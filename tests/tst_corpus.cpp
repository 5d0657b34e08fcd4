// Corpus: code points as tokens, the vocabulary in order of first appearance, the 10% held out,
// and every refused text refused with a message naming the text and the limit.

#include "corpus.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <stdexcept>

using namespace lstmlab;

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void codePointsAreTokensInOrderOfFirstAppearance()
    {
        const Corpus corpus("床前明月光，疑是地上霜。\n床前", "poem");
        QCOMPARE(corpus.vocabularySize(), 13);
        QCOMPARE(corpus.vocabulary()[0], char32_t(U'床'));
        QCOMPARE(corpus.vocabulary()[5], char32_t(U'，'));
        QCOMPARE(corpus.vocabulary()[12], char32_t(U'\n'));
        QCOMPARE(int(corpus.tokens().size()), 15);
        QCOMPARE(corpus.tokens()[13], 0);
        QCOMPARE(corpus.tokens()[14], 1);
        QCOMPARE(corpus.indexOf(U'霜'), 10);
        QCOMPARE(corpus.indexOf(U'x'), -1);
    }

    void decodeAndEncodeRoundTrip()
    {
        const std::string text = "abc é 月 𝄞 abc";
        const Corpus corpus(text, "mixed");
        QCOMPARE(corpus.decode(corpus.tokens()), text);
        QCOMPARE(corpus.encode("cab"), (std::vector<int>{2, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, corpus.encode("z"));
    }

    void lastTenPercentIsHeldOut_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("validation");
        QTest::newRow("100 characters: 10 held out") << 100 << 10;
        QTest::newRow("105 characters: 10 held out (rounded down)") << 105 << 10;
        QTest::newRow("10 characters: at least 2 held out") << 10 << 2;
        QTest::newRow("4 characters: 2 and 2") << 4 << 2;
    }
    void lastTenPercentIsHeldOut()
    {
        QFETCH(int, length);
        QFETCH(int, validation);
        std::string text;
        for (int k = 0; k < length; ++k)
            text += char('a' + k % 7);
        const Corpus corpus(text, "letters");
        QCOMPARE(int(corpus.validationTokens().size()), validation);
        QCOMPARE(int(corpus.trainTokens().size()), length - validation);
        QCOMPARE(corpus.validationTokens().data(), corpus.tokens().data() + (length - validation));
    }

    void unigramBitsPerChar()
    {
        // Training "aaaaaaaab" + validation "ab": counts a 8+1, b 1+1 of 11;
        // -(log2(9/11) + log2(2/11)) / 2 = 1.3746
        const Corpus corpus("aaaaaaaabab", "ab");
        QCOMPARE(int(corpus.validationTokens().size()), 2);
        QVERIFY(std::abs(corpus.unigramBitsPerChar() - 0.5 * -(std::log2(9.0 / 11) + std::log2(2.0 / 11))) < 1e-12);
    }

    void unigramLogProbabilitiesAreSmoothedFrequencies()
    {
        // (37): training "aaaaaaaab" (9 tokens, 2 symbols): a (8+1)/11, b (1+1)/11; they sum to 1.
        const Corpus corpus("aaaaaaaabab", "ab");
        const std::vector<double> logP = corpus.unigramLogProbabilities();
        QCOMPARE(int(logP.size()), 2);
        QVERIFY(std::abs(logP[std::size_t(corpus.indexOf(U'a'))] - std::log(9.0 / 11)) < 1e-12);
        QVERIFY(std::abs(logP[std::size_t(corpus.indexOf(U'b'))] - std::log(2.0 / 11)) < 1e-12);
        QVERIFY(std::abs(std::exp(logP[0]) + std::exp(logP[1]) - 1.0) < 1e-12);
    }

    void refusesBadText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "sample: the text is empty";
        QTest::newRow("binary") << QByteArray("ab\0cd", 5) << "sample: a NUL byte at byte 2";
        QTest::newRow("invalid UTF-8") << QByteArray("abc\xff" "def") << "sample: invalid UTF-8 at byte 3";
        QTest::newRow("truncated sequence") << QByteArray("abc\xe6\x9c") << "sample: invalid UTF-8 at byte 3";
        QTest::newRow("overlong slash") << QByteArray("ab\xc0\xaf") << "sample: invalid UTF-8 at byte 2";
        QTest::newRow("surrogate") << QByteArray("ab\xed\xa0\x80") << "sample: invalid UTF-8 at byte 2";
        QTest::newRow("one distinct symbol") << QByteArray(50, 'a') << "sample: the text uses a single distinct symbol";
        QTest::newRow("too short") << QByteArray("abc") << "sample: the text has 3 characters, too few";
    }
    void refusesBadText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        try {
            Corpus corpus(std::string_view(bytes.constData(), std::size_t(bytes.size())), "sample");
            QFAIL("not refused");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QString::fromStdString(error.what()).startsWith(message), error.what());
        }
    }

    void refusesMoreThanTenThousandSymbols()
    {
        std::string text;
        for (char32_t symbol = 0x4E00; symbol < 0x4E00 + 10001; ++symbol)
            text += Corpus::toUtf8(symbol);
        try {
            Corpus corpus(text, "big.txt");
            QFAIL("not refused");
        } catch (const std::invalid_argument &error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("big.txt: the text uses 10001 distinct symbols, more than the limit of 10000"));
        }
        text.resize(text.size() - 3); // 10,000 symbols exactly: accepted
        QCOMPARE(Corpus(text, "big.txt").vocabularySize(), 10000);
    }

    void readsAFileAndStripsAnsiEscapes()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("poems")).toStdString();
        std::ofstream(path, std::ios::binary) << "\x1b[32m" "title" "\x1b[m\nline one\n%\nline two\n";
        const Corpus corpus = Corpus::fromFile(path, true);
        QCOMPARE(corpus.decode(corpus.tokens()), std::string("title\nline one\n%\nline two\n"));
        QCOMPARE(corpus.source(), path);
        QCOMPARE(Corpus::fromFile(path).indexOf(U'\x1b'), 0);
    }

    // A fortune file (strfile's index beside it) separates its entries with '%' lines: they
    // become blank lines; without the index the text is read as it is (above).
    void fortuneSeparatorsBecomeBlankLines()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("tang")).toStdString();
        std::ofstream(path, std::ios::binary) << "\x1b[32m" "poem one" "\x1b[m\nline\n%\npoem two, 50%\n%%\n%\r\nend";
        std::ofstream(path + ".dat", std::ios::binary) << "index";
        const Corpus corpus = Corpus::fromFile(path, true);
        QCOMPARE(corpus.decode(corpus.tokens()), std::string("poem one\nline\n\npoem two, 50%\n%%\n\r\nend"));
        QCOMPARE(Corpus::fortuneSeparatorsAsBlankLines("%"), std::string());
        QCOMPARE(Corpus::fortuneSeparatorsAsBlankLines("%\n%\nx%\n"), std::string("\n\nx%\n"));
    }

    void missingFileIsNamed()
    {
        try {
            Corpus::fromFile("/nonexistent/poems.txt");
            QFAIL("not refused");
        } catch (const std::invalid_argument &error) {
            QCOMPARE(QString::fromStdString(error.what()), QStringLiteral("/nonexistent/poems.txt: cannot open the file"));
        }
    }
};

QTEST_APPLESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
