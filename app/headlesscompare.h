#pragma once

// `lstm-lab --headless --compare SPEC --compare SPEC [...]`: trains two or three runs one after
// the other on the same data, each the command's options with one SPEC's values in their place
// (resolveCompareSpec, commandline.h), and writes them side by side into --out DIR:
//   DIR/run-1-<spec>/, DIR/run-2-<spec>/ ...  each a whole headless output folder
//   DIR/comparison.csv                       run,spec,epoch,train_loss,test_mse: per run
//                                            and epoch, the mean batch loss and the test MSE
// and prints a final table. DIR is written as a whole, as a single run's folder is
// (OutputFolder). Qt-free; the app adds each run's plots through extraFilesFor.

#include "commandline.h"
#include "headlessrun.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace lstmlab {

class HeadlessCompare
{
public:
    // The plots of one run, written into its folder before it is put in place.
    using ExtraFilesFor = std::function<HeadlessRun::ExtraFiles(const HeadlessRun &run)>;

    struct RunResult {
        std::string spec;
        int exitCode = 0;
        long long steps = 0;
        double finalTrainLoss = -1.0; // the last epoch's mean batch loss (-1: none)
        double finalTestMse = -1.0;
    };

    explicit HeadlessCompare(const CommandLine &options);

    // Resolves every SPEC and checks that every run can be built (HeadlessRun::prepare), before
    // anything is trained; on failure returns false and error() names the SPEC and the problem.
    bool prepare();
    // Trains the runs in order and writes DIR; returns the first failing run's exit code, 0
    // when all succeeded, or the output folder's code when DIR cannot be written. A Ctrl-C
    // stops after the current run's step, writes what was done and skips the rest.
    int run(std::ostream &out, std::ostream &err);
    void setExtraFiles(ExtraFilesFor extraFilesFor) { m_extraFilesFor = std::move(extraFilesFor); }

    const std::vector<RunResult> &results() const { return m_results; }
    const std::string &error() const { return m_error; }

    // "run-2-cell=lstm,lag=50" with every character but letters, digits, '.', '-', '=' and ','
    // replaced by '_': the folder of run k (from 1).
    static std::string folderName(int k, const std::string &spec);
    // One run's epochs as the history completed them: the mean batch loss and the test MSE.
    struct EpochFigures {
        int epoch = 0; // epochs done, from 1
        double trainLoss = 0.0;
        double testMse = 0.0;
    };
    static std::vector<EpochFigures> epochFigures(const std::vector<LossRecord> &history);
    static std::string comparisonCsvHeader();
    // The rows of run k (from 1): one per epoch the history completed.
    static std::string comparisonCsvRows(int k, const std::string &spec, const std::vector<LossRecord> &history);

private:
    CommandLine m_options;
    std::vector<CommandLine> m_runOptions; // resolved and checked by prepare()
    std::vector<RunResult> m_results;
    std::string m_error;
    ExtraFilesFor m_extraFilesFor;
};

} // namespace lstmlab
