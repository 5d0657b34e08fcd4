#include "json.h"

#include "messagetext.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace lstmlab {

double JsonValue::number() const
{
    double value = 0.0;
    std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    return value;
}

std::optional<double> JsonValue::toDouble() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    if (ec != std::errc() || ptr != m_text.data() + m_text.size() || !std::isfinite(value))
        return std::nullopt; // 1e999 would otherwise read as 0
    return value;
}

std::optional<float> JsonValue::toFloat() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    float value = 0.f;
    const auto [ptr, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    if (ec != std::errc() || ptr != m_text.data() + m_text.size())
        return std::nullopt; // out of float's range
    return value;
}

std::optional<long long> JsonValue::toInteger() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), value);
    if (ec != std::errc() || ptr != m_text.data() + m_text.size())
        return std::nullopt;
    return value;
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (const auto &member : m_object)
        if (member.first == key)
            return &member.second;
    return nullptr;
}

JsonValue JsonValue::makeBool(bool value)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

JsonValue JsonValue::makeNumber(std::string digits)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(digits);
    return v;
}

JsonValue JsonValue::makeString(std::string value)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(value);
    return v;
}

JsonValue JsonValue::makeArray(std::vector<JsonValue> values)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_array = std::move(values);
    return v;
}

JsonValue JsonValue::makeObject(std::vector<std::pair<std::string, JsonValue>> members)
{
    JsonValue v;
    v.m_type = Type::Object;
    v.m_object = std::move(members);
    return v;
}

JsonValue JsonValue::makeSunkArray(std::size_t count)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_sunk = true;
    v.m_sunkCount = count;
    return v;
}

