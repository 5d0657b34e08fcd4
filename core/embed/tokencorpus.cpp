#include "tokencorpus.h"

#include "corpus.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <numeric>
#include <sstream>
#include <stdexcept>

namespace lstmlab {

namespace {

bool isIdeograph(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
           || (c >= 0x20000 && c <= 0x3134F) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

// Punctuation, symbols, white space and control characters: everything that is not part of a
// word. Without a Unicode database, the ASCII and Latin-1 ones, general punctuation, CJK
// punctuation and the full-width forms are named; other code points count as letters.
bool isSeparator(char32_t c)
{
    if (c < 0x80)
        return !(std::isalnum(int(c)) || c == '\'' || c == '-');
    if (c < 0xC0)
        return true; // Latin-1 controls, punctuation and symbols
    if (c == 0xD7 || c == 0xF7)
        return true;
    if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
        || (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF)
        return true;
    return false;
}

} // namespace

std::vector<std::string> TokenCorpus::split(std::string_view utf8, TokenMode mode, std::string_view source)
{
    const auto refuse = [&source](const std::string &why) {
        throw std::invalid_argument(std::string(source) + ": " + why);
    };
    if (utf8.empty())
        refuse("the text is empty");
    if (const std::size_t nul = utf8.find('\0'); nul != std::string_view::npos)
        refuse("a NUL byte at byte " + std::to_string(nul) + ": this looks like a binary file, not UTF-8 text");
    std::vector<char32_t> points;
    std::size_t badOffset = 0;
    if (!Corpus::decodeUtf8(utf8, points, badOffset))
        refuse("invalid UTF-8 at byte " + std::to_string(badOffset));

    std::vector<std::string> tokens;
    std::string word;
    auto flush = [&] {
        // A word of apostrophes and hyphens only ("--", "'") is punctuation after all.
        if (!word.empty() && word.find_first_not_of("'-") != std::string::npos) {
            const auto first = word.find_first_not_of("'-");
            const auto last = word.find_last_not_of("'-");
            tokens.push_back(word.substr(first, last - first + 1));
        }
        word.clear();
    };
    for (char32_t c : points) {
        if (isSeparator(c)) {
            flush();
            continue;
        }
        if (mode == TokenMode::Chars || isIdeograph(c)) {
            flush();
            if (c != '\'' && c != '-')
                tokens.push_back(Corpus::toUtf8(c));
            continue;
        }
        word += Corpus::toUtf8(c < 0x80 ? char32_t(std::tolower(int(c))) : c);
    }
    flush();
    return tokens;
}

TokenCorpus::TokenCorpus(std::string_view utf8, std::string source, TokenMode mode, int minCount)
    : m_source(std::move(source)), m_mode(mode), m_minCount(minCount)
{
    if (minCount < 1 || minCount > minCountLimit)
        throw std::invalid_argument("the minimum count must be an integer in 1.." + std::to_string(minCountLimit)
                                    + " (got " + std::to_string(minCount) + ")");
    const std::vector<std::string> raw = split(utf8, mode, m_source);
    if (raw.empty())
        throw std::invalid_argument(m_source + ": the text has no " + (mode == TokenMode::Words ? "word" : "letter or digit")
                                    + ", nothing to embed");
    m_rawTokenCount = (long long)raw.size();

    // Count in order of first appearance, then sort by count (stable: ties keep that order).
    std::unordered_map<std::string, int> firstSeen;
    std::vector<std::string> seen;
    std::vector<long long> seenCounts;
    std::vector<int> rawIndex(raw.size());
    for (std::size_t k = 0; k < raw.size(); ++k) {
        auto [it, inserted] = firstSeen.try_emplace(raw[k], int(seen.size()));
        if (inserted) {
            seen.push_back(raw[k]);
            seenCounts.push_back(0);
        }
        ++seenCounts[std::size_t(it->second)];
        rawIndex[k] = it->second;
    }
    std::vector<int> order(seen.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return seenCounts[std::size_t(a)] > seenCounts[std::size_t(b)]; });
    std::vector<int> newIndex(seen.size(), -1);
    for (int k : order) {
        if (seenCounts[std::size_t(k)] < minCount)
            break;
        newIndex[std::size_t(k)] = int(m_words.size());
        m_index.emplace(seen[std::size_t(k)], int(m_words.size()));
        m_words.push_back(seen[std::size_t(k)]);
        m_counts.push_back(seenCounts[std::size_t(k)]);
    }
    if (m_words.empty())
        throw std::invalid_argument(m_source + ": no token occurs min-count = " + std::to_string(minCount)
                                    + " times (the most frequent occurs "
                                    + std::to_string(seenCounts[std::size_t(order.front())])
                                    + "): lower the minimum count");
    m_tokens.reserve(raw.size());
    for (int k : rawIndex)
        if (newIndex[std::size_t(k)] >= 0)
            m_tokens.push_back(newIndex[std::size_t(k)]);
}

namespace {

std::string readWhole(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::invalid_argument(path + ": cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw std::invalid_argument(path + ": cannot read the file");
    return text.str();
}

} // namespace

TokenCorpus TokenCorpus::fromFile(const std::string &path, TokenMode mode, int minCount)
{
    return TokenCorpus(Corpus::stripAnsiEscapes(readWhole(path)), path, mode, minCount);
}

TokenCorpus TokenCorpus::fromFiles(const std::vector<std::string> &paths, std::string source, TokenMode mode, int minCount)
{
    std::string text;
    for (const std::string &path : paths) {
        const std::string part = readWhole(path);
        std::vector<char32_t> points;
        std::size_t bad = 0;
        if (!Corpus::decodeUtf8(part, points, bad))
            throw std::invalid_argument(path + ": invalid UTF-8 at byte " + std::to_string(bad));
        text += Corpus::stripAnsiEscapes(part);
        text += '\n';
    }
    return TokenCorpus(text, std::move(source), mode, minCount);
}

int TokenCorpus::indexOf(std::string_view word) const
{
    const auto it = m_index.find(std::string(word));
    return it == m_index.end() ? -1 : it->second;
}

} // namespace lstmlab
