// OneHotLink: the chosen token's skip-gram vector beside its column of a character network's
// input weights, the character network's nearest symbols by those columns, and a clear word
// when there is no such column.

#include "onehotlink.h"
#include "vectorstrip.h"

#include "embedfixture.h"

#include <QTest>

namespace {

// A character-token snapshot of a tiny text: a b c as characters.
EmbedSnapshot charSnapshot()
{
    auto corpus = std::make_shared<const lstmlab::TokenCorpus>(std::string("abcabcabcabcabcabcabcabcabc"), "abc.txt",
                                                               lstmlab::TokenMode::Chars, 1);
    lstmlab::SkipGramConfig config;
    config.dim = 4;
    config.window = 2;
    lstmlab::SkipGram model(config, corpus);
    model.trainEpoch();
    EmbedSnapshot s;
    s.generation = 1;
    s.state = EmbedSnapshot::State::Paused;
    s.mode = lstmlab::TokenMode::Chars;
    s.words = std::make_shared<const std::vector<std::string>>(corpus->words());
    s.counts = std::make_shared<const std::vector<long long>>(corpus->counts());
    s.space = std::make_shared<const lstmlab::EmbeddingSpace>(model.inputVectors());
    return s;
}

} // namespace

class TestOneHotLink : public QObject
{
    Q_OBJECT

private slots:
    void columnBesideVectorWithItsNeighbours()
    {
        OneHotLink link;
        const EmbedSnapshot s = charSnapshot();
        link.setSnapshot(s);
        // H = 2: W_ih is (8, 3) for the symbols c, b, a; c's column points the way a's does.
        Eigen::MatrixXf wih(8, 3);
        wih.col(0) << 1, 0, 0, 0, 0, 0, 0, 1;
        wih.col(1) << 0, 1, 1, 0, 0, 0, 0, 0;
        wih.col(2) << 0.9f, 0, 0, 0, 0, 0, 0, 1.1f;
        link.setCharModel({U'c', U'b', U'a'}, wih, QStringLiteral("session.lstmlab"));
        link.setChosenToken(tokenIndex(s, "c"));
        QCOMPARE(int(link.skipGramStrip()->values().size()), 4);
        QCOMPARE(int(link.inputColumnStrip()->values().size()), 8);
        QCOMPARE(link.inputColumnStrip()->values()[7], 1.f);
        QVERIFY2(link.charNeighbours().endsWith(QLatin1String(": a b")), qPrintable(link.charNeighbours()));
        QVERIFY(link.message().isEmpty());
    }

    void saysWhyThereIsNoColumn()
    {
        OneHotLink link;
        link.setSnapshot(plantedSnapshot(1)); // words
        link.setChosenToken(0);
        QVERIFY2(link.message().contains(QLatin1String("Open a text session")), qPrintable(link.message()));
        Eigen::MatrixXf wih = Eigen::MatrixXf::Ones(4, 2);
        link.setCharModel({U'x', U'y'}, wih, QStringLiteral("s"));
        QVERIFY2(link.message().contains(QLatin1String("is not a single character")), qPrintable(link.message()));
        QVERIFY(link.inputColumnStrip()->values().empty());
        QString error;
        QVERIFY(!link.openTextSession(QStringLiteral("/nonexistent/session.lstmlab"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/session.lstmlab")), qPrintable(error));
    }
};

QTEST_MAIN(TestOneHotLink)
#include "tst_onehotlink.moc"
