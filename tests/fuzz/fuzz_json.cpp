// Fuzz target for parseJson (core/io/json.h): any bytes are either parsed or refused with a
// message naming line and column. A parsed document fits the value-count bound the loaders
// check before parsing, and written back as JSON (jsonQuote, number text kept) it parses to
// the same tree.

#include "fuzzcheck.h"
#include "json.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // The first byte picks the depth limit, so that limits other than the default are hit too.
    const int maxDepth = size > 0 ? data[0] % 70 : 64;
    const JsonParseResult parsed = parseJson(text, maxDepth);
    fuzzRequire(parsed.value.has_value() == parsed.error.empty(), "either a value or an error");
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
