// SessionFile: a saved and reopened session continues training bit-for-bit as if it had never
// stopped; every field round-trips; broken sessions are refused with a message and never crash.
// (That `--headless --resume` continues a session exactly is tst_headlessrun's.)

#include "json.h"
#include "sessionfile.h"
#include "sinesignal.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace lstmlab;

namespace {

std::shared_ptr<const Dataset> seedData(int timesteps)
{
    return std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
}

// 35 training windows (40 samples, T = 4), for tests that parse a session many times.
std::shared_ptr<const Dataset> tinyData(int timesteps)
{
    std::vector<double> trainX, testX;
    std::vector<float> train, test;
    for (int k = 0; k < 40; ++k) {
        trainX.push_back(0.25 * k);
        train.push_back(float(std::sin(0.25 * k)));
    }
    for (int k = 0; k < 12; ++k) {
        testX.push_back(10.0 + 0.25 * k);
        test.push_back(float(std::sin(10.0 + 0.25 * k)));
    }
    return std::make_shared<const Dataset>(trainX, train, testX, test, timesteps, "sine");
}

bool sameFloats(const Vector<float> &a, const Vector<float> &b)
{
    return a.size() == b.size()
           && std::memcmp(a.data(), b.data(), sizeof(float) * std::size_t(a.size())) == 0;
}

std::string replaceOnce(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("test text does not contain %s", from.c_str());
    return text.replace(at, from.size(), to);
}

// Replaces the first number after `after` with value.
std::string replaceNumberAfter(std::string text, const std::string &after, const std::string &value)
{
    auto at = text.find(after);
    if (at == std::string::npos)
        qFatal("test text does not contain %s", after.c_str());
    at = text.find_first_of("-0123456789", at + after.size());
    const auto end = text.find_first_not_of("-+.eE0123456789", at);
    return text.replace(at, end - at, value);
}

// Replaces the first number after `after` that follows `anchor`.
std::string replaceNumberAfterIn(const std::string &text, const std::string &anchor, const std::string &after,
                                 const std::string &value)
{
    const auto at = text.find(anchor);
    if (at == std::string::npos)
        qFatal("test text does not contain %s", anchor.c_str());
    return text.substr(0, at) + replaceNumberAfter(text.substr(at), after, value);
}

std::string writeOrFail(const SessionData &session)
{
    std::string error;
    const std::optional<std::string> text = writeSessionJson(session, &error);
    if (!text)
        qFatal("writeSessionJson: %s", error.c_str());
    return *text;
}

struct Recorded {
    std::vector<double> losses;
    std::vector<EpochReport> epochs;
};

// Steps a trainer, recording every loss and every epoch report; applies the live changes at
// step changeAt (counted from the start of the whole run).
void train(Trainer &trainer, int steps, Recorded *recorded, long long changeAt = -1)
{
    StepReport report;
    for (int k = 0; k < steps; ++k) {
        if (trainer.stepCount() == changeAt) {
            trainer.setLearningRate(0.004);
            trainer.setDropout(0.1);
        }
        QVERIFY(trainer.step(&report));
        recorded->losses.push_back(report.loss);
        if (report.epochCompleted)
            recorded->epochs.push_back(trainer.lastEpoch());
    }
}

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void resumedRunEqualsUninterruptedRun_data();
    void resumedRunEqualsUninterruptedRun();
    void everyFieldRoundTrips();
    void brokenSessionsAreRefused_data();
    void brokenSessionsAreRefused();
    void anyPrefixOrByteFlipIsRefusedWithoutCrash();
    void tooManyValuesAreRefusedBeforeParsing();
    void stateThatDoesNotFitTheDataIsRefused();
    void savingIsAtomicAndReportsErrors();
    void resumeFileMayBeSessionOrModel();
    void whatIsWrittenReadsBack();
    void keyOrderDoesNotMatter();
    void runListRoundTrips();
    void brokenRunListsAreRefused_data();
    void brokenRunListsAreRefused();
};

void TestSessionFile::resumedRunEqualsUninterruptedRun_data()
{
    QTest::addColumn<bool>("shuffle");
    QTest::addColumn<double>("dropout");
    QTest::addColumn<double>("clipNorm");
    QTest::addColumn<int>("before");     // steps before the save
    QTest::addColumn<int>("after");      // steps after it
    QTest::addColumn<int>("changeAt");   // step at which the live rate and dropout change; -1: never
    // 9979 windows in batches of 1000: 10 batches per epoch.
    QTest::newRow("in order, no dropout, mid-epoch") << false << 0.0 << 0.0 << 13 << 12 << -1;
    QTest::newRow("shuffled, dropout 0.3, mid-epoch") << true << 0.3 << 0.0 << 13 << 12 << -1;
    QTest::newRow("shuffled, dropout 0.3, at an epoch's end") << true << 0.3 << 0.0 << 10 << 11 << -1;
    QTest::newRow("shuffled, dropout 0.5, before the first step") << true << 0.5 << 0.0 << 0 << 12 << -1;
    QTest::newRow("shuffled, dropout, clipping, live changes before the save")
        << true << 0.2 << 0.05 << 7 << 9 << 4;
    QTest::newRow("shuffled, dropout, live changes after the save") << true << 0.2 << 0.0 << 7 << 9 << 11;
}

