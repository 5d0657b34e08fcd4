// ModelFile: model.json round-trips bit-exactly; broken files are refused with a message.

#include "modelfile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace lstmlab;

namespace {

ModelData randomModel(const ModelConfig &config, unsigned seed)
{
    Network<float> network(config);
    std::mt19937 rng(seed);
    network.initialise(rng);
    ModelData model{config, network.parameters(), {1234, 7, 0.00081}};
    // Values that are hard to print: tiny, huge, negative zero, denormal.
    model.parameters[0] = 1.0e-38f;
    model.parameters[1] = -0.0f;
    model.parameters[2] = 3.4e38f;
    model.parameters[3] = std::numeric_limits<float>::denorm_min();
    return model;
}

std::string replaceOnce(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

// Replaces the first number of the first "data" array with value.
std::string replaceFirstValue(std::string text, const std::string &value)
{
    const auto open = text.find("\"data\": [") + 9;
    const auto comma = text.find(',', open);
    return text.replace(open, comma - open, value);
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private slots:
    void layoutCoversEveryParameter_data();
    void layoutCoversEveryParameter();
    void roundTripIsBitExact_data();
    void roundTripIsBitExact();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void savingIsAtomicAndReportsErrors();
    void keyOrderDoesNotMatter();
    void fileWithoutCellIsAnLstm();
    void forgetBiasIsKeptAndOldFilesHaveNone();
    void fileReadsAsItsText();
};

void TestModelFile::layoutCoversEveryParameter_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::newRow("seed 2x20") << 20 << 2;
    QTest::newRow("1x1") << 1 << 1;
    QTest::newRow("8x256") << 256 << 8;
}

void TestModelFile::layoutCoversEveryParameter()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    ModelConfig config;
    config.units = units;
    config.layers = layers;
    Eigen::Index end = 0;
    for (const TensorInfo &t : tensorLayout(config)) {
        QCOMPARE(t.offset, end);
        end += t.size();
    }
    QCOMPARE(end, Network<float>::parameterCount(config));
    QCOMPARE(tensorLayout(config).front().name, std::string("weight_ih_l0"));
    QCOMPARE(tensorLayout(config).back().name, std::string("head.bias"));
}

void TestModelFile::roundTripIsBitExact_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("cell");
    QTest::newRow("seed 2x20 t20") << 20 << 2 << 20 << int(RecurrentCell::Lstm);
    QTest::newRow("1 unit, 1 layer, t1") << 1 << 1 << 1 << int(RecurrentCell::Lstm);
    QTest::newRow("3 layers of 7, t50") << 7 << 3 << 50 << int(RecurrentCell::Lstm);
    QTest::newRow("gru, 2 layers of 5, t9") << 5 << 2 << 9 << int(RecurrentCell::Gru);
    QTest::newRow("rnn, 3 layers of 4, t6") << 4 << 3 << 6 << int(RecurrentCell::Rnn);
}

void TestModelFile::roundTripIsBitExact()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);
    QFETCH(int, cell);
    ModelConfig config;
    config.cell = RecurrentCell(cell);
    config.units = units;
    config.layers = layers;
    config.timesteps = timesteps;
    config.dropout = 0.25;
    const ModelData model = randomModel(config, 42);
    const std::string text = writeModelJson(model);
    const ModelReadResult read = readModelJson(text);
    QVERIFY2(read.model, read.error.c_str());
    QCOMPARE(read.model->config, config);
    QCOMPARE(read.model->progress.steps, 1234LL);
    QCOMPARE(read.model->progress.epochs, 7);
    QCOMPARE(read.model->parameters.size(), model.parameters.size());
    QCOMPARE(std::memcmp(read.model->parameters.data(), model.parameters.data(),
                         sizeof(float) * std::size_t(model.parameters.size())),
             0);
    // And the text is stable: writing what was read gives the same bytes.
    QCOMPARE(writeModelJson(*read.model), text);

    QTemporaryDir dir;
    const std::string path = QDir(dir.path()).filePath(QStringLiteral("model.json")).toStdString();
    std::string error;
    QVERIFY(saveModelFile(path, model, &error));
    const ModelReadResult loaded = loadModelFile(path);
    QVERIFY2(loaded.model, loaded.error.c_str());
    QCOMPARE(std::memcmp(loaded.model->parameters.data(), model.parameters.data(),
                         sizeof(float) * std::size_t(model.parameters.size())),
             0);
}

