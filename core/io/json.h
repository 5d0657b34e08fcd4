#pragma once

// A small JSON reader for the model file and sessions: strict RFC 8259 syntax, objects keep
// their key order, numbers keep their text so a float written in its shortest form reads back
// bit-exactly. Parsing never allocates more than the input's length suggests and fails with a
// message naming the line and column.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lstmlab {

class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool boolean() const { return m_bool; }
    const std::string &text() const { return m_text; }   // a string's value or a number's digits
    double number() const;                                 // 0 when out of double's range
    std::optional<double> toDouble() const;                // only finite numbers in range
    std::optional<float> toFloat() const;                  // exact for shortest-form floats
    std::optional<long long> toInteger() const;            // only for numbers without fraction
    const std::vector<JsonValue> &array() const { return m_array; }
    const std::vector<std::pair<std::string, JsonValue>> &object() const { return m_object; }
    // nullptr when absent or not an object
    const JsonValue *find(std::string_view key) const;

    static JsonValue makeNull() { return JsonValue(); }
    static JsonValue makeBool(bool value);
    static JsonValue makeNumber(std::string digits);
    static JsonValue makeString(std::string value);
    static JsonValue makeArray(std::vector<JsonValue> values);
    static JsonValue makeObject(std::vector<std::pair<std::string, JsonValue>> members);

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;
    std::vector<JsonValue> m_array;
    std::vector<std::pair<std::string, JsonValue>> m_object;
};

struct JsonParseResult {
    std::optional<JsonValue> value;
    std::string error; // "line 3, column 14: expected ','"
};

JsonParseResult parseJson(std::string_view text, int maxDepth = 64);

// An upper bound on the number of values text can hold, counted without parsing. The parsed tree
// takes about 100 bytes per value, so a loader compares this with the most values a valid file
// can hold before it parses: a small file of "0,0,0,..." must not take gigabytes.
std::size_t jsonValueCountBound(std::string_view text);

// A value as a message names it: 1, the string "1", null, true, an array, an object.
std::string describeJsonValue(const JsonValue &value);

// Writes s as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view s);
// Shortest text that reads back as exactly this float / double.
std::string jsonNumber(float value);
std::string jsonNumber(double value);

} // namespace lstmlab
