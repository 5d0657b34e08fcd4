#include "streamedarrays.h"

#include <charconv>
#include <cmath>

namespace lstmlab {

namespace {

std::optional<float> finiteFloat(std::optional<std::string_view> text)
{
    if (!text)
        return std::nullopt;
    float value = 0.f;
    const auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || ptr != text->data() + text->size() || !std::isfinite(value))
        return std::nullopt; // out of float's range, or not a number at all
    return value;
}

// A tensor's elements, row-major as the file has them, into Network's column-major flat vector,
// or kept aside (deferred) while the configuration is not known.
class TensorSink : public JsonNumberSink
{
public:
    TensorSink(StreamedTensor &stats, float *destination, const TensorInfo *info, std::size_t limit,
               std::string tooLong)
        : m_stats(stats), m_destination(destination), m_limit(limit), m_tooLong(std::move(tooLong))
    {
        if (info) {
            m_rows = Eigen::Index(info->rows);
            m_cols = Eigen::Index(info->cols == 0 ? 1 : info->cols);
        }
    }

    bool element(std::size_t index, std::optional<std::string_view> number, std::string *error) override
    {
        if (index >= m_limit) {
            *error = m_tooLong;
            return false;
        }
        const std::optional<float> value = finiteFloat(number);
        if (!value && m_stats.firstBad == noBadElement)
            m_stats.firstBad = index;
        const float v = value.value_or(0.f);
        if (m_destination) {
            const Eigen::Index k = Eigen::Index(index);
            m_destination[(k % m_cols) * m_rows + k / m_cols] = v;
        } else {
            m_stats.deferred.push_back(v);
        }
        m_stats.count = index + 1;
        return true;
    }

private:
    StreamedTensor &m_stats;
    float *m_destination;
    Eigen::Index m_rows = 0;
    Eigen::Index m_cols = 1;
    std::size_t m_limit;
    std::string m_tooLong;
};

class NumbersSink : public JsonNumberSink
{
public:
    NumbersSink(StreamedNumbers &numbers, bool integers, std::size_t maxCount, std::string tooLong)
        : m_numbers(numbers), m_integers(integers), m_maxCount(maxCount), m_tooLong(std::move(tooLong))
    {
    }

    bool element(std::size_t index, std::optional<std::string_view> number, std::string *error) override
    {
        if (index >= m_maxCount) {
            *error = m_tooLong;
            return false;
        }
        bool ok = false;
        if (m_integers) {
            long long value = 0;
            if (number) {
                const auto [ptr, ec] = std::from_chars(number->data(), number->data() + number->size(), value);
                ok = ec == std::errc() && ptr == number->data() + number->size();
            }
            m_numbers.integers.push_back(ok ? value : 0);
        } else {
            double value = 0.0;
            if (number) {
                const auto [ptr, ec] = std::from_chars(number->data(), number->data() + number->size(), value);
                ok = ec == std::errc() && ptr == number->data() + number->size() && std::isfinite(value);
            }
            m_numbers.values.push_back(ok ? value : 0.0);
        }
        if (!ok && m_numbers.firstBad == noBadElement)
            m_numbers.firstBad = index;
        m_numbers.count = index + 1;
        return true;
    }

private:
    StreamedNumbers &m_numbers;
    bool m_integers;
    std::size_t m_maxCount;
    std::string m_tooLong;
};

} // namespace

void StreamedArrays::expectNumbers(const std::string &path, bool integers, std::size_t maxCount)
{
    Expected &e = m_numbers[path];
    e.integers = integers;
    e.maxCount = maxCount;
}

const StreamedNumbers *StreamedArrays::numbers(const std::string &path) const
{
    const auto found = m_numbers.find(path);
    return found != m_numbers.end() && found->second.seen ? &found->second.numbers : nullptr;
}

