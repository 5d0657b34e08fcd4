#pragma once

// The options of `lstm-lab`, parsed and range-checked without Qt so the app and the tests
// share one parser. Defaults are the seed configuration.

#include "modelconfig.h"

#include <optional>
#include <string>
#include <vector>

namespace lstmlab {

struct CommandLine {
    bool headless = false;
    bool help = false;
    bool version = false;
    ModelConfig model;
    TrainConfig train;
    std::string outDir = "lstm-lab-out";
    std::string resumeFile;  // --resume: a model.json or session to continue from
    std::string language;    // --lang, e.g. zh_CN; empty: the system's
    std::vector<std::string> given; // the options given, by name without "--" ("units", ...)
    std::string openFile;    // the one argument that is not an option: a session or model.json
                             // for the window to open (the headless mode uses --resume)
};

struct CommandLineResult {
    std::optional<CommandLine> options;
    std::string error; // one line naming the option and its allowed range
};

// args: the arguments after the program name.
CommandLineResult parseCommandLine(const std::vector<std::string> &args);
std::string commandLineHelp(const std::string &program);

// Whether `name` (without "--") is a training option: one that sets a field of ModelConfig or
// TrainConfig (units, layers, timesteps, dropout, epochs, batch-size, learning-rate, seed,
// shuffle, clip-norm).
bool isTrainingOption(const std::string &name);

// The window trains what its settings say, with the training options given on the command line
// in place of theirs: this copies into model and train the fields of cl.given.
void applyGivenOptions(const CommandLine &cl, ModelConfig &model, TrainConfig &train);

// A launch's options are not written over the user's settings unless the user changes them in
// the window: of (model, train), the configuration the window now runs, every field given on
// the command line that still has the command line's value takes its saved value back. The
// result is what to store as the user's settings.
void keepSavedWhereGiven(const CommandLine &cl, const ModelConfig &savedModel, const TrainConfig &savedTrain,
                         ModelConfig &model, TrainConfig &train);

} // namespace lstmlab
