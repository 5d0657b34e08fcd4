// BatchView: the seed's batch arithmetic, the summary text, where the batch's windows and
// labels are painted (sampled pixels), shuffled windows, the CSV.

#include "batchview.h"

#include <QImage>
#include <QTest>

#include <cmath>

namespace {

// The seed's data: 10,000 samples, windows of 20, batches of 64; the batch with the given
// windows (consecutive from `first` unless given).
TrainingSnapshot makeSnapshot(int batch, bool shuffle = false, QVector<int> windows = {})
{
    TrainingSnapshot s;
    s.state = TrainingSnapshot::State::Paused;
    s.model.timesteps = 20;
    s.train.batchSize = 64;
    s.train.shuffle = shuffle;
    for (int n = 0; n < 10000; ++n)
        s.trainSeries.append(QPointF(n * 0.01, std::sin(n * 0.01)));
    s.trainWindowCount = 10000 - 20 - 1;
    s.shownBatch = batch;
    if (windows.isEmpty()) {
        const BatchView::Range range = BatchView::batchRange(s.trainWindowCount, 64, batch);
        for (int b = 0; b < range.count; ++b)
            windows.append(range.first + b);
    }
    s.batchWindows = windows;
    for (int w : windows)
        s.batchLabels.append(w + 20); // the sample after the window (Dataset::Split::labelIndex)
    return s;
}

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestBatchView : public QObject
{
    Q_OBJECT

private slots:
    void batchArithmetic_data();
    void batchArithmetic();
    void summaryNamesBatchAndWindows();
    void paintsSpansAndLabels();
    void shuffledWindowsAreScattered();
    void buildingFrameClears();
    void csvListsTheWindows();
    void echoLabelsLieInsideTheWindow();
};

void TestBatchView::batchArithmetic_data()
{
    QTest::addColumn<int>("windows");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("size");
    QTest::newRow("seed, first batch") << 9979 << 64 << 0 << 156 << 0 << 64;
    QTest::newRow("seed, batch 12") << 9979 << 64 << 11 << 156 << 704 << 64;
    QTest::newRow("seed, last batch is shorter") << 9979 << 64 << 155 << 156 << 9920 << 59;
    QTest::newRow("seed, past the end") << 9979 << 64 << 156 << 156 << 0 << 0;
    QTest::newRow("exact multiple") << 128 << 64 << 1 << 2 << 64 << 64;
    QTest::newRow("one short batch") << 10 << 64 << 0 << 1 << 0 << 10;
    QTest::newRow("no windows") << 0 << 64 << 0 << 0 << 0 << 0;
}

void TestBatchView::batchArithmetic()
{
    QFETCH(int, windows);
    QFETCH(int, batchSize);
    QFETCH(int, batch);
    QFETCH(int, count);
    QFETCH(int, first);
    QFETCH(int, size);
    QCOMPARE(BatchView::batchCount(windows, batchSize), count);
    const BatchView::Range range = BatchView::batchRange(windows, batchSize, batch);
    QCOMPARE(range.first, first);
    QCOMPARE(range.count, size);
}

void TestBatchView::summaryNamesBatchAndWindows()
{
    BatchView view;
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(view.summaryText().isEmpty());
    view.updateSnapshot(makeSnapshot(11));
    QCOMPARE(view.summaryText(), QStringLiteral("Batch 12 of 156 · windows 705–768 of 9,979 · each window 20 samples, "
                                                "label = the next sample"));
    view.updateSnapshot(makeSnapshot(155));
    QVERIFY(view.summaryText().startsWith(QStringLiteral("Batch 156 of 156 · windows 9,921–9,979 of 9,979")));
    view.updateSnapshot(makeSnapshot(0, true, {5, 900, 4000}));
    QVERIFY(view.summaryText().contains(QStringLiteral("shuffled")));
}

void TestBatchView::paintsSpansAndLabels()
{
    BatchView view;
    view.resize(600, 400);
    view.updateSnapshot(makeSnapshot(11));
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(600, 400) * view.devicePixelRatio());
    const QColor background = view.palette().color(QPalette::Base);

