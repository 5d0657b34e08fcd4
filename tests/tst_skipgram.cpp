// SkipGram: the pair update (24)-(27) against central differences of the loss (25), in double;
// subsampling (28) and the rate (30) as word2vec's; deterministic runs however train() is cut;
// refusals; and a planted-group text learnt (the neighbours are the planted groups).

#include "plantedcorpus.h"
#include "skipgram.h"

#include <QTest>

#include <cmath>
#include <random>
#include <stdexcept>

using namespace lstmlab;

namespace {

using MatD = Eigen::MatrixXd;
using VecD = Eigen::VectorXd;

std::shared_ptr<const TokenCorpus> plantedCorpus(const PlantedCorpusConfig &planted, int minCount = 1)
{
    return std::make_shared<const TokenCorpus>(plantedCorpusText(planted), "planted", TokenMode::Words, minCount);
}

} // namespace

class TestSkipGram : public QObject
{
    Q_OBJECT

private slots:
    void pairStepFollowsTheLossGradient()
    {
        const int D = 7, V = 10;
        std::mt19937 rng(3);
        std::normal_distribution<double> normal(0.0, 0.6);
        VecD v(D);
        MatD out(D, V);
        for (int d = 0; d < D; ++d)
            v(d) = normal(rng);
        for (int w = 0; w < V; ++w)
            for (int d = 0; d < D; ++d)
                out(d, w) = normal(rng);
        const std::vector<int> targets = {4, 1, 7, 9};
        const double alpha = 1.0;

        MatD stepped = out;
        VecD neu1e = VecD::Zero(D);
        const double loss = SkipGram::pairStep<double>(v, stepped, targets, alpha, neu1e, true);
        QVERIFY(std::abs(loss - SkipGram::pairLoss<double>(v, out, targets)) < 1e-12);

        // (26): the update is -alpha times the gradient; compare with central differences.
        const double h = 1e-6;
        double worst = 0.0;
        for (int d = 0; d < D; ++d) {
            VecD plus = v, minus = v;
            plus(d) += h;
            minus(d) -= h;
            const double numeric = (SkipGram::pairLoss<double>(plus, out, targets) - SkipGram::pairLoss<double>(minus, out, targets)) / (2 * h);
            worst = std::max(worst, std::abs(-neu1e(d) / alpha - numeric));
        }
        for (int t : targets)
            for (int d = 0; d < D; ++d) {
                MatD plus = out, minus = out;
                plus(d, t) += h;
                minus(d, t) -= h;
                const double numeric = (SkipGram::pairLoss<double>(v, plus, targets) - SkipGram::pairLoss<double>(v, minus, targets)) / (2 * h);
                worst = std::max(worst, std::abs(-(stepped(d, t) - out(d, t)) / alpha - numeric));
            }
        qInfo("largest difference from central differences: %.3g", worst);
        QVERIFY(worst < 1e-8);
        // Columns that are not targets stay.
        QCOMPARE(stepped.col(0), out.col(0));
    }

    void subsamplingKeepsWord2vecsShare()
    {
        // One token is half the text: f = 0.5, t = 0.01: keep = (sqrt(50) + 1) * 0.02 = 0.16142...
        std::string text;
        for (int k = 0; k < 50; ++k)
            text += "a b" + std::to_string(k) + " ";
        SkipGramConfig config;
        config.subsample = 0.01;
        config.window = 2;
        const SkipGram model(config, std::make_shared<const TokenCorpus>(text, "t", TokenMode::Words, 1));
        QVERIFY(std::abs(model.keepProbability(0) - (std::sqrt(50.0) + 1) * 0.02) < 1e-12);
        QCOMPARE(model.keepProbability(1), 1.0); // rare tokens are always kept
        config.subsample = 0;
        const SkipGram all(config, std::make_shared<const TokenCorpus>(text, "t", TokenMode::Words, 1));
        QCOMPARE(all.keepProbability(0), 1.0);
    }

    void negativesFollowTheThreeQuarterPower()
    {
        const SkipGram model(SkipGramConfig{}, std::make_shared<const TokenCorpus>("a a a a a a a a a a a a a a a a b c d e f g h i j k", "t", TokenMode::Words, 1));
        const double ratio = model.negativeTable().probability(0) / model.negativeTable().probability(1);
        QVERIFY(std::abs(ratio - std::pow(16.0, 0.75)) < 1e-6);
    }

