#include "commandline.h"

#include "dataset.h"
#include "signalcatalog.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <sstream>
#include <string_view>

namespace lstmlab {

namespace {

std::string rangeText(Range r)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.10g..%.10g", r.min, r.max);
    return text;
}

bool parseInt(const std::string &text, long long *value)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool parseReal(const std::string &text, double *value)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return ec == std::errc() && ptr == text.data() + text.size() && std::isfinite(*value);
}

struct Option {
    const char *name;
    Range range;        // for numbers; {0, 0} for text
    bool integer;
    std::function<void(CommandLine &, double)> setNumber;
    std::function<void(CommandLine &, const std::string &)> setText;
    std::function<double(const CommandLine &)> getNumber; // with setNumber
};

const std::vector<Option> &options()
{
    static const std::vector<Option> table = {
        {"units", ModelConfig::unitsRange, true, [](CommandLine &c, double v) { c.model.units = int(v); }, {},
         [](const CommandLine &c) { return double(c.model.units); }},
        {"layers", ModelConfig::layersRange, true, [](CommandLine &c, double v) { c.model.layers = int(v); }, {},
         [](const CommandLine &c) { return double(c.model.layers); }},
        {"timesteps", ModelConfig::timestepsRange, true, [](CommandLine &c, double v) { c.model.timesteps = int(v); }, {},
         [](const CommandLine &c) { return double(c.model.timesteps); }},
        {"dropout", ModelConfig::dropoutRange, false, [](CommandLine &c, double v) { c.model.dropout = v; }, {},
         [](const CommandLine &c) { return double(c.model.dropout); }},
        {"forget-bias", ModelConfig::forgetBiasRange, false, [](CommandLine &c, double v) { c.model.forgetBias = v; }, {},
         [](const CommandLine &c) { return double(c.model.forgetBias); }},
        {"epochs", TrainConfig::epochsRange, true, [](CommandLine &c, double v) { c.train.epochs = int(v); }, {},
         [](const CommandLine &c) { return double(c.train.epochs); }},
        {"batch-size", TrainConfig::batchSizeRange, true, [](CommandLine &c, double v) { c.train.batchSize = int(v); }, {},
         [](const CommandLine &c) { return double(c.train.batchSize); }},
        {"learning-rate", TrainConfig::learningRateRange, false, [](CommandLine &c, double v) { c.train.learningRate = v; }, {},
         [](const CommandLine &c) { return double(c.train.learningRate); }},
        {"seed", TrainConfig::seedRange, true, [](CommandLine &c, double v) { c.train.seed = unsigned(v); }, {},
         [](const CommandLine &c) { return double(c.train.seed); }},
        {"clip-norm", TrainConfig::clipNormRange, false, [](CommandLine &c, double v) { c.train.clipNorm = v; }, {},
         [](const CommandLine &c) { return double(c.train.clipNorm); }},
        // A structure option like --units, but named: applyValue() checks the name.
        {"cell", {0, 0}, false, {},
         [](CommandLine &c, const std::string &v) { c.model.cell = cellFromName(v).value_or(RecurrentCell::Lstm); }, {}},
        {"out", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.outDir = v; }, {}},
        {"resume", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.resumeFile = v; }, {}},
        {"lang", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.language = v; }, {}},
        {"task", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.task = v; }, {}},
        // What the sine task learns; not training options (the window has its signal panel).
        {"signal", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.signal = v; }, {}},
        {"lag", {1, SignalCatalog::maxLag}, true, [](CommandLine &c, double v) { c.lag = int(v); }, {}, {}},
        {"compare", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.compare.push_back(v); }, {}},
        {"text", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.textFile = v; }, {}},
        {"prime", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.prime = v; }, {}},
        // Not training options (no getNumber): they shape the samples, not the network.
        {"temperature", CommandLine::temperatureRange, false, [](CommandLine &c, double v) { c.temperature = v; }, {}, {}},
        {"sample-length", CommandLine::sampleLengthRange, true,
         [](CommandLine &c, double v) { c.sampleLength = int(v); }, {}, {}},
        // The embedding task's (skipgram.h); not training options of the LSTM either.
        {"dim", {1, SkipGramConfig::maxDim}, true, [](CommandLine &c, double v) { c.embed.dim = int(v); }, {}, {}},
        {"window", {1, SkipGramConfig::maxWindow}, true, [](CommandLine &c, double v) { c.embed.window = int(v); }, {}, {}},
        {"negatives", {1, SkipGramConfig::maxNegatives}, true,
         [](CommandLine &c, double v) { c.embed.negatives = int(v); }, {}, {}},
        {"subsample", {0, SkipGramConfig::maxSubsample}, false,
         [](CommandLine &c, double v) { c.embed.subsample = v; }, {}, {}},
        {"min-count", CommandLine::minCountRange, true, [](CommandLine &c, double v) { c.minCount = int(v); }, {}, {}},
        {"tokens", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.tokensName = v; }, {}},
    };
    return table;
}

} // namespace

