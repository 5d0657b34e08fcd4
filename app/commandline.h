#pragma once

// The options of `lstm-lab`, parsed and range-checked without Qt so the app and the tests
// share one parser. Defaults are the seed configuration.

#include "modelconfig.h"
#include "skipgram.h"
#include "tokencorpus.h"

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
    // The task: "sine" (the seed's, the default), "text" (a character-level network learning
    // to write) or "embed" (skip-gram embeddings), each headless or on its page of the window.
    // With --task text the training options not given take the text defaults below
    // (textDefaults()).
    std::string task = "sine";
    // --signal: the built-in signal the sine task learns (SignalCatalog ids: sine, the seed's,
    // the default; sum-of-sines, damped-sine, square, sawtooth, echo), with its default
    // parameters; --lag K the echo's lag, 1..timesteps - 1 (--signal echo only).
    std::string signal = "sine";
    int lag = 10; // the catalog's default
    // --compare SPEC, given 2 or 3 times: one run per SPEC (key=value[,key=value...], see
    // compareKeys), each the command's options with the SPEC's in place (resolveCompareSpec).
    std::vector<std::string> compare;
    static constexpr int maxCompareRuns = 3;
    std::string textFile;    // --text: the UTF-8 text to learn from
    double temperature = defaultTemperature; // --temperature of the samples
    int sampleLength = 200;  // --sample-length: symbols drawn per sample
    std::string prime;       // --prime: the sample's priming text; empty: the text's first character

    // --task embed (skip-gram embeddings): --dim, --window, --negatives, --subsample, and
    // --epochs, --learning-rate and --seed (defaults 5, 0.025 and 1, word2vec's), in embed.
    SkipGramConfig embed;
    TokenMode tokens = TokenMode::Words; // --tokens words|chars
    std::string tokensName = "words";
    int minCount = 5;                    // --min-count
    static constexpr Range minCountRange{1, TokenCorpus::minCountLimit};

    static constexpr double defaultTemperature = 0.8;
    static constexpr Range temperatureRange{0.05, 5.0};
    static constexpr Range sampleLengthRange{0, 100000};
    bool textTask() const { return task == "text"; }
    bool embedTask() const { return task == "embed"; }
};

// The options a --compare SPEC may set: "cell, units, layers, timesteps, dropout, forget-bias,
// lag, learning-rate, seed, batch-size, clip-norm".
const std::vector<std::string> &compareKeys();
struct CompareSpecResult {
    std::optional<CommandLine> options; // the command's options with the SPEC's, checked
    std::string error;                  // naming the key and what is allowed
};
// base with spec's values in place, every value and the whole checked as the command line's
// own (a lag that does not fit the run's timesteps is refused too); the result has no
// compare list of its own.
CompareSpecResult resolveCompareSpec(const CommandLine &base, const std::string &spec);

// The text task's defaults for the options not given (2 layers x 128 units, 50 steps,
// 32 streams, learning rate 0.002, dropout 0.5, clipping 5, 20 epochs).
void applyTextDefaults(CommandLine &cl);

struct CommandLineResult {
    std::optional<CommandLine> options;
    std::string error; // one line naming the option and its allowed range
};

// args: the arguments after the program name.
CommandLineResult parseCommandLine(const std::vector<std::string> &args);
std::string commandLineHelp(const std::string &program);

// Whether `name` (without "--") is a training option: one that sets a field of ModelConfig or
// TrainConfig (cell, units, layers, timesteps, dropout, forget-bias, epochs, batch-size,
// learning-rate, seed, shuffle, clip-norm).
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

// What a --resume run may change of a saved session, the same for both tasks: the options in
// `fixed` (the network's structure, batch size, seed, and for the sine its window order) are
// refused, naming the file and `fixedWhat`; --learning-rate, --dropout and --clip-norm replace
// the saved live values; --epochs (given or its default) becomes the number of epochs to reach
// in all, refused below the epochs the session has done. Returns the error line, or nothing
// with the settings changed.
struct ResumedSettings {
    double learningRate = 0.0; // the live values saved in the session
    double dropout = 0.0;
    double clipNorm = 0.0;
    int epochs = 0;
    int epochsDone = 0;        // read only
};
std::optional<std::string> applyResumeOverrides(const CommandLine &cl, const std::vector<const char *> &fixed,
                                                const char *fixedWhat, ResumedSettings &settings);

} // namespace lstmlab
