// Fuzz target for the settings (ui/sessions/settingsstore.h, ui/shell/appsettings.h): the bytes are
// read twice, as the JSON settings file a user might edit by hand and as an old INI settings file
// migrated into a new one, each exactly as the application reads its own. Whatever the bytes say,
// the settings loaded are in range (clamping them changes nothing, both configurations
// validate), and saved and loaded again they come back unchanged.

#include "appsettings.h"
#include "dataset.h"
#include "fuzzcheck.h"
#include "settingsstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

// QSettings syncs every file it saves to disk: in memory (/dev/shm) that costs nothing, on a
// disk it slows the fuzzer twentyfold.
QString temporaryTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    if (shm.isDir() && shm.isWritable())
        return QStringLiteral("/dev/shm/lstmlab-fuzz-settings-XXXXXX");
    return QDir(QDir::tempPath()).filePath(QStringLiteral("lstmlab-fuzz-settings-XXXXXX"));
}

QString pathOf(const char *name)
{
    static QTemporaryDir dir(temporaryTemplate());
    fuzzRequire(dir.isValid(), "a temporary folder for the settings files");
    return QDir(dir.path()).filePath(QLatin1String(name));
}

// One file name for every input (a new name each time would grow QSettings' cache of files
// read, which makes LeakSanitizer look at every input). QSettings rereads a cached file only
// when its size or modification time changed, so each input gets a time of its own.
void writeInput(const QString &path, const std::uint8_t *data, std::size_t size)
{
    static qint64 inputs = 0;
    QFile file(path);
    fuzzRequire(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the settings file can be written");
    fuzzRequire(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
                "the settings file is written whole");
    file.close();
    fuzzRequire(file.open(QIODevice::ReadWrite)
                    && file.setFileTime(QDateTime::fromSecsSinceEpoch(1'000'000'000 + ++inputs),
                                        QFileDevice::FileModificationTime),
                "the settings file gets a modification time of its own");
}

AppSettings loadFile(const QString &path)
{
    const SettingsStore settings(path);
    return AppSettings::load(settings);
}

void checkLoaded(const AppSettings &loaded)
{
    fuzzRequire(loaded.clamped() == loaded, "loaded settings are already in range");
    fuzzRequire(!loaded.model.validate(), "the model configuration is valid");
    fuzzRequire(!loaded.train.validate(), "the training configuration is valid");
    fuzzRequire(loaded.model.timesteps <= lstmlab::ModelConfig::timestepsRange.max, "timesteps within the window's range");
    fuzzRequire(loaded.traceWindow >= 0 && loaded.traceWindow < lstmlab::DataSpec{}.testWindowCount(loaded.model.timesteps),
                "the traced window exists");
    fuzzRequire(loaded.gateLayer >= 0 && loaded.gateLayer < loaded.model.layers, "the gate layer exists");

    const QString savedPath = pathOf("saved.json");
    {
        SettingsStore settings(savedPath);
        settings.clear();
        loaded.save(settings);
        settings.sync();
        fuzzRequire(settings.status() == QSettings::NoError, "the settings are saved");
    }
    const AppSettings reloaded = loadFile(savedPath);
    fuzzRequire(reloaded == loaded, "saved settings load back unchanged");
}

} // namespace

// As in the application, a QGuiApplication exists (QSettings and the settings' GUI types run
// under one there).
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int qtArgc = 1;
    static char *qtArgv[] = {*argc > 0 ? (*argv)[0] : nullptr, nullptr};
    // Never destroyed: it must outlive every QSettings, and libFuzzer may end the process from
    // anywhere. The pointer keeps it reachable for LeakSanitizer.
    static QGuiApplication *application = new QGuiApplication(qtArgc, qtArgv);
    (void)application;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The bytes as the JSON settings file.
    const QString path = pathOf("edited.json");
    writeInput(path, data, size);
    checkLoaded(loadFile(path));

    // The bytes as an old INI settings file, migrated into a new JSON file.
    const QString iniPath = pathOf("old.conf");
    writeInput(iniPath, data, size);
    const QString migratedPath = pathOf("migrated.json");
    {
        SettingsStore migrated(migratedPath);
        migrated.clear();
        SettingsStore::migrateIni(iniPath, migrated);
        fuzzRequire(migrated.status() == QSettings::NoError, "the migrated settings are saved");
    }
    checkLoaded(loadFile(migratedPath));
    return 0;
}
