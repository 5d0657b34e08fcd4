#pragma once

// The text task's session file (docs/session-format.md, "Text sessions"): everything needed to
// resume a TextTrainer exactly where it stopped. The text model (a whole text model.json object
// with its vocabulary), the text file's path, the training configuration, the live learning
// rate and dropout, the position in the epoch, the LSTM state carried to the next batch,
// Adam's state, the random generator's state, the loss and validation histories and the
// samples written so far.
//
// Reading caps the file size, the values kept in the tree (the vocabulary included) and the
// numbers of the long arrays (tensors, moments, carried state, histories), which go straight
// into flat buffers as they are read; it checks every shape, length and range and that every
// number is finite, and names what is wrong.

#include "modelconfig.h"
#include "sessionfile.h"
#include "texttrainer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

inline constexpr const char *textSessionFormatName = "lstm-lab-text-session";
inline constexpr int textSessionFormatVersion = 1;
inline constexpr std::size_t maxTextSessionSamplesBytes = std::size_t(16) << 20;

struct TextSessionData {
    ModelConfig model;                  // units, layers, timesteps, dropout
    TrainConfig train;
    std::string textFile;               // the text learnt (read again, ANSI escapes removed)
    std::vector<char32_t> vocabulary;   // must match the text's
    TextTrainerState state;
    std::vector<HistoryPoint> lossHistory;       // (step, mean cross-entropy in nats)
    std::vector<HistoryPoint> validationHistory; // (step, validation bits/char)
    std::string samples;                // samples.txt so far
};

// The trainer's configurations, vocabulary and state; the caller adds the histories and samples.
TextSessionData captureTextSession(const TextTrainer &trainer, const std::string &textFile);

std::string writeTextSessionJson(const TextSessionData &session);

struct TextSessionReadResult {
    std::optional<TextSessionData> session;
    std::string error;
};

TextSessionReadResult readTextSessionJson(std::string_view text);
bool saveTextSessionFile(const std::string &path, const TextSessionData &session, std::string *error);
TextSessionReadResult loadTextSessionFile(const std::string &path);

} // namespace lstmlab