    // A label dot: the sample after the batch's first window (704 + 20).
    const QPointF label = view.detailPoint(724, std::sin(7.24));
    QVERIFY2(near(image.pixelColor(label.toPoint()), BatchView::labelColor(), 40),
             qPrintable(image.pixelColor(label.toPoint()).name()));
    // Inside the batch's spans, off the curve: tinted; before the first window: background.
    const QPointF inSpan = view.detailPoint(740, std::sin(7.40) > 0 ? -0.9 : 0.9);
    QVERIFY(!near(image.pixelColor(inSpan.toPoint()), background, 5));
    QVERIFY(image.pixelColor(inSpan.toPoint()).blue() > image.pixelColor(inSpan.toPoint()).red());
    const QPointF before = view.detailPoint(696, std::sin(6.96) > 0 ? -0.9 : 0.9);
    QVERIFY2(near(image.pixelColor(before.toPoint()), background, 5), qPrintable(image.pixelColor(before.toPoint()).name()));
    // The detail zooms on the batch: its 64 windows and labels fill most of the width.
    QVERIFY(view.detailPoint(787, 0).x() - view.detailPoint(704, 0).x() > 0.6 * (600 - 60));
}

void TestBatchView::shuffledWindowsAreScattered()
{
    BatchView view;
    view.resize(600, 400);
    view.updateSnapshot(makeSnapshot(0, true, {100, 5000, 9900}));
    // The whole series is shown, so the windows lie far apart.
    QVERIFY(view.detailPoint(9900, 0).x() - view.detailPoint(100, 0).x() > 0.9 * (600 - 60));
    const QImage image = view.grab().toImage();
    const QPointF label = view.detailPoint(5020, std::sin(50.20));
    QVERIFY2(near(image.pixelColor(label.toPoint()), BatchView::labelColor(), 60),
             qPrintable(image.pixelColor(label.toPoint()).name()));
}

void TestBatchView::buildingFrameClears()
{
    BatchView view;
    view.updateSnapshot(makeSnapshot(3));
    QVERIFY(!view.summaryText().isEmpty());
    TrainingSnapshot building;
    building.building = true;
    view.updateSnapshot(building);
    QVERIFY(view.summaryText().isEmpty());
    QVERIFY(view.batchWindows().isEmpty());
}

void TestBatchView::csvListsTheWindows()
{
    BatchView view;
    view.updateSnapshot(makeSnapshot(155));
    const QStringList lines = view.exportCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 59);
    QCOMPARE(lines.at(1).section(QLatin1Char(','), 0, 4), QStringLiteral("0,9920,9920,9939,9940"));
}

void TestBatchView::echoLabelsLieInsideTheWindow()
{
    // The echo at lag 5: window 704 (samples 704..723) is labelled with sample 723 - 5 = 718,
    // which the worker gives (Dataset::Split::labelIndex); the view draws it there, says so and
    // writes it in the CSV.
    TrainingSnapshot s = makeSnapshot(11);
    s.labelLag = 5;
    for (int b = 0; b < s.batchWindows.size(); ++b)
        s.batchLabels[b] = s.batchWindows[b] + 20 - 1 - 5;
    BatchView view;
    view.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    view.resize(600, 400);
    view.updateSnapshot(s);
    QVERIFY(view.summaryText().endsWith(QStringLiteral("label = the sample 5 steps before its last (the echo)")));
    QVERIFY(view.exportCsv().contains(QStringLiteral("\n0,704,704,723,718,")));
    const QImage image = view.grab().toImage();
    const QPointF label = view.detailPoint(718, std::sin(7.18));
    QVERIFY2(near(image.pixelColor(label.toPoint()), BatchView::labelColor(), 40),
             qPrintable(image.pixelColor(label.toPoint()).name()));
}

QTEST_MAIN(TestBatchView)
#include "tst_batchview.moc"
