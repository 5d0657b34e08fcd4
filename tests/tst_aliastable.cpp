// AliasTable: every index drawn with its weight's share, exactly as the table holds it, and
// bad weights refused.

#include "aliastable.h"

#include <QTest>

#include <random>
#include <stdexcept>

using namespace lstmlab;

class TestAliasTable : public QObject
{
    Q_OBJECT

private slots:
    void probabilitiesAreTheWeightsShares()
    {
        const std::vector<double> weights = {1, 0, 3, 6, 0.5, 2.5};
        const AliasTable table(weights);
        double sum = 0;
        for (double w : weights)
            sum += w;
        for (int k = 0; k < int(weights.size()); ++k)
            QVERIFY2(std::abs(table.probability(k) - weights[std::size_t(k)] / sum) < 1e-8, qPrintable(QString::number(k)));
    }

    void drawsFollowTheWeights()
    {
        const AliasTable table({1, 2, 3, 4});
        std::mt19937_64 rng(7);
        std::vector<int> hits(4, 0);
        const int n = 400000;
        for (int k = 0; k < n; ++k)
            ++hits[std::size_t(table.draw(rng()))];
        for (int k = 0; k < 4; ++k) // 5 standard deviations at most
            QVERIFY2(std::abs(hits[std::size_t(k)] / double(n) - (k + 1) / 10.0) < 0.004, qPrintable(QString::number(hits[std::size_t(k)])));
    }

    void zeroWeightIsNeverDrawn()
    {
        const AliasTable table({0, 1, 0});
        std::mt19937_64 rng(1);
        for (int k = 0; k < 10000; ++k)
            QCOMPARE(table.draw(rng()), 1);
        QCOMPARE(table.draw(0), 1);
        QCOMPARE(table.draw(~0ULL), 1);
    }

    void badWeightsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AliasTable(std::vector<double>{}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AliasTable(std::vector<double>{0, 0}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AliasTable(std::vector<double>{1, -1}));
    }
};

QTEST_APPLESS_MAIN(TestAliasTable)
#include "tst_aliastable.moc"
