// CsvSeries: good files of every accepted shape load the right values; bad files are refused
// with the first bad line and column named; no bytes crash the reader; a loaded series becomes
// a scaled, split Dataset that trains.

#include "csvseries.h"
#include "trainer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace lstmlab;

namespace {

// The k-th value of the generated files: exact in binary and in decimal.
double valueAt(int k)
{
    return k * 0.25 - 5.0;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 17);
}

// count data lines, made by row(k), after an optional header, joined by lineEnd.
QByteArray makeFile(const QByteArray &header, int count, const std::function<QByteArray(int)> &row,
                    const QByteArray &lineEnd = "\n")
{
    QByteArray text;
    if (!header.isEmpty())
        text += header + lineEnd;
    for (int k = 0; k < count; ++k)
        text += row(k) + lineEnd;
    return text;
}

QByteArray oneColumn(int count, const QByteArray &header = {}, const QByteArray &lineEnd = "\n")
{
    return makeFile(header, count, [](int k) { return number(valueAt(k)); }, lineEnd);
}

CsvColumn column(const QString &spec)
{
    if (spec.startsWith(QLatin1Char('#')))
        return CsvColumn::byNumber(spec.mid(1).toInt());
    return spec.isEmpty() ? CsvColumn() : CsvColumn::byName(spec.toStdString());
}

CsvOptions options(const QString &valueColumn, const QString &timeColumn = {}, int timesteps = 20)
{
    CsvOptions o;
    o.valueColumn = column(valueColumn);
    o.timeColumn = column(timeColumn);
    o.timesteps = timesteps;
    return o;
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

class TestCsvSeries : public QObject
{
    Q_OBJECT

private slots:
    void goodFilesLoad_data();
    void goodFilesLoad();
    void badFilesNameTheFirstBadLine_data();
    void badFilesNameTheFirstBadLine();
    void sizesAreCappedBeforeAllocating();
    void anyBytesGiveASeriesOrAMessage();
    void everyPrefixOfAGoodFileIsHandled();
    void inspectDescribesTheColumns_data();
    void inspectDescribesTheColumns();
    void loadsFromAFile();
    void loadRefusesWhatIsNotAReadableFile();
    void datasetIsScaledAndSplit_data();
    void datasetIsScaledAndSplit();
    void minimumCountIsExact_data();
    void minimumCountIsExact();
    void scaleRoundTrips_data();
    void scaleRoundTrips();
    void scaleComesFromTheTrainingPart();
    void datasetRefusesTooManyWindowSamples();
    void constructorChecksItsValues();
    void csvDatasetTrains();
};

void TestCsvSeries::goodFilesLoad_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("valueColumn");
    QTest::addColumn<QString>("timeColumn");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("x1");    // x of the second value
    QTest::addColumn<QString>("name");

    const int n = 300;
    const auto pair = [](char sep) {
        return [sep](int k) { return number(k * 0.5) + sep + number(valueAt(k)); };
    };
    QTest::newRow("one column") << oneColumn(n) << "" << "" << n << 1.0 << "column 1";
    QTest::newRow("one column with a header") << oneColumn(n, "price") << "" << "" << n << 1.0 << "price";
    QTest::newRow("chosen by name") << makeFile("time,price,volume", n, [](int k) {
        return number(k * 0.5) + "," + number(valueAt(k)) + ",17";
    }) << "price" << "" << n << 1.0 << "price";
    QTest::newRow("chosen by name, any case") << makeFile("Time,Price", n, pair(','))
                                               << "price" << "" << n << 1.0 << "Price";
    QTest::newRow("chosen by number") << makeFile("", n, [](int k) {
        return "7," + number(k) + "," + number(valueAt(k));
    }) << "#3" << "" << n << 1.0 << "column 3";
    QTest::newRow("time column gives x") << makeFile("t,v", n, pair(',')) << "v" << "t" << n << 0.5 << "v";
    QTest::newRow("semicolons") << makeFile("t;v", n, pair(';')) << "#2" << "" << n << 1.0 << "v";
    QTest::newRow("tabs") << makeFile("t\tv", n, pair('\t')) << "v" << "#1" << n << 0.5 << "v";
    QTest::newRow("CRLF line ends") << oneColumn(n, "v", "\r\n") << "" << "" << n << 1.0 << "v";
    QTest::newRow("old Mac CR line ends") << oneColumn(n, "v", "\r") << "" << "" << n << 1.0 << "v";
    QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF") + oneColumn(n, "price")
                                            << "price" << "" << n << 1.0 << "price";
    QTest::newRow("blank lines, comments and empty rows")
        << QByteArray("# exported by numpy\n\n") + makeFile("a,b", n, [](int k) {
               return (k % 7 == 0 ? QByteArray("\n  \n,,\n") : QByteArray()) + "1," + number(valueAt(k));
           }) + "\n\n"
        << "b" << "" << n << 1.0 << "b";
    QTest::newRow("quoted header and cells") << makeFile("\"Date\",\"Price, USD\"", n, [](int k) {
        return "\"2024-01-" + QByteArray::number(k) + "\",\"" + number(valueAt(k)) + "\"";
    }) << "Price, USD" << "" << n << 1.0 << "Price, USD";
    QTest::newRow("doubled quotes in a header") << makeFile("\"the \"\"value\"\"\"", n, [](int k) {
        return number(valueAt(k));
    }) << "the \"value\"" << "" << n << 1.0 << "the \"value\"";
    QTest::newRow("decimal commas between semicolons") << makeFile("t;v", n, [](int k) {
        return QByteArray::number(k) + ";" + number(valueAt(k)).replace('.', ',');
    }) << "v" << "" << n << 1.0 << "v";
    QTest::newRow("spaces, plus signs, exponents") << makeFile(" a , b ", n, [](int k) {
        return "  1 , " + (valueAt(k) >= 0 ? QByteArray("+") : QByteArray()) + QByteArray::number(valueAt(k) * 100, 'f', 0)
               + "e-2  ";
    }) << "b" << "" << n << 1.0 << "b";
    QTest::newRow("no newline at the end") << oneColumn(n).chopped(1) << "" << "" << n << 1.0 << "column 1";
    QTest::newRow("Chinese header") << makeFile("时间,温度", n, pair(',')) << "温度" << "时间" << n << 0.5 << "温度";
    QTest::newRow("dates and values without a header") << makeFile("", n, [](int k) {
        return "2024-01-" + QByteArray::number(k) + "," + number(valueAt(k));
    }) << "#2" << "" << n << 1.0 << "column 2";
    QTest::newRow("extra cells are ignored") << makeFile("", n, [](int k) {
        return number(valueAt(k)) + (k % 2 ? ",abc,,\"x" : "");
    }) << "#1" << "" << n << 1.0 << "column 1";
}

