#pragma once

// What the text task's training worker hands the UI, by value, through queued signals: one
// moment of a character-level network's training. The UI draws only from snapshots, never
// from the live model (the same contract as TrainingSnapshot for the sine task).

#include "modelconfig.h"

#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>

namespace lstmlab {
struct TextTrace; // core/text/texttrace.h: the gates over a stretch of text, with its symbols
}

// One text written by the network: numbered in the order written, with the moment it was
// written and how.
struct TextSample {
    int number = 0;          // 1, 2, 3 ... within this model's life
    qint64 step = 0;         // the step whose weights wrote it
    int epoch = 0;           // epochs completed then
    double temperature = 1.0;
    QString prime;           // the priming text (part of text, at its start)
    QString text;            // the priming text followed by the drawn symbols
    // Why no sample could be written (a priming symbol the text does not use); number 0 then.
    QString problem;
};

struct TextSnapshot {
    enum class State { Idle, Running, Paused, Finished, Diverged };

    State state = State::Idle;
    QString message;                 // e.g. the divergence explanation; empty otherwise
    lstmlab::ModelConfig model;      // units, layers, timesteps, dropout; inputSize = outputSize = V
    lstmlab::TrainConfig train;      // batchSize = streams
    quint64 generation = 0;          // increases each time the model is rebuilt or replaced
    // An empty frame the controller sends the moment a new model is ordered (a new text or
    // shape, reset, a session opened): building a large one takes the worker a while, and no
    // panel should keep showing a network that no longer exists. The worker's frames follow.
    bool building = false;

    QString corpusSource;            // the text's path or description
    int vocabularySize = 0;          // V
    qint64 corpusCharacters = 0;
    double unigramBitsPerChar = 0.0; // the context-free baseline the network must beat
    qint64 parameterCount = 0;

    qint64 step = 0;                 // steps done
    int epoch = 0;                   // epochs completed
    int batch = 0;                   // batch within the current epoch
    int batchesPerEpoch = 0;
    double trainBitsPerChar = -1.0;      // last batch's cross-entropy in bits; < 0 before a step
    double validationBitsPerChar = -1.0; // after the last epoch; < 0 before the first
    double stepsPerSecond = 0.0;

    QVector<QPointF> trainHistory;       // (step, bits/char) of every step, implicitly shared
    QVector<QPointF> validationHistory;  // (step, validation bits/char) at every epoch end

    // The newest sample written; samples.number == 0 when none yet. Every new one is sent once
    // (newSample set) and the UI keeps the list.
    TextSample sample;
    bool newSample = false;

    // The gates and next-symbol probabilities over a stretch of the validation text, when the
    // analysis views asked for one (helper W2's TextTrace); null otherwise.
    std::shared_ptr<const lstmlab::TextTrace> trace;
};

Q_DECLARE_METATYPE(TextSnapshot)
