#pragma once

// The one door to LSTM Lab's settings file. AppSettings, RecentFiles and the session folder all
// read and write through a SettingsStore, and only this class decides the file's form, where it
// lives and which keys the sessions own (recentFilesKey, sessionFolderKey; AppSettings names
// its own).
//
// The form is JSON: one object of "group/key": value entries, read and written with
// QJsonDocument through QSettings::registerFormat (Qt's public means for a settings format), so
// every SettingsStore of the process shares QSettings' cache, file lock and atomic writes.
// Why not Qt's INI files: their reader decodes @Variant(...) entries through QDataStream, and Qt
// 6.4 reserves room for as many elements as such an entry claims before reading one, so a few
// hand-edited bytes could ask for gigabytes; keeping them out meant copying Qt's private INI
// rules. QJsonDocument decodes nothing but JSON, and a file larger than maxFileBytes is not read
// at all (the defaults apply), which bounds what a hand-edited file can cost.
//
// Values are numbers, booleans, text and lists of text; anything else is written as its text
// (binary values, the window's geometry, are stored by their owner as base64 text).
//
// Earlier versions kept an INI file (<name>.conf beside <name>.json). The first SettingsStore on
// the application's file while no JSON file exists copies that file's plain entries, see
// plainIniEntries(), into the new one and renames the old file to <name>.conf.migrated, so it
// is read once. Entries in Qt's own encodings are dropped, never decoded: among them the
// window's @ByteArray geometry and state, so the window opens once at its default size.

#include <QByteArrayView>
#include <QSettings>
#include <QVariantMap>

class SettingsStore : public QSettings
{
public:
    static constexpr qint64 maxFileBytes = 1024 * 1024;
    static constexpr const char *recentFilesKey = "session/recentFiles";
    static constexpr const char *sessionFolderKey = "session/folder";

    // The application's own file, named after the organisation and application names, under
    // QStandardPaths' configuration folder (its test mode applies).
    SettingsStore();
    // A settings file of this form elsewhere (tests, the fuzz target).
    explicit SettingsStore(const QString &path);

    static QSettings::Format jsonFormat();

    // The plain entries of an old INI settings file: under a [group] line, each `key=value` line
    // whose key holds no '%' and whose value holds no quote, backslash or leading '@' (numbers,
    // words, paths), as "group/key" -> its text, or a list of texts where the value holds ", ".
    // Everything else (comments, Qt's encodings, escaped text) is left out.
    static QVariantMap plainIniEntries(QByteArrayView ini);
    // Copies the plain entries of the INI file at iniPath into `to` and syncs it.
    static void migrateIni(const QString &iniPath, QSettings &to);
};
