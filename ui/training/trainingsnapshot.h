#pragma once

// What the training worker hands the UI, by value, through queued signals: the whole picture
// of one moment of training. The UI draws only from snapshots, never from the live model.
// The QVector members are implicitly shared and the loss history shares its full blocks, so a
// snapshot is cheap to copy.

#include "gatetrace.h"
#include "gradienttrace.h"
#include "losshistory.h"
#include "modelconfig.h"

#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVector>

// The settings of one run: what "Train side by side" hands the controller for each run.
struct RunSettings {
    lstmlab::ModelConfig model;
    lstmlab::TrainConfig train;
};

// A run trained side by side with the snapshot's own (TrainingController::trainSideBySide):
// its own network, optimiser and generator on the same signal, stepped right after the main
// run's every step, so that all have taken the same steps (a side run that diverged or
// finished its epochs stops where it was). Its test predictions are renewed when the main
// run's are, when that is cheap, and at every one of its epoch ends.
struct SideRunSnapshot {
    lstmlab::ModelConfig model;
    lstmlab::TrainConfig train;
    qint64 step = 0;
    double trainLoss = -1.0;             // last batch's MSE; < 0 before the first step
    double testMse = -1.0;               // last epoch's test MSE; < 0 before the first epoch
    bool diverged = false;
    lstmlab::LossHistory trainLossHistory;
    QVector<QPointF> testMseHistory;     // (step, test MSE) at every epoch end
    QVector<QPointF> predictedTest;      // (x, predicted value) for every test window
};

struct TrainingSnapshot {
    enum class State { Idle, Running, Paused, Finished, Diverged };

    State state = State::Idle;
    QString message;                     // e.g. the divergence explanation; empty otherwise
    lstmlab::ModelConfig model;          // the configuration being trained
    lstmlab::TrainConfig train;
    quint64 generation = 0;              // increases each time the model is rebuilt or reset
    // An empty frame the controller sends the moment a new model is ordered (rebuilt, reset,
    // a session opened), so that no panel keeps showing a network that no longer exists; the
    // worker's first frame of that model follows.
    bool building = false;

    qint64 step = 0;                     // steps done
    int epoch = 0;                       // epochs completed
    int batch = 0;                       // batch within the current epoch
    int batchesPerEpoch = 0;
    double trainLoss = -1.0;             // last batch's MSE; < 0 before the first step
    double testMse = -1.0;               // last epoch's test MSE; < 0 before the first epoch
    double stepsPerSecond = 0.0;

    lstmlab::LossHistory trainLossHistory; // batch MSE of every step (float32)
    QVector<QPointF> testMseHistory;     // (step, test MSE) at every epoch end
    QVector<QPointF> realTest;           // (x, real value) of every test label
    QVector<QPointF> predictedTest;      // (x, predicted value) for every test window
    QVector<QPointF> freeRun;            // (x, value) when the network runs on its own output

    // How the training data is cut (the Batches panel): the whole training series, the batch
    // the last step trained (the first batch before any step) and that batch's windows, as
    // indices into the training windows in the order they were trained (consecutive unless
    // shuffling is on). Window n is samples n .. n+T-1 of the series; its label is the sample
    // Dataset::Split::labelIndex(n) gives: n+T, or n+T-1-lag for the echo.
    QVector<QPointF> trainSeries;        // (x, value) of every training sample
    int trainWindowCount = 0;
    int shownBatch = 0;                  // within its epoch, from 0
    QVector<int> batchWindows;
    QVector<int> batchLabels;            // the sample each of batchWindows is labelled with
    int labelLag = 0;                    // 0: the label is the next sample; k: the echo's lag

    lstmlab::GateTrace trace;            // every gate for the chosen test window
    int traceWindow = 0;                 // index of that window in the test set
    // The size of the loss gradient at every layer and time step, on the test set's first
    // windows (Trainer::gradientTrace()); renewed within its own time share, so it may be some
    // steps older than the rest (gradientsStep says which); empty before the first.
    lstmlab::GradientTrace gradients;
    qint64 gradientsStep = -1;
    // The runs trained beside this one ("Train side by side"); empty for a single run.
    QVector<SideRunSnapshot> sideRuns;
};

Q_DECLARE_METATYPE(TrainingSnapshot)
