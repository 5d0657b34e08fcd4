#include "textsessionfile.h"

#include "corpus.h"
#include "json.h"
#include "modelfile.h"
#include "tensorlayout.h"
#include "textmodelfile.h"
#include "trainer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>

namespace lstmlab {

namespace {

// The largest text model: every tensor of 8 layers x 512 units (textUnitsRange) over 10,000 symbols.
std::size_t maxTextParameters()
{
    return std::size_t(CharNetwork<float>::parameterCount(
        {Corpus::maxSymbols, int(ModelConfig::textUnitsRange.max), int(ModelConfig::layersRange.max), 0.0}));
}

// The long arrays' numbers at most: three parameter vectors, the carried state (h and c) of
// every layer and stream, and the histories.
std::size_t maxSunkValues()
{
    const std::size_t carried = 2 * std::size_t(ModelConfig::layersRange.max) * std::size_t(TrainConfig::batchSizeRange.max)
                                * std::size_t(ModelConfig::textUnitsRange.max);
    return 3 * maxTextParameters() + carried + 2 * (maxSessionLossHistory + maxSessionTestHistory);
}

ModelConfig layoutOf(const ModelConfig &model, int symbols)
{
    ModelConfig layout = model;
    layout.inputSize = symbols;
    layout.outputSize = symbols;
    return layout;
}

std::string tensorsJson(const ModelConfig &layout, const Vector<float> &flat, std::string_view indent)
{
    return writeTensorsObject(layout, flat, indent);
}

std::string historyJson(const std::vector<HistoryPoint> &history, const char *valueName)
{
    std::string steps, values;
    for (std::size_t k = 0; k < history.size(); ++k) {
        if (k > 0) {
            steps += ", ";
            values += ", ";
        }
        steps += std::to_string(history[k].step);
        values += jsonNumber(history[k].value);
    }
    return std::string("{\"step\": [") + steps + "], \"" + valueName + "\": [" + values + "]}";
}

std::string stateJson(const std::vector<Matrix<float>> &layers)
{
    // shape [L, B, H], row-major: layer, then stream, then unit
    const std::size_t L = layers.size();
    const Eigen::Index B = L ? layers[0].rows() : 0, H = L ? layers[0].cols() : 0;
    std::string out = "{\"shape\": [" + std::to_string(L) + ", " + std::to_string(B) + ", " + std::to_string(H)
                      + "], \"data\": [";
    bool first = true;
    for (const Matrix<float> &m : layers)
        for (Eigen::Index b = 0; b < B; ++b)
            for (Eigen::Index u = 0; u < H; ++u) {
                if (!first)
                    out += ", ";
                out += jsonNumber(m(b, u));
                first = false;
            }
    return out + "]}";
}

// The long arrays, kept as numbers straight from the parser: floats for the tensors and the
// carried state, doubles for the histories.
struct SunkArray {
    bool isFloat = true;
    std::vector<float> floats;
    std::vector<double> doubles;
};

class TextSessionArrays : public JsonReadHooks, public JsonNumberSink
{
public:
    std::map<std::string, SunkArray> arrays;

    JsonNumberSink *arraySink(const std::vector<std::string> &path, const std::vector<const JsonValue *> &,
                              std::string *) override
    {
        if (path.empty() || path.back() == "shape" || path.back() == "vocab" || path.back() == "[]")
            return nullptr;
        std::string key;
        for (const std::string &p : path) {
            if (!key.empty())
                key += '.';
            key += p;
        }
        m_current = &arrays[key];
        m_current->isFloat = path.front() != "loss_history" && path.front() != "validation_history";
        m_key = key;
        return this;
    }

    bool element(std::size_t, std::optional<std::string_view> number, std::string *error) override
    {
        if (!number) {
            *error = m_key + " must hold numbers only";
            return false;
        }
        if (++m_count > maxSunkValues()) {
            *error = "the file holds more numbers than the largest valid text session (" + std::to_string(maxSunkValues()) + ")";
            return false;
        }
        const char *begin = number->data(), *end = begin + number->size();
        if (m_current->isFloat) {
            float value = 0;
            const auto [ptr, ec] = std::from_chars(begin, end, value);
            if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
                *error = m_key + " holds " + std::string(*number) + ", not a finite float32";
                return false;
            }
            m_current->floats.push_back(value);
        } else {
            double value = 0;
            const auto [ptr, ec] = std::from_chars(begin, end, value);
            if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
                *error = m_key + " holds " + std::string(*number) + ", not a finite number";
                return false;
            }
            m_current->doubles.push_back(value);
        }
        return true;
    }

private:
    SunkArray *m_current = nullptr;
    std::string m_key;
    std::size_t m_count = 0;
};

