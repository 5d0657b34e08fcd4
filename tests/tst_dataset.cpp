// Dataset: the seed's windows and labels, bit for bit (fixture from tests/reference/make_seed_data.py).

#include "dataset.h"
#include "sinesignal.h"

#include <QFile>
#include <QTest>

#include <cstring>

using namespace lstmlab;

namespace {

struct SeedData {
    std::vector<quint32> trainBits;
    std::vector<quint32> testBits;
    QStringList lines;
};

quint32 bitsOf(float value)
{
    quint32 bits;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

std::vector<quint32> parseBits(const QString &line)
{
    std::vector<quint32> out;
    for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(word.toUInt(nullptr, 16));
    return out;
}

SeedData loadSeedData()
{
    QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/seed_data.txt"));
    SeedData data;
    if (!file.open(QIODevice::ReadOnly))
        return data;
    data.lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int k = 0; k + 1 < data.lines.size(); ++k) {
        if (data.lines[k].startsWith(QLatin1String("train_series")))
            data.trainBits = parseBits(data.lines[k + 1]);
        if (data.lines[k].startsWith(QLatin1String("test_series")))
            data.testBits = parseBits(data.lines[k + 1]);
    }
    return data;
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void seriesAreTheSeeds();
    void windowsAreTheSeeds_data();
    void windowsAreTheSeeds();
    void linspaceMatchesNumpy();
    void tooShortSeriesIsRefused();
    void modelOfAnotherShapeIsRefused();
};

void TestDataset::seriesAreTheSeeds()
{
    const SeedData seed = loadSeedData();
    QCOMPARE(seed.trainBits.size(), std::size_t(10000));
    QCOMPARE(seed.testBits.size(), std::size_t(1000));
    const Dataset data(SineSignal(), DataSpec(), 20);
    int mismatches = 0;
    for (std::size_t k = 0; k < seed.trainBits.size(); ++k)
        mismatches += bitsOf(data.train().series[k]) != seed.trainBits[k];
    for (std::size_t k = 0; k < seed.testBits.size(); ++k)
        mismatches += bitsOf(data.test().series[k]) != seed.testBits[k];
    qInfo("float32 samples differing from numpy's: %d of 11000", mismatches);
    QCOMPARE(mismatches, 0);
    QCOMPARE(data.train().x.front(), 0.0);
    QCOMPARE(data.train().x.back(), 100.0);
    QCOMPARE(data.test().x.front(), 100.0);
    QCOMPARE(data.test().x.back(), 110.0);
}

void TestDataset::windowsAreTheSeeds_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<bool>("test");
    for (int t : {1, 20, 200}) {
        QTest::addRow("train, timesteps %d", t) << t << false;
        QTest::addRow("test, timesteps %d", t) << t << true;
    }
}

void TestDataset::windowsAreTheSeeds()
{
    QFETCH(int, timesteps);
    QFETCH(bool, test);
    const SeedData seed = loadSeedData();
    const Dataset data(SineSignal(), DataSpec(), timesteps);
    const Dataset::Split &split = test ? data.test() : data.train();
    const QString header = QStringLiteral("%1_windows timesteps=%2 ").arg(test ? "test" : "train").arg(timesteps);
    int at = -1;
    for (int k = 0; k < seed.lines.size(); ++k)
        if (seed.lines[k].startsWith(header))
            at = k;
    QVERIFY2(at >= 0, "fixture section missing");
    const int count = seed.lines[at].section(QLatin1String("count="), 1).toInt();
    QCOMPARE(split.size(), count);
    QCOMPARE(int(split.windows.rows()), timesteps);

    for (int r = 1; r <= 3; ++r) {
        const QStringList parts = seed.lines[at + r].split(QLatin1String(" label "));
        const QString rowPart = parts[0];
        const int n = rowPart.section(QLatin1Char(' '), 1, 1).toInt();
        const std::vector<quint32> xs = parseBits(rowPart.section(QLatin1Char(' '), 2));
        QCOMPARE(int(xs.size()), timesteps);
        for (int t = 0; t < timesteps; ++t)
            QCOMPARE(bitsOf(split.windows(t, n)), xs[std::size_t(t)]);
        QCOMPARE(bitsOf(split.labels(0, n)), parseBits(parts[1]).at(0));
    }
    const QStringList sums = seed.lines[at + 4].split(QLatin1Char(' '));
    double sumX = 0.0;
    double sumY = 0.0;
    for (int n = 0; n < split.size(); ++n) {
        sumY += split.labels(0, n);
        for (int t = 0; t < timesteps; ++t)
            sumX += split.windows(t, n);
    }
    QVERIFY(qAbs(sumX - sums[1].toDouble()) <= 1e-9 * (1 + qAbs(sumX)));
    QVERIFY(qAbs(sumY - sums[3].toDouble()) <= 1e-9 * (1 + qAbs(sumY)));
    // Every window is the slice of the series that the seed's loop takes.
    for (int n = 0; n < split.size(); n += 97) {
        for (int t = 0; t < timesteps; ++t)
            QCOMPARE(split.windows(t, n), split.series[std::size_t(n + t)]);
        QCOMPARE(split.labels(0, n), split.series[std::size_t(n + timesteps)]);
    }
}

void TestDataset::linspaceMatchesNumpy()
{
    const std::vector<double> xs = linspace(0.0, 100.0, 10000);
    QCOMPARE(xs.size(), std::size_t(10000));
    QCOMPARE(xs[1], 100.0 / 9999.0);
    QCOMPARE(xs.back(), 100.0);
    QCOMPARE(linspace(3.0, 4.0, 1).size(), std::size_t(1));
    QVERIFY(linspace(3.0, 4.0, 0).empty());
}

void TestDataset::tooShortSeriesIsRefused()
{
    DataSpec spec;
    spec.testCount = 21; // 21 samples cannot hold a window of 20 and its label (seed's n - T - 1 = 0)
    bool threw = false;
    try {
        Dataset data(SineSignal(), spec, 20);
    } catch (const std::invalid_argument &e) {
        threw = true;
        QVERIFY(QString::fromUtf8(e.what()).contains(QLatin1String("timesteps")));
    }
    QVERIFY(threw);
}

// One check of a model against its data, for every loader and the window (issue 14): the width
// needs no data, the time steps do.
void TestDataset::modelOfAnotherShapeIsRefused()
{
    const Dataset data(SineSignal(), DataSpec(), 20);
    ModelConfig model;
    model.timesteps = 20;
    QVERIFY(!Dataset::checkWidth(model));
    QVERIFY(!data.checkModel(model));
    model.outputSize = 3;
    QCOMPARE(*Dataset::checkWidth(model),
             std::string("the data has one value per time step, so input_size and output_size must be 1 and 1 (got 1 and 3)"));
    QCOMPARE(*data.checkModel(model), *Dataset::checkWidth(model));
    model.outputSize = 1;
    model.timesteps = 9;
    QVERIFY(!Dataset::checkWidth(model));
    QCOMPARE(*data.checkModel(model), std::string("the data's windows have 20 time steps but the model expects 9"));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
