#pragma once

// A trainer built away from the worker (an opened session, an imported model.json, a new
// session), with everything the worker needs to go on from it: the data it trains on, what
// that data was made from, and the histories the loss chart draws. Built off the GUI thread
// (a large session takes seconds to read), handed to TrainingController::resumeFrom(), which
// moves the trainer into the worker thread. Nobody touches the trainer after handing it over.

#include "losshistory.h"
#include "modelconfig.h"

#include <QMetaType>
#include <QPointF>
#include <QVector>

#include <memory>

namespace lstmlab {
class CsvSeries;
class Dataset;
class SignalGenerator;
class Trainer;
struct SessionData;
} // namespace lstmlab

struct TrainingResumption {
    std::unique_ptr<lstmlab::Trainer> trainer;                // its state restored, not running
    std::shared_ptr<const lstmlab::Dataset> data;             // what trainer trains on
    std::shared_ptr<const lstmlab::SignalGenerator> signal;   // data was made from this,
    std::shared_ptr<const lstmlab::CsvSeries> series;         // or from this when set
    lstmlab::ModelConfig model;   // trainer's, with the live dropout
    lstmlab::TrainConfig train;   // trainer's, with the live learning rate
    lstmlab::LossHistory lossHistory; // batch MSE of every step
    QVector<QPointF> testMseHistory; // (step, test MSE) at each epoch's end
};

// A captured training state (TrainingController::requestSessionState()) travels through queued
// signals as a shared, read-only value.
Q_DECLARE_METATYPE(std::shared_ptr<const lstmlab::SessionData>)
