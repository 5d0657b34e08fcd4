#include "sessionfile.h"

#include "json.h"
#include "streamedarrays.h"
#include "tensorlayout.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <tuple>

namespace lstmlab {

namespace {

// The largest count of JSON values a valid session can hold: three tensor sets of the largest
// model, the histories, the window order and the signal. The parser stops at the first value
// beyond it, and at the first value beyond maxSessionTreeValues() outside the long arrays.
std::size_t maxSessionValues()
{
    ModelConfig largest;
    largest.inputSize = int(ModelConfig::inputSizeRange.max);
    largest.units = int(ModelConfig::unitsRange.max);
    largest.layers = int(ModelConfig::layersRange.max);
    largest.outputSize = int(ModelConfig::outputSizeRange.max);
    const std::size_t tensors = 3 * std::size_t(Network<float>::parameterCount(largest) + 1024);
    const std::size_t runs = RunRecord::maxRecords
        * (2 * (RunRecord::maxLossPoints + RunRecord::maxTestPoints + RunRecord::maxPredictionPoints) + 128);
    return tensors + 2 * maxSessionLossHistory + 2 * maxSessionTestHistory + maxSessionWindows
           + maxSessionSignalBytes / 2 + 4096 + runs;
}

// A compact writer for parsed values (the signal's parameters): numbers keep their text.
void appendCompact(std::string &out, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: out += "null"; break;
    case JsonValue::Type::Bool: out += v.boolean() ? "true" : "false"; break;
    case JsonValue::Type::Number: out += v.text(); break;
    case JsonValue::Type::String: out += jsonQuote(v.text()); break;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t k = 0; k < v.array().size(); ++k) {
            if (k > 0)
                out += ", ";
            appendCompact(out, v.array()[k]);
        }
        out += ']';
        break;
    case JsonValue::Type::Object:
        out += '{';
        for (std::size_t k = 0; k < v.object().size(); ++k) {
            if (k > 0)
                out += ", ";
            out += jsonQuote(v.object()[k].first) + ": ";
            appendCompact(out, v.object()[k].second);
        }
        out += '}';
        break;
    }
}

std::optional<JsonValue> parseSignalParameters(const std::string &text, std::string *error)
{
    if (text.size() > maxSessionSignalBytes) {
        *error = "the signal's parameters are longer than " + std::to_string(maxSessionSignalBytes) + " bytes";
        return std::nullopt;
    }
    JsonReadLimits limits;
    limits.maxDepth = maxSignalParameterDepth;
    limits.maxTreeValues = maxSignalParameterValues;
    limits.tooManyTreeValues = "they hold more than " + std::to_string(maxSignalParameterValues) + " values";
    JsonParseResult parsed = parseJson(text.empty() ? std::string_view("{}") : std::string_view(text), limits, nullptr);
    if (!parsed.value || !parsed.value->isObject()) {
        *error = "the signal's parameters are not a JSON object"
                 + (parsed.value ? std::string() : ": " + parsed.error);
        return std::nullopt;
    }
    return std::move(parsed.value);
}

// A history longer than a session may hold keeps its newest maxSize points.
std::string historyJson(const std::vector<HistoryPoint> &history, const char *valueName, std::size_t maxSize)
{
    std::string steps;
    std::string values;
    const std::size_t first = history.size() > maxSize ? history.size() - maxSize : 0;
    steps.reserve((history.size() - first) * 8);
    values.reserve((history.size() - first) * 22);
    for (std::size_t k = first; k < history.size(); ++k) {
        if (k > first) {
            steps += ", ";
            values += ", ";
        }
        steps += std::to_string(std::max(0LL, history[k].step));
        // The reader takes finite values >= 0 only; a loss is one, and anything else is 0.
        const double value = history[k].value;
        values += jsonNumber(std::isfinite(value) && value >= 0.0 ? value : 0.0);
    }
    return "{\"step\": [" + steps + "],\n    " + jsonQuote(valueName) + ": [" + values + "]}";
}

std::string modelConfigJson(const ModelConfig &c)
{
    return "{\"cell\": " + jsonQuote(cellName(c.cell)) + ", \"input_size\": " + std::to_string(c.inputSize)
           + ", \"units\": " + std::to_string(c.units) + ", \"layers\": " + std::to_string(c.layers)
           + ", \"timesteps\": " + std::to_string(c.timesteps) + ", \"output_size\": " + std::to_string(c.outputSize)
           + ", \"dropout\": " + jsonNumber(c.dropout)
           + (c.forgetBias != 0.0 ? ", \"forget_bias\": " + jsonNumber(c.forgetBias) : std::string()) + "}";
}