void TestCsvSeries::goodFilesLoad()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, valueColumn);
    QFETCH(QString, timeColumn);
    QFETCH(int, count);
    QFETCH(double, x1);
    QFETCH(QString, name);
    const CsvReadResult result = CsvSeries::parse(view(text), options(valueColumn, timeColumn));
    QVERIFY2(result.series, result.error.c_str());
    QVERIFY(result.error.empty());
    const CsvSeries &series = *result.series;
    QCOMPARE(series.size(), count);
    for (int k = 0; k < count; ++k)
        QCOMPARE(series.values()[std::size_t(k)], valueAt(k));
    QCOMPARE(series.x()[0], 0.0);
    QCOMPARE(series.x()[1], x1);
    QCOMPARE(QString::fromStdString(series.name()), name);
    // The values rise: the training part's first and last are its extremes.
    QCOMPARE(series.scale().min, valueAt(0));
    QCOMPARE(series.scale().max, valueAt(CsvSeries::trainCount(count) - 1));
}

void TestCsvSeries::badFilesNameTheFirstBadLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("valueColumn");
    QTest::addColumn<QString>("timeColumn");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<QString>("message"); // the whole message

    const int n = 300;
    // Line numbers count from 1 and include the header: data row k is on line k + 2.
    const auto twoColumns = [](int badRow, const QByteArray &badCell) {
        return makeFile("t,v", 300, [=](int k) { return number(k) + "," + (k == badRow ? badCell : number(valueAt(k))); });
    };
    QTest::newRow("text in a number column") << twoColumns(15, "abc") << "v" << "" << 20
                                             << "line 17, column 2: 'abc' is not a number";
    QTest::newRow("empty cell") << twoColumns(3, "") << "v" << "" << 20 << "line 5, column 2: empty cell";
    QTest::newRow("blank quoted cell") << twoColumns(3, "\" \"") << "v" << "" << 20 << "line 5, column 2: empty cell";
    QTest::newRow("NaN") << twoColumns(7, "NaN") << "v" << "" << 20 << "line 9, column 2: 'NaN' is not a finite number";
    QTest::newRow("nan in a one-column file") << QByteArray("1\n2\nnan\n") + oneColumn(n) << "" << "" << 20
                                              << "line 3, column 1: 'nan' is not a finite number";
    QTest::newRow("infinity") << twoColumns(0, "-inf") << "v" << "" << 20 << "line 2, column 2: '-inf' is not a finite number";
    QTest::newRow("too large for a double") << twoColumns(40, "1e999") << "v" << "" << 20
                                            << "line 42, column 2: '1e999' is out of range";
    QTest::newRow("hexadecimal") << twoColumns(1, "0x10") << "v" << "" << 20 << "line 3, column 2: '0x10' is not a number";
    QTest::newRow("thousands separator") << twoColumns(2, "\"1,234\"") << "v" << "" << 20
                                         << "line 4, column 2: '1,234' is not a number";
    QTest::newRow("missing cell") << twoColumns(9, "").replace("9,\n", "9\n") << "v" << "" << 20
                                  << "line 11, column 2: missing (the line has only 1 column)";
    QTest::newRow("first bad line wins") << twoColumns(20, "x").replace("\n5,", "\n5y,") << "v" << "t" << 20
                                         << "line 7, column 1: '5y' is not a number";
    QTest::newRow("leftmost bad cell of a line") << twoColumns(4, "b").replace("\n4,", "\na,") << "v" << "t" << 20
                                                 << "line 6, column 1: 'a' is not a number";
    QTest::newRow("time going backwards") << twoColumns(-1, "").replace("\n6,", "\n4.5,") << "v" << "t" << 20
                                          << "line 8, column 1: time '4.5' does not come after the time on line 7";
    QTest::newRow("unclosed quote") << twoColumns(2, "\"3") << "v" << "" << 20
                                    << "line 4, column 2: the quote is not closed (a quoted cell cannot span lines)";
    QTest::newRow("text after a closing quote") << twoColumns(2, "\"3\"4") << "v" << "" << 20
                                                << "line 4, column 2: text after the closing quote";
    QTest::newRow("too few values") << oneColumn(100) << "" << "" << 20
                                    << "100 values are too few for timesteps 20: at least 211 are needed (the last "
                                       "tenth is the test series, and each of the two splits needs timesteps + 2 = 22 "
                                       "values to make one window)";
    QTest::newRow("too few for timesteps 50") << oneColumn(n) << "" << "" << 50
                                              << "300 values are too few for timesteps 50: at least 511 are needed (the "
                                                 "last tenth is the test series, and each of the two splits needs "
                                                 "timesteps + 2 = 52 values to make one window)";
    QTest::newRow("one value") << QByteArray("42\n") << "" << "" << 1
                               << "1 value is too few for timesteps 1: at least 21 are needed (the last tenth is the "
                                  "test series, and each of the two splits needs timesteps + 2 = 3 values to make one window)";
    QTest::newRow("binary: an ELF header") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00", 11) + oneColumn(n)
                                           << "" << "" << 20 << "line 1, column 1: a NUL byte: this is a binary file, not CSV text";
    QTest::newRow("binary: a PNG header") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << "" << "" << 20
                                          << "line 2, column 1: '\\x1a' is not a number";
    QTest::newRow("binary: invalid UTF-8 is quoted safely")
        << QByteArray("v\n1\n2\n\xff\xfe\xc3(\xe4\xb8\xad\n") << "" << "" << 20
        << "line 4, column 1: '\\xff\\xfe\\xc3(\xe4\xb8\xad' is not a number";
    QTest::newRow("a backslash is shown as one") << QByteArray("1\n\\x41\n") << "" << "" << 20
                                                 << "line 2, column 1: '\\\\x41' is not a number";
    QTest::newRow("UTF-16 text") << QByteArray("\xff\xfe" "1\x00\n\x00", 6) << "" << "" << 20
                                 << "the file is UTF-16 text: save it as UTF-8 CSV";
    QTest::newRow("huge line") << oneColumn(5) + QByteArray(2 << 20, '7') + "\n" + oneColumn(n) << "" << "" << 20
                               << "line 6 is longer than 1 MiB: this is not a CSV series";
    QTest::newRow("long cells are cut in the message") << twoColumns(0, QByteArray(100, 'z')) << "v" << "" << 20
                                                       << "line 2, column 2: '" + QString(40, 'z') + "...' is not a number";
    QTest::newRow("empty file") << QByteArray() << "" << "" << 20 << "the file is empty";
    QTest::newRow("only blank lines and comments") << QByteArray("\n  \r\n# nothing\n") << "" << "" << 20
                                                   << "the file has no values (only blank or comment lines)";
    QTest::newRow("only a header") << QByteArray("price\n") << "" << "" << 20 << "the file has no values after its header";
    QTest::newRow("a header, then text") << QByteArray("price\nabc\n1\n") << "" << "" << 20
                                         << "line 2, column 1: 'abc' is not a number";
    QTest::newRow("several columns, none chosen") << makeFile("a,b,c", n, [](int) { return "1,2,3"; }) << "" << "" << 20
                                                  << "the file has 3 columns ('a', 'b', 'c', separated by comma): "
                                                     "choose the one that holds the values";
    QTest::newRow("unknown column name") << makeFile("a;b", n, [](int) { return "1;2"; }) << "price" << "" << 20
                                         << "no column is named 'price' (the header has 'a', 'b')";
    QTest::newRow("column number too large") << makeFile("", n, [](int) { return "1,2"; }) << "#4" << "" << 20
                                             << "there is no column 4: line 1 has 2 columns";
    QTest::newRow("column number below 1") << oneColumn(n) << "#-1" << "" << 20
                                           << "the value column number must be 1 or more (got -1)";
    QTest::newRow("a name without a header") << makeFile("", n, [](int) { return "1,2"; }) << "v" << "" << 20
                                             << "the file has no header row, so no column is named 'v': choose the "
                                                "value column by number";
    QTest::newRow("time and value the same column") << makeFile("t,v", n, [](int) { return "1,2"; }) << "v" << "#2"
                                                    << 20 << "the time column and the value column are the same column";
    QTest::newRow("timesteps out of range") << oneColumn(n) << "" << "" << 0 << "timesteps must be in 1..512 (got 0)";
}