void TestSessionFile::resumedRunEqualsUninterruptedRun()
{
    QFETCH(bool, shuffle);
    QFETCH(double, dropout);
    QFETCH(double, clipNorm);
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(int, changeAt);
    ModelConfig model;
    model.units = 5;
    model.layers = 2;
    model.timesteps = 8;
    model.dropout = dropout;
    TrainConfig config;
    config.batchSize = 1000;
    config.shuffle = shuffle;
    config.clipNorm = clipNorm;
    config.seed = 11;
    config.epochs = 0;
    auto data = seedData(model.timesteps);

    Trainer uninterrupted(model, config, data);
    Recorded whole;
    train(uninterrupted, before + after, &whole, changeAt);

    Recorded first;
    Recorded second;
    {
        Trainer stopped(model, config, data);
        train(stopped, before, &first, changeAt);
        SessionData session = captureSession(stopped);
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("run.lstmlab")).toStdString();
        std::string error;
        QVERIFY2(saveSessionFile(path, session, &error), error.c_str());
        SessionReadResult read = loadSessionFile(path);
        QVERIFY2(read.session, read.error.c_str());
        std::unique_ptr<Trainer> resumed = resumeTrainer(*read.session, data, &error);
        QVERIFY2(resumed, error.c_str());
        QCOMPARE(resumed->stepCount(), (long long)before);
        QCOMPARE(resumed->epoch(), stopped.epoch());
        QCOMPARE(resumed->batchInEpoch(), stopped.batchInEpoch());
        train(*resumed, after, &second, changeAt);
        first.losses.insert(first.losses.end(), second.losses.begin(), second.losses.end());
        first.epochs.insert(first.epochs.end(), second.epochs.begin(), second.epochs.end());

        QCOMPARE(resumed->stepCount(), uninterrupted.stepCount());
        QCOMPARE(resumed->epoch(), uninterrupted.epoch());
        QCOMPARE(resumed->batchInEpoch(), uninterrupted.batchInEpoch());
        QCOMPARE(resumed->learningRate(), uninterrupted.learningRate());
        QVERIFY(sameFloats(resumed->network().parameters(), uninterrupted.network().parameters()));
        QVERIFY(sameFloats(resumed->optimizer().firstMoment(), uninterrupted.optimizer().firstMoment()));
        QVERIFY(sameFloats(resumed->optimizer().secondMoment(), uninterrupted.optimizer().secondMoment()));
        QCOMPARE(resumed->captureState().rngState, uninterrupted.captureState().rngState);
    }
    QCOMPARE(first.losses.size(), whole.losses.size());
    for (std::size_t k = 0; k < whole.losses.size(); ++k) {
        if (first.losses[k] != whole.losses[k])
            QFAIL(qPrintable(QStringLiteral("loss of step %1 differs: %2 resumed, %3 uninterrupted")
                                 .arg(k + 1)
                                 .arg(first.losses[k], 0, 'g', 17)
                                 .arg(whole.losses[k], 0, 'g', 17)));
    }
    QCOMPARE(first.epochs.size(), whole.epochs.size());
    QVERIFY(!whole.epochs.empty());
    for (std::size_t k = 0; k < whole.epochs.size(); ++k) {
        QCOMPARE(first.epochs[k].epoch, whole.epochs[k].epoch);
        QCOMPARE(first.epochs[k].step, whole.epochs[k].step);
        QCOMPARE(first.epochs[k].trainLoss, whole.epochs[k].trainLoss);
        QCOMPARE(first.epochs[k].testMse, whole.epochs[k].testMse);
    }
}

