#include "csvseries.h"

#include "messagetext.h"
#include "modelconfig.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace lstmlab {

namespace {

// The first line may name this many columns; a column chooser has no use for more, and a
// line of a million separators must not become a million names.
constexpr std::size_t maxCsvColumns = 4096;
// Error messages quote at most this many characters of a cell (an escape counts 4).
constexpr std::size_t maxQuotedChars = 40;

std::string plural(long long n, const char *word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string at(int line, std::size_t column)
{
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
}

// s quoted for a message (printableText), cut after maxQuotedChars characters.
std::string quoteForMessage(std::string_view s)
{
    return printableText(s, maxQuotedChars, '\'');
}

std::string_view trim(std::string_view s)
{
    const std::size_t first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string separatorName(char separator)
{
    switch (separator) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    default: return "'" + std::string(1, separator) + "'";
    }
}

struct Line {
    int number = 0;
    std::string_view text;
};

// Lines end with \n, \r\n or a lone \r. A line longer than maxCsvLineBytes or holding a NUL
// byte stops the reader with an error.
class LineReader
{
public:
    explicit LineReader(std::string_view text) : m_text(text) {}

    bool next(Line &line, std::string &error)
    {
        if (m_pos >= m_text.size())
            return false;
        std::size_t end = m_text.find_first_of("\r\n", m_pos);
        if (end == std::string_view::npos)
            end = m_text.size();
        line.number = ++m_number;
        line.text = m_text.substr(m_pos, end - m_pos);
        m_pos = end + (m_text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        if (line.text.size() > maxCsvLineBytes) {
            error = "line " + std::to_string(line.number) + " is longer than "
                    + std::to_string(maxCsvLineBytes >> 20) + " MiB: this is not a CSV series";
            return false;
        }
        if (line.text.find('\0') != std::string_view::npos) {
            error = "line " + std::to_string(line.number) + ", column "
                    + std::to_string(1 + std::count(line.text.begin(), line.text.begin()
                                                    + line.text.find('\0'), m_separator))
                    + ": a NUL byte: this is a binary file, not CSV text";
            return false;
        }
        return true;
    }

    void setSeparator(char separator) { m_separator = separator; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_number = 0;
    char m_separator = ',';
};

struct Cell {
    std::string_view text; // trimmed; inside the quotes for a quoted cell, "" still doubled
    bool quoted = false;
};

std::string cellName(const Cell &cell)
{
    if (!cell.quoted)
        return std::string(cell.text);
    std::string out;
    for (std::size_t k = 0; k < cell.text.size(); ++k) {
        out += cell.text[k];
        if (cell.text[k] == '"')
            ++k; // "" stands for one "
    }
    return std::string(trim(out));
}

// Splits line at separator into at most limit cells, honouring RFC 4180 double quotes.
bool splitCells(const Line &line, char separator, std::size_t limit, std::vector<Cell> &cells,
                std::string &error)
{
    cells.clear();
    const std::string_view s = line.text;
    const auto skipSpaces = [&](std::size_t k) {
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t') && s[k] != separator)
            ++k;
        return k;
    };
    std::size_t pos = 0;
    while (cells.size() < limit) {
        const std::size_t start = skipSpaces(pos);
        std::size_t end;
        Cell cell;
        if (start < s.size() && s[start] == '"') {
            std::size_t q = start + 1;
            for (;;) {
                q = s.find('"', q);
                if (q == std::string_view::npos) {
                    error = at(line.number, cells.size() + 1)
                            + "the quote is not closed (a quoted cell cannot span lines)";
                    return false;
                }
                if (q + 1 < s.size() && s[q + 1] == '"') {
                    q += 2;
                    continue;
                }
                break;
            }
            cell.text = s.substr(start + 1, q - start - 1);
            cell.quoted = true;
            end = skipSpaces(q + 1);
            if (end < s.size() && s[end] != separator) {
                error = at(line.number, cells.size() + 1) + "text after the closing quote";
                return false;
            }
        } else {
            end = std::min(s.find(separator, start), s.size());
            cell.text = trim(s.substr(start, end - start));
        }
        cells.push_back(cell);
        if (end >= s.size())
            break;
        pos = end + 1;
    }
    return true;
}

bool isSkipped(std::string_view line, char separator)
{
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#')
        return true; // blank or a comment
    const char emptyCells[] = {' ', '\t', separator, '\0'};
    return line.find_first_not_of(emptyCells) == std::string_view::npos; // ",,," from a spreadsheet
}

enum class NumberStatus { Ok, Empty, NotANumber, NotFinite, OutOfRange };

NumberStatus parseNumber(const Cell &cell, char separator, double &value)
{
    std::string_view text = cell.text;
    if (cell.quoted)
        text = trim(text);
    if (text.empty())
        return NumberStatus::Empty;
    std::string decimalComma;
    // With ';' or tab between cells, 1,5 is one and a half (a spreadsheet in many locales).
    if (separator != ',' && std::count(text.begin(), text.end(), ',') == 1
        && text.find('.') == std::string_view::npos) {
        decimalComma = std::string(text);
        decimalComma[decimalComma.find(',')] = '.';
        text = decimalComma;
    }
    if (text.size() > 1 && text[0] == '+' && text[1] != '-' && text[1] != '+')
        text.remove_prefix(1);
    const char *end = text.data() + text.size();
    const std::from_chars_result r = std::from_chars(text.data(), end, value);
    if (r.ptr != end || r.ec == std::errc::invalid_argument)
        return NumberStatus::NotANumber;
    if (r.ec == std::errc::result_out_of_range)
        return NumberStatus::OutOfRange;
    return std::isfinite(value) ? NumberStatus::Ok : NumberStatus::NotFinite;
}

std::string numberError(NumberStatus status, const Cell &cell)
{
    switch (status) {
    case NumberStatus::Empty: return "empty cell";
    case NumberStatus::NotANumber: return quoteForMessage(cell.text) + " is not a number";
    case NumberStatus::NotFinite: return quoteForMessage(cell.text) + " is not a finite number";
    case NumberStatus::OutOfRange: return quoteForMessage(cell.text) + " is out of range";
    case NumberStatus::Ok: break;
    }
    return {};
}

std::string tooShort(long long count, int timesteps)
{
    return plural(count, "value") + (count == 1 ? " is" : " are") + " too few for timesteps "
           + std::to_string(timesteps) + ": at least " + std::to_string(CsvSeries::minimumCount(timesteps))
           + " are needed (the last tenth is the test series, and each of the two splits needs "
           "timesteps + 2 = " + std::to_string(timesteps + 2) + " values to make one window)";
}

// What the first line says, shared by parse() and inspect().
struct Preamble {
    CsvLayout layout;
    std::string_view body;        // the text after any byte-order mark
    int firstLine = 0;            // the first line that is not blank or a comment
    std::vector<Cell> firstCells;
    std::vector<Cell> secondCells; // of the next such line, if any
};

bool readPreamble(std::string_view text, const CsvOptions &options, Preamble &p, std::string &error)
{
    if (text.size() > maxCsvBytes) {
        error = "the file is larger than " + std::to_string(maxCsvBytes >> 20) + " MiB";
        return false;
    }
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        error = "the file is UTF-16 text: save it as UTF-8 CSV";
        return false;
    }
    if (options.separator != 0 && options.separator != ',' && options.separator != ';'
        && options.separator != '\t') {
        error = "the separator must be a comma, a semicolon or a tab";
        return false;
    }
    p.body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;

    LineReader reader(p.body);
    Line line;
    while (reader.next(line, error)) {
        const char guess = line.text.find('\t') != std::string_view::npos ? '\t'
                           : line.text.find(';') != std::string_view::npos ? ';'
                                                                            : ',';
        const char separator = options.separator ? options.separator : guess;
        if (isSkipped(line.text, separator))
            continue;
        p.layout.separator = separator;
        p.firstLine = line.number;
        if (!splitCells(line, separator, maxCsvColumns + 1, p.firstCells, error))
            return false;
        if (p.firstCells.size() > maxCsvColumns) {
            error = "line " + std::to_string(line.number) + " has more than "
                    + std::to_string(maxCsvColumns) + " columns";
            return false;
        }
        break;
    }
    if (!error.empty())
        return false;
    // The second line only helps to tell a header from data; if it is broken, parse() says so.
    std::string secondError;
    while (p.firstLine != 0 && reader.next(line, secondError)) {
        if (isSkipped(line.text, p.layout.separator))
            continue;
        if (!splitCells(line, p.layout.separator, p.firstCells.size(), p.secondCells, secondError))
            p.secondCells.clear();
        break;
    }
    if (p.firstLine == 0) {
        error = text.empty() ? "the file is empty" : "the file has no values (only blank or comment lines)";
        return false;
    }
    switch (options.header) {
    case CsvOptions::Header::Present: p.layout.hasHeader = true; break;
    case CsvOptions::Header::Absent: p.layout.hasHeader = false; break;
    case CsvOptions::Header::Detect: {
        // A header is text above numbers: some column has text in line 1 and a number below it,
        // or line 1 is all text. "2024-01-01,5.3" above "2024-01-02,5.4" is data.
        const auto kind = [&](const Cell &c) {
            double ignored;
            return parseNumber(c, p.layout.separator, ignored);
        };
        bool allText = true;
        bool textAboveNumber = false;
        for (std::size_t k = 0; k < p.firstCells.size(); ++k) {
            const NumberStatus first = kind(p.firstCells[k]);
            if (first == NumberStatus::Empty)
                continue;
            allText = allText && first == NumberStatus::NotANumber;
            if (first == NumberStatus::NotANumber && k < p.secondCells.size()) {
                const NumberStatus second = kind(p.secondCells[k]);
                textAboveNumber = textAboveNumber || (second != NumberStatus::NotANumber && second != NumberStatus::Empty);
            }
        }
        p.layout.hasHeader = textAboveNumber || allText;
        break;
    }
    }
    for (std::size_t k = 0; k < p.firstCells.size(); ++k)
        p.layout.columnNames.push_back(p.layout.hasHeader ? cellName(p.firstCells[k])
                                                          : "column " + std::to_string(k + 1));
    return true;
}

std::string listNames(const std::vector<std::string> &names)
{
    std::string out;
    for (std::size_t k = 0; k < names.size() && k < 8; ++k)
        out += (k ? ", " : "") + quoteForMessage(names[k]);
    if (names.size() > 8)
        out += ", ...";
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

// The 0-based index of a chosen column, or -1 with error set.
int resolveColumn(const CsvColumn &column, const char *role, const Preamble &p, std::string &error)
{
    const std::vector<std::string> &names = p.layout.columnNames;
    if (!column.name.empty()) {
        if (!p.layout.hasHeader) {
            error = "the file has no header row, so no column is named " + quoteForMessage(column.name)
                    + ": choose the " + role + " column by number";
            return -1;
        }
        for (std::size_t k = 0; k < names.size(); ++k)
            if (names[k] == column.name)
                return int(k);
        for (std::size_t k = 0; k < names.size(); ++k)
            if (equalsIgnoringCase(names[k], column.name))
                return int(k);
        error = "no column is named " + quoteForMessage(column.name) + " (the header has " + listNames(names) + ")";
        return -1;
    }
    if (column.number < 1) {
        error = std::string("the ") + role + " column number must be 1 or more (got "
                + std::to_string(column.number) + ")";
        return -1;
    }
    if (std::size_t(column.number) > names.size()) {
        error = "there is no column " + std::to_string(column.number) + ": line "
                + std::to_string(p.firstLine) + " has " + plural(long(names.size()), "column");
        return -1;
    }
    return column.number - 1;
}

} // namespace

double SeriesScale::toUnit(double value) const
{
    // Halves first, so that max - min cannot overflow.
    const double halfRange = max / 2 - min / 2;
    const double scaled = halfRange > 0.0 ? (value / 2 - min / 2) / halfRange * 2.0 - 1.0
                                          : 2.0 * (value / 2 - min / 2);
    // Only far outside the training range (or as infinity from an overflow) does the cap bite.
    return std::clamp(scaled, -maxUnit, maxUnit);
}

double SeriesScale::fromUnit(double scaled) const
{
    if (!(max / 2 - min / 2 > 0.0))
        return min + scaled;
    return std::lerp(min, max, (scaled + 1.0) / 2.0);
}

CsvSeries::CsvSeries(std::vector<double> x, std::vector<double> values, std::string name)
    : m_x(std::move(x)), m_values(std::move(values)), m_name(std::move(name))
{
    if (m_x.size() != m_values.size())
        throw std::invalid_argument("a series needs one x per value");
    if (m_values.size() > maxCsvValues)
        throw std::invalid_argument("a series may have at most " + std::to_string(maxCsvValues) + " values");
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        if (!std::isfinite(m_values[k]) || !std::isfinite(m_x[k]))
            throw std::invalid_argument("value " + std::to_string(k + 1) + " of the series is not finite");
        if (k > 0 && !(m_x[k] > m_x[k - 1]))
            throw std::invalid_argument("x must increase (value " + std::to_string(k + 1) + ")");
    }
    // The scale of the training part only: min and max over the test part too would hand the
    // model the test range's extremes (test-set leakage).
    const int scaled = trainCount(size()) > 0 ? trainCount(size()) : size();
    if (scaled > 0) {
        const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.begin() + scaled);
        m_scale = {*lo, *hi};
    }
}

CsvLayoutResult CsvSeries::inspect(std::string_view text, const CsvOptions &options)
{
    CsvLayoutResult result;
    Preamble p;
    if (readPreamble(text, options, p, result.error))
        result.layout = std::move(p.layout);
    return result;
}

CsvReadResult CsvSeries::parse(std::string_view text, const CsvOptions &options)
{
    CsvReadResult result;
    std::string &error = result.error;
    const int timesteps = options.timesteps;
    if (timesteps < ModelConfig::timestepsRange.min || timesteps > ModelConfig::timestepsRange.max) {
        error = "timesteps must be in 1.." + std::to_string(int(ModelConfig::timestepsRange.max))
                + " (got " + std::to_string(timesteps) + ")";
        return result;
    }
    Preamble p;
    if (!readPreamble(text, options, p, error))
        return result;
    const char separator = p.layout.separator;
    const std::size_t columnCount = p.layout.columnNames.size();

    int valueIndex = 0;
    if (options.valueColumn.chosen()) {
        valueIndex = resolveColumn(options.valueColumn, "value", p, error);
        if (valueIndex < 0)
            return result;
    } else if (columnCount > 1) {
        error = "the file has " + std::to_string(columnCount) + " columns (" + listNames(p.layout.columnNames)
                + ", separated by " + separatorName(separator) + "): choose the one that holds the values";
        return result;
    }
    int timeIndex = -1;
    if (options.timeColumn.chosen()) {
        timeIndex = resolveColumn(options.timeColumn, "time", p, error);
        if (timeIndex < 0)
            return result;
        if (timeIndex == valueIndex) {
            error = "the time column and the value column are the same column";
            return result;
        }
    }

    // Reserve for the lines there are, never more than the cap: no allocation trusts the file.
    const std::size_t lineEstimate = std::size_t(std::count(p.body.begin(), p.body.end(), '\n')) + 1;
    std::vector<double> values;
    std::vector<double> xs;
    values.reserve(std::min(lineEstimate, maxCsvValues));
    xs.reserve(values.capacity());

    // The chosen cells of a line, checked from left to right so the first bad one is named.
    std::vector<int> chosen{valueIndex};
    if (timeIndex >= 0)
        chosen.insert(timeIndex < valueIndex ? chosen.begin() : chosen.end(), timeIndex);
    int previousTimeLine = 0;

    LineReader reader(p.body);
    reader.setSeparator(separator);
    Line line;
    std::vector<Cell> cells;
    while (reader.next(line, error)) {
        if (line.number < p.firstLine || (line.number == p.firstLine && p.layout.hasHeader))
            continue;
        if (isSkipped(line.text, separator))
            continue;
        if (!splitCells(line, separator, std::size_t(chosen.back()) + 1, cells, error))
            return result;
        double value = 0.0;
        double time = 0.0;
        for (int index : chosen) {
            if (std::size_t(index) >= cells.size()) {
                error = at(line.number, std::size_t(index) + 1) + "missing (the line has only "
                        + plural(long(cells.size()), "column") + ")";
                return result;
            }
            double &target = index == valueIndex ? value : time;
            const NumberStatus status = parseNumber(cells[std::size_t(index)], separator, target);
            if (status != NumberStatus::Ok) {
                error = at(line.number, std::size_t(index) + 1) + numberError(status, cells[std::size_t(index)]);
                return result;
            }
            if (index == timeIndex && !xs.empty() && !(time > xs.back())) {
                error = at(line.number, std::size_t(index) + 1) + "time " + quoteForMessage(cells[std::size_t(index)].text)
                        + " does not come after the time on line " + std::to_string(previousTimeLine);
                return result;
            }
        }
        if (values.size() == maxCsvValues) {
            error = "line " + std::to_string(line.number) + ": more than " + std::to_string(maxCsvValues)
                    + " values; use a shorter series";
            return result;
        }
        xs.push_back(timeIndex >= 0 ? time : double(values.size()));
        values.push_back(value);
        previousTimeLine = line.number;
    }
    if (!error.empty())
        return result;
    if (values.empty()) {
        error = "the file has no values after its header";
        return result;
    }
    if (values.size() < std::size_t(minimumCount(timesteps))) {
        error = tooShort((long long)values.size(), timesteps);
        return result;
    }
    result.series.emplace(std::move(xs), std::move(values), p.layout.columnNames[std::size_t(valueIndex)]);
    return result;
}

std::optional<std::string> CsvSeries::readFile(const std::string &path, std::string *error)
{
    const auto fail = [&](std::string message) -> std::optional<std::string> {
        if (error)
            *error = path + ": " + std::move(message);
        return std::nullopt;
    };
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(path, ec);
    if (ec)
        return fail(ec.message());
    if (!std::filesystem::is_regular_file(status))
        return fail("not a file");
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec)
        return fail(ec.message());
    if (size > maxCsvBytes)
        return fail("the file is larger than " + std::to_string(maxCsvBytes >> 20) + " MiB");
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file)
        return fail(std::strerror(errno));
    std::string contents;
    contents.reserve(std::size_t(size));
    char buffer[65536];
    std::size_t n = 0;
    // The file may grow while it is read: keep to the cap regardless of what stat said.
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        if (contents.size() + n > maxCsvBytes) {
            std::fclose(file);
            return fail("the file is larger than " + std::to_string(maxCsvBytes >> 20) + " MiB");
        }
        contents.append(buffer, n);
    }
    const bool failed = std::ferror(file);
    std::fclose(file);
    if (failed)
        return fail("cannot read the file");
    return contents;
}