namespace {

// One byte of a message, escaped as printableText() does, without its quotes.
std::string printableCharacter(char c)
{
    const std::string quoted = printableText(std::string_view(&c, 1));
    return quoted.substr(1, quoted.size() - 2);
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, the whole of text.
bool isJsonNumber(std::string_view t)
{
    std::size_t k = 0;
    const auto digits = [&] {
        const std::size_t from = k;
        while (k < t.size() && t[k] >= '0' && t[k] <= '9')
            ++k;
        return k - from;
    };
    if (k < t.size() && t[k] == '-')
        ++k;
    if (k < t.size() && t[k] == '0')
        ++k;
    else if (digits() == 0)
        return false;
    if (k < t.size() && t[k] == '.') {
        ++k;
        if (digits() == 0)
            return false;
    }
    if (k < t.size() && (t[k] == 'e' || t[k] == 'E')) {
        ++k;
        if (k < t.size() && (t[k] == '+' || t[k] == '-'))
            ++k;
        if (digits() == 0)
            return false;
    }
    return k == t.size();
}

// The input as RapidJSON reads it (its stream concept: Peek, Take, Tell), from a string or a
// file read in chunks. It keeps what the messages need (line, where the last string began) and
// stops the parse, by showing the end of the input, at what RapidJSON would take whole into
// memory first: a string longer than the limit, a number longer than the limit, a NUL byte.
//
// Numbers: the stream checks each number's syntax itself and shows RapidJSON a valid one as the
// single character "0"; the builder takes the real text from the stream (takeNumberText). So a
// number is scanned once, not three times (RapidJSON would compute its value, copy its text to
// a stack and then to another), and a number beyond double's range ("1e999", which RapidJSON
// refuses as a syntax error) stays a number, whose field the loaders can name. A number that is
// not valid reaches RapidJSON as it is, for RapidJSON's message.
class JsonStream
{
public:
    typedef char Ch;

    JsonStream(std::string_view text, const JsonReadLimits &limits)
        : m_limits(limits), m_data(text.data()), m_size(text.size()), m_eof(true)
    {
        load();
    }

    JsonStream(std::FILE *file, std::size_t chunkBytes, const JsonReadLimits &limits)
        : m_limits(limits), m_file(file), m_chunk(std::max<std::size_t>(chunkBytes, 1)),
          m_buffer(m_chunk + limits.maxNumberChars + 2)
    {
        m_data = m_buffer.data();
        load();
    }

    char Peek() const { return m_peek; }

    // The hot path: one byte of a number or of space, no string, no line, no buffer refill.
    char Take()
    {
        if (m_stopped || m_pos >= m_size)
            return '\0';
        const char c = m_peek;
        if (m_overrideLength > 0) {
            m_pos += m_overrideLength;
            m_overrideLength = 0;
            m_prev = '0';
        } else {
            if (m_inString || c == '"' || c == '\n') {
                track(c);
                if (m_stopped)
                    return c; // the end of the input is what RapidJSON sees from now on
            }
            m_prev = c;
            ++m_pos;
        }
        if (m_pos < m_size) {
            const char raw = m_data[m_pos];
            if (raw != '\0' && (m_inString || !mayStartNumber(raw))) {
                m_peek = raw;
                return c;
            }
        }
        load();
        return c;
    }

    std::size_t Tell() const { return m_base + m_pos; }

    // Only for in-situ parsing, which this reader does not use.
    char *PutBegin() { return nullptr; }
    void Put(char) {}
    void Flush() {}
    std::size_t PutEnd(char *) { return 0; }

    bool stopped() const { return m_stopped; }
    const std::string &stopError() const { return m_stopError; }
    std::size_t stopOffset() const { return m_stopOffset; }
    bool atEnd() const { return m_pos >= m_size && m_eof; }
    std::size_t stringStart() const { return m_stringStart; }

    // The real text of the number RapidJSON was shown as "0", once; valid until the next Take().
    std::optional<std::string_view> takeNumberText()
    {
        if (!m_numberPending)
            return std::nullopt;
        m_numberPending = false;
        return std::string_view(m_numberText);
    }

    std::optional<char> characterAt(std::size_t offset) const
    {
        if (offset < m_base || offset - m_base >= m_size)
            return std::nullopt;
        return m_data[offset - m_base];
    }

    std::string where(std::size_t offset) const
    {
        const std::size_t column = offset >= m_lineStart ? offset - m_lineStart + 1 : 1;
        return "line " + std::to_string(m_line) + ", column " + std::to_string(column);
    }
    std::size_t line() const { return m_line; }

private:
    void track(char c)
    {
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            if (m_inString && ++m_stringBytes > m_limits.maxStringBytes)
                stop("a string longer than " + std::to_string(m_limits.maxStringBytes) + " bytes");
        } else if (c == '"') {
            m_inString = true;
            m_escape = false;
            m_stringStart = Tell();
            m_stringBytes = 0;
        }
        if (c == '\n') {
            ++m_line;
            m_lineStart = Tell() + 1;
        }
    }

    bool mayStartNumber(char raw) const
    {
        return (raw == '-' || (raw >= '0' && raw <= '9')) && !isNumberCharacter(m_prev)
               && !std::isalpha(static_cast<unsigned char>(m_prev));
    }

    void stop(std::string error)
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_stopError = std::move(error);
        m_stopOffset = Tell();
        m_peek = '\0';
    }

    // Makes at least count bytes from m_pos readable when the file has them.
    void ensureAhead(std::size_t count)
    {
        if (!m_file || m_eof || m_size - m_pos >= count)
            return;
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_size - m_pos);
        m_base += m_pos;
        m_size -= m_pos;
        m_pos = 0;
        while (m_size < count && !m_eof) {
            const std::size_t room = std::min(m_chunk, m_buffer.size() - m_size);
            const std::size_t n = std::fread(m_buffer.data() + m_size, 1, room, m_file);
            m_size += n;
            if (m_base + m_size > m_limits.maxInputBytes) {
                stop("the input is larger than " + std::to_string(m_limits.maxInputBytes >> 20) + " MiB");
                return;
            }
            if (n == 0) {
                m_eof = true;
                if (std::ferror(m_file))
                    stop("the file cannot be read");
            }
        }
    }

    void load()
    {
        if (m_stopped)
            return;
        if (m_pos >= m_size)
            ensureAhead(1);
        if (m_stopped)
            return;
        if (m_pos >= m_size) {
            m_peek = '\0';
            return;
        }
        m_peek = m_data[m_pos];
        if (m_peek == '\0') {
            stop(m_inString ? "control character inside a string" : "unexpected character '\\x00'");
            return;
        }
        if (!m_inString && mayStartNumber(m_peek))
            scanNumber();
    }

    void scanNumber()
    {
        ensureAhead(m_limits.maxNumberChars + 1);
        if (m_stopped)
            return;
        std::size_t n = 0;
        while (m_pos + n < m_size && isNumberCharacter(m_data[m_pos + n]))
            ++n;
        if (n > m_limits.maxNumberChars) {
            stop("a number longer than " + std::to_string(m_limits.maxNumberChars) + " characters");
            return;
        }
        const std::string_view token(m_data + m_pos, n);
        if (isJsonNumber(token)) {
            m_numberText.assign(token); // the buffer may be refilled before the builder reads it
            m_numberPending = true;
            m_overrideLength = n;
            m_peek = '0';
        }
    }

    const JsonReadLimits &m_limits;
    std::FILE *m_file = nullptr;
    std::size_t m_chunk = 0;
    std::vector<char> m_buffer;
    const char *m_data = nullptr;
    std::size_t m_size = 0;  // readable bytes at m_data
    std::size_t m_pos = 0;   // the current byte, from m_data
    std::size_t m_base = 0;  // the input offset of m_data[0]
    bool m_eof = false;
    char m_peek = '\0';
    char m_prev = ' ';
    bool m_inString = false;
    bool m_escape = false;
    std::size_t m_stringStart = 0;
    std::size_t m_stringBytes = 0;
    std::size_t m_line = 1;
    std::size_t m_lineStart = 0;
    std::size_t m_overrideLength = 0;
    std::string m_numberText;
    bool m_numberPending = false;
    bool m_stopped = false;
    std::string m_stopError;
    std::size_t m_stopOffset = 0;
};

} // namespace

