// TextTrainer: learns a repeated text far below its unigram entropy, is reproducible for a
// seed, measures the validation bits/char exactly as defined (a hand computation on a tiny
// net), samples deterministically, resumes exactly from a captured state and abandons a
// stopped step whole.

#include "texttrainer.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>
#include <string>

// Counts the allocations of a training step (not under a sanitizer).
#include "allocationcounter.h"

using namespace lstmlab;

namespace {

std::shared_ptr<const Corpus> patternCorpus(int repeats = 60)
{
    std::string text;
    for (int k = 0; k < repeats; ++k)
        text += "the cat sat on the mat. ";
    return std::make_shared<const Corpus>(text, "the pattern");
}

ModelConfig smallModel(double dropout = 0.0)
{
    ModelConfig m;
    m.units = 24;
    m.layers = 1;
    m.timesteps = 12;
    m.dropout = dropout;
    return m;
}

TrainConfig smallTraining(unsigned seed = 1)
{
    TrainConfig t;
    t.batchSize = 4;
    t.learningRate = 0.01;
    t.epochs = 8;
    t.seed = seed;
    t.clipNorm = 5.0;
    return t;
}

} // namespace

class TestTextTrainer : public QObject
{
    Q_OBJECT

private slots:
    void learnsARepeatedText()
    {
        const auto corpus = patternCorpus();
        TextTrainer trainer(smallModel(), smallTraining(), corpus);
        const double start = trainer.validationBitsPerChar();
        while (!trainer.finished())
            QVERIFY(trainer.step());
        const double bits = trainer.lastEpoch().validationBitsPerChar;
        const double unigram = corpus->unigramBitsPerChar();
        qInfo("validation bits/char: %.3f at the start, %.3f after %d epochs; unigram %.3f", start, bits,
              trainer.epoch(), unigram);
        QCOMPARE(trainer.epoch(), 8);
        QVERIFY(bits < 0.25 * unigram);
        QVERIFY(std::abs(bits - trainer.validationBitsPerChar()) < 1e-12);
    }

    void headStartsAsTheUnigramModel()
    {
        // (37): before any step the head's biases are ln p(v), so with zero weights the
        // network would score exactly the unigram baseline.
        const auto corpus = patternCorpus();
        TextTrainer trainer(smallModel(), smallTraining(), corpus);
        const std::vector<double> logP = corpus->unigramLogProbabilities();
        const auto bias = trainer.network().head().b();
        QCOMPARE(int(bias.size()), corpus->vocabularySize());
        for (Eigen::Index v = 0; v < bias.size(); ++v)
            QCOMPARE(bias[v], float(logP[std::size_t(v)]));
    }

    void sameSeedSameRun_data()
    {
        QTest::addColumn<double>("dropout");
        QTest::newRow("no dropout") << 0.0;
        QTest::newRow("dropout 0.5") << 0.5;
    }
    void sameSeedSameRun()
    {
        QFETCH(double, dropout);
        const auto corpus = patternCorpus();
        TextTrainer a(smallModel(dropout), smallTraining(3), corpus), b(smallModel(dropout), smallTraining(3), corpus),
            c(smallModel(dropout), smallTraining(4), corpus);
        TextStepReport ra, rb;
        for (int k = 0; k < 20; ++k) {
            QVERIFY(a.step(&ra));
            QVERIFY(b.step(&rb));
            QVERIFY(c.step());
            QCOMPARE(ra.loss, rb.loss);
        }
        QVERIFY(a.network().parameters() == b.network().parameters());
        QVERIFY(a.network().parameters() != c.network().parameters());
        std::mt19937 ga(9), gb(9);
        QCOMPARE(a.sample("the", 40, 1.0, ga), b.sample("the", 40, 1.0, gb));
    }