std::string trainConfigJson(const TrainConfig &t)
{
    return "{\"batch_size\": " + std::to_string(t.batchSize) + ", \"learning_rate\": " + jsonNumber(t.learningRate)
           + ", \"beta1\": " + jsonNumber(t.beta1) + ", \"beta2\": " + jsonNumber(t.beta2) + ", \"epsilon\": "
           + jsonNumber(t.epsilon) + ", \"epochs\": " + std::to_string(t.epochs) + ", \"seed\": "
           + std::to_string(t.seed) + ", \"shuffle\": " + (t.shuffle ? "true" : "false")
           + ", \"clip_norm\": " + jsonNumber(t.clipNorm) + "}";
}

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

// {"<xName>": [...], "<yName>": [...]}, the newest maxSize points.
std::string runPointsJson(const std::vector<RunPoint> &points, const char *xName, const char *yName, std::size_t maxSize)
{
    std::string xs, ys;
    const std::size_t first = points.size() > maxSize ? points.size() - maxSize : 0;
    for (std::size_t k = first; k < points.size(); ++k) {
        if (k > first) {
            xs += ", ";
            ys += ", ";
        }
        xs += jsonNumber(finiteOrZero(points[k].x));
        ys += jsonNumber(finiteOrZero(points[k].y));
    }
    return "{" + jsonQuote(xName) + ": [" + xs + "], " + jsonQuote(yName) + ": [" + ys + "]}";
}

std::string runsJson(const std::vector<RunRecord> &runs)
{
    std::string out = "[";
    const std::size_t first = runs.size() > RunRecord::maxRecords ? runs.size() - RunRecord::maxRecords : 0;
    for (std::size_t k = first; k < runs.size(); ++k) {
        const RunRecord &r = runs[k];
        out += k > first ? ",\n    {" : "\n    {";
        out += "\"config\": " + modelConfigJson(r.model) + ",\n     \"train\": " + trainConfigJson(r.train);
        out += ",\n     \"signal\": " + jsonQuote(r.signal.substr(0, RunRecord::maxSignalBytes));
        out += ", \"steps\": " + std::to_string(std::clamp<long long>(r.steps, 0, maxStepCount));
        out += ", \"final_test_mse\": "
               + (std::isfinite(r.finalTestMse) && r.finalTestMse >= 0 ? jsonNumber(r.finalTestMse) : std::string("null"));
        out += std::string(", \"diverged\": ") + (r.diverged ? "true" : "false");
        out += ",\n     \"loss\": " + runPointsJson(r.loss, "step", "train_loss", RunRecord::maxLossPoints);
        out += ",\n     \"test_mse\": " + runPointsJson(r.testMse, "step", "test_mse", RunRecord::maxTestPoints);
        out += ",\n     \"prediction\": " + runPointsJson(r.prediction, "x", "y", RunRecord::maxPredictionPoints);
        out += "}";
    }
    return out + (runs.empty() ? "]" : "\n  ]");
}

// Readers: each names the field by its path in the file.

const JsonValue *member(const JsonValue &object, const char *key, const std::string &path, std::string *error)
{
    const JsonValue *v = object.find(key);
    if (!v)
        *error = path + key + " is missing";
    return v;
}

const JsonValue *objectMember(const JsonValue &object, const char *key, const std::string &path,
                              std::string *error)
{
    const JsonValue *v = member(object, key, path, error);
    if (v && !v->isObject()) {
        *error = path + key + " is not an object";
        return nullptr;
    }
    return v;
}

std::optional<long long> integerIn(const JsonValue &object, const char *key, long long min, long long max,
                                   const std::string &path, std::string *error)
{
    const JsonValue *v = member(object, key, path, error);
    if (!v)
        return std::nullopt;
    const std::optional<long long> value = v->toInteger();
    if (!value || *value < min || *value > max) {
        *error = path + key + " must be an integer in " + std::to_string(min) + ".." + std::to_string(max)
                 + " (got " + describeJsonValue(*v) + ")";
        return std::nullopt;
    }
    return value;
}

