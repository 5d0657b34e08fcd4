// AppSettings and its SettingsStore: a round trip through the JSON settings file in
// QStandardPaths test mode, defaults when nothing is stored, a hand-edited settings file full of
// nonsense brought into range, an old INI file migrated without decoding Qt's binary forms, and
// an oversized file refused before it is parsed.

#include "appsettings.h"
#include "dataset.h"
#include "settingsstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    void binaryIniValuesAreNeverMigrated_data();
    void binaryIniValuesAreNeverMigrated();
    void oldIniFileIsMigratedOnce();
    void oversizedFileIsRefused();
    void notJsonGivesTheDefaults_data();
    void notJsonGivesTheDefaults();
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// The old INI file of the application's settings, beside the JSON one.
QString oldIniPath()
{
    return SettingsStore().fileName().chopped(4) + QStringLiteral("conf");
}

} // namespace

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-appsettings"));
    // Test mode must keep the user's own settings out of reach.
    QVERIFY(SettingsStore().fileName().contains(QStringLiteral(".qttest")));
    QVERIFY(SettingsStore().fileName().endsWith(QStringLiteral(".json")));
}

void TestAppSettings::init()
{
    SettingsStore settings;
    const QString ini = settings.fileName().chopped(4) + QStringLiteral("conf");
    QFile::remove(ini);
    QFile::remove(ini + QStringLiteral(".migrated"));
    settings.clear();
    settings.sync();
    QFile::remove(settings.fileName());
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
    s.exportScale = 4;
    s.windowGeometry = QByteArray("\x01\x02\x00\xff geometry", 14);
    s.windowState = QByteArray("state\x00\x01", 7);
    s.save();

    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.model.units, 64);
    QCOMPARE(loaded.model.dropout, 0.25);
    QCOMPARE(loaded.train.learningRate, 5e-4);
    QCOMPARE(loaded.train.seed, 4242u);
    QCOMPARE(loaded.exportFolder, s.exportFolder);
    QCOMPARE(loaded.exportScale, 4);
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
    QTest::newRow("export scale zero") << "export/scale" << "0" << "exportScale" << 1.0;
    QTest::newRow("export scale huge") << "export/scale" << "100" << "exportScale" << 4.0;
    QTest::newRow("export scale 3 is not offered") << "export/scale" << "3" << "exportScale" << 2.0;
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
    const QString path = dir.filePath(QStringLiteral("hand-edited.json"));
    QVERIFY(writeFile(path, QJsonDocument(QJsonObject{{key, text}}).toJson()));

    const SettingsStore settings(path);
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
        {QStringLiteral("exportScale"), s.exportScale},
    };
    QVERIFY(actual.contains(field));
    QCOMPARE(actual.value(field), expected);
    // Whatever was in the file, the result is a configuration the core accepts.
    QVERIFY(!s.model.validate().has_value());
    QVERIFY(!s.train.validate().has_value());
}

void TestAppSettings::handEditedApplicationFileIsClamped()
{
    const QString path = SettingsStore().fileName();
    QVERIFY2(writeFile(path, R"({"model/units": 0, "model/layers": -2, "model/timesteps": "abc", "model/dropout": 2,
                                 "training/learningRate": 0, "training/batchSize": -64, "training/epochs": 1e12,
                                 "view/traceWindow": 99999, "window/geometry": "not a geometry!"})"),
             qPrintable(path));

    const AppSettings s = AppSettings::load();
    QCOMPARE(s.model.units, 1);
    QCOMPARE(s.model.layers, 1);
    QCOMPARE(s.model.timesteps, 20);
    QCOMPARE(s.model.dropout, 0.9);
    QCOMPARE(s.train.learningRate, 1e-6);
    QCOMPARE(s.train.batchSize, 1);
    QCOMPARE(s.train.epochs, 100000);
    QCOMPARE(s.traceWindow, lstmlab::DataSpec{}.testWindowCount(20) - 1);
    QVERIFY(s.windowGeometry.isEmpty());
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

void TestAppSettings::binaryIniValuesAreNeverMigrated_data()
{
    // Every way an old INI entry could ask Qt to decode a QDataStream; PAYLOAD stands for the
    // stream. The migration copies none of them (nor anything else quoted or escaped).
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
    QTest::newRow("@ByteArray") << QByteArray("@ByteArray(PAYLOAD)");
}

void TestAppSettings::binaryIniValuesAreNeverMigrated()
{
    QFETCH(QByteArray, form);
    const QByteArray value = QByteArray(form).replace("PAYLOAD", hugeList);
    const QVariantMap entries = SettingsStore::plainIniEntries(
        "[model]\nlayers=3\nunits=" + value + "\ntimesteps=7\n[recent]\nfiles=" + value + "\n");
    QVERIFY2(!entries.contains(QStringLiteral("model/units")), value.constData());
    QVERIFY2(!entries.contains(QStringLiteral("recent/files")), value.constData());
    QCOMPARE(entries.value(QStringLiteral("model/layers")).toString(), QStringLiteral("3"));
}

