#include "sessionsignal.h"

#include "csvseries.h"
#include "dataset.h"
#include "noisysignal.h"
#include "signalcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <exception>

namespace {

const QString noiseKey = QStringLiteral("noise");
const QString pathKey = QStringLiteral("path");
const QString columnKey = QStringLiteral("column");

} // namespace

lstmlab::SignalChoice SessionSignal::toChoice() const
{
    QJsonObject object;
    if (usesSeries()) {
        object.insert(pathKey, csvPath);
        object.insert(columnKey, csvColumn);
    } else if (const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(id.toStdString())) {
        // Defaults are left out: the seed's sine is {"id": "sine", "parameters": {}}.
        for (const lstmlab::SignalParameter &p : info->parameters) {
            const QString key = QString::fromStdString(p.id);
            if (!parameters.contains(key))
                continue;
            const double value = parameters.value(key).toDouble();
            if (value != p.defaultValue)
                object.insert(key, value);
        }
        if (noise > 0.0)
            object.insert(noiseKey, noise);
    }
    lstmlab::SignalChoice choice;
    choice.id = id.toStdString();
    choice.parametersJson = QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    return choice;
}

std::optional<SessionSignal> SessionSignal::fromChoice(const lstmlab::SignalChoice &choice, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(choice.parametersJson), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("signal.parameters is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    SessionSignal signal;
    signal.id = QString::fromStdString(choice.id);

    if (signal.usesSeries()) {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (it.key() != pathKey && it.key() != columnKey) {
                *error = tr("signal.parameters.%1: a CSV series has only \"path\" and \"column\"").arg(it.key());
                return std::nullopt;
            }
        if (!object.value(pathKey).isString() || object.value(pathKey).toString().isEmpty()) {
            *error = tr("signal.parameters.path must name the CSV file the series was read from");
            return std::nullopt;
        }
        const QJsonValue column = object.value(columnKey);
        const double c = column.isUndefined() ? 0.0 : column.toDouble(-1.0);
        if (c < 0 || c > 1e6 || c != std::floor(c)) {
            *error = tr("signal.parameters.column must be a whole number from 0 (the only column) up");
            return std::nullopt;
        }
        signal.csvPath = object.value(pathKey).toString();
        signal.csvColumn = int(c);
        return signal;
    }

    const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(choice.id);
    if (!info) {
        QStringList known;
        for (const lstmlab::SignalInfo &i : lstmlab::SignalCatalog::all())
            known << QString::fromStdString(i.id);
        known << QLatin1String(csvId);
        *error = tr("signal.id \"%1\" is none of the signals LSTM Lab knows (%2)")
                     .arg(signal.id, known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isDouble()) {
            *error = tr("signal.parameters.%1 must be a number").arg(it.key());
            return std::nullopt;
        }
        const double value = it.value().toDouble();
        if (it.key() == noiseKey) {
            if (!(value >= 0.0 && value <= lstmlab::NoisySignal::maxStddev)) {
                *error = tr("signal.parameters.noise must be in 0..%1 (got %2)")
                             .arg(lstmlab::NoisySignal::maxStddev).arg(value);
                return std::nullopt;
            }
            signal.noise = value;
            continue;
        }
        if (!info->parameter(it.key().toStdString())) {
            *error = tr("signal.parameters.%1: the signal \"%2\" has no such parameter").arg(it.key(), signal.id);
            return std::nullopt;
        }
        signal.parameters.insert(it.key(), value);
    }
    // The catalog checks every range and names what is out of it.
    lstmlab::SignalParameters values;
    for (auto it = signal.parameters.cbegin(); it != signal.parameters.cend(); ++it)
        values[it.key().toStdString()] = it.value().toDouble();
    const lstmlab::SignalCreateResult made = lstmlab::SignalCatalog::create(choice.id, values);
    if (!made.generator) {
        *error = tr("signal.parameters: %1").arg(QString::fromStdString(made.error));
        return std::nullopt;
    }
    // Every parameter, defaults included, as the signal panel holds them.
    for (const lstmlab::SignalParameter &p : info->parameters) {
        const QString key = QString::fromStdString(p.id);
        if (!signal.parameters.contains(key))
            signal.parameters.insert(key, p.defaultValue);
    }
    return signal;
}

std::optional<SessionSignal::Source> SessionSignal::build(int timesteps, QString *error) const
{
    Source source;
    try {
        if (usesSeries()) {
            lstmlab::CsvOptions options;
            options.timesteps = timesteps;
            if (csvColumn > 0)
                options.valueColumn = lstmlab::CsvColumn::byNumber(csvColumn);
            lstmlab::CsvReadResult read = lstmlab::CsvSeries::load(QFile::encodeName(csvPath).toStdString(), options);
            if (!read.series) {
                *error = tr("the series it learns: %1").arg(QString::fromStdString(read.error));
                return std::nullopt;
            }
            auto series = std::make_shared<const lstmlab::CsvSeries>(std::move(*read.series));
            source.data = std::make_shared<const lstmlab::Dataset>(series->dataset(timesteps));
            source.series = std::move(series);
            return source;
        }
        lstmlab::SignalParameters values;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            values[it.key().toStdString()] = it.value().toDouble();
        lstmlab::SignalCreateResult made = lstmlab::SignalCatalog::create(id.toStdString(), values);
        if (!made.generator) {
            *error = tr("the signal it learns: %1").arg(QString::fromStdString(made.error));
            return std::nullopt;
        }
        // As the signal panel makes it: the same noise on every run.
        std::shared_ptr<const lstmlab::SignalGenerator> signal(std::move(made.generator));
        if (noise > 0.0)
            signal = std::make_shared<lstmlab::NoisySignal>(signal, noise, noiseSeed);
        source.data = std::make_shared<const lstmlab::Dataset>(*signal, lstmlab::DataSpec(), timesteps);
        source.signal = std::move(signal);
        return source;
    } catch (const std::exception &e) {
        *error = tr("the data it learns cannot be made: %1").arg(QString::fromStdString(e.what()));
        return std::nullopt;
    }
}