namespace {

// One occurrence of a valued option: its value checked and stored, or the message saying what is
// allowed. An empty value is what CLI11 records for an option given without one.
std::string applyValue(const Option &option, const std::string &value, CommandLine &cl, bool textTask)
{
    // The text task allows wider layers (ModelConfig::textUnitsRange).
    const Range range = textTask && std::string_view(option.name) == "units" ? ModelConfig::textUnitsRange : option.range;
    const std::string name = std::string("--") + option.name;
    if (option.setText) {
        if (value.empty())
            return name + " needs a non-empty value";
        if (name == "--cell" && !cellFromName(value))
            return name + " must be one of " + cellNames + " (got '" + value + "')";
        option.setText(cl, value);
        return {};
    }
    if (value.empty())
        return name + " needs a value in " + rangeText(range);
    double number = 0.0;
    long long integer = 0;
    const bool ok = option.integer ? parseInt(value, &integer) : parseReal(value, &number);
    if (option.integer)
        number = double(integer);
    if (!ok || number < range.min || number > range.max)
        return name + " must be " + (option.integer ? "an integer" : "a number") + " in " + rangeText(range)
               + " (got '" + value + "')";
    option.setNumber(cl, number);
    return {};
}

} // namespace

namespace {

// What the sine task's options must agree on, beyond each one's range: a known signal, a lag
// only for the echo and one that fits the windows, a forget bias only for the LSTM.
std::optional<std::string> checkSineOptions(const CommandLine &cl)
{
    const auto given = [&cl](const char *name) {
        return std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end();
    };
    if (!SignalCatalog::find(cl.signal)) {
        std::string known;
        for (const SignalInfo &info : SignalCatalog::all())
            known += (known.empty() ? "" : ", ") + info.id;
        return "--signal must be one of " + known + " (got '" + cl.signal + "')";
    }
    if (cl.signal != "echo" && given("lag"))
        return std::string("--lag applies only with --signal echo (the label of an echo window is the sample lag "
                           "steps back)");
    if (cl.signal == "echo")
        if (std::optional<std::string> e = Dataset::checkLag(cl.lag, cl.model.timesteps))
            return "--" + *e;
    if (given("forget-bias") && cl.model.cell != RecurrentCell::Lstm)
        return std::string("--forget-bias applies only with --cell lstm (") + cellName(cl.model.cell)
               + " has no forget gate)";
    return std::nullopt;
}

} // namespace

