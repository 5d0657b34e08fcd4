#include "json.h"

#include "messagetext.h"

#include <charconv>
#include <cmath>
#include <cstdio>
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

namespace {

// One byte of a message, escaped as printableText() does, without its quotes.
std::string printableCharacter(char c)
{
    const std::string quoted = printableText(std::string_view(&c, 1));
    return quoted.substr(1, quoted.size() - 2);
}

class Parser
{
public:
    Parser(std::string_view text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    JsonParseResult run()
    {
        JsonParseResult result;
        skipSpace();
        std::optional<JsonValue> value = parseValue(0);
        if (value) {
            skipSpace();
            if (m_pos != m_text.size())
                fail("unexpected text after the end of the document");
        }
        if (!m_error.empty()) {
            result.error = m_error;
            return result;
        }
        result.value = std::move(value);
        return result;
    }

private:
    void fail(const std::string &what)
    {
        if (!m_error.empty())
            return;
        int line = 1;
        int column = 1;
        for (std::size_t k = 0; k < m_pos && k < m_text.size(); ++k) {
            if (m_text[k] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        m_error = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool expectWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word) {
            fail("expected '" + std::string(word) + "'");
            return false;
        }
        m_pos += word.size();
        return true;
    }

    std::optional<JsonValue> parseValue(int depth)
    {
        if (depth > m_maxDepth) {
            fail("nested deeper than " + std::to_string(m_maxDepth) + " levels");
            return std::nullopt;
        }
        if (atEnd()) {
            fail("unexpected end of the document");
            return std::nullopt;
        }
        const char c = peek();
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            std::optional<std::string> s = parseString();
            if (!s)
                return std::nullopt;
            return JsonValue::makeString(std::move(*s));
        }
        if (c == 't')
            return expectWord("true") ? std::optional(JsonValue::makeBool(true)) : std::nullopt;
        if (c == 'f')
            return expectWord("false") ? std::optional(JsonValue::makeBool(false)) : std::nullopt;
        if (c == 'n')
            return expectWord("null") ? std::optional(JsonValue::makeNull()) : std::nullopt;
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber();
        fail("unexpected character '" + printableCharacter(c) + "'");
        return std::nullopt;
    }

    std::optional<JsonValue> parseNumber()
    {
        const std::size_t start = m_pos;
        auto digits = [this] {
            const std::size_t from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos > from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (!digits()) {
            fail("expected a digit");
            return std::nullopt;
        }
        if (peek() == '.') {
            ++m_pos;
            if (!digits()) {
                fail("expected a digit after '.'");
                return std::nullopt;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits()) {
                fail("expected a digit in the exponent");
                return std::nullopt;
            }
        }
        return JsonValue::makeNumber(std::string(m_text.substr(start, m_pos - start)));
    }

    static void appendUtf8(std::string &out, unsigned code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    std::optional<unsigned> parseHex4()
    {
        if (m_pos + 4 > m_text.size()) {
            fail("truncated \\u escape");
            return std::nullopt;
        }
        unsigned code = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = m_text[m_pos++];
            code <<= 4;
            if (h >= '0' && h <= '9') code |= unsigned(h - '0');
            else if (h >= 'a' && h <= 'f') code |= unsigned(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') code |= unsigned(h - 'A' + 10);
            else {
                fail("bad hex digit in \\u escape");
                return std::nullopt;
            }
        }
        return code;
    }

    std::optional<std::string> parseString()
    {
        ++m_pos; // opening quote
        std::string out;
        while (true) {
            if (atEnd()) {
                fail("unterminated string");
                return std::nullopt;
            }
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20) {
                fail("control character inside a string");
                return std::nullopt;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (atEnd()) {
                fail("unterminated escape");
                return std::nullopt;
            }
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::optional<unsigned> code = parseHex4();
                if (!code)
                    return std::nullopt;
                if (*code >= 0xD800 && *code < 0xDC00 && m_text.substr(m_pos, 2) == "\\u") {
                    m_pos += 2;
                    std::optional<unsigned> low = parseHex4();
                    if (!low)
                        return std::nullopt;
                    if (*low < 0xDC00 || *low > 0xDFFF) {
                        fail("bad surrogate pair");
                        return std::nullopt;
                    }
                    *code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
                }
                appendUtf8(out, *code);
                break;
            }
            default:
                fail("unknown escape '\\" + printableCharacter(e) + "'");
                return std::nullopt;
            }
        }
    }

    std::optional<JsonValue> parseArray(int depth)
    {
        ++m_pos;
        std::vector<JsonValue> values;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return JsonValue::makeArray(std::move(values));
        }
        while (true) {
            skipSpace();
            std::optional<JsonValue> v = parseValue(depth + 1);
            if (!v)
                return std::nullopt;
            values.push_back(std::move(*v));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return JsonValue::makeArray(std::move(values));
            }
            fail(atEnd() ? "unexpected end of the document inside an array" : "expected ',' or ']'");
            return std::nullopt;
        }
    }

    // Objects in LSTM Lab's files have a dozen keys: a linear search, and a hash set once an
    // object grows large, so a hostile file of a million keys stays linear.
    static bool isDuplicate(const std::vector<std::pair<std::string, JsonValue>> &members,
                            std::unordered_set<std::string> &seen, const std::string &key)
    {
        constexpr std::size_t linearUpTo = 32;
        if (members.size() < linearUpTo) {
            for (const auto &member : members)
                if (member.first == key)
                    return true;
            return false;
        }
        if (seen.empty())
            for (const auto &member : members)
                seen.insert(member.first);
        return !seen.insert(key).second;
    }

    std::optional<JsonValue> parseObject(int depth)
    {
        ++m_pos;
        std::vector<std::pair<std::string, JsonValue>> members;
        std::unordered_set<std::string> seen;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return JsonValue::makeObject(std::move(members));
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                fail(atEnd() ? "unexpected end of the document inside an object" : "expected a key string");
                return std::nullopt;
            }
            const std::size_t keyStart = m_pos;
            std::optional<std::string> key = parseString();
            if (!key)
                return std::nullopt;
            // Python's json takes a duplicated key's last value and this reader would take the
            // first: the two would train different networks from one file, so neither is taken.
            if (isDuplicate(members, seen, *key)) {
                m_pos = keyStart;
                fail("the key " + printableText(*key) + " appears twice in one object");
                return std::nullopt;
            }
            skipSpace();
            if (peek() != ':') {
                fail("expected ':'");
                return std::nullopt;
            }
            ++m_pos;
            skipSpace();
            std::optional<JsonValue> v = parseValue(depth + 1);
            if (!v)
                return std::nullopt;
            members.emplace_back(std::move(*key), std::move(*v));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return JsonValue::makeObject(std::move(members));
            }
            fail(atEnd() ? "unexpected end of the document inside an object" : "expected ',' or '}'");
            return std::nullopt;
        }
    }

    std::string_view m_text;
    int m_maxDepth;
    std::size_t m_pos = 0;
    std::string m_error;
};

} // namespace

JsonParseResult parseJson(std::string_view text, int maxDepth)
{
    return Parser(text, maxDepth).run();
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
