// TextBatches: Udacity's get_batches arithmetic - B streams of whole batches, each batch the
// next T characters of every stream in LstmLayer's layout, targets the characters that follow.

#include "textbatches.h"

#include <QTest>

#include <numeric>
#include <stdexcept>
#include <vector>

using namespace lstmlab;

class TestTextBatches : public QObject
{
    Q_OBJECT

private slots:
    void streamsAndBatches_data()
    {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("timesteps");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("streamLength");
        QTest::addColumn<int>("batchCount");
        QTest::newRow("101 tokens, 2 streams of 5 steps: 10 batches") << 101 << 5 << 2 << 50 << 10;
        QTest::newRow("100 tokens: the last batch lacks its final target") << 100 << 5 << 2 << 45 << 9;
        QTest::newRow("exactly one batch and one target") << 13 << 4 << 3 << 4 << 1;
        QTest::newRow("one stream") << 30 << 7 << 1 << 28 << 4;
    }
    void streamsAndBatches()
    {
        QFETCH(int, tokens);
        QFETCH(int, timesteps);
        QFETCH(int, batch);
        QFETCH(int, streamLength);
        QFETCH(int, batchCount);
        std::vector<int> text(static_cast<std::size_t>(tokens));
        std::iota(text.begin(), text.end(), 0);
        const TextBatches batches(text, timesteps, batch, "text");
        QCOMPARE(batches.streamLength(), streamLength);
        QCOMPARE(batches.batchCount(), batchCount);

        // Token values are their positions, so each entry says where it came from.
        std::vector<int> inputs(std::size_t(timesteps * batch)), targets(inputs.size());
        for (int k = 0; k < batchCount; ++k) {
            batches.fill(k, inputs, targets);
            for (int t = 0; t < timesteps; ++t)
                for (int b = 0; b < batch; ++b) {
                    const int row = t * batch + b;
                    QCOMPARE(inputs[std::size_t(row)], b * streamLength + k * timesteps + t);
                    QCOMPARE(targets[std::size_t(row)], inputs[std::size_t(row)] + 1);
                }
        }
    }

    void nextBatchContinuesEachStream()
    {
        std::vector<int> text(200);
        std::iota(text.begin(), text.end(), 0);
        const TextBatches batches(text, 10, 4, "text");
        std::vector<int> first(40), second(40), targets(40);
        batches.fill(0, first, targets);
        batches.fill(1, second, targets);
        for (int b = 0; b < 4; ++b)
            QCOMPARE(second[std::size_t(b)], first[std::size_t(9 * 4 + b)] + 1);
    }

    void refusesTextShorterThanOneBatch()
    {
        std::vector<int> text(12);
        try {
            TextBatches batches(text, 4, 3, "short.txt");
            QFAIL("not refused");
        } catch (const std::invalid_argument &error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("short.txt: the training text has 12 characters, fewer than one batch of "
                                    "timesteps x batch size = 4 x 3 = 12 (and the character after it)"));
        }
    }
};

QTEST_APPLESS_MAIN(TestTextBatches)
#include "tst_textbatches.moc"