void TestCsvSeries::badFilesNameTheFirstBadLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, valueColumn);
    QFETCH(QString, timeColumn);
    QFETCH(int, timesteps);
    QFETCH(QString, message);
    const CsvReadResult result = CsvSeries::parse(view(text), options(valueColumn, timeColumn, timesteps));
    QVERIFY(!result.series);
    QCOMPARE(QString::fromStdString(result.error), message);
}

void TestCsvSeries::sizesAreCappedBeforeAllocating()
{
    // One value too many: refused at the line that brings it.
    QByteArray many;
    many.reserve(int(2 * maxCsvValues + 2));
    for (std::size_t k = 0; k <= maxCsvValues; ++k)
        many += "1\n";
    CsvReadResult result = CsvSeries::parse(view(many));
    QVERIFY(!result.series);
    QCOMPARE(result.error, "line " + std::to_string(maxCsvValues + 1) + ": more than "
                               + std::to_string(maxCsvValues) + " values; use a shorter series");
    many.chop(2);
    result = CsvSeries::parse(view(many));
    QVERIFY2(result.series, result.error.c_str());
    QCOMPARE(std::size_t(result.series->size()), maxCsvValues);

    // A text past the byte cap is refused before it is read line by line.
    const std::string huge(maxCsvBytes + 1, '1');
    result = CsvSeries::parse(huge);
    QCOMPARE(result.error, std::string("the file is larger than 64 MiB"));
    QVERIFY(!CsvSeries::inspect(huge).layout);

    // A first line of a million separators does not become a million column names.
    std::string wide;
    for (int k = 0; k < 5000; ++k)
        wide += "1,";
    QCOMPARE(CsvSeries::inspect(wide).error, std::string("line 1 has more than 4096 columns"));
}

