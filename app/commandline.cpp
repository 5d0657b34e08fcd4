#include "commandline.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <sstream>

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
        {"out", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.outDir = v; }, {}},
        {"resume", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.resumeFile = v; }, {}},
        {"lang", {0, 0}, false, {}, [](CommandLine &c, const std::string &v) { c.language = v; }, {}},
    };
    return table;
}

} // namespace

CommandLineResult parseCommandLine(const std::vector<std::string> &args)
{
    CommandLineResult result;
    CommandLine cl;
    for (std::size_t k = 0; k < args.size(); ++k) {
        std::string arg = args[k];
        if (arg == "--headless") { cl.headless = true; continue; }
        if (arg == "--help" || arg == "-h") { cl.help = true; continue; }
        if (arg == "--version" || arg == "-v") { cl.version = true; continue; }
        if (arg == "--shuffle") { cl.train.shuffle = true; cl.given.push_back("shuffle"); continue; }
        if (arg == "--" || arg.rfind("--", 0) != 0) {
            // The file to open; after "--", even one whose name starts with "-".
            const bool afterDashes = arg == "--";
            if (afterDashes) {
                if (k + 1 >= args.size()) {
                    result.error = "'--' must be followed by the file to open";
                    return result;
                }
                arg = args[++k];
            }
            if (!afterDashes && arg.size() > 1 && arg[0] == '-') {
                result.error = "unknown option '" + arg + "' (see --help)";
                return result;
            }
            if (arg.empty() || !cl.openFile.empty()) {
                result.error = "unexpected argument '" + arg + "': give at most one file to open (see --help)";
                return result;
            }
            cl.openFile = arg;
            continue;
        }
        std::string name = arg.substr(2);
        std::string value;
        bool hasValue = false;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            hasValue = true;
        }
        const Option *option = nullptr;
        for (const Option &o : options())
            if (name == o.name)
                option = &o;
        if (!option) {
            result.error = "unknown option '--" + name + "' (see --help)";
            return result;
        }
        if (!hasValue) {
            if (k + 1 >= args.size()) {
                result.error = "--" + name + " needs a value"
                               + (option->setNumber ? " in " + rangeText(option->range) : std::string());
                return result;
            }
            value = args[++k];
        }
        cl.given.push_back(name);
        if (option->setText) {
            if (value.empty()) {
                result.error = "--" + name + " needs a non-empty value";
                return result;
            }
            option->setText(cl, value);
            continue;
        }
        double number = 0.0;
        long long integer = 0;
        const bool ok = option->integer ? parseInt(value, &integer) : parseReal(value, &number);
        if (option->integer)
            number = double(integer);
        if (!ok || number < option->range.min || number > option->range.max) {
            result.error = "--" + name + " must be " + (option->integer ? "an integer" : "a number") + " in "
                           + rangeText(option->range) + " (got '" + value + "')";
            return result;
        }
        option->setNumber(cl, number);
    }
    if (auto e = cl.model.validate()) {
        result.error = "--" + *e;
        return result;
    }
    if (auto e = cl.train.validate()) {
        result.error = "--" + *e;
        return result;
    }
    result.options = cl;
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
    for (const Option &o : options())
        if (name == o.name && o.getNumber)
            o.setNumber(to, o.getNumber(from));
}

} // namespace

bool isTrainingOption(const std::string &name)
{
    if (name == "shuffle")
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
        << "  --units N             num_units, the width of each gate's layer (" << rangeText(ModelConfig::unitsRange) << ", default 20)\n"
        << "  --layers N            stacked LSTM layers (" << rangeText(ModelConfig::layersRange) << ", default 2)\n"
        << "  --timesteps N         samples in one input window (" << rangeText(ModelConfig::timestepsRange) << ", default 20)\n"
        << "  --dropout P           drop probability on each layer's output, keep = 1 - P ("
        << rangeText(ModelConfig::dropoutRange) << ", default 0)\n"
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
        << "  --help, --version\n\n"
        << "Headless output: DIR/loss.csv, DIR/predictions.csv, DIR/model.json and, with the\n"
        << "user interface built, DIR/loss.png, DIR/prediction.png and DIR/gates.png.\n"
        << "A bad value prints what is allowed and exits with status 2.\n";
    return out.str();
}

} // namespace lstmlab
