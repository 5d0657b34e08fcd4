// GradientTrace and Network::gradientTrace() (core/nn/gradienttrace.h, network.h (35)-(36)):
//  - against PyTorch's autograd in double (tests/reference/gradients.reference.json, made by
//    make_gradient_fixtures.py: LSTMCell, GRUCell and RNNCell unrolled, 2 layers, retain_grad()
//    on every h_t and c_t): every ||dL/dh^l_t||, ||dL/dc^l_t|| and the loss to 1e-9;
//  - it changes nothing: parameters and the gradients vector stay bit-identical, with dropout
//    configured (evaluation mode ignores it), and two traces agree;
//  - a raised stop flag gives an empty trace;
//  - the shape: L*T values, dc only for the LSTM, every value finite and >= 0;
//  - the probe batch: 32 windows at the seed's size, 1 at the largest, bounded in memory.

#include "gradienttrace.h"
#include "network.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <random>

using namespace lstmlab;

namespace {

using Mat = Matrix<double>;

Mat jsonMatrix(const QJsonValue &value)
{
    const QJsonArray rows = value.toArray();
    const bool vector = !rows.isEmpty() && !rows.first().isArray();
    const int cols = vector ? 1 : rows.isEmpty() ? 0 : int(rows.first().toArray().size());
    Mat m(rows.size(), cols);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = vector ? rows[r].toDouble() : rows[r].toArray()[c].toDouble();
    return m;
}

// Layer l's four tensors of the chosen cell, into the network.
template <typename Layer>
void setLayer(Layer &layer, const QJsonObject &weights)
{
    layer.Wih() = jsonMatrix(weights[QStringLiteral("weight_ih")]);
    layer.Whh() = jsonMatrix(weights[QStringLiteral("weight_hh")]);
    layer.bih() = jsonMatrix(weights[QStringLiteral("bias_ih")]).col(0);
    layer.bhh() = jsonMatrix(weights[QStringLiteral("bias_hh")]).col(0);
}

ModelConfig smallConfig(RecurrentCell cell)
{
    ModelConfig config;
    config.cell = cell;
    config.units = 6;
    config.layers = 3;
    config.timesteps = 11;
    return config;
}

Mat someWindows(int T, int B, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    Mat m(T, B);
    for (int b = 0; b < B; ++b)
        for (int t = 0; t < T; ++t)
            m(t, b) = u(rng);
    return m;
}

} // namespace

class TestGradientTrace : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data();
    void matchesPyTorch();
    void changesNothing_data();
    void changesNothing();
    void stopsWhenAsked();
    void hasOneValuePerLayerAndStep_data();
    void hasOneValuePerLayerAndStep();
    void boundsTheProbeBatch();
};

void TestGradientTrace::matchesPyTorch_data()
{
    QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/gradients.reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::addColumn<QJsonObject>("reference");
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray())
        QTest::newRow(c.toObject()[QStringLiteral("name")].toString().toUtf8().constData()) << c.toObject();
}

void TestGradientTrace::matchesPyTorch()
{
    QFETCH(QJsonObject, reference);
    const auto field = [&reference](const char *name) { return reference[QLatin1String(name)]; };
    ModelConfig config;
    config.cell = *cellFromName(field("cell").toString().toStdString());
    config.units = field("units").toInt();
    config.layers = field("layers").toInt();
    config.timesteps = field("timesteps").toInt();
    Network<double> network(config);
    const QJsonArray weights = field("weights").toArray();
    QCOMPARE(weights.size(), config.layers);
    for (int l = 0; l < config.layers; ++l) {
        const QJsonObject w = weights[l].toObject();
        switch (config.cell) {
        case RecurrentCell::Lstm: setLayer(network.layer(l), w); break;
        case RecurrentCell::Rnn: setLayer(network.rnnLayer(l), w); break;
        case RecurrentCell::Gru: setLayer(network.gruLayer(l), w); break;
        }
    }
    network.Wout() = jsonMatrix(field("weight_out"));
    network.bout() = jsonMatrix(field("bias_out")).col(0);
    const Mat x = jsonMatrix(field("x"));                      // (T, B): input width 1
    const Mat targets = jsonMatrix(field("targets")).transpose(); // (1, B)

    const GradientTrace trace = network.gradientTrace(x, targets);
    QCOMPARE(trace.layers, config.layers);
    QCOMPARE(trace.timesteps, config.timesteps);
    QCOMPARE(trace.windows, int(x.cols()));
    QCOMPARE(trace.hasCellState, config.cell == RecurrentCell::Lstm);

    double worst = std::abs(trace.loss - field("loss").toDouble());
    QString where = QStringLiteral("loss");
    const auto compare = [&](const QJsonArray &expected, auto norm, const char *name) {
        for (int l = 0; l < config.layers; ++l)
            for (int t = 0; t < config.timesteps; ++t) {
                const double difference = std::abs(norm(l, t) - expected[l].toArray()[t].toDouble());
                if (difference > worst) {
                    worst = difference;
                    where = QStringLiteral("%1 layer %2 step %3").arg(QLatin1String(name)).arg(l).arg(t);
                }
            }
    };
    compare(field("dh").toArray(), [&](int l, int t) { return trace.dhNorm(l, t); }, "dh");
    if (trace.hasCellState)
        compare(field("dc").toArray(), [&](int l, int t) { return trace.dcNorm(l, t); }, "dc");
    else
        QVERIFY(trace.dc.empty());
    qInfo("largest difference %.3g in %s", worst, qPrintable(where));
    QVERIFY2(worst <= 1e-9, qPrintable(where));
}

