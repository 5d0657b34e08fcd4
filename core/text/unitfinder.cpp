#include "unitfinder.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace lstmlab {

namespace {

bool isOpeningQuote(char32_t ch)
{
    return ch == U'\u201C' || ch == U'\u300C' || ch == U'\u300E'; // “ 「 『
}

bool isClosingQuote(char32_t ch)
{
    return ch == U'\u201D' || ch == U'\u300D' || ch == U'\u300F'; // ” 」 』
}

bool isOpeningBracket(char32_t ch)
{
    switch (ch) {
    case U'(': case U'[': case U'{':
    case U'\uFF08': // （
    case U'\u300A': // 《
    case U'\u3010': // 【
    case U'\u3008': // 〈
        return true;
    default:
        return false;
    }
}

bool isClosingBracket(char32_t ch)
{
    switch (ch) {
    case U')': case U']': case U'}':
    case U'\uFF09': // ）
    case U'\u300B': // 》
    case U'\u3011': // 】
    case U'\u3009': // 〉
        return true;
    default:
        return false;
    }
}

bool isPunctuation(char32_t ch)
{
    switch (ch) {
    case U'.': case U',': case U';': case U':': case U'!': case U'?':
    case U'\uFF0C': // ，
    case U'\u3002': // 。
    case U'\uFF1B': // ；
    case U'\uFF1A': // ：
    case U'\uFF01': // ！
    case U'\uFF1F': // ？
    case U'\u3001': // 、
        return true;
    default:
        return false;
    }
}

// Reads a text character by character and knows, after each, every feature's value.
class Reader
{
public:
    void read(char32_t ch)
    {
        m_afterPunctuation = isPunctuation(ch);
        if (ch == U'\n') {
            // The line just ended: a separator (blank, or only '%') starts a poem on the next line.
            if (m_lineIsSeparator) {
                m_poemLine = 0;
                m_quoteDepth = 0;
                m_asciiQuote = false;
                m_bracketDepth = 0;
            } else {
                ++m_poemLine;
            }
            m_column = 0;
            m_lineIsSeparator = true;
            return;
        }
        ++m_column;
        if (ch != U'%' && ch != U' ' && ch != U'\t' && ch != U'\r')
            m_lineIsSeparator = false;
        if (ch == U'"')
            m_asciiQuote = !m_asciiQuote;
        else if (isOpeningQuote(ch))
            ++m_quoteDepth;
        else if (isClosingQuote(ch))
            m_quoteDepth = std::max(0, m_quoteDepth - 1);
        else if (isOpeningBracket(ch))
            ++m_bracketDepth;
        else if (isClosingBracket(ch))
            m_bracketDepth = std::max(0, m_bracketDepth - 1);
    }

    float value(TextFeature feature) const
    {
        switch (feature) {
        case TextFeature::InsideQuotes:
            return m_asciiQuote || m_quoteDepth > 0 ? 1.f : 0.f;
        case TextFeature::InsideBrackets:
            return m_bracketDepth > 0 ? 1.f : 0.f;
        case TextFeature::PositionInLine:
            return float(m_column);
        case TextFeature::AfterPunctuation:
            return m_afterPunctuation ? 1.f : 0.f;
        case TextFeature::StartOfPoem:
            return m_poemLine == 0 ? 1.f : 0.f;
        }
        return 0.f;
    }

private:
    int m_column = 0;           // characters of the current line read
    int m_poemLine = 0;         // lines of the current poem ended so far
    bool m_lineIsSeparator = true; // the current line so far is blank or '%'
    bool m_afterPunctuation = false;
    bool m_asciiQuote = false;
    int m_quoteDepth = 0;
    int m_bracketDepth = 0;
};

} // namespace

std::array<std::vector<float>, textFeatureCount> UnitFinder::features(std::u32string_view text,
                                                                      std::u32string_view before)
{
    Reader reader;
    for (char32_t ch : before)
        reader.read(ch);
    std::array<std::vector<float>, textFeatureCount> out;
    for (std::vector<float> &values : out)
        values.reserve(text.size());
    for (char32_t ch : text) {
        reader.read(ch);
        for (int f = 0; f < textFeatureCount; ++f)
            out[std::size_t(f)].push_back(reader.value(TextFeature(f)));
    }
    return out;
}

std::vector<float> UnitFinder::feature(TextFeature feature, std::u32string_view text, std::u32string_view before)
{
    return std::move(features(text, before)[std::size_t(feature)]);
}

float UnitFinder::correlation(std::span<const float> a, std::span<const float> b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 0.f;
    // Two passes (means, then centred sums) in double: the one-pass formula loses every digit
    // when a cell state sits far from 0 with little spread.
    double meanA = 0.0, meanB = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        meanA += a[k];
        meanB += b[k];
    }
    meanA /= double(n);
    meanB /= double(n);
    double ab = 0.0, aa = 0.0, bb = 0.0;
    for (std::size_t k = 0; k < n; ++k) {
        const double da = a[k] - meanA;
        const double db = b[k] - meanB;
        ab += da * db;
        aa += da * da;
        bb += db * db;
    }
    // A spread below float rounding is a constant.
    const double tiny = 1e-12 * double(n);
    if (aa <= tiny || bb <= tiny)
        return 0.f;
    return float(std::clamp(ab / std::sqrt(aa * bb), -1.0, 1.0));
}

std::vector<UnitScore> UnitFinder::rank(const GateTrace &trace, int layer, Gate quantity,
                                        std::span<const float> feature, int count)
{
    const int layers = int(trace.layers.size());
    if (layer < -1 || layer >= layers)
        throw std::invalid_argument("UnitFinder::rank: layer " + std::to_string(layer) + " of "
                                    + std::to_string(layers));
    std::vector<UnitScore> scores;
    for (int l = layer < 0 ? 0 : layer; l < (layer < 0 ? layers : layer + 1); ++l) {
        const LayerTrace &lt = trace.layers[std::size_t(l)];
        if (std::size_t(lt.timesteps) != feature.size())
            throw std::invalid_argument("UnitFinder::rank: a feature of " + std::to_string(feature.size())
                                        + " positions for a trace of " + std::to_string(lt.timesteps));
        const std::vector<float> &values = lt.values[std::size_t(quantity)];
        for (int unit = 0; unit < lt.units; ++unit) {
            const std::span<const float> series(values.data() + std::size_t(unit) * lt.timesteps,
                                                std::size_t(lt.timesteps));
            const float r = correlation(series, feature);
            scores.push_back({l, unit, std::abs(r), r});
        }
    }
    const auto better = [](const UnitScore &a, const UnitScore &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.layer != b.layer ? a.layer < b.layer : a.unit < b.unit;
    };
    const std::size_t kept = std::min(scores.size(), std::size_t(std::max(0, count)));
    std::partial_sort(scores.begin(), scores.begin() + std::ptrdiff_t(kept), scores.end(), better);
    scores.resize(kept);
    return scores;
}

} // namespace lstmlab