// CLI11 splits the arguments (--name value, --name=value, flags, the file, "--"); the values are
// checked here so that every message names the option and its allowed range, as --help does.
CommandLineResult parseCommandLine(const std::vector<std::string> &args)
{
    CommandLineResult result;
    CommandLine cl;
    CLI::App app;
    app.set_help_flag();       // --help prints commandLineHelp(), not CLI11's text
    app.allow_extras(true);    // unknown options are reported below, in our words
    app.add_flag("--headless", cl.headless);
    app.add_flag("-h,--help", cl.help);
    app.add_flag("-v,--version", cl.version);
    app.add_flag("--shuffle", cl.train.shuffle);
    std::vector<std::pair<const CLI::Option *, const Option *>> valued;
    for (const Option &o : options()) {
        // A value is optional to CLI11, so a missing one reaches applyValue() as "" and gets our message.
        CLI::Option *added = app.add_option(std::string("--") + o.name)->expected(0, 1);
        if (std::string_view(o.name) == "compare") // one per run
            added->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        valued.emplace_back(added, &o);
    }
    std::vector<std::string> files;
    app.add_option("FILE", files);

    // Whatever follows "--" is the file to open, even a name that starts with "-".
    const auto dashes = std::find(args.begin(), args.end(), "--");
    if (dashes != args.end() && dashes + 1 == args.end()) {
        result.error = "'--' must be followed by the file to open";
        return result;
    }
    std::vector<std::string> reversed(std::make_reverse_iterator(dashes), args.rend()); // CLI11 takes them last first
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError &e) {
        result.error = std::string(e.what()) + " (see --help)";
        return result;
    }
    if (!app.remaining().empty()) {
        const std::string unknown = app.remaining().front();
        result.error = "unknown option '" + unknown.substr(0, unknown.find('=')) + "' (see --help)";
        return result;
    }
    if (dashes != args.end())
        files.insert(files.end(), dashes + 1, args.end());
    if (files.size() > 1 || (files.size() == 1 && files[0].empty())) {
        const std::string &unexpected = files.size() > 1 ? files[1] : files[0];
        result.error = "unexpected argument '" + unexpected + "': give at most one file to open (see --help)";
        return result;
    }
    if (!files.empty())
        cl.openFile = files[0];

    // The task first (its last occurrence counts), since it decides the range of --units.
    bool textTask = false;
    for (const auto &[parsed, option] : valued)
        if (std::string_view(option->name) == "task" && !parsed->results().empty())
            textTask = parsed->results().back() == "text";
    // Each occurrence in the order given: the first bad value is the one reported.
    std::map<const CLI::Option *, std::size_t> seen;
    for (const CLI::Option *parsed : app.parse_order()) {
        if (parsed->get_name() == "--shuffle") {
            cl.given.push_back("shuffle");
            continue;
        }
        const auto entry = std::find_if(valued.begin(), valued.end(),
                                        [parsed](const auto &v) { return v.first == parsed; });
        if (entry == valued.end())
            continue;
        const std::size_t k = seen[parsed]++;
        const std::vector<std::string> &values = parsed->results();
        const Option &option = *entry->second;
        cl.given.push_back(option.name);
        if (std::string e = applyValue(option, k < values.size() ? values[k] : std::string(), cl, textTask);
            !e.empty()) {
            result.error = e;
            return result;
        }
    }
    if (cl.tokensName != "words" && cl.tokensName != "chars") {
        result.error = "--tokens must be words or chars (got '" + cl.tokensName + "')";
        return result;
    }
    cl.tokens = cl.tokensName == "chars" ? TokenMode::Chars : TokenMode::Words;
    if (cl.task != "sine" && cl.task != "text" && cl.task != "embed") {
        result.error = "--task must be sine, text or embed (got '" + cl.task + "')";
        return result;
    }
    const auto given = [&cl](const char *name) {
        return std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end();
    };
    for (const char *name : {"temperature", "sample-length", "prime"})
        if (!cl.textTask() && given(name)) {
            result.error = std::string("--") + name + " applies only with --task text";
            return result;
        }
    if (cl.task == "sine" && given("text")) {
        result.error = "--text applies only with --task text or --task embed";
        return result;
    }
    for (const char *name : {"dim", "window", "negatives", "subsample", "min-count", "tokens"})
        if (!cl.embedTask() && given(name)) {
            result.error = std::string("--") + name + " applies only with --task embed";
            return result;
        }
    if (cl.embedTask()) {
        for (const char *name : {"units", "layers", "timesteps", "dropout", "batch-size", "clip-norm", "shuffle", "resume", "cell"})
            if (given(name)) {
                result.error = std::string("--") + name + " does not apply with --task embed (a skip-gram model has --dim, "
                               "--window, --negatives, --min-count, --subsample, --tokens, --epochs, --learning-rate and --seed)";
                return result;
            }
        if (cl.textFile.empty() && cl.headless) {
            result.error = "--task embed needs --text FILE, the UTF-8 text to embed";
            return result;
        }
        cl.embed.epochs = given("epochs") ? cl.train.epochs : 5;
        cl.embed.learningRate = given("learning-rate") ? cl.train.learningRate : 0.025;
        cl.embed.seed = cl.train.seed;
        if (const std::string e = cl.embed.validate(); !e.empty()) {
            result.error = "--" + e;
            return result;
        }
    }
    if (cl.textTask() && cl.train.shuffle) {
        result.error = "--shuffle applies only with --task sine: a text's streams are read in order, their state carried on";
        return result;
    }
    if (cl.textTask()) {
        if (cl.textFile.empty() && cl.resumeFile.empty() && cl.headless) {
            result.error = "--task text needs --text FILE, the UTF-8 text to learn from (or --resume a text session)";
            return result;
        }
        applyTextDefaults(cl);
    }
    if (!cl.embedTask() && !cl.textTask()) {
        if (std::optional<std::string> e = checkSineOptions(cl)) {
            result.error = *e;
            return result;
        }
    } else {
        for (const char *name : {"signal", "lag", "forget-bias", "compare"})
            if (given(name)) {
                result.error = std::string("--") + name + " applies only with --task sine";
                return result;
            }
    }
    if (auto e = cl.textTask() ? cl.model.validateText() : cl.model.validate()) {
        result.error = "--" + *e;
        return result;
    }
    if (auto e = cl.train.validate()) {
        result.error = "--" + *e;
        return result;
    }
    if (!cl.compare.empty()) {
        if (int(cl.compare.size()) < 2 || int(cl.compare.size()) > CommandLine::maxCompareRuns) {
            result.error = "--compare must be given 2 or 3 times, once per run (got " + std::to_string(cl.compare.size())
                           + ")";
            return result;
        }
        if (!cl.resumeFile.empty()) {
            result.error = "--compare trains new networks: leave --resume out";
            return result;
        }
        for (const std::string &spec : cl.compare)
            if (CompareSpecResult run = resolveCompareSpec(cl, spec); !run.options) {
                result.error = run.error;
                return result;
            }
    }
    result.options = cl;
    return result;
}

