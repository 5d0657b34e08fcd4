#pragma once

// A text trainer built on the GUI thread from an opened session (its text read again, its
// state restored), with its histories and samples, for TextTrainingController::resumeFrom()
// to hand over to the worker.

#include "texttrainer.h"

#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>

struct TextResumption {
    std::shared_ptr<const lstmlab::Corpus> corpus; // the trainer's
    std::unique_ptr<lstmlab::TextTrainer> trainer;
    QVector<QPointF> trainHistory;      // (step, bits/char)
    QVector<QPointF> validationHistory; // (step, validation bits/char)
    QString samples;                    // samples.txt so far (the headless run's, or the window's)
};
