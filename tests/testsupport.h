#pragma once

// Small helpers shared by several tests (header only; each test stays its own executable).

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// Writes contents to dir/name and returns the path, or an empty string when it cannot.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return QString();
    return path;
}
