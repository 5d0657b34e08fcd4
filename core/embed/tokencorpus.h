#pragma once

// A text as a skip-gram model sees it: a sequence of tokens (words, or single characters for
// Chinese), a vocabulary of the tokens that occur at least `minCount` times, and the text as
// vocabulary indices with the rarer tokens dropped (as word2vec drops them before training).
//
// Tokens:
//  - Words: maximal runs of letters, digits, apostrophes and hyphens (any script but CJK
//    ideographs, which are single tokens even in this mode), ASCII letters lower-cased;
//    punctuation, symbols and white space separate words and are not tokens.
//  - Chars: every code point that is a letter or digit (CJK ideographs included) is a token;
//    punctuation, symbols and white space are skipped, so "床前明月光，" gives five tokens.
// The vocabulary is sorted by count, most frequent first, ties in order of first appearance
// (word2vec's order: index 0 is the most frequent token).
//
// Construction refuses, with a message naming the source and the limit
// (std::invalid_argument): an empty text, invalid UTF-8 (with the byte offset), a NUL byte (a
// binary file), no token at all, and no token that occurs minCount times.

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lstmlab {

enum class TokenMode { Words, Chars };

class TokenCorpus
{
public:
    static constexpr int minCountLimit = 1000000;

    // `source` names the text in messages (a file path, or a description).
    TokenCorpus(std::string_view utf8, std::string source, TokenMode mode, int minCount);
    // Reads a whole file (ANSI colour escapes removed, as in Corpus::fromFile); throws
    // std::invalid_argument naming the file when it cannot be read or is refused as above.
    static TokenCorpus fromFile(const std::string &path, TokenMode mode, int minCount);
    // Several files read as one text (each ends a line), named `source` in messages; a file
    // that cannot be read or is not UTF-8 is named.
    static TokenCorpus fromFiles(const std::vector<std::string> &paths, std::string source, TokenMode mode, int minCount);

    const std::string &source() const { return m_source; }
    TokenMode mode() const { return m_mode; }
    int minCount() const { return m_minCount; }

    int vocabularySize() const { return int(m_words.size()); }
    const std::vector<std::string> &words() const { return m_words; } // UTF-8, by index
    const std::vector<long long> &counts() const { return m_counts; }   // occurrences, by index
    // The index of a token, or -1 when it is not in the vocabulary.
    int indexOf(std::string_view word) const;

    // The text as vocabulary indices (tokens under minCount left out).
    const std::vector<int> &tokens() const { return m_tokens; }
    long long rawTokenCount() const { return m_rawTokenCount; } // before leaving any out

    // Splits a text into its tokens as the mode says (exposed for tests and tools).
    static std::vector<std::string> split(std::string_view utf8, TokenMode mode, std::string_view source);

private:
    std::string m_source;
    TokenMode m_mode;
    int m_minCount;
    std::vector<std::string> m_words;
    std::vector<long long> m_counts;
    std::unordered_map<std::string, int> m_index;
    std::vector<int> m_tokens;
    long long m_rawTokenCount = 0;
};

} // namespace lstmlab
