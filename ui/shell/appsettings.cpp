#include "appsettings.h"

#include "dataset.h"
#include "noisysignal.h"
#include "signalcatalog.h"
#include "translations.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace {

// A finite number, or nothing when the entry is missing or is not a number.
std::optional<double> readNumber(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

double clampReal(double value, lstmlab::Range range)
{
    if (!std::isfinite(value))
        return range.min;
    return std::clamp(value, range.min, range.max);
}

int clampInt(double value, lstmlab::Range range)
{
    return int(std::lround(clampReal(value, range)));
}

double readReal(const QSettings &settings, const QString &key, double fallback)
{
    return readNumber(settings, key).value_or(fallback);
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

// ---- Entries QSettings would decode from Qt's binary form ------------------------------------
//
// QSettings' INI reader (qsettings.cpp in Qt 6.4) turns an entry into a QVariant through
// QDataStream when its text, once unescaped, starts with @Variant( or @DateTime(; a list entry
// ("a, b") does so for each element. Inside, a QList reserves the element count the stream
// states before reading a single element. Qt decodes a whole section at its first read and every
// section before it writes, so such an entry must be gone from the file before QSettings reads
// any value from it.

bool isBlank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

int hexDigit(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

bool isOctalDigit(char ch)
{
    return ch >= '0' && ch <= '7';
}

// The text QSettings makes of `raw`, as far as the two prefixes are concerned. Escapes are decoded
// exactly as QSettingsPrivate::iniUnescapedStringList() decodes them (a hexadecimal or octal
// escape takes every digit that follows and keeps the last 16 bits; a backslash before any other
// character drops both). Quotes are dropped with the blanks after them and bytes outside ASCII are
// dropped; everything else is kept, keys, commas and line breaks included. Each of those choices
// can only join characters Qt keeps apart, never part characters Qt joins, so whatever Qt would
// decode shows here (and a little more, which is dropped too).
QString unescapedIniText(QByteArrayView raw)
{
    QString text;
    text.reserve(raw.size());
    const qsizetype n = raw.size();
    qsizetype i = 0;
    while (i < n) {
        const char ch = raw[i++];
        if (ch == '"') {
            while (i < n && (raw[i] == ' ' || raw[i] == '\t'))
                ++i;
            continue;
        }
        if (uchar(ch) >= 0x80)
            continue;
        if (ch != '\\') {
            text += QLatin1Char(ch);
            continue;
        }
        if (i >= n)
            break;
        const char escaped = raw[i++];
        switch (escaped) {
        case 'a': text += u'\a'; continue;
        case 'b': text += u'\b'; continue;
        case 'f': text += u'\f'; continue;
        case 'n': text += u'\n'; continue;
        case 'r': text += u'\r'; continue;
        case 't': text += u'\t'; continue;
        case 'v': text += u'\v'; continue;
        case '"': case '?': case '\'': case '\\': text += QLatin1Char(escaped); continue;
        default: break;
        }
        if (escaped == 'x') {
            if (i >= n || hexDigit(raw[i]) < 0)
                continue;
            char16_t value = 0;
            while (i < n && hexDigit(raw[i]) >= 0)
                value = char16_t((value << 4) + hexDigit(raw[i++]));
            text += QChar(value);
        } else if (isOctalDigit(escaped)) {
            char16_t value = char16_t(escaped - '0');
            while (i < n && isOctalDigit(raw[i]))
                value = char16_t((value << 3) + (raw[i++] - '0'));
            text += QChar(value);
        } else if ((escaped == '\n' || escaped == '\r') && i < n
                   && (raw[i] == '\n' || raw[i] == '\r') && raw[i] != escaped) {
            ++i; // a continued line: the escaped break is "\r\n" or "\n\r"
        }
    }
    return text;
}

bool holdsBinaryValue(QByteArrayView raw)
{
    const QString text = unescapedIniText(raw);
    return text.contains(QLatin1String("@Variant(")) || text.contains(QLatin1String("@DateTime("));
}

// The logical lines of an INI file as QConfFileSettingsPrivate::readIniLine() splits them: a line
// break ends a line unless it is quoted or escaped, a ';' outside quotes ends it too, and a ';'
// that starts a line makes the rest of that physical line a comment (in no line).
QList<QByteArrayView> iniLines(QByteArrayView data)
{
    QList<QByteArrayView> lines;
    const qsizetype n = data.size();
    qsizetype pos = 0;
    for (;;) {
        bool inQuotes = false;
        qsizetype lineStart = pos;
        while (lineStart < n && isBlank(data[lineStart]))
            ++lineStart;
        qsizetype i = lineStart;
        while (i < n) {
            const char ch = data[i++];
            if (ch == '\n' || ch == '\r') {
                if (i == lineStart + 1) {
                    ++lineStart;
                } else if (!inQuotes) {
                    --i;
                    break;
                }
            } else if (ch == '\\') {
                if (i < n) {
                    const char escaped = data[i++];
                    if (i < n && ((escaped == '\n' && data[i] == '\r') || (escaped == '\r' && data[i] == '\n')))
                        ++i;
                }
            } else if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (ch == ';') {
                if (i == lineStart + 1) {
                    while (i < n && data[i] != '\n' && data[i] != '\r')
                        ++i;
                    while (i < n && isBlank(data[i]))
                        ++i;
                    lineStart = i;
                } else if (!inQuotes) {
                    --i;
                    break;
                }
            }
        }
        pos = i;
        if (i - lineStart <= 0)
            return lines;
        lines.append(data.sliced(lineStart, i - lineStart));
    }
}

enum class FileCheck { Clean, Cleaned, Unreadable };

// Rewrites the settings file at `path` without the lines that hold a binary value (comments go
// too); the rest is kept byte for byte. If the lines found here were not the lines Qt finds, the
// result is checked as a whole again and, should it still hold one, emptied.
FileCheck removeBinaryValues(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return FileCheck::Clean;
    if (!file.open(QIODevice::ReadOnly))
        return FileCheck::Clean; // QSettings cannot read it either
    const QByteArray data = file.readAll();
    file.close();
    if (!holdsBinaryValue(data))
        return FileCheck::Clean;

    QByteArray kept;
    for (QByteArrayView line : iniLines(data)) {
        if (!holdsBinaryValue(line))
            kept.append(line).append('\n');
    }
    if (holdsBinaryValue(kept))
        kept.clear();

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        return FileCheck::Unreadable;
    return FileCheck::Cleaned;
}

} // namespace

AppSettings AppSettings::clamped() const
{
    AppSettings s = *this;
    s.model = model.clamped();
    s.train = train.clamped(); // Adam's constants too, which the window does not offer

    s.traceWindow = std::clamp(traceWindow, 0, lstmlab::DataSpec{}.testWindowCount(s.model.timesteps) - 1);
    s.gateLayer = std::clamp(gateLayer, 0, s.model.layers - 1);
    s.maxSnapshotsPerSecond = std::isfinite(maxSnapshotsPerSecond)
        ? clampReal(maxSnapshotsPerSecond, snapshotRateRange) : 30.0;
    s.stepDelayMs = clampInt(stepDelayMs, stepDelayRange);

    // The signal: a known id, only its own parameters, each a number within its range.
    const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(signalId.toStdString());
    if (!info)
        info = lstmlab::SignalCatalog::find(lstmlab::SignalCatalog::defaultId);
    s.signalId = QString::fromStdString(info->id);
    s.signalParameters.clear();
    for (const lstmlab::SignalParameter &p : info->parameters) {
        const QVariant value = signalParameters.value(QString::fromStdString(p.id));
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        s.signalParameters.insert(QString::fromStdString(p.id),
                                  ok && std::isfinite(number) ? std::clamp(number, p.min, p.max) : p.defaultValue);
    }
    s.noiseStddev = clampReal(noiseStddev, {0.0, lstmlab::NoisySignal::maxStddev});
    s.csvColumn = std::max(0, csvColumn);
    s.language = Translations::normalize(language); // an unknown language: the system's
    return s;
}

AppSettings AppSettings::load(const QSettings &settings)
{
    switch (removeBinaryValues(settings.fileName())) {
    case FileCheck::Clean:
        return read(settings);
    case FileCheck::Cleaned: {
        // A new QSettings on the file rereads it (for every QSettings on that file).
        const QSettings reread(settings.fileName(), settings.format());
        return read(reread);
    }
    case FileCheck::Unreadable:
        break;
    }
    return AppSettings{}.clamped();
}

AppSettings AppSettings::read(const QSettings &settings)
{
    AppSettings s;
    s.model.units = clampInt(readReal(settings, "model/units", s.model.units), lstmlab::ModelConfig::unitsRange);
    s.model.layers = clampInt(readReal(settings, "model/layers", s.model.layers), lstmlab::ModelConfig::layersRange);
    s.model.timesteps = clampInt(readReal(settings, "model/timesteps", s.model.timesteps), lstmlab::ModelConfig::timestepsRange);
    s.model.dropout = readReal(settings, "model/dropout", s.model.dropout);

    s.train.batchSize = clampInt(readReal(settings, "training/batchSize", s.train.batchSize),
                                 lstmlab::TrainConfig::batchSizeRange);
    s.train.learningRate = readReal(settings, "training/learningRate", s.train.learningRate);
    s.train.epochs = clampInt(readReal(settings, "training/epochs", s.train.epochs), lstmlab::TrainConfig::epochsRange);
    s.train.seed = unsigned(clampInt(readReal(settings, "training/seed", s.train.seed), lstmlab::TrainConfig::seedRange));
    s.train.shuffle = readBool(settings, "training/shuffle", s.train.shuffle);
    s.train.clipNorm = readReal(settings, "training/clipNorm", s.train.clipNorm);

    s.startTrainingOnLaunch = readBool(settings, "app/startTrainingOnLaunch", s.startTrainingOnLaunch);
    s.freeRun = readBool(settings, "view/freeRun", s.freeRun);
    s.traceWindow = clampInt(readReal(settings, "view/traceWindow", s.traceWindow), {0, 1e6});
    s.gateLayer = clampInt(readReal(settings, "view/gateLayer", s.gateLayer), {0, 1e6});
    s.gateVocabulary = GateVocabulary::fromKey(settings.value("view/gateVocabulary").toString(), s.gateVocabulary);
    s.language = settings.value("view/language").toString();
    s.maxSnapshotsPerSecond = readReal(settings, "view/maxSnapshotsPerSecond", s.maxSnapshotsPerSecond);
    s.stepDelayMs = clampInt(readReal(settings, "training/stepDelayMs", s.stepDelayMs), stepDelayRange);
    s.signalId = settings.value("signal/id", s.signalId).toString();
    // The parameters of the signal that will be used (clamped() falls back the same way).
    const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(s.signalId.toStdString());
    if (!info)
        info = lstmlab::SignalCatalog::find(lstmlab::SignalCatalog::defaultId);
    for (const lstmlab::SignalParameter &p : info->parameters) {
        const QString id = QString::fromStdString(p.id);
        if (const std::optional<double> value = readNumber(settings, QStringLiteral("signal/parameters/") + id))
            s.signalParameters.insert(id, *value);
    }
    s.noiseStddev = readReal(settings, "signal/noise", s.noiseStddev);
    s.csvPath = settings.value("signal/csvPath").toString();
    s.csvColumn = clampInt(readReal(settings, "signal/csvColumn", s.csvColumn), {0, 1e6});
    s.exportFolder = settings.value("export/folder").toString();
    s.windowGeometry = settings.value("window/geometry").toByteArray();
    s.windowState = settings.value("window/state").toByteArray();
    return s.clamped();
}

void AppSettings::save(QSettings &settings) const
{
    const AppSettings s = clamped();
    settings.setValue("model/units", s.model.units);
    settings.setValue("model/layers", s.model.layers);
    settings.setValue("model/timesteps", s.model.timesteps);
    settings.setValue("model/dropout", s.model.dropout);
    settings.setValue("training/batchSize", s.train.batchSize);
    settings.setValue("training/learningRate", s.train.learningRate);
    settings.setValue("training/epochs", s.train.epochs);
    settings.setValue("training/seed", s.train.seed);
    settings.setValue("training/shuffle", s.train.shuffle);
    settings.setValue("training/clipNorm", s.train.clipNorm);
    settings.setValue("app/startTrainingOnLaunch", s.startTrainingOnLaunch);
    settings.setValue("view/freeRun", s.freeRun);
    settings.setValue("view/traceWindow", s.traceWindow);
    settings.setValue("view/gateLayer", s.gateLayer);
    settings.setValue("view/gateVocabulary", GateVocabulary::key(s.gateVocabulary));
    settings.setValue("view/language", s.language);
    settings.setValue("view/maxSnapshotsPerSecond", s.maxSnapshotsPerSecond);
    settings.setValue("training/stepDelayMs", s.stepDelayMs);
    settings.setValue("signal/id", s.signalId);
    // One plain number per parameter: a QVariantMap would be written in Qt's binary form, which
    // load() does not read (see the header).
    settings.remove("signal/parameters");
    for (auto p = s.signalParameters.cbegin(); p != s.signalParameters.cend(); ++p)
        settings.setValue(QStringLiteral("signal/parameters/") + p.key(), p.value().toDouble());
    settings.setValue("signal/noise", s.noiseStddev);
    settings.setValue("signal/csvPath", s.csvPath);
    settings.setValue("signal/csvColumn", s.csvColumn);
    settings.setValue("export/folder", s.exportFolder);
    settings.setValue("window/geometry", s.windowGeometry);
    settings.setValue("window/state", s.windowState);
}

AppSettings AppSettings::load()
{
    const QSettings settings;
    return load(settings);
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
    settings.sync();
}