// Random bytes, random CSV-ish characters, and good files with a few bytes changed: never a
// crash, always either a series or a message.
void TestCsvSeries::anyBytesGiveASeriesOrAMessage()
{
    std::mt19937 rng(20240601);
    const std::string alphabet = "0123456789.,;\t\n\r\"#-+eEnaif x\xEF\xBB\xBF\xFF\xFE";
    const QByteArray goodBytes = makeFile("t;v", 250, [](int k) { return number(k) + ";" + number(valueAt(k)); });
    const std::string good(goodBytes.constData(), std::size_t(goodBytes.size()));
    std::uniform_int_distribution<int> length(0, 3000);
    std::uniform_int_distribution<int> pick(0, int(alphabet.size()) - 1);
    std::uniform_int_distribution<int> anyByte(0, 255);
    std::uniform_int_distribution<int> mode(0, 4);
    std::uniform_int_distribution<int> edits(1, 4);
    int loaded = 0;
    for (int trial = 0; trial < 3000; ++trial) {
        const int m = mode(rng);
        std::string bytes;
        if (m < 4) {
            bytes.assign(std::size_t(length(rng)), '\0');
            for (char &c : bytes)
                c = char(m == 0 ? anyByte(rng) : alphabet[std::size_t(pick(rng))]);
        } else {
            bytes = good;
            for (int e = edits(rng); e > 0; --e) {
                std::uniform_int_distribution<std::size_t> at(0, bytes.size());
                const std::size_t p = at(rng);
                const char c = char(trial % 2 ? anyByte(rng) : alphabet[std::size_t(pick(rng))]);
                switch (e % 3) {
                case 0: bytes.insert(p, 1, c); break;
                case 1: if (p < bytes.size()) bytes[p] = c; break;
                default: bytes.erase(p, std::size_t(anyByte(rng))); break;
                }
            }
        }
        for (int timesteps : {1, 20}) {
            CsvOptions o;
            o.timesteps = timesteps;
            if (m >= 3)
                o.valueColumn = CsvColumn::byNumber(2);
            const CsvReadResult result = CsvSeries::parse(bytes, o);
            QVERIFY(bool(result.series) != !result.error.empty());
            QVERIFY2(QString::fromStdString(result.error).size() < 600, result.error.c_str());
            if (result.series) {
                ++loaded;
                QVERIFY(result.series->size() >= CsvSeries::minimumCount(timesteps));
                const Dataset data = result.series->dataset(timesteps);
                QVERIFY(data.train().size() >= 1 && data.test().size() >= 1);
            }
            const CsvLayoutResult layout = CsvSeries::inspect(bytes, o);
            QVERIFY(bool(layout.layout) != !layout.error.empty());
        }
    }
    qInfo("3000 random inputs, each read with timesteps 1 and 20: %d series loaded, the rest refused", loaded);
    QVERIFY(loaded > 0); // the edited good files reach the end of the reader
}

