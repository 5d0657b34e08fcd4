#pragma once

// The session file (.lstmlab, docs/session-format.md): everything needed to resume training
// exactly where it stopped. The model (a whole model.json object), the training configuration,
// the chosen signal, the loss and test-MSE histories, Adam's state, the random generator's state
// and the position in the epoch. Continuing a loaded session gives, step for step, the same
// weights and losses as a run that never stopped.
//
// Reading checks the format name, the version, every range, shape and length and that every
// number is finite, and names what is wrong. It caps the file size and the number of JSON values
// as it reads and every declared size before allocating, and never crashes on any bytes. The
// tensors go straight from the file into place (streamedarrays.h): a file is never held whole.

#include "modelconfig.h"
#include "modelfile.h"
#include "runrecord.h"
#include "trainer.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

class StreamedArrays;

inline constexpr const char *sessionFormatName = "lstm-lab-session";
inline constexpr int sessionFormatVersion = 1;
inline constexpr std::size_t maxSessionFileBytes = std::size_t(1) << 30;
// Caps on what a file may declare, checked before anything that size is allocated.
inline constexpr std::size_t maxSessionLossHistory = 10'000'000;
inline constexpr std::size_t maxSessionTestHistory = 1'000'000;
inline constexpr std::size_t maxSessionWindows = 10'000'000;   // length of the window order
inline constexpr std::size_t maxSessionSignalBytes = 1 << 20;  // the signal's id and parameters
// Nesting: the signal's parameters object and what it holds at most this deep (the object
// itself is level 0), checked alike when reading and writing; the whole file adds its own
// levels above (root, "signal", "parameters"). Counts are limited by maxStepCount and
// maxEpochCount (trainer.h), for the trainer, the reader and the writer alike.
inline constexpr int maxSignalParameterDepth = 16;
inline constexpr std::size_t maxSignalParameterValues = 100'000;
inline constexpr int maxSessionDepth = 8 + maxSignalParameterDepth;

// The signal the data is made from, as the signal catalog names it. The session file stores it
// and gives it back; building the Dataset from it is the caller's business.
struct SignalChoice {
    std::string id = "sine";
    std::string parametersJson = "{}"; // a JSON object; read back in compact form

    bool operator==(const SignalChoice &) const = default;
};

struct HistoryPoint {
    long long step = 0;
    double value = 0.0;

    bool operator==(const HistoryPoint &) const = default;
};

struct SessionData {
    ModelConfig model;   // the structure; captureSession() puts the live dropout in it too
    TrainConfig train;
    SignalChoice signal;
    TrainerState state;  // weights, Adam, generator, position, live learning rate and dropout
    std::vector<HistoryPoint> lossHistory;    // (step, training MSE of that step's batch)
    std::vector<HistoryPoint> testMseHistory; // (step, test MSE) at the end of each epoch
    // The window's run list ("runs", optional: older sessions have none), oldest first, at most
    // RunRecord::maxRecords, each within RunRecord's bounds.
    std::vector<RunRecord> runs;
};

// The trainer's configurations and state; the caller adds the signal and the histories.
// Call between steps, from the thread that runs them.
SessionData captureSession(const Trainer &trainer);

// Builds a trainer for the session on data made from session.signal and restores its state.
// On failure returns nullptr and says why in error.
std::unique_ptr<Trainer> resumeTrainer(const SessionData &session, std::shared_ptr<const Dataset> data,
                                       std::string *error);

// Fails (with error) when signal.parametersJson is not a JSON object within the limits, or the
// state is one the reader would refuse (Trainer::checkState: a number that is not finite, a
// count beyond its limit): whatever is written reads back. Histories longer than a session
// holds keep their newest points.
std::optional<std::string> writeSessionJson(const SessionData &session, std::string *error);

struct SessionReadResult {
    std::optional<SessionData> session;
    std::string error; // what is wrong, when session is empty
};

SessionReadResult readSessionJson(std::string_view text);
// streamed: the long arrays the reader took straight from the parser (streamedarrays.h), if it did.
SessionReadResult readSessionObject(const JsonValue &root, StreamedArrays *streamed = nullptr);

bool saveSessionFile(const std::string &path, const SessionData &session, std::string *error);
SessionReadResult loadSessionFile(const std::string &path);

// A file to resume from, either a session or a model.json, told apart by its "format".
struct ResumeReadResult {
    std::optional<SessionData> session;
    std::optional<ModelData> model;
    std::string error; // what is wrong, when both are empty
};

ResumeReadResult loadSessionOrModelFile(const std::string &path);

} // namespace lstmlab
