#pragma once

// A text with a known answer, for checking embeddings: `groups` groups of `groupSize` words
// that are interchangeable (each line draws its words from one group, with a few shared
// "noise" words among them), so the right nearest neighbours of a word are the other words of
// its group. Words are named g<group>w<k> (g0w0, g0w1, ...) and the noise words n<k>.
//
//   (34) precision@k = mean over the group words w of
//        |{the k nearest tokens of w} ∩ group(w)| / k
//
// Generated from a seed (std::mt19937), so tests, benchmarks and the comparison with gensim
// read the same text.

#include "embeddingspace.h"
#include "tokencorpus.h"

#include <string>

namespace lstmlab {

struct PlantedCorpusConfig {
    int groups = 8;
    int groupSize = 12;
    int noiseWords = 4;
    double noiseShare = 0.2; // of the tokens of a line
    int lines = 2000;
    int lineLength = 20;
    unsigned seed = 1;
};

// The text: one line per sentence, words separated by single spaces.
std::string plantedCorpusText(const PlantedCorpusConfig &config);

// (34) for the embeddings of a TokenCorpus read from plantedCorpusText (tokens missing from the
// vocabulary are skipped); k is clamped to groupSize - 1.
double plantedPrecision(const PlantedCorpusConfig &config, const TokenCorpus &corpus, const EmbeddingSpace &space, int k);

} // namespace lstmlab
