#include "corpus.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

namespace lstmlab {

namespace {

[[noreturn]] void refuse(const std::string &source, const std::string &why)
{
    throw std::invalid_argument(source + ": " + why);
}

} // namespace

bool Corpus::decodeUtf8(std::string_view utf8, std::vector<char32_t> &out, std::size_t &badOffset)
{
    out.clear();
    out.reserve(utf8.size());
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t at = 0;
    while (at < n) {
        const unsigned char lead = bytes[at];
        int length = 0;
        char32_t symbol = 0;
        if (lead < 0x80) {
            length = 1;
            symbol = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            symbol = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            symbol = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            symbol = lead & 0x07;
        } else {
            badOffset = at;
            return false;
        }
        if (at + std::size_t(length) > n) {
            badOffset = at;
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char next = bytes[at + std::size_t(k)];
            if ((next & 0xC0) != 0x80) {
                badOffset = at + std::size_t(k);
                return false;
            }
            symbol = (symbol << 6) | (next & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        static constexpr char32_t smallest[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (symbol < smallest[length] || (symbol >= 0xD800 && symbol <= 0xDFFF) || symbol > 0x10FFFF) {
            badOffset = at;
            return false;
        }
        out.push_back(symbol);
        at += std::size_t(length);
    }
    return true;
}

std::string Corpus::toUtf8(char32_t symbol)
{
    std::string out;
    if (symbol < 0x80) {
        out += char(symbol);
    } else if (symbol < 0x800) {
        out += char(0xC0 | (symbol >> 6));
        out += char(0x80 | (symbol & 0x3F));
    } else if (symbol < 0x10000) {
        out += char(0xE0 | (symbol >> 12));
        out += char(0x80 | ((symbol >> 6) & 0x3F));
        out += char(0x80 | (symbol & 0x3F));
    } else {
        out += char(0xF0 | (symbol >> 18));
        out += char(0x80 | ((symbol >> 12) & 0x3F));
        out += char(0x80 | ((symbol >> 6) & 0x3F));
        out += char(0x80 | (symbol & 0x3F));
    }
    return out;
}

std::string Corpus::stripAnsiEscapes(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == '\x1b' && at + 1 < text.size() && text[at + 1] == '[') {
            std::size_t end = at + 2;
            while (end < text.size() && !(text[end] >= 0x40 && text[end] <= 0x7E))
                ++end;
            at = end + 1; // past the final byte (or the end of a cut-off sequence)
            continue;
        }
        out += text[at++];
    }
    return out;
}

Corpus::Corpus(std::string_view utf8, std::string source) : m_source(std::move(source))
{
    if (utf8.empty())
        refuse(m_source, "the text is empty");
    if (const std::size_t nul = utf8.find('\0'); nul != std::string_view::npos)
        refuse(m_source, "a NUL byte at byte " + std::to_string(nul)
                             + ": this looks like a binary file, not UTF-8 text");
    std::vector<char32_t> symbols;
    std::size_t badOffset = 0;
    if (!decodeUtf8(utf8, symbols, badOffset))
        refuse(m_source, "invalid UTF-8 at byte " + std::to_string(badOffset));

    std::unordered_map<char32_t, int> indexOfSymbol;
    m_tokens.reserve(symbols.size());
    for (char32_t symbol : symbols) {
        auto [it, inserted] = indexOfSymbol.try_emplace(symbol, int(m_vocabulary.size()));
        if (inserted) {
            m_vocabulary.push_back(symbol);
            // Counted to the end so the message gives the text's real number of symbols.
        }
        m_tokens.push_back(it->second);
    }
    if (m_vocabulary.size() > std::size_t(maxSymbols))
        refuse(m_source, "the text uses " + std::to_string(m_vocabulary.size())
                             + " distinct symbols, more than the limit of " + std::to_string(maxSymbols));
    if (m_vocabulary.size() < 2)
        refuse(m_source, "the text uses a single distinct symbol; at least 2 are needed for anything to predict");

    const std::size_t n = m_tokens.size();
    std::size_t validation = n * validationPercent / 100;
    if (validation < std::size_t(minValidationTokens))
        validation = minValidationTokens;
    // Training needs at least one input and its next character.
    if (n < validation + 2)
        refuse(m_source, "the text has " + std::to_string(n) + " characters, too few for a training part and the "
                             + std::to_string(validationPercent) + "% held out for validation");
    m_trainCount = int(n - validation);
}

Corpus Corpus::fromFile(const std::string &path, bool stripAnsi)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        refuse(path, "cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        refuse(path, "cannot read the file");
    std::string text = buffer.str();
    if (stripAnsi)
        text = stripAnsiEscapes(text);
    std::error_code ignored;
    if (std::filesystem::is_regular_file(path + ".dat", ignored)) // strfile's index: a fortune file
        text = fortuneSeparatorsAsBlankLines(text);
    return Corpus(text, path);
}

std::string Corpus::fortuneSeparatorsAsBlankLines(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        const bool carriageReturn = !line.empty() && line.back() == '\r';
        if (carriageReturn)
            line.remove_suffix(1);
        if (line != "%")
            out += line;
        if (carriageReturn)
            out += '\r';
        if (end < text.size())
            out += '\n';
        at = end + 1;
    }
    return out;
}

int Corpus::indexOf(char32_t symbol) const
{
    for (std::size_t k = 0; k < m_vocabulary.size(); ++k)
        if (m_vocabulary[k] == symbol)
            return int(k);
    return -1;
}

std::vector<double> Corpus::unigramLogProbabilities() const
{
    std::vector<double> counts(m_vocabulary.size(), 1.0); // add-one: every symbol possible
    for (int token : trainTokens())
        counts[std::size_t(token)] += 1.0;
    const double total = double(trainTokens().size()) + double(counts.size());
    for (double &count : counts)
        count = std::log(count / total); // (37)
    return counts;
}

double Corpus::unigramBitsPerChar() const
{
    const std::vector<double> logP = unigramLogProbabilities();
    double nats = 0.0;
    for (int token : validationTokens())
        nats -= logP[std::size_t(token)];
    return nats / std::numbers::ln2 / double(validationTokens().size());
}

std::string Corpus::decode(std::span<const int> indices) const
{
    std::string out;
    for (int index : indices)
        out += toUtf8(m_vocabulary.at(std::size_t(index)));
    return out;
}

std::vector<int> Corpus::encode(std::string_view utf8) const
{
    std::vector<char32_t> symbols;
    std::size_t badOffset = 0;
    if (!decodeUtf8(utf8, symbols, badOffset))
        throw std::invalid_argument("invalid UTF-8 at byte " + std::to_string(badOffset));
    std::vector<int> out;
    out.reserve(symbols.size());
    for (char32_t symbol : symbols) {
        const int index = indexOf(symbol);
        if (index < 0)
            throw std::invalid_argument("the symbol \"" + toUtf8(symbol) + "\" is not in the vocabulary of " + m_source);
        out.push_back(index);
    }
    return out;
}

} // namespace lstmlab
