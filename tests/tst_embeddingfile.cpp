// embeddingfile: word2vec's text format written and read back exactly; bad files named.

#include "embeddingfile.h"

#include <QTest>

using namespace lstmlab;

class TestEmbeddingFile : public QObject
{
    Q_OBJECT

private slots:
    void writesWord2vecsTextFormat()
    {
        Eigen::MatrixXf v(2, 3);
        v << 0.5f, -1.25f, 1e-8f, //
            3.f, 0.1f, -7.f;
        const std::string text = writeWord2VecText({"the", "月", "cat's"}, v);
        QCOMPARE(text.substr(0, text.find('\n')), std::string("3 2"));
        QVERIFY(text.find("\nthe 0.5 3\n") != std::string::npos);
        QVERIFY(text.find("\n月 -1.25 0.100000001\n") != std::string::npos);
        const Word2VecReadResult back = readWord2VecText(text);
        QVERIFY2(back.error.empty(), back.error.c_str());
        QCOMPARE(back.words, (std::vector<std::string>{"the", "月", "cat's"}));
        QVERIFY(back.vectors == v);
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no header") << QByteArray("the 0.5") << "the first line must be";
        QTest::newRow("too few tokens") << QByteArray("2 1\na 0.5\n") << "expected 2 tokens, found 1";
        QTest::newRow("too few numbers") << QByteArray("1 3\na 0.5 1\n") << "token 1 (a) has fewer than 3 numbers";
        QTest::newRow("not a number") << QByteArray("1 1\na x\n") << "token 1 (a) has fewer than 1 numbers";
    }

    void badFilesAreNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const Word2VecReadResult read = readWord2VecText(text.toStdString());
        QVERIFY2(QString::fromStdString(read.error).contains(expected), read.error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingFile)
#include "tst_embeddingfile.moc"
