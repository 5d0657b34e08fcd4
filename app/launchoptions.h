#pragma once

// The command line's training options, as the window takes them (`lstm-lab --units 7`):
// the window trains the user's settings with the given options in their place, shows them in
// its controls, and does not store them over the user's settings unless the user changes them
// there. Options that only a headless run can use (--out, --resume) and training options beside
// a file to open (a session brings its own configuration) are refused before the window opens,
// with one line naming the option. The ranges are the core's, the same as the window's controls.

#include "commandline.h"
#include "trainingsnapshot.h"

#include <QVector>

class MainWindow;

#include <string>

class LaunchOptions
{
public:
    LaunchOptions() = default;
    explicit LaunchOptions(lstmlab::CommandLine commandLine);

    // Empty when the window can take these options, else one line saying why not
    // (for the command line: the app prints it and exits with status 2).
    std::string windowRefusal() const;
    // Whether any training option was given.
    bool changesConfiguration() const;

    // Shows and trains the options in the window, over its stored settings, and keeps them out
    // of what it stores (MainWindow::setLaunchConfiguration). With --task text: the window opens
    // on the text task, learning --text FILE, with the options given over the text defaults.
    // Nothing when no training option was given. Call before the window shows; only with an
    // empty windowRefusal().
    void applyTo(MainWindow &window) const;

    // What the window trains at launch: the saved configuration with the given options applied.
    void applyTo(lstmlab::ModelConfig &model, lstmlab::TrainConfig &train) const;
    // What to store as the user's settings while the window runs (model, train): see
    // lstmlab::keepSavedWhereGiven.
    void keepSaved(const lstmlab::ModelConfig &savedModel, const lstmlab::TrainConfig &savedTrain,
                   lstmlab::ModelConfig &model, lstmlab::TrainConfig &train) const;

    // `--compare SPEC ...` (2 or 3): the runs the window trains side by side at launch, each the
    // saved settings with the given options and its SPEC in place (resolveCompareSpec). Empty
    // without --compare.
    QVector<RunSettings> sideBySideRuns(const lstmlab::ModelConfig &savedModel,
                                        const lstmlab::TrainConfig &savedTrain) const;

private:
    lstmlab::CommandLine m_commandLine;
};
