// SignalCatalog: lists the built-in signals under stable ids, creates each from its id and
// parameters, refuses what it does not know, and every built-in signal is learnable by a small
// LSTM with the seed's timesteps.

#include "signalcatalog.h"
#include "trainer.h"

#include <QTest>

#include <cmath>

using namespace lstmlab;

namespace {

std::vector<double> seedGrid(const SignalGenerator &generator)
{
    const DataSpec spec;
    std::vector<double> ys = generator.sample(spec.trainFrom, spec.trainTo, spec.trainCount);
    const std::vector<double> test = generator.sample(spec.testFrom, spec.testTo, spec.testCount);
    ys.insert(ys.end(), test.begin(), test.end());
    return ys;
}

} // namespace

class TestSignalCatalog : public QObject
{
    Q_OBJECT

private slots:
    void listsTheBuiltInsInOrder();
    void parametersAreWellFormed();
    void createsEveryId_data();
    void createsEveryId();
    void parametersAreApplied_data();
    void parametersAreApplied();
    void refusesWithAMessage_data();
    void refusesWithAMessage();
    void everySignalIsLearnable_data();
    void everySignalIsLearnable();
};

void TestSignalCatalog::listsTheBuiltInsInOrder()
{
    QStringList ids;
    for (const SignalInfo &info : SignalCatalog::all())
        ids << QString::fromStdString(info.id);
    QCOMPARE(ids, (QStringList{"sine", "sum-of-sines", "damped-sine", "square", "sawtooth", "echo"}));
    QCOMPARE(SignalCatalog::defaultId, std::string_view("sine"));
    QVERIFY(SignalCatalog::find("square") == &SignalCatalog::all()[3]);
    QVERIFY(SignalCatalog::find("triangle") == nullptr);
    QVERIFY(SignalCatalog::defaults("triangle").empty());
}

void TestSignalCatalog::parametersAreWellFormed()
{
    for (const SignalInfo &info : SignalCatalog::all()) {
        QVERIFY2(!info.name.empty() && !info.formula.empty() && !info.description.empty(), info.id.c_str());
        const SignalParameters defaults = SignalCatalog::defaults(info.id);
        QCOMPARE(defaults.size(), info.parameters.size());
        for (const SignalParameter &p : info.parameters) {
            const QByteArray where = QByteArray::fromStdString(info.id + "." + p.id);
            QVERIFY2(!p.name.empty() && !p.description.empty(), where.constData());
            QVERIFY2(p.min < p.max, where.constData());
            QVERIFY2(p.defaultValue >= p.min && p.defaultValue <= p.max, where.constData());
            QCOMPARE(defaults.at(p.id), p.defaultValue);
            QVERIFY(info.parameter(p.id) == &p);
        }
    }
}

void TestSignalCatalog::createsEveryId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("withExtremes"); // every parameter at its min, then at its max
    for (const SignalInfo &info : SignalCatalog::all()) {
        const QString id = QString::fromStdString(info.id);
        QTest::addRow("%s at defaults", info.id.c_str()) << id << false;
        if (!info.parameters.empty())
            QTest::addRow("%s at range ends", info.id.c_str()) << id << true;
    }
}

void TestSignalCatalog::createsEveryId()
{
    QFETCH(QString, id);
    QFETCH(bool, withExtremes);
    const SignalInfo *info = SignalCatalog::find(id.toStdString());
    QVERIFY(info);
    std::vector<SignalParameters> settings;
    if (!withExtremes) {
        settings.push_back({});
    } else {
        SignalParameters low, high;
        for (const SignalParameter &p : info->parameters) {
            low[p.id] = p.min;
            high[p.id] = p.max;
        }
        settings = {low, high};
    }
    for (const SignalParameters &parameters : settings) {
        const SignalCreateResult made = SignalCatalog::create(id.toStdString(), parameters);
        QVERIFY2(made.generator, made.error.c_str());
        QVERIFY(made.error.empty());
        QCOMPARE(QString::fromStdString(made.generator->name()), id);
        const std::vector<double> ys = seedGrid(*made.generator);
        double lo = 0.0, hi = 0.0;
        for (double y : ys) {
            QVERIFY(std::isfinite(y));
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        QVERIFY2(lo >= -1.0 && hi <= 1.0, qPrintable(QString("range %1..%2").arg(lo).arg(hi)));
        if (!withExtremes)
            QVERIFY2(hi - lo > 0.5, "the signal moves"); // none is flat on the seed's grid
    }
}

void TestSignalCatalog::parametersAreApplied_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    QTest::newRow("sine is the seed's sin(x)") << "sine" << "" << 0.0 << 1.0 << std::sin(1.0);
    QTest::newRow("square amplitude") << "square" << "amplitude" << 0.5 << 0.1 << 0.5;
    QTest::newRow("square frequency 2 flips at pi/2") << "square" << "frequency" << 2.0 << 1.7 << -0.8;
    QTest::newRow("sawtooth amplitude at a quarter period") << "sawtooth" << "amplitude" << 0.6 << M_PI / 2 << 0.3;
    QTest::newRow("damped sine without decay") << "damped-sine" << "decay" << 0.0 << 50.5 << std::sin(50.5);
    QTest::newRow("damped sine frequency") << "damped-sine" << "frequency" << 3.0 << 0.5
                                           << std::exp(-0.005) * std::sin(1.5);
    QTest::newRow("sum of sines, first component alone")
        << "sum-of-sines" << "amplitude2" << 0.0 << 1.0 << 0.5 * std::sin(1.0) + 0.2 * std::sin(7.0);
}

