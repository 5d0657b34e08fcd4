// UnitFinder: each feature on known strings (ASCII and CJK quotes and brackets, lines, punctuation,
// poems separated by blank and '%' lines, a context read first), Pearson's r on known series, and
// a planted unit that copies a feature (or its negative) ranks first among noise.

#include "unitfinder.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace lstmlab;

Q_DECLARE_METATYPE(TextFeature)

namespace {

// The feature as a string of digits, one per character (values above 9 never occur in the rows).
QString digits(const std::vector<float> &values)
{
    QString out;
    for (float v : values)
        out += QString::number(int(v));
    return out;
}

} // namespace

class TestUnitFinder : public QObject
{
    Q_OBJECT

private slots:
    void features_data()
    {
        QTest::addColumn<TextFeature>("feature");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("expected");

        QTest::newRow("ASCII quotes") << TextFeature::InsideQuotes << u"a \"bc\" d"_qs << QString() << "00111000";
        QTest::newRow("typographic quotes") << TextFeature::InsideQuotes << u"a “b” c"_qs << QString() << "0011000";
        QTest::newRow("CJK corner quotes, nested") << TextFeature::InsideQuotes << u"曰「甲『乙』丙」丁"_qs << QString()
                                                   << "011111100";
        QTest::newRow("quote opened in the context") << TextFeature::InsideQuotes << u"ab\" c"_qs << u"x \""_qs
                                                     << "11000";
        QTest::newRow("an open quote closes at a poem's start") << TextFeature::InsideQuotes << u"\"ab\n\ncd"_qs
                                                                << QString() << "1111000";
        QTest::newRow("ASCII brackets") << TextFeature::InsideBrackets << u"f(x[1]) y"_qs << QString() << "011111000";
        QTest::newRow("CJK title marks and parentheses") << TextFeature::InsideBrackets << u"《静夜思》（李白）诗"_qs
                                                         << QString() << "1111011100";
        QTest::newRow("a stray closing bracket") << TextFeature::InsideBrackets << u"a)b(c"_qs << QString() << "00011";
        QTest::newRow("position in the line") << TextFeature::PositionInLine << u"abc\nde\n\nf"_qs << QString()
                                              << "123012001";
        QTest::newRow("position continues the context's line") << TextFeature::PositionInLine << u"cd\ne"_qs
                                                               << u"x\nab"_qs << "3401";
        QTest::newRow("after punctuation, Latin") << TextFeature::AfterPunctuation << u"Hi, you. Ok?"_qs << QString()
                                                  << "001000010001";
        QTest::newRow("after punctuation, CJK") << TextFeature::AfterPunctuation << u"床前，明月。光、霜！"_qs << QString()
                                                << "0010010101";
        QTest::newRow("start of a poem: % separators") << TextFeature::StartOfPoem << u"ab\ncd\n%\nef\ngh"_qs
                                                       << QString() << "1100000111000";
        QTest::newRow("start of a paragraph: a blank line") << TextFeature::StartOfPoem << u"a\nb\n\nc\nd"_qs
                                                            << QString() << "10001100";
        QTest::newRow("mid-poem after its context") << TextFeature::StartOfPoem << u"c\nd"_qs << u"%\nab\n"_qs
                                                    << "000";
    }

    void features()
    {
        QFETCH(TextFeature, feature);
        QFETCH(QString, text);
        QFETCH(QString, before);
        QFETCH(QString, expected);
        const std::u32string text32 = text.toStdU32String();
        const std::u32string before32 = before.toStdU32String();
        QCOMPARE(text32.size(), std::size_t(expected.size()));
        QCOMPARE(digits(UnitFinder::feature(feature, text32, before32)), expected);
        QCOMPARE(digits(UnitFinder::features(text32, before32)[std::size_t(feature)]), expected);
    }

