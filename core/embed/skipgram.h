#pragma once

// Skip-gram with negative sampling (word2vec; Mikolov et al. 2013), trained as word2vec's C
// code and gensim train it: one thread, plain SGD with a linearly decaying rate.
//
// Shapes (legend): V = vocabulary size, D = dimension of the embedding, K = negatives.
//   Matrix in;   // (D, V) column w: the input vector v_w of token w, the embedding we keep
//   Matrix out;  // (D, V) column w: the output vector u_w (word2vec's syn1neg), zero at start
//
// For every token w of a sentence and every context token c within a random window of w
// (a window of b = 1..window tokens on each side, b uniform, as word2vec shrinks it), one pair
// (c, w): the context token's input vector predicts the centre token against K negatives
// n_1..n_K drawn from (29) (a negative equal to w is skipped, as in word2vec):
//   (24) s_j = u_{t_j} . v_c               t_0 = w (label y_0 = 1), t_k = n_k (y_k = 0)
//   (25) loss = -ln sigma(s_0) - sum_{k=1..K} ln sigma(-s_k)
//   (26) dloss/du_{t_j} = (sigma(s_j) - y_j) v_c,   dloss/dv_c = sum_j (sigma(s_j) - y_j) u_{t_j}
//   (27) u_{t_j} -= alpha dloss/du_{t_j} one after another, each dloss/dv_c term taken from
//        u_{t_j} before its update; then v_c -= alpha dloss/dv_c   (word2vec's order)
//   (28) subsampling: each occurrence of w is kept with probability
//        min(1, (sqrt(f_w / t) + 1) t / f_w), f_w = count(w) / N, N = tokens in the vocabulary
//        (word2vec's C code and gensim; t = the threshold, 0 keeps everything)
//   (29) negatives: P(w) proportional to count(w)^0.75
//   (30) alpha = alpha_0 max(1 - words done / (epochs N + 1), 1e-4), updated every 10,000
//        words (word2vec)
// Sentences are the text's tokens in chunks of 1,000 (word2vec's MAX_SENTENCE_LENGTH),
// subsampled, and windows do not cross them. Initial weights: in uniform in
// [-0.5/D, 0.5/D), out zero (word2vec).
//
// Randomness: SplitMix64 (Steele et al.; 64 good bits a call, where word2vec's linear
// congruential generator has weak low bits), seeded from the seed; a run is deterministic for
// a seed and does not depend on how train() calls cut it.
// The loss reported is the mean of (25) over the pairs since the last takeLoss(); it is
// computed for one pair in lossSampling (an unbiased estimate that keeps the logarithms out of
// most pairs), every pair of a centre token that a counter picks.

#include "aliastable.h"
#include "stopflag.h"
#include "tokencorpus.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace lstmlab {

struct SkipGramConfig {
    int dim = 100;
    int window = 5;
    int negatives = 5;
    double subsample = 1e-4;
    int epochs = 5;
    double learningRate = 0.025;
    unsigned seed = 1;

    // Empty when valid, else e.g. "dim must be an integer in 1..1000 (got 0)".
    std::string validate() const;
    static constexpr int maxDim = 1000;
    static constexpr int maxWindow = 50;
    static constexpr int maxNegatives = 50;
    static constexpr int maxEpochs = 1000;
    static constexpr double maxSubsample = 1.0;
    static constexpr double minLearningRate = 1e-6, maxLearningRate = 1.0;

    bool operator==(const SkipGramConfig &) const = default;
};

class SkipGram
{
public:
    using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
    static constexpr int sentenceLength = 1000;
    static constexpr int rateUpdateWords = 10000;
    static constexpr int lossSampling = 8;

    // Throws std::invalid_argument for a configuration out of range or a corpus with fewer
    // tokens than 2 window + 1 (naming the corpus and the limit).
    SkipGram(const SkipGramConfig &config, std::shared_ptr<const TokenCorpus> corpus);

    const SkipGramConfig &config() const { return m_config; }
    const TokenCorpus &corpus() const { return *m_corpus; }
    const Matrix &inputVectors() const { return m_in; }   // (D, V): the embeddings
    const Matrix &outputVectors() const { return m_out; } // (D, V)

    // Trains whole sentences until at least `words` more tokens are done (subsampled ones
    // count, as in word2vec), the epoch ends or the stop flag is raised (checked between
    // sentences). Returns the tokens done.
    long long train(long long words, const StopFlag *stop = nullptr);
    // Trains what remains of the current epoch.
    long long trainEpoch(const StopFlag *stop = nullptr) { return train(wordsPerEpoch(), stop); }

