#pragma once

// What the embedding worker hands the window, by value through a queued signal: where
// training is, the loss so far, and the embeddings as they are now (an immutable
// EmbeddingSpace shared between snapshots, never the live vectors) with the plane of the most
// frequent tokens for the map. Widgets draw exactly this.

#include "embeddingspace.h"
#include "tokencorpus.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <string>
#include <vector>

struct EmbedLossPoint {
    double epochs = 0.0; // epochs done when the stretch ended (fractional)
    double loss = 0.0;   // the mean loss (25) over the stretch
};

struct EmbedSnapshot {
    enum class State { Empty, Building, Training, Paused, Finished, Failed };

    quint64 generation = 0;      // a new model (a new corpus or settings, a reset) counts up
    State state = State::Empty;
    QString message;             // Failed: what is wrong; Building: what is being read
    QString source;              // the corpus's file
    lstmlab::TokenMode mode = lstmlab::TokenMode::Words;
    int epoch = 0;               // epochs completed
    int epochs = 0;
    long long wordsDone = 0;     // over all epochs
    long long wordsPerEpoch = 0;
    long long rawTokens = 0;     // tokens of the text before min-count
    double learningRate = 0.0;
    double wordsPerSecond = 0.0; // over the last stretch
    std::vector<EmbedLossPoint> loss;

    std::shared_ptr<const std::vector<std::string>> words;  // the vocabulary, most frequent first
    std::shared_ptr<const std::vector<long long>> counts;
    std::shared_ptr<const lstmlab::EmbeddingSpace> space;   // null before the first vectors
    lstmlab::EmbeddingPlane plane;                          // of the first plane.points.cols() tokens

    bool hasVectors() const { return space && words; }
    double progress() const // 0..1 over the whole run
    {
        return epochs > 0 && wordsPerEpoch > 0 ? double(wordsDone) / double(wordsPerEpoch * epochs) : 0.0;
    }
};

Q_DECLARE_METATYPE(EmbedSnapshot)
