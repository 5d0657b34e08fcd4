#include "recentfiles.h"

#include "settingsstore.h"

#include <QDir>
#include <QFileInfo>
#include <QVariant>

namespace {

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : RecentFiles(QLatin1String(SettingsStore::recentFilesKey), parent)
{
}

RecentFiles::RecentFiles(const QString &settingsKey, QObject *parent)
    : QObject(parent), m_key(settingsKey)
{
}

QStringList RecentFiles::files() const
{
    // A hand-edited settings file may hold anything: keep absolute paths, once, at most maxCount.
    const QStringList stored = SettingsStore().value(m_key).toStringList();
    QStringList files;
    for (const QString &path : stored) {
        if (path.isEmpty() || QDir::isRelativePath(path))
            continue;
        const QString clean = normalised(path);
        if (!files.contains(clean))
            files.append(clean);
        if (files.size() == maxCount)
            break;
    }
    return files;
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString clean = normalised(path);
    QStringList list = files();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > maxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::removeMissing()
{
    QStringList list = files();
    QStringList missing;
    for (const QString &path : list)
        if (!QFileInfo(path).isFile())
            missing.append(path);
    if (!missing.isEmpty()) {
        for (const QString &path : missing)
            list.removeAll(path);
        store(list);
    }
    return missing;
}

void RecentFiles::store(const QStringList &files)
{
    SettingsStore settings;
    if (files.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, files);
    settings.sync();
    emit changed();
}