void TestSessionFile::everyFieldRoundTrips()
{
    ModelConfig model;
    model.units = 3;
    model.layers = 2;
    model.timesteps = 4;
    model.dropout = 0.25;
    TrainConfig config;
    config.batchSize = 7;
    config.learningRate = 0.0123;
    config.beta1 = 0.8;
    config.beta2 = 0.97;
    config.epsilon = 3e-9;
    config.epochs = 9;
    config.seed = 2147483647u;
    config.shuffle = true;
    config.clipNorm = 2.5;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 8, &recorded, 6); // epoch 1 (5 batches of 7 for 35 windows), batch 3
    SessionData session = captureSession(trainer);
    session.signal = {"damped-sine", "{\"frequency\": 2.5, \"decay\": 0.01, \"list\": [1, \"a\\\"b\", null, true]}"};
    session.state.parameters[0] = std::numeric_limits<float>::denorm_min();
    session.state.parameters[1] = -0.0f;
    session.state.adamFirstMoment[2] = -3.4e38f;
    session.state.epochLossSum = 0.1 + 0.2;
    for (long long k = 0; k < 5; ++k)
        session.lossHistory.push_back({k + 1, 1.0 / double(k + 3)});
    session.lossHistory.push_back({6, 4.9e-324});
    session.testMseHistory = {{5, 0.1}, {6, 1e-300}};

    const std::string text = writeOrFail(session);
    const SessionReadResult read = readSessionJson(text);
    QVERIFY2(read.session, read.error.c_str());
    const SessionData &back = *read.session;
    QCOMPARE(back.model, session.model);
    QCOMPARE(back.train, session.train);
    QCOMPARE(back.signal.id, session.signal.id);
    QCOMPARE(back.signal.parametersJson,
             std::string("{\"frequency\": 2.5, \"decay\": 0.01, \"list\": [1, \"a\\\"b\", null, true]}"));
    QVERIFY(sameFloats(back.state.parameters, session.state.parameters));
    QVERIFY(std::signbit(back.state.parameters[1]));
    QVERIFY(sameFloats(back.state.adamFirstMoment, session.state.adamFirstMoment));
    QVERIFY(sameFloats(back.state.adamSecondMoment, session.state.adamSecondMoment));
    QCOMPARE(back.state.adamStep, 8LL);
    QCOMPARE(back.state.rngState, session.state.rngState);
    QCOMPARE(back.state.step, 8LL);
    QCOMPARE(back.state.epoch, 1);
    QCOMPARE(back.state.batch, 3);
    QVERIFY(back.state.order == session.state.order);
    QCOMPARE(back.state.epochLossSum, 0.1 + 0.2);
    QCOMPARE(back.state.learningRate, 0.004);
    QCOMPARE(back.state.dropout, 0.1);
    QCOMPARE(back.state.lastEpoch.epoch, 1);
    QCOMPARE(back.state.lastEpoch.step, 5LL);
    QCOMPARE(back.state.lastEpoch.trainLoss, session.state.lastEpoch.trainLoss);
    QCOMPARE(back.state.lastEpoch.testMse, session.state.lastEpoch.testMse);
    QVERIFY(back.lossHistory == session.lossHistory);
    QVERIFY(back.testMseHistory == session.testMseHistory);
    // Stable text: writing what was read gives the same bytes.
    QCOMPARE(writeOrFail(back), text);

    // The embedded model is a whole model.json: cut out, it loads as one.
    const JsonParseResult parsed = parseJson(text, 32);
    QVERIFY(parsed.value);
    const ModelReadResult embedded = readModelObject(*parsed.value->find("model"));
    QVERIFY2(embedded.model, embedded.error.c_str());
    QVERIFY(sameFloats(embedded.model->parameters, session.state.parameters));
    QCOMPARE(embedded.model->progress.steps, 8LL);
}

