// printableText: what a message shows of text from a file or a command line.

#include "messagetext.h"

#include <QTest>

using namespace lstmlab;

class TestMessageText : public QObject
{
    Q_OBJECT

private slots:
    void showsBytesInsteadOfObeyingThem_data();
    void showsBytesInsteadOfObeyingThem();
};

void TestMessageText::showsBytesInsteadOfObeyingThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("plain") << QByteArray("sine") << QByteArray("\"sine\"");
    QTest::newRow("terminal colour") << QByteArray("\x1b[31mred") << QByteArray("\"\\x1b[31mred\"");
    QTest::newRow("NUL and DEL") << QByteArray("a\0b\x7f", 4) << QByteArray("\"a\\x00b\\x7f\"");
    QTest::newRow("UTF-8 kept") << QByteArray("\xe6\xad\xa3\xe5\xbc\xa6") << QByteArray("\"\xe6\xad\xa3\xe5\xbc\xa6\"");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbfx") << QByteArray("\"\\xef\\xbb\\xbfx\"");
    QTest::newRow("broken UTF-8") << QByteArray("\xc3(") << QByteArray("\"\\xc3(\"");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("\"a\\\\b\"");
    QTest::newRow("cut") << QByteArray(300, 'x') << QByteArray("\"" + QByteArray(200, 'x') + "...\"");
}

void TestMessageText::showsBytesInsteadOfObeyingThem()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, shown);
    const std::string printable = printableText(std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(QByteArray::fromStdString(printable), shown);
}

QTEST_GUILESS_MAIN(TestMessageText)
#include "tst_messagetext.moc"
