#pragma once

// The JSON reader for the model file, sessions and test fixtures: RapidJSON's SAX reader
// (README.md says why) under strict RFC 8259 syntax, with duplicate keys, too deep nesting and
// too long strings refused and messages naming the line and column. Small values become a tree
// (JsonValue: objects keep their key order, numbers keep their text so a float written in its
// shortest form reads back bit-exactly); the long arrays of numbers a caller asks for go straight
// to a JsonNumberSink as they are read and stay out of the tree. Input is a string or a file read
// in chunks, so a file is never held whole.

#include <cstddef>
#include <cstdio>
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
    // An array whose elements went to a JsonNumberSink: array() is empty, sunkCount() says how
    // many there were.
    bool isSunk() const { return m_sunk; }
    std::size_t sunkCount() const { return m_sunkCount; }

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
    static JsonValue makeSunkArray(std::size_t count);

private:
    friend class JsonTreeBuilder;

    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_sunk = false;
    std::size_t m_sunkCount = 0;
    std::string m_text;
    std::vector<JsonValue> m_array;
    std::vector<std::pair<std::string, JsonValue>> m_object;
};

struct JsonParseResult {
    std::optional<JsonValue> value;
    std::string error; // "line 3, column 14: expected ','"
    // False when a sink or a limit on values (not the syntax) refused the text: the error then
    // says what is wrong in the file's own terms, ending with its line.
    bool syntaxError = true;
};

// Takes the elements of one array as they are read (JsonReadHooks::arraySink).
class JsonNumberSink
{
public:
    virtual ~JsonNumberSink() = default;
    // The index-th element: a number's text, or nullopt for anything else (an array or object
    // element is skipped whole). Returning false with *error set stops the parse.
    virtual bool element(std::size_t index, std::optional<std::string_view> number, std::string *error) = 0;
};

class JsonReadHooks
{
public:
    virtual ~JsonReadHooks() = default;
    // An array begins. path: the keys leading to it from the root ("[]" for an array element);
    // open: the containers around it, the root first, each holding what has been read of it so
    // far. Returns the sink for its elements, or nullptr to keep it in the tree; nullptr with
    // *error set stops the parse.
    virtual JsonNumberSink *arraySink(const std::vector<std::string> &path, const std::vector<const JsonValue *> &open,
                                      std::string *error) = 0;
};

struct JsonReadLimits {
    int maxDepth = 64;                  // the root is level 0, its elements level 1, ...
    std::size_t maxValues = std::size_t(-1);     // every value, the sinks' elements included
    std::string tooManyValues;                   // the error when maxValues is passed
    std::size_t maxTreeValues = std::size_t(-1); // values kept in the tree
    std::string tooManyTreeValues;               // the error when maxTreeValues is passed
    std::size_t maxStringBytes = std::size_t(64) << 20;
    std::size_t maxNumberChars = 4096;
    std::size_t maxInputBytes = std::size_t(-1); // for a file whose size was not known
};

JsonParseResult parseJson(std::string_view text, int maxDepth = 64);
JsonParseResult parseJson(std::string_view text, const JsonReadLimits &limits, JsonReadHooks *hooks);
// Reads file from its current position to its end, chunkBytes at a time.
JsonParseResult parseJsonFile(std::FILE *file, const JsonReadLimits &limits, JsonReadHooks *hooks,
                              std::size_t chunkBytes = 1 << 16);

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
