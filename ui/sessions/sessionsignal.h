#pragma once

// What a session learns from, as the window shows it: a built-in signal of the SignalCatalog
// with its parameters and noise, or a learner's CSV series (its file and column). In the
// session file (docs/session-format.md) it is the "signal" object:
//   {"id": "damped-sine", "parameters": {"decay": 0.05, "noise": 0.2}}
//       a catalog id; only the parameters that differ from their defaults, and "noise" (the
//       standard deviation of the Gaussian noise) when there is any, so the seed's sine is
//       {"id": "sine", "parameters": {}}, which the headless mode resumes too;
//   {"id": "csv", "parameters": {"path": "/home/me/prices.csv", "column": 2}}
//       a CSV series, read again from its file when the session is opened (column 0: the
//       file's only column).
// build() makes the same generator the signal panel makes, so an opened session trains on
// exactly the data it was saved with.

#include "sessionfile.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace lstmlab {
class CsvSeries;
class Dataset;
class SignalGenerator;
} // namespace lstmlab

class SessionSignal
{
    Q_DECLARE_TR_FUNCTIONS(SessionSignal)

public:
    QString id = QStringLiteral("sine"); // a catalog id, or csvId
    QVariantMap parameters;              // the built-in signal's values by parameter id
    double noise = 0.0;                  // 0..NoisySignal::maxStddev
    QString csvPath;                     // the CSV file, when id is csvId
    int csvColumn = 0;                   // its value column from 1; 0: the only column

    static constexpr const char *csvId = "csv";
    static constexpr unsigned noiseSeed = 1; // the same noise on every run

    bool usesSeries() const { return id == QLatin1String(csvId); }

    lstmlab::SignalChoice toChoice() const;
    // Refuses an unknown id, a parameter the signal does not have, a value out of its range,
    // noise out of 0..1 and a CSV choice without a path; error says which.
    static std::optional<SessionSignal> fromChoice(const lstmlab::SignalChoice &choice, QString *error);

    // The data for windows of `timesteps` samples: a generator (built-in) or the series read
    // from csvPath, and the Dataset made from it. Safe on any thread. On failure returns
    // nothing and error names the problem (the CSV loader's message, say).
    struct Source {
        std::shared_ptr<const lstmlab::SignalGenerator> signal;
        std::shared_ptr<const lstmlab::CsvSeries> series;
        std::shared_ptr<const lstmlab::Dataset> data;
    };
    std::optional<Source> build(int timesteps, QString *error) const;

    bool operator==(const SessionSignal &) const = default;
};
