#include "textcorpuscatalog.h"

#include "corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <exception>

QString TextCorpusCatalog::defaultFolder()
{
    return QStringLiteral("/usr/share/games/fortunes");
}

QVector<TextCorpusCatalog::Entry> TextCorpusCatalog::entries()
{
    return {
        {QStringLiteral("tang300"), QStringLiteral("tang300"), QStringLiteral("fortunes-zh")},
        {QStringLiteral("computers"), QStringLiteral("computers"), QStringLiteral("fortunes")},
    };
}

QString TextCorpusCatalog::title(const QString &id)
{
    if (id == QLatin1String("tang300"))
        return QCoreApplication::translate("TextCorpusCatalog", "300 Tang poems (Chinese)");
    if (id == QLatin1String("computers"))
        return QCoreApplication::translate("TextCorpusCatalog", "Fortunes about computers (English)");
    return id;
}

QString TextCorpusCatalog::path(const QString &folder, const QString &id)
{
    for (const Entry &entry : entries())
        if (entry.id == id)
            return QDir(folder).filePath(entry.fileName);
    return QString();
}

TextCorpusCatalog::Loaded TextCorpusCatalog::load(const QString &folder, const QString &id)
{
    for (const Entry &entry : entries()) {
        if (entry.id != id)
            continue;
        const QString file = QDir(folder).filePath(entry.fileName);
        if (!QFileInfo::exists(file))
            return {nullptr, QCoreApplication::translate("TextCorpusCatalog",
                                                         "%1 is not installed: %2 is missing. Install the Debian "
                                                         "package %3 (sudo apt-get install %3), or open any UTF-8 "
                                                         "text with File > Open Text….")
                                 .arg(title(id), file, entry.package)};
        return loadFile(file);
    }
    return {nullptr, QCoreApplication::translate("TextCorpusCatalog", "No such text: %1").arg(id)};
}

TextCorpusCatalog::Loaded TextCorpusCatalog::loadFile(const QString &path)
{
    try {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        return {std::make_shared<const lstmlab::Corpus>(lstmlab::Corpus::fromFile(absolute.toStdString(), true)),
                QString()};
    } catch (const std::exception &error) {
        return {nullptr, QString::fromStdString(error.what())};
    }
}