// RapidJSON's SAX handler: small values into the tree, the elements of sunk arrays to their sink.
class JsonTreeBuilder
{
public:
    JsonTreeBuilder(JsonStream &stream, const JsonReadLimits &limits, JsonReadHooks *hooks)
        : m_stream(stream), m_limits(limits), m_hooks(hooks)
    {
    }

    bool Null() { return scalar([] { return JsonValue::makeNull(); }); }
    bool Bool(bool b) { return scalar([b] { return JsonValue::makeBool(b); }); }
    bool Int(int) { return false; } // numbers arrive as RawNumber (kParseNumbersAsStringsFlag)
    bool Uint(unsigned) { return false; }
    bool Int64(std::int64_t) { return false; }
    bool Uint64(std::uint64_t) { return false; }
    bool Double(double) { return false; }

    bool RawNumber(const char *str, rapidjson::SizeType length, bool)
    {
        const std::optional<std::string_view> real = m_stream.takeNumberText();
        const std::string_view text = real ? *real : std::string_view(str, length);
        if (!beginValue())
            return false;
        if (m_skip > 0)
            return true;
        if (!m_frames.empty() && m_frames.back().sink)
            return sinkElement(text);
        return addToTree(JsonValue::makeNumber(std::string(text)));
    }

    bool String(const char *str, rapidjson::SizeType length, bool)
    {
        return scalar([&] { return JsonValue::makeString(std::string(str, length)); });
    }

    bool Key(const char *str, rapidjson::SizeType length, bool)
    {
        if (m_skip > 0)
            return true;
        Frame &frame = m_frames.back();
        std::string key(str, length);
        // Python's json takes a duplicated key's last value and this reader would take the
        // first: the two would train different networks from one file, so neither is taken.
        if (isDuplicate(frame, key))
            return fail("the key " + printableText(key) + " appears twice in one object", true,
                        m_stream.stringStart());
        frame.key = std::move(key);
        return true;
    }

