#pragma once

// `lstm-lab --headless --task embed --text FILE`: trains skip-gram embeddings of a text
// (skipgram.h, word2vec's method), prints progress every tenth of an epoch (words done, the
// mean loss (25), the learning rate, words per second) and the nearest neighbours of the
// validation tokens after every epoch, and writes into DIR (OutputFolder, as the other runs):
//   embeddings.txt  the input vectors in word2vec's text format (embeddingfile.h)
//   neighbours.txt  after every epoch "Epoch N:" and, per validation token, its 10 nearest
//                   tokens by cosine with their similarity
//   loss.csv        epoch,words,learning_rate,loss: the mean loss (25) over each stretch of
//                   about 1% of an epoch (at least 10,000 words)
// Qt-free. Exit codes: exitcodes.h; SIGINT and SIGTERM stop after the current stretch and
// the folder is still written (128 + the signal).

#include "commandline.h"
#include "exitcodes.h"
#include "skipgram.h"

#include <iosfwd>
#include <memory>
#include <string>

namespace lstmlab {

class HeadlessEmbedRun
{
public:
    explicit HeadlessEmbedRun(const CommandLine &options, int (*stopRequested)() = nullptr);

    // Reads the text and builds the model; on failure returns false and error() names the
    // file and the limit.
    bool prepare();
    int run(std::ostream &out, std::ostream &err);

    const SkipGram *model() const { return m_model.get(); }
    const std::string &error() const { return m_error; }

private:
    std::string neighbourLines(int epoch) const;

    CommandLine m_options;
    int (*m_stopRequested)();
    std::unique_ptr<SkipGram> m_model;
    std::string m_error;
};

} // namespace lstmlab
