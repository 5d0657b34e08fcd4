#pragma once

// What both benchmarks do with their command line: CLI11 splits the arguments, --help prints the
// benchmark's own text, and anything unknown or malformed is one line on stderr and exit status 2.
// The caller adds its options to `app` first and checks their values after.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>

// Returns 0 to go on, -1 after the help was printed, or 2 after an error was.
inline int parseBenchCommandLine(CLI::App &app, int argc, char **argv, const std::function<void()> &printHelp)
{
    bool help = false;
    app.set_help_flag(); // the benchmark's own text is the help
    app.allow_extras(true);
    app.add_flag("-h,--help", help);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        std::fprintf(stderr, "%s (see --help)\n", e.what());
        return 2;
    }
    if (help) {
        printHelp();
        return -1;
    }
    if (!app.remaining().empty()) {
        std::fprintf(stderr, "unknown option %s (see --help)\n", app.remaining().front().c_str());
        return 2;
    }
    return 0;
}