    bool StartObject() { return start(JsonValue::Type::Object); }
    bool StartArray() { return start(JsonValue::Type::Array); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

    bool failed() const { return m_failed; }
    const std::string &error() const { return m_error; }
    bool errorIsSyntax() const { return m_errorIsSyntax; }
    std::size_t errorOffset() const { return m_errorOffset; }
    std::optional<JsonValue> takeRoot() { return std::move(m_root); }

private:
    struct Frame {
        JsonValue value;
        std::string key;                // of the member being read, in an object
        JsonNumberSink *sink = nullptr; // an array whose elements go there
        std::size_t count = 0;          // the sink's elements so far
        std::unordered_set<std::string> seen;
    };

    bool fail(std::string error, bool syntax, std::size_t offset)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = std::move(error);
            m_errorIsSyntax = syntax;
            m_errorOffset = offset;
        }
        return false;
    }

    bool beginValue()
    {
        if (m_frames.size() + std::size_t(m_skip) > std::size_t(m_limits.maxDepth))
            return fail("nested deeper than " + std::to_string(m_limits.maxDepth) + " levels", true, m_stream.Tell());
        if (++m_values > m_limits.maxValues)
            return fail(m_limits.tooManyValues, false, m_stream.Tell());
        return true;
    }

    template<typename Make>
    bool scalar(Make make)
    {
        if (!beginValue())
            return false;
        if (m_skip > 0)
            return true;
        if (!m_frames.empty() && m_frames.back().sink)
            return sinkElement(std::nullopt);
        return addToTree(make());
    }

    bool sinkElement(std::optional<std::string_view> number)
    {
        Frame &frame = m_frames.back();
        std::string error;
        if (!frame.sink->element(frame.count++, number, &error))
            return fail(std::move(error), false, m_stream.Tell());
        return true;
    }

    bool countTreeValue()
    {
        if (++m_treeValues > m_limits.maxTreeValues)
            return fail(m_limits.tooManyTreeValues, false, m_stream.Tell());
        return true;
    }

    bool addToTree(JsonValue value)
    {
        if (!countTreeValue())
            return false;
        place(std::move(value));
        return true;
    }

    void place(JsonValue value)
    {
        if (m_frames.empty()) {
            m_root = std::move(value);
            return;
        }
        Frame &frame = m_frames.back();
        if (frame.value.m_type == JsonValue::Type::Array)
            frame.value.m_array.push_back(std::move(value));
        else
            frame.value.m_object.emplace_back(std::move(frame.key), std::move(value));
    }

    bool start(JsonValue::Type type)
    {
        if (!beginValue())
            return false;
        if (m_skip > 0) {
            ++m_skip;
            return true;
        }
        if (!m_frames.empty() && m_frames.back().sink) {
            ++m_skip;
            return sinkElement(std::nullopt);
        }
        if (!countTreeValue())
            return false;
        Frame frame;
        frame.value.m_type = type;
        if (type == JsonValue::Type::Array && m_hooks) {
            std::vector<std::string> path;
            std::vector<const JsonValue *> open;
            for (const Frame &f : m_frames) {
                path.push_back(f.value.m_type == JsonValue::Type::Array ? "[]" : f.key);
                open.push_back(&f.value);
            }
            std::string error;
            frame.sink = m_hooks->arraySink(path, open, &error);
            if (!error.empty())
                return fail(std::move(error), false, m_stream.Tell());
        }
        m_frames.push_back(std::move(frame));
        return true;
    }

    bool end()
    {
        if (m_skip > 0) {
            --m_skip;
            return true;
        }
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        place(frame.sink ? JsonValue::makeSunkArray(frame.count) : std::move(frame.value));
        return true;
    }

    // Objects in LSTM Lab's files have a dozen keys: a linear search, and a hash set once an
    // object grows large, so a hostile file of a million keys stays linear.
    static bool isDuplicate(Frame &frame, const std::string &key)
    {
        constexpr std::size_t linearUpTo = 32;
        const auto &members = frame.value.m_object;
        if (members.size() < linearUpTo) {
            for (const auto &member : members)
                if (member.first == key)
                    return true;
            return false;
        }
        if (frame.seen.empty())
            for (const auto &member : members)
                frame.seen.insert(member.first);
        return !frame.seen.insert(key).second;
    }

    JsonStream &m_stream;
    const JsonReadLimits &m_limits;
    JsonReadHooks *m_hooks;
    std::vector<Frame> m_frames;
    int m_skip = 0; // open containers inside a sunk array, skipped
    std::size_t m_values = 0;
    std::size_t m_treeValues = 0;
    std::optional<JsonValue> m_root;
    bool m_failed = false;
    std::string m_error;
    bool m_errorIsSyntax = true;
    std::size_t m_errorOffset = 0;
};

