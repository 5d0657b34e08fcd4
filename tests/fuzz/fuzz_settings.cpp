// Fuzz target for AppSettings::load (ui/appsettings.h): the bytes are a settings file as a user
// might edit it by hand, read by QSettings from an INI file exactly as the application reads its
// own. Whatever the file says, the settings loaded are in range (clamping them changes nothing,
// both configurations validate), and saved and loaded again they come back unchanged.

#include "appsettings.h"
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

// A fresh file name for every input: QSettings caches each file it has read and only notices
// a change by size and modification time, which two quick inputs of one size can share.
QString nextPath(const char *what)
{
    static QTemporaryDir dir;
    static unsigned long long count = 0;
    fuzzRequire(dir.isValid(), "a temporary folder for the settings files");
    return QDir(dir.path()).filePath(QStringLiteral("%1-%2.ini").arg(QLatin1String(what)).arg(++count));
}

AppSettings loadFile(const QString &path)
{
    const QSettings settings(path, QSettings::IniFormat);
    return AppSettings::load(settings);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = nextPath("edited");
    {
        QFile file(path);
        fuzzRequire(file.open(QIODevice::WriteOnly), "the settings file can be written");
        fuzzRequire(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size),
                    "the settings file is written whole");
    }
    const AppSettings loaded = loadFile(path);
    QFile::remove(path);

    fuzzRequire(loaded.clamped() == loaded, "loaded settings are already in range");
    fuzzRequire(!loaded.model.validate(), "the model configuration is valid");
    fuzzRequire(!loaded.train.validate(), "the training configuration is valid");
    fuzzRequire(loaded.model.timesteps <= AppSettings::timestepsRange.max, "timesteps within the window's range");
    fuzzRequire(loaded.traceWindow >= 0 && loaded.traceWindow < AppSettings::testWindowCount(loaded.model.timesteps),
                "the traced window exists");
    fuzzRequire(loaded.gateLayer >= 0 && loaded.gateLayer < loaded.model.layers, "the gate layer exists");

    const QString savedPath = nextPath("saved");
    {
        QSettings settings(savedPath, QSettings::IniFormat);
        loaded.save(settings);
        settings.sync();
        fuzzRequire(settings.status() == QSettings::NoError, "the settings are saved");
    }
    const AppSettings reloaded = loadFile(savedPath);
    QFile::remove(savedPath);
    fuzzRequire(reloaded == loaded, "saved settings load back unchanged");
    return 0;
}
