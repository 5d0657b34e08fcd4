// Json: strict syntax, key order kept, exact float text, errors with line and column; a file
// read in chunks reads as the same text does; sinks take arrays out of the tree; limits stop
// the parse where they are passed.

#include "json.h"

#include <QTest>

#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <random>

using namespace lstmlab;

namespace {

QByteArray largeObjectWithDuplicate()
{
    QByteArray text = "{";
    for (int k = 0; k < 100; ++k)
        text += "\"k" + QByteArray::number(k) + "\": 0, ";
    return text + "\"k7\": 1}";
}

JsonParseResult parseAsFile(const std::string &text, const JsonReadLimits &limits, std::size_t chunkBytes)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::tmpfile(), &std::fclose);
    std::fwrite(text.data(), 1, text.size(), file.get());
    std::rewind(file.get());
    return parseJsonFile(file.get(), limits, nullptr, chunkBytes);
}

// Sends every array at a key "data" to itself; stops after `limit` elements.
class DataSink : public JsonReadHooks, public JsonNumberSink
{
public:
    std::vector<std::string> numbers;
    std::size_t others = 0;
    std::size_t limit = std::size_t(-1);
    std::vector<std::string> lastPath;
    std::size_t openAtStart = 0;

    JsonNumberSink *arraySink(const std::vector<std::string> &path, const std::vector<const JsonValue *> &open,
                              std::string *) override
    {
        if (path.empty() || path.back() != "data")
            return nullptr;
        lastPath = path;
        openAtStart = open.back()->object().size(); // the members read before "data"
        return this;
    }
    bool element(std::size_t index, std::optional<std::string_view> number, std::string *error) override
    {
        if (index >= limit) {
            *error = "data holds more than " + std::to_string(limit) + " values";
            return false;
        }
        if (number)
            numbers.emplace_back(*number);
        else
            ++others;
        return true;
    }
};

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesDocuments();
    void rejectsBadSyntax_data();
    void rejectsBadSyntax();
    void floatsRoundTripExactly();
    void quotesStrings();
    void numbersOutOfRangeAreNotFinite();
    void countsValuesWithoutParsing();
    void fileInChunksReadsAsText_data();
    void fileInChunksReadsAsText();
    void sinkTakesArraysOutOfTheTree();
    void sinkStopsTheParse();
    void limitsStopWhereTheyArePassed();
};

void TestJson::parsesDocuments()
{
    const JsonParseResult r = parseJson(R"({"b": [1, -2.5e3, true, false, null], "a": "x\u00e9\n", "c": {}})");
    QVERIFY2(r.value, r.error.c_str());
    const JsonValue &v = *r.value;
    QVERIFY(v.isObject());
    QCOMPARE(v.object().front().first, std::string("b")); // order kept
    QCOMPARE(v.find("b")->array().size(), std::size_t(5));
    QCOMPARE(v.find("b")->array()[1].number(), -2500.0);
    QCOMPARE(*v.find("b")->array()[0].toInteger(), 1LL);
    QVERIFY(!v.find("b")->array()[1].toInteger());
    QVERIFY(v.find("b")->array()[2].boolean());
    QVERIFY(v.find("b")->array()[4].isNull());
    QCOMPARE(v.find("a")->text(), std::string("x\xc3\xa9\n"));
    QVERIFY(v.find("c")->isObject());
    QVERIFY(!v.find("zzz"));
}