void TestSessionFile::brokenSessionsAreRefused_data()
{
    ModelConfig model;
    model.units = 3;
    model.layers = 2;
    model.timesteps = 4;
    TrainConfig config;
    config.batchSize = 10;
    config.epochs = 5;
    config.shuffle = true;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 6, &recorded);
    SessionData session = captureSession(trainer);
    session.lossHistory = {{1, 0.5}, {2, 0.25}};
    session.testMseHistory = {{4, 0.125}};
    const std::string good = writeOrFail(session);
    QVERIFY(readSessionJson(good).session);
    const std::string rng = session.state.rngState;

    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *tag, const std::string &text, const char *expected) {
        QTest::newRow(tag) << QByteArray::fromStdString(text) << QString::fromUtf8(expected);
    };
    row("empty", "", "not valid JSON");
    row("truncated", good.substr(0, good.size() / 2), "not valid JSON");
    row("not an object", "[1, 2]", "not a JSON object");
    row("wrong format", replaceOnce(good, "lstm-lab-session", "lstm-lab-model"), "not an LSTM Lab session");
    row("wrong version", replaceOnce(good, "\"version\": 1,\n  \"model\"", "\"version\": 2,\n  \"model\""),
        "unsupported session format version 2");
    row("missing model", replaceOnce(good, "\"model\":", "\"modell\":"), "model is missing");
    row("model with a wrong shape", replaceOnce(good, "\"shape\": [12, 3]", "\"shape\": [12, 4]"),
        "model: tensor weight_hh_l0 must have shape [12, 3]");
    row("model with huge units", replaceOnce(good, "\"units\": 3", "\"units\": 100000"),
        "model: config: units must be an integer in 1..256");
    row("NaN weight", replaceNumberAfter(good, "\"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [", "NaN"),
        "not valid JSON");
    row("overflowing weight", replaceNumberAfter(good, "\"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [", "1e39"),
        "model: tensor weight_ih_l0 has a value that is not a finite number");
    row("negative batch size", replaceNumberAfter(good, "\"batch_size\":", "-10"),
        "train.batch_size must be an integer in 1..");
    row("huge batch size", replaceNumberAfter(good, "\"batch_size\":", "1099511627776"),
        "train.batch_size must be an integer in 1..");
    row("batch size above its range", replaceNumberAfter(good, "\"batch_size\":", "5000"),
        "train: batch-size must be an integer in 1..4096");
    row("learning rate 1e999", replaceNumberAfter(good, "\"learning_rate\":", "1e999"),
        "train.learning_rate must be a finite number");
    row("shuffle not a boolean", replaceOnce(good, "\"shuffle\": true", "\"shuffle\": 1"),
        "train.shuffle must be true or false");
    row("seed too large", replaceNumberAfter(good, "\"seed\":", "2147483648"), "train.seed must be an integer in 0..2147483647");
    row("signal parameters not an object", replaceOnce(good, "\"parameters\": {}", "\"parameters\": [1]"),
        "signal.parameters is not an object");
    row("live learning rate out of range", replaceNumberAfter(good, "\"live\": {\"learning_rate\":", "50"),
        "the live learning-rate must be a number in");
    // The writer refuses such states (what it writes reads back): made by editing the text.
    const std::string order0 = std::to_string(session.state.order[0]);
    const std::string order1 = std::to_string(session.state.order[1]);
    const auto orderStart = good.find("\"order\": [");
    const std::string emptyOrder = good.substr(0, orderStart) + "\"order\": []" + good.substr(good.find(']', orderStart) + 1);
    row("live dropout out of range", replaceNumberAfterIn(good, "\"live\":", "\"dropout\":", "0.95"),
        "the live dropout must be a number in 0..0.9");
    row("negative step", replaceNumberAfter(good, "\"position\": {\"step\":", "-6"),
        "position.step must be an integer in 0..");
    row("batch past the epoch's end", replaceNumberAfter(good, "\"batch\":", "4"), "the batch 4 is outside 0..3");
    row("epoch past the configured epochs", replaceNumberAfter(good, "\"position\": {\"step\": 6, \"epoch\":", "6"),
        "the epoch 6 is outside 0..5");
    row("window order with a repeat",
        replaceOnce(good, "\"order\": [" + order0 + ", " + order1 + ",", "\"order\": [" + order0 + ", " + order0 + ","),
        "the window order is not a permutation of 0..34");
    row("empty window order", emptyOrder, "the window order is empty");
    row("epoch loss sum negative", replaceNumberAfter(good, "\"epoch_loss_sum\":", "-1"),
        "position.epoch_loss_sum must be a finite number >= 0");
    row("last epoch's test MSE negative", replaceNumberAfterIn(good, "\"last_epoch\":", "\"test_mse\":", "-2"),
        "last_epoch.test_mse must be a finite number >= 0");
    row("window index past the end", replaceNumberAfter(good, "\"order\": [", "35"), "position.order[0] is not a window index in 0..34");
    row("negative window index", replaceNumberAfter(good, "\"order\": [", "-1"), "position.order[0] is not a window index");
    row("moment one value short",
        replaceOnce(good, "\"exp_avg_sq\": {\n      \"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [",
                    "\"exp_avg_sq\": {\n      \"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [1, "),
        "optimizer.exp_avg_sq: tensor weight_ih_l0 must hold 12 numbers");
    row("moment with a wrong shape",
        replaceOnce(good, "\"exp_avg\": {\n      \"weight_ih_l0\": {\"shape\": [12, 1]",
                    "\"exp_avg\": {\n      \"weight_ih_l0\": {\"shape\": [13, 1]"),
        "optimizer.exp_avg: tensor weight_ih_l0 must have shape [12, 1]");
    row("moment with null",
        replaceNumberAfter(good, "\"exp_avg\": {\n      \"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [", "null"),
        "optimizer.exp_avg: tensor weight_ih_l0 has a value that is not a finite number at index 0");
    row("negative second moment",
        replaceNumberAfter(good, "\"exp_avg_sq\": {\n      \"weight_ih_l0\": {\"shape\": [12, 1], \"data\": [", "-1"),
        "Adam's second moment holds a negative value");
    row("negative Adam step", replaceNumberAfter(good, "\"name\": \"adam\", \"step\":", "-1"), "optimizer.step must be an integer");
    row("other optimizer", replaceOnce(good, "\"adam\"", "\"sgd\""), "optimizer.name must be \"adam\"");
    row("generator state not numbers", replaceOnce(good, rng, "hello"), "the random generator state holds something");
    row("generator state too short", replaceOnce(good, rng, "1 2 3"), "the random generator state has 3 numbers instead of 625");
    row("generator word wider than 32 bits", replaceOnce(good, rng, "4294967296" + rng.substr(rng.find(' '))),
        "is not a std::mt19937 state");
    row("generator position past the end", replaceOnce(good, rng, rng.substr(0, rng.rfind(' ')) + " 625"),
        "is not a std::mt19937 state");
    row("history lengths differ", replaceOnce(good, "\"train_loss\": [0.5, 0.25]", "\"train_loss\": [0.5]"),
        "loss_history.step has 2 values but loss_history.train_loss has 1");
    row("negative history step", replaceOnce(good, "\"loss_history\": {\"step\": [1, 2]", "\"loss_history\": {\"step\": [-1, 2]"),
        "loss_history.step[0] is not an integer >= 0");
    row("history value not finite", replaceOnce(good, "\"train_loss\": [0.5, 0.25]", "\"train_loss\": [0.5, 1e400]"),
        "loss_history.train_loss[1] is not a finite number >= 0");
    row("negative test MSE", replaceOnce(good, "\"test_mse\": [0.125]", "\"test_mse\": [-0.125]"),
        "test_mse_history.test_mse[0] is not a finite number >= 0");
    row("missing test history", replaceOnce(good, "\"test_mse_history\"", "\"test_history\""), "test_mse_history is missing");
    row("deep nesting", std::string(100000, '['), "nested deeper");
    // Refused as they are read, before the broken end of the file (the old reader parsed the whole
    // text first and said "not valid JSON").
    {
        const std::size_t moment = good.find("\"exp_avg\"");
        std::string tooLong = good;
        tooLong.insert(good.find("\"data\": [", moment) + 9, "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ");
        row("Adam moment too long, refused before the end", tooLong.substr(0, tooLong.size() - 200) + "], \"oops",
            "optimizer.exp_avg: tensor weight_ih_l0 must hold 12 numbers");
    }
    // Python's json would take the second block's learning rate, this reader the first.
    row("duplicated live block", replaceOnce(good, "\"live\": {", "\"live\": {\"learning_rate\": 0.5, \"dropout\": 0},\n  \"live\": {"),
        "the key \"live\" appears twice in one object");
    row("version as a string", replaceOnce(good, "\"version\": 1,\n  \"model\"", "\"version\": \"1\",\n  \"model\""),
        "version the string \"1\" (this build reads version 1)");
    row("version null", replaceOnce(good, "\"version\": 1,\n  \"model\"", "\"version\": null,\n  \"model\""),
        "version null (this build reads version 1)");
    row("signal parameters deeper than written",
        replaceOnce(good, "\"parameters\": {}", "\"parameters\": {\"a\": " + std::string(22, '[') + std::string(22, ']') + "}"),
        "signal.parameters: ");
    row("Adam step beyond the shared limit", replaceNumberAfter(good, "\"name\": \"adam\", \"step\":", "9007199254740993"),
        "optimizer.step must be an integer in 0..9007199254740992");
}