JsonReadLimits textSessionLimits()
{
    JsonReadLimits limits;
    limits.maxDepth = 8;
    limits.maxValues = maxSunkValues() + maxModelTreeValues + Corpus::maxSymbols;
    limits.tooManyValues = "the file holds more values than the largest valid text session";
    limits.maxTreeValues = maxModelTreeValues + Corpus::maxSymbols;
    limits.tooManyTreeValues = "the file holds more values than a text session keeps besides its long arrays (at most "
                               + std::to_string(limits.maxTreeValues) + ")";
    limits.maxStringBytes = maxTextSessionSamplesBytes;
    limits.maxInputBytes = maxSessionFileBytes;
    return limits;
}

// Field readers: each names the field and what it must be.
struct Reader {
    const JsonValue &root;
    TextSessionArrays &arrays;
    std::string error;

    const JsonValue *at(const std::string &path)
    {
        const JsonValue *v = &root;
        std::size_t begin = 0;
        while (v && begin <= path.size()) {
            const std::size_t dot = path.find('.', begin);
            v = v->find(std::string_view(path).substr(begin, dot == std::string::npos ? std::string::npos : dot - begin));
            if (dot == std::string::npos)
                break;
            begin = dot + 1;
        }
        if (!v && error.empty())
            error = path + " is missing";
        return v;
    }
    std::optional<long long> integer(const std::string &path, long long min, long long max)
    {
        const JsonValue *v = at(path);
        if (!v)
            return std::nullopt;
        const std::optional<long long> n = v->toInteger();
        if (!n || *n < min || *n > max) {
            error = path + " must be an integer in " + std::to_string(min) + ".." + std::to_string(max) + " (got "
                    + describeJsonValue(*v) + ")";
            return std::nullopt;
        }
        return n;
    }
    std::optional<double> real(const std::string &path)
    {
        const JsonValue *v = at(path);
        if (!v)
            return std::nullopt;
        const std::optional<double> n = v->toDouble();
        if (!n) {
            error = path + " must be a finite number (got " + describeJsonValue(*v) + ")";
            return std::nullopt;
        }
        return n;
    }
    std::optional<std::string> text(const std::string &path)
    {
        const JsonValue *v = at(path);
        if (!v)
            return std::nullopt;
        if (!v->isString()) {
            error = path + " must be a string (got " + describeJsonValue(*v) + ")";
            return std::nullopt;
        }
        return v->text();
    }
    // A {"shape": [...], "data": [...]} named `name` in the object at `parent`, its shape `shape`,
    // its data sunk as floats. (Tensor names hold dots: "head.weight".)
    const std::vector<float> *floats(const std::string &parent, const std::string &name, const std::vector<long long> &shape)
    {
        const std::string path = parent + "." + name;
        const JsonValue *container = at(parent);
        if (!container)
            return nullptr;
        const JsonValue *tensor = container->find(name);
        const JsonValue *s = tensor ? tensor->find("shape") : nullptr;
        if (!s) {
            error = path + ".shape is missing";
            return nullptr;
        }
        bool same = s->isArray() && s->array().size() == shape.size();
        for (std::size_t k = 0; same && k < shape.size(); ++k)
            same = s->array()[k].toInteger() == shape[k];
        long long count = 1;
        std::string expected = "[";
        for (std::size_t k = 0; k < shape.size(); ++k) {
            if (k > 0)
                expected += ", ";
            expected += std::to_string(shape[k]);
            count *= shape[k];
        }
        expected += "]";
        if (!same) {
            error = path + ": the shape must be " + expected;
            return nullptr;
        }
        const auto found = arrays.arrays.find(path + ".data");
        if (found == arrays.arrays.end() || !found->second.isFloat || (long long)found->second.floats.size() != count) {
            error = path + " must hold " + std::to_string(count) + " numbers (shape " + expected + ")";
            return nullptr;
        }
        return &found->second.floats;
    }
    std::optional<Vector<float>> tensors(const std::string &path, const ModelConfig &layout)
    {
        Vector<float> flat(Network<float>::parameterCount(layout));
        for (const TensorInfo &t : tensorLayout(layout)) {
            std::vector<long long> shape{t.rows};
            if (t.cols > 0)
                shape.push_back(t.cols);
            const std::vector<float> *data = floats(path, t.name, shape);
            if (!data)
                return std::nullopt;
            const int cols = t.cols == 0 ? 1 : t.cols; // row-major in the file, column-major here
            for (int r = 0; r < t.rows; ++r)
                for (int c = 0; c < cols; ++c)
                    flat[t.offset + Eigen::Index(c) * t.rows + r] = (*data)[std::size_t(r) * cols + c];
        }
        return flat;
    }
    std::optional<std::vector<HistoryPoint>> history(const std::string &path, const std::string &valueName)
    {
        const auto steps = arrays.arrays.find(path + ".step");
        const auto values = arrays.arrays.find(path + "." + valueName);
        if (!at(path))
            return std::nullopt;
        const std::size_t n = steps == arrays.arrays.end() ? 0 : steps->second.doubles.size();
        if ((values == arrays.arrays.end() ? 0 : values->second.doubles.size()) != n) {
            error = path + ": step and " + valueName + " must have the same length";
            return std::nullopt;
        }
        std::vector<HistoryPoint> points(n);
        for (std::size_t k = 0; k < n; ++k) {
            const double step = steps->second.doubles[k], value = values->second.doubles[k];
            if (!(step >= 0 && step <= double(maxStepCount) && step == std::floor(step)) || value < 0) {
                error = path + ": point " + std::to_string(k) + " needs a step in 0.." + std::to_string(maxStepCount)
                        + " and a value >= 0";
                return std::nullopt;
            }
            points[k] = {(long long)step, value};
        }
        return points;
    }
};