// JsonValue::number() reads an overflowing number as 0: parse here and refuse it instead.
std::optional<double> finiteNumber(const JsonValue &v)
{
    if (!v.isNumber())
        return std::nullopt;
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(v.text().data(), v.text().data() + v.text().size(), value);
    if (ec != std::errc() || ptr != v.text().data() + v.text().size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> numberAtLeast(const JsonValue &object, const char *key, double min, const std::string &path,
                                    std::string *error)
{
    const JsonValue *v = member(object, key, path, error);
    if (!v)
        return std::nullopt;
    const std::optional<double> value = finiteNumber(*v);
    if (!value || *value < min) {
        *error = path + key + " must be a finite number >= " + jsonNumber(min);
        return std::nullopt;
    }
    return value;
}

// An array of numbers, as the tree holds it or as a sink took it (streamedarrays.h).
struct NumberList {
    const JsonValue *tree = nullptr;
    const StreamedNumbers *streamed = nullptr;

    std::size_t size() const { return streamed ? streamed->count : tree->array().size(); }
    std::optional<long long> integer(std::size_t k) const
    {
        if (streamed)
            return k == streamed->firstBad ? std::nullopt : std::optional(streamed->integers[k]);
        return tree->array()[k].toInteger();
    }
    std::optional<double> finite(std::size_t k) const
    {
        if (streamed)
            return k == streamed->firstBad ? std::nullopt : std::optional(streamed->values[k]);
        return finiteNumber(tree->array()[k]);
    }
};

std::optional<NumberList> arrayMember(const JsonValue &object, const char *key, std::size_t maxSize,
                                      const std::string &path, const StreamedArrays *streamed, std::string *error)
{
    const JsonValue *v = member(object, key, path, error);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        *error = path + key + " is not an array";
        return std::nullopt;
    }
    NumberList list{v, nullptr};
    if (v->isSunk()) {
        list.streamed = streamed ? streamed->numbers(path + key) : nullptr;
        if (!list.streamed) {
            *error = path + key + " was not read"; // a sink without its destination: not expected
            return std::nullopt;
        }
    }
    if (list.size() > maxSize) {
        *error = path + key + " holds " + std::to_string(list.size()) + " values, more than the "
                 + std::to_string(maxSize) + " a session may hold";
        return std::nullopt;
    }
    return list;
}

std::optional<std::vector<HistoryPoint>> readHistory(const JsonValue &root, const char *key, const char *valueName,
                                                     std::size_t maxSize, const StreamedArrays *streamed,
                                                     std::string *error)
{
    const JsonValue *history = objectMember(root, key, "", error);
    if (!history)
        return std::nullopt;
    const std::string path = std::string(key) + ".";
    const std::optional<NumberList> steps = arrayMember(*history, "step", maxSize, path, streamed, error);
    const std::optional<NumberList> values =
        steps ? arrayMember(*history, valueName, maxSize, path, streamed, error) : std::nullopt;
    if (!values)
        return std::nullopt;
    if (steps->size() != values->size()) {
        *error = path + "step has " + std::to_string(steps->size()) + " values but " + path + valueName + " has "
                 + std::to_string(values->size());
        return std::nullopt;
    }
    std::vector<HistoryPoint> points(steps->size());
    for (std::size_t k = 0; k < points.size(); ++k) {
        const std::optional<long long> step = steps->integer(k);
        const std::optional<double> value = values->finite(k);
        if (!step || *step < 0) {
            *error = path + "step[" + std::to_string(k) + "] is not an integer >= 0";
            return std::nullopt;
        }
        if (!value || *value < 0.0) {
            *error = path + valueName + "[" + std::to_string(k) + "] is not a finite number >= 0";
            return std::nullopt;
        }
        points[k] = {*step, *value};
    }
    return points;
}

std::optional<TrainConfig> readTrainConfig(const JsonValue &train, const std::string &path, std::string *error)
{
    TrainConfig t;
    const auto batchSize = integerIn(train, "batch_size", 1, 1 << 30, path, error);
    const auto learningRate = batchSize ? numberAtLeast(train, "learning_rate", 0.0, path, error) : std::nullopt;
    const auto beta1 = learningRate ? numberAtLeast(train, "beta1", 0.0, path, error) : std::nullopt;
    const auto beta2 = beta1 ? numberAtLeast(train, "beta2", 0.0, path, error) : std::nullopt;
    const auto epsilon = beta2 ? numberAtLeast(train, "epsilon", 0.0, path, error) : std::nullopt;
    const auto epochs = epsilon ? integerIn(train, "epochs", 0, 1 << 30, path, error) : std::nullopt;
    const auto seed = epochs ? integerIn(train, "seed", 0, (long long)TrainConfig::seedRange.max, path, error) : std::nullopt;
    const JsonValue *shuffle = seed ? member(train, "shuffle", path, error) : nullptr;
    if (shuffle && !shuffle->isBool()) {
        *error = path + "shuffle must be true or false";
        shuffle = nullptr;
    }
    const auto clipNorm = shuffle ? numberAtLeast(train, "clip_norm", 0.0, path, error) : std::nullopt;
    if (!clipNorm)
        return std::nullopt;
    t.batchSize = int(*batchSize);
    t.learningRate = *learningRate;
    t.beta1 = *beta1;
    t.beta2 = *beta2;
    t.epsilon = *epsilon;
    t.epochs = int(*epochs);
    t.seed = unsigned(*seed);
    t.shuffle = shuffle->boolean();
    t.clipNorm = *clipNorm;
    if (auto invalid = t.validate()) {
        *error = path.substr(0, path.size() - 1) + ": " + *invalid;
        return std::nullopt;
    }
    return t;
}

// {"<xName>": [...], "<yName>": [...]} of at most maxSize finite numbers each, as long as each
// other; xName's >= 0 when xIsStep, yName's >= 0 when yNonNegative.
std::optional<std::vector<RunPoint>> readRunPoints(const JsonValue &run, const char *key, const char *xName,
                                                   const char *yName, std::size_t maxSize, bool xIsStep,
                                                   bool yNonNegative, const std::string &runPath, std::string *error)
{
    const JsonValue *points = objectMember(run, key, runPath, error);
    if (!points)
        return std::nullopt;
    const std::string path = runPath + key + ".";
    const std::optional<NumberList> xs = arrayMember(*points, xName, maxSize, path, nullptr, error);
    const std::optional<NumberList> ys = xs ? arrayMember(*points, yName, maxSize, path, nullptr, error) : std::nullopt;
    if (!ys)
        return std::nullopt;
    if (xs->size() != ys->size()) {
        *error = path + xName + " has " + std::to_string(xs->size()) + " values but " + path + yName + " has "
                 + std::to_string(ys->size());
        return std::nullopt;
    }
    std::vector<RunPoint> out(xs->size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        const std::optional<double> x = xs->finite(k);
        const std::optional<double> y = ys->finite(k);
        if (!x || (xIsStep && *x < 0.0)) {
            *error = path + xName + "[" + std::to_string(k) + "] is not a finite number" + (xIsStep ? " >= 0" : "");
            return std::nullopt;
        }
        if (!y || (yNonNegative && *y < 0.0)) {
            *error = path + yName + "[" + std::to_string(k) + "] is not a finite number" + (yNonNegative ? " >= 0" : "");
            return std::nullopt;
        }
        out[k] = {*x, *y};
    }
    return out;
}

// "runs": the window's run list (optional).
std::optional<std::vector<RunRecord>> readRuns(const JsonValue &root, std::string *error)
{
    std::vector<RunRecord> runs;
    const JsonValue *list = root.find("runs");
    if (!list)
        return runs;
    if (!list->isArray()) {
        *error = "runs is not an array";
        return std::nullopt;
    }
    if (list->array().size() > RunRecord::maxRecords) {
        *error = "runs holds " + std::to_string(list->array().size()) + " runs, more than the "
                 + std::to_string(RunRecord::maxRecords) + " a session may hold";
        return std::nullopt;
    }
    for (std::size_t k = 0; k < list->array().size(); ++k) {
        const std::string path = "runs[" + std::to_string(k) + "].";
        const JsonValue &run = list->array()[k];
        if (!run.isObject()) {
            *error = "runs[" + std::to_string(k) + "] is not an object";
            return std::nullopt;
        }
        RunRecord r;
        const JsonValue *config = objectMember(run, "config", path, error);
        if (!config)
            return std::nullopt;
        std::optional<ModelConfig> model = readModelConfig(*config, error);
        if (!model) {
            *error = path + "config: " + *error;
            return std::nullopt;
        }
        if (auto invalid = model->validate()) {
            *error = path + "config: " + *invalid;
            return std::nullopt;
        }
        r.model = *model;
        const JsonValue *train = objectMember(run, "train", path, error);
        if (!train)
            return std::nullopt;
        std::optional<TrainConfig> t = readTrainConfig(*train, path + "train.", error);
        if (!t)
            return std::nullopt;
        r.train = *t;
        const JsonValue *signal = member(run, "signal", path, error);
        if (!signal)
            return std::nullopt;
        if (!signal->isString() || signal->text().size() > RunRecord::maxSignalBytes) {
            *error = path + "signal must be a string of at most " + std::to_string(RunRecord::maxSignalBytes) + " bytes";
            return std::nullopt;
        }
        r.signal = signal->text();
        const std::optional<long long> steps = integerIn(run, "steps", 0, maxStepCount, path, error);
        if (!steps)
            return std::nullopt;
        r.steps = *steps;
        const JsonValue *finalMse = member(run, "final_test_mse", path, error);
        if (!finalMse)
            return std::nullopt;
        if (!finalMse->isNull()) {
            const std::optional<double> mse = finiteNumber(*finalMse);
            if (!mse || *mse < 0.0) {
                *error = path + "final_test_mse must be null or a finite number >= 0";
                return std::nullopt;
            }
            r.finalTestMse = *mse;
        }
        const JsonValue *diverged = member(run, "diverged", path, error);
        if (!diverged)
            return std::nullopt;
        if (!diverged->isBool()) {
            *error = path + "diverged must be true or false";
            return std::nullopt;
        }
        r.diverged = diverged->boolean();
        std::optional<std::vector<RunPoint>> loss =
            readRunPoints(run, "loss", "step", "train_loss", RunRecord::maxLossPoints, true, true, path, error);
        std::optional<std::vector<RunPoint>> test = loss
            ? readRunPoints(run, "test_mse", "step", "test_mse", RunRecord::maxTestPoints, true, true, path, error)
            : std::nullopt;
        std::optional<std::vector<RunPoint>> prediction = test
            ? readRunPoints(run, "prediction", "x", "y", RunRecord::maxPredictionPoints, false, false, path, error)
            : std::nullopt;
        if (!prediction)
            return std::nullopt;
        r.loss = std::move(*loss);
        r.testMse = std::move(*test);
        r.prediction = std::move(*prediction);
        runs.push_back(std::move(r));
    }
    return runs;
}

} // namespace

