#include "skipgram.h"

#include "prefetch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <stdexcept>

namespace lstmlab {

namespace {

std::string outOfRange(const char *name, double min, double max, double got, bool integer)
{
    auto show = [integer](double x) {
        if (integer)
            return std::to_string((long long)x);
        char text[32];
        std::snprintf(text, sizeof text, "%g", x);
        return std::string(text);
    };
    return std::string(name) + " must be " + (integer ? "an integer" : "a number") + " in " + show(min) + ".."
           + show(max) + " (got " + show(got) + ")";
}

} // namespace

std::string SkipGramConfig::validate() const
{
    if (dim < 1 || dim > maxDim)
        return outOfRange("dim", 1, maxDim, dim, true);
    if (window < 1 || window > maxWindow)
        return outOfRange("window", 1, maxWindow, window, true);
    if (negatives < 1 || negatives > maxNegatives)
        return outOfRange("negatives", 1, maxNegatives, negatives, true);
    if (!(subsample >= 0.0 && subsample <= maxSubsample))
        return outOfRange("subsample", 0, maxSubsample, subsample, false);
    if (epochs < 1 || epochs > maxEpochs)
        return outOfRange("epochs", 1, maxEpochs, epochs, true);
    if (!(learningRate >= minLearningRate && learningRate <= maxLearningRate))
        return outOfRange("learning-rate", minLearningRate, maxLearningRate, learningRate, false);
    return {};
}

SkipGram::SkipGram(const SkipGramConfig &config, std::shared_ptr<const TokenCorpus> corpus)
    : m_config(config), m_corpus(std::move(corpus)), m_alpha(config.learningRate)
{
    if (const std::string error = config.validate(); !error.empty())
        throw std::invalid_argument(error);
    const long long n = (long long)m_corpus->tokens().size();
    if (n < 2LL * config.window + 1)
        throw std::invalid_argument(m_corpus->source() + ": the text has " + std::to_string(n)
                                    + " tokens that occur at least min-count times; a window of "
                                    + std::to_string(config.window) + " needs at least "
                                    + std::to_string(2 * config.window + 1));
    const int V = m_corpus->vocabularySize(), D = config.dim;

    // (28) per token, and (29).
    const std::vector<long long> &counts = m_corpus->counts();
    m_keep.resize(std::size_t(V));
    m_keepThreshold.resize(std::size_t(V));
    std::vector<double> weights(static_cast<std::size_t>(V));
    for (int w = 0; w < V; ++w) {
        const double f = double(counts[std::size_t(w)]) / double(n);
        const double t = config.subsample;
        m_keep[std::size_t(w)] = t > 0.0 ? std::min(1.0, (std::sqrt(f / t) + 1.0) * t / f) : 1.0;
        m_keepThreshold[std::size_t(w)] = std::uint32_t(std::min(4294967295.0, m_keep[std::size_t(w)] * 4294967296.0));
        weights[std::size_t(w)] = std::pow(double(counts[std::size_t(w)]), 0.75);
    }
    m_negatives = AliasTable(weights);

    m_random = std::uint64_t(config.seed);
    m_in.resize(D, V);
    for (int w = 0; w < V; ++w)
        for (int d = 0; d < D; ++d)
            m_in(d, w) = (float(nextRandom() >> 40) / 16777216.0f - 0.5f) / float(D);
    m_out = Matrix::Zero(D, V);
    m_sentence.reserve(sentenceLength);
    m_targets.reserve(std::size_t(config.negatives) + 1);
    m_ahead.resize(std::size_t(config.negatives));
    m_neu1e.resize(D);
}

std::vector<int> SkipGram::validationTokens(int vocabularySize, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<int> chosen;
    const auto drawFrom = [&](int first, int end, int count) {
        std::vector<int> pool;
        for (int w = first; w < end; ++w)
            if (std::find(chosen.begin(), chosen.end(), w) == chosen.end())
                pool.push_back(w);
        std::shuffle(pool.begin(), pool.end(), rng);
        pool.resize(std::min<std::size_t>(pool.size(), std::size_t(count)));
        chosen.insert(chosen.end(), pool.begin(), pool.end());
    };
    drawFrom(0, std::min(vocabularySize, 100), 8);
    if (vocabularySize >= 1100)
        drawFrom(1000, 1100, 8);
    else
        drawFrom(0, std::min(vocabularySize, 100), 8);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

double SkipGram::takeLoss()
{
    const double mean = m_lossPairs > 0 ? m_lossSum / double(m_lossPairs) : std::numeric_limits<double>::quiet_NaN();
    m_lossSum = 0.0;
    m_lossPairs = 0;
    return mean;
}

long long SkipGram::train(long long words, const StopFlag *stop)
{
    const std::vector<int> &tokens = m_corpus->tokens();
    const long long n = (long long)tokens.size();
    const long long total = (long long)m_config.epochs * n;
    long long done = 0;
    while (!finished() && done < words && !stopRequested(stop)) {
        const long long end = std::min(n, m_position + sentenceLength);
        m_sentence.clear();
        for (long long k = m_position; k < end; ++k) {
            const int w = tokens[std::size_t(k)];
            if (m_keepThreshold[std::size_t(w)] == 0xFFFFFFFFu
                || std::uint32_t(nextRandom() >> 32) < m_keepThreshold[std::size_t(w)])
                m_sentence.push_back(w);
        }
        trainSentence(m_sentence);
        done += end - m_position;
        m_wordsDone += end - m_position;
        m_position = end;
        if (m_wordsDone - m_wordsAtRate >= rateUpdateWords || m_position == n) { // (30)
            m_wordsAtRate = m_wordsDone;
            m_alpha = m_config.learningRate * std::max(1.0 - double(m_wordsDone) / double(total + 1), 1e-4);
        }
        if (m_position == n) {
            ++m_epoch;
            m_position = 0;
            break;
        }
    }
    return done;
}

void SkipGram::trainSentence(std::span<const int> sentence)
{
    const int length = int(sentence.size());
    const int window = m_config.window;
    const int K = m_config.negatives;
    const Eigen::Index D = m_in.rows();
    const float alpha = float(m_alpha);
    // The negatives of the next pair are drawn one pair ahead and their output vectors fetched
    // into the cache while this pair is computed: the columns are scattered over a matrix
    // larger than the cache, and waiting for them would take most of the time.
    const auto drawAhead = [&] {
        for (int k = 0; k < K; ++k) {
            m_ahead[std::size_t(k)] = m_negatives.draw(nextRandom());
            kernels::prefetchFloats(m_out.col(m_ahead[std::size_t(k)]).data(), D);
        }
    };
    if (length > 1 && !m_aheadDrawn) {
        drawAhead();
        m_aheadDrawn = true;
    }
    for (int p = 0; p < length; ++p) {
        const int w = sentence[std::size_t(p)];
        const int b = window - int(nextRandom() % std::uint64_t(window)); // 1..window
        const bool withLoss = (m_centres++ % lossSampling) == 0;
        for (int q = std::max(0, p - b); q <= std::min(length - 1, p + b); ++q) {
            if (q == p)
                continue;
            const int c = sentence[std::size_t(q)];
            m_targets.clear();
            m_targets.push_back(w);
            for (int negative : m_ahead)
                if (negative != w) // word2vec skips a negative equal to the centre token
                    m_targets.push_back(negative);
            drawAhead();
            m_neu1e.setZero();
            const float loss = pairStep<float>(m_in.col(c), m_out, m_targets, alpha, m_neu1e, withLoss);
            m_in.col(c) += m_neu1e; // (27)
            ++m_pairsDone;
            if (withLoss) {
                m_lossSum += loss;
                ++m_lossPairs;
            }
        }
    }
}

} // namespace lstmlab
