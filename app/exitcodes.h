#pragma once

// The exit codes of `lstm-lab --headless`, shared by the sine run (HeadlessRun) and the text
// run (HeadlessTextRun); 128 + the signal for a run stopped by SIGINT or SIGTERM.

namespace lstmlab::exitcodes {

inline constexpr int success = 0;
inline constexpr int diverged = 1;
inline constexpr int badInput = 2;
inline constexpr int writeFailed = 3;

} // namespace lstmlab::exitcodes
