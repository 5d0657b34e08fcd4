// AppSettings: a round trip through QSettings in QStandardPaths test mode, defaults when
// nothing is stored, and a hand-edited settings file full of nonsense brought into range.

#include "appsettings.h"
#include "dataset.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsAreTheSeedConfiguration();
    void roundTrip();
    void nonsenseIsClamped_data();
    void nonsenseIsClamped();
    void handEditedApplicationFileIsClamped();
    void traceWindowFollowsTimesteps();
    void testWindowCountMatchesTheSeed();
    void binaryValuesAreRemovedBeforeReading_data();
    void binaryValuesAreRemovedBeforeReading();
    void removingBinaryValuesKeepsEverythingElse();
    void signalParametersAreSavedAsPlainNumbers();
};

namespace {

// A QVariantList as QSettings' @Variant(...) stores it (stream version 4.0: type 9, then the
// count) claiming 4294967295 elements: Qt 6.4 reserves room for all of them (128 GB) first.
const QByteArray hugeList = QByteArrayLiteral("\\0\\0\\0\\t\\xff\\xff\\xff\\xff");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-appsettings"));
    // Test mode must keep the user's own settings out of reach.
    QVERIFY(QSettings().fileName().contains(QStringLiteral(".qttest")));
}

void TestAppSettings::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestAppSettings::defaultsAreTheSeedConfiguration()
{
    const AppSettings s = AppSettings::load();
    QCOMPARE(s.model.units, 20);
    QCOMPARE(s.model.layers, 2);
    QCOMPARE(s.model.timesteps, 20);
    QCOMPARE(s.model.dropout, 0.0);
    QCOMPARE(s.train.batchSize, 64);
    QCOMPARE(s.train.learningRate, 1e-3);
    QCOMPARE(s.train.epochs, 50);
    QVERIFY(s.startTrainingOnLaunch);
    QVERIFY(!s.freeRun);
    QCOMPARE(s.traceWindow, 340);
    QVERIFY(s.windowGeometry.isEmpty());
}

void TestAppSettings::roundTrip()
{
    AppSettings s;
    s.model.units = 64;
    s.model.layers = 3;
    s.model.timesteps = 50;
    s.model.dropout = 0.25;
    s.train.batchSize = 32;
    s.train.learningRate = 5e-4;
    s.train.epochs = 0;
    s.train.seed = 4242;
    s.train.shuffle = true;
    s.train.clipNorm = 1.5;
    s.startTrainingOnLaunch = false;
    s.freeRun = true;
    s.traceWindow = 700;
    s.gateLayer = 2;
    s.maxSnapshotsPerSecond = 20.0;
    s.exportFolder = QStringLiteral("/tmp/lstm lab exports");
    s.windowGeometry = QByteArray("\x01\x02\x00\xff geometry", 14);
    s.windowState = QByteArray("state\x00\x01", 7);
    s.save();

    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.model.units, 64);
    QCOMPARE(loaded.model.dropout, 0.25);
    QCOMPARE(loaded.train.learningRate, 5e-4);
    QCOMPARE(loaded.train.seed, 4242u);
    QCOMPARE(loaded.exportFolder, s.exportFolder);
    QCOMPARE(loaded.windowGeometry, s.windowGeometry);
    QCOMPARE(loaded.windowState, s.windowState);
    QVERIFY(loaded == s);
}