void TestCsvSeries::everyPrefixOfAGoodFileIsHandled()
{
    const QByteArray text = "\xEF\xBB\xBF\"t\";v\r\n" + makeFile("", 40, [](int k) {
        return QByteArray::number(k) + ";\"" + number(valueAt(k)).replace('.', ',') + "\"";
    }, "\r\n");
    for (int cut = 0; cut <= text.size(); ++cut) {
        const CsvReadResult result = CsvSeries::parse(view(text.left(cut)), options("v", "t", 1));
        QVERIFY(bool(result.series) != !result.error.empty());
        if (cut == text.size()) {
            QVERIFY2(result.series, result.error.c_str());
            QCOMPARE(result.series->size(), 40);
        }
    }
}

void TestCsvSeries::inspectDescribesTheColumns_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("header, commas") << QByteArray("\xEF\xBB\xBF# hi\n\ndate,open,close\n1,2,3\n") << "," << true
                                    << QStringList{"date", "open", "close"};
    QTest::newRow("no header, semicolons") << QByteArray("1;2\n3;4\n") << ";" << false
                                           << QStringList{"column 1", "column 2"};
    QTest::newRow("tabs beat commas") << QByteArray("a,b\tc\n") << "\t" << true << QStringList{"a,b", "c"};
    QTest::newRow("a single value column") << QByteArray("0.5\r\n") << "," << false << QStringList{"column 1"};
    QTest::newRow("NaN on line 1 is data, not a header") << QByteArray("nan\n") << "," << false
                                                          << QStringList{"column 1"};
    QTest::newRow("dates above dates are data") << QByteArray("2024-01-01,5.3\n2024-01-02,5.4\n") << "," << false
                                                << QStringList{"column 1", "column 2"};
    QTest::newRow("text above a number is a header") << QByteArray("date,price\n2024-01-02,5.4\n") << "," << true
                                                     << QStringList{"date", "price"};
    QTest::newRow("a number-like name beside a text one") << QByteArray("year,2019\n1,5.4\n") << "," << true
                                                              << QStringList{"year", "2019"};
    QTest::newRow("all text above text is a header") << QByteArray("name\nabc\n") << "," << true
                                                     << QStringList{"name"};
}