    void validationBitsPerCharIsTheMeanOfMinusLog2P()
    {
        // A tiny net, equations (1)-(6), (13)-(14) by hand over the validation text as one stream.
        const auto corpus = std::make_shared<const Corpus>(std::string(30, 'a') + "abcabcabcbbcacbabcaacb", "tiny");
        ModelConfig model = smallModel();
        model.units = 2;
        model.timesteps = 3; // chunks shorter than the validation text: the state must carry
        TrainConfig train = smallTraining();
        train.batchSize = 2;
        TextTrainer trainer(model, train, corpus);
        const CharNetwork<float> &net = trainer.network();
        const int H = 2;

        const std::span<const int> v = corpus->validationTokens();
        QVERIFY(v.size() > 4);
        using Vec = Eigen::VectorXd;
        const Eigen::MatrixXd Wih = net.layer(0).Wih().cast<double>(), Whh = net.layer(0).Whh().cast<double>();
        const Vec bias = (net.layer(0).bih() + net.layer(0).bhh()).cast<double>();
        const Eigen::MatrixXd W = net.head().W().cast<double>();
        const Vec b = net.head().b().cast<double>();
        auto sigma = [](const Vec &a) { return Vec((1.0 + (-a.array()).exp()).inverse()); };
        Vec h = Vec::Zero(H), c = Vec::Zero(H);
        double bits = 0.0;
        for (std::size_t k = 0; k + 1 < v.size(); ++k) {
            const Vec a = Wih.col(v[k]) + Whh * h + bias;
            const Vec i = sigma(a.segment(0, H)), f = sigma(a.segment(H, H)), o = sigma(a.segment(3 * H, H));
            const Vec g = a.segment(2 * H, H).array().tanh();
            c = (f.array() * c.array() + i.array() * g.array()).matrix();
            h = (o.array() * c.array().tanh()).matrix();
            const Vec z = W * h + b;
            const Vec p = (z.array() - z.maxCoeff()).exp() / (z.array() - z.maxCoeff()).exp().sum();
            bits -= std::log2(p[v[k + 1]]);
        }
        bits /= double(v.size() - 1);
        const double got = trainer.validationBitsPerChar();
        qInfo("validation bits/char %.9f, by hand %.9f", got, bits);
        QVERIFY(std::abs(got - bits) < 1e-5);
    }