TextSessionReadResult readParsed(JsonParseResult parsed, TextSessionArrays &arrays)
{
    TextSessionReadResult result;
    if (!parsed.value) {
        result.error = parsed.syntaxError ? "not valid JSON: " + parsed.error : parsed.error;
        return result;
    }
    Reader r{*parsed.value, arrays, {}};
    const auto fail = [&](std::string why) {
        result.error = why.empty() ? r.error : why;
        return result;
    };
    if (r.text("format") != std::optional<std::string>(textSessionFormatName))
        return fail(std::string("not an LSTM Lab text session: \"format\" must be \"") + textSessionFormatName + "\"");
    if (r.integer("version", textSessionFormatVersion, textSessionFormatVersion) != textSessionFormatVersion)
        return fail("unsupported text session version (this build reads version "
                    + std::to_string(textSessionFormatVersion) + ")");
    TextSessionData s;
    if (r.text("model.config.task") != std::optional<std::string>("text"))
        return fail("model.config.task must be \"text\"");
    const auto units = r.integer("model.config.units", 1, (long long)ModelConfig::textUnitsRange.max);
    const auto layers = r.integer("model.config.layers", 1, (long long)ModelConfig::layersRange.max);
    const auto timesteps = r.integer("model.config.timesteps", 1, (long long)ModelConfig::timestepsRange.max);
    const auto dropout = r.real("model.config.dropout");
    if (!units || !layers || !timesteps || !dropout)
        return fail({});
    s.model.units = int(*units);
    s.model.layers = int(*layers);
    s.model.timesteps = int(*timesteps);
    s.model.dropout = *dropout;
    const JsonValue *config = r.at("model.config");
    if (const JsonValue *cell = config ? config->find("cell") : nullptr) { // absent: the LSTM, as before the cells
        const std::optional<RecurrentCell> named = cell->isString() ? cellFromName(cell->text()) : std::nullopt;
        if (!named)
            return fail(std::string("model.config.cell must be one of ") + cellNames + " (got "
                        + describeJsonValue(*cell) + ")");
        s.model.cell = *named;
    }
    if (auto invalid = s.model.validateText())
        return fail("model.config." + *invalid);

    const JsonValue *vocab = r.at("model.vocab");
    if (!vocab)
        return fail({});
    if (!vocab->isArray() || vocab->array().size() < 2 || vocab->array().size() > std::size_t(Corpus::maxSymbols))
        return fail("model.vocab must be an array of 2.." + std::to_string(Corpus::maxSymbols) + " symbols");
    for (const JsonValue &symbol : vocab->array()) {
        std::vector<char32_t> decoded;
        std::size_t bad = 0;
        if (!symbol.isString() || !Corpus::decodeUtf8(symbol.text(), decoded, bad) || decoded.size() != 1
            || decoded[0] == U'\0')
            return fail("model.vocab must hold strings of one character each, not NUL (got " + describeJsonValue(symbol)
                        + ")");
        s.vocabulary.push_back(decoded[0]);
    }
    std::vector<char32_t> sorted = s.vocabulary;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return fail("model.vocab holds a symbol twice");
    const int V = int(s.vocabulary.size());
    if (r.integer("model.config.input_size", V, V) != V || r.integer("model.config.output_size", V, V) != V)
        return fail({});
    const ModelConfig layout = layoutOf(s.model, V);
    std::optional<Vector<float>> parameters = r.tensors("model.tensors", layout);
    std::optional<Vector<float>> m = parameters ? r.tensors("optimizer.exp_avg", layout) : std::nullopt;
    std::optional<Vector<float>> v = m ? r.tensors("optimizer.exp_avg_sq", layout) : std::nullopt;
    if (!v)
        return fail({});
    s.state.parameters = std::move(*parameters);
    s.state.adamFirstMoment = std::move(*m);
    s.state.adamSecondMoment = std::move(*v);

    const auto file = r.text("text.file");
    const auto batchSize = r.integer("train.batch_size", 1, (long long)TrainConfig::batchSizeRange.max);
    const auto rate = r.real("train.learning_rate");
    const auto beta1 = r.real("train.beta1");
    const auto beta2 = r.real("train.beta2");
    const auto epsilon = r.real("train.epsilon");
    const auto epochs = r.integer("train.epochs", 0, (long long)TrainConfig::epochsRange.max);
    const auto seed = r.integer("train.seed", 0, (long long)TrainConfig::seedRange.max);
    const auto clip = r.real("train.clip_norm");
    if (!file || !batchSize || !rate || !beta1 || !beta2 || !epsilon || !epochs || !seed || !clip)
        return fail({});
    s.textFile = *file;
    s.train.batchSize = int(*batchSize);
    s.train.learningRate = *rate;
    s.train.beta1 = *beta1;
    s.train.beta2 = *beta2;
    s.train.epsilon = *epsilon;
    s.train.epochs = int(*epochs);
    s.train.seed = unsigned(*seed);
    s.train.clipNorm = *clip;
    if (auto invalid = s.train.validate())
        return fail("train." + *invalid);

    TextTrainerState &st = s.state;
    const auto liveRate = r.real("live.learning_rate");
    const auto liveDropout = r.real("live.dropout");
    const auto step = r.integer("position.step", 0, maxStepCount);
    const auto epoch = r.integer("position.epoch", 0, maxEpochCount);
    const auto batch = r.integer("position.batch", 0, std::numeric_limits<int>::max());
    const auto lossSum = r.real("position.epoch_loss_sum");
    const auto adamStep = r.integer("optimizer.step", 0, maxStepCount);
    const auto rng = r.text("rng.state");
    const auto lastEpoch = r.integer("last_epoch.epoch", 0, maxEpochCount);
    const auto lastStep = r.integer("last_epoch.step", 0, maxStepCount);
    const auto lastLoss = r.real("last_epoch.train_loss");
    const auto lastBits = r.real("last_epoch.validation_bits_per_char");
    if (!liveRate || !liveDropout || !step || !epoch || !batch || !lossSum || !adamStep || !rng || !lastEpoch || !lastStep
        || !lastLoss || !lastBits)
        return fail({});
    st.learningRate = *liveRate;
    st.dropout = *liveDropout;
    st.step = *step;
    st.epoch = int(*epoch);
    st.batch = int(*batch);
    st.epochLossSum = *lossSum;
    st.adamStep = *adamStep;
    st.rngState = *rng;
    st.lastEpoch = {int(*lastEpoch), *lastStep, *lastLoss, *lastBits};
    const std::vector<long long> stateShape{*layers, *batchSize, *units};
    for (const char *which : {"h", "c"}) {
        const std::vector<float> *data = r.floats("carried_state", which, stateShape);
        if (!data)
            return fail({});
        std::vector<Matrix<float>> &out = which[0] == 'h' ? st.carriedH : st.carriedC;
        std::size_t k = 0;
        for (long long l = 0; l < *layers; ++l) {
            Matrix<float> m(*batchSize, *units);
            for (long long b = 0; b < *batchSize; ++b)
                for (long long u = 0; u < *units; ++u)
                    m(b, u) = (*data)[k++];
            out.push_back(std::move(m));
        }
    }
    auto loss = r.history("loss_history", "train_loss");
    auto validation = loss ? r.history("validation_history", "validation_bits_per_char") : std::nullopt;
    const auto samples = validation ? r.text("samples") : std::nullopt;
    if (!samples)
        return fail({});
    s.lossHistory = std::move(*loss);
    s.validationHistory = std::move(*validation);
    s.samples = *samples;
    result.session = std::move(s);
    return result;
}

} // namespace