SessionData captureSession(const Trainer &trainer)
{
    SessionData session;
    session.model = trainer.modelConfig();
    session.train = trainer.trainConfig();
    session.state = trainer.captureState();
    session.model.dropout = session.state.dropout;
    return session;
}

std::unique_ptr<Trainer> resumeTrainer(const SessionData &session, std::shared_ptr<const Dataset> data,
                                       std::string *error)
{
    std::unique_ptr<Trainer> trainer;
    try {
        trainer = std::make_unique<Trainer>(session.model, session.train, std::move(data));
    } catch (const std::exception &e) {
        *error = e.what();
        return nullptr;
    }
    if (std::optional<std::string> invalid = trainer->restoreState(session.state)) {
        *error = *invalid;
        return nullptr;
    }
    return trainer;
}

std::optional<std::string> writeSessionJson(const SessionData &session, std::string *error)
{
    std::optional<JsonValue> parameters = parseSignalParameters(session.signal.parametersJson, error);
    if (!parameters)
        return std::nullopt;
    // What the reader would refuse is not written: a file holds only finite numbers and
    // counts within the shared limits (trainer.h).
    if (std::optional<std::string> invalid = Trainer::checkState(session.state, session.model, session.train)) {
        *error = *invalid;
        return std::nullopt;
    }
    const TrainerState &s = session.state;
    const TrainConfig &t = session.train;
    const ModelData model{session.model, s.parameters,
                          {s.step, s.epoch, s.lastEpoch.epoch > 0 ? s.lastEpoch.testMse : -1.0}};

    std::string out;
    out.reserve(std::size_t(s.parameters.size()) * 3 * 14 + session.lossHistory.size() * 30
                + s.order.size() * 7 + 16384);
    out += "{\n  \"format\": " + jsonQuote(sessionFormatName) + ",\n";
    out += "  \"version\": " + std::to_string(sessionFormatVersion) + ",\n";
    out += "  \"model\": " + writeModelObject(model, "  ") + ",\n";
    out += "  \"train\": " + trainConfigJson(t) + ",\n";
    out += "  \"signal\": {\"id\": " + jsonQuote(session.signal.id) + ", \"parameters\": ";
    appendCompact(out, *parameters);
    out += "},\n";
    out += "  \"live\": {\"learning_rate\": " + jsonNumber(s.learningRate) + ", \"dropout\": "
           + jsonNumber(s.dropout) + "},\n";
    out += "  \"position\": {\"step\": " + std::to_string(s.step) + ", \"epoch\": " + std::to_string(s.epoch)
           + ", \"batch\": " + std::to_string(s.batch) + ", \"epoch_loss_sum\": " + jsonNumber(s.epochLossSum)
           + ",\n    \"order\": [";
    for (std::size_t k = 0; k < s.order.size(); ++k) {
        if (k > 0)
            out += ", ";
        out += std::to_string(s.order[k]);
    }
    out += "]},\n";
    out += "  \"last_epoch\": {\"epoch\": " + std::to_string(s.lastEpoch.epoch) + ", \"step\": "
           + std::to_string(s.lastEpoch.step) + ", \"train_loss\": " + jsonNumber(s.lastEpoch.trainLoss)
           + ", \"test_mse\": " + jsonNumber(s.lastEpoch.testMse) + "},\n";
    out += "  \"optimizer\": {\"name\": \"adam\", \"step\": " + std::to_string(s.adamStep) + ",\n    \"exp_avg\": "
           + writeTensorsObject(session.model, s.adamFirstMoment, "    ") + ",\n    \"exp_avg_sq\": "
           + writeTensorsObject(session.model, s.adamSecondMoment, "    ") + "},\n";
    out += "  \"rng\": {\"engine\": \"mt19937\", \"state\": " + jsonQuote(s.rngState) + "},\n";
    out += "  \"loss_history\": " + historyJson(session.lossHistory, "train_loss", maxSessionLossHistory) + ",\n";
    out += "  \"test_mse_history\": " + historyJson(session.testMseHistory, "test_mse", maxSessionTestHistory);
    if (!session.runs.empty())
        out += ",\n  \"runs\": " + runsJson(session.runs);
    out += "\n}\n";
    return out;
}

