// TextCorpusCatalog: a missing corpus names its Debian package; a present one is read with its
// ANSI escapes removed; a refused file gives the core's message naming it. Texts generated here.

#include "corpus.h"
#include "textcorpuscatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTextCorpusCatalog : public QObject
{
    Q_OBJECT

private slots:
    void missingNamesThePackage_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("package");
        QTest::newRow("Tang poems") << "tang300" << "fortunes-zh";
        QTest::newRow("English fortunes") << "computers" << "fortunes";
    }

    void missingNamesThePackage()
    {
        QFETCH(QString, id);
        QFETCH(QString, package);
        QTemporaryDir empty;
        const TextCorpusCatalog::Loaded loaded = TextCorpusCatalog::load(empty.path(), id);
        QVERIFY(!loaded.corpus);
        QVERIFY2(loaded.error.contains(QStringLiteral("install ") + package), qPrintable(loaded.error));
    }

    void readsWithoutEscapes()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("tang300")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text;
        for (int k = 0; k < 50; ++k)
            text += "\x1b[32m春眠不觉晓\x1b[0m，处处闻啼鸟。\n%\n";
        file.write(text);
        file.close();
        const TextCorpusCatalog::Loaded loaded = TextCorpusCatalog::load(dir.path(), QStringLiteral("tang300"));
        QVERIFY2(loaded.corpus, qPrintable(loaded.error));
        QCOMPARE(loaded.corpus->indexOf(U'\x1b'), -1);
        QVERIFY(loaded.corpus->indexOf(U'春') >= 0);
    }

    void refusedFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const TextCorpusCatalog::Loaded loaded = TextCorpusCatalog::loadFile(path);
        QVERIFY(!loaded.corpus);
        QVERIFY2(loaded.error.contains(QLatin1String("empty.txt")), qPrintable(loaded.error));
    }
};

QTEST_MAIN(TestTextCorpusCatalog)
#include "tst_textcorpuscatalog.moc"
