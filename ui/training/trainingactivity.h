#pragma once

// What the training worker is busy with at this moment, for the window's busy indicator:
// read at any time from the GUI thread (TrainingController::activity()), never sent.

#include <QtGlobal>

struct TrainingActivity {
    enum class Kind {
        None,        // waiting: paused, stopped, or between two quick pieces of work
        Building,    // making a new network (and its data and workspaces)
        Step,        // a training step (forward, backward, Adam)
        EpochEnd,    // the step that ends an epoch, with the test set's evaluation
        Evaluating,  // predictions for the test set, for the prediction chart
        Tracing,     // recording every gate of one window, for the gate panels
        RunningFree, // the network fed its own predictions
    };
    Kind kind = Kind::None;
    qint64 elapsedMs = 0;  // since it began
    qint64 step = 0;       // Step and EpochEnd: the step being taken (1 for the first)
};
