#include "headlessembedrun.h"

#include "embeddingfile.h"
#include "embeddingspace.h"
#include "json.h"
#include "modelfile.h"
#include "outputfolder.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ostream>

namespace lstmlab {

HeadlessEmbedRun::HeadlessEmbedRun(const CommandLine &options, int (*stopRequested)())
    : m_options(options), m_stopRequested(stopRequested)
{
}

bool HeadlessEmbedRun::prepare()
{
    try {
        auto corpus = std::make_shared<const TokenCorpus>(
            TokenCorpus::fromFile(m_options.textFile, m_options.tokens, m_options.minCount));
        m_model = std::make_unique<SkipGram>(m_options.embed, corpus);
    } catch (const std::exception &e) {
        m_error = e.what();
        return false;
    }
    return true;
}

std::string HeadlessEmbedRun::neighbourLines(int epoch) const
{
    const TokenCorpus &corpus = m_model->corpus();
    const EmbeddingSpace space(m_model->inputVectors());
    std::string lines = "Epoch " + std::to_string(epoch) + ":\n";
    char similarity[32];
    for (int w : SkipGram::validationTokens(corpus.vocabularySize(), m_options.embed.seed)) {
        lines += "  " + corpus.words()[std::size_t(w)] + ":";
        for (const Neighbour &n : space.nearest(w, 10)) {
            std::snprintf(similarity, sizeof similarity, " (%.3f)", double(n.similarity));
            lines += " " + corpus.words()[std::size_t(n.token)] + similarity;
        }
        lines += "\n";
    }
    return lines;
}

int HeadlessEmbedRun::run(std::ostream &out, std::ostream &err)
{
    if (!m_model && !prepare()) {
        err << "lstm-lab: " << m_error << "\n";
        return exitcodes::badInput;
    }
    OutputFolder folder(m_options.outDir);
    std::string error;
    if (const int code = folder.prepareForRun(err); code != exitcodes::success)
        return code;

    SkipGram &model = *m_model;
    const TokenCorpus &corpus = model.corpus();
    const SkipGramConfig &c = model.config();
    char line[320];
    std::snprintf(line, sizeof line, "%lld tokens (%s), %d distinct with at least %d occurrences, %zu tokens kept",
                  corpus.rawTokenCount(), corpus.mode() == TokenMode::Words ? "words" : "characters",
                  corpus.vocabularySize(), corpus.minCount(), corpus.tokens().size());
    out << "LSTM Lab embed: " << corpus.source() << ": " << line << "\n";
    std::snprintf(line, sizeof line, "skip-gram, dim %d, window %d, %d negatives, subsample %g, %d epochs, learning rate %g, seed %u",
                  c.dim, c.window, c.negatives, c.subsample, c.epochs, c.learningRate, c.seed);
    out << "LSTM Lab embed: " << line << "\n";

    const long long stretch = std::max<long long>(10000, model.wordsPerEpoch() / 100);
    const auto stopSignal = [this] { return m_stopRequested ? m_stopRequested() : 0; };
    std::string lossCsv = "epoch,words,learning_rate,loss\n";
    std::string neighbours;
    double trainingSeconds = 0.0;
    long long printedAt = 0;
    auto printedTime = std::chrono::steady_clock::now();
    while (!model.finished() && stopSignal() == 0) {
        const int epoch = model.epoch();
        const double rate = model.learningRate();
        const auto begin = std::chrono::steady_clock::now();
        model.train(stretch);
        const auto end = std::chrono::steady_clock::now();
        trainingSeconds += std::chrono::duration<double>(end - begin).count();
        const double loss = model.takeLoss();
        lossCsv += std::to_string(epoch) + "," + std::to_string(model.wordsDone()) + "," + jsonNumber(rate) + ","
                   + (std::isfinite(loss) ? jsonNumber(loss) : std::string()) + "\n";
        const bool epochEnded = model.epoch() > epoch;
        if (epochEnded || model.wordsDone() - printedAt >= model.wordsPerEpoch() / 10) {
            const double seconds = std::chrono::duration<double>(end - printedTime).count();
            std::snprintf(line, sizeof line, "Epoch %d/%d  words %lld/%lld  loss %.4f  learning rate %.5f  %.0f words/s",
                          epoch + 1, c.epochs, model.wordsDone() - (long long)epoch * model.wordsPerEpoch(),
                          model.wordsPerEpoch(), loss, rate, seconds > 0 ? double(model.wordsDone() - printedAt) / seconds : 0.0);
            out << line << "\n";
            printedAt = model.wordsDone();
            printedTime = std::chrono::steady_clock::now();
        }
        if (epochEnded) {
            const std::string lines = neighbourLines(model.epoch());
            neighbours += lines + "\n";
            out << lines << std::flush;
            printedTime = std::chrono::steady_clock::now();
        }
    }
    if (model.epoch() == 0 || !model.finished()) // stopped within an epoch: its neighbours too
        neighbours += neighbourLines(model.epoch()) + "\n";

    const bool written = writeFileAtomically(folder.file("embeddings.txt"), writeWord2VecText(corpus.words(), model.inputVectors()), &error)
                         && writeFileAtomically(folder.file("neighbours.txt"), neighbours, &error)
                         && writeFileAtomically(folder.file("loss.csv"), lossCsv, &error) && folder.publish(&error);
    if (!written) {
        err << "lstm-lab: " << error << "\n";
        return exitcodes::writeFailed;
    }
    std::snprintf(line, sizeof line, "Trained %lld words (%lld pairs) in %.2f s: %.0f words/s on one thread",
                  model.wordsDone(), model.pairsDone(), trainingSeconds,
                  trainingSeconds > 0 ? double(model.wordsDone()) / trainingSeconds : 0.0);
    out << line << "\n";
    out << "Wrote " << folder.target() << ": embeddings.txt, neighbours.txt, loss.csv\n";
    if (const int signal = stopSignal(); signal != 0) {
        err << "lstm-lab: stopped by " << (signal == SIGTERM ? "SIGTERM" : "SIGINT") << " after " << model.wordsDone()
            << " words; the embeddings so far are written\n";
        return 128 + signal;
    }
    return exitcodes::success;
}

} // namespace lstmlab