void TestSessionFile::brokenSessionsAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const SessionReadResult read = readSessionJson(std::string_view(text.constData(), std::size_t(text.size())));
    QVERIFY(!read.session);
    qInfo("%s", read.error.c_str());
    QVERIFY2(QString::fromStdString(read.error).contains(expected), read.error.c_str());
}

void TestSessionFile::anyPrefixOrByteFlipIsRefusedWithoutCrash()
{
    ModelConfig model;
    model.units = 1;
    model.layers = 1;
    model.timesteps = 2;
    model.dropout = 0.5;
    TrainConfig config;
    config.batchSize = 8;
    config.shuffle = true;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 3, &recorded);
    SessionData session = captureSession(trainer);
    session.lossHistory = {{1, 0.5}, {2, 0.25}, {3, 0.125}};
    const std::string good = writeOrFail(session);
    QVERIFY(readSessionJson(good).session);

    // Every cut but the one that drops only the final newline leaves an invalid document.
    for (std::size_t k = 0; k + 1 < good.size(); ++k) {
        const SessionReadResult read = readSessionJson(std::string_view(good).substr(0, k));
        if (read.session || read.error.empty())
            QFAIL(qPrintable(QStringLiteral("a session cut at byte %1 of %2 was accepted").arg(k).arg(good.size())));
    }
    // Random bytes at random places: read or refused with a message, never a crash.
    std::mt19937 rng(5);
    int refused = 0;
    for (int k = 0; k < 3000; ++k) {
        std::string text = good;
        const int flips = 1 + int(rng() % 3);
        for (int f = 0; f < flips; ++f)
            text[rng() % text.size()] = char(rng() % 256);
        const SessionReadResult read = readSessionJson(text);
        QVERIFY(read.session.has_value() != !read.error.empty());
        refused += read.session ? 0 : 1;
        if (read.session) { // what is accepted must also restore, or be refused by the trainer
            std::string error;
            std::unique_ptr<Trainer> resumed = resumeTrainer(*read.session, tinyData(model.timesteps), &error);
            QVERIFY(resumed || !error.empty());
        }
    }
    qInfo("%d of 3000 damaged sessions refused", refused);
    QVERIFY(refused > 1500);
}

