#include "appsettings.h"

#include "dataset.h"
#include "noisysignal.h"
#include "settingsstore.h"
#include "signalcatalog.h"
#include "translations.h"

#include <algorithm>
#include <cmath>
#include <optional>

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

// Window geometry and state are bytes; the settings file holds them as base64 text. Anything
// else there (a hand edit) reads as none.
QByteArray readBytes(const QSettings &settings, const QString &key)
{
    const auto decoded = QByteArray::fromBase64Encoding(settings.value(key).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

AppSettings AppSettings::clamped() const
{
    AppSettings s = *this;
    s.model = model.clamped();
    s.train = train.clamped(); // Adam's constants too, which the window does not offer

    s.traceWindow = std::clamp(traceWindow, 0, lstmlab::DataSpec{}.testWindowCount(s.model.timesteps) - 1);
    s.gateLayer = std::clamp(gateLayer, 0, s.model.layers - 1);
    s.gateUnits = clampInt(gateUnits, gateUnitsRange);
    s.maxSnapshotsPerSecond = std::isfinite(maxSnapshotsPerSecond)
        ? clampReal(maxSnapshotsPerSecond, snapshotRateRange) : 30.0;
    s.stepDelayMs = clampInt(stepDelayMs, stepDelayRange);
    s.exportScale = clampInt(exportScale, exportScaleRange);
    if (s.exportScale == 3)
        s.exportScale = 2; // the menu offers 1x, 2x and 4x

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
    if (s.task != QLatin1String("text") && s.task != QLatin1String("embed"))
        s.task = QStringLiteral("sine");
    // The text task's own ranges: its units go up to the Udacity preset's 512 when the core allows.
    const int textUnits = s.textModel.units;
    s.textModel = textModel.clamped();
    s.textModel.units = std::clamp(textUnits, 1, 512);
    s.textModel.inputSize = 1;
    s.textModel.outputSize = 1;
    s.textTrain = textTrain.clamped();
    s.textTrain.shuffle = false;
    if (s.textCorpus.isEmpty())
        s.textCorpus = QStringLiteral("tang300");
    s.language = Translations::normalize(language); // an unknown language: the system's
    return s;
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.model.units = clampInt(readReal(settings, "model/units", s.model.units), lstmlab::ModelConfig::unitsRange);
    s.model.layers = clampInt(readReal(settings, "model/layers", s.model.layers), lstmlab::ModelConfig::layersRange);
    s.model.timesteps = clampInt(readReal(settings, "model/timesteps", s.model.timesteps), lstmlab::ModelConfig::timestepsRange);
    s.model.dropout = readReal(settings, "model/dropout", s.model.dropout);
    s.model.forgetBias = readReal(settings, "model/forgetBias", s.model.forgetBias);

    s.train.batchSize = clampInt(readReal(settings, "training/batchSize", s.train.batchSize),
                                 lstmlab::TrainConfig::batchSizeRange);
    s.train.learningRate = readReal(settings, "training/learningRate", s.train.learningRate);
    s.train.epochs = clampInt(readReal(settings, "training/epochs", s.train.epochs), lstmlab::TrainConfig::epochsRange);
    s.train.seed = unsigned(clampInt(readReal(settings, "training/seed", s.train.seed), lstmlab::TrainConfig::seedRange));
    s.train.shuffle = readBool(settings, "training/shuffle", s.train.shuffle);
    s.train.clipNorm = readReal(settings, "training/clipNorm", s.train.clipNorm);

    s.startTrainingOnLaunch = readBool(settings, "app/startTrainingOnLaunch", s.startTrainingOnLaunch);
    s.pauseAtEpochEnd = readBool(settings, "app/pauseAtEpochEnd", s.pauseAtEpochEnd);
    s.freeRun = readBool(settings, "view/freeRun", s.freeRun);
    s.traceWindow = clampInt(readReal(settings, "view/traceWindow", s.traceWindow), {0, 1e6});
    s.gateLayer = clampInt(readReal(settings, "view/gateLayer", s.gateLayer), {0, 1e6});
    s.gateUnits = clampInt(readReal(settings, "view/gateUnits", s.gateUnits), gateUnitsRange);
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
    s.exportScale = clampInt(readReal(settings, "export/scale", s.exportScale), exportScaleRange);
    s.task = settings.value("task/shown", s.task).toString();
    s.textModel.units = clampInt(readReal(settings, "text/units", s.textModel.units), {1, 512});
    s.textModel.layers = clampInt(readReal(settings, "text/layers", s.textModel.layers), lstmlab::ModelConfig::layersRange);
    s.textModel.timesteps = clampInt(readReal(settings, "text/timesteps", s.textModel.timesteps),
                                     lstmlab::ModelConfig::timestepsRange);
    s.textModel.dropout = readReal(settings, "text/dropout", s.textModel.dropout);
    s.textTrain.batchSize = clampInt(readReal(settings, "text/streams", s.textTrain.batchSize),
                                     lstmlab::TrainConfig::batchSizeRange);
    s.textTrain.learningRate = readReal(settings, "text/learningRate", s.textTrain.learningRate);
    s.textTrain.epochs = clampInt(readReal(settings, "text/epochs", s.textTrain.epochs), lstmlab::TrainConfig::epochsRange);
    s.textTrain.seed = unsigned(clampInt(readReal(settings, "text/seed", s.textTrain.seed), lstmlab::TrainConfig::seedRange));
    s.textTrain.clipNorm = readReal(settings, "text/clipNorm", s.textTrain.clipNorm);
    s.textCorpus = settings.value("text/corpus", s.textCorpus).toString();
    s.windowGeometry = readBytes(settings, "window/geometry");
    s.windowState = readBytes(settings, "window/state");
    return s.clamped();
}

void AppSettings::save(QSettings &settings) const
{
    const AppSettings s = clamped();
    settings.setValue("model/units", s.model.units);
    settings.setValue("model/layers", s.model.layers);
    settings.setValue("model/timesteps", s.model.timesteps);
    settings.setValue("model/dropout", s.model.dropout);
    settings.setValue("model/forgetBias", s.model.forgetBias);
    settings.setValue("training/batchSize", s.train.batchSize);
    settings.setValue("training/learningRate", s.train.learningRate);
    settings.setValue("training/epochs", s.train.epochs);
    settings.setValue("training/seed", s.train.seed);
    settings.setValue("training/shuffle", s.train.shuffle);
    settings.setValue("training/clipNorm", s.train.clipNorm);
    settings.setValue("app/startTrainingOnLaunch", s.startTrainingOnLaunch);
    settings.setValue("app/pauseAtEpochEnd", s.pauseAtEpochEnd);
    settings.setValue("view/freeRun", s.freeRun);
    settings.setValue("view/traceWindow", s.traceWindow);
    settings.setValue("view/gateLayer", s.gateLayer);
    settings.setValue("view/gateUnits", s.gateUnits);
    settings.setValue("view/gateVocabulary", GateVocabulary::key(s.gateVocabulary));
    settings.setValue("view/language", s.language);
    settings.setValue("view/maxSnapshotsPerSecond", s.maxSnapshotsPerSecond);
    settings.setValue("training/stepDelayMs", s.stepDelayMs);
    settings.setValue("signal/id", s.signalId);
    // One plain number per parameter: the settings file holds no maps (see SettingsStore).
    settings.remove("signal/parameters");
    for (auto p = s.signalParameters.cbegin(); p != s.signalParameters.cend(); ++p)
        settings.setValue(QStringLiteral("signal/parameters/") + p.key(), p.value().toDouble());
    settings.setValue("signal/noise", s.noiseStddev);
    settings.setValue("signal/csvPath", s.csvPath);
    settings.setValue("signal/csvColumn", s.csvColumn);
    settings.setValue("export/folder", s.exportFolder);
    settings.setValue("export/scale", s.exportScale);
    settings.setValue("task/shown", s.task);
    settings.setValue("text/units", s.textModel.units);
    settings.setValue("text/layers", s.textModel.layers);
    settings.setValue("text/timesteps", s.textModel.timesteps);
    settings.setValue("text/dropout", s.textModel.dropout);
    settings.setValue("text/streams", s.textTrain.batchSize);
    settings.setValue("text/learningRate", s.textTrain.learningRate);
    settings.setValue("text/epochs", s.textTrain.epochs);
    settings.setValue("text/seed", s.textTrain.seed);
    settings.setValue("text/clipNorm", s.textTrain.clipNorm);
    settings.setValue("text/corpus", s.textCorpus);
    settings.setValue("window/geometry", QString::fromLatin1(s.windowGeometry.toBase64()));
    settings.setValue("window/state", QString::fromLatin1(s.windowState.toBase64()));
}

AppSettings AppSettings::load()
{
    const SettingsStore settings;
    return load(settings);
}

void AppSettings::save() const
{
    SettingsStore settings;
    save(settings);
    settings.sync();
}