void TestAppSettings::nonsenseIsClamped_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("expected");

    QTest::newRow("units below 1") << "model/units" << "-5" << "units" << 1.0;
    QTest::newRow("units above 256") << "model/units" << "100000" << "units" << 256.0;
    QTest::newRow("units not a number") << "model/units" << "banana" << "units" << 20.0;
    QTest::newRow("layers above 8") << "model/layers" << "99" << "layers" << 8.0;
    QTest::newRow("layers fractional") << "model/layers" << "2.6" << "layers" << 3.0;
    QTest::newRow("timesteps above the core's 512") << "model/timesteps" << "513" << "timesteps" << 512.0;
    QTest::newRow("timesteps zero") << "model/timesteps" << "0" << "timesteps" << 1.0;
    QTest::newRow("dropout above 0.9") << "model/dropout" << "7" << "dropout" << 0.9;
    QTest::newRow("dropout negative") << "model/dropout" << "-0.5" << "dropout" << 0.0;
    QTest::newRow("dropout nan") << "model/dropout" << "nan" << "dropout" << 0.0;
    QTest::newRow("learning rate negative") << "training/learningRate" << "-1" << "learningRate" << 1e-6;
    QTest::newRow("learning rate huge") << "training/learningRate" << "1e300" << "learningRate" << 10.0;
    QTest::newRow("learning rate inf") << "training/learningRate" << "inf" << "learningRate" << 1e-3;
    QTest::newRow("batch size huge") << "training/batchSize" << "1e9" << "batchSize" << 4096.0;
    QTest::newRow("batch size empty") << "training/batchSize" << "" << "batchSize" << 64.0;
    QTest::newRow("epochs negative") << "training/epochs" << "-3" << "epochs" << 0.0;
    QTest::newRow("seed negative") << "training/seed" << "-1" << "seed" << 0.0;
    QTest::newRow("seed beyond a spin box") << "training/seed" << "4294967295" << "seed" << 2147483647.0;
    QTest::newRow("trace window past the test set") << "view/traceWindow" << "5000" << "traceWindow" << 978.0;
    QTest::newRow("trace window negative") << "view/traceWindow" << "-7" << "traceWindow" << 0.0;
    QTest::newRow("gate layer past the layers") << "view/gateLayer" << "12" << "gateLayer" << 1.0;
    QTest::newRow("snapshot rate zero") << "view/maxSnapshotsPerSecond" << "0" << "rate" << 1.0;
    QTest::newRow("start on launch garbage") << "app/startTrainingOnLaunch" << "maybe" << "start" << 1.0;
    QTest::newRow("start on launch false") << "app/startTrainingOnLaunch" << "false" << "start" << 0.0;
}

void TestAppSettings::nonsenseIsClamped()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(double, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hand-edited.conf"));
    const QString group = key.section(u'/', 0, 0);
    const QString name = key.section(u'/', 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write(QStringLiteral("[%1]\n%2=%3\n").arg(group, name, text).toUtf8());
    file.close();

    const QSettings settings(path, QSettings::IniFormat);
    const AppSettings s = AppSettings::load(settings);
    const QHash<QString, double> actual{
        {QStringLiteral("units"), s.model.units},
        {QStringLiteral("layers"), s.model.layers},
        {QStringLiteral("timesteps"), s.model.timesteps},
        {QStringLiteral("dropout"), s.model.dropout},
        {QStringLiteral("learningRate"), s.train.learningRate},
        {QStringLiteral("batchSize"), s.train.batchSize},
        {QStringLiteral("epochs"), s.train.epochs},
        {QStringLiteral("seed"), double(s.train.seed)},
        {QStringLiteral("traceWindow"), s.traceWindow},
        {QStringLiteral("gateLayer"), s.gateLayer},
        {QStringLiteral("rate"), s.maxSnapshotsPerSecond},
        {QStringLiteral("start"), s.startTrainingOnLaunch ? 1.0 : 0.0},
    };
    QVERIFY(actual.contains(field));
    QCOMPARE(actual.value(field), expected);
    // Whatever was in the file, the result is a configuration the core accepts.
    QVERIFY(!s.model.validate().has_value());
    QVERIFY(!s.train.validate().has_value());
}

void TestAppSettings::handEditedApplicationFileIsClamped()
{
    const QString path = QSettings().fileName();
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Text), qPrintable(path));
    file.write("[model]\nunits=0\nlayers=-2\ntimesteps=abc\ndropout=2\n"
               "[training]\nlearningRate=0\nbatchSize=-64\nepochs=1e12\n"
               "[view]\ntraceWindow=99999\n"
               "[window]\ngeometry=not a geometry\n");
    file.close();

    const AppSettings s = AppSettings::load();
    QCOMPARE(s.model.units, 1);
    QCOMPARE(s.model.layers, 1);
    QCOMPARE(s.model.timesteps, 20);
    QCOMPARE(s.model.dropout, 0.9);
    QCOMPARE(s.train.learningRate, 1e-6);
    QCOMPARE(s.train.batchSize, 1);
    QCOMPARE(s.train.epochs, 100000);
    QCOMPARE(s.traceWindow, lstmlab::DataSpec{}.testWindowCount(20) - 1);
    QVERIFY(!s.model.validate().has_value());
    QVERIFY(!s.train.validate().has_value());
}

void TestAppSettings::traceWindowFollowsTimesteps()
{
    AppSettings s;
    s.model.timesteps = 200;
    s.traceWindow = 900;
    QCOMPARE(s.clamped().traceWindow, lstmlab::DataSpec{}.testWindowCount(200) - 1);
}

void TestAppSettings::testWindowCountMatchesTheSeed()
{
    QCOMPARE(lstmlab::DataSpec{}.testWindowCount(20), 979);
}