void TestSessionFile::tooManyValuesAreRefusedBeforeParsing()
{
    // 60 million one-byte values would take gigabytes as a parsed tree.
    const std::string text = "[" + std::string(60'000'000, '0').replace(1, std::string::npos, 59'999'999, ',');
    const SessionReadResult read = readSessionJson(text);
    QVERIFY(!read.session);
    QVERIFY2(QString::fromStdString(read.error).contains(QLatin1String("more values than the largest valid session")),
             read.error.c_str());
}

void TestSessionFile::stateThatDoesNotFitTheDataIsRefused()
{
    ModelConfig model;
    model.units = 2;
    model.layers = 1;
    model.timesteps = 4;
    TrainConfig config;
    config.batchSize = 10;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 2, &recorded);
    const SessionData session = captureSession(trainer);

    std::string error;
    QVERIFY(!resumeTrainer(session, seedData(model.timesteps), &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("covers 35 training windows but the data has 9995")),
             error.c_str());
    QVERIFY(!resumeTrainer(session, tinyData(5), &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("the model expects 4")), error.c_str());

    // A refused state leaves the trainer as it was.
    Trainer other(model, config, tinyData(model.timesteps));
    const Vector<float> before = other.network().parameters();
    TrainerState bad = session.state;
    bad.adamSecondMoment.resize(3);
    const std::optional<std::string> refused = other.restoreState(bad);
    QVERIFY(refused);
    QVERIFY2(QString::fromStdString(*refused).contains(QLatin1String("Adam's second moment has 3 values")),
             refused->c_str());
    QVERIFY(sameFloats(other.network().parameters(), before));
    QCOMPARE(other.stepCount(), 0LL);
}

