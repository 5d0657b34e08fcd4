#pragma once

// The guided lessons of the Lessons menu: each sets every knob (a whole ModelConfig and
// TrainConfig, from the seed configuration), says what the lesson is about and what to look
// at, and offers one contrasting configuration to retrain with. Every lesson trains on a
// built-in signal without noise: the seed's sine, or the echo (a memory task) at a set lag. What the texts promise was measured with this engine (the
// numbers are next to each lesson in lessons.cpp): they say what happens here, not what
// textbooks lead one to expect.

#include "modelconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

struct Lesson {
    QString id;             // stable: "forget-gate", "too-few-units", ...
    QString title;          // menu entry and heading
    QString goal;           // rich text: what the lesson shows
    QStringList watch;      // rich text items: what to look at, in order
    lstmlab::ModelConfig model;
    lstmlab::TrainConfig train;
    // The signal (a SignalCatalog id) and its parameters, for the lesson and its contrast alike;
    // parameters left out take their defaults.
    QString signalId = QStringLiteral("sine");
    QVariantMap signalParameters;
    bool stepThrough = false;   // start paused: the learner steps one batch per click
    // The pace the lesson trains at: milliseconds between steps, as the Speed slider sets them
    // (5: the teaching pace, 200 steps a second; 0: full speed).
    int stepDelayMs = 5;
    // The dock the lesson's "what to watch" starts with, brought to the front.
    enum class Panel { None, Loss, Anatomy, Inspector };
    Panel show = Panel::None;
    // The other configuration the lesson suggests (button: "Retrain with 20 units"). It
    // replaces the lesson's run: a side-by-side comparison of runs is not built yet.
    QString contrastText;
    lstmlab::ModelConfig contrastModel;
    lstmlab::TrainConfig contrastTrain;
};

class Lessons
{
    Q_DECLARE_TR_FUNCTIONS(Lessons)

public:
    // In menu order; the texts are translated when called.
    static QList<Lesson> all();
    static std::optional<Lesson> find(const QString &id);
};
