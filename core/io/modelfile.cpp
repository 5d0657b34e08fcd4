#include "modelfile.h"

#include "json.h"
#include "streamedarrays.h"
#include "trainer.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace lstmlab {

std::string writeTensorsObject(const ModelConfig &config, const Vector<float> &flat, std::string_view indent)
{
    const std::string in(indent);
    std::string out;
    out.reserve(std::size_t(flat.size()) * 14 + 256);
    out += "{\n";
    const std::vector<TensorInfo> tensors = tensorLayout(config);
    for (std::size_t k = 0; k < tensors.size(); ++k) {
        const TensorInfo &t = tensors[k];
        out += in + "  " + jsonQuote(t.name) + ": {\"shape\": [" + std::to_string(t.rows);
        if (t.cols > 0)
            out += ", " + std::to_string(t.cols);
        out += "], \"data\": [";
        // Row-major, as torch.tensor(data).reshape(shape) expects; storage is column-major.
        const int cols = t.cols == 0 ? 1 : t.cols;
        for (int r = 0; r < t.rows; ++r)
            for (int col = 0; col < cols; ++col) {
                if (r + col > 0)
                    out += ", ";
                out += jsonNumber(flat[t.offset + Eigen::Index(col) * t.rows + r]);
            }
        out += "]}";
        out += k + 1 < tensors.size() ? ",\n" : "\n";
    }
    out += in + "}";
    return out;
}

std::string writeModelObject(const ModelData &model, std::string_view indent)
{
    const ModelConfig &c = model.config;
    const std::string in(indent);
    std::string out;
    out.reserve(std::size_t(model.parameters.size()) * 14 + 1024);
    out += "{\n" + in + "  \"format\": " + jsonQuote(modelFormatName) + ",\n";
    out += in + "  \"version\": " + std::to_string(modelFormatVersion) + ",\n";
    out += in + "  \"config\": {\"cell\": " + jsonQuote(cellName(c.cell)) + ", \"input_size\": " + std::to_string(c.inputSize)
           + ", \"units\": " + std::to_string(c.units) + ", \"layers\": " + std::to_string(c.layers)
           + ", \"timesteps\": " + std::to_string(c.timesteps)
           + ", \"output_size\": " + std::to_string(c.outputSize)
           + ", \"dropout\": " + jsonNumber(c.dropout)
           + (c.forgetBias != 0.0 ? ", \"forget_bias\": " + jsonNumber(c.forgetBias) : std::string()) + "},\n";
    out += in + "  \"training\": {\"steps\": " + std::to_string(model.progress.steps)
           + ", \"epochs\": " + std::to_string(model.progress.epochs) + ", \"test_mse\": "
           + (model.progress.testMse >= 0 ? jsonNumber(model.progress.testMse) : std::string("null"))
           + "},\n";
    out += in + "  \"tensors\": " + writeTensorsObject(c, model.parameters, in + "  ") + "\n";
    out += in + "}";
    return out;
}

std::string writeModelJson(const ModelData &model)
{
    return writeModelObject(model, "") + "\n";
}

namespace {

// The most JSON values a valid model file holds: the largest model's tensors, their shapes and
// the configuration (a few dozen values), with room to spare.
std::size_t maxModelValues()
{
    ModelConfig largest;
    largest.inputSize = int(ModelConfig::inputSizeRange.max);
    largest.units = int(ModelConfig::unitsRange.max);
    largest.layers = int(ModelConfig::layersRange.max);
    largest.outputSize = int(ModelConfig::outputSizeRange.max);
    return std::size_t(Network<float>::parameterCount(largest)) + 4096;
}

JsonReadLimits modelReadLimits()
{
    JsonReadLimits limits;
    limits.maxDepth = 16;
    limits.maxValues = maxModelValues();
    limits.tooManyValues = "the file holds more values than the largest valid model (" + std::to_string(maxModelValues()) + ")";
    limits.maxTreeValues = maxModelTreeValues;
    limits.tooManyTreeValues = "the file holds more values than the largest valid model (more than "
                               + std::to_string(maxModelTreeValues) + " besides its tensors' data)";
    limits.maxStringBytes = maxModelStringBytes;
    limits.maxInputBytes = maxModelFileBytes;
    return limits;
}

ModelReadResult readParsedModel(JsonParseResult parsed, StreamedArrays &arrays)
{
    ModelReadResult result;
    if (!parsed.value) {
        result.error = parsed.syntaxError ? "not valid JSON: " + parsed.error : parsed.error;
        return result;
    }
    return readModelObject(*parsed.value, &arrays.rootModel);
}

} // namespace

