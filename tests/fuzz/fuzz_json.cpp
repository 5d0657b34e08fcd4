// Fuzz target for parseJson (core/io/json/json.h, RapidJSON's SAX reader): any bytes are either
// parsed or refused with a message naming line and column. A parsed document fits the
// value-count bound, and written back as JSON (jsonQuote, number text kept) it parses to the
// same tree. The same bytes read as a file in 7-byte chunks (parseJsonFile) give the same tree
// or the same error, and with every array's numbers sent to a sink the same count of them.

#include "fuzzcheck.h"
#include "json.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace lstmlab;

namespace {

std::size_t countValues(const JsonValue &v)
{
    std::size_t n = 1;
    for (const JsonValue &item : v.array())
        n += countValues(item);
    for (const auto &member : v.object())
        n += countValues(member.second);
    return n;
}

void write(std::string &out, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: out += "null"; break;
    case JsonValue::Type::Bool: out += v.boolean() ? "true" : "false"; break;
    case JsonValue::Type::Number: out += v.text(); break;
    case JsonValue::Type::String: out += jsonQuote(v.text()); break;
    case JsonValue::Type::Array:
        out += '[';
        for (std::size_t k = 0; k < v.array().size(); ++k) {
            out += k > 0 ? "," : "";
            write(out, v.array()[k]);
        }
        out += ']';
        break;
    case JsonValue::Type::Object:
        out += '{';
        for (std::size_t k = 0; k < v.object().size(); ++k) {
            out += k > 0 ? "," : "";
            out += jsonQuote(v.object()[k].first) + ":";
            write(out, v.object()[k].second);
        }
        out += '}';
        break;
    }
}

bool same(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || a.boolean() != b.boolean() || a.text() != b.text()
        || a.array().size() != b.array().size() || a.object().size() != b.object().size())
        return false;
    for (std::size_t k = 0; k < a.array().size(); ++k)
        if (!same(a.array()[k], b.array()[k]))
            return false;
    for (std::size_t k = 0; k < a.object().size(); ++k)
        if (a.object()[k].first != b.object()[k].first || !same(a.object()[k].second, b.object()[k].second))
            return false;
    return true;
}

void checkNumbers(const JsonValue &v)
{
    if (v.isNumber()) {
        fuzzRequire(!v.text().empty(), "a number keeps its digits");
        // Each reading either refuses or gives a value; none may trip a sanitizer.
        (void)v.number();
        (void)v.toFloat();
        if (const auto d = v.toDouble())
            fuzzRequire(std::isfinite(*d), "toDouble() gives only finite values");
        if (v.toInteger())
            fuzzRequire(v.text().find_first_of(".eE") == std::string::npos, "toInteger() only for whole numbers");
    } else {
        fuzzRequire(!v.toDouble() && !v.toFloat() && !v.toInteger(), "only numbers read as numbers");
    }
    for (const JsonValue &item : v.array())
        checkNumbers(item);
    for (const auto &member : v.object())
        checkNumbers(member.second);
}

// Takes every array whose path ends in "data": counts its elements and the numbers among them.
class CountingHooks : public JsonReadHooks, public JsonNumberSink
{
public:
    std::size_t elements = 0;
    std::size_t numbers = 0;

    JsonNumberSink *arraySink(const std::vector<std::string> &path, const std::vector<const JsonValue *> &open,
                              std::string *) override
    {
        fuzzRequire(path.size() == open.size(), "one open container per key of the path");
        return !path.empty() && path.back() == "data" ? this : nullptr;
    }
    bool element(std::size_t, std::optional<std::string_view> number, std::string *) override
    {
        ++elements;
        numbers += number.has_value();
        return true;
    }
};

// Numbers and elements in arrays at a key "data", as the tree has them.
void countData(const JsonValue &v, bool isData, std::size_t *elements, std::size_t *numbers)
{
    if (isData && v.isArray()) {
        *elements += v.array().size();
        for (const JsonValue &item : v.array())
            *numbers += item.isNumber();
        return;
    }
    for (const JsonValue &item : v.array())
        countData(item, false, elements, numbers);
    for (const auto &member : v.object())
        countData(member.second, member.first == "data", elements, numbers);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // The first byte picks the depth limit, so that limits other than the default are hit too.
    const int maxDepth = size > 0 ? data[0] % 70 : 64;
    const JsonParseResult parsed = parseJson(text, maxDepth);
    fuzzRequire(parsed.value.has_value() == parsed.error.empty(), "either a value or an error");

    JsonReadLimits limits;
    limits.maxDepth = maxDepth;
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::tmpfile(), &std::fclose);
    fuzzRequire(file != nullptr, "a temporary file");
    fuzzRequire(std::fwrite(text.data(), 1, text.size(), file.get()) == text.size(), "written");
    std::rewind(file.get());
    const JsonParseResult chunked = parseJsonFile(file.get(), limits, nullptr, 7);
    fuzzRequire(chunked.error == parsed.error, "a file read in chunks gives the same error");
    fuzzRequire(chunked.value.has_value() == parsed.value.has_value(), "and the same outcome");
    if (parsed.value)
        fuzzRequire(same(*parsed.value, *chunked.value), "and the same tree");
    CountingHooks hooks;
    const JsonParseResult sunk = parseJson(text, limits, &hooks);
    // Inside a sink's array an object is skipped unread, so a sink may refuse less, never more.
    if (parsed.value) {
        fuzzRequire(sunk.value.has_value(), "a document parsed is parsed with a sink too");
        std::size_t elements = 0;
        std::size_t numbers = 0;
        countData(*parsed.value, false, &elements, &numbers);
        fuzzRequire(hooks.elements == elements && hooks.numbers == numbers, "a sink takes every element");
    }
    if (!parsed.value) {
        fuzzRequire(parsed.error.rfind("line ", 0) == 0, "an error names its line");
        return 0;
    }
    const JsonValue &value = *parsed.value;
    fuzzRequire(countValues(value) <= jsonValueCountBound(text), "the value count stays within the bound");
    checkNumbers(value);

    std::string again;
    write(again, value);
    const JsonParseResult reparsed = parseJson(again, maxDepth);
    fuzzRequire(reparsed.value.has_value(), "a parsed document written back parses again");
    fuzzRequire(same(value, *reparsed.value), "and gives the same tree");
    return 0;
}