const std::vector<std::string> &compareKeys()
{
    static const std::vector<std::string> keys = {"cell", "units", "layers", "timesteps", "dropout", "forget-bias",
                                                  "lag", "learning-rate", "seed", "batch-size", "clip-norm"};
    return keys;
}

CompareSpecResult resolveCompareSpec(const CommandLine &base, const std::string &spec)
{
    CompareSpecResult result;
    CommandLine cl = base;
    cl.compare.clear();
    const std::string where = "--compare '" + spec + "': ";
    std::string keyList;
    for (const std::string &key : compareKeys())
        keyList += (keyList.empty() ? "" : ", ") + key;
    if (spec.empty()) {
        result.error = where + "give key=value[,key=value...] with the keys " + keyList;
        return result;
    }
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', start), spec.size());
        const std::string item = spec.substr(start, comma - start);
        const std::size_t equals = item.find('=');
        const std::string key = item.substr(0, equals);
        if (equals == std::string::npos || key.empty()) {
            result.error = where + "'" + item + "' is not key=value (keys: " + keyList + ")";
            return result;
        }
        if (std::find(compareKeys().begin(), compareKeys().end(), key) == compareKeys().end()) {
            result.error = where + "unknown key '" + key + "' (keys: " + keyList + ")";
            return result;
        }
        const auto option = std::find_if(options().begin(), options().end(),
                                         [&key](const Option &o) { return key == o.name; });
        if (std::string e = applyValue(*option, item.substr(equals + 1), cl, false); !e.empty()) {
            result.error = where + e.substr(2); // "cell must be one of ...", without the "--"
            return result;
        }
        if (std::find(cl.given.begin(), cl.given.end(), key) == cl.given.end())
            cl.given.push_back(key);
        start = comma + 1;
    }
    if (std::optional<std::string> e = checkSineOptions(cl)) {
        result.error = where + *e;
        return result;
    }
    if (auto e = cl.model.validate()) {
        result.error = where + *e;
        return result;
    }
    result.options = std::move(cl);
    return result;
}

namespace {

// Copies the field behind option `name` (a training option) from one configuration to another.
void copyOptionField(const std::string &name, const CommandLine &from, CommandLine &to)
{
    if (name == "shuffle") {
        to.train.shuffle = from.train.shuffle;
        return;
    }
    if (name == "cell") {
        to.model.cell = from.model.cell;
        return;
    }
    for (const Option &o : options())
        if (name == o.name && o.getNumber)
            o.setNumber(to, o.getNumber(from));
}

} // namespace

void applyTextDefaults(CommandLine &cl)
{
    const auto given = [&cl](const char *name) {
        return std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end();
    };
    if (!given("units"))
        cl.model.units = 128;
    if (!given("layers"))
        cl.model.layers = 2;
    if (!given("timesteps"))
        cl.model.timesteps = 50;
    if (!given("dropout"))
        cl.model.dropout = 0.5;
    if (!given("batch-size"))
        cl.train.batchSize = 32;
    if (!given("learning-rate"))
        cl.train.learningRate = 0.002;
    if (!given("clip-norm"))
        cl.train.clipNorm = 5.0;
    if (!given("epochs"))
        cl.train.epochs = 20;
}