ModelReadResult readModelJson(std::string_view text)
{
    ModelReadResult result;
    if (text.size() > maxModelFileBytes) {
        result.error = "the model file is larger than " + std::to_string(maxModelFileBytes >> 20) + " MiB";
        return result;
    }
    // A text in memory is counted first, in one cheap pass: "0,0,0,..." is refused unparsed.
    if (jsonValueCountBound(text) > maxModelValues()) {
        result.error = "the file holds more values than the largest valid model ("
                       + std::to_string(maxModelValues()) + ")";
        return result;
    }
    StreamedArrays arrays;
    return readParsedModel(parseJson(text, modelReadLimits(), &arrays), arrays);
}

ModelReadResult readModelObject(const JsonValue &root, StreamedTensors *streamed)
{
    ModelReadResult result;
    if (!root.isObject()) {
        result.error = "the top level is not a JSON object";
        return result;
    }
    const JsonValue *format = root.find("format");
    if (!format || !format->isString() || format->text() != modelFormatName) {
        result.error = std::string("not an LSTM Lab model: \"format\" must be \"") + modelFormatName + "\"";
        return result;
    }
    const JsonValue *version = root.find("version");
    if (!version || !version->toInteger() || *version->toInteger() != modelFormatVersion) {
        result.error = "unsupported model format version "
                       + (version ? describeJsonValue(*version) : std::string("(missing)")) + " (this build reads version "
                       + std::to_string(modelFormatVersion) + ")";
        return result;
    }
    const JsonValue *config = root.find("config");
    if (!config || !config->isObject()) {
        result.error = "\"config\" is missing";
        return result;
    }
    // A text model (core/io/textmodelfile.cpp writes config.task = "text") has the same tensors
    // with input_size = output_size = its vocabulary: said as what it is, not as a wrong size.
    if (const JsonValue *task = config->find("task"); task && !(task->isString() && task->text() == "sine")) {
        result.error = task->isString() && task->text() == "text"
                           ? "config.task is \"text\": a character-level network, which the sine task cannot use"
                           : "config.task must be \"sine\" (got " + describeJsonValue(*task) + ")";
        return result;
    }
    ModelData model;
    std::optional<ModelConfig> modelConfig = readModelConfig(*config, &result.error);
    if (!modelConfig)
        return result;
    model.config = *modelConfig;
    if (const JsonValue *training = root.find("training"); training && training->isObject()) {
        // Optional; when given, within the limits the trainer and the session file share.
        if (const JsonValue *s = training->find("steps"); s && !s->isNull()) {
            if (!s->toInteger() || *s->toInteger() < 0 || *s->toInteger() > maxStepCount) {
                result.error = "training.steps must be an integer in 0.." + std::to_string(maxStepCount) + " (got "
                               + describeJsonValue(*s) + ")";
                return result;
            }
            model.progress.steps = *s->toInteger();
        }
        if (const JsonValue *e = training->find("epochs"); e && e->toInteger() && *e->toInteger() >= 0
                                                           && *e->toInteger() <= maxEpochCount)
            model.progress.epochs = int(*e->toInteger());
        if (const JsonValue *m = training->find("test_mse"); m && m->toDouble() && *m->toDouble() >= 0)
            model.progress.testMse = *m->toDouble();
    }

    const JsonValue *tensors = root.find("tensors");
    if (!tensors || !tensors->isObject()) {
        result.error = "\"tensors\" is missing";
        return result;
    }
    std::optional<Vector<float>> parameters = readTensorsObject(*tensors, model.config, &result.error, streamed);
    if (!parameters)
        return result;
    model.parameters = std::move(*parameters);
    result.model = std::move(model);
    return result;
}

