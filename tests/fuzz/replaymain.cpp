// Replays fuzz inputs without libFuzzer, so that every build runs each seed corpus as an
// ordinary test: every file named on the command line, and every file in every folder named,
// in name order, goes once through the target's LLVMFuzzerTestOneInput. A broken promise or a
// sanitizer report ends the run with the failing file's name printed just before.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Optional, as in libFuzzer: called once before the first input when the target defines it.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE|FOLDER...\n", argv[0]);
        return 2;
    }
    std::vector<fs::path> inputs;
    for (int k = 1; k < argc; ++k) {
        std::error_code ec;
        if (fs::is_directory(argv[k], ec)) {
            std::vector<fs::path> files;
            for (const fs::directory_entry &entry : fs::directory_iterator(argv[k], ec))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            if (files.empty()) {
                // A seed folder that went missing must not pass as "nothing crashed".
                std::fprintf(stderr, "%s: no input files\n", argv[k]);
                return 2;
            }
            inputs.insert(inputs.end(), files.begin(), files.end());
        } else if (fs::is_regular_file(argv[k], ec)) {
            inputs.emplace_back(argv[k]);
        } else {
            std::fprintf(stderr, "%s: not a file or folder\n", argv[k]);
            return 2;
        }
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (const fs::path &path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (!in.eof() && in.fail()) {
            std::fprintf(stderr, "%s: cannot read\n", path.c_str());
            return 2;
        }
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), bytes.size());
        // A heap copy of exactly the input's size, so that ASan catches a read one past its end.
        std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(data.empty() ? nullptr : data.data(), data.size());
    }
    std::printf("%zu inputs replayed, no crash\n", inputs.size());
    return 0;
}
