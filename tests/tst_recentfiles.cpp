// RecentFiles: newest first, each file once, at most eight, persisted through SettingsStore (in
// QStandardPaths test mode), missing files taken off, and a hand-edited list cleaned up.

#include "recentfiles.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void newestFirstAndOnce();
    void keepsAtMostEight();
    void persistsAcrossInstances();
    void removesMissingFiles();
    void handEditedListIsCleaned();
    void clearEmptiesTheList();

private:
    QString touch(const QString &name);
    QTemporaryDir m_dir;
};

void TestRecentFiles::cleanupTestCase()
{
    SettingsStore settings;
    const QString file = settings.fileName();
    settings.clear();
    settings.sync();
    QFile::remove(file);
}

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    // Its own settings file per process: other runs of this test (another build folder, say)
    // may be going on at the same time.
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-recentfiles-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(SettingsStore().fileName().contains(QStringLiteral(".qttest")));
    QVERIFY(m_dir.isValid());
}

void TestRecentFiles::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

QString TestRecentFiles::touch(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("{}");
    return path;
}

void TestRecentFiles::newestFirstAndOnce()
{
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.lstmlab"));
    const QString b = touch(QStringLiteral("b.lstmlab"));
    recent.add(a);
    recent.add(b);
    QCOMPARE(recent.files(), (QStringList{b, a}));
    // Again, and through a path with "..": moved to the front, not listed twice.
    recent.add(QDir(m_dir.path()).filePath(QStringLiteral("sub/../a.lstmlab")));
    QCOMPARE(recent.files(), (QStringList{a, b}));
    QCOMPARE(changed.count(), 3);
}

void TestRecentFiles::keepsAtMostEight()
{
    RecentFiles recent;
    QStringList added;
    for (int k = 0; k < 11; ++k) {
        added.prepend(touch(QStringLiteral("s%1.lstmlab").arg(k)));
        recent.add(added.first());
    }
    QCOMPARE(recent.files().size(), RecentFiles::maxCount);
    QCOMPARE(recent.files(), added.mid(0, RecentFiles::maxCount));
}

void TestRecentFiles::persistsAcrossInstances()
{
    const QString a = touch(QStringLiteral("a.lstmlab"));
    const QString b = touch(QStringLiteral("b.lstmlab"));
    {
        RecentFiles recent;
        recent.add(a);
        recent.add(b);
    }
    RecentFiles again;
    QCOMPARE(again.files(), (QStringList{b, a}));
    // Another list under another key is separate.
    RecentFiles models(QStringLiteral("other/recent"));
    QVERIFY(models.files().isEmpty());
}

void TestRecentFiles::removesMissingFiles()
{
    RecentFiles recent;
    const QString kept = touch(QStringLiteral("kept.lstmlab"));
    const QString gone = touch(QStringLiteral("gone.lstmlab"));
    recent.add(kept);
    recent.add(gone);
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.removeMissing(), QStringList{gone});
    QCOMPARE(recent.files(), QStringList{kept});
    QCOMPARE(RecentFiles().files(), QStringList{kept});
    recent.remove(kept);
    QVERIFY(recent.files().isEmpty());
}

void TestRecentFiles::handEditedListIsCleaned()
{
    QStringList stored;
    stored << QString() << QStringLiteral("/x/one.lstmlab") << QStringLiteral("/x/one.lstmlab");
    for (int k = 0; k < 12; ++k)
        stored << QStringLiteral("/x/f%1.lstmlab").arg(k);
    SettingsStore().setValue(QStringLiteral("session/recentFiles"), stored);
    const QStringList files = RecentFiles().files();
    QCOMPARE(files.size(), RecentFiles::maxCount);
    QCOMPARE(files.first(), QStringLiteral("/x/one.lstmlab"));
    QCOMPARE(files.count(QStringLiteral("/x/one.lstmlab")), 1);

    // Not a list of paths at all.
    SettingsStore().setValue(QStringLiteral("session/recentFiles"), 42);
    QVERIFY(RecentFiles().files().isEmpty());
}

void TestRecentFiles::clearEmptiesTheList()
{
    RecentFiles recent;
    recent.add(touch(QStringLiteral("a.lstmlab")));
    recent.clear();
    QVERIFY(recent.files().isEmpty());
    QVERIFY(RecentFiles().files().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
