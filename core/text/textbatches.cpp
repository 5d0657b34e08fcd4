#include "textbatches.h"

#include <cassert>
#include <stdexcept>

namespace lstmlab {

TextBatches::TextBatches(std::span<const int> trainTokens, int timesteps, int batch, const std::string &source)
    : m_tokens(trainTokens), m_timesteps(timesteps), m_batch(batch)
{
    if (timesteps < 1 || batch < 1)
        throw std::invalid_argument("timesteps and batch size must be at least 1");
    const long long perBatch = (long long)timesteps * batch;
    const long long usable = (long long)trainTokens.size() - 1; // the last token is only a target
    if (usable < perBatch)
        throw std::invalid_argument(source + ": the training text has " + std::to_string(trainTokens.size())
                                    + " characters, fewer than one batch of timesteps x batch size = "
                                    + std::to_string(timesteps) + " x " + std::to_string(batch) + " = "
                                    + std::to_string(perBatch) + " (and the character after it)");
    m_streamLength = int(usable / perBatch) * timesteps;
}

void TextBatches::fill(int k, std::span<int> inputs, std::span<int> targets) const
{
    assert(k >= 0 && k < batchCount());
    assert(inputs.size() >= std::size_t(m_timesteps) * m_batch && targets.size() >= inputs.size());
    for (int b = 0; b < m_batch; ++b) {
        const std::size_t start = std::size_t(b) * m_streamLength + std::size_t(k) * m_timesteps;
        for (int t = 0; t < m_timesteps; ++t) {
            const std::size_t row = std::size_t(t) * m_batch + b;
            inputs[row] = m_tokens[start + t];
            targets[row] = m_tokens[start + t + 1];
        }
    }
}

} // namespace lstmlab