std::optional<Vector<float>> readTensorsObject(const JsonValue &tensors, const ModelConfig &config,
                                               std::string *error, StreamedTensors *streamed)
{
    if (!tensors.isObject()) {
        *error = "not an object of tensors";
        return std::nullopt;
    }
    // The values the parser put straight into place are used where they are.
    const bool inPlace = streamed && streamed->config && *streamed->config == config;
    Vector<float> flat = inPlace ? std::move(streamed->flat) : Vector<float>::Zero(Network<float>::parameterCount(config));
    for (const TensorInfo &t : tensorLayout(config)) {
        const JsonValue *tensor = tensors.find(t.name);
        if (!tensor || !tensor->isObject()) {
            *error = "tensor " + t.name + " is missing";
            return std::nullopt;
        }
        const std::string expected = t.shapeText();
        const JsonValue *shape = tensor->find("shape");
        bool shapeOk = shape && shape->isArray() && shape->array().size() == (t.cols > 0 ? 2u : 1u);
        if (shapeOk) {
            shapeOk = shape->array()[0].toInteger() == t.rows
                      && (t.cols == 0 || shape->array()[1].toInteger() == t.cols);
        }
        if (!shapeOk) {
            *error = "tensor " + t.name + " must have shape " + expected + " for this configuration";
            return std::nullopt;
        }
        const JsonValue *data = tensor->find("data");
        const std::size_t count = !data || !data->isArray() ? std::size_t(-1)
                                  : data->isSunk()          ? data->sunkCount()
                                                            : data->array().size();
        if (count != std::size_t(t.size())) {
            *error = "tensor " + t.name + " must hold " + std::to_string(t.size()) + " numbers (shape "
                     + expected + ")";
            return std::nullopt;
        }
        const auto notFinite = [&](std::size_t k) {
            *error = "tensor " + t.name + " has a value that is not a finite number at index " + std::to_string(k);
            return std::nullopt;
        };
        const int cols = t.cols == 0 ? 1 : t.cols;
        if (data->isSunk()) {
            const auto found = streamed ? streamed->tensors.find(t.name) : decltype(streamed->tensors.end())();
            if (!streamed || found == streamed->tensors.end() || (found->second.direct && !inPlace)) {
                *error = "tensor " + t.name + " was not read"; // a sink without its destination: not expected
                return std::nullopt;
            }
            const StreamedTensor &taken = found->second;
            if (taken.firstBad != noBadElement)
                return notFinite(taken.firstBad);
            if (!taken.direct) // read before the configuration: kept aside, row-major
                for (Eigen::Index k = 0; k < t.size(); ++k)
                    flat[t.offset + (k % cols) * t.rows + k / cols] = taken.deferred[std::size_t(k)];
            continue;
        }
        for (Eigen::Index k = 0; k < t.size(); ++k) {
            const std::optional<float> value = data->array()[std::size_t(k)].toFloat();
            if (!value || !std::isfinite(*value))
                return notFinite(std::size_t(k));
            const Eigen::Index r = k / cols;
            const Eigen::Index col = k % cols;
            flat[t.offset + col * t.rows + r] = *value;
        }
    }
    return flat;
}

bool writeFileAtomically(const std::string &path, std::string_view contents, std::string *error)
{
    namespace fs = std::filesystem;
    std::random_device entropy;
    const std::string temporary = path + ".tmp-" + std::to_string(entropy());
    std::FILE *file = std::fopen(temporary.c_str(), "wb");
    if (!file) {
        if (error)
            *error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    bool ok = std::fwrite(contents.data(), 1, contents.size(), file) == contents.size();
    ok = std::fflush(file) == 0 && ok;
    ok = ::fsync(fileno(file)) == 0 && ok;
    const int savedErrno = errno;
    ok = std::fclose(file) == 0 && ok;
    std::error_code ec;
    if (ok)
        fs::rename(temporary, path, ec);
    if (!ok || ec) {
        fs::remove(temporary, ec);
        if (error)
            *error = "cannot write " + path + ": " + (ok ? ec.message() : std::strerror(savedErrno));
        return false;
    }
    return true;
}

std::optional<std::string> readFileCapped(const std::string &path, std::size_t maxBytes, std::string *error)
{
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file) {
        if (error)
            *error = "cannot open " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    std::string contents;
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        if (contents.size() + n > maxBytes) {
            std::fclose(file);
            if (error)
                *error = path + " is larger than " + std::to_string(maxBytes >> 20) + " MiB";
            return std::nullopt;
        }
        contents.append(buffer, n);
    }
    const bool failed = std::ferror(file);
    std::fclose(file);
    if (failed) {
        if (error)
            *error = "cannot read " + path;
        return std::nullopt;
    }
    return contents;
}

bool saveModelFile(const std::string &path, const ModelData &model, std::string *error)
{
    return writeFileAtomically(path, writeModelJson(model), error);
}

FileHandle openFileCapped(const std::string &path, std::size_t maxBytes, std::string *error)
{
    FileHandle file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        if (error)
            *error = "cannot open " + path + ": " + std::strerror(errno);
        return file;
    }
    struct stat info {};
    if (::fstat(fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode) && std::uint64_t(info.st_size) > maxBytes) {
        if (error)
            *error = path + " is larger than " + std::to_string(maxBytes >> 20) + " MiB";
        return FileHandle(nullptr, &std::fclose);
    }
    return file;
}

ModelReadResult loadModelFile(const std::string &path)
{
    ModelReadResult result;
    const FileHandle file = openFileCapped(path, maxModelFileBytes, &result.error);
    if (!file)
        return result;
    StreamedArrays arrays;
    result = readParsedModel(parseJsonFile(file.get(), modelReadLimits(), &arrays), arrays);
    if (!result.model)
        result.error = path + ": " + result.error;
    return result;
}

} // namespace lstmlab
