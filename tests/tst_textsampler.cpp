// TextSampler: the same seed gives the same text, the temperature reshapes the distribution
// (low: the likeliest symbol; 1: the model's own frequencies), and the priming text is fed
// in order before the first draw.

#include "textsampler.h"

#include <QTest>

#include <random>
#include <vector>

using namespace lstmlab;

namespace {

Eigen::VectorXf distribution()
{
    Eigen::VectorXf p(4);
    p << 0.1f, 0.2f, 0.6f, 0.1f;
    return p;
}

// A toy network: the next symbol's distribution depends on the last symbol fed.
struct ToyModel {
    std::vector<int> fed;
    Eigen::VectorXf operator()(int symbol)
    {
        fed.push_back(symbol);
        Eigen::VectorXf p = Eigen::VectorXf::Constant(4, 0.1f);
        p[(symbol + 1) % 4] = 0.7f;
        return p;
    }
};

} // namespace

class TestTextSampler : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameText()
    {
        TextSampler sampler(1.0);
        const std::vector<int> prime{0, 1};
        std::mt19937 first(42), second(42), other(43);
        ToyModel a, b, c;
        const std::vector<int> textA = sampler.generate(prime, 200, a, first);
        const std::vector<int> textB = sampler.generate(prime, 200, b, second);
        const std::vector<int> textC = sampler.generate(prime, 200, c, other);
        QCOMPARE(textA, textB);
        QVERIFY(textA != textC);
        QCOMPARE(int(textA.size()), 200);
    }

    void primingTextIsFedInOrder()
    {
        TextSampler sampler(1.0);
        ToyModel model;
        std::mt19937 rng(1);
        const std::vector<int> prime{3, 1, 2};
        const std::vector<int> text = sampler.generate(prime, 3, model, rng);
        // The prime, then every drawn symbol but the last.
        QCOMPARE(model.fed, (std::vector<int>{3, 1, 2, text[0], text[1]}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampler.generate(std::vector<int>{}, 3, model, rng));
    }

    void temperatureReshapes_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("expectedShareOfLikeliest");
        QTest::newRow("0.05: nearly always the likeliest") << 0.05 << 1.0;
        QTest::newRow("1: the model's 60%") << 1.0 << 0.6;
        // 0.6^0.5 / (2 * 0.1^0.5 + 0.2^0.5 + 0.6^0.5) = 0.7746 / 1.8542 = 0.4178
        QTest::newRow("2: flatter") << 2.0 << 0.4178;
    }
    void temperatureReshapes()
    {
        QFETCH(double, temperature);
        QFETCH(double, expectedShareOfLikeliest);
        TextSampler sampler(temperature);
        std::mt19937 rng(5);
        const int draws = 20000;
        int likeliest = 0;
        for (int k = 0; k < draws; ++k)
            likeliest += sampler.draw(distribution(), rng) == 2;
        QVERIFY2(std::abs(double(likeliest) / draws - expectedShareOfLikeliest) < 0.015,
                 qPrintable(QString::number(double(likeliest) / draws)));
    }

    void neverDrawsAnImpossibleSymbol()
    {
        TextSampler sampler(3.0);
        Eigen::VectorXf p(3);
        p << 0.5f, 0.0f, 0.5f;
        std::mt19937 rng(9);
        for (int k = 0; k < 5000; ++k)
            QVERIFY(sampler.draw(p, rng) != 1);
    }

    void refusesTemperatureOutOfRange()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TextSampler(0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TextSampler(6.0));
    }
};

QTEST_APPLESS_MAIN(TestTextSampler)
#include "tst_textsampler.moc"
