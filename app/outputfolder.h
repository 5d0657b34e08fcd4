#pragma once

// The headless run's output folder, written as a whole: the files go into a temporary folder
// beside the target (DIR.tmp-PID), which is renamed into place once every file is written.
// An earlier run's output in DIR is kept as DIR.previous (replacing an older DIR.previous), so
// a second run into the same folder loses nothing and a killed run leaves the old folder whole.
// A folder that holds anything but a run's own files is refused, never moved. Temporary
// folders of runs that are no longer alive are removed.

#include <iosfwd>
#include <string>

namespace lstmlab {

class OutputFolder
{
public:
    enum class Status { Ready, Refused, CannotWrite };

    explicit OutputFolder(std::string target);
    ~OutputFolder(); // removes the temporary folder unless it was put in place
    OutputFolder(const OutputFolder &) = delete;
    OutputFolder &operator=(const OutputFolder &) = delete;

    // Checks the target (absent, empty, or an earlier run's output, and so are DIR.previous),
    // removes stale temporaries and creates the temporary folder. Before training: a folder
    // that cannot be written is found before the work is done. error names the folder.
    Status prepare(std::string *error);
    // prepare() for a headless run: 0 when ready, else the message printed to err ("lstm-lab:
    // ...") and the run's exit code (exitcodes.h: bad input when refused, else write failed).
    int prepareForRun(std::ostream &err);
    // Where the files go until publish().
    const std::string &staging() const { return m_staging; }
    std::string file(const std::string &name) const;
    // Moves an earlier output to DIR.previous and the temporary folder to DIR.
    bool publish(std::string *error);

    const std::string &target() const { return m_target; }
    // The names a run writes: a folder holding only these (or their per-file temporaries) is
    // an earlier run's output.
    static bool isRunFile(const std::string &name);

private:
    std::string m_given;   // as given on the command line, for messages
    std::string m_target;  // absolute, normalised
    std::string m_staging;
    bool m_published = false;
};

} // namespace lstmlab