JsonNumberSink *StreamedArrays::arraySink(const std::vector<std::string> &path,
                                          const std::vector<const JsonValue *> &open, std::string *error)
{
    const std::size_t n = path.size();
    // model.json: tensors.NAME.data; a session: model.tensors.NAME.data and
    // optimizer.exp_avg(_sq).NAME.data, laid out by model.config.
    if (n == 3 && path[0] == "tensors" && path[2] == "data")
        return tensorSink(rootModel, "", open[0], path[1], *open[2], error);
    if (n == 4 && path[0] == "model" && path[1] == "tensors" && path[3] == "data")
        return tensorSink(sessionModel, "model: ", open[1], path[2], *open[3], error);
    if (n == 4 && path[0] == "optimizer" && (path[1] == "exp_avg" || path[1] == "exp_avg_sq") && path[3] == "data") {
        StreamedTensors &set = path[1] == "exp_avg" ? firstMoment : secondMoment;
        return tensorSink(set, "optimizer." + path[1] + ": ", open[0]->find("model"), path[2], *open[3], error);
    }
    if (n == 2) {
        const std::string key = path[0] + "." + path[1];
        const auto found = m_numbers.find(key);
        if (found == m_numbers.end())
            return nullptr;
        Expected &e = found->second;
        e.seen = true;
        e.numbers = StreamedNumbers();
        m_sinks.push_back(std::make_unique<NumbersSink>(
            e.numbers, e.integers, e.maxCount,
            key + " holds more than " + std::to_string(e.maxCount) + " values, the most a session may hold"));
        return m_sinks.back().get();
    }
    return nullptr;
}

JsonNumberSink *StreamedArrays::tensorSink(StreamedTensors &set, const std::string &messagePrefix,
                                           const JsonValue *modelObject, const std::string &name,
                                           const JsonValue &tensorObject, std::string *error)
{
    if (!set.config && modelObject && modelObject->isObject()) {
        if (const JsonValue *config = modelObject->find("config"); config && config->isObject()) {
            std::string ignored; // the reader names a bad configuration, in its order of checks
            set.config = readModelConfig(*config, &ignored);
            if (set.config)
                set.flat = Vector<float>::Zero(Network<float>::parameterCount(*set.config));
        }
    }
    StreamedTensor &stats = set.tensors[name];
    if (!set.config) {
        // The configuration comes later in the file (or is wrong): keep the values aside, no
        // more than the largest tensor any configuration has.
        m_sinks.push_back(std::make_unique<TensorSink>(
            stats, nullptr, nullptr, maxTensorSize(),
            messagePrefix + "tensor " + name + " holds more values than any model's tensor ("
                + std::to_string(maxTensorSize()) + ")"));
        return m_sinks.back().get();
    }
    const std::vector<TensorInfo> layout = tensorLayout(*set.config);
    const auto info = std::find_if(layout.begin(), layout.end(), [&](const TensorInfo &t) { return t.name == name; });
    if (info == layout.end())
        return nullptr; // not a tensor of this model: the reader ignores it
    // The shape, when it came first, is checked before a value is read.
    const std::string mustHaveShape =
        messagePrefix + "tensor " + name + " must have shape " + info->shapeText() + " for this configuration";
    if (const JsonValue *shape = tensorObject.find("shape")) {
        bool shapeOk = shape->isArray() && shape->array().size() == (info->cols > 0 ? 2u : 1u);
        if (shapeOk)
            shapeOk = shape->array()[0].toInteger() == info->rows
                      && (info->cols == 0 || shape->array()[1].toInteger() == info->cols);
        if (!shapeOk) {
            *error = mustHaveShape;
            return nullptr;
        }
    }
    stats.direct = true;
    m_sinks.push_back(std::make_unique<TensorSink>(
        stats, set.flat.data() + info->offset, &*info, std::size_t(info->size()),
        messagePrefix + "tensor " + name + " must hold " + std::to_string(info->size()) + " numbers (shape "
            + info->shapeText() + ")"));
    return m_sinks.back().get();
}

} // namespace lstmlab