void TestCsvSeries::inspectDescribesTheColumns()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, separator);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, names);
    const CsvLayoutResult result = CsvSeries::inspect(view(text));
    QVERIFY2(result.layout, result.error.c_str());
    QCOMPARE(QString(QChar(result.layout->separator)), separator);
    QCOMPARE(result.layout->hasHeader, hasHeader);
    QStringList got;
    for (const std::string &name : result.layout->columnNames)
        got << QString::fromStdString(name);
    QCOMPARE(got, names);

    // Forcing the header setting overrides the guess.
    CsvOptions forced;
    forced.header = hasHeader ? CsvOptions::Header::Absent : CsvOptions::Header::Present;
    QCOMPARE(CsvSeries::inspect(view(text), forced).layout->hasHeader, !hasHeader);
}

void TestCsvSeries::loadsFromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("temperatures.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeFile("day,celsius", 250, [](int k) { return number(k) + "," + number(valueAt(k)); }));
    file.close();
    CsvReadResult result = CsvSeries::load(path.toStdString(), options("celsius"));
    QVERIFY2(result.series, result.error.c_str());
    QCOMPARE(result.series->name(), std::string("temperatures.csv (celsius)"));
    QCOMPARE(result.series->size(), 250);
    QCOMPARE(result.series->dataset(20).signalName(), std::string("temperatures.csv (celsius)"));

    result = CsvSeries::load(path.toStdString(), options("kelvin"));
    QVERIFY(!result.series);
    QCOMPARE(QString::fromStdString(result.error),
             path + ": no column is named 'kelvin' (the header has 'day', 'celsius')");
}

void TestCsvSeries::loadRefusesWhatIsNotAReadableFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CsvReadResult result = CsvSeries::load(dir.filePath(QStringLiteral("absent.csv")).toStdString());
    QVERIFY(!result.series);
    QVERIFY2(result.error.find("absent.csv: ") == 0 || result.error.find("/absent.csv: ") != std::string::npos,
             result.error.c_str());
    QVERIFY2(QString::fromStdString(result.error).contains(QStringLiteral("No such file")), result.error.c_str());

    result = CsvSeries::load(dir.path().toStdString());
    QCOMPARE(result.error, dir.path().toStdString() + ": not a file");

    // A sparse file past the cap: refused from its size, before a byte is read.
    const QString bigPath = dir.filePath(QStringLiteral("big.csv"));
    QFile big(bigPath);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(maxCsvBytes) + 1));
    big.close();
    result = CsvSeries::load(bigPath.toStdString());
    QCOMPARE(result.error, bigPath.toStdString() + ": the file is larger than 64 MiB");
}

void TestCsvSeries::datasetIsScaledAndSplit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("trainCount");
    QTest::addColumn<int>("testCount");
    QTest::newRow("1000 values, timesteps 20") << 1000 << 20 << 900 << 100;
    QTest::newRow("1001 values: the test tenth rounds up") << 1001 << 20 << 900 << 101;
    QTest::newRow("the minimum for timesteps 5") << 61 << 5 << 54 << 7;
}

void TestCsvSeries::datasetIsScaledAndSplit()
{
    QFETCH(int, count);
    QFETCH(int, timesteps);
    QFETCH(int, trainCount);
    QFETCH(int, testCount);
    // Temperatures between 12 and 28 degrees.
    std::vector<double> x, values;
    for (int k = 0; k < count; ++k) {
        x.push_back(k);
        values.push_back(20.0 + 8.0 * std::sin(k * 0.05));
    }
    const CsvSeries series(x, values, "temperature");
    QCOMPARE(CsvSeries::trainCount(count), trainCount);
    QCOMPARE(CsvSeries::testCount(count), testCount);
    const Dataset data = series.dataset(timesteps);
    QCOMPARE(int(data.train().series.size()), trainCount);
    QCOMPARE(int(data.test().series.size()), testCount);
    QCOMPARE(data.train().size(), trainCount - timesteps - 1);
    QCOMPARE(data.test().size(), testCount - timesteps - 1);
    QCOMPARE(data.timesteps(), timesteps);
    QCOMPARE(data.test().x.front(), double(trainCount)); // x continues across the split

    const SeriesScale &scale = series.scale();
    float lo = 1, hi = -1;
    for (int k = 0; k < count; ++k) {
        const float scaled = k < trainCount ? data.train().series[std::size_t(k)]
                                            : data.test().series[std::size_t(k - trainCount)];
        QVERIFY(std::abs(scaled - (2.0 * (values[std::size_t(k)] - scale.min) / (scale.max - scale.min) - 1.0)) < 1e-6);
        // Back in degrees, to float precision of the scaled value.
        QVERIFY(std::abs(scale.fromUnit(scaled) - values[std::size_t(k)]) < 1e-5);
        lo = std::min(lo, scaled);
        hi = std::max(hi, scaled);
    }
    QCOMPARE(lo, -1.0f);
    QCOMPARE(hi, 1.0f);
    // Windows and labels are cut as for the seed.
    QCOMPARE(data.train().windows(timesteps - 1, 0), data.train().series[std::size_t(timesteps - 1)]);
    QCOMPARE(data.test().labels(0, 0), data.test().series[std::size_t(timesteps)]);
}