void TestAppSettings::binaryValuesAreRemovedBeforeReading_data()
{
    // Every way of writing an entry that QSettings decodes through QDataStream; PAYLOAD stands
    // for the stream.
    QTest::addColumn<QByteArray>("form");
    QTest::newRow("@Variant") << QByteArray("@Variant(PAYLOAD)");
    QTest::newRow("@DateTime") << QByteArray("@DateTime(PAYLOAD)");
    QTest::newRow("after blanks") << QByteArray("   @Variant(PAYLOAD)");
    QTest::newRow("quoted") << QByteArray("\"@Variant(PAYLOAD)\"");
    QTest::newRow("quotes inside the prefix") << QByteArray("\"@Var\"  iant(PAYLOAD)");
    QTest::newRow("@ as a hexadecimal escape") << QByteArray("\\x40Variant(PAYLOAD)");
    QTest::newRow("@ as a long hexadecimal escape") << QByteArray("\\x10040Variant(PAYLOAD)");
    QTest::newRow("@ as an octal escape") << QByteArray("\\100Variant(PAYLOAD)");
    QTest::newRow("an escape Qt drops") << QByteArray("@Va\\zriant(PAYLOAD)");
    QTest::newRow("continued on the next line") << QByteArray("@Var\\\r\niant(PAYLOAD)");
    QTest::newRow("a list element") << QByteArray("1, @Variant(PAYLOAD)");
}

void TestAppSettings::binaryValuesAreRemovedBeforeReading()
{
    QFETCH(QByteArray, form);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.conf"));
    const auto write = [&path](const QByteArray &value) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[model]\nlayers=3\nunits=" + value + "\ntimesteps=7\n[recent]\nfiles=" + value + "\n");
    };

    // Qt itself decodes the form (with a harmless stream: the integer 5), so each row matters.
    write(QByteArray(form).replace("PAYLOAD", "\\0\\0\\0\\x2\\0\\0\\0\\x5"));
    QVERIFY(QSettings(path, QSettings::IniFormat).value(QStringLiteral("recent/files")).typeId()
            != QMetaType::QString);

    write(QByteArray(form).replace("PAYLOAD", hugeList));
    const QSettings settings(path, QSettings::IniFormat);
    const AppSettings s = AppSettings::load(settings);
    QCOMPARE(s.model.units, AppSettings{}.model.units);
    QCOMPARE(s.model.layers, 3);
    QCOMPARE(s.model.timesteps, 7);

    // The entries are gone from the file, also where AppSettings does not look, so whatever
    // reads the settings next (the recent files, the next save) finds nothing to decode.
    const QByteArray after = readAll(path);
    QVERIFY2(!after.contains("units") && !after.contains("files"), after.constData());
    const QSettings reread(path, QSettings::IniFormat);
    QCOMPARE(reread.allKeys().size(), 2);
    QCOMPARE(reread.value(QStringLiteral("model/layers")).toString(), QStringLiteral("3"));
}

void TestAppSettings::removingBinaryValuesKeepsEverythingElse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.conf"));
    const QByteArray rest = "[General]\nrecent=/tmp/a.lstmlab, \"/tmp/b, c.lstmlab\"\n"
                            "[export]\nfolder=/tmp/@String(x)\n"
                            "[window]\ngeometry=@ByteArray(\\x1\\x2\\0\\xff)\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("; edited by hand\n[model]\nunits=@Variant(" + hugeList + ")\n" + rest);
    file.close();

    const QSettings settings(path, QSettings::IniFormat);
    const AppSettings s = AppSettings::load(settings);
    QCOMPARE(s.model.units, AppSettings{}.model.units);
    QCOMPARE(s.exportFolder, QStringLiteral("/tmp/@String(x)"));
    QCOMPARE(s.windowGeometry, QByteArray("\x01\x02\x00\xff", 4));
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("recent")).toStringList(),
             QStringList({QStringLiteral("/tmp/a.lstmlab"), QStringLiteral("/tmp/b, c.lstmlab")}));
    // Only the line with the binary value (and the comment) went; the rest is byte for byte.
    QCOMPARE(readAll(path), "[model]\n" + rest);
}

void TestAppSettings::signalParametersAreSavedAsPlainNumbers()
{
    AppSettings s;
    s.signalId = QStringLiteral("sum-of-sines");
    s.signalParameters = {{QStringLiteral("frequency2"), 4.5}, {QStringLiteral("amplitude1"), 0.25}};
    s.save();

    const QByteArray text = readAll(QSettings().fileName());
    QVERIFY2(!text.contains("@Variant"), text.constData());
    QVERIFY2(text.contains("parameters\\frequency2=4.5"), text.constData());
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("frequency2")).toDouble(), 4.5);
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("amplitude1")).toDouble(), 0.25);
    QVERIFY(loaded == s.clamped());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
