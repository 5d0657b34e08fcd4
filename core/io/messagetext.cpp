#include "messagetext.h"

namespace lstmlab {

namespace {

// Length of the valid UTF-8 sequence at s[k], or 0 when the bytes there are not one.
std::size_t utf8Length(std::string_view s, std::size_t k)
{
    const auto byte = [&](std::size_t i) { return i < s.size() ? (unsigned char)s[i] : 0u; };
    const unsigned b0 = byte(k);
    const auto cont = [&](std::size_t i) { return (byte(i) & 0xC0u) == 0x80u; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(k + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned b1 = byte(k + 1);
        const bool byteOrderMark = b0 == 0xEF && b1 == 0xBB && byte(k + 2) == 0xBF; // invisible
        const bool ok = cont(k + 1) && cont(k + 2) && !(b0 == 0xE0 && b1 < 0xA0)
                        && !(b0 == 0xED && b1 >= 0xA0) && !byteOrderMark; // overlong forms, surrogates
        return ok ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned b1 = byte(k + 1);
        const bool ok = cont(k + 1) && cont(k + 2) && cont(k + 3) && !(b0 == 0xF0 && b1 < 0x90)
                        && !(b0 == 0xF4 && b1 >= 0x90);
        return ok ? 4 : 0;
    }
    return 0;
}

} // namespace

std::string printableText(std::string_view s, std::size_t maxChars, char quote)
{
    static const char hex[] = "0123456789abcdef";
    std::string out(1, quote);
    std::size_t chars = 0;
    std::size_t k = 0;
    while (k < s.size() && chars < maxChars) {
        const unsigned char c = (unsigned char)s[k];
        if (c == '\\') {
            out += "\\\\";
            chars += 2;
            ++k;
        } else if (c >= 0x20 && c < 0x7F) {
            out += char(c);
            ++chars;
            ++k;
        } else if (const std::size_t n = c >= 0x80 ? utf8Length(s, k) : 0) {
            out.append(s.substr(k, n));
            ++chars;
            k += n;
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
            chars += 4;
            ++k;
        }
    }
    if (k < s.size())
        out += "...";
    return out + quote;
}

} // namespace lstmlab
