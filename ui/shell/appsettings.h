#pragma once

// Everything LSTM Lab remembers between runs, as one value. load() reads the settings (a
// SettingsStore: a JSON file that decodes nothing but JSON, see settingsstore.h) and brings
// anything out of range (a hand-edited file, a value from another version, text where a number
// belongs) back into range: numbers are clamped to the nearest allowed value, unreadable
// entries fall back to the default. save() writes every field, each as a plain value; the
// window's geometry and state as base64 text.

#include "gatevocabulary.h"
#include "modelconfig.h"
#include "texttrainingcontroller.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

class QSettings;

struct AppSettings {
    lstmlab::ModelConfig model;            // the seed configuration by default
    lstmlab::TrainConfig train;
    bool startTrainingOnLaunch = true;     // begin training as soon as the window shows
    bool pauseAtEpochEnd = false;          // Training > Pause After Each Epoch
    bool freeRun = false;                  // prediction chart: let the network run on its own output
    int traceWindow = 340;                 // test window whose gates are traced: by default
                                           // one where the sine crosses zero (x 103.4 .. 103.6)
    int gateLayer = 0;                     // layer shown in the gate panels, from 0
    int gateUnits = 0;                     // the gate panels' unit filter (GatePanel::UnitFilter):
                                           // 0 as many as fit, 1 all, 2..4 the top 16, 32, 64
    GateVocabulary::Kind gateVocabulary = GateVocabulary::Kind::Standard; // names of the gates
    QString language;                      // View > Language: "en", "zh_CN"; empty: the system's
    double maxSnapshotsPerSecond = 30.0;   // how often the worker may refresh the panels
    int stepDelayMs = 5;                   // the pace: least ms between steps (SpeedSlider::teachingPaceMs)
    QString signalId = QStringLiteral("sine"); // a SignalCatalog id
    QVariantMap signalParameters;          // parameter id -> value; missing ones take defaults
    double noiseStddev = 0.0;              // Gaussian noise added to the signal
    QString csvPath;                       // a learner's series, used instead of the signal
    int csvColumn = 0;                     //   its value column from 1; 0: the only column
    QString exportFolder;                  // last folder exported to; empty: the user's pictures
    int exportScale = 1;                   // File > Export Scale: PNGs at 1x, 2x or 4x the screen's pixels
    QString task = QStringLiteral("sine");  // the task shown at the last close: "sine" or "text"
    lstmlab::ModelConfig textModel = TextTrainingController::defaultModel(); // the text task's settings
    lstmlab::TrainConfig textTrain = TextTrainingController::defaultTrain();
    QString textCorpus = QStringLiteral("tang300"); // a TextCorpusCatalog id, or a text file's path
    QByteArray windowGeometry;             // QMainWindow::saveGeometry(), stored as base64
    QByteArray windowState;                // QMainWindow::saveState(stateVersion)

    // The model's and training's ranges are the core's (ModelConfig, TrainConfig); these two
    // belong to the window alone.
    static constexpr lstmlab::Range snapshotRateRange{1, 120};
    static constexpr lstmlab::Range stepDelayRange{0, 1000};
    static constexpr lstmlab::Range exportScaleRange{1, 4}; // brought down to 1, 2 or 4
    static constexpr lstmlab::Range gateUnitsRange{0, 4};
    static constexpr int stateVersion = 2; // 2: the Batches dock

    // Returns the settings brought into range (see the file comment).
    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // The application's own settings (SettingsStore's file for the organisation and application
    // names).
    static AppSettings load();
    void save() const;

    // This value with every field brought into range.
    AppSettings clamped() const;

    bool operator==(const AppSettings &) const = default;
};
