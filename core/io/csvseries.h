#pragma once

// A learner's own series from a CSV file: one column of values (or a chosen column of several,
// optionally with a chosen time column), split into train and test, and scaled so that the
// training part spans [-1, 1], as docs/signals.md describes. Reading never trusts the input:
// sizes are capped before anything is allocated, and a bad file is refused with a message
// naming its first bad line and column, e.g. "line 17, column 2: 'abc' is not a number".

#include "dataset.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

inline constexpr std::size_t maxCsvBytes = std::size_t(64) << 20;     // 64 MiB
inline constexpr std::size_t maxCsvLineBytes = std::size_t(1) << 20;  // 1 MiB
inline constexpr std::size_t maxCsvValues = 1000000;
// Dataset holds every window: timesteps x windows floats (2^27 floats = 512 MiB).
inline constexpr long long maxCsvWindowSamples = 1LL << 27;

// A column chosen by its number (from 1, as the error messages count) or by its header name.
struct CsvColumn {
    int number = 0;   // 0: not chosen by number
    std::string name; // empty: not chosen by name

    static CsvColumn byNumber(int number) { return {number, {}}; }
    static CsvColumn byName(std::string name) { return {0, std::move(name)}; }
    bool chosen() const { return number != 0 || !name.empty(); }
};

struct CsvOptions {
    enum class Header { Detect, Present, Absent };

    char separator = 0;            // ',', ';' or '\t'; 0: the first of tab, ';', ',' in line 1
    Header header = Header::Detect; // Detect: see docs/signals.md
    CsvColumn valueColumn;         // not chosen: the file must have exactly one column
    CsvColumn timeColumn;          // not chosen: x is the sample index 0, 1, 2, ...
    int timesteps = 20;            // refuse a series too short for windows of this length
};

// What the first line of a file says, for a column chooser.
struct CsvLayout {
    char separator = ',';
    bool hasHeader = false;
    std::vector<std::string> columnNames; // the header's names, or "column 1", "column 2", ...
};

struct CsvLayoutResult {
    std::optional<CsvLayout> layout;
    std::string error;
};

// Min-max scaling taken from the training part of a series: its min -> -1, its max -> 1, and
// every other value by the same straight line, so test values may fall outside [-1, 1]
// (docs/signals.md says what that means for the tanh head). A constant training part only
// shifts: min -> 0, min + d -> d.
struct SeriesScale {
    // Scaled values are held within +-maxUnit (a value maxUnit / 2 training ranges away), so
    // that float arithmetic on them stays finite.
    static constexpr double maxUnit = 1000.0;

    double min = -1.0;
    double max = 1.0;
    double toUnit(double value) const;    // original units -> [-1, 1] for the training part
    double fromUnit(double scaled) const; // the inverse (a prediction back in original units)
};

struct CsvReadResult;

class CsvSeries
{
public:
    // A series from values already read (a saved session, say). Throws std::invalid_argument
    // when x and values differ in length, a number is not finite, x does not increase, or
    // there are more than maxCsvValues.
    CsvSeries(std::vector<double> x, std::vector<double> values, std::string name);

    // text: a whole file's bytes, any bytes at all.
    static CsvReadResult parse(std::string_view text, const CsvOptions &options = {});
    // Reads at most maxCsvBytes; the error starts with the file name.
    static CsvReadResult load(const std::string &path, const CsvOptions &options = {});
    // The separator, header and column names of text's first line (options.separator and
    // options.header are honoured; the columns are not).
    static CsvLayoutResult inspect(std::string_view text, const CsvOptions &options = {});
    // A file's bytes, refusing files larger than maxCsvBytes before reading them.
    static std::optional<std::string> readFile(const std::string &path, std::string *error);

    // The split: the last ceil(count / 10) values are the test series, the others train.
    static int testCount(int count) { return (count + 9) / 10; }
    static int trainCount(int count) { return count - testCount(count); }
    // The fewest values that give one train and one test window for timesteps (each split
    // needs timesteps + 2 samples): 10 (timesteps + 1) + 1.
    static int minimumCount(int timesteps) { return 10 * (timesteps + 1) + 1; }

    const std::vector<double> &x() const { return m_x; }           // sample index or time
    const std::vector<double> &values() const { return m_values; } // in the file's units
    const std::string &name() const { return m_name; }             // e.g. "data.csv (price)"
    int size() const { return int(m_values.size()); }

    // The scale of the first trainCount(size()) values, the training part (of every value when
    // there is no training part): the test part must not leak into what the model is given.
    const SeriesScale &scale() const { return m_scale; }

    // The values scaled by scale(), the first trainCount(size()) as the train series and the
    // rest as the test series, cut into windows as Dataset does. Throws
    // std::invalid_argument, naming the minimum, when the series is too short for timesteps,
    // or when the windows would exceed maxCsvWindowSamples.
    Dataset dataset(int timesteps) const;

private:
    std::vector<double> m_x;
    std::vector<double> m_values;
    std::string m_name;
    SeriesScale m_scale;
};

struct CsvReadResult {
    std::optional<CsvSeries> series;
    std::string error; // what is wrong, when series is empty
};

} // namespace lstmlab