bool isTrainingOption(const std::string &name)
{
    if (name == "shuffle" || name == "cell")
        return true;
    for (const Option &o : options())
        if (name == o.name)
            return bool(o.getNumber);
    return false;
}

void applyGivenOptions(const CommandLine &cl, ModelConfig &model, TrainConfig &train)
{
    CommandLine target;
    target.model = model;
    target.train = train;
    for (const std::string &name : cl.given)
        copyOptionField(name, cl, target);
    model = target.model;
    train = target.train;
}

void keepSavedWhereGiven(const CommandLine &cl, const ModelConfig &savedModel, const TrainConfig &savedTrain,
                         ModelConfig &model, TrainConfig &train)
{
    CommandLine saved;
    saved.model = savedModel;
    saved.train = savedTrain;
    CommandLine current;
    current.model = model;
    current.train = train;
    CommandLine kept = current;
    for (const std::string &name : cl.given) {
        CommandLine probe = current;
        copyOptionField(name, cl, probe);
        // Still the command line's value: the user did not change this field in the window.
        if (probe.model == current.model && probe.train == current.train)
            copyOptionField(name, saved, kept);
    }
    model = kept.model;
    train = kept.train;
}

std::string commandLineHelp(const std::string &program)
{
    std::ostringstream out;
    out << "Usage: " << program << " [options] [FILE]\n"
        << "LSTM Lab: watch an LSTM learn to continue a sine wave.\n\n"
        << "Without --headless the window opens and training starts, with the training options given\n"
        << "here in place of the stored settings (for this launch only); with FILE (a session,\n"
        << ".lstmlab, or a model.json) the window opens that instead. --out and --resume apply only\n"
        << "with --headless. Options:\n"
        << "  --headless            train without a window, print progress, write --out\n"
        << "  --cell CELL           the recurrent cell of every layer: lstm (default), gru or rnn (a plain\n"
        << "                        tanh RNN), as PyTorch's nn.LSTM, nn.GRU and nn.RNN (--task sine and text)\n"
        << "  --units N             num_units, the width of each gate's layer (" << rangeText(ModelConfig::unitsRange) << ", default 20;\n"
        << "                        " << rangeText(ModelConfig::textUnitsRange) << " with --task text)\n"
        << "  --layers N            stacked layers (" << rangeText(ModelConfig::layersRange) << ", default 2)\n"
        << "  --timesteps N         samples in one input window (" << rangeText(ModelConfig::timestepsRange) << ", default 20)\n"
        << "  --dropout P           drop probability on each layer's output, keep = 1 - P ("
        << rangeText(ModelConfig::dropoutRange) << ", default 0)\n"
        << "  --forget-bias B       --cell lstm: after PyTorch's initialisation, set the forget rows of\n"
        << "                        b_ih to B and those of b_hh to 0 in every layer (" << rangeText(ModelConfig::forgetBiasRange)
        << ";\n"
        << "                        default 0: PyTorch's initialisation unchanged; 1 is the usual choice)\n"
        << "  --signal ID           what the network learns (--task sine): sine (the seed's, default),\n"
        << "                        sum-of-sines, damped-sine, square, sawtooth, or echo: white noise in\n"
        << "                        (-0.8, 0.8), each window labelled with the sample --lag steps before\n"
        << "                        its last one (a memory task)\n"
        << "  --lag K               the echo's lag (1..timesteps-1, default 10; --signal echo only)\n"
        << "  --epochs N            passes over the training windows (" << rangeText(TrainConfig::epochsRange) << ", default 50; 0 = until stopped)\n"
        << "  --batch-size N        windows per step (" << rangeText(TrainConfig::batchSizeRange) << ", default 64)\n"
        << "  --learning-rate R     Adam's step size (" << rangeText(TrainConfig::learningRateRange) << ", default 0.001)\n"
        << "  --seed N              initial weights and dropout masks (" << rangeText(TrainConfig::seedRange) << ", default 1)\n"
        << "  --shuffle             shuffle the training windows every epoch (the seed keeps them in order)\n"
        << "  --clip-norm C         clip the gradient's global norm to C (0 = off, default 0)\n"
        << "  --out DIR             headless output folder (default lstm-lab-out)\n"
        << "  --resume FILE         continue training from a model.json or session file; a session keeps\n"
        << "                        its structure, batch, seed and order, and takes a new --learning-rate,\n"
        << "                        --dropout, --clip-norm or --epochs\n"
        << "  --lang LOCALE         user-interface language, e.g. en or zh_CN\n"
        << "  --task TASK           sine (default) or text: a character-level network learns to write\n"
        << "                        (in the window: its Text page, learning --text FILE; defaults then:\n"
        << "                        2 layers x 128 units, timesteps 50, batch size 32 streams, learning\n"
        << "                        rate 0.002, dropout 0.5, clip-norm 5, 20 epochs)\n"
        << "  --text FILE           the UTF-8 text to learn from (--task text; ANSI colour escapes removed)\n"
        << "  --temperature T       sampling temperature (" << rangeText(CommandLine::temperatureRange)
        << ", default " << CommandLine::defaultTemperature << ")\n"
        << "  --sample-length N     characters per sample (" << rangeText(CommandLine::sampleLengthRange) << ", default 200)\n"
        << "  --prime TEXT          the sample's priming text (default: the text's first character)\n"
        << "  --task embed          skip-gram word embeddings of --text (word2vec): defaults then 5 epochs,\n"
        << "                        learning rate 0.025 decaying linearly, and:\n"
        << "  --dim N               embedding size (1.." << SkipGramConfig::maxDim << ", default 100)\n"
        << "  --window N            context tokens on each side, at most (1.." << SkipGramConfig::maxWindow << ", default 5)\n"
        << "  --negatives N         negative samples per pair (1.." << SkipGramConfig::maxNegatives << ", default 5)\n"
        << "  --min-count N         tokens rarer than this are left out (" << rangeText(CommandLine::minCountRange) << ", default 5)\n"
        << "  --subsample T         threshold for dropping frequent tokens (0..1, 0 = off, default 1e-4)\n"
        << "  --tokens words|chars  words (default), or single characters (for Chinese)\n"
        << "  --compare SPEC        train 2 or 3 runs one after the other, each with the options above\n"
        << "                        and SPEC's in their place: SPEC is key=value[,key=value...] with the\n"
        << "                        keys cell, units, layers, timesteps, dropout, forget-bias, lag,\n"
        << "                        learning-rate, seed, batch-size, clip-norm (same ranges); writes\n"
        << "                        DIR/run-1-SPEC/ ... (each a whole output folder) and\n"
        << "                        DIR/comparison.csv, and prints a table. Example: --signal echo\n"
        << "                        --lag 50 --timesteps 52 --compare cell=rnn --compare cell=lstm\n"
        << "                        Without --headless the window trains them side by side.\n"
        << "  --help, --version\n\n"
        << "Headless output: DIR/loss.csv, DIR/predictions.csv, DIR/gradients.csv, DIR/model.json and, with the\n"
        << "user interface built, DIR/loss.png, DIR/prediction.png and DIR/gates.png. With --task text:\n"
        << "DIR/loss.csv, DIR/samples.txt, DIR/model.json and DIR/session.lstmlab. With --task embed:\n"
        << "DIR/embeddings.txt (word2vec's text format), DIR/neighbours.txt and DIR/loss.csv.\n"
        << "A bad value prints what is allowed and exits with status 2.\n";
    return out.str();
}

std::optional<std::string> applyResumeOverrides(const CommandLine &cl, const std::vector<const char *> &fixed,
                                                const char *fixedWhat, ResumedSettings &settings)
{
    const auto given = [&cl](const char *name) {
        return std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end();
    };
    for (const char *option : fixed)
        if (given(option))
            return std::string("--") + option + ": " + cl.resumeFile + " fixes " + fixedWhat + "; leave --" + option
                   + " out when resuming it";
    if (given("learning-rate"))
        settings.learningRate = cl.train.learningRate;
    if (given("dropout"))
        settings.dropout = cl.model.dropout;
    if (given("clip-norm"))
        settings.clipNorm = cl.train.clipNorm;
    if (cl.train.epochs > 0 && settings.epochsDone > cl.train.epochs)
        return "--epochs: " + cl.resumeFile + " has done " + std::to_string(settings.epochsDone)
               + " epochs already; --epochs is the number of epochs to reach in all";
    settings.epochs = cl.train.epochs;
    return std::nullopt;
}

} // namespace lstmlab