void TestGradientTrace::changesNothing_data()
{
    QTest::addColumn<int>("cell");
    QTest::newRow("lstm") << int(RecurrentCell::Lstm);
    QTest::newRow("rnn") << int(RecurrentCell::Rnn);
    QTest::newRow("gru") << int(RecurrentCell::Gru);
}

void TestGradientTrace::changesNothing()
{
    QFETCH(int, cell);
    ModelConfig config = smallConfig(RecurrentCell(cell));
    config.dropout = 0.5; // evaluation mode: no mask is drawn, none applied
    Network<float> network(config);
    std::mt19937 rng(7);
    network.initialise(rng);
    network.gradients().setRandom(); // whatever a step left there
    const Vector<float> parameters = network.parameters();
    const Vector<float> gradients = network.gradients();
    const Matrix<float> x = someWindows(config.timesteps, 5, 1).cast<float>();
    const Matrix<float> targets = someWindows(1, 5, 2).cast<float>();

    const GradientTrace first = network.gradientTrace(x, targets);
    const GradientTrace second = network.gradientTrace(x, targets);
    QVERIFY(network.parameters() == parameters);
    QVERIFY(network.gradients() == gradients);
    QVERIFY(!first.empty());
    QVERIFY(first.dh == second.dh);
    QVERIFY(first.dc == second.dc);
}

void TestGradientTrace::stopsWhenAsked()
{
    const ModelConfig config = smallConfig(RecurrentCell::Lstm);
    Network<float> network(config);
    std::mt19937 rng(3);
    network.initialise(rng);
    const Matrix<float> x = someWindows(config.timesteps, 4, 1).cast<float>();
    const Matrix<float> targets = someWindows(1, 4, 2).cast<float>();
    const StopFlag stop{true};
    QVERIFY(network.gradientTrace(x, targets, &stop).empty());
}

void TestGradientTrace::hasOneValuePerLayerAndStep_data()
{
    changesNothing_data();
}

void TestGradientTrace::hasOneValuePerLayerAndStep()
{
    QFETCH(int, cell);
    const ModelConfig config = smallConfig(RecurrentCell(cell));
    Network<double> network(config);
    std::mt19937 rng(5);
    network.initialise(rng);
    const GradientTrace trace = network.gradientTrace(someWindows(config.timesteps, 3, 4), someWindows(1, 3, 6));
    const std::size_t count = std::size_t(config.layers) * config.timesteps;
    QCOMPARE(trace.dh.size(), count);
    QCOMPARE(trace.dc.size(), RecurrentCell(cell) == RecurrentCell::Lstm ? count : std::size_t(0));
    for (double v : trace.dh)
        QVERIFY(std::isfinite(v) && v >= 0.0);
    for (double v : trace.dc)
        QVERIFY(std::isfinite(v) && v >= 0.0);
    // The head reads the top layer's last step: the gradient reaches it whatever the weights.
    QVERIFY(trace.dhNorm(config.layers - 1, config.timesteps - 1) > 0.0);
}

void TestGradientTrace::boundsTheProbeBatch()
{
    QCOMPARE(Network<float>::gradientProbeWindows(ModelConfig{}), Network<float>::maxProbeWindows);
    ModelConfig largest;
    largest.units = int(ModelConfig::unitsRange.max);
    largest.layers = int(ModelConfig::layersRange.max);
    largest.timesteps = int(ModelConfig::timestepsRange.max);
    QCOMPARE(Network<float>::gradientProbeWindows(largest), 1);
    largest.units = 64;
    const int windows = Network<float>::gradientProbeWindows(largest);
    QVERIFY(windows > 1 && windows < Network<float>::maxProbeWindows);
}

QTEST_APPLESS_MAIN(TestGradientTrace)
#include "tst_gradienttrace.moc"