void TestSessionFile::savingIsAtomicAndReportsErrors()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("work.lstmlab"));
    std::string error;
    QVERIFY(writeFileAtomically(path.toStdString(), "old contents", &error));
    ModelConfig model;
    model.units = 2;
    model.layers = 1;
    model.timesteps = 4;
    Trainer trainer(model, TrainConfig(), tinyData(model.timesteps));
    SessionData session = captureSession(trainer);

    const std::string missing = QDir(dir.path()).filePath(QStringLiteral("missing/work.lstmlab")).toStdString();
    QVERIFY(!saveSessionFile(missing, session, &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("missing/work.lstmlab")), error.c_str());

    session.signal.parametersJson = "{\"frequency\": ";
    QVERIFY(!saveSessionFile(path.toStdString(), session, &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("not a JSON object")), error.c_str());
    QCOMPARE(*readFileCapped(path.toStdString(), 1 << 20, &error), std::string("old contents"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    session.signal.parametersJson = "";  // no parameters: an empty object
    QVERIFY2(saveSessionFile(path.toStdString(), session, &error), error.c_str());
    const SessionReadResult read = loadSessionFile(path.toStdString());
    QVERIFY2(read.session, read.error.c_str());
    QCOMPARE(read.session->signal.parametersJson, std::string("{}"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestSessionFile::resumeFileMayBeSessionOrModel()
{
    QTemporaryDir dir;
    ModelConfig model;
    model.units = 2;
    model.layers = 1;
    model.timesteps = 4;
    Trainer trainer(model, TrainConfig(), tinyData(model.timesteps));
    const std::string sessionPath = QDir(dir.path()).filePath(QStringLiteral("a.lstmlab")).toStdString();
    const std::string modelPath = QDir(dir.path()).filePath(QStringLiteral("model.json")).toStdString();
    const std::string otherPath = QDir(dir.path()).filePath(QStringLiteral("other.json")).toStdString();
    std::string error;
    QVERIFY(saveSessionFile(sessionPath, captureSession(trainer), &error));
    QVERIFY(saveModelFile(modelPath, {model, trainer.network().parameters(), {}}, &error));
    QVERIFY(writeFileAtomically(otherPath, "{\"format\": \"keras\"}", &error));

    const ResumeReadResult session = loadSessionOrModelFile(sessionPath);
    QVERIFY2(session.session && !session.model, session.error.c_str());
    const ResumeReadResult modelFile = loadSessionOrModelFile(modelPath);
    QVERIFY2(modelFile.model && !modelFile.session, modelFile.error.c_str());
    QVERIFY(sameFloats(modelFile.model->parameters, trainer.network().parameters()));
    const ResumeReadResult other = loadSessionOrModelFile(otherPath);
    QVERIFY(!other.model && !other.session);
    QVERIFY2(QString::fromStdString(other.error).contains(QLatin1String("neither an LSTM Lab session nor a model")),
             other.error.c_str());
    QVERIFY(QString::fromStdString(other.error).contains(QLatin1String("other.json")));
    const ResumeReadResult absent = loadSessionOrModelFile(otherPath + ".nope");
    QVERIFY(!absent.model && !absent.session);
    QVERIFY(QString::fromStdString(absent.error).contains(QLatin1String("other.json.nope")));
}

// One set of limits for the trainer, the reader and the writer: the writer refuses what the
// reader would refuse, and a trainer stops at a count's limit instead of passing it.
void TestSessionFile::whatIsWrittenReadsBack()
{
    ModelConfig model;
    model.units = 2;
    model.layers = 1;
    model.timesteps = 4;
    TrainConfig config;
    config.batchSize = 10;
    config.epochs = 0; // until stopped
    Trainer trainer(model, config, tinyData(model.timesteps));
    QVERIFY(trainer.step());
    SessionData session = captureSession(trainer);
    std::string error;

    SessionData overflowing = session;
    overflowing.state.adamFirstMoment[0] = std::numeric_limits<float>::infinity();
    QVERIFY(!writeSessionJson(overflowing, &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("Adam's first moment holds a value that is not finite")),
             error.c_str());
    SessionData tooFar = session;
    tooFar.state.step = maxStepCount + 1;
    QVERIFY(!writeSessionJson(tooFar, &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("outside 0..9007199254740992")), error.c_str());

    // One step short of the limit: the trainer takes it and stops, and the session reads back.
    SessionData nearLimit = session;
    nearLimit.state.step = maxStepCount - 1;
    std::unique_ptr<Trainer> resumed = resumeTrainer(nearLimit, tinyData(model.timesteps), &error);
    QVERIFY2(resumed, error.c_str());
    Trainer::Listener listener;
    QCOMPARE(resumed->run(listener), Trainer::Outcome::Finished);
    QCOMPARE(resumed->stepCount(), maxStepCount);
    const std::string text = writeOrFail(captureSession(*resumed));
    const SessionReadResult back = readSessionJson(text);
    QVERIFY2(back.session, back.error.c_str());
    QCOMPARE(back.session->state.step, maxStepCount);
}

// Python's json.dump(sort_keys=True) puts "data" before "shape" and "model" before "optimizer";
// in reverse order the moments come before the model's configuration (kept aside, then checked):
// each reads as the file this library writes.
void TestSessionFile::keyOrderDoesNotMatter()
{
    ModelConfig model;
    model.units = 3;
    model.layers = 2;
    model.timesteps = 4;
    TrainConfig config;
    config.batchSize = 10;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 5, &recorded);
    SessionData session = captureSession(trainer);
    session.lossHistory = {{1, 0.5}, {2, 0.25}};
    session.testMseHistory = {{4, 0.125}};
    const std::string text = writeOrFail(session);
    for (const bool reverse : {false, true}) {
        const std::string reordered = reorderJsonKeys(text, reverse);
        QVERIFY(reordered != text);
        const SessionReadResult read = readSessionJson(reordered);
        QVERIFY2(read.session, read.error.c_str());
        QCOMPARE(writeOrFail(*read.session), text);
    }
}

namespace {

SessionData sessionWithRuns()
{
    ModelConfig model;
    model.units = 3;
    model.layers = 1;
    model.timesteps = 4;
    TrainConfig config;
    config.batchSize = 10;
    Trainer trainer(model, config, tinyData(model.timesteps));
    Recorded recorded;
    train(trainer, 3, &recorded);
    SessionData session = captureSession(trainer);
    RunRecord rnn;
    rnn.model = model;
    rnn.model.cell = RecurrentCell::Rnn;
    rnn.train = config;
    rnn.signal = "sin(x)";
    rnn.steps = 40;
    rnn.finalTestMse = 0.25;
    rnn.loss = {{1, 0.5}, {2, 0.375}, {40, 1e-300}};
    rnn.testMse = {{20, 0.3}, {40, 0.25}};
    rnn.prediction = {{100.5, -0.75}, {100.6, 0.125}};
    RunRecord lstm = rnn;
    lstm.model.cell = RecurrentCell::Lstm;
    lstm.model.forgetBias = 1.0;
    lstm.train.seed = 2;
    lstm.signal = "echo, lag 3 \"quoted\"";
    lstm.finalTestMse = -1.0;
    lstm.testMse.clear();
    lstm.diverged = true;
    session.runs = {rnn, lstm};
    return session;
}

} // namespace

// The window's run list goes into the session and comes back field for field; a session
// without one (every older file) reads with an empty list and writes no "runs".
void TestSessionFile::runListRoundTrips()
{
    SessionData session = sessionWithRuns();
    const std::string text = writeOrFail(session);
    const SessionReadResult read = readSessionJson(text);
    QVERIFY2(read.session, read.error.c_str());
    QCOMPARE(read.session->runs.size(), std::size_t(2));
    QVERIFY(read.session->runs == session.runs);
    QCOMPARE(writeOrFail(*read.session), text);

    session.runs.clear();
    const std::string old = writeOrFail(session);
    QVERIFY(old.find("\"runs\"") == std::string::npos);
    const SessionReadResult oldRead = readSessionJson(old);
    QVERIFY2(oldRead.session, oldRead.error.c_str());
    QVERIFY(oldRead.session->runs.empty());

    // More runs than a session holds: the newest are written.
    SessionData many = sessionWithRuns();
    many.runs.resize(RunRecord::maxRecords + 3, many.runs.front());
    many.runs.back().steps = 77;
    const SessionReadResult manyRead = readSessionJson(writeOrFail(many));
    QVERIFY2(manyRead.session, manyRead.error.c_str());
    QCOMPARE(manyRead.session->runs.size(), RunRecord::maxRecords);
    QCOMPARE(manyRead.session->runs.back().steps, 77LL);
}

void TestSessionFile::brokenRunListsAreRefused_data()
{
    const std::string good = writeOrFail(sessionWithRuns());
    QVERIFY(readSessionJson(good).session);
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *tag, const std::string &text, const char *expected) {
        QTest::newRow(tag) << QByteArray::fromStdString(text) << QString::fromUtf8(expected);
    };
    row("runs not an array", replaceOnce(good, "\"runs\": [", "\"runs\": {\"a\": ["), "not valid JSON");
    row("run not an object", replaceOnce(good, "\"runs\": [", "\"runs\": [1, "), "runs[0] is not an object");
    row("bad cell", replaceOnce(good, "\"cell\": \"rnn\"", "\"cell\": \"tcn\""), "runs[0].config");
    row("forget bias on a plain RNN", replaceOnce(good, "\"cell\": \"lstm\", \"input_size\": 1, \"units\": 3, \"layers\": 1, \"timesteps\": 4, \"output_size\": 1, \"dropout\": 0, \"forget_bias\"",
                                                   "\"cell\": \"rnn\", \"input_size\": 1, \"units\": 3, \"layers\": 1, \"timesteps\": 4, \"output_size\": 1, \"dropout\": 0, \"forget_bias\""),
        "runs[1].config");
    row("negative steps", replaceOnce(good, "\"steps\": 40", "\"steps\": -1"), "runs[0].steps must be an integer");
    row("missing prediction", replaceOnce(good, "\"prediction\"", "\"predictions\""), "runs[0].prediction is missing");
    row("lengths differ", replaceOnce(good, "\"x\": [100.5, ", "\"x\": ["), "runs[0].prediction.x has 1 values but");
    row("negative loss", replaceOnce(good, "\"train_loss\": [0.5", "\"train_loss\": [-0.5"),
        "runs[0].loss.train_loss[0] is not a finite number >= 0");
    row("bad final MSE", replaceOnce(good, "\"final_test_mse\": 0.25", "\"final_test_mse\": \"low\""),
        "runs[0].final_test_mse must be null");
    row("diverged not a bool", replaceOnce(good, "\"diverged\": false", "\"diverged\": 0"), "runs[0].diverged must be true or false");
    // The list of runs written 25 times over: two runs each, 50 in all.
    const std::string_view text(good);
    const std::size_t open = text.find("\"runs\": [") + 9; // just past the '['
    const std::size_t close = text.rfind(']');
    QVERIFY(open > 9 && close > open && text[open - 1] == '[');
    const std::string_view runs = text.substr(open, close - open);
    std::string tooMany(text.substr(0, open));
    for (std::size_t k = 0; 2 * k <= RunRecord::maxRecords; ++k) {
        if (k > 0)
            tooMany += ',';
        tooMany += runs;
    }
    tooMany += text.substr(close);
    row("more runs than a session holds", tooMany, "more than the 24 a session may hold");
}

void TestSessionFile::brokenRunListsAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const SessionReadResult read = readSessionJson(std::string_view(text.constData(), std::size_t(text.size())));
    if (expected.isEmpty()) {
        QVERIFY2(read.session, read.error.c_str());
        return;
    }
    QVERIFY(!read.session);
    qInfo("%s", read.error.c_str());
    QVERIFY2(QString::fromStdString(read.error).contains(expected), read.error.c_str());
}

QTEST_GUILESS_MAIN(TestSessionFile)

#include "tst_sessionfile.moc"
