// lstm-lab-layering: checks that the sources' includes point one way, and that no two sources
// include each other, directly or around a loop.
//   lstm-lab-layering SOURCE_DIR
// Every .h/.cpp under core/, ui/ and app/ is read; an `#include "name.h"` that names one of
// them is an edge from the including class (a .h/.cpp pair) to the included one. Then:
//   1. Layers: each folder has a rank (the table below, lowest first; a subfolder belongs to its
//      parent's concern). A file may include its own folder and lower ranks only.
//   2. Cycles: the class graph has no cycle (Tarjan's strongly connected components).
// Prints each violation on a line of its own and exits 1 if there is any, else prints a summary
// and exits 0. CTest runs it as `layering`.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// The folders, lowest first: core <- ui/training <- ... <- ui/shell <- app.
const std::vector<std::string> &layers()
{
    static const std::vector<std::string> order = {
        "core/nn", "core/signals", "core/training", "core/text", "core/embed", "core/io",
        "ui/training", "ui/embedtraining", "ui/sessions", "ui/teaching", "ui/controls",
        "ui/panels", "ui/gates", "ui/diagrams", "ui/status", "ui/text", "ui/embed", "ui/shell",
        "app",
    };
    return order;
}

// The layer a path (relative to the source folder) belongs to: the longest prefix in layers().
int layerOf(const std::string &path)
{
    int best = -1;
    std::size_t bestLength = 0;
    for (std::size_t k = 0; k < layers().size(); ++k) {
        const std::string &folder = layers()[k];
        if (path.compare(0, folder.size() + 1, folder + "/") == 0 && folder.size() > bestLength) {
            best = int(k);
            bestLength = folder.size();
        }
    }
    return best;
}

std::string classOf(const std::string &path)
{
    return path.substr(0, path.find_last_of('.'));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: lstm-lab-layering SOURCE_DIR\n";
        return 2;
    }
    const fs::path top = argv[1];
    std::vector<std::string> files;          // relative paths
    std::map<std::string, std::string> byName; // "lstmlayer.h" -> "core/nn/lstm/lstmlayer.h"
    std::vector<std::string> problems;
    for (const char *root : {"core", "ui", "app"}) {
        if (!fs::is_directory(top / root))
            continue;
        for (const auto &entry : fs::recursive_directory_iterator(top / root)) {
            const std::string ext = entry.path().extension().string();
            if (!entry.is_regular_file() || (ext != ".h" && ext != ".cpp"))
                continue;
            const std::string rel = fs::relative(entry.path(), top).generic_string();
            files.push_back(rel);
            if (ext == ".h") {
                const std::string name = entry.path().filename().string();
                if (byName.count(name))
                    problems.push_back("two headers named " + name + ": " + byName[name] + " and " + rel);
                byName[name] = rel;
            }
            if (layerOf(rel) < 0)
                problems.push_back(rel + ": its folder has no layer (add it to tests/layering/layering.cpp)");
        }
    }
    std::sort(files.begin(), files.end());

    const std::regex include(R"(^\s*#\s*include\s*"([^"]+)\")");
    std::map<std::string, std::set<std::string>> edges; // class -> classes it includes
    std::size_t includeCount = 0;
    for (const std::string &file : files) {
        std::ifstream in(top / file);
        std::string line;
        int lineNumber = 0;
        edges[classOf(file)];
        while (std::getline(in, line)) {
            ++lineNumber;
            std::smatch m;
            if (!std::regex_search(line, m, include))
                continue;
            const std::string name = fs::path(m[1].str()).filename().string();
            const auto target = byName.find(name);
            if (target == byName.end())
                continue; // a generated or system header
            ++includeCount;
            const int from = layerOf(file);
            const int to = layerOf(target->second);
            if (to > from)
                problems.push_back(file + ":" + std::to_string(lineNumber) + ": includes " + target->second
                                   + ", a higher layer (" + layers()[std::size_t(to)] + " above "
                                   + layers()[std::size_t(from)] + ")");
            if (classOf(target->second) != classOf(file))
                edges[classOf(file)].insert(classOf(target->second));
        }
    }

    // Tarjan's strongly connected components: any with more than one class is a cycle.
    std::map<std::string, int> index, low;
    std::set<std::string> onStack;
    std::vector<std::string> stack;
    int counter = 0;
    std::function<void(const std::string &)> visit = [&](const std::string &v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack.insert(v);
        for (const std::string &w : edges[v]) {
            if (!index.count(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.count(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] != index[v])
            return;
        std::vector<std::string> component;
        std::string w;
        do {
            w = stack.back();
            stack.pop_back();
            onStack.erase(w);
            component.push_back(w);
        } while (w != v);
        if (component.size() > 1) {
            std::sort(component.begin(), component.end());
            std::string text = "include cycle:";
            for (const std::string &c : component)
                text += " " + c;
            problems.push_back(text);
        }
    };
    for (const auto &[v, targets] : edges)
        if (!index.count(v))
            visit(v);

    for (const std::string &p : problems)
        std::cout << p << "\n";
    if (!problems.empty()) {
        std::cout << problems.size() << " layering problem(s)\n";
        return 1;
    }
    std::cout << "layering: " << files.size() << " files, " << edges.size() << " classes, " << includeCount
              << " includes between them; every include points to its own folder or a lower layer, and no "
                 "class includes itself around a loop\n";
    return 0;
}