void TestJson::rejectsBadSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("") << "line 1, column 1: unexpected end";
    QTest::newRow("trailing comma") << QByteArray("[1,]") << "unexpected character ']'";
    QTest::newRow("NaN") << QByteArray("[NaN]") << "unexpected character 'N'";
    QTest::newRow("leading zero digits") << QByteArray("[01]") << "expected ',' or ']'";
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b") << "unterminated string";
    QTest::newRow("second line") << QByteArray("{\n  \"a\" 1}") << "line 2, column 7: expected ':'";
    QTest::newRow("garbage after") << QByteArray("{} x") << "unexpected text after";
    QTest::newRow("too deep") << QByteArray(200, '[') << "nested deeper than 64";
    QTest::newRow("bad escape") << QByteArray("[\"\\q\"]") << "unknown escape";
    QTest::newRow("control character") << QByteArray("[\"a\tb\"]") << "control character";
    QTest::newRow("duplicate key") << QByteArray("{\"live\": 1,\n \"live\": 2}")
                                   << "line 2, column 2: the key \"live\" appears twice in one object";
    QTest::newRow("duplicate key, large object") << largeObjectWithDuplicate() << "the key \"k7\" appears twice";
    QTest::newRow("escape character echoed") << QByteArray("[\x1b[31m]") << "unexpected character '\\x1b'";
    QTest::newRow("byte-order mark echoed") << QByteArray("\xef\xbb\xbf{}") << "unexpected character '\\xef'";
    QTest::newRow("NUL echoed") << QByteArray("[\0]", 3) << "unexpected character '\\x00'";
}

void TestJson::rejectsBadSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const JsonParseResult r = parseJson(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(!r.value);
    QVERIFY2(QString::fromStdString(r.error).contains(expected), r.error.c_str());
}

void TestJson::floatsRoundTripExactly()
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> dist(-1e3f, 1e3f);
    for (int k = 0; k < 20000; ++k) {
        float value = dist(rng) * std::pow(10.0f, float(int(rng() % 60) - 30));
        if (k == 0) value = std::numeric_limits<float>::denorm_min();
        if (k == 1) value = std::numeric_limits<float>::max();
        if (k == 2) value = -0.0f;
        const JsonParseResult r = parseJson(jsonNumber(value));
        QVERIFY(r.value);
        const float back = *r.value->toFloat();
        QCOMPARE(std::memcmp(&back, &value, sizeof value), 0);
    }
    QCOMPARE(jsonNumber(std::numeric_limits<float>::infinity()), std::string("null"));
    QVERIFY(!parseJson("1e39").value->toFloat()); // outside float's range
}

void TestJson::quotesStrings()
{
    QCOMPARE(jsonQuote("a\"b\\c\n\x01"), std::string("\"a\\\"b\\\\c\\n\\u0001\""));
    const JsonParseResult r = parseJson(jsonQuote("tab\there \"quoted\""));
    QCOMPARE(r.value->text(), std::string("tab\there \"quoted\""));
}

void TestJson::numbersOutOfRangeAreNotFinite()
{
    const JsonParseResult r = parseJson("[1e999, -1e999, 0.25, \"0.5\"]");
    QVERIFY(r.value);
    QVERIFY(!r.value->array()[0].toDouble());
    QVERIFY(!r.value->array()[1].toDouble());
    QCOMPARE(*r.value->array()[2].toDouble(), 0.25);
    QVERIFY(!r.value->array()[3].toDouble()); // a string, not a number
}

void TestJson::countsValuesWithoutParsing()
{
    const std::string texts[] = {"0", "[]", "[1, 2, 3]", R"({"a": [1, {"b": null}], "c": "x"})", "[[], {}, 3]"};
    for (const std::string &text : texts) {
        std::size_t values = 0;
        const auto count = [&](const auto &self, const JsonValue &v) -> void {
            ++values;
            for (const JsonValue &item : v.array())
                self(self, item);
            for (const auto &member : v.object())
                self(self, member.second);
        };
        count(count, *parseJson(text).value);
        QVERIFY2(jsonValueCountBound(text) >= values, text.c_str());
    }
    QCOMPARE(jsonValueCountBound("[0,0,0,0]"), std::size_t(5));
}

void TestJson::fileInChunksReadsAsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("document") << QByteArray(R"({"b": [1, -2.5e3, true, false, null], "a": "x\u00e9\n", "c": {}})");
    QTest::newRow("numbers beyond double") << QByteArray("[1e999, -1e999, 1" + QByteArray(400, '0') + ", 2e-999]");
    QTest::newRow("long string") << QByteArray("{\"k\": \"" + QByteArray(5000, 'x') + "\"}");
    QTest::newRow("second line error") << QByteArray("{\n  \"a\" 1}");
    QTest::newRow("duplicate key") << QByteArray("{\"live\": 1,\n \"live\": 2}");
    QTest::newRow("truncated") << QByteArray("[1, 2, [3");
    QTest::newRow("NUL") << QByteArray("[1, \0]", 7);
    QTest::newRow("garbage after") << QByteArray("{} x");
}

