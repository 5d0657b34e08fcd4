// Json: strict syntax, key order kept, exact float text, errors with line and column.

#include "json.h"

#include <QTest>

#include <cstring>
#include <limits>
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

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
