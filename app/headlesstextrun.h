#pragma once

// `lstm-lab --headless --task text --text FILE`: trains a character-level network on a text,
// prints progress as Udacity's "Anna KaRNNa" notebook does (every step: epoch, training step,
// training loss, sec/batch; after every epoch the validation bits/char), and writes into DIR
// (OutputFolder, as the sine run does):
//   loss.csv         step,epoch,train_loss,validation_bits_per_char: every step's mean
//                    cross-entropy in nats; the validation figure (texttrainer.h, (23)) on the
//                    last step of each epoch, empty on the others
//   samples.txt      after every epoch "Epoch N:" and a sample (--prime, --sample-length,
//                    --temperature), drawn with a generator seeded by the seed and the epoch
//   model.json       the text model (textmodelfile.h, docs/model-format.md)
//   session.lstmlab  a text session (textsessionfile.h) that --task text --resume continues
// Qt-free. Exit codes: exitcodes.h. `stopRequested` (HeadlessRun's, for SIGINT and SIGTERM)
// stops training after the current step; the folder is still written.

#include "commandline.h"
#include "exitcodes.h"
#include "sessionfile.h"
#include "texttrainer.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace lstmlab {

struct TextLossRecord {
    long long step = 0;
    int epoch = 0;                       // the epoch the step belongs to, from 0
    double trainLoss = 0.0;              // nats
    double validationBitsPerChar = -1.0; // set on the last step of an epoch
};

class HeadlessTextRun
{
public:
    // stopRequested: the signal that asks the run to stop, 0 while none (null: never).
    explicit HeadlessTextRun(const CommandLine &options, int (*stopRequested)() = nullptr);

    // Reads the text (ANSI colour escapes removed) and builds the trainer, or resumes a text
    // session (options.resumeFile). On failure returns false and error() names the file and
    // the limit.
    bool prepare();
    // Trains and writes the folder; returns the exit code (exitcodes.h).
    int run(std::ostream &out, std::ostream &err);

    const TextTrainer *trainer() const { return m_trainer.get(); }
    const std::vector<TextLossRecord> &history() const { return m_history; }
    const std::string &error() const { return m_error; }

    static std::string lossCsv(const std::vector<TextLossRecord> &history);

private:
    bool prepareResume();
    bool checkPrime(); // every symbol of --prime is in the text's vocabulary

    CommandLine m_options;
    int (*m_stopRequested)();
    std::string m_textFile;
    std::unique_ptr<TextTrainer> m_trainer;
    std::vector<HistoryPoint> m_earlierLoss;       // a resumed session's histories
    std::vector<HistoryPoint> m_earlierValidation;
    std::vector<TextLossRecord> m_history;
    std::string m_samples;                         // samples.txt so far
    std::string m_error;
};

} // namespace lstmlab