void TestJson::fileInChunksReadsAsText()
{
    QFETCH(QByteArray, text);
    const std::string s = text.toStdString();
    const JsonParseResult whole = parseJson(s);
    for (const std::size_t chunk : {std::size_t(1), std::size_t(3), std::size_t(4096)}) {
        const JsonParseResult read = parseAsFile(s, JsonReadLimits(), chunk);
        QCOMPARE(read.error, whole.error);
        QCOMPARE(read.value.has_value(), whole.value.has_value());
    }
    if (whole.value && whole.value->isArray() && !whole.value->array().empty() && whole.value->array()[0].isNumber())
        QCOMPARE(parseAsFile(s, JsonReadLimits(), 2).value->array()[0].text(), whole.value->array()[0].text());
}

void TestJson::sinkTakesArraysOutOfTheTree()
{
    DataSink sink;
    const JsonParseResult r = parseJson(R"({"t": {"w": {"shape": [2], "data": [0.5, 1e999, "x", {"a": [1]}, -3]}}, "k": [7]})",
                                        JsonReadLimits(), &sink);
    QVERIFY2(r.value, r.error.c_str());
    const JsonValue *data = r.value->find("t")->find("w")->find("data");
    QVERIFY(data->isArray() && data->isSunk());
    QCOMPARE(data->sunkCount(), std::size_t(5));
    QVERIFY(data->array().empty());
    QCOMPARE(sink.numbers, (std::vector<std::string>{"0.5", "1e999", "-3"})); // number text kept
    QCOMPARE(sink.others, std::size_t(2));                                     // a string, an object
    QCOMPARE(sink.lastPath, (std::vector<std::string>{"t", "w", "data"}));
    QCOMPARE(sink.openAtStart, std::size_t(1)); // "shape" was read before "data" began
    QCOMPARE(r.value->find("k")->array().size(), std::size_t(1)); // not asked for: in the tree
}

void TestJson::sinkStopsTheParse()
{
    DataSink sink;
    sink.limit = 3;
    // The error comes from the sink, before the syntax error at the end is reached.
    const JsonParseResult r = parseJson("{\"data\": [1, 2, 3, 4, 5, 6],\n oops", JsonReadLimits(), &sink);
    QVERIFY(!r.value);
    QVERIFY(!r.syntaxError);
    QCOMPARE(r.error, std::string("data holds more than 3 values (line 1)"));
    QCOMPARE(sink.numbers.size(), std::size_t(3));
}

void TestJson::limitsStopWhereTheyArePassed()
{
    JsonReadLimits limits;
    limits.maxTreeValues = 4;
    limits.tooManyTreeValues = "too many values";
    JsonParseResult r = parseJson("[1, 2, 3, 4, 5]", limits, nullptr);
    QVERIFY(!r.value);
    QVERIFY(!r.syntaxError);
    QVERIFY2(QString::fromStdString(r.error).startsWith("too many values"), r.error.c_str());

    limits = JsonReadLimits();
    limits.maxStringBytes = 100;
    const std::string longString = "[\"" + std::string(1000, 'a') + "\"]";
    r = parseJson(longString, limits, nullptr);
    QVERIFY2(QString::fromStdString(r.error).contains("a string longer than 100 bytes"), r.error.c_str());
    QCOMPARE(parseAsFile(longString, limits, 16).error, r.error);

    limits = JsonReadLimits();
    limits.maxNumberChars = 50;
    r = parseJson("[" + std::string(60, '1') + "]", limits, nullptr);
    QVERIFY2(QString::fromStdString(r.error).contains("a number longer than 50 characters"), r.error.c_str());

    limits = JsonReadLimits();
    limits.maxInputBytes = 1 << 20;
    r = parseAsFile("[" + std::string(2 << 20, ' ') + "]", limits, 4096);
    QVERIFY2(QString::fromStdString(r.error).contains("larger than 1 MiB"), r.error.c_str());
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
