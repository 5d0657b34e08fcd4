#pragma once

// A text to learn from, as a character-level network sees it: the UTF-8 text decoded into
// Unicode code points, one token per code point, and the vocabulary of the symbols it uses.
//
// The vocabulary holds every distinct code point of the whole text (training and validation
// part) in order of first appearance: index 0 is the text's first character. This order is
// stable under appending text and reads naturally in a file ("vocab" in model.json).
// The last 10% of the tokens (rounded down, at least 2) are held out for validation; the rest
// are the training text.
//
// Construction refuses, with a message naming the source and the limit (std::invalid_argument):
// an empty text, invalid UTF-8 (with the byte offset), a NUL byte (a binary file), a single
// distinct symbol (nothing to predict), more than maxSymbols distinct symbols, and a text too
// short to hold both a training and a validation part.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

class Corpus
{
public:
    static constexpr int maxSymbols = 10000;
    static constexpr int validationPercent = 10;
    static constexpr int minValidationTokens = 2;

    // `source` names the text in messages (a file path, or a description).
    Corpus(std::string_view utf8, std::string source);

    // Reads a whole file; throws std::invalid_argument naming the file when it cannot be read
    // or its text is refused as above. `stripAnsi` removes ANSI colour escapes (ESC [ ... m),
    // as Debian's fortunes-zh files carry them. A fortune file (one with the index `strfile`
    // makes beside it, path + ".dat", as every file of Debian's fortunes packages has) separates
    // its entries with lines holding only '%': each becomes a blank line
    // (fortuneSeparatorsAsBlankLines), so that a network learns poems apart by a blank line
    // instead of writing '%' lines.
    static Corpus fromFile(const std::string &path, bool stripAnsi = false);

    // The text with every line that holds only '%' (before its '\n', an optional '\r' aside)
    // made empty; every other byte as it was.
    static std::string fortuneSeparatorsAsBlankLines(std::string_view text);

    // The text without its ANSI escape sequences (ESC '[' parameters, final byte 0x40-0x7E).
    static std::string stripAnsiEscapes(std::string_view text);

    const std::string &source() const { return m_source; }
    int vocabularySize() const { return int(m_vocabulary.size()); }
    const std::vector<char32_t> &vocabulary() const { return m_vocabulary; }
    // The index of a symbol, or -1 when the text does not use it.
    int indexOf(char32_t symbol) const;

    // Every token of the text, as vocabulary indices.
    const std::vector<int> &tokens() const { return m_tokens; }
    std::span<const int> trainTokens() const { return std::span<const int>(m_tokens).first(m_trainCount); }
    std::span<const int> validationTokens() const { return std::span<const int>(m_tokens).subspan(m_trainCount); }

    // The unigram model: ln p(v) for every symbol v of the vocabulary, from the training text's
    // frequencies, add-one smoothed (every symbol possible):
    //   (37) p(v) = (count(v) + 1) / (N + V)     N training tokens, V symbols
    std::vector<double> unigramLogProbabilities() const;
    // The unigram entropy of the validation text under (37), in bits per character: what a model
    // that ignores context scores on the validation figure, the baseline a trained network must beat.
    double unigramBitsPerChar() const;

    // Vocabulary indices back to UTF-8 text.
    std::string decode(std::span<const int> indices) const;
    // UTF-8 text to vocabulary indices; throws std::invalid_argument naming the first symbol
    // the vocabulary lacks, or invalid UTF-8.
    std::vector<int> encode(std::string_view utf8) const;

    // One code point as UTF-8.
    static std::string toUtf8(char32_t symbol);
    // Decodes UTF-8 strictly (no overlong forms, no surrogates, nothing above U+10FFFF).
    // On failure returns false and sets `badOffset` to the offending byte's offset.
    static bool decodeUtf8(std::string_view utf8, std::vector<char32_t> &out, std::size_t &badOffset);

private:
    std::string m_source;
    std::vector<char32_t> m_vocabulary;
    std::vector<int> m_tokens;
    int m_trainCount = 0;
};

} // namespace lstmlab