void TestCsvSeries::minimumCountIsExact_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::newRow("timesteps 1") << 1;
    QTest::newRow("timesteps 20") << 20;
    QTest::newRow("timesteps 200") << 200;
}

void TestCsvSeries::minimumCountIsExact()
{
    QFETCH(int, timesteps);
    const int minimum = CsvSeries::minimumCount(timesteps);
    CsvReadResult result = CsvSeries::parse(view(oneColumn(minimum)), options({}, {}, timesteps));
    QVERIFY2(result.series, result.error.c_str());
    const Dataset data = result.series->dataset(timesteps);
    QCOMPARE(data.test().size(), 1);
    QVERIFY(data.train().size() >= 1);

    result = CsvSeries::parse(view(oneColumn(minimum - 1)), options({}, {}, timesteps));
    QVERIFY(!result.series);
    QVERIFY2(result.error.find("at least " + std::to_string(minimum) + " are needed") != std::string::npos,
             result.error.c_str());
    // A series loaded for small timesteps refuses a Dataset for larger ones, with the same words.
    const CsvSeries loaded = *CsvSeries::parse(view(oneColumn(minimum)), options({}, {}, timesteps)).series;
    try {
        (void)loaded.dataset(timesteps + 1);
        QFAIL("a series one window short was accepted");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(std::string(e.what()).find("at least " + std::to_string(CsvSeries::minimumCount(timesteps + 1)))
                     != std::string::npos,
                 e.what());
    }
}

void TestCsvSeries::scaleRoundTrips_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("degrees") << 12.0 << 28.0;
    QTest::newRow("negative") << -3e-6 << -1e-6;
    QTest::newRow("the whole double range") << -1.7e308 << 1.7e308;
    QTest::newRow("constant") << 5.0 << 5.0;
}

void TestCsvSeries::scaleRoundTrips()
{
    QFETCH(double, min);
    QFETCH(double, max);
    const SeriesScale scale{min, max};
    if (min == max) {
        QCOMPARE(scale.toUnit(min), 0.0);
        QCOMPARE(scale.fromUnit(0.0), min);
        return;
    }
    QCOMPARE(scale.toUnit(min), -1.0);
    QCOMPARE(scale.toUnit(max), 1.0);
    QCOMPARE(scale.fromUnit(-1.0), min);
    QCOMPARE(scale.fromUnit(1.0), max);
    const double mid = min / 2 + max / 2;
    QVERIFY(std::abs(scale.toUnit(mid)) < 1e-9);
    QVERIFY(std::isfinite(scale.fromUnit(0.3)));
    QVERIFY(std::abs(scale.fromUnit(scale.toUnit(min * 0.3 + max * 0.7)) - (min * 0.3 + max * 0.7))
            <= 1e-12 * std::max(std::abs(min), std::abs(max)));
}

