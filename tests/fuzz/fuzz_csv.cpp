// Fuzz target for CsvSeries::parse and CsvSeries::inspect (core/io/csvseries.h). The first four
// bytes choose the options (separator and header mode, value column, time column, timesteps), as
// the import dialog would; the rest is the file. Any file is either a series or refused with a
// message. A series read is long enough for its timesteps, finite, with increasing x, and cuts
// into a dataset scaled into [-1, 1].

#include "csvseries.h"
#include "fuzzcheck.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace lstmlab;

namespace {

// Two bits choose how, the other six which: none, a number (from 0, which is "none", up to 63,
// or -1), or one of a few names a header may hold.
CsvColumn column(std::uint8_t byte)
{
    static const char *const names[] = {"value", "time", "x", "Price", "", "column 2", "a\"b", "t"};
    switch (byte & 3) {
    case 1: return CsvColumn::byNumber(byte >> 2);
    case 2: return CsvColumn::byName(names[(byte >> 2) % 8]);
    case 3: return CsvColumn::byNumber(-1 - (byte >> 2) % 2);
    default: return {};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 4)
        return 0;
    CsvOptions options;
    static const char separators[] = {0, ',', ';', '\t'};
    options.separator = separators[data[0] & 3];
    options.header = CsvOptions::Header((data[0] >> 2) % 3);
    options.valueColumn = column(data[1]);
    options.timeColumn = column(data[2]);
    // Mostly small windows; 0 and 513 are out of range and must be refused.
    options.timesteps = data[3] == 255 ? 0 : data[3] == 254 ? 513 : 1 + data[3] % 24;
    const std::string_view text(reinterpret_cast<const char *>(data + 4), size - 4);

    const CsvLayoutResult layout = CsvSeries::inspect(text, options);
    fuzzRequire(layout.layout.has_value() == layout.error.empty(), "inspect: either a layout or an error");
    if (layout.layout)
        fuzzRequire(!layout.layout->columnNames.empty(), "a layout names at least one column");

    const CsvReadResult read = CsvSeries::parse(text, options);
    fuzzRequire(read.series.has_value() == read.error.empty(), "parse: either a series or an error");
    if (!read.series)
        return 0;
    const CsvSeries &series = *read.series;
    fuzzRequire(layout.layout.has_value(), "a file that parses has a layout");
    fuzzRequire(series.size() >= CsvSeries::minimumCount(options.timesteps), "a series is long enough");
    fuzzRequire(series.x().size() == series.values().size(), "one x per value");
    for (std::size_t k = 0; k < series.values().size(); ++k) {
        fuzzRequire(std::isfinite(series.values()[k]) && std::isfinite(series.x()[k]), "every number is finite");
        fuzzRequire(k == 0 || series.x()[k] > series.x()[k - 1], "x increases");
        const double unit = series.scale().toUnit(series.values()[k]);
        const double bound = k < std::size_t(CsvSeries::trainCount(series.size())) ? 1.0 : SeriesScale::maxUnit;
        fuzzRequire(unit >= -bound && unit <= bound, "scaling maps the training part into [-1, 1], the rest finite");
    }

    const Dataset dataset = series.dataset(options.timesteps);
    const int train = CsvSeries::trainCount(series.size());
    fuzzRequire(dataset.train().size() == train - options.timesteps - 1, "the train split has its windows");
    fuzzRequire(dataset.test().size() == series.size() - train - options.timesteps - 1,
                "the test split has its windows");
    fuzzRequire(dataset.train().windows.allFinite() && dataset.test().windows.allFinite(), "windows are finite");
    return 0;
}
