// LossHistory: every step's loss comes back as the float stored with its step, across block
// boundaries and gaps; copies share the full blocks and stay unchanged while the original
// grows; a copy read in another thread while the original is appended to sees its own points.

#include "losshistory.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace lstmlab;

class TestLossHistory : public QObject
{
    Q_OBJECT

private slots:
    void returnsEveryPointWithItsStep_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one block less one") << int(LossHistory::blockSize) - 1;
        QTest::newRow("exactly one block") << int(LossHistory::blockSize);
        QTest::newRow("three blocks and some") << int(3 * LossHistory::blockSize + 17);
    }

    void returnsEveryPointWithItsStep()
    {
        QFETCH(int, count);
        LossHistory history;
        for (int k = 0; k < count; ++k)
            history.append(k + 1, 1.0 / (k + 1));
        QCOMPARE(history.size(), std::size_t(count));
        QCOMPARE(history.empty(), count == 0);
        for (int k = 0; k < count; ++k) {
            QCOMPARE(history.stepAt(std::size_t(k)), (long long)(k + 1));
            QCOMPARE(history.valueAt(std::size_t(k)), float(1.0 / (k + 1)));
        }
        int visited = 0;
        history.forEach([&](long long step, float value) {
            QCOMPARE(step, (long long)(visited + 1));
            QCOMPARE(value, float(1.0 / (visited + 1)));
            ++visited;
        });
        QCOMPARE(visited, count);
        // A range straight from the blocks, crossing their boundaries.
        const std::size_t from = std::size_t(count / 3), to = std::size_t(count - count / 5);
        std::size_t next = from;
        history.forEachValue(from, to + 7, [&](std::size_t index, float value) {
            QCOMPARE(index, next);
            QCOMPARE(value, history.valueAt(index));
            ++next;
        });
        QCOMPARE(next, std::max(from, std::min(to + 7, std::size_t(count))));
        if (count > 0)
            QCOMPARE(history.back(), (LossHistory::Point{count, double(float(1.0 / count))}));
    }

    void keepsTheStepsOfRunsWithGaps()
    {
        LossHistory history;
        const std::vector<long long> steps{5, 6, 7, 100, 101, 3, 4000, 4001, 4002};
        for (long long step : steps)
            history.append(step, double(step) * 0.5);
        QCOMPARE(history.size(), steps.size());
        std::size_t k = 0;
        history.forEach([&](long long step, float value) {
            QCOMPARE(step, steps[k]);
            QCOMPARE(history.stepAt(k), steps[k]);
            QCOMPARE(value, float(double(steps[k]) * 0.5));
            ++k;
        });
    }

    void aCopyStaysAsItWasWhileTheOriginalGrows()
    {
        LossHistory history;
        for (int k = 0; k < int(LossHistory::blockSize) + 10; ++k)
            history.append(k + 1, k);
        const LossHistory copy = history;
        for (int k = 0; k < int(2 * LossHistory::blockSize); ++k)
            history.append(int(LossHistory::blockSize) + 11 + k, -k);
        QCOMPARE(copy.size(), LossHistory::blockSize + 10);
        QCOMPARE(copy.back(), (LossHistory::Point{(long long)LossHistory::blockSize + 10, double(LossHistory::blockSize + 9)}));
        QVERIFY(!(copy == history));
        LossHistory prefix;
        for (std::size_t k = 0; k < copy.size(); ++k)
            prefix.append(history.stepAt(k), history.valueAt(k));
        QVERIFY(prefix == copy);
    }

    // A copy that appends writes into a block of its own: neither the original's later points
    // nor the copy's own ones show in the other.
    void copiesAppendWithoutDisturbingEachOther()
    {
        LossHistory original;
        for (int k = 1; k <= 10; ++k)
            original.append(k, k);
        LossHistory copy = original;
        LossHistory moved = LossHistory(original); // a copy, moved into place
        original.append(11, 11.0);
        copy.append(11, -11.0);
        moved.append(11, 111.0);
        QCOMPARE(original.back().value, 11.0);
        QCOMPARE(copy.back().value, -11.0);
        QCOMPARE(moved.back().value, 111.0);
        for (int k = 0; k < 10; ++k) {
            QCOMPARE(original.valueAt(std::size_t(k)), float(k + 1));
            QCOMPARE(copy.valueAt(std::size_t(k)), float(k + 1));
            QCOMPARE(moved.valueAt(std::size_t(k)), float(k + 1));
        }
        LossHistory assigned;
        assigned.append(1, 5.0);
        assigned = copy;
        assigned.append(12, 12.0);
        QCOMPARE(copy.size(), std::size_t(11));
        QCOMPARE(assigned.size(), std::size_t(12));
        QCOMPARE(assigned.at(10).value, -11.0);
        LossHistory taken = std::move(assigned);
        QVERIFY(assigned.empty());
        QCOMPARE(taken.back(), (LossHistory::Point{12, 12.0}));
    }

    void clearEmptiesIt()
    {
        LossHistory history;
        history.append(1, 0.5);
        history.clear();
        QVERIFY(history.empty());
        history.append(9, 0.25);
        QCOMPARE(history.back(), (LossHistory::Point{9, 0.25}));
    }

    // The worker's pattern: copy, hand the copy to another thread, go on appending.
    void copiesAreReadableInAnotherThreadWhileTheOriginalGrows()
    {
        LossHistory history;
        std::vector<LossHistory> copies;
        double sumInCopies = 0.0;
        for (int round = 0; round < 20; ++round) {
            for (int k = 0; k < 1000; ++k)
                history.append((long long)history.size() + 1, 1.0);
            LossHistory copy = history;
            std::thread reader([&copy, &sumInCopies] {
                copy.forEach([&](long long, float value) { sumInCopies += value; });
            });
            for (int k = 0; k < 1000; ++k)
                history.append((long long)history.size() + 1, 1.0);
            reader.join();
        }
        // Round r's copy holds (2r + 1) * 1000 points of value 1.
        QCOMPARE(sumInCopies, 1000.0 * 20 * 20);
        QCOMPARE(history.size(), std::size_t(40000));
    }
};

QTEST_APPLESS_MAIN(TestLossHistory)
#include "tst_losshistory.moc"
