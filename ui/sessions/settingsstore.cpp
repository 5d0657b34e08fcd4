#include "settingsstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList texts;
        for (const QJsonValue element : value.toArray())
            if (element.isString() || element.isDouble() || element.isBool())
                texts.append(element.toVariant().toString());
        return texts;
    }
    default:
        return {}; // objects and null: not a value of this form
    }
}

QJsonValue toJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Double:
        if (std::isfinite(value.toDouble()))
            return value.toDouble();
        return value.toString();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return value.toString();
    }
}

// A file larger than maxFileBytes is refused before a byte is parsed.
bool readJson(QIODevice &device, QSettings::SettingsMap &map)
{
    if (device.size() > SettingsStore::maxFileBytes)
        return false;
    const QByteArray data = device.read(SettingsStore::maxFileBytes + 1);
    if (data.size() > SettingsStore::maxFileBytes)
        return false;
    if (data.trimmed().isEmpty())
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto entry = object.constBegin(); entry != object.constEnd(); ++entry) {
        const QVariant value = fromJson(entry.value());
        if (value.isValid() && !entry.key().isEmpty())
            map.insert(entry.key(), value);
    }
    return true;
}

bool writeJson(QIODevice &device, const QSettings::SettingsMap &map)
{
    QJsonObject object;
    for (auto entry = map.constBegin(); entry != map.constEnd(); ++entry)
        object.insert(entry.key(), toJson(entry.value()));
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    return device.write(text) == text.size();
}

QByteArray readCapped(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > SettingsStore::maxFileBytes)
        return {};
    return file.read(SettingsStore::maxFileBytes);
}

bool isPlainText(const QString &text)
{
    return !text.startsWith(u'@') && !text.contains(u'"') && !text.contains(u'\\') && !text.contains(u';');
}

// The format; before the application's own file is opened, an old INI file beside it is
// migrated (see the header). Once migrated, the old file is renamed, so this costs two file
// look-ups afterwards.
QSettings::Format migratedFormat()
{
    QSettings json(SettingsStore::jsonFormat(), QSettings::UserScope, QCoreApplication::organizationName(),
                   QCoreApplication::applicationName());
    const QString jsonPath = json.fileName();
    if (jsonPath.endsWith(QLatin1String(".json")) && !QFile::exists(jsonPath)) {
        const QString iniPath = jsonPath.chopped(4) + QStringLiteral("conf");
        if (QFile::exists(iniPath)) {
            SettingsStore::migrateIni(iniPath, json);
            QFile::rename(iniPath, iniPath + QStringLiteral(".migrated"));
        }
    }
    return SettingsStore::jsonFormat();
}

} // namespace

SettingsStore::SettingsStore()
    : QSettings(migratedFormat(), QSettings::UserScope, QCoreApplication::organizationName(),
                QCoreApplication::applicationName())
{
}

SettingsStore::SettingsStore(const QString &path)
    : QSettings(path, jsonFormat())
{
}

QSettings::Format SettingsStore::jsonFormat()
{
    static const QSettings::Format format = QSettings::registerFormat(QStringLiteral("json"), readJson, writeJson);
    return format;
}

QVariantMap SettingsStore::plainIniEntries(QByteArrayView ini)
{
    QVariantMap entries;
    QString group;
    bool groupIsPlain = true;
    for (const QByteArray &raw : ini.toByteArray().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2).trimmed();
            groupIsPlain = !group.contains(u'%') && !group.contains(u'\\') && !group.contains(u'/');
            if (group == QLatin1String("General"))
                group.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!groupIsPlain || equals <= 0)
            continue;
        QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key.isEmpty() || key.contains(u'%') || key.contains(u'/') || !isPlainText(value))
            continue;
        key.replace(u'\\', u'/');
        if (!group.isEmpty())
            key = group + u'/' + key;
        if (!value.contains(u',')) {
            entries.insert(key, value);
            continue;
        }
        QStringList list;
        for (const QString &element : value.split(u','))
            list.append(element.trimmed());
        if (std::all_of(list.cbegin(), list.cend(), isPlainText))
            entries.insert(key, list);
    }
    return entries;
}

void SettingsStore::migrateIni(const QString &iniPath, QSettings &to)
{
    const QVariantMap entries = plainIniEntries(readCapped(iniPath));
    for (auto entry = entries.constBegin(); entry != entries.constEnd(); ++entry)
        to.setValue(entry.key(), entry.value());
    to.sync();
}
