#include "headlesstextrun.h"

#include "json.h"
#include "modelfile.h"
#include "outputfolder.h"
#include "textmodelfile.h"
#include "textsessionfile.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <stdexcept>

namespace lstmlab {

HeadlessTextRun::HeadlessTextRun(const CommandLine &options, int (*stopRequested)())
    : m_options(options), m_stopRequested(stopRequested), m_textFile(options.textFile)
{
}

bool HeadlessTextRun::prepare()
{
    if (!m_options.resumeFile.empty())
        return prepareResume();
    if (m_textFile.empty()) {
        m_error = "--task text needs --text FILE, the UTF-8 text to learn from";
        return false;
    }
    try {
        // Always without ANSI escapes: Debian's fortunes-zh colours its titles with them, and
        // no text meant to be learnt needs them.
        auto corpus = std::make_shared<const Corpus>(Corpus::fromFile(m_textFile, true));
        m_trainer = std::make_unique<TextTrainer>(m_options.model, m_options.train, corpus);
    } catch (const std::exception &e) {
        m_error = e.what();
        return false;
    }
    return checkPrime();
}

bool HeadlessTextRun::checkPrime()
{
    try {
        (void)m_trainer->corpus().encode(m_options.prime);
    } catch (const std::exception &e) {
        m_error = std::string("--prime: ") + e.what();
        m_trainer.reset();
        return false;
    }
    return true;
}

bool HeadlessTextRun::prepareResume()
{
    const std::string &file = m_options.resumeFile;
    TextSessionReadResult read = loadTextSessionFile(file);
    if (!read.session) {
        m_error = "--resume: " + read.error
                  + (read.error.find("\"format\" must be") != std::string::npos
                         ? " (a text run resumes from the session.lstmlab it wrote)"
                         : std::string());
        return false;
    }
    TextSessionData &session = *read.session;
    ResumedSettings settings{session.state.learningRate, session.state.dropout, session.train.clipNorm,
                             session.train.epochs, session.state.epoch};
    if (auto error = applyResumeOverrides(m_options, {"cell", "units", "layers", "timesteps", "batch-size", "seed"},
                                          "the network's structure, batch size and seed", settings)) {
        m_error = *error;
        return false;
    }
    session.state.learningRate = settings.learningRate;
    session.state.dropout = settings.dropout;
    session.train.clipNorm = settings.clipNorm;
    session.train.epochs = settings.epochs;
    if (m_textFile.empty())
        m_textFile = session.textFile;
    try {
        auto corpus = std::make_shared<const Corpus>(Corpus::fromFile(m_textFile, true));
        if (corpus->vocabulary() != session.vocabulary) {
            m_error = "--resume: " + file + " was trained on a text with another vocabulary ("
                      + std::to_string(session.vocabulary.size()) + " symbols) than " + m_textFile + " ("
                      + std::to_string(corpus->vocabularySize()) + ")";
            return false;
        }
        ModelConfig model = session.model;
        model.dropout = session.state.dropout;
        m_trainer = std::make_unique<TextTrainer>(model, session.train, corpus);
    } catch (const std::exception &e) {
        m_error = "--resume: " + file + ": " + e.what();
        return false;
    }
    if (auto error = m_trainer->restoreState(session.state)) {
        m_trainer.reset();
        m_error = "--resume: " + file + ": " + *error;
        return false;
    }
    m_earlierLoss = std::move(session.lossHistory);
    m_earlierValidation = std::move(session.validationHistory);
    m_samples = std::move(session.samples);
    return checkPrime();
}

int HeadlessTextRun::run(std::ostream &out, std::ostream &err)
{
    if (!m_trainer && !prepare()) {
        err << "lstm-lab: " << m_error << "\n";
        return exitcodes::badInput;
    }
    OutputFolder folder(m_options.outDir);
    std::string error;
    if (const int code = folder.prepareForRun(err); code != exitcodes::success)
        return code;

    TextTrainer &trainer = *m_trainer;
    const Corpus &corpus = trainer.corpus();
    const ModelConfig &c = trainer.modelConfig();
    const TrainConfig &t = trainer.trainConfig();
    char line[320];
    std::snprintf(line, sizeof line, "%zu characters, %d distinct (unigram %.3f bits/char), %zu training / %zu validation",
                  corpus.tokens().size(), corpus.vocabularySize(), corpus.unigramBitsPerChar(), corpus.trainTokens().size(),
                  corpus.validationTokens().size());
    out << "LSTM Lab text: " << corpus.source() << ": " << line << "\n";
    out << "LSTM Lab text: " << c.layers << " " << cellName(c.cell) << " layer(s) x " << c.units << " units, timesteps " << c.timesteps
        << ", " << t.batchSize << " streams, dropout " << trainer.dropout() << ", learning rate " << trainer.learningRate()
        << ", clip-norm " << t.clipNorm << ", " << t.epochs << " epochs of " << trainer.batchesPerEpoch() << " batches, "
        << trainer.network().parameterCount() << " parameters\n";
    if (trainer.stepCount() > 0)
        out << "Continuing from step " << trainer.stepCount() << " (epoch " << trainer.epoch() << ", batch "
            << trainer.batchInEpoch() << ")\n";

    const auto start = std::chrono::steady_clock::now();
    auto last = start;
    const long long firstStep = trainer.stepCount();
    bool diverged = false;
    TextStepReport r;
    const auto stopSignal = [this] { return m_stopRequested ? m_stopRequested() : 0; };
    while (!trainer.finished() && stopSignal() == 0) {
        if (!trainer.step(&r)) {
            diverged = true;
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - last).count();
        last = now;
        m_history.push_back({r.step, r.epoch, r.loss, -1.0});
        std::snprintf(line, sizeof line, "Epoch: %d/%d...  Training Step: %lld...  Training loss: %.4f...  %.4f sec/batch",
                      r.epoch + 1, t.epochs, r.step, r.loss, seconds);
        out << line << "\n";
        if (r.epochCompleted) {
            const TextEpochReport &e = trainer.lastEpoch();
            m_history.back().validationBitsPerChar = e.validationBitsPerChar;
            std::snprintf(line, sizeof line, "Epoch %d/%d done: mean train loss %.4f (%.3f bits/char), validation %.4f bits/char",
                          e.epoch, t.epochs, e.trainLoss, e.trainLoss / 0.6931471805599453, e.validationBitsPerChar);
            out << line << std::endl;
            std::seed_seq seeds{t.seed, unsigned(e.epoch)}; // its own generator: training's stays untouched
            std::mt19937 rng(seeds);
            m_samples += "Epoch " + std::to_string(e.epoch) + ":\n"
                         + trainer.sample(m_options.prime, m_options.sampleLength, m_options.temperature, rng) + "\n\n";
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    TextModelData model{c, corpus.vocabulary(), trainer.network().parameters(), trainer.stepCount(), trainer.epoch(),
                        trainer.epoch() > 0 ? trainer.lastEpoch().validationBitsPerChar : -1.0};
    model.config.dropout = trainer.dropout();
    // The text's absolute path, so that the session resumes from any folder.
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(m_textFile, ec);
    TextSessionData session = captureTextSession(trainer, ec ? m_textFile : absolute.lexically_normal().string());
    session.lossHistory = m_earlierLoss;
    session.validationHistory = m_earlierValidation;
    for (const TextLossRecord &record : m_history) {
        session.lossHistory.push_back({record.step, record.trainLoss});
        if (record.validationBitsPerChar >= 0)
            session.validationHistory.push_back({record.step, record.validationBitsPerChar});
    }
    session.samples = m_samples;
    bool written = writeFileAtomically(folder.file("loss.csv"), lossCsv(m_history), &error)
                   && writeFileAtomically(folder.file("samples.txt"), m_samples, &error)
                   && writeFileAtomically(folder.file("model.json"), writeTextModelJson(model), &error)
                   && saveTextSessionFile(folder.file("session.lstmlab"), session, &error) && folder.publish(&error);
    if (!written) {
        err << "lstm-lab: " << error << "\n";
        return exitcodes::writeFailed;
    }

    const long long steps = trainer.stepCount() - firstStep;
    std::snprintf(line, sizeof line, "Trained %lld steps in %.2f s (%.1f ms/step). Validation: %.4f bits/char (unigram %.3f)",
                  steps, seconds, steps > 0 ? 1000.0 * seconds / double(steps) : 0.0, model.validationBitsPerChar,
                  corpus.unigramBitsPerChar());
    out << line << "\n";
    out << "Wrote " << folder.target() << ": loss.csv, samples.txt, model.json, session.lstmlab\n";
    if (const int signal = stopSignal(); signal != 0) {
        err << "lstm-lab: stopped by " << (signal == SIGTERM ? "SIGTERM" : "SIGINT") << " after step "
            << trainer.stepCount() << "; resume with --task text --resume " << folder.target() << "/session.lstmlab\n";
        return 128 + signal;
    }
    if (diverged) {
        err << "lstm-lab: " << trainer.divergenceMessage() << "\n";
        return exitcodes::diverged;
    }
    return exitcodes::success;
}

std::string HeadlessTextRun::lossCsv(const std::vector<TextLossRecord> &history)
{
    std::string csv = "step,epoch,train_loss,validation_bits_per_char\n";
    for (const TextLossRecord &r : history) {
        csv += std::to_string(r.step) + "," + std::to_string(r.epoch) + "," + jsonNumber(r.trainLoss) + ",";
        if (r.validationBitsPerChar >= 0)
            csv += jsonNumber(r.validationBitsPerChar);
        csv += "\n";
    }
    return csv;
}

} // namespace lstmlab
