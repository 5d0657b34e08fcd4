#pragma once

// "Which unit tracks this?" (LSTMVis's question, and Karpathy's cells that follow quotes or line
// length): simple features of a text, one number per position, and the units of a traced
// network ranked by how closely one of their quantities (c, h or a gate) follows a feature.
//
// A feature's value at position t describes the text after reading its character t, as the
// network's state at t does (texttrace.h):
//   InsideQuotes      1 inside quotation marks: ASCII "..." (each " toggles), and the CJK and
//                     typographic pairs “” 「」 『』 (nested pairs count); the opening mark is
//                     inside, the closing one outside
//   InsideBrackets    1 inside brackets: () [] {} （） 《》 【】 〈〉, opening inside, closing outside
//   PositionInLine    how many characters of the current line have been read: 1 at a line's
//                     first character, 0 at its newline
//   AfterPunctuation  1 when character t is a punctuation mark (. , ; : ! ? and the CJK
//                     ， 。 ； ： ！ ？ 、): the next character comes just after punctuation
//   StartOfPoem       1 on the first line of a poem or paragraph: the text's first line and the
//                     line after a blank line or a '%' separator line (fortune files), from the
//                     separator's newline to the end of that line
// Quotes and brackets left open are closed at a poem's or paragraph's start, so one unbalanced
// mark does not colour the rest of the text.
//
// The score of a unit is the absolute Pearson correlation |r| between its quantity and the
// feature over the stretch's positions, 0..1: a unit that rises inside quotes and one that falls
// there score alike (the sign is kept in `correlation`). A constant unit or feature scores 0.

#include "gatetrace.h"

#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace lstmlab {

enum class TextFeature { InsideQuotes = 0, InsideBrackets, PositionInLine, AfterPunctuation, StartOfPoem };
inline constexpr int textFeatureCount = 5;

struct UnitScore {
    int layer = 0;
    int unit = 0;
    float score = 0.f;       // |r|
    float correlation = 0.f; // r, in -1..1
};

class UnitFinder
{
public:
    // The feature's value at every position of `text`; `before` is the text just before it
    // (read first, so that a stretch cut from the middle of a poem knows where it is).
    static std::vector<float> feature(TextFeature feature, std::u32string_view text, std::u32string_view before = {});
    // Every feature at once, in TextFeature's order.
    static std::array<std::vector<float>, textFeatureCount> features(std::u32string_view text,
                                                                     std::u32string_view before = {});

    // Pearson's r of two equally long sequences; 0 when either is constant or shorter than 2.
    static float correlation(std::span<const float> a, std::span<const float> b);

    // The `count` traced units whose `quantity` follows `feature` (one value per time step of
    // the trace) most closely, the best first (ties: lower layer, then lower unit, first).
    // `layer` chooses one layer (0-based); -1 ranks the units of every layer together.
    // Throws std::invalid_argument when the feature's length is not the trace's time steps or
    // the layer does not exist.
    static std::vector<UnitScore> rank(const GateTrace &trace, int layer, Gate quantity,
                                       std::span<const float> feature, int count);
};

} // namespace lstmlab
