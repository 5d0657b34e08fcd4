// The text session file: a captured trainer written and read back is the same state, bit for
// bit; files with one thing wrong are refused with a message naming it (the fuzz corpus's
// bad-* files).

#include "textsessionfile.h"

#include <QFile>
#include <QTest>

using namespace lstmlab;

namespace {

std::string readAll(const QString &name)
{
    QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/fuzz/corpus/textsession/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll().toStdString();
}

} // namespace

class TestTextSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void capturedTrainerRoundTrips()
    {
        std::string text;
        for (int k = 0; k < 40; ++k)
            text += "床前明月光，疑是地上霜。\n";
        const auto corpus = std::make_shared<const Corpus>(text, "poem");
        ModelConfig model;
        model.units = 6;
        model.layers = 2;
        model.timesteps = 5;
        model.dropout = 0.2;
        TrainConfig train;
        train.batchSize = 3;
        train.epochs = 3;
        train.clipNorm = 5;
        TextTrainer trainer(model, train, corpus);
        for (int k = 0; k < 7; ++k)
            QVERIFY(trainer.step());
        TextSessionData session = captureTextSession(trainer, "/texts/poem.txt");
        session.lossHistory = {{1, 2.5}, {2, 2.25}};
        session.validationHistory = {{2, 3.125}};
        session.samples = "Epoch 1:\n床前\n\n";

        const std::string written = writeTextSessionJson(session);
        const TextSessionReadResult read = readTextSessionJson(written);
        QVERIFY2(read.session, read.error.c_str());
        const TextSessionData &back = *read.session;
        QCOMPARE(back.textFile, session.textFile);
        QVERIFY(back.vocabulary == corpus->vocabulary());
        QVERIFY(back.model == session.model);
        QVERIFY(back.train == session.train);
        QVERIFY(back.state.parameters == session.state.parameters);
        QVERIFY(back.state.adamSecondMoment == session.state.adamSecondMoment);
        QVERIFY(back.state.carriedH == session.state.carriedH);
        QVERIFY(back.state.carriedC == session.state.carriedC);
        QCOMPARE(back.state.rngState, session.state.rngState);
        QCOMPARE(back.state.batch, session.state.batch);
        QVERIFY(back.lossHistory == session.lossHistory);
        QVERIFY(back.validationHistory == session.validationHistory);
        QCOMPARE(back.samples, session.samples);
        QCOMPARE(writeTextSessionJson(back), written);

        TextTrainer resumed(back.model, back.train, corpus);
        QCOMPARE(resumed.restoreState(back.state), std::nullopt);
        QVERIFY(trainer.step());
        QVERIFY(resumed.step());
        QVERIFY(trainer.network().parameters() == resumed.network().parameters());
    }

    // The text task's unit range (ModelConfig::textUnitsRange, 1..512) holds in the reader too.
    void widestTextLayerRoundTrips()
    {
        std::string text;
        for (int k = 0; k < 10; ++k)
            text += "abcdefg\n";
        const auto corpus = std::make_shared<const Corpus>(text, "letters");
        ModelConfig model;
        model.units = 512;
        model.layers = 1;
        model.timesteps = 5;
        TrainConfig train;
        train.batchSize = 3;
        TextTrainer trainer(model, train, corpus);
        const TextSessionData session = captureTextSession(trainer, "/texts/letters.txt");
        const std::string written = writeTextSessionJson(session);
        const TextSessionReadResult read = readTextSessionJson(written);
        QVERIFY2(read.session, read.error.c_str());
        QCOMPARE(read.session->model.units, 512);
        QVERIFY(read.session->state.parameters == session.state.parameters);

        std::string wider = written;
        const std::size_t at = wider.find("\"units\": 512");
        QVERIFY(at != std::string::npos);
        wider.replace(at, std::string("\"units\": 512").size(), "\"units\": 513");
        const TextSessionReadResult refused = readTextSessionJson(wider);
        QVERIFY(!refused.session);
        QVERIFY2(refused.error.find("1..512") != std::string::npos, refused.error.c_str());
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("vocabulary twice") << "bad-vocab-twice.lstmlab" << "model.vocab holds a symbol twice";
        QTest::newRow("tensor shape") << "bad-tensor-shape.lstmlab" << "model.tensors.weight_hh_l0: the shape must be [8, 2]";
        QTest::newRow("carried state") << "bad-carried-state-shape.lstmlab" << "carried_state.h: the shape must be [1, 2, 2]";
        QTest::newRow("input size") << "bad-input-size.lstmlab" << "model.config.input_size must be an integer in 8..8";
        QTest::newRow("a sine session") << "sine-session-instead.lstmlab" << "not an LSTM Lab text session";
        QTest::newRow("not JSON") << "" << "not valid JSON";
    }
    void badFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const TextSessionReadResult read = readTextSessionJson(file.isEmpty() ? std::string("{\"format\": ") : readAll(file));
        QVERIFY(!read.session);
        QVERIFY2(QString::fromStdString(read.error).startsWith(expected), read.error.c_str());
    }

    void validFilesAreRead()
    {
        for (const char *name : {"valid-1x2.lstmlab", "valid-2x2-dropout.lstmlab"}) {
            const TextSessionReadResult read = readTextSessionJson(readAll(QString::fromLatin1(name)));
            QVERIFY2(read.session, read.error.c_str());
            QCOMPARE(read.session->vocabulary.size(), std::size_t(8));
        }
    }
};

QTEST_APPLESS_MAIN(TestTextSessionFile)
#include "tst_textsessionfile.moc"