namespace {

// Values outside the long arrays: the signal's parameters and a few hundred more.
// The run list's arrays are tree values too (at most RunRecord's bounds per run).
constexpr std::size_t maxRunTreeValues =
    RunRecord::maxRecords
    * (2 * (RunRecord::maxLossPoints + RunRecord::maxTestPoints + RunRecord::maxPredictionPoints) + 128);
constexpr std::size_t maxSessionTreeValues = maxSignalParameterValues + 65536 + maxRunTreeValues;

// The parse shared by the session reader and the reader of either kind: limits on what the
// file may hold, checked as it is read, and the long arrays taken straight into place.
JsonReadLimits sessionReadLimits()
{
    JsonReadLimits limits;
    limits.maxDepth = maxSessionDepth;
    limits.maxValues = maxSessionValues();
    limits.tooManyValues =
        "the file holds more values than the largest valid session (" + std::to_string(maxSessionValues()) + ")";
    limits.maxTreeValues = maxSessionTreeValues;
    limits.tooManyTreeValues = "the file holds more values than the largest valid session (more than "
                               + std::to_string(maxSessionTreeValues)
                               + " besides its tensors' data, histories and window order)";
    limits.maxStringBytes = maxSessionSignalBytes;
    limits.maxInputBytes = maxSessionFileBytes;
    return limits;
}

void expectSessionArrays(StreamedArrays &arrays)
{
    arrays.expectNumbers("position.order", true, maxSessionWindows);
    arrays.expectNumbers("loss_history.step", true, maxSessionLossHistory);
    arrays.expectNumbers("loss_history.train_loss", false, maxSessionLossHistory);
    arrays.expectNumbers("test_mse_history.step", true, maxSessionTestHistory);
    arrays.expectNumbers("test_mse_history.test_mse", false, maxSessionTestHistory);
}

std::optional<JsonValue> takeParsed(JsonParseResult parsed, std::string *error)
{
    if (!parsed.value)
        *error = parsed.syntaxError ? "not valid JSON: " + parsed.error : parsed.error;
    return std::move(parsed.value);
}

} // namespace