void TestModelFile::brokenFilesAreRefused_data()
{
    ModelConfig config;
    config.units = 3;
    config.layers = 2;
    const std::string good = writeModelJson(randomModel(config, 7));

    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("truncated") << QByteArray::fromStdString(good.substr(0, good.size() / 2)) << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << "not a JSON object";
    QTest::newRow("wrong format") << QByteArray::fromStdString(replaceOnce(good, "lstm-lab-model", "keras"))
                                  << "not an LSTM Lab model";
    QTest::newRow("wrong version") << QByteArray::fromStdString(replaceOnce(good, "\"version\": 1", "\"version\": 99"))
                                   << "version 99";
    QTest::newRow("wrong shape") << QByteArray::fromStdString(replaceOnce(good, "\"shape\": [12, 3]", "\"shape\": [12, 4]"))
                                 << "weight_hh_l0 must have shape [12, 3]";
    QTest::newRow("missing tensor") << QByteArray::fromStdString(replaceOnce(good, "\"head.bias\"", "\"head.bias_\""))
                                    << "head.bias is missing";
    QTest::newRow("NaN") << QByteArray::fromStdString(replaceFirstValue(good, "NaN")) << "not valid JSON";
    QTest::newRow("null value") << QByteArray::fromStdString(replaceFirstValue(good, "null"))
                                << "weight_ih_l0 has a value that is not a finite";
    QTest::newRow("one value too many") << QByteArray::fromStdString(replaceOnce(good, "\"data\": [", "\"data\": [1, "))
                                    << "weight_ih_l0 must hold 12 numbers";
    QTest::newRow("overflowing value")
        << QByteArray::fromStdString(replaceFirstValue(good, "1e39")) << "weight_ih_l0 has a value that is not a finite";
    QTest::newRow("units out of range") << QByteArray::fromStdString(replaceOnce(good, "\"units\": 3", "\"units\": 100000"))
                                        << "units must be an integer in 1..256";
    QTest::newRow("unknown cell") << QByteArray::fromStdString(replaceOnce(good, "\"cell\": \"lstm\"", "\"cell\": \"transformer\""))
                                  << "config.cell must be one of lstm, rnn, gru (got \"transformer\")";
    QTest::newRow("cell not a string") << QByteArray::fromStdString(replaceOnce(good, "\"cell\": \"lstm\"", "\"cell\": 3"))
                                       << "config.cell must be one of lstm, rnn, gru";
    QTest::newRow("an lstm's tensors as a gru's") << QByteArray::fromStdString(replaceOnce(good, "\"cell\": \"lstm\"", "\"cell\": \"gru\""))
                                                  << "tensor weight_ih_l0 must have shape [9, 1]";
    QTest::newRow("a text model") << QByteArray::fromStdString(replaceOnce(good, "\"config\": {", "\"config\": {\"task\": \"text\", "))
                                  << "config.task is \"text\": a character-level network, which the sine task cannot use";
    QTest::newRow("unknown task") << QByteArray::fromStdString(replaceOnce(good, "\"config\": {", "\"config\": {\"task\": 7, "))
                                  << "config.task must be \"sine\" (got 7)";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "nested deeper";
    QTest::newRow("overflowing dropout")
        << QByteArray::fromStdString(replaceOnce(good, "\"dropout\": 0", "\"dropout\": 1e999"))
        << "config.dropout is missing or not a finite number";
    QTest::newRow("version as a string")
        << QByteArray::fromStdString(replaceOnce(good, "\"version\": 1", "\"version\": \"1\""))
        << "version the string \"1\" (this build reads version 1)";
    QTest::newRow("version null") << QByteArray::fromStdString(replaceOnce(good, "\"version\": 1", "\"version\": null"))
                                  << "version null (this build reads version 1)";
    QTest::newRow("duplicate key")
        << QByteArray::fromStdString(replaceOnce(good, "\"units\": 3", "\"units\": 3, \"units\": 4"))
        << "the key \"units\" appears twice in one object";
    QTest::newRow("steps beyond 2^53")
        << QByteArray::fromStdString(replaceOnce(good, "\"steps\": 1234", "\"steps\": 9007199254740993"))
        << "training.steps must be an integer in 0..9007199254740992 (got 9007199254740993)";
    QTest::newRow("steps 2^63-1")
        << QByteArray::fromStdString(replaceOnce(good, "\"steps\": 1234", "\"steps\": 9223372036854775807"))
        << "training.steps must be an integer in 0..9007199254740992";
    // Refused as they are read: the file's broken end is never reached (the old reader parsed the
    // whole text first and said "not valid JSON").
    const std::string brokenEnd = "], \"oops";
    std::string zeros;
    for (int k = 0; k < 100; ++k)
        zeros += "0, ";
    const std::string tooLong = replaceOnce(good, "\"data\": [", "\"data\": [" + zeros);
    QTest::newRow("too long, refused before the end")
        << QByteArray::fromStdString(tooLong.substr(0, good.size()) + brokenEnd) << "weight_ih_l0 must hold 12 numbers";
    QTest::newRow("wrong shape, refused before its data")
        << QByteArray::fromStdString(replaceOnce(good, "\"shape\": [12, 3], \"data\": [", "\"shape\": [12, 4], \"data\": [oops"))
        << "weight_hh_l0 must have shape [12, 3]";
    // 5 million values (10 MB) would take about 500 MB as a parsed tree: refused before parsing.
    QByteArray manyValues = QByteArray("[0") + QByteArray("," "0").repeated(5'000'000) + "]";
    QTest::newRow("more values than any model") << manyValues << "more values than the largest valid model";
}

void TestModelFile::brokenFilesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const ModelReadResult read = readModelJson(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(!read.model);
    qInfo("%s", read.error.c_str());
    QVERIFY2(QString::fromStdString(read.error).contains(expected), read.error.c_str());
}

