// SessionSignal: the "signal" object of a session file, to JSON and back, its refusals, and
// the data it builds, which must be exactly the signal panel's.

#include "csvseries.h"
#include "dataset.h"
#include "sessionsignal.h"
#include "signalgenerator.h"
#include "signalpanel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(SessionSignal)

namespace {

SessionSignal builtIn(const QString &id, const QVariantMap &parameters = {}, double noise = 0.0)
{
    SessionSignal signal;
    signal.id = id;
    signal.parameters = parameters;
    signal.noise = noise;
    return signal;
}

lstmlab::SignalChoice choice(const char *id, const char *parameters)
{
    lstmlab::SignalChoice c;
    c.id = id;
    c.parametersJson = parameters;
    return c;
}

QString writeCsv(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("series.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write("t,value\n");
    for (int k = 0; k < count; ++k)
        file.write(QByteArray::number(k) + ',' + QByteArray::number(std::sin(0.1 * k) * 40 + 100) + '\n');
    return path;
}

} // namespace

class TestSessionSignal : public QObject
{
    Q_OBJECT

private slots:
    void seedSineIsAnEmptyObject();
    void roundTrip_data();
    void roundTrip();
    void refuses_data();
    void refuses();
    void buildsThePanelsData_data();
    void buildsThePanelsData();
    void buildsACsvSeries();
    void missingCsvFileIsNamed();
};

void TestSessionSignal::seedSineIsAnEmptyObject()
{
    // What the headless mode resumes: only the seed's sine, written exactly so.
    SignalPanel panel;
    const lstmlab::SignalChoice c = panel.sessionSignal().toChoice();
    QCOMPARE(QString::fromStdString(c.id), QStringLiteral("sine"));
    QCOMPARE(QString::fromStdString(c.parametersJson), QStringLiteral("{}"));
}

void TestSessionSignal::roundTrip_data()
{
    QTest::addColumn<SessionSignal>("signal");
    QTest::newRow("seed sine") << builtIn(QStringLiteral("sine"));
    QTest::newRow("sine with noise") << builtIn(QStringLiteral("sine"), {}, 0.25);
    QTest::newRow("damped sine, decay and noise")
        << builtIn(QStringLiteral("damped-sine"), {{QStringLiteral("decay"), 0.05}}, 0.2);
    QTest::newRow("sum of sines")
        << builtIn(QStringLiteral("sum-of-sines"), {{QStringLiteral("amplitude2"), 0.7}, {QStringLiteral("frequency3"), 5.0}});
    SessionSignal csv;
    csv.id = QLatin1String(SessionSignal::csvId);
    csv.csvPath = QStringLiteral("/data/prices.csv");
    csv.csvColumn = 2;
    QTest::newRow("csv series") << csv;
}

void TestSessionSignal::roundTrip()
{
    QFETCH(SessionSignal, signal);
    QString error;
    const std::optional<SessionSignal> back = SessionSignal::fromChoice(signal.toChoice(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, signal.id);
    QCOMPARE(back->noise, signal.noise);
    QCOMPARE(back->csvPath, signal.csvPath);
    QCOMPARE(back->csvColumn, signal.csvColumn);
    // Every parameter comes back, the ones left at their defaults included.
    for (auto it = signal.parameters.cbegin(); it != signal.parameters.cend(); ++it)
        QCOMPARE(back->parameters.value(it.key()).toDouble(), it.value().toDouble());
    // And writes the same JSON again.
    QCOMPARE(back->toChoice(), signal.toChoice());
}

void TestSessionSignal::refuses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown signal") << "triangle" << "{}" << "signal.id \"triangle\" is none of the signals";
    QTest::newRow("unknown parameter") << "sine" << "{\"phase\": 1}" << "signal.parameters.phase";
    QTest::newRow("parameter out of range") << "damped-sine" << "{\"decay\": 99}" << "decay";
    QTest::newRow("parameter not a number") << "square" << "{\"frequency\": \"fast\"}" << "must be a number";
    QTest::newRow("noise too loud") << "sine" << "{\"noise\": 2}" << "signal.parameters.noise must be in 0..1";
    QTest::newRow("not an object") << "sine" << "[1, 2]" << "not a JSON object";
    QTest::newRow("csv without path") << "csv" << "{\"column\": 1}" << "signal.parameters.path";
    QTest::newRow("csv negative column") << "csv" << "{\"path\": \"/a.csv\", \"column\": -1}" << "column";
    QTest::newRow("csv fractional column") << "csv" << "{\"path\": \"/a.csv\", \"column\": 1.5}" << "column";
    QTest::newRow("csv unknown key") << "csv" << "{\"path\": \"/a.csv\", \"sep\": 1}" << "signal.parameters.sep";
}

void TestSessionSignal::refuses()
{
    QFETCH(QString, id);
    QFETCH(QString, parameters);
    QFETCH(QString, expected);
    QString error;
    const std::optional<SessionSignal> signal =
        SessionSignal::fromChoice(choice(id.toUtf8().constData(), parameters.toUtf8().constData()), &error);
    QVERIFY(!signal);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSessionSignal::buildsThePanelsData_data()
{
    QTest::addColumn<SessionSignal>("signal");
    QTest::newRow("seed sine") << builtIn(QStringLiteral("sine"));
    QTest::newRow("noisy square") << builtIn(QStringLiteral("square"), {{QStringLiteral("frequency"), 2.0}}, 0.3);
    QTest::newRow("damped sine") << builtIn(QStringLiteral("damped-sine"), {{QStringLiteral("decay"), 0.02}}, 0.1);
}

void TestSessionSignal::buildsThePanelsData()
{
    QFETCH(SessionSignal, signal);
    constexpr int timesteps = 12;
    SignalPanel panel;
    panel.setSignal(signal.id, signal.parameters, signal.noise);
    QCOMPARE(panel.sessionSignal().toChoice(), signal.toChoice());
    const lstmlab::Dataset expected(*panel.generator(), lstmlab::DataSpec(), timesteps);

    QString error;
    const std::optional<SessionSignal::Source> source = signal.build(timesteps, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->signal);
    QVERIFY(!source->series);
    QCOMPARE(source->data->timesteps(), timesteps);
    // Bit for bit: a session goes on with exactly the data it was trained on.
    QVERIFY(source->data->train().windows == expected.train().windows);
    QVERIFY(source->data->train().labels == expected.train().labels);
    QVERIFY(source->data->test().windows == expected.test().windows);
}

void TestSessionSignal::buildsACsvSeries()
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, 600);
    SessionSignal signal;
    signal.id = QLatin1String(SessionSignal::csvId);
    signal.csvPath = path;
    signal.csvColumn = 2;
    QString error;
    const std::optional<SessionSignal::Source> source = signal.build(10, &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->series);
    QVERIFY(!source->signal);
    QCOMPARE(source->series->size(), 600);
    QCOMPARE(source->data->timesteps(), 10);

    // The panel, given the same file and column, describes it the same way.
    SignalPanel panel;
    panel.setTimesteps(10);
    QVERIFY(panel.importCsv(path, 2));
    QCOMPARE(panel.sessionSignal(), signal);

    // Too short for the time steps: the loader's message says the minimum.
    QVERIFY(!signal.build(100, &error));
    QVERIFY2(error.contains(QStringLiteral("series")), qPrintable(error));
}

void TestSessionSignal::missingCsvFileIsNamed()
{
    SessionSignal signal;
    signal.id = QLatin1String(SessionSignal::csvId);
    signal.csvPath = QStringLiteral("/nonexistent-lstm-lab/prices.csv");
    QString error;
    QVERIFY(!signal.build(20, &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-lstm-lab/prices.csv")), qPrintable(error));
}

QTEST_MAIN(TestSessionSignal)
#include "tst_sessionsignal.moc"
