#pragma once

// Text from a file or a command line, made safe to print in a message: a terminal shows what
// the bytes are instead of obeying them (a signal id of "\x1b[31m..." must not colour it).

#include <cstddef>
#include <string>
#include <string_view>

namespace lstmlab {

// text between quote characters: well-formed UTF-8 as it is; control bytes, DEL, a byte-order
// mark and bytes that are not UTF-8 as \xNN; a backslash as \\. Cut with "..." after maxChars
// characters (an escape counts 4).
std::string printableText(std::string_view text, std::size_t maxChars = 200, char quote = '"');

} // namespace lstmlab