SessionReadResult readSessionJson(std::string_view text)
{
    SessionReadResult result;
    if (text.size() > maxSessionFileBytes) {
        result.error = "the file is larger than " + std::to_string(maxSessionFileBytes >> 20) + " MiB";
        return result;
    }
    // A text in memory is counted first, in one cheap pass: "0,0,0,..." is refused unparsed.
    if (jsonValueCountBound(text) > maxSessionValues()) {
        result.error = "the file holds more values than the largest valid session (" + std::to_string(maxSessionValues())
                       + ")";
        return result;
    }
    StreamedArrays arrays;
    expectSessionArrays(arrays);
    const std::optional<JsonValue> root = takeParsed(parseJson(text, sessionReadLimits(), &arrays), &result.error);
    if (!root)
        return result;
    return readSessionObject(*root, &arrays);
}

SessionReadResult readSessionObject(const JsonValue &root, StreamedArrays *streamed)
{
    SessionReadResult result;
    std::string &error = result.error;
    if (!root.isObject()) {
        error = "the top level is not a JSON object";
        return result;
    }
    const JsonValue *format = root.find("format");
    if (!format || !format->isString() || format->text() != sessionFormatName) {
        error = std::string("not an LSTM Lab session: \"format\" must be \"") + sessionFormatName + "\"";
        return result;
    }
    const JsonValue *version = root.find("version");
    if (!version || !version->toInteger() || *version->toInteger() != sessionFormatVersion) {
        error = "unsupported session format version " + (version ? describeJsonValue(*version) : std::string("(missing)"))
                + " (this build reads version " + std::to_string(sessionFormatVersion) + ")";
        return result;
    }

    SessionData session;
    TrainerState &state = session.state;
    const JsonValue *modelValue = member(root, "model", "", &error);
    if (!modelValue)
        return result;
    ModelReadResult model = readModelObject(*modelValue, streamed ? &streamed->sessionModel : nullptr);
    if (!model.model) {
        error = "model: " + model.error;
        return result;
    }
    session.model = model.model->config;
    state.parameters = std::move(model.model->parameters);

    const JsonValue *train = objectMember(root, "train", "", &error);
    if (!train)
        return result;
    if (std::optional<TrainConfig> t = readTrainConfig(*train, "train.", &error))
        session.train = *t;
    else
        return result;

    const JsonValue *signal = objectMember(root, "signal", "", &error);
    if (!signal)
        return result;
    const JsonValue *signalId = member(*signal, "id", "signal.", &error);
    if (!signalId)
        return result;
    if (!signalId->isString() || signalId->text().empty() || signalId->text().size() > 256) {
        error = "signal.id must be a string of 1 to 256 bytes";
        return result;
    }
    const JsonValue *parameters = objectMember(*signal, "parameters", "signal.", &error);
    if (!parameters)
        return result;
    session.signal.id = signalId->text();
    session.signal.parametersJson.clear();
    appendCompact(session.signal.parametersJson, *parameters);
    // The writer's own check, so that a session read can always be written (nesting depth, size).
    if (std::string why; !parseSignalParameters(session.signal.parametersJson, &why)) {
        error = "signal.parameters: " + why;
        return result;
    }

    const JsonValue *live = objectMember(root, "live", "", &error);
    if (!live)
        return result;
    const auto learningRate = numberAtLeast(*live, "learning_rate", 0.0, "live.", &error);
    const auto dropout = learningRate ? numberAtLeast(*live, "dropout", 0.0, "live.", &error) : std::nullopt;
    if (!dropout)
        return result;
    state.learningRate = *learningRate;
    state.dropout = *dropout;

    const JsonValue *position = objectMember(root, "position", "", &error);
    if (!position)
        return result;
    {
        const auto step = integerIn(*position, "step", 0, maxStepCount, "position.", &error);
        const auto epoch = step ? integerIn(*position, "epoch", 0, maxEpochCount, "position.", &error) : std::nullopt;
        const auto batch = epoch ? integerIn(*position, "batch", 0, 1 << 30, "position.", &error) : std::nullopt;
        const auto lossSum = batch ? numberAtLeast(*position, "epoch_loss_sum", 0.0, "position.", &error) : std::nullopt;
        const std::optional<NumberList> order =
            lossSum ? arrayMember(*position, "order", maxSessionWindows, "position.", streamed, &error) : std::nullopt;
        if (!order)
            return result;
        state.step = *step;
        state.epoch = int(*epoch);
        state.batch = int(*batch);
        state.epochLossSum = *lossSum;
        state.order.resize(order->size());
        for (std::size_t k = 0; k < state.order.size(); ++k) {
            const std::optional<long long> w = order->integer(k);
            if (!w || *w < 0 || *w >= (long long)state.order.size()) {
                error = "position.order[" + std::to_string(k) + "] is not a window index in 0.."
                        + std::to_string(state.order.size() - 1);
                return result;
            }
            state.order[k] = int(*w);
        }
    }

    const JsonValue *lastEpoch = objectMember(root, "last_epoch", "", &error);
    if (!lastEpoch)
        return result;
    {
        const auto epoch = integerIn(*lastEpoch, "epoch", 0, maxEpochCount, "last_epoch.", &error);
        const auto step = epoch ? integerIn(*lastEpoch, "step", 0, maxStepCount, "last_epoch.", &error) : std::nullopt;
        const auto trainLoss = step ? numberAtLeast(*lastEpoch, "train_loss", 0.0, "last_epoch.", &error) : std::nullopt;
        const auto testMse = trainLoss ? numberAtLeast(*lastEpoch, "test_mse", 0.0, "last_epoch.", &error) : std::nullopt;
        if (!testMse)
            return result;
        state.lastEpoch = {int(*epoch), *step, *trainLoss, *testMse};
    }

    const JsonValue *optimizer = objectMember(root, "optimizer", "", &error);
    if (!optimizer)
        return result;
    {
        const JsonValue *name = member(*optimizer, "name", "optimizer.", &error);
        if (!name)
            return result;
        if (!name->isString() || name->text() != "adam") {
            error = "optimizer.name must be \"adam\"";
            return result;
        }
        const auto step = integerIn(*optimizer, "step", 0, maxStepCount, "optimizer.", &error);
        if (!step)
            return result;
        state.adamStep = *step;
        const std::tuple<const char *, Vector<float> *, StreamedTensors *> moments[] = {
            {"exp_avg", &state.adamFirstMoment, streamed ? &streamed->firstMoment : nullptr},
            {"exp_avg_sq", &state.adamSecondMoment, streamed ? &streamed->secondMoment : nullptr}};
        for (const auto &[key, moment, taken] : moments) {
            const JsonValue *tensors = objectMember(*optimizer, key, "optimizer.", &error);
            if (!tensors)
                return result;
            std::optional<Vector<float>> values = readTensorsObject(*tensors, session.model, &error, taken);
            if (!values) {
                error = std::string("optimizer.") + key + ": " + error;
                return result;
            }
            *moment = std::move(*values);
        }
    }

    const JsonValue *rng = objectMember(root, "rng", "", &error);
    if (!rng)
        return result;
    const JsonValue *engine = member(*rng, "engine", "rng.", &error);
    const JsonValue *rngState = engine ? member(*rng, "state", "rng.", &error) : nullptr;
    if (!rngState)
        return result;
    if (!engine->isString() || engine->text() != "mt19937") {
        error = "rng.engine must be \"mt19937\"";
        return result;
    }
    if (!rngState->isString()) {
        error = "rng.state must be a string";
        return result;
    }
    state.rngState = rngState->text();

    std::optional<std::vector<HistoryPoint>> loss =
        readHistory(root, "loss_history", "train_loss", maxSessionLossHistory, streamed, &error);
    if (!loss)
        return result;
    std::optional<std::vector<HistoryPoint>> test =
        readHistory(root, "test_mse_history", "test_mse", maxSessionTestHistory, streamed, &error);
    if (!test)
        return result;
    session.lossHistory = std::move(*loss);
    session.testMseHistory = std::move(*test);
    std::optional<std::vector<RunRecord>> runs = readRuns(root, &error);
    if (!runs)
        return result;
    session.runs = std::move(*runs);

    if (std::optional<std::string> invalid = Trainer::checkState(state, session.model, session.train)) {
        error = *invalid;
        return result;
    }
    result.session = std::move(session);
    return result;
}