// Min and max come from the training part only: the test part's extremes must not leak into
// the data the model trains on. Test values beyond them scale past +-1 by the same line.
void TestCsvSeries::scaleComesFromTheTrainingPart()
{
    const int count = 300;
    const int train = CsvSeries::trainCount(count);
    std::vector<double> x, values;
    for (int k = 0; k < count; ++k) {
        x.push_back(k);
        // Training part within [10, 30]; the test part climbs to 70 and dips to -10.
        values.push_back(k < train ? 20.0 + 10.0 * std::sin(k * 0.1) : (k % 2 ? 70.0 : -10.0));
    }
    const CsvSeries series(x, values, "leak");
    const auto [lo, hi] = std::minmax_element(values.begin(), values.begin() + train);
    QCOMPARE(series.scale().min, *lo);
    QCOMPARE(series.scale().max, *hi);

    const Dataset data = series.dataset(10);
    const std::vector<float> &trainSeries = data.train().series;
    QCOMPARE(*std::min_element(trainSeries.begin(), trainSeries.end()), -1.0f);
    QCOMPARE(*std::max_element(trainSeries.begin(), trainSeries.end()), 1.0f);
    const std::vector<float> &testSeries = data.test().series;
    for (std::size_t k = 0; k < testSeries.size(); ++k) {
        const double v = values[std::size_t(train) + k];
        const double expected = 2.0 * (v - *lo) / (*hi - *lo) - 1.0;
        QVERIFY2(std::abs(testSeries[k] - expected) < 1e-5,
                 qPrintable(QStringLiteral("test value %1 scaled to %2, not %3").arg(v).arg(testSeries[k]).arg(expected)));
        QVERIFY(std::abs(series.scale().fromUnit(testSeries[k]) - v) < 1e-4);
    }
    QVERIFY(*std::max_element(testSeries.begin(), testSeries.end()) > 4.0f); // 70: not clamped to 1
    QVERIFY(*std::min_element(testSeries.begin(), testSeries.end()) < -3.0f);
    QVERIFY(data.test().windows.allFinite() && data.test().labels.allFinite());

    // Far outside, the scaled value is held at +-maxUnit, finite.
    const SeriesScale narrow{0.0, 1e-300};
    QCOMPARE(narrow.toUnit(1.0), SeriesScale::maxUnit);
    QCOMPARE(narrow.toUnit(-1e308), -SeriesScale::maxUnit);
    // A constant training part shifts: the test part keeps its differences.
    const SeriesScale flat{4.0, 4.0};
    QCOMPARE(flat.toUnit(4.5), 0.5);
    QCOMPARE(flat.fromUnit(-0.25), 3.75);
}

void TestCsvSeries::datasetRefusesTooManyWindowSamples()
{
    std::vector<double> x(maxCsvValues), values(maxCsvValues);
    for (std::size_t k = 0; k < x.size(); ++k) {
        x[k] = double(k);
        values[k] = std::sin(double(k) * 0.01);
    }
    const CsvSeries series(std::move(x), std::move(values), "long");
    try {
        (void)series.dataset(512);
        QFAIL("512 x a million window samples were accepted");
    } catch (const std::invalid_argument &e) {
        QCOMPARE(std::string(e.what()), std::string("1000000 values with timesteps 512 make more window samples than "
                                                     "fit in memory (134 million): use fewer values or fewer timesteps"));
    }
}

void TestCsvSeries::constructorChecksItsValues()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsvSeries({0, 1}, {1}, "n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsvSeries({0, 1}, {1, qQNaN()}, "n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsvSeries({0, 0}, {1, 2}, "n"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CsvSeries({0, qInf()}, {1, 2}, "n"));
    const CsvSeries constant({0, 1, 2}, {4, 4, 4}, "flat");
    QCOMPARE(constant.scale().toUnit(4), 0.0);
}

// A learner's file, in its own units, trains like the seed's sine: finite, falling loss.
void TestCsvSeries::csvDatasetTrains()
{
    const QByteArray text = makeFile("hour;load (MW)", 2000, [](int k) {
        const double load = 500.0 + 120.0 * std::sin(k * 2 * M_PI / 240) + 30.0 * std::sin(k * 2 * M_PI / 60);
        return QByteArray::number(k) + ";" + QByteArray::number(load, 'f', 2).replace('.', ',');
    }, "\r\n");
    const CsvReadResult result = CsvSeries::parse(view(text), options("load (MW)", "hour"));
    QVERIFY2(result.series, result.error.c_str());
    auto data = std::make_shared<const Dataset>(result.series->dataset(20));
    ModelConfig model;
    model.units = 8;
    model.layers = 1;
    TrainConfig train;
    train.learningRate = 1e-2;
    Trainer trainer(model, train, data);
    const double before = trainer.evaluate();
    StepReport report;
    double firstLoss = 0.0;
    for (int k = 0; k < 60; ++k) {
        QVERIFY(trainer.step(&report));
        QVERIFY(std::isfinite(report.loss));
        if (k == 0)
            firstLoss = report.loss;
    }
    const double after = trainer.evaluate();
    qInfo("CSV series (2000 values, MW): train loss %.4g -> %.4g, test MSE %.4g -> %.4g after 60 steps", firstLoss,
          report.loss, before, after);
    QVERIFY(std::isfinite(after));
    QVERIFY(after < before);
    // Predictions come back in megawatts.
    const double predicted = result.series->scale().fromUnit(trainer.testPredictions()(0, 0));
    QVERIFY(predicted >= result.series->scale().min - 1e-9 && predicted <= result.series->scale().max + 1e-9);
}

QTEST_APPLESS_MAIN(TestCsvSeries)
#include "tst_csvseries.moc"