    void correlation()
    {
        const std::vector<float> a = {1, 2, 3, 4, 5};
        const std::vector<float> up = {2, 4, 6, 8, 10};
        const std::vector<float> down = {5, 4, 3, 2, 1};
        const std::vector<float> flat = {3, 3, 3, 3, 3};
        QCOMPARE(UnitFinder::correlation(a, up), 1.f);
        QCOMPARE(UnitFinder::correlation(a, down), -1.f);
        QCOMPARE(UnitFinder::correlation(a, flat), 0.f);
        QCOMPARE(UnitFinder::correlation(std::vector<float>{1.f}, std::vector<float>{2.f}), 0.f);
        // r of (1,2,3) and (1,3,2) is 0.5
        QVERIFY(std::abs(UnitFinder::correlation(std::vector<float>{1, 2, 3}, std::vector<float>{1, 3, 2}) - 0.5f)
                <= 1e-6f);
        // far from 0 with a small spread: still exact
        const std::vector<float> offset = {1000.001f, 1000.002f, 1000.003f, 1000.004f, 1000.005f};
        QVERIFY(UnitFinder::correlation(offset, a) > 0.999f);
    }

    void plantedUnitRanksFirst_data()
    {
        QTest::addColumn<TextFeature>("feature");
        QTest::addColumn<int>("sign");
        QTest::newRow("inside quotes") << TextFeature::InsideQuotes << 1;
        QTest::newRow("position in the line, negated") << TextFeature::PositionInLine << -1;
        QTest::newRow("after punctuation") << TextFeature::AfterPunctuation << 1;
        QTest::newRow("start of a poem, negated") << TextFeature::StartOfPoem << -1;
    }

    // A trace of noise with one unit of layer 2 planted as (+-) the feature plus a little noise:
    // it ranks first over all layers and within its own, with the sign of its correlation.
    void plantedUnitRanksFirst()
    {
        QFETCH(TextFeature, feature);
        QFETCH(int, sign);
        const std::u32string text = U"《静夜思》\n床前明月光，疑是地上霜。\n%\n"
                                    U"He said \"go (now), please.\" Then\nshe left, \"quietly.\"\n\nEnd.";
        const std::vector<float> values = UnitFinder::feature(feature, text);
        const int T = int(text.size());
        const int H = 12, planted = 7, plantedLayer = 1;
        std::mt19937 rng(4);
        std::normal_distribution<float> noise(0.f, 1.f);
        GateTrace trace;
        for (int l = 0; l < 2; ++l) {
            LayerTrace lt;
            lt.units = lt.layerUnits = H;
            lt.timesteps = T;
            for (auto &quantity : lt.values) {
                quantity.resize(std::size_t(H) * T);
                for (float &v : quantity)
                    v = noise(rng);
            }
            if (l == plantedLayer)
                for (int t = 0; t < T; ++t)
                    lt.values[std::size_t(Gate::CellState)][std::size_t(planted) * T + t] =
                        float(sign) * values[std::size_t(t)] + 0.05f * noise(rng);
            trace.layers.push_back(std::move(lt));
        }
        const std::vector<UnitScore> all = UnitFinder::rank(trace, -1, Gate::CellState, values, 5);
        QCOMPARE(int(all.size()), 5);
        QCOMPARE(all.front().layer, plantedLayer);
        QCOMPARE(all.front().unit, planted);
        QVERIFY(all.front().score > 0.9f);
        QCOMPARE(all.front().correlation > 0, sign > 0);
        for (std::size_t k = 1; k < all.size(); ++k)
            QVERIFY(all[k].score <= all[k - 1].score);
        const std::vector<UnitScore> own = UnitFinder::rank(trace, plantedLayer, Gate::CellState, values, 100);
        QCOMPARE(int(own.size()), H);
        QCOMPARE(own.front().unit, planted);
        // another quantity of the same unit is noise
        const std::vector<UnitScore> hidden = UnitFinder::rank(trace, plantedLayer, Gate::Hidden, values, 1);
        QVERIFY(hidden.front().score < 0.6f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, UnitFinder::rank(trace, 2, Gate::Hidden, values, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 UnitFinder::rank(trace, 0, Gate::Hidden, std::span(values).first(3), 1));
    }
};

QTEST_APPLESS_MAIN(TestUnitFinder)
#include "tst_unitfinder.moc"