TextSessionData captureTextSession(const TextTrainer &trainer, const std::string &textFile)
{
    TextSessionData s;
    s.model = trainer.modelConfig();
    s.model.dropout = trainer.dropout();
    s.train = trainer.trainConfig();
    s.textFile = textFile;
    s.vocabulary = trainer.corpus().vocabulary();
    s.state = trainer.captureState();
    return s;
}

std::string writeTextSessionJson(const TextSessionData &s)
{
    const TextTrainerState &st = s.state;
    const ModelConfig layout = layoutOf(s.model, int(s.vocabulary.size()));
    TextModelData model{s.model, s.vocabulary, st.parameters, st.step, st.epoch,
                        st.epoch > 0 ? st.lastEpoch.validationBitsPerChar : -1.0};
    std::string out = "{\n  \"format\": " + jsonQuote(textSessionFormatName) + ",\n";
    out += "  \"version\": " + std::to_string(textSessionFormatVersion) + ",\n";
    out += "  \"model\": " + writeTextModelObject(model, "  ") + ",\n";
    out += "  \"text\": {\"file\": " + jsonQuote(s.textFile) + ", \"strip_ansi\": true},\n";
    const TrainConfig &t = s.train;
    out += "  \"train\": {\"batch_size\": " + std::to_string(t.batchSize) + ", \"learning_rate\": "
           + jsonNumber(t.learningRate) + ", \"beta1\": " + jsonNumber(t.beta1) + ", \"beta2\": " + jsonNumber(t.beta2)
           + ", \"epsilon\": " + jsonNumber(t.epsilon) + ", \"epochs\": " + std::to_string(t.epochs)
           + ", \"seed\": " + std::to_string(t.seed) + ", \"clip_norm\": " + jsonNumber(t.clipNorm) + "},\n";
    out += "  \"live\": {\"learning_rate\": " + jsonNumber(st.learningRate) + ", \"dropout\": " + jsonNumber(st.dropout)
           + "},\n";
    out += "  \"position\": {\"step\": " + std::to_string(st.step) + ", \"epoch\": " + std::to_string(st.epoch)
           + ", \"batch\": " + std::to_string(st.batch) + ", \"epoch_loss_sum\": " + jsonNumber(st.epochLossSum) + "},\n";
    out += "  \"last_epoch\": {\"epoch\": " + std::to_string(st.lastEpoch.epoch) + ", \"step\": "
           + std::to_string(st.lastEpoch.step) + ", \"train_loss\": " + jsonNumber(st.lastEpoch.trainLoss)
           + ", \"validation_bits_per_char\": " + jsonNumber(st.lastEpoch.validationBitsPerChar) + "},\n";
    out += "  \"carried_state\": {\"h\": " + stateJson(st.carriedH) + ",\n    \"c\": " + stateJson(st.carriedC) + "},\n";
    out += "  \"optimizer\": {\"name\": \"adam\", \"step\": " + std::to_string(st.adamStep) + ",\n    \"exp_avg\": "
           + tensorsJson(layout, st.adamFirstMoment, "    ") + ",\n    \"exp_avg_sq\": "
           + tensorsJson(layout, st.adamSecondMoment, "    ") + "},\n";
    out += "  \"rng\": {\"engine\": \"mt19937\", \"state\": " + jsonQuote(st.rngState) + "},\n";
    out += "  \"loss_history\": " + historyJson(s.lossHistory, "train_loss") + ",\n";
    out += "  \"validation_history\": " + historyJson(s.validationHistory, "validation_bits_per_char") + ",\n";
    out += "  \"samples\": " + jsonQuote(s.samples.size() > maxTextSessionSamplesBytes ? std::string() : s.samples) + "\n";
    out += "}\n";
    return out;
}

TextSessionReadResult readTextSessionJson(std::string_view text)
{
    TextSessionArrays arrays;
    return readParsed(parseJson(text, textSessionLimits(), &arrays), arrays);
}

bool saveTextSessionFile(const std::string &path, const TextSessionData &session, std::string *error)
{
    return writeFileAtomically(path, writeTextSessionJson(session), error);
}

TextSessionReadResult loadTextSessionFile(const std::string &path)
{
    TextSessionReadResult result;
    const FileHandle file = openFileCapped(path, maxSessionFileBytes, &result.error);
    if (!file) {
        result.error = path + ": " + result.error;
        return result;
    }
    TextSessionArrays arrays;
    result = readParsed(parseJsonFile(file.get(), textSessionLimits(), &arrays), arrays);
    if (!result.session)
        result.error = path + ": " + result.error;
    return result;
}

} // namespace lstmlab
