#include "outputfolder.h"

#include "exitcodes.h"

#include <cerrno>
#include <csignal>
#include <charconv>
#include <fcntl.h>
#include <filesystem>
#include <ostream>
#include <system_error>
#include <unistd.h>

namespace lstmlab {

namespace fs = std::filesystem;

namespace {

constexpr const char *previousSuffix = ".previous";
constexpr const char *stagingInfix = ".tmp-";

// Empty (absent counts as empty) or only a run's files: then it may be moved aside.
bool holdsOnlyRunFiles(const fs::path &folder, std::string *why)
{
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(folder, ec)))
        return true;
    if (fs::is_symlink(fs::symlink_status(folder, ec)) || !fs::is_directory(folder, ec)) {
        *why = "is not a folder";
        return false;
    }
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // A comparison's runs (headlesscompare.h): folders run-N-... holding a run's files.
        if (name.compare(0, 4, "run-") == 0 && it->is_directory(ec) && !it->is_symlink(ec)) {
            std::string inner;
            if (holdsOnlyRunFiles(it->path(), &inner))
                continue;
        }
        if (!OutputFolder::isRunFile(name) || !it->is_regular_file(ec)) {
            *why = "holds \"" + name + "\", which an LSTM Lab run does not write";
            return false;
        }
    }
    if (ec) {
        *why = "cannot be read: " + ec.message();
        return false;
    }
    return true;
}

// A temporary folder DIR.tmp-PID whose process has ended.
bool isStale(const std::string &name, const std::string &prefix)
{
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    const char *first = name.data() + prefix.size();
    const char *last = name.data() + name.size();
    long pid = 0;
    const auto [ptr, ec] = std::from_chars(first, last, pid);
    if (ec != std::errc() || ptr != last || pid <= 0)
        return false;
    return pid != long(::getpid()) && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

void syncFolder(const fs::path &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

OutputFolder::OutputFolder(std::string target) : m_given(std::move(target))
{
    std::error_code ec;
    fs::path path = fs::absolute(fs::path(m_given), ec).lexically_normal();
    if (!path.has_filename()) // "run1/", "."
        path = path.parent_path();
    m_target = path.string();
}

OutputFolder::~OutputFolder()
{
    if (!m_staging.empty() && !m_published) { // a run that failed or was refused leaves nothing
        std::error_code ec;
        fs::remove_all(m_staging, ec);
    }
}

bool OutputFolder::isRunFile(const std::string &name)
{
    static const char *const names[] = {"loss.csv",       "predictions.csv", "model.json", "session.lstmlab",
                                        "loss.png",       "prediction.png",  "gates.png",  "samples.txt",
                                        "embeddings.txt", "neighbours.txt", "comparison.csv", "gradients.csv"};
    for (const char *runName : names) {
        const std::string n(runName);
        if (name == n || name.compare(0, n.size() + 5, n + stagingInfix) == 0)
            return true;
    }
    return false;
}

int OutputFolder::prepareForRun(std::ostream &err)
{
    std::string error;
    switch (prepare(&error)) {
    case Status::Ready: return exitcodes::success;
    case Status::Refused: err << "lstm-lab: " << error << "\n"; return exitcodes::badInput;
    case Status::CannotWrite: break;
    }
    err << "lstm-lab: " << error << "\n";
    return exitcodes::writeFailed;
}

std::string OutputFolder::file(const std::string &name) const
{
    return (fs::path(m_staging) / name).string();
}

OutputFolder::Status OutputFolder::prepare(std::string *error)
{
    const fs::path target(m_target);
    if (target.filename().empty() || target == target.root_path()) {
        *error = "--out " + m_given + ": choose a folder of its own for the run's files";
        return Status::Refused;
    }
    std::string why;
    if (!holdsOnlyRunFiles(target, &why)) {
        *error = "--out " + m_given + " " + why + "; choose a new or empty folder (an earlier run's output is kept as "
                 + m_given + previousSuffix + ")";
        return Status::Refused;
    }
    const fs::path previous(m_target + previousSuffix);
    if (!holdsOnlyRunFiles(previous, &why)) {
        *error = "--out " + m_given + ": " + previous.string() + " " + why
                 + ", and it is where the earlier run's output would go; move it away first";
        return Status::Refused;
    }

    std::error_code ec;
    const fs::path parent = target.parent_path();
    fs::create_directories(parent, ec);
    if (ec || !fs::is_directory(parent)) {
        *error = "--out " + m_given + ": cannot create the folder " + parent.string() + ": "
                 + (ec ? ec.message() : std::string("a file is in the way"));
        return Status::CannotWrite;
    }
    const std::string prefix = target.filename().string() + stagingInfix;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code removeError;
        if (isStale(name, prefix))
            fs::remove_all(it->path(), removeError);
    }
    m_staging = m_target + stagingInfix + std::to_string(::getpid());
    fs::remove_all(m_staging, ec);
    if (!fs::create_directory(m_staging, ec) || ec) {
        *error = "--out " + m_given + ": cannot write into " + parent.string() + ": "
                 + (ec ? ec.message() : std::string("cannot create a folder"));
        m_staging.clear();
        return Status::CannotWrite;
    }
    return Status::Ready;
}

bool OutputFolder::publish(std::string *error)
{
    std::error_code ec;
    const fs::path target(m_target);
    const fs::path previous(m_target + previousSuffix);
    syncFolder(m_staging);
    bool movedAside = false;
    if (fs::exists(fs::symlink_status(target, ec))) {
        // Checked again: the folder may have changed while the run trained.
        std::string why;
        if (!holdsOnlyRunFiles(target, &why) || !holdsOnlyRunFiles(previous, &why)) {
            *error = "--out " + m_given + " " + why + " now; the run's files are left in " + m_staging;
            m_published = true; // keep them
            return false;
        }
        fs::remove_all(previous, ec);
        if (!ec)
            fs::rename(target, previous, ec);
        if (ec) {
            *error = "cannot move " + m_given + " aside to " + previous.string() + ": " + ec.message()
                     + "; the run's files are left in " + m_staging;
            m_published = true; // keep them
            return false;
        }
        movedAside = true;
    }
    fs::rename(m_staging, target, ec);
    if (ec) {
        *error = "cannot put the output in place as " + m_given + ": " + ec.message() + "; the run's files are left in "
                 + m_staging;
        m_published = true; // keep them
        std::error_code back;
        if (movedAside)
            fs::rename(previous, target, back);
        return false;
    }
    m_published = true;
    syncFolder(target.parent_path());
    return true;
}

} // namespace lstmlab