CsvReadResult CsvSeries::load(const std::string &path, const CsvOptions &options)
{
    CsvReadResult result;
    const std::optional<std::string> text = readFile(path, &result.error);
    if (!text)
        return result;
    result = parse(*text, options);
    const std::string fileName = std::filesystem::path(path).filename().string();
    if (result.series)
        result.series->m_name = fileName + " (" + result.series->m_name + ")";
    else
        result.error = path + ": " + result.error;
    return result;
}

Dataset CsvSeries::dataset(int timesteps) const
{
    const int count = size();
    if (timesteps < 1)
        throw std::invalid_argument("timesteps must be 1 or more");
    if (count < minimumCount(timesteps))
        throw std::invalid_argument(tooShort(count, timesteps));
    const int train = trainCount(count);
    const long long windows = (long long)count - 2LL * (timesteps + 1);
    if ((long long)timesteps * windows > maxCsvWindowSamples)
        throw std::invalid_argument(std::to_string(count) + " values with timesteps " + std::to_string(timesteps)
                                    + " make more window samples than fit in memory ("
                                    + std::to_string(maxCsvWindowSamples / 1000000)
                                    + " million): use fewer values or fewer timesteps");
    std::vector<float> scaled(m_values.size());
    for (std::size_t k = 0; k < m_values.size(); ++k)
        scaled[k] = float(m_scale.toUnit(m_values[k]));
    const auto middle = std::size_t(train);
    return Dataset(std::vector<double>(m_x.begin(), m_x.begin() + long(middle)),
                   std::vector<float>(scaled.begin(), scaled.begin() + long(middle)),
                   std::vector<double>(m_x.begin() + long(middle), m_x.end()),
                   std::vector<float>(scaled.begin() + long(middle), scaled.end()), timesteps, m_name);
}

} // namespace lstmlab