    bool finished() const { return m_epoch >= m_config.epochs; }
    int epoch() const { return m_epoch; }                  // epochs completed
    long long wordsPerEpoch() const { return (long long)m_corpus->tokens().size(); }
    long long wordsDone() const { return m_wordsDone; }    // over all epochs
    long long pairsDone() const { return m_pairsDone; }
    double learningRate() const { return m_alpha; }
    // The mean loss (25) over the pairs sampled since the last call (NaN when none).
    double takeLoss();

    // Keep-probability (28) of token w (1 when subsampling is off).
    double keepProbability(int w) const { return m_keep[std::size_t(w)]; }
    const AliasTable &negativeTable() const { return m_negatives; }

    // The tokens whose neighbours a run reports (Udacity's choice): up to 8 drawn from the 100
    // most frequent and 8 from the 100 from the 1,000th on (from the 100 most frequent when the
    // vocabulary is smaller), in increasing order, drawn with std::mt19937(seed).
    static std::vector<int> validationTokens(int vocabularySize, unsigned seed);

    // (24)-(27) for one pair, on columns of `out` and the context's input vector v. `targets`
    // holds t_0 = w then the negatives (y_0 = 1, the rest 0); neu1e receives alpha * -dloss/dv
    // (to be added to v by the caller, (27)); `out` is updated in place. Returns (25) when
    // withLoss, else 0. A template so that the gradient check runs it in double.
    template <typename Scalar>
    static Scalar pairStep(const Eigen::Ref<const Eigen::Matrix<Scalar, Eigen::Dynamic, 1>> &v,
                           Eigen::Ref<Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>> out,
                           std::span<const int> targets, Scalar alpha,
                           Eigen::Ref<Eigen::Matrix<Scalar, Eigen::Dynamic, 1>> neu1e, bool withLoss)
    {
        Scalar loss = 0;
        for (std::size_t j = 0; j < targets.size(); ++j) {
            auto u = out.col(targets[j]);
            const Scalar s = u.dot(v);                                   // (24)
            const Scalar y = j == 0 ? Scalar(1) : Scalar(0);
            const Scalar e = std::exp(-std::abs(s));
            const Scalar sigma = s >= 0 ? Scalar(1) / (Scalar(1) + e) : e / (Scalar(1) + e);
            if (withLoss) // (25): -ln sigma(s) = softplus(-s), -ln sigma(-s) = softplus(s)
                loss += (j == 0 ? std::max(-s, Scalar(0)) : std::max(s, Scalar(0))) + std::log1p(e);
            const Scalar g = alpha * (y - sigma);                        // -alpha dloss/ds_j
            neu1e.noalias() += g * u;                                    // (26), u before (27)
            u.noalias() += g * v;                                        // (27)
        }
        return loss;
    }

    // (25) alone, for the gradient check.
    template <typename Scalar>
    static Scalar pairLoss(const Eigen::Ref<const Eigen::Matrix<Scalar, Eigen::Dynamic, 1>> &v,
                           const Eigen::Ref<const Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>> &out,
                           std::span<const int> targets)
    {
        Scalar loss = 0;
        for (std::size_t j = 0; j < targets.size(); ++j) {
            const Scalar s = out.col(targets[j]).dot(v);
            loss += std::log1p(std::exp(j == 0 ? -s : s));
        }
        return loss;
    }

private:
    std::uint64_t nextRandom()
    {
        std::uint64_t z = (m_random += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    void trainSentence(std::span<const int> sentence);

    SkipGramConfig m_config;
    std::shared_ptr<const TokenCorpus> m_corpus;
    Matrix m_in, m_out;
    std::vector<double> m_keep;         // (28) per token
    std::vector<std::uint32_t> m_keepThreshold; // (28) as a 32-bit threshold
    AliasTable m_negatives;             // (29)
    std::uint64_t m_random = 0;
    std::vector<int> m_sentence;        // the kept tokens of the current sentence
    std::vector<int> m_targets;         // t_0 .. t_K of the current pair
    std::vector<int> m_ahead;           // the next pair's negatives, drawn ahead
    bool m_aheadDrawn = false;
    Eigen::VectorXf m_neu1e;            // (D)

    int m_epoch = 0;
    long long m_position = 0;  // next token of the epoch
    long long m_wordsDone = 0;
    long long m_pairsDone = 0;
    long long m_centres = 0;   // centre tokens done: picks which pairs give the loss
    double m_alpha = 0.025;
    long long m_wordsAtRate = 0; // m_wordsDone when alpha was last updated
    double m_lossSum = 0.0;
    long long m_lossPairs = 0;
};

} // namespace lstmlab