    void rateDecaysLinearlyToTheEnd()
    {
        PlantedCorpusConfig planted;
        planted.lines = 600; // 12,000 tokens
        SkipGramConfig config;
        config.epochs = 2;
        SkipGram model(config, plantedCorpus(planted));
        QCOMPARE(model.learningRate(), 0.025);
        model.trainEpoch();
        QCOMPARE(model.epoch(), 1);
        QCOMPARE(model.wordsDone(), 12000LL);
        QVERIFY(std::abs(model.learningRate() - 0.025 * (1.0 - 12000.0 / 24001.0)) < 1e-12);
        model.trainEpoch();
        QVERIFY(model.finished());
        QVERIFY(model.learningRate() < 0.025 * 1e-3);
        QCOMPARE(model.train(1000), 0LL);
    }

    void runsAreDeterministicHoweverCut()
    {
        PlantedCorpusConfig planted;
        planted.lines = 300;
        SkipGramConfig config;
        config.dim = 16;
        config.epochs = 2;
        SkipGram whole(config, plantedCorpus(planted));
        while (!whole.finished())
            whole.trainEpoch();
        SkipGram pieces(config, plantedCorpus(planted));
        while (!pieces.finished())
            pieces.train(1);
        QCOMPARE(pieces.wordsDone(), whole.wordsDone());
        QVERIFY(pieces.inputVectors() == whole.inputVectors());
        QVERIFY(pieces.outputVectors() == whole.outputVectors());
        config.seed = 2;
        SkipGram other(config, plantedCorpus(planted));
        other.trainEpoch();
        QVERIFY(other.inputVectors() != whole.inputVectors());
    }

    void stopFlagStopsBetweenSentences()
    {
        PlantedCorpusConfig planted;
        planted.lines = 300;
        SkipGram model(SkipGramConfig{}, plantedCorpus(planted));
        const StopFlag stop{true};
        QCOMPARE(model.trainEpoch(&stop), 0LL);
        QCOMPARE(model.epoch(), 0);
    }

    void lossFallsAndPlantedGroupsAreFound()
    {
        const PlantedCorpusConfig planted; // 8 groups of 12, 40,000 tokens
        const auto corpus = plantedCorpus(planted, 5);
        SkipGramConfig config;
        config.dim = 50;
        config.epochs = 5;
        config.subsample = 1e-3;
        SkipGram model(config, corpus);
        model.train(20000);
        const double first = model.takeLoss();
        while (!model.finished())
            model.trainEpoch();
        model.train(0);
        const double last = model.takeLoss();
        const double precision = plantedPrecision(planted, *corpus, EmbeddingSpace(model.inputVectors()), 10);
        qInfo("loss %.4f -> %.4f, precision@10 %.3f", first, last, precision);
        QVERIFY(std::isfinite(first) && std::isfinite(last));
        QVERIFY(last < first);
        QVERIFY(precision > 0.95);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("dim");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("negatives");
        QTest::addColumn<double>("subsample");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dim 0") << 0 << 5 << 5 << 1e-4 << "dim must be an integer in 1..1000 (got 0)";
        QTest::newRow("window 51") << 100 << 51 << 5 << 1e-4 << "window must be an integer in 1..50 (got 51)";
        QTest::newRow("negatives 0") << 100 << 5 << 0 << 1e-4 << "negatives must be an integer in 1..50 (got 0)";
        QTest::newRow("subsample -1") << 100 << 5 << 5 << -1.0 << "subsample must be a number in 0..1 (got -1)";
        QTest::newRow("fewer tokens than the window") << 100 << 10 << 5 << 1e-4 << "corpus.txt: the text has 8 tokens that occur at least min-count times; a window of 10 needs at least 21";
    }

    void refusals()
    {
        QFETCH(int, dim);
        QFETCH(int, window);
        QFETCH(int, negatives);
        QFETCH(double, subsample);
        QFETCH(QString, expected);
        SkipGramConfig config;
        config.dim = dim;
        config.window = window;
        config.negatives = negatives;
        config.subsample = subsample;
        try {
            SkipGram model(config, std::make_shared<const TokenCorpus>("a b c d e f g h", "corpus.txt", TokenMode::Words, 1));
            QFAIL("accepted");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestSkipGram)
#include "tst_skipgram.moc"
