#pragma once

// Udacity's get_batches for a character-level network: the training text cut into B parallel
// streams of equal length L, each batch the next T characters of every stream, so the LSTM
// state left by one batch is the right start for the next (carried across the batches of an
// epoch, reset at its start).
//
//   B = batch (the number of streams), T = timesteps, N = training tokens
//   L = ((N - 1) / (B*T)) * T   stream length: whole batches only, the tail dropped
//   stream b holds inputs  tokens[b*L .. b*L + L - 1]
//                and targets tokens[b*L + 1 .. b*L + L]  (the character that follows each input)
//   batch k (0 <= k < L/T) is columns k*T .. k*T + T - 1 of every stream.
//
// One difference from the notebook: its last target of a batch is the stream's first input
// (a wrap-around, `y[:, -1] = x[:, 0]`); here it is the real next character, which the text
// always has since a stream stops one token short of the next stream's start.
//
// A batch is written in LstmLayer's sequence layout (lstmlayer.h): entry t*B + b is stream b
// at time step t, T*B entries in all.

#include <span>
#include <string>

namespace lstmlab {

class TextBatches
{
public:
    // Keeps a view of trainTokens, which must outlive it (the Corpus holds them).
    // Throws std::invalid_argument, naming `source` and the limit, when the training text is
    // shorter than one batch (T*B characters and the one that follows).
    TextBatches(std::span<const int> trainTokens, int timesteps, int batch, const std::string &source);

    int timesteps() const { return m_timesteps; }
    int batch() const { return m_batch; }
    int streamLength() const { return m_streamLength; }
    int batchCount() const { return m_streamLength / m_timesteps; }

    // Fills inputs and targets (each T*B entries) with batch k. No allocation.
    void fill(int k, std::span<int> inputs, std::span<int> targets) const;

private:
    std::span<const int> m_tokens;
    int m_timesteps;
    int m_batch;
    int m_streamLength;
};

} // namespace lstmlab