void TestSignalCatalog::parametersAreApplied()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    QFETCH(double, value);
    QFETCH(double, x);
    QFETCH(double, expected);
    SignalParameters parameters;
    if (!parameter.isEmpty())
        parameters[parameter.toStdString()] = value;
    const SignalCreateResult made = SignalCatalog::create(id.toStdString(), parameters);
    QVERIFY2(made.generator, made.error.c_str());
    QCOMPARE(made.generator->value(x), expected);
}

void TestSignalCatalog::refusesWithAMessage_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << "triangle" << "" << 0.0
                                << "unknown signal 'triangle' (known: sine, sum-of-sines, damped-sine, square, sawtooth, echo)";
    QTest::newRow("empty id") << "" << "" << 0.0 << "unknown signal ''";
    QTest::newRow("ids are case-sensitive") << "Sine" << "" << 0.0 << "unknown signal 'Sine'";
    QTest::newRow("unknown parameter") << "square" << "period" << 1.0
                                       << "square has no parameter 'period' (it has: frequency, amplitude)";
    QTest::newRow("sine takes no parameters") << "sine" << "frequency" << 2.0
                                              << "sine has no parameter 'frequency' (it has none)";
    QTest::newRow("below range") << "sawtooth" << "amplitude" << 0.0
                                 << "sawtooth: amplitude must be in 0.1..1 (got 0)";
    QTest::newRow("above range") << "damped-sine" << "decay" << 0.5 << "damped-sine: decay must be in 0..0.2 (got 0.5)";
    QTest::newRow("NaN") << "sum-of-sines" << "frequency2" << qQNaN() << "sum-of-sines: frequency2 must be in 0.05..20";
    QTest::newRow("infinity") << "square" << "frequency" << qInf() << "square: frequency must be in 0.05..20 (got inf)";
    QTest::newRow("a lag is whole") << "echo" << "lag" << 2.5 << "echo: lag must be an integer in 1..511 (got 2.5)";
    QTest::newRow("lag 0 is no echo") << "echo" << "lag" << 0.0 << "echo: lag must be an integer in 1..511 (got 0)";
}

void TestSignalCatalog::refusesWithAMessage()
{
    QFETCH(QString, id);
    QFETCH(QString, parameter);
    QFETCH(double, value);
    QFETCH(QString, message);
    SignalParameters parameters;
    if (!parameter.isEmpty())
        parameters[parameter.toStdString()] = value;
    const SignalCreateResult made = SignalCatalog::create(id.toStdString(), parameters);
    QVERIFY(!made.generator);
    QVERIFY2(QString::fromStdString(made.error).startsWith(message), made.error.c_str());
}

void TestSignalCatalog::everySignalIsLearnable_data()
{
    QTest::addColumn<QString>("id");
    for (const SignalInfo &info : SignalCatalog::all())
        if (info.id != "echo") // a memory task, not a curve to continue: tst_echosignal
            QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
}

// A small LSTM, the seed's timesteps and grid, two epochs: the test MSE must fall well below
// that of the untrained network. The numbers go to the log for docs/signals.md.
void TestSignalCatalog::everySignalIsLearnable()
{
    QFETCH(QString, id);
    const SignalCreateResult made = SignalCatalog::create(id.toStdString());
    QVERIFY(made.generator);
    ModelConfig model;
    model.units = 8;
    model.layers = 1;
    TrainConfig train;
    train.epochs = 2;
    train.learningRate = 1e-2;
    train.seed = 3;
    Trainer trainer(model, train, std::make_shared<const Dataset>(*made.generator, DataSpec(), model.timesteps));
    const double before = trainer.evaluate();
    QCOMPARE(trainer.run({}), Trainer::Outcome::Finished);
    const double after = trainer.evaluate();
    qInfo("%s: test MSE %.4g untrained, %.4g after %d epochs (%.0fx lower)", qPrintable(id), before, after,
          train.epochs, before / after);
    QVERIFY(std::isfinite(after));
    QVERIFY2(after * 5.0 <= before, "the test MSE falls at least 5-fold");
}

QTEST_APPLESS_MAIN(TestSignalCatalog)
#include "tst_signalcatalog.moc"