namespace {

// RapidJSON's error, in the words this reader has always used.
std::string syntaxMessage(rapidjson::ParseErrorCode code, std::size_t offset, const JsonStream &stream)
{
    using namespace rapidjson;
    const bool end = stream.atEnd() && offset >= stream.Tell();
    const std::optional<char> c = stream.characterAt(offset);
    switch (code) {
    case kParseErrorDocumentEmpty: return "unexpected end of the document";
    case kParseErrorDocumentRootNotSingular: return "unexpected text after the end of the document";
    case kParseErrorValueInvalid:
        if (end || !c)
            return "unexpected end of the document";
        return "unexpected character '" + printableCharacter(*c) + "'";
    case kParseErrorObjectMissName:
        return end ? "unexpected end of the document inside an object" : "expected a key string";
    case kParseErrorObjectMissColon: return end ? "unexpected end of the document inside an object" : "expected ':'";
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return end ? "unexpected end of the document inside an object" : "expected ',' or '}'";
    case kParseErrorArrayMissCommaOrSquareBracket:
        return end ? "unexpected end of the document inside an array" : "expected ',' or ']'";
    case kParseErrorStringUnicodeEscapeInvalidHex: return "bad hex digit in \\u escape";
    case kParseErrorStringUnicodeSurrogateInvalid: return "bad surrogate pair";
    case kParseErrorStringEscapeInvalid: {
        // At a raw control byte, or at the backslash of an escape this reader does not know.
        if (c && static_cast<unsigned char>(*c) < 0x20)
            return "control character inside a string";
        const std::optional<char> e = stream.characterAt(offset + 1);
        return "unknown escape '\\" + (e ? printableCharacter(*e) : std::string()) + "'";
    }
    case kParseErrorStringMissQuotationMark: return end ? "unterminated string" : "control character inside a string";
    case kParseErrorStringInvalidEncoding: return "control character inside a string";
    case kParseErrorNumberTooBig: return "a number beyond double's range";
    case kParseErrorNumberMissFraction: return "expected a digit after '.'";
    case kParseErrorNumberMissExponent: return "expected a digit in the exponent";
    default: return GetParseError_En(code);
    }
}

JsonParseResult parseStream(JsonStream &stream, const JsonReadLimits &limits, JsonReadHooks *hooks)
{
    JsonTreeBuilder builder(stream, limits, hooks);
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseNumbersAsStringsFlag>(stream, builder);
    JsonParseResult result;
    if (builder.failed()) {
        result.syntaxError = builder.errorIsSyntax();
        result.error = result.syntaxError
                           ? stream.where(builder.errorOffset()) + ": " + builder.error()
                           : builder.error() + " (line " + std::to_string(stream.line()) + ")";
    } else if (stream.stopped()) {
        result.error = stream.where(stream.stopOffset()) + ": " + stream.stopError();
    } else if (!ok) {
        result.error = stream.where(ok.Offset()) + ": " + syntaxMessage(ok.Code(), ok.Offset(), stream);
    } else {
        result.value = builder.takeRoot();
    }
    return result;
}

} // namespace

JsonParseResult parseJson(std::string_view text, int maxDepth)
{
    JsonReadLimits limits;
    limits.maxDepth = maxDepth;
    return parseJson(text, limits, nullptr);
}

JsonParseResult parseJson(std::string_view text, const JsonReadLimits &limits, JsonReadHooks *hooks)
{
    JsonStream stream(text, limits);
    return parseStream(stream, limits, hooks);
}

JsonParseResult parseJsonFile(std::FILE *file, const JsonReadLimits &limits, JsonReadHooks *hooks,
                              std::size_t chunkBytes)
{
    JsonStream stream(file, chunkBytes, limits);
    return parseStream(stream, limits, hooks);
}

std::size_t jsonValueCountBound(std::string_view text)
{
    // Every value but the first of a container follows a ',', and every container opens with
    // '[' or '{': their count (plus one, for a bare value) bounds the values, commas in strings
    // included.
    std::size_t count = 1;
    for (const char c : text)
        count += c == ',' || c == '[' || c == '{';
    return count;
}

std::string describeJsonValue(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return value.boolean() ? "true" : "false";
    case JsonValue::Type::Number: // digits only, as the parser checked; a long one is cut
        return value.text().size() <= 64 ? value.text() : value.text().substr(0, 64) + "...";
    case JsonValue::Type::String: return "the string " + printableText(value.text());
    case JsonValue::Type::Array: return "an array";
    case JsonValue::Type::Object: return "an object";
    }
    return {};
}

std::string jsonQuote(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string jsonNumber(float value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[32];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, ptr);
}

std::string jsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    char buf[32];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, ptr);
}

} // namespace lstmlab