bool saveSessionFile(const std::string &path, const SessionData &session, std::string *error)
{
    std::string why;
    const std::optional<std::string> text = writeSessionJson(session, &why);
    if (!text) {
        if (error)
            *error = "cannot save " + path + ": " + why;
        return false;
    }
    return writeFileAtomically(path, *text, error);
}

SessionReadResult loadSessionFile(const std::string &path)
{
    SessionReadResult result;
    const FileHandle file = openFileCapped(path, maxSessionFileBytes, &result.error);
    if (!file)
        return result;
    StreamedArrays arrays;
    expectSessionArrays(arrays);
    const std::optional<JsonValue> root =
        takeParsed(parseJsonFile(file.get(), sessionReadLimits(), &arrays), &result.error);
    if (root)
        result = readSessionObject(*root, &arrays);
    if (!result.session)
        result.error = path + ": " + result.error;
    return result;
}

ResumeReadResult loadSessionOrModelFile(const std::string &path)
{
    ResumeReadResult result;
    const FileHandle file = openFileCapped(path, maxSessionFileBytes, &result.error);
    if (!file)
        return result;
    StreamedArrays arrays;
    expectSessionArrays(arrays);
    std::optional<JsonValue> root = takeParsed(parseJsonFile(file.get(), sessionReadLimits(), &arrays), &result.error);
    if (root) {
        const JsonValue *format = root->find("format");
        const long size = std::ftell(file.get());
        if (format && format->isString() && format->text() == sessionFormatName) {
            SessionReadResult read = readSessionObject(*root, &arrays);
            result.session = std::move(read.session);
            result.error = std::move(read.error);
        } else if (size < 0 || std::size_t(size) > maxModelFileBytes) {
            result.error = "the model file is larger than " + std::to_string(maxModelFileBytes >> 20) + " MiB";
        } else {
            ModelReadResult read = readModelObject(*root, &arrays.rootModel);
            result.model = std::move(read.model);
            // Neither kind: say which formats are read, not only that it is no model.
            result.error = std::move(read.error);
            if (!result.model && root->isObject() && (!format || !format->isString() || format->text() != modelFormatName))
                result.error = std::string("neither an LSTM Lab session nor a model: \"format\" must be \"")
                               + sessionFormatName + "\" or \"" + modelFormatName + "\"";
        }
    }
    if (!result.session && !result.model)
        result.error = path + ": " + result.error;
    return result;
}

} // namespace lstmlab