    void samplesBeginWithThePrimeAndAreReproducible()
    {
        const auto corpus = patternCorpus();
        TextTrainer trainer(smallModel(), smallTraining(), corpus);
        std::mt19937 g1(1), g2(1), g3(2);
        const std::string a = trainer.sample("the ", 50, 0.8, g1);
        QCOMPARE(a, trainer.sample("the ", 50, 0.8, g2));
        QVERIFY(a != trainer.sample("the ", 50, 0.8, g3));
        QVERIFY(a.starts_with("the "));
        QCOMPARE(corpus->encode(a).size(), std::size_t(54));
        std::mt19937 g4(1);
        QVERIFY(trainer.sample("", 5, 1.0, g4).starts_with("t")); // empty prime: the first character
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.sample("xyz", 5, 1.0, g4));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, trainer.sample("the", 5, 0.0, g4));
    }

    void capturedStateResumesExactly()
    {
        const auto corpus = patternCorpus();
        TextTrainer straight(smallModel(0.3), smallTraining(), corpus);
        TextTrainer first(smallModel(0.3), smallTraining(), corpus);
        for (int k = 0; k < 7; ++k) { // mid-epoch: the carried state matters
            QVERIFY(straight.step());
            QVERIFY(first.step());
        }
        TextTrainer resumed(smallModel(0.3), smallTraining(), corpus);
        QCOMPARE(resumed.restoreState(first.captureState()), std::nullopt);
        for (int k = 0; k < 20; ++k) {
            QVERIFY(straight.step());
            QVERIFY(resumed.step());
        }
        QVERIFY(straight.network().parameters() == resumed.network().parameters());
        QCOMPARE(straight.stepCount(), resumed.stepCount());

        TextTrainerState bad = first.captureState();
        bad.carriedH.pop_back();
        QVERIFY(resumed.restoreState(bad).has_value());
        bad = first.captureState();
        bad.parameters[0] = NAN;
        QVERIFY(resumed.restoreState(bad).has_value());
    }

    void stoppedStepChangesNothing()
    {
        const auto corpus = patternCorpus();
        TextTrainer trainer(smallModel(0.5), smallTraining(), corpus);
        QVERIFY(trainer.step());
        const TextTrainerState before = trainer.captureState();
        StopFlag stop{true};
        trainer.setStopFlag(&stop);
        QVERIFY(!trainer.step());
        QVERIFY(trainer.stopped());
        const TextTrainerState after = trainer.captureState();
        QVERIFY(after.parameters == before.parameters);
        QCOMPARE(after.rngState, before.rngState);
        QCOMPARE(after.step, before.step);
        QVERIFY(std::isnan(trainer.validationBitsPerChar()));
        stop = false;
        QVERIFY(trainer.step());
        QCOMPARE(trainer.stepCount(), 2LL);
    }

    void trainingStepsAllocateNothing_data()
    {
        QTest::addColumn<int>("cell");
        QTest::newRow("lstm") << int(RecurrentCell::Lstm);
        QTest::newRow("gru") << int(RecurrentCell::Gru);
        QTest::newRow("rnn") << int(RecurrentCell::Rnn);
    }
    void trainingStepsAllocateNothing()
    {
        // A text of 300 symbols at the default size (2 x 128, 50 steps x 32 streams): after the
        // first step, steps allocate nothing, the epoch's end with its validation included.
        QFETCH(int, cell);
        if (!LSTMLAB_COUNTS_ALLOCATIONS)
            QSKIP("a sanitizer brings its own allocator: allocations are counted in the plain build");
        std::string text;
        std::mt19937 rng(1);
        for (int k = 0; k < 10000; ++k)
            text += Corpus::toUtf8(char32_t(0x4e00 + (k < 300 ? k : int(rng() % 300))));
        const auto corpus = std::make_shared<const Corpus>(text, "many symbols");
        ModelConfig model;
        model.cell = RecurrentCell(cell);
        model.units = 128;
        model.layers = 2;
        model.timesteps = 50;
        model.dropout = 0.5;
        TrainConfig train = smallTraining();
        train.batchSize = 32;
        TextTrainer trainer(model, train, corpus);
        QVERIFY(trainer.step());
        const long long before = allocationCount.load();
        int steps = 0;
        bool sawEpochEnd = false;
        TextStepReport report;
        while (!sawEpochEnd) {
            QVERIFY(trainer.step(&report));
            sawEpochEnd = report.epochCompleted;
            ++steps;
        }
        const long long allocations = allocationCount.load() - before;
        qInfo("%lld allocations in %d steps (an epoch's end included)", allocations, steps);
        QCOMPARE(allocations, 0LL);
    }

    void tooShortATextIsRefused()
    {
        const auto corpus = std::make_shared<const Corpus>(std::string("abcabcabcabcabcabcabcabc"), "short.txt");
        ModelConfig model = smallModel();
        TrainConfig train = smallTraining();
        try {
            TextTrainer trainer(model, train, corpus);
            QFAIL("a text shorter than one batch was accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(std::string(e.what()).find("short.txt") != std::string::npos, e.what());
        }
    }

    // The text task's own range (ModelConfig::textUnitsRange): the seed's Udacity 2 x 512
    // trains, 513 does not; the sine's range stays 1..256.
    void unitsRangeIsTheTextTasks_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1") << 1 << true;
        QTest::newRow("512, the Udacity configuration") << 512 << true;
        QTest::newRow("513") << 513 << false;
        QTest::newRow("0") << 0 << false;
    }

    void unitsRangeIsTheTextTasks()
    {
        QFETCH(int, units);
        QFETCH(bool, accepted);
        ModelConfig model = smallModel();
        model.units = units;
        QCOMPARE(!model.validateText(), accepted);
        QCOMPARE(!model.validate(), units >= 1 && units <= 256);
        try {
            TextTrainer trainer(model, smallTraining(), patternCorpus());
            QVERIFY(accepted);
            QCOMPARE(trainer.network().units(), units);
        } catch (const std::invalid_argument &e) {
            QVERIFY2(!accepted, e.what());
            QVERIFY2(std::string(e.what()).find("units must be an integer in 1..512") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestTextTrainer)
#include "tst_texttrainer.moc"