// The settings file of an earlier version is read once, by the first SettingsStore: its plain
// entries come over, Qt's encoded ones (the window's geometry, a hostile @Variant) do not.
void TestAppSettings::oldIniFileIsMigratedOnce()
{
    const QString ini = oldIniPath();
    QVERIFY(writeFile(ini, "[General]\nrecent=/tmp/a.lstmlab, /tmp/b.lstmlab\n"
                           "[model]\nunits=@Variant(" + hugeList + ")\nlayers=3\ndropout=0.25\n"
                           "[training]\nlearningRate=0.0005\nshuffle=true\n"
                           "[signal]\nid=sum-of-sines\nparameters\\frequency2=4.5\n"
                           "[export]\nfolder=/tmp/lstm lab exports\n"
                           "[window]\ngeometry=@ByteArray(\\x1\\x2\\0\\xff)\n"
                           "[session]\nrecentFiles=/tmp/only.lstmlab\n"));
    const AppSettings s = AppSettings::load();
    QCOMPARE(s.model.units, AppSettings{}.model.units);
    QCOMPARE(s.model.layers, 3);
    QCOMPARE(s.model.dropout, 0.25);
    QCOMPARE(s.train.learningRate, 5e-4);
    QVERIFY(s.train.shuffle);
    QCOMPARE(s.signalId, QStringLiteral("sum-of-sines"));
    QCOMPARE(s.signalParameters.value(QStringLiteral("frequency2")).toDouble(), 4.5);
    QCOMPARE(s.exportFolder, QStringLiteral("/tmp/lstm lab exports"));
    QVERIFY(s.windowGeometry.isEmpty());
    const SettingsStore store;
    QCOMPARE(store.value(QStringLiteral("recent")).toStringList(),
             QStringList({QStringLiteral("/tmp/a.lstmlab"), QStringLiteral("/tmp/b.lstmlab")}));
    QCOMPARE(store.value(QLatin1String(SettingsStore::recentFilesKey)).toStringList(),
             QStringList{QStringLiteral("/tmp/only.lstmlab")});

    // Moved aside, so it is not read again; the new file is JSON.
    QVERIFY(!QFile::exists(ini));
    QVERIFY(QFile::exists(ini + QStringLiteral(".migrated")));
    const QJsonDocument json = QJsonDocument::fromJson(readAll(store.fileName()));
    QCOMPARE(json.object().value(QStringLiteral("model/layers")).toString(), QStringLiteral("3"));
}

// The fuzz-found case: a settings file that asks for gigabytes must not get them. A file larger
// than the cap is not parsed at all; one within it costs at most what JSON parsing of that many
// bytes costs.
void TestAppSettings::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QByteArray huge = R"({"model/layers": 3, "recent": [)";
    while (huge.size() <= SettingsStore::maxFileBytes)
        huge += R"("/tmp/a.lstmlab",)";
    huge += R"("/tmp/a.lstmlab"]})";
    QVERIFY(writeFile(path, huge));
    const SettingsStore settings(path);
    const AppSettings s = AppSettings::load(settings);
    QCOMPARE(settings.status(), QSettings::FormatError);
    QCOMPARE(s, AppSettings{}.clamped());
}

void TestAppSettings::notJsonGivesTheDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("an old INI file") << QByteArray("[model]\nunits=7\n");
    QTest::newRow("an array") << QByteArray("[1, 2, 3]");
    QTest::newRow("cut short") << QByteArray(R"({"model/units": 7)");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe@Variant(\x00\x00\x00\x09\xff\xff\xff\xff)", 22);
    QTest::newRow("an object for a value") << QByteArray(R"({"model/units": {"@Variant": 7}})");
}

void TestAppSettings::notJsonGivesTheDefaults()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    QVERIFY(writeFile(path, text));
    const SettingsStore settings(path);
    QCOMPARE(AppSettings::load(settings), AppSettings{}.clamped());
}

void TestAppSettings::signalParametersAreSavedAsPlainNumbers()
{
    AppSettings s;
    s.signalId = QStringLiteral("sum-of-sines");
    s.signalParameters = {{QStringLiteral("frequency2"), 4.5}, {QStringLiteral("amplitude1"), 0.25}};
    s.save();

    const QByteArray text = readAll(SettingsStore().fileName());
    QVERIFY2(text.contains(R"("signal/parameters/frequency2": 4.5)"), text.constData());
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("frequency2")).toDouble(), 4.5);
    QCOMPARE(loaded.signalParameters.value(QStringLiteral("amplitude1")).toDouble(), 0.25);
    QVERIFY(loaded == s.clamped());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
