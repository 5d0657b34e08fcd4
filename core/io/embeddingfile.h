#pragma once

// Embeddings in word2vec's text format, which gensim's KeyedVectors.load_word2vec_format
// (binary=False) and fastText's tools read: a first line "V D", then one line per token,
// "token v_1 ... v_D", the values with 9 significant digits (a float read back exactly), in
// vocabulary order. Tokens never hold white space (TokenCorpus splits on it).

#include <Eigen/Core>

#include <optional>
#include <string>
#include <vector>

namespace lstmlab {

// vectors: (D, V), column w for words[w].
std::string writeWord2VecText(const std::vector<std::string> &words, const Eigen::MatrixXf &vectors);

struct Word2VecReadResult {
    std::vector<std::string> words;
    Eigen::MatrixXf vectors; // (D, V)
    std::string error;       // empty when read
};
// Reads what writeWord2VecText writes (and any word2vec text file), checking the counts.
Word2VecReadResult readWord2VecText(const std::string &text);

} // namespace lstmlab
