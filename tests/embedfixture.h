#pragma once

// A trained skip-gram on a planted-group corpus (core/embed/plantedcorpus.h) as the window's
// embedding views receive it: an EmbedSnapshot with the vectors, the plane and some loss.

#include "embedsnapshot.h"
#include "plantedcorpus.h"
#include "skipgram.h"

#include <algorithm>
#include <memory>

inline EmbedSnapshot plantedSnapshot(int epochs = 3, quint64 generation = 1, int planeTokens = 100)
{
    lstmlab::PlantedCorpusConfig planted;
    planted.lines = 800;
    auto corpus = std::make_shared<const lstmlab::TokenCorpus>(lstmlab::plantedCorpusText(planted), "planted.txt",
                                                               lstmlab::TokenMode::Words, 1);
    lstmlab::SkipGramConfig config;
    config.dim = 20;
    config.subsample = 1e-3;
    config.epochs = epochs;
    lstmlab::SkipGram model(config, corpus);
    EmbedSnapshot s;
    while (!model.finished()) {
        model.train(4000);
        s.loss.push_back({double(model.wordsDone()) / double(model.wordsPerEpoch()), model.takeLoss()});
    }
    s.generation = generation;
    s.state = EmbedSnapshot::State::Finished;
    s.source = QStringLiteral("planted.txt");
    s.epoch = model.epoch();
    s.epochs = epochs;
    s.wordsDone = model.wordsDone();
    s.wordsPerEpoch = model.wordsPerEpoch();
    s.rawTokens = corpus->rawTokenCount();
    s.learningRate = model.learningRate();
    s.words = std::make_shared<const std::vector<std::string>>(corpus->words());
    s.counts = std::make_shared<const std::vector<long long>>(corpus->counts());
    auto space = std::make_shared<const lstmlab::EmbeddingSpace>(model.inputVectors());
    s.plane = space->plane(std::min(planeTokens, space->size()));
    s.space = std::move(space);
    return s;
}

// The index of a token in the snapshot's vocabulary, or -1.
inline int tokenIndex(const EmbedSnapshot &s, const std::string &word)
{
    const auto it = std::find(s.words->begin(), s.words->end(), word);
    return it == s.words->end() ? -1 : int(it - s.words->begin());
}