void TestModelFile::savingIsAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("model.json"));
    std::string error;
    QVERIFY(writeFileAtomically(path.toStdString(), "old contents", &error));
    // A folder that does not exist: an error naming the path, the old file untouched.
    const std::string bad = QDir(dir.path()).filePath(QStringLiteral("missing/model.json")).toStdString();
    QVERIFY(!writeFileAtomically(bad, "new", &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("missing/model.json")), error.c_str());
    QCOMPARE(*readFileCapped(path.toStdString(), 1 << 20, &error), std::string("old contents"));
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    // Too large a file is refused before it is read whole.
    QVERIFY(!readFileCapped(path.toStdString(), 4, &error));
    QVERIFY(QString::fromStdString(error).contains(QLatin1String("larger than")));
    const ModelReadResult missing = loadModelFile(QDir(dir.path()).filePath(QStringLiteral("nope.json")).toStdString());
    QVERIFY(!missing.model);
    QVERIFY(QString::fromStdString(missing.error).contains(QLatin1String("nope.json")));
}

// Python's json.dump(sort_keys=True) puts "data" before "shape"; a hand-edited file may put
// "tensors" before "config": both read as the file this library writes.
// Files written before the cells have no config.cell: they are LSTMs, and still load.
void TestModelFile::fileWithoutCellIsAnLstm()
{
    ModelConfig config;
    config.units = 3;
    const ModelData model = randomModel(config, 5);
    const std::string text = writeModelJson(model);
    QVERIFY(text.find("\"config\": {\"cell\": \"lstm\", \"input_size\"") != std::string::npos);
    const ModelReadResult read = readModelJson(replaceOnce(text, "\"cell\": \"lstm\", ", ""));
    QVERIFY2(read.model, read.error.c_str());
    QCOMPARE(int(read.model->config.cell), int(RecurrentCell::Lstm));
    QVERIFY(read.model->parameters == model.parameters);
}

// config.forget_bias: written only when set, so files without it (all before it) read as 0.
void TestModelFile::forgetBiasIsKeptAndOldFilesHaveNone()
{
    ModelConfig config;
    config.units = 3;
    const ModelData plain = randomModel(config, 5);
    const std::string plainText = writeModelJson(plain);
    QVERIFY(plainText.find("forget_bias") == std::string::npos);
    const ModelReadResult old = readModelJson(plainText);
    QVERIFY2(old.model, old.error.c_str());
    QCOMPARE(old.model->config.forgetBias, 0.0);

    config.forgetBias = 1.0;
    const ModelData biased = randomModel(config, 5);
    const std::string text = writeModelJson(biased);
    QVERIFY(text.find("\"dropout\": 0, \"forget_bias\": 1}") != std::string::npos);
    const ModelReadResult read = readModelJson(text);
    QVERIFY2(read.model, read.error.c_str());
    QCOMPARE(read.model->config, config);

    const ModelReadResult bad = readModelJson(replaceOnce(text, "\"forget_bias\": 1", "\"forget_bias\": 9"));
    QVERIFY(!bad.model);
    QVERIFY2(bad.error.find("forget-bias must be a number in -5..5 (got 9)") != std::string::npos, bad.error.c_str());
    config.cell = RecurrentCell::Gru;
    config.forgetBias = 0.0;
    const ModelData gru = randomModel(config, 5);
    const std::string gruText = replaceOnce(writeModelJson(gru), "\"dropout\": 0}", "\"dropout\": 0, \"forget_bias\": 1}");
    const ModelReadResult refused = readModelJson(gruText);
    QVERIFY(!refused.model);
    QVERIFY2(refused.error.find("forget-bias applies only to the lstm cell") != std::string::npos, refused.error.c_str());
}

void TestModelFile::keyOrderDoesNotMatter()
{
    ModelConfig config;
    config.units = 3;
    config.layers = 2;
    const ModelData model = randomModel(config, 11);
    const std::string text = writeModelJson(model);
    for (const bool reverse : {false, true}) {
        const std::string reordered = reorderJsonKeys(text, reverse);
        QVERIFY(reordered != text);
        const ModelReadResult read = readModelJson(reordered);
        QVERIFY2(read.model, read.error.c_str());
        QCOMPARE(writeModelJson(*read.model), text);
    }
}

// A file is read in chunks, never whole: it gives what its text gives.
void TestModelFile::fileReadsAsItsText()
{
    ModelConfig config;
    config.units = 20;
    config.layers = 2;
    const std::string text = writeModelJson(randomModel(config, 5));
    QTemporaryDir dir;
    const ModelReadResult read = loadModelFile(writeFile(dir, "model.json", QByteArray::fromStdString(text)).toStdString());
    QVERIFY2(read.model, read.error.c_str());
    QCOMPARE(writeModelJson(*read.model), text);
    const ModelReadResult broken = loadModelFile(
        writeFile(dir, "broken.json", QByteArray::fromStdString(text.substr(0, text.size() - 100))).toStdString());
    QVERIFY(!broken.model);
    QCOMPARE(broken.error.substr(broken.error.find(": ") + 2), readModelJson(text.substr(0, text.size() - 100)).error);
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
