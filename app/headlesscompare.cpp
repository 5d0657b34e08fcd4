#include "headlesscompare.h"

#include "json.h"
#include "outputfolder.h"

#include <cctype>
#include <cstdio>
#include <ostream>

namespace lstmlab {

HeadlessCompare::HeadlessCompare(const CommandLine &options) : m_options(options) {}

std::string HeadlessCompare::folderName(int k, const std::string &spec)
{
    std::string name = "run-" + std::to_string(k) + "-";
    for (const char ch : spec) {
        const bool kept = std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == '='
                          || ch == ',';
        name += kept ? ch : '_';
    }
    return name;
}

std::string HeadlessCompare::comparisonCsvHeader()
{
    return "run,spec,epoch,train_loss,test_mse\n";
}

std::vector<HeadlessCompare::EpochFigures> HeadlessCompare::epochFigures(const std::vector<LossRecord> &history)
{
    std::vector<EpochFigures> epochs;
    double sum = 0.0;
    long long count = 0;
    for (const LossRecord &r : history) {
        sum += r.trainLoss;
        ++count;
        if (r.testMse < 0)
            continue; // the test MSE marks an epoch's last step
        epochs.push_back({r.epoch + 1, sum / double(count), r.testMse});
        sum = 0.0;
        count = 0;
    }
    return epochs;
}

std::string HeadlessCompare::comparisonCsvRows(int k, const std::string &spec, const std::vector<LossRecord> &history)
{
    // The spec holds commas: quoted, as CSV quotes a cell ("" for a quote inside).
    std::string quoted = "\"";
    for (const char ch : spec)
        quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    quoted += "\"";
    std::string rows;
    for (const EpochFigures &e : epochFigures(history))
        rows += std::to_string(k) + "," + quoted + "," + std::to_string(e.epoch) + "," + jsonNumber(e.trainLoss) + ","
                + jsonNumber(e.testMse) + "\n";
    return rows;
}

bool HeadlessCompare::prepare()
{
    m_runOptions.clear();
    for (const std::string &spec : m_options.compare) {
        CompareSpecResult resolved = resolveCompareSpec(m_options, spec);
        if (!resolved.options) {
            m_error = resolved.error;
            m_runOptions.clear();
            return false;
        }
        // Built once to find what cannot be built before any run trains (the data is small).
        HeadlessRun probe(*resolved.options);
        if (!probe.prepare()) {
            m_error = "--compare '" + spec + "': " + probe.error();
            m_runOptions.clear();
            return false;
        }
        m_runOptions.push_back(*resolved.options);
    }
    return true;
}

int HeadlessCompare::run(std::ostream &out, std::ostream &err)
{
    if (m_runOptions.size() != m_options.compare.size() && !prepare()) {
        err << "lstm-lab: " << m_error << "\n";
        return HeadlessRun::BadInput;
    }
    OutputFolder folder(m_options.outDir);
    if (const int code = folder.prepareForRun(err); code != exitcodes::success)
        return code;

    std::string csv = comparisonCsvHeader();
    int exitCode = HeadlessRun::Success;
    m_results.clear();
    for (std::size_t k = 0; k < m_runOptions.size(); ++k) {
        const std::string &spec = m_options.compare[k];
        if (HeadlessRun::stopRequested() != 0)
            break; // stopped during an earlier run: the rest is skipped
        out << "== Run " << k + 1 << " of " << m_runOptions.size() << ": " << spec << " ==\n";
        // Each run writes a whole folder of its own inside DIR's temporary folder.
        CommandLine runOptions = m_runOptions[k];
        runOptions.outDir = folder.file(folderName(int(k) + 1, spec));
        HeadlessRun placed(runOptions);
        if (!placed.prepare()) {
            err << "lstm-lab: --compare '" << spec << "': " << placed.error() << "\n";
            return HeadlessRun::BadInput;
        }
        if (m_extraFilesFor)
            placed.setExtraFiles(m_extraFilesFor(placed));
        const int code = placed.run(out, err);
        RunResult result{spec, code, placed.trainer() ? placed.trainer()->stepCount() : 0, -1.0, -1.0};
        if (const std::vector<EpochFigures> epochs = epochFigures(placed.history()); !epochs.empty()) {
            result.finalTrainLoss = epochs.back().trainLoss;
            result.finalTestMse = epochs.back().testMse;
        }
        csv += comparisonCsvRows(int(k) + 1, spec, placed.history());
        m_results.push_back(result);
        if (code == HeadlessRun::WriteFailed)
            return code;
        if (exitCode == HeadlessRun::Success && code != HeadlessRun::Success)
            exitCode = code;
    }
    std::string error;
    if (!writeFileAtomically(folder.file("comparison.csv"), csv, &error) || !folder.publish(&error)) {
        err << "lstm-lab: " << error << "\n";
        return HeadlessRun::WriteFailed;
    }

    out << "\nComparison (" << m_results.size() << " runs, " << folder.target() << "/comparison.csv):\n";
    char line[400];
    std::snprintf(line, sizeof line, "%-4s %-32s %8s %14s %14s %5s\n", "run", "spec", "steps", "train loss",
                  "test MSE", "exit");
    out << line;
    for (std::size_t k = 0; k < m_results.size(); ++k) {
        const RunResult &r = m_results[k];
        std::snprintf(line, sizeof line, "%-4zu %-32s %8lld %14.6g %14.6g %5d\n", k + 1, r.spec.c_str(), r.steps,
                      r.finalTrainLoss, r.finalTestMse, r.exitCode);
        out << line;
    }
    if (const int signal = HeadlessRun::stopRequested(); signal != 0)
        return 128 + signal;
    return exitCode;
}

} // namespace lstmlab
