#pragma once

// The session files opened or saved lately, newest first, at most maxCount, remembered with
// the application's SettingsStore (under its recentFilesKey), so every window and the next run see the
// same list. Paths are kept absolute and once each. A file that has gone since is taken off
// the list when it is asked for (removeMissing()), so the menu never offers it twice.

#include <QObject>
#include <QStringList>

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxCount = 8;

    explicit RecentFiles(QObject *parent = nullptr);
    // A list under another settings key (tests, other kinds of file).
    explicit RecentFiles(const QString &settingsKey, QObject *parent = nullptr);

    QStringList files() const; // newest first; read from the settings each time

    void add(const QString &path);    // to the front; the oldest beyond maxCount drop off
    void remove(const QString &path);
    void clear();
    // Takes every file that no longer exists off the list and returns them.
    QStringList removeMissing();

signals:
    void changed();

private:
    void store(const QStringList &files);

    QString m_key;
};
