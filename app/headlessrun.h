#pragma once

// `lstm-lab --headless`: trains without a display, prints progress as the seed notebook does
// (every 100 steps: epoch, iteration, train loss) and the test MSE of every epoch, and writes
// DIR/loss.csv, DIR/predictions.csv, DIR/model.json and DIR/session.lstmlab as one folder
// (OutputFolder: an earlier run's DIR becomes DIR.previous). Qt-free; the app adds the PNGs.
// It learns the built-in signal --signal names (the seed's sine by default; --lag for the echo).
// SIGINT and SIGTERM stop training after the current step; the folder is still written.
// With --task text it hands the run to HeadlessTextRun (headlesstextrun.h), which writes the
// text task's files; trainer() is then null and textRun() is the run. With --task embed, to
// HeadlessEmbedRun (headlessembedrun.h) likewise: embedRun().

#include "commandline.h"
#include "exitcodes.h"
#include "headlessembedrun.h"
#include "headlesstextrun.h"
#include "outputfolder.h"
#include "sessionfile.h"
#include "signalcatalog.h"
#include "trainer.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace lstmlab {

struct LossRecord {
    long long step = 0;
    int epoch = 0;        // epoch the step belongs to, from 0
    double trainLoss = 0.0;
    double testMse = -1.0; // set on the last step of an epoch
};

class HeadlessRun
{
public:
    // 128 + the signal for a run stopped by SIGINT (130) or SIGTERM (143), as shells report it.
    enum ExitCode {
        Success = exitcodes::success,
        Diverged = exitcodes::diverged,
        BadInput = exitcodes::badInput,
        WriteFailed = exitcodes::writeFailed,
        Interrupted = 130,
        Terminated = 143
    };
    // Files written into the folder after the run's own, before it is put in place (the app's
    // plots); returns false with error to fail the run with WriteFailed.
    using ExtraFiles = std::function<bool(const std::string &folder, std::string *error)>;

    explicit HeadlessRun(const CommandLine &options);

    // Builds the trainer (resuming from options.resumeFile when set). On failure returns false
    // and error() says why. A model.json gives the weights and the step count; a session gives
    // the whole state, so training continues exactly as if it had never stopped: its model,
    // training configuration, live learning rate and dropout win over the command line, except
    // --epochs, the number of epochs to reach in all.
    bool prepare();
    // Checks that --out can be written, trains, writes the output folder; returns the process
    // exit code.
    int run(std::ostream &out, std::ostream &err);
    void setExtraFiles(ExtraFiles extraFiles) { m_extraFiles = std::move(extraFiles); }

    // SIGINT and SIGTERM: the first asks the run to stop after the current step, a second
    // ends the process at once. requestStop() is what the handlers call (async-signal-safe).
    static void installStopHandlers();
    static void requestStop(int signal);
    static int stopRequested(); // the signal, 0 when none
    static void clearStopRequest();

    const Trainer *trainer() const { return m_trainer.get(); }
    const HeadlessTextRun *textRun() const { return m_textRun.get(); }
    const HeadlessEmbedRun *embedRun() const { return m_embedRun.get(); }
    const std::vector<LossRecord> &history() const { return m_history; }
    const std::string &error() const { return m_error; }

    static std::string lossCsv(const std::vector<LossRecord> &history);
    static std::string predictionsCsv(const Trainer &trainer);
    // layer,t,dh_norm,dc_norm: Trainer::gradientTrace() of the final model, dc_norm empty but
    // for the LSTM; t = T-1 is the step the head reads.
    static std::string gradientsCsv(const Trainer &trainer);

    // The signal a run learns: its generator and how the session file names it.
    struct Signal {
        std::shared_ptr<const SignalGenerator> generator;
        SignalChoice choice;
    };
    // A built-in signal (SignalCatalog) with the given parameters; null generator and error
    // set when the catalog refuses them.
    static Signal makeSignal(const std::string &id, const SignalParameters &parameters, std::string *error);

private:
    bool prepareSession(SessionData session);
    bool given(const char *option) const; // on the command line
    bool refuseFixedOptions(const std::vector<const char *> &fixed, const char *what);

    CommandLine m_options;
    Signal m_signal;
    std::vector<HistoryPoint> m_earlierLoss;    // a resumed session's histories, carried over
    std::vector<HistoryPoint> m_earlierTestMse; // into DIR/session.lstmlab
    std::unique_ptr<Trainer> m_trainer;
    std::unique_ptr<HeadlessTextRun> m_textRun;
    std::unique_ptr<HeadlessEmbedRun> m_embedRun;
    std::vector<LossRecord> m_history;
    std::string m_error;
    ExtraFiles m_extraFiles;
};

} // namespace lstmlab
