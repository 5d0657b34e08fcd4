#pragma once

// What the window tells a learner when training diverges: what happened (the core's account:
// which quantity stopped being finite and at which step), that the weights of the last finite
// step were kept, and what to change for the settings in use: a smaller learning rate (with a
// value to try) and gradient clipping (the control's name and a value to try, or a tighter one
// when it is already on), then Train to go on or Reset to start over.

#include "modelconfig.h"

#include <QCoreApplication>
#include <QString>

class DivergenceNotice
{
    Q_DECLARE_TR_FUNCTIONS(DivergenceNotice)

public:
    // Rich text for the window's banner; message is Trainer::divergenceMessage().
    static QString html(const QString &message, const lstmlab::TrainConfig &train);
    // Ten times smaller, on the 1-2-5 ladder the learning-rate box steps along.
    static double lowerLearningRate(double rate);
    // 1 while clipping is off; otherwise half the current norm.
    static double suggestedClipNorm(double clipNorm);
};
