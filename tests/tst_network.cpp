// Correctness of the LSTM engine (Network with its LstmLayers):
//  - central-difference gradient checks in double for every parameter;
//  - PyTorch's numbers for the same weights and inputs (tests/reference/, made once by
//    make_fixtures.py): outputs, every gate, the loss and every gradient;
//  - the float engine (what training runs) against the double one, over batch sizes that
//    exercise whole vector packets and remainders;
//  - Keras's published LSTM correctness case;
//  - gate traces, copies of a network and the parameter count.

#include "activation.h"
#include "json.h"
#include "lstmbenchkernels.h"
#include "modelfile.h"
#include "network.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace lstmlab;

using MatD = Matrix<double>;
using VecD = Vector<double>;

Q_DECLARE_METATYPE(lstmlab::ModelConfig)

namespace {

const QString referenceDir = QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/");

ModelConfig makeConfig(int inputSize, int units, int layers, int timesteps, int outputSize,
                       double dropout = 0.0)
{
    ModelConfig config;
    config.inputSize = inputSize;
    config.units = units;
    config.layers = layers;
    config.timesteps = timesteps;
    config.outputSize = outputSize;
    config.dropout = dropout;
    return config;
}

// Windows of standard normal samples, (I*T, B) as Network::forward() takes them.
MatD randomInputs(const ModelConfig &config, int batch, std::mt19937 &rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    MatD inputs(Eigen::Index(config.inputSize) * config.timesteps, batch);
    for (Eigen::Index k = 0; k < inputs.size(); ++k)
        inputs.data()[k] = normal(rng);
    return inputs;
}

// Targets in (-0.9, 0.9), within the tanh head's reach, (O, B).
MatD randomTargets(const ModelConfig &config, int batch, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> uniform(-0.9, 0.9);
    MatD targets(config.outputSize, batch);
    for (Eigen::Index k = 0; k < targets.size(); ++k)
        targets.data()[k] = uniform(rng);
    return targets;
}

// Largest |a - b| / max(1, |b|): absolute for values up to 1, relative above.
double largestDifference(const MatD &a, const MatD &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    double worst = 0.0;
    for (Eigen::Index k = 0; k < a.size(); ++k)
        worst = std::max(worst, std::abs(a.data()[k] - b.data()[k]) / std::max(1.0, std::abs(b.data()[k])));
    return worst;
}

std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

// A tensor of a fixture file: {"shape": [...], "data": [...]} with row-major data, read in
// double (readModelJson reads floats, which would hide anything below 1e-7).
struct Tensor {
    std::vector<int> shape;
    std::vector<double> data;
};

bool readTensor(const JsonValue *value, Tensor *tensor, QString *error, const QString &what)
{
    const JsonValue *shape = value ? value->find("shape") : nullptr;
    const JsonValue *data = value ? value->find("data") : nullptr;
    if (!shape || !shape->isArray() || !data || !data->isArray()) {
        *error = what + QStringLiteral(" is missing or has no shape/data");
        return false;
    }
    std::size_t size = 1;
    tensor->shape.clear();
    for (const JsonValue &dim : shape->array()) {
        tensor->shape.push_back(int(dim.toInteger().value_or(-1)));
        size *= std::size_t(std::max(0, tensor->shape.back()));
    }
    if (data->array().size() != size) {
        *error = what + QStringLiteral(" holds %1 numbers, its shape says %2").arg(data->array().size()).arg(size);
        return false;
    }
    tensor->data.clear();
    for (const JsonValue &number : data->array()) {
        if (!number.isNumber()) {
            *error = what + QStringLiteral(" holds something that is not a number");
            return false;
        }
        tensor->data.push_back(number.number());
    }
    return true;
}

// Everything PyTorch computed for one configuration, in LSTM Lab's layouts.
struct Fixture {
    ModelConfig config;
    int batch = 0;
    std::string modelText;  // the <name>.model.json file as written
    VecD parameters;        // Network's flat order, read in double
    MatD inputs;            // (I*T, B)
    MatD targets;           // (O, B)
    MatD outputs;           // (O, B)
    double loss = 0.0;
    // In the workspace's layout (lstmlayer.h): row t*B + b, one column per unit.
    std::vector<MatD> gates; // per layer (T*B, 4H), columns i, f, g, o blocks of H
    std::vector<MatD> c;     // per layer (T*B, H)
    std::vector<MatD> h;     // per layer (T*B, H)
    VecD gradients;          // Network's flat order
};

// Tensors under PyTorch's names (row-major data) into Network's flat column-major vector.
bool readFlat(const JsonValue &tensors, const ModelConfig &config, VecD *flat, QString *error)
{
    *flat = VecD::Zero(Network<double>::parameterCount(config));
    for (const TensorInfo &info : tensorLayout(config)) {
        Tensor tensor;
        const QString name = QString::fromStdString(info.name);
        if (!readTensor(tensors.find(info.name), &tensor, error, name))
            return false;
        const std::vector<int> expected = info.cols > 0 ? std::vector<int>{info.rows, info.cols}
                                                        : std::vector<int>{info.rows};
        if (tensor.shape != expected) {
            *error = name + QStringLiteral(" has the wrong shape");
            return false;
        }
        const int cols = info.cols > 0 ? info.cols : 1;
        for (int r = 0; r < info.rows; ++r)
            for (int col = 0; col < cols; ++col)
                (*flat)[info.offset + Eigen::Index(col) * info.rows + r] = tensor.data[std::size_t(r) * cols + col];
    }
    return true;
}

bool loadFixture(const QString &name, Fixture *fx, QString *error)
{
    const std::string referenceText = readText(referenceDir + name + QStringLiteral(".reference.json"));
    fx->modelText = readText(referenceDir + name + QStringLiteral(".model.json"));
    if (referenceText.empty() || fx->modelText.empty()) {
        *error = QStringLiteral("cannot read the fixture files of ") + name + QStringLiteral(" in ") + referenceDir;
        return false;
    }
    const JsonParseResult reference = parseJson(referenceText);
    const JsonParseResult model = parseJson(fx->modelText);
    if (!reference.value || !model.value) {
        *error = QString::fromStdString("not valid JSON: " + reference.error + model.error);
        return false;
    }
    const JsonValue &ref = *reference.value;

    const JsonValue *config = ref.find("config");
    if (!config) {
        *error = QStringLiteral("no config");
        return false;
    }
    auto field = [&](const char *key) {
        const JsonValue *value = config->find(key);
        return value ? int(value->toInteger().value_or(0)) : 0;
    };
    fx->config = makeConfig(field("input_size"), field("units"), field("layers"), field("timesteps"),
                            field("output_size"));
    fx->batch = field("batch");
    const int I = fx->config.inputSize, H = fx->config.units, T = fx->config.timesteps;
    const int O = fx->config.outputSize, B = fx->batch;

    const JsonValue *tensors = model.value->find("tensors");
    const JsonValue *gradients = ref.find("gradients");
    if (!tensors || !gradients) {
        *error = QStringLiteral("no tensors in the model file or no gradients in the reference");
        return false;
    }
    if (!readFlat(*tensors, fx->config, &fx->parameters, error)
        || !readFlat(*gradients, fx->config, &fx->gradients, error))
        return false;

    Tensor inputs, targets, outputs;
    if (!readTensor(ref.find("inputs"), &inputs, error, QStringLiteral("inputs"))
        || !readTensor(ref.find("targets"), &targets, error, QStringLiteral("targets"))
        || !readTensor(ref.find("outputs"), &outputs, error, QStringLiteral("outputs")))
        return false;
    if (inputs.shape != std::vector<int>{B, T, I} || targets.shape != std::vector<int>{B, O}
        || outputs.shape != std::vector<int>{B, O}) {
        *error = QStringLiteral("inputs, targets or outputs have the wrong shape");
        return false;
    }
    // [B, T, I] row-major into (I*T, B) with x_t in rows t*I .. t*I+I-1
    fx->inputs.resize(Eigen::Index(I) * T, B);
    for (int b = 0; b < B; ++b)
        for (int t = 0; t < T; ++t)
            for (int k = 0; k < I; ++k)
                fx->inputs(Eigen::Index(t) * I + k, b) = inputs.data[(std::size_t(b) * T + t) * I + k];
    fx->targets.resize(O, B);
    fx->outputs.resize(O, B);
    for (int b = 0; b < B; ++b)
        for (int o = 0; o < O; ++o) {
            fx->targets(o, b) = targets.data[std::size_t(b) * O + o];
            fx->outputs(o, b) = outputs.data[std::size_t(b) * O + o];
        }
    const JsonValue *loss = ref.find("loss");
    if (!loss || !loss->isNumber()) {
        *error = QStringLiteral("no loss");
        return false;
    }
    fx->loss = loss->number();

    const JsonValue *layers = ref.find("layers");
    if (!layers || !layers->isArray() || int(layers->array().size()) != fx->config.layers) {
        *error = QStringLiteral("layers is missing or has the wrong length");
        return false;
    }
    const char *keys[6] = {"i", "f", "g", "o", "c", "h"};
    for (const JsonValue &layer : layers->array()) {
        MatD gates(Eigen::Index(T) * B, 4 * H), c(Eigen::Index(T) * B, H), h(Eigen::Index(T) * B, H);
        for (int key = 0; key < 6; ++key) {
            Tensor values;
            if (!readTensor(layer.find(keys[key]), &values, error, QString::fromLatin1(keys[key])))
                return false;
            if (values.shape != std::vector<int>{T, B, H}) {
                *error = QString::fromLatin1(keys[key]) + QStringLiteral(" has the wrong shape");
                return false;
            }
            // [T, B, H] row-major into row t*B + b
            for (int t = 0; t < T; ++t)
                for (int b = 0; b < B; ++b)
                    for (int u = 0; u < H; ++u) {
                        const double v = values.data[(std::size_t(t) * B + b) * H + u];
                        const Eigen::Index row = Eigen::Index(t) * B + b;
                        if (key < 4)
                            gates(row, Eigen::Index(key) * H + u) = v;
                        else if (key == 4)
                            c(row, u) = v;
                        else
                            h(row, u) = v;
                    }
        }
        fx->gates.push_back(std::move(gates));
        fx->c.push_back(std::move(c));
        fx->h.push_back(std::move(h));
    }
    return true;
}

// The workspace keeps sequences as (T*B, width) with row t*B + b (lstmlayer.h); the tests
// read gates from it, so they first make sure that is still the layout.
template <typename Scalar>
bool cacheLayoutIsRowPerStep(const typename LstmLayer<Scalar>::Cache &cache, int units, Eigen::Index TB)
{
    return cache.gates.cols() == 4 * units && cache.gates.rows() >= TB && cache.c.cols() == units
           && cache.c.rows() >= TB && cache.h.cols() == units && cache.h.rows() >= TB;
}

double lossOf(const Network<double> &net, Network<double>::Workspace &ws, const MatD &inputs,
              const MatD &targets, std::mt19937 &rng)
{
    net.forward(ws, inputs, true, &rng);
    return net.loss(ws, targets);
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void gradientMatchesCentralDifference_data();
    void gradientMatchesCentralDifference();
    void matchesPyTorch_data();
    void matchesPyTorch();
    void floatAgreesWithDouble_data();
    void floatAgreesWithDouble();
    void kerasCorrectnessCase_data();
    void kerasCorrectnessCase();
    void traceMatchesWorkspace_data();
    void traceMatchesWorkspace();
    void traceIsBoundedAtTheLargestConfiguration();
    void traceOfTheOtherCellsMatchesTheirForward_data();
    void traceOfTheOtherCellsMatchesTheirForward();
    void traceOfEveryCellIsBounded_data();
    void traceOfEveryCellIsBounded();
    void copyKeepsParametersBound_data();
    void copyKeepsParametersBound();
    void parameterCountIsPyTorchs_data();
    void parameterCountIsPyTorchs();
    void productsOnlyAreTheForwardPreactivations_data();
    void productsOnlyAreTheForwardPreactivations();
    void dropoutWithoutGeneratorThrows();
    void forgetBiasSetsTheForgetSlices();
    void otherCellsEvaluateAsTheyTrain_data();
    void otherCellsEvaluateAsTheyTrain();
};

void TestNetwork::gradientMatchesCentralDifference_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("batch");

    // inputSize, units, layers, timesteps, outputSize, dropout
    QTest::newRow("1 unit, 1 layer, 1 step, batch 3") << makeConfig(1, 1, 1, 1, 1) << 3;
    QTest::newRow("3 units, 2 layers, 5 steps, batch 4") << makeConfig(1, 3, 2, 5, 1) << 4;
    QTest::newRow("8 units, 3 layers, 20 steps, batch 2") << makeConfig(1, 8, 3, 20, 1) << 2;
    QTest::newRow("3 units, 1 layer, 20 steps, 2 inputs, 2 outputs, batch 3")
        << makeConfig(2, 3, 1, 20, 2) << 3;
    QTest::newRow("8 units, 2 layers, 5 steps, dropout 0.3, batch 4") << makeConfig(1, 8, 2, 5, 1, 0.3) << 4;
    QTest::newRow("3 units, 3 layers, 1 step, dropout 0.5, batch 5") << makeConfig(3, 3, 3, 1, 1, 0.5) << 5;
    QTest::newRow("1 unit, 2 layers, 20 steps, dropout 0.2, batch 6") << makeConfig(1, 1, 2, 20, 1, 0.2) << 6;
    QTest::newRow("seed: 20 units, 2 layers, 20 steps, batch 2") << makeConfig(1, 20, 2, 20, 1) << 2;
    // the batch is the direction the kernels vectorise along: whole packets and a remainder
    QTest::newRow("3 units, 2 layers, 5 steps, dropout 0.1, batch 19") << makeConfig(1, 3, 2, 5, 1, 0.1) << 19;
    // the other cells under the same stacking, dropout and head
    for (const RecurrentCell cell : {RecurrentCell::Rnn, RecurrentCell::Gru}) {
        const QByteArray name = cellName(cell);
        ModelConfig deep = makeConfig(1, 3, 2, 5, 1, 0.1);
        deep.cell = cell;
        QTest::newRow(name + ": 3 units, 2 layers, 5 steps, dropout 0.1, batch 4") << deep << 4;
        ModelConfig wide = makeConfig(2, 4, 3, 7, 2);
        wide.cell = cell;
        QTest::newRow(name + ": 4 units, 3 layers, 7 steps, 2 inputs, 2 outputs, batch 3") << wide << 3;
    }
}

void TestNetwork::gradientMatchesCentralDifference()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, batch);

    std::mt19937 rng(12345);
    Network<double> net(config);
    net.initialise(rng);
    const MatD inputs = randomInputs(config, batch, rng);
    const MatD targets = randomTargets(config, batch, rng);

    // The first training forward draws the dropout masks; every later one reuses them.
    Network<double>::Workspace ws = net.makeWorkspace(batch);
    const double loss = lossOf(net, ws, inputs, targets, rng);
    ws.freezeMasks = true;
    if (config.dropout > 0.0) {
        QVERIFY(ws.dropoutApplied);
        double dropped = 0.0;
        const Eigen::Index TB = Eigen::Index(config.timesteps) * batch;
        for (const MatD &mask : ws.masks)
            QVERIFY(mask.rows() >= TB && mask.cols() == config.units);
        for (const MatD &mask : ws.masks)
            dropped += double((mask.topRows(TB).array() == 0.0).count()) / double(mask.cols() * TB);
        QVERIFY2(dropped > 0.0, "dropout > 0 but no unit was dropped: the dropout path is not exercised");
        QVERIFY(lossOf(net, ws, inputs, targets, rng) == loss); // the masks really are frozen
    }
    net.backward(ws, targets);
    const VecD analytic = net.gradients();

    const double step = 1e-6;
    VecD &p = net.parameters();
    VecD numeric(p.size());
    for (Eigen::Index k = 0; k < p.size(); ++k) {
        const double saved = p[k];
        p[k] = saved + step;
        const double lossPlus = lossOf(net, ws, inputs, targets, rng);
        p[k] = saved - step;
        const double lossMinus = lossOf(net, ws, inputs, targets, rng);
        p[k] = saved;
        numeric[k] = (lossPlus - lossMinus) / (2.0 * step);
    }

    // The required test, parameter by parameter: |analytic - numeric| <= 1e-5 + 1e-3 |numeric|.
    const VecD difference = (analytic - numeric).cwiseAbs();
    Eigen::Index failures = 0, worstIndex = 0;
    for (Eigen::Index k = 0; k < p.size(); ++k) {
        if (difference[k] > 1e-5 + 1e-3 * std::abs(numeric[k]))
            ++failures;
        if (difference[k] > difference[worstIndex])
            worstIndex = k;
    }
    auto nameOf = [&](Eigen::Index index) {
        for (const TensorInfo &info : tensorLayout(config))
            if (index >= info.offset && index < info.offset + info.size())
                return QStringLiteral("%1[%2]").arg(QString::fromStdString(info.name)).arg(index - info.offset);
        return QString();
    };

    // The 1e-5 floor would let a wrong gradient through in a tensor whose gradients are all
    // small (deep layers, long windows), so each tensor is also held to 1e-3 of its own
    // largest gradient, above the central difference's rounding noise (about 1e-10 here).
    QString worstTensor;
    double worstTensorRatio = 0.0;
    bool tensorsAgree = true;
    for (const TensorInfo &info : tensorLayout(config)) {
        const double scale = numeric.segment(info.offset, info.size()).cwiseAbs().maxCoeff();
        const double largest = difference.segment(info.offset, info.size()).maxCoeff();
        tensorsAgree = tensorsAgree && largest <= 1e-3 * scale + 3e-9;
        const double ratio = largest / std::max(scale, 1e-300);
        if (scale > 0.0 && ratio >= worstTensorRatio) {
            worstTensorRatio = ratio;
            worstTensor = QString::fromStdString(info.name);
        }
    }

    qInfo("%lld parameters: largest |analytic - numeric| %.2g at %s (numeric %.6g); largest relative to its "
          "tensor's scale %.2g in %s",
          static_cast<long long>(p.size()), difference[worstIndex], qPrintable(nameOf(worstIndex)),
          numeric[worstIndex], worstTensorRatio, qPrintable(worstTensor));
    QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of %2 gradients outside 1e-5 + 1e-3 |numeric|, worst at %3")
                                           .arg(failures).arg(p.size()).arg(nameOf(worstIndex))));
    QVERIFY2(tensorsAgree, qPrintable(QStringLiteral("a tensor's gradient is off by more than 1e-3 of its scale: ")
                                      + worstTensor));
    // Not vacuous: there are gradients to compare.
    QVERIFY(numeric.cwiseAbs().maxCoeff() > 1e-2);
}

void TestNetwork::matchesPyTorch_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("seed: 2 layers x 20 units, 20 steps, batch 2") << QStringLiteral("seed_2x20_t20");
    QTest::newRow("3 inputs, 3 layers x 5 units, 7 steps, 2 outputs, batch 4") << QStringLiteral("in3_3x5_t7_out2");
    QTest::newRow("1 layer x 1 unit, 1 step, batch 5") << QStringLiteral("tiny_1x1_t1");
    QTest::newRow("2 inputs, 1 layer x 8 units, 12 steps, batch 2") << QStringLiteral("in2_1x8_t12");
}

void TestNetwork::matchesPyTorch()
{
    QFETCH(QString, name);
    Fixture fx;
    QString error;
    QVERIFY2(loadFixture(name, &fx, &error), qPrintable(error));

    Network<double> net(fx.config);
    QCOMPARE(net.parameterCount(), fx.parameters.size());
    net.parameters() = fx.parameters;

    // The model file is one LSTM Lab reads, with the same tensor mapping (in float).
    const ModelReadResult read = readModelJson(fx.modelText);
    QVERIFY2(read.model, read.error.c_str());
    QVERIFY(read.model->config == fx.config);
    QCOMPARE(read.model->parameters.size(), fx.parameters.size());
    const double floatDifference = (read.model->parameters.cast<double>() - fx.parameters).cwiseAbs().maxCoeff();
    QVERIFY2(floatDifference <= 1e-7, qPrintable(QString::number(floatDifference)));

    Network<double>::Workspace ws = net.makeWorkspace(fx.batch);
    std::mt19937 rng(1);
    const MatD outputs = net.forward(ws, fx.inputs, true, &rng);
    const double loss = net.loss(ws, fx.targets);
    net.backward(ws, fx.targets);

    const Eigen::Index TB = Eigen::Index(fx.config.timesteps) * fx.batch;
    const double outputDifference = largestDifference(outputs, fx.outputs);
    const double lossDifference = std::abs(loss - fx.loss);
    double gateDifference = 0.0, cellDifference = 0.0, hiddenDifference = 0.0;
    for (int l = 0; l < fx.config.layers; ++l) {
        const auto &cache = ws.caches[std::size_t(l)];
        QVERIFY(cacheLayoutIsRowPerStep<double>(cache, fx.config.units, TB));
        gateDifference = std::max(gateDifference, largestDifference(cache.gates.topRows(TB), fx.gates[std::size_t(l)]));
        cellDifference = std::max(cellDifference, largestDifference(cache.c.topRows(TB), fx.c[std::size_t(l)]));
        hiddenDifference = std::max(hiddenDifference, largestDifference(cache.h.topRows(TB), fx.h[std::size_t(l)]));
    }
    double gradientDifference = 0.0;
    QString worstTensor;
    for (const TensorInfo &info : tensorLayout(fx.config)) {
        const double d = largestDifference(net.gradients().segment(info.offset, info.size()),
                                           fx.gradients.segment(info.offset, info.size()));
        if (d >= gradientDifference) {
            gradientDifference = d;
            worstTensor = QString::fromStdString(info.name);
        }
    }
    qInfo("largest difference to PyTorch: outputs %.2g, loss %.2g, gates i/f/g/o %.2g, c %.2g, h %.2g, "
          "gradients %.2g (in %s)",
          outputDifference, lossDifference, gateDifference, cellDifference, hiddenDifference, gradientDifference,
          qPrintable(worstTensor));

    const double tolerance = 1e-9;
    QVERIFY2(outputDifference <= tolerance, "outputs");
    QVERIFY2(lossDifference <= tolerance, "loss");
    QVERIFY2(gateDifference <= tolerance, "gates i, f, g, o");
    QVERIFY2(cellDifference <= tolerance, "cell state c");
    QVERIFY2(hiddenDifference <= tolerance, "hidden state h");
    QVERIFY2(gradientDifference <= tolerance, qPrintable(QStringLiteral("gradient of ") + worstTensor));
    // Not vacuous: PyTorch's gradient is there and not all zero.
    QVERIFY(fx.gradients.cwiseAbs().maxCoeff() > 1e-3);
}

void TestNetwork::floatAgreesWithDouble_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("batch");

    // Training runs in float, whose kernels take twice as many batch rows per instruction as
    // double's: batches below, at and past one packet, with and without a remainder.
    QTest::newRow("seed 2 x 20, 20 steps, batch 1") << makeConfig(1, 20, 2, 20, 1) << 1;
    QTest::newRow("seed 2 x 20, 20 steps, batch 7") << makeConfig(1, 20, 2, 20, 1) << 7;
    QTest::newRow("seed 2 x 20, 20 steps, batch 16") << makeConfig(1, 20, 2, 20, 1) << 16;
    QTest::newRow("seed 2 x 20, 20 steps, batch 64") << makeConfig(1, 20, 2, 20, 1) << 64;
    QTest::newRow("3 inputs, 3 x 5, 7 steps, 2 outputs, batch 37") << makeConfig(3, 5, 3, 7, 2) << 37;
    QTest::newRow("1 x 33 units, 4 steps, batch 19") << makeConfig(1, 33, 1, 4, 1) << 19;
}

void TestNetwork::floatAgreesWithDouble()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, batch);

    std::mt19937 rng(2024);
    Network<double> reference(config);
    reference.initialise(rng);
    const MatD inputs = randomInputs(config, batch, rng);
    const MatD targets = randomTargets(config, batch, rng);
    Network<float> net(config);
    net.parameters() = reference.parameters().cast<float>();
    reference.parameters() = net.parameters().cast<double>(); // the same weights exactly

    Network<double>::Workspace wsD = reference.makeWorkspace(batch);
    const MatD yD = reference.forward(wsD, inputs, false, nullptr);
    reference.backward(wsD, targets);
    Network<float>::Workspace wsF = net.makeWorkspace(batch);
    const MatD yF = net.forward(wsF, inputs.cast<float>(), false, nullptr).cast<double>();
    net.backward(wsF, targets.cast<float>());

    const Eigen::Index TB = Eigen::Index(config.timesteps) * batch;
    double stateDifference = largestDifference(yF, yD);
    for (int l = 0; l < config.layers; ++l) {
        const auto &cacheF = wsF.caches[std::size_t(l)];
        const auto &cacheD = wsD.caches[std::size_t(l)];
        QVERIFY(cacheLayoutIsRowPerStep<float>(cacheF, config.units, TB));
        QVERIFY(cacheLayoutIsRowPerStep<double>(cacheD, config.units, TB));
        stateDifference = std::max(stateDifference, largestDifference(cacheF.gates.topRows(TB).cast<double>(),
                                                                      cacheD.gates.topRows(TB)));
        stateDifference = std::max(stateDifference, largestDifference(cacheF.c.topRows(TB).cast<double>(),
                                                                      cacheD.c.topRows(TB)));
        stateDifference = std::max(stateDifference, largestDifference(cacheF.h.topRows(TB).cast<double>(),
                                                                      cacheD.h.topRows(TB)));
    }
    // Gradients, each tensor against its own largest value.
    double gradientDifference = 0.0;
    QString worstTensor;
    const VecD gradF = net.gradients().cast<double>();
    for (const TensorInfo &info : tensorLayout(config)) {
        const double scale = reference.gradients().segment(info.offset, info.size()).cwiseAbs().maxCoeff();
        const double d = (gradF.segment(info.offset, info.size()) - reference.gradients().segment(info.offset, info.size()))
                             .cwiseAbs().maxCoeff()
                         / std::max(scale, 1e-3);
        if (d >= gradientDifference) {
            gradientDifference = d;
            worstTensor = QString::fromStdString(info.name);
        }
    }
    qInfo("float against double: outputs and states %.2g, gradients %.2g of their tensor's scale (in %s)",
          stateDifference, gradientDifference, qPrintable(worstTensor));
    QVERIFY2(stateDifference <= 1e-5, qPrintable(QString::number(stateDifference)));
    QVERIFY2(gradientDifference <= 1e-3, qPrintable(worstTensor));
}

void TestNetwork::kerasCorrectnessCase_data()
{
    QTest::addColumn<bool>("inDouble");
    QTest::newRow("double") << true;
    QTest::newRow("float") << false;
}

namespace {

// Keras's LSTM correctness test: inputs arange(72).reshape(3, 6, 4), every input weight
// 0.01, every recurrent weight 0.02, every bias 0.03 (Keras has one bias: ours are
// bias_ih = 0.03 and bias_hh = 0); returns the last layer's h at the last step, (B, H) = (3, 3).
template <typename Scalar>
MatD kerasLastHidden()
{
    const ModelConfig config = makeConfig(4, 3, 1, 6, 1);
    Network<Scalar> net(config);
    net.parameters().setZero();
    net.layer(0).Wih().setConstant(Scalar(0.01));
    net.layer(0).Whh().setConstant(Scalar(0.02));
    net.layer(0).bih().setConstant(Scalar(0.03));
    net.layer(0).bhh().setZero();

    // Sequence b, step t, feature k is 24 b + 4 t + k; column b of (I*T, B) holds x_t in rows 4t..4t+3.
    Matrix<Scalar> inputs(24, 3);
    for (int b = 0; b < 3; ++b)
        for (int row = 0; row < 24; ++row)
            inputs(row, b) = Scalar(24 * b + row);
    typename Network<Scalar>::Workspace ws = net.makeWorkspace(3);
    net.forward(ws, inputs, false, nullptr);
    const int T = config.timesteps, B = 3;
    if (!cacheLayoutIsRowPerStep<Scalar>(ws.caches[0], config.units, Eigen::Index(T) * B))
        return MatD();
    return ws.caches[0].h.middleRows((T - 1) * B, B).template cast<double>(); // (B, H)
}

} // namespace

void TestNetwork::kerasCorrectnessCase()
{
    QFETCH(bool, inDouble);
    const MatD h = inDouble ? kerasLastHidden<double>() : kerasLastHidden<float>();
    QVERIFY2(h.rows() == 3 && h.cols() == 3, "the workspace's layout is not lstmlayer.h's");
    const double expected[3] = {0.57019705, 0.8661914, 0.9459622};
    double worst = 0.0;
    for (int b = 0; b < 3; ++b)
        for (int unit = 0; unit < 3; ++unit)
            worst = std::max(worst, std::abs(h(b, unit) - expected[b]));
    qInfo("last hidden state %.8f, %.8f, %.8f; largest difference to Keras %.2g", h(0, 0), h(1, 0), h(2, 0), worst);
    QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
}

void TestNetwork::traceMatchesWorkspace_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("window");

    QTest::newRow("3 layers x 4 units, 6 steps, 2 inputs, first window") << makeConfig(2, 4, 3, 6, 1) << 0;
    QTest::newRow("3 layers x 4 units, 6 steps, 2 inputs, last window") << makeConfig(2, 4, 3, 6, 1) << 4;
    QTest::newRow("seed 2 x 20, 20 steps, middle window") << makeConfig(1, 20, 2, 20, 1) << 2;
    QTest::newRow("dropout 0.5 is off in a trace") << makeConfig(1, 5, 2, 8, 1, 0.5) << 1;
    QTest::newRow("1 unit, 1 step") << makeConfig(1, 1, 1, 1, 1) << 3;
}

void TestNetwork::traceMatchesWorkspace()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, window);

    const int B = 5, I = config.inputSize, H = config.units, T = config.timesteps;
    std::mt19937 rng(7);
    Network<double> net(config);
    net.initialise(rng);
    const MatD inputs = randomInputs(config, B, rng);
    Network<double>::Workspace ws = net.makeWorkspace(B);
    const MatD y = net.forward(ws, inputs, false, nullptr);

    const GateTrace trace = net.trace(inputs.col(window));
    QCOMPARE(int(trace.layers.size()), config.layers);
    QCOMPARE(int(trace.input.size()), T);

    // The trace is float; the workspace double: agree to float precision.
    const double tolerance = 1e-6;
    double worst = 0.0;
    auto check = [&](double traced, double expected) {
        worst = std::max(worst, std::abs(traced - expected) / std::max(1.0, std::abs(expected)));
    };
    check(trace.prediction, y(0, window));
    for (int t = 0; t < T; ++t)
        check(trace.input[std::size_t(t)], inputs(Eigen::Index(t) * I, window));

    auto logistic = [](double a) { return 1.0 / (1.0 + std::exp(-a)); };
    for (int l = 0; l < config.layers; ++l) {
        const LayerTrace &lt = trace.layers[std::size_t(l)];
        const auto &cache = ws.caches[std::size_t(l)];
        QVERIFY(cacheLayoutIsRowPerStep<double>(cache, H, Eigen::Index(T) * B));
        QCOMPARE(lt.units, H);
        QCOMPARE(lt.timesteps, T);
        QCOMPARE(lt.inputSize, l == 0 ? I : H);
        for (int t = 0; t < T; ++t) {
            const Eigen::Index row = Eigen::Index(t) * B + window;
            for (int unit = 0; unit < H; ++unit) {
                for (int gate = 0; gate < gateLayerCount; ++gate) {
                    const double value = cache.gates(row, Eigen::Index(gate) * H + unit);
                    check(lt.at(Gate(gate), unit, t), value);
                    // the two halves of the pre-activation give the gate back
                    const double a = double(lt.inputPart(Gate(gate), unit, t))
                                     + double(lt.recurrentPart(Gate(gate), unit, t));
                    check(gate == int(Gate::Cell) ? std::tanh(a) : logistic(a), value);
                }
                check(lt.at(Gate::CellState, unit, t), cache.c(row, unit));
                check(lt.at(Gate::Hidden, unit, t), cache.h(row, unit));
            }
            for (int k = 0; k < lt.inputSize; ++k) {
                const double x = l == 0 ? inputs(Eigen::Index(t) * I + k, window)
                                        : ws.caches[std::size_t(l - 1)].h(row, k);
                check(lt.input[std::size_t(k) * T + t], x);
            }
        }
    }
    qInfo("largest difference between trace and workspace: %.2g", worst);
    QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
}

// At 256 units x 8 layers x 512 steps a whole trace would take 63 MB: it records the first
// tracedUnits() units of each layer, within maxTraceBytes, and says how wide the layer is.
void TestNetwork::traceIsBoundedAtTheLargestConfiguration()
{
    ModelConfig config;
    config.units = int(ModelConfig::unitsRange.max);
    config.layers = int(ModelConfig::layersRange.max);
    config.timesteps = int(ModelConfig::timestepsRange.max);
    const int traced = Network<float>::tracedUnits(config);
    QVERIFY(traced > 0 && traced < config.units);
    QCOMPARE(Network<float>::tracedUnits(makeConfig(1, 20, 2, 20, 1)), 20); // the seed: every unit

    std::mt19937 rng(3);
    Network<float> net(config);
    net.initialise(rng);
    const Matrix<float> window = randomInputs(config, 1, rng).cast<float>();
    QElapsedTimer clock;
    clock.start();
    const GateTrace trace = net.trace(window);
    qInfo("trace at 256 x 8 x 512: %lld ms, %d of %d units per layer", qint64(clock.elapsed()), traced, config.units);
    std::size_t floats = trace.input.size();
    for (const LayerTrace &lt : trace.layers) {
        QCOMPARE(lt.units, traced);
        QCOMPARE(lt.layerUnits, config.units);
        for (const auto &values : lt.values)
            QCOMPARE(values.size(), std::size_t(traced) * config.timesteps);
        floats += lt.input.size() + lt.preInput.size() + lt.preRecurrent.size()
                  + lt.values.size() * lt.values.front().size();
    }
    QVERIFY(floats * sizeof(float) <= maxTraceBytes);
    // The layout with fewer units than the layer has: each gate is its two halves, activated.
    const LayerTrace &top = trace.layers.back();
    for (const int unit : {0, traced / 2, traced - 1})
        for (const int t : {0, config.timesteps - 1}) {
            const float a = top.inputPart(Gate::Output, unit, t) + top.recurrentPart(Gate::Output, unit, t);
            QVERIFY(std::abs(1.0f / (1.0f + std::exp(-a)) - top.at(Gate::Output, unit, t)) < 1e-5f);
            const float g = top.inputPart(Gate::Cell, unit, t) + top.recurrentPart(Gate::Cell, unit, t);
            QVERIFY(std::abs(std::tanh(g) - top.at(Gate::Cell, unit, t)) < 1e-5f);
        }
}

// The GRU's and the plain RNN's traces hold the cell's own values (gatetrace.h): the GRU's
// r, z, n and h, the RNN's h, each equal to the layer's forward pass (its cache), with the two
// pre-activation halves giving every gate back; the LSTM-only slots stay empty.
void TestNetwork::traceOfTheOtherCellsMatchesTheirForward_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("window");
    const auto with = [](ModelConfig config, lstmlab::RecurrentCell cell) {
        config.cell = cell;
        return config;
    };
    for (const auto cell : {lstmlab::RecurrentCell::Gru, lstmlab::RecurrentCell::Rnn}) {
        const QByteArray name = lstmlab::cellName(cell);
        QTest::newRow(name + ": 3 layers x 4 units, 6 steps, 2 inputs") << with(makeConfig(2, 4, 3, 6, 1), cell) << 1;
        QTest::newRow(name + ": seed 2 x 20, 20 steps") << with(makeConfig(1, 20, 2, 20, 1), cell) << 4;
        QTest::newRow(name + ": dropout 0.5 is off in a trace") << with(makeConfig(1, 5, 2, 8, 1, 0.5), cell) << 0;
        QTest::newRow(name + ": 1 unit, 1 step") << with(makeConfig(1, 1, 1, 1, 1), cell) << 2;
    }
}

void TestNetwork::traceOfTheOtherCellsMatchesTheirForward()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, window);

    const int B = 5, I = config.inputSize, H = config.units, T = config.timesteps;
    const bool gru = config.cell == lstmlab::RecurrentCell::Gru;
    std::mt19937 rng(11);
    Network<double> net(config);
    net.initialise(rng);
    const MatD inputs = randomInputs(config, B, rng);
    Network<double>::Workspace ws = net.makeWorkspace(B);
    const MatD y = net.forward(ws, inputs, false, nullptr);

    const GateTrace trace = net.trace(inputs.col(window));
    QCOMPARE(int(trace.cell), int(config.cell));
    QCOMPARE(int(trace.layers.size()), config.layers);

    const double tolerance = 1e-6; // float trace against the double forward
    double worst = 0.0;
    auto check = [&](double traced, double expected) {
        worst = std::max(worst, std::abs(traced - expected) / std::max(1.0, std::abs(expected)));
    };
    check(trace.prediction, y(0, window));
    auto logistic = [](double a) { return 1.0 / (1.0 + std::exp(-a)); };
    for (int l = 0; l < config.layers; ++l) {
        const LayerTrace &lt = trace.layers[std::size_t(l)];
        QCOMPARE(lt.units, H);
        QCOMPARE(lt.inputSize, l == 0 ? I : H);
        for (const Gate gate : {Gate::Output, Gate::CellState})
            QVERIFY(!lt.has(gate));
        QCOMPARE(lt.has(Gate::Reset), gru);
        QCOMPARE(lt.preInput.size(), std::size_t(gru ? 3 : 1) * H * T);
        const MatD &h = gru ? ws.gruCaches[std::size_t(l)].h : ws.rnnCaches[std::size_t(l)].h;
        for (int t = 0; t < T; ++t) {
            const Eigen::Index row = Eigen::Index(t) * B + window;
            for (int unit = 0; unit < H; ++unit) {
                check(lt.at(Gate::Hidden, unit, t), h(row, unit));
                if (!gru) { // (24): h = tanh of the two halves
                    check(std::tanh(double(lt.inputPart(Gate::Input, unit, t)) + lt.recurrentPart(Gate::Input, unit, t)),
                          h(row, unit));
                    continue;
                }
                const auto &cache = ws.gruCaches[std::size_t(l)];
                for (const Gate gate : {Gate::Reset, Gate::Update, Gate::Candidate})
                    check(lt.at(gate, unit, t), cache.gates(row, Eigen::Index(gate) * H + unit));
                // (27)-(29) from the halves; the recurrent half of n is W_hn h_{t-1} + b_hn
                for (const Gate gate : {Gate::Reset, Gate::Update})
                    check(logistic(double(lt.inputPart(gate, unit, t)) + lt.recurrentPart(gate, unit, t)),
                          lt.at(gate, unit, t));
                check(lt.recurrentPart(Gate::Candidate, unit, t), cache.hn(row, unit));
                check(std::tanh(double(lt.inputPart(Gate::Candidate, unit, t))
                                + double(lt.at(Gate::Reset, unit, t)) * lt.recurrentPart(Gate::Candidate, unit, t)),
                      lt.at(Gate::Candidate, unit, t));
            }
        }
    }
    qInfo("largest difference between the %s trace and its forward: %.2g", lstmlab::cellName(config.cell), worst);
    QVERIFY2(worst <= tolerance, qPrintable(QString::number(worst)));
}

// Every cell's trace at the largest configuration stays within maxTraceBytes; the GRU and the
// plain RNN, with fewer values per unit, keep more units than the LSTM.
void TestNetwork::traceOfEveryCellIsBounded_data()
{
    QTest::addColumn<int>("cell");
    QTest::newRow("lstm") << int(lstmlab::RecurrentCell::Lstm);
    QTest::newRow("gru") << int(lstmlab::RecurrentCell::Gru);
    QTest::newRow("rnn") << int(lstmlab::RecurrentCell::Rnn);
}

void TestNetwork::traceOfEveryCellIsBounded()
{
    QFETCH(int, cell);
    ModelConfig config;
    config.cell = lstmlab::RecurrentCell(cell);
    config.units = int(ModelConfig::unitsRange.max);
    config.layers = int(ModelConfig::layersRange.max);
    config.timesteps = int(ModelConfig::timestepsRange.max);
    ModelConfig lstm = config;
    lstm.cell = lstmlab::RecurrentCell::Lstm;
    const int traced = Network<float>::tracedUnits(config);
    QVERIFY(traced >= Network<float>::tracedUnits(lstm));
    std::mt19937 rng(5);
    Network<float> net(config);
    net.initialise(rng);
    const GateTrace trace = net.trace(randomInputs(config, 1, rng).cast<float>());
    std::size_t floats = trace.input.size();
    for (const LayerTrace &lt : trace.layers) {
        QCOMPARE(lt.units, traced);
        for (const auto &values : lt.values)
            floats += values.size();
        floats += lt.input.size() + lt.preInput.size() + lt.preRecurrent.size();
    }
    qInfo("%s at 256 x 8 x 512: %d of 256 units, %.1f MiB", lstmlab::cellName(config.cell), traced,
          double(floats * sizeof(float)) / (1 << 20));
    QVERIFY(floats * sizeof(float) <= maxTraceBytes);
}

void TestNetwork::copyKeepsParametersBound_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("copy-constructed") << QStringLiteral("construct");
    QTest::newRow("copy-assigned over a different shape") << QStringLiteral("assign");
    QTest::newRow("copy-assigned over the same shape") << QStringLiteral("assign-same");
    QTest::newRow("moved") << QStringLiteral("move");
    QTest::newRow("in a growing std::vector") << QStringLiteral("vector");
}

void TestNetwork::copyKeepsParametersBound()
{
    QFETCH(QString, how);

    const ModelConfig config = makeConfig(2, 5, 3, 4, 2);
    const int B = 3;
    std::mt19937 rng(99);
    Network<double> original(config);
    original.initialise(rng);
    const MatD inputs = randomInputs(config, B, rng);
    const MatD targets = randomTargets(config, B, rng);

    Network<double>::Workspace ws = original.makeWorkspace(B);
    const MatD expected = original.forward(ws, inputs, false, nullptr);
    original.backward(ws, targets);
    const VecD expectedGradients = original.gradients();

    Network<double> other(makeConfig(1, 2, 1, 3, 1));
    Network<double> same(config);
    std::vector<Network<double>> networks;
    Network<double> *copy = nullptr;
    Network<double> constructed(original);
    Network<double> source(original);
    Network<double> moved(std::move(source));
    if (how == QLatin1String("construct")) {
        copy = &constructed;
    } else if (how == QLatin1String("assign")) {
        other = original;
        copy = &other;
    } else if (how == QLatin1String("assign-same")) {
        same = original;
        copy = &same;
    } else if (how == QLatin1String("move")) {
        copy = &moved;
    } else {
        for (int k = 0; k < 9; ++k) // reallocates several times
            networks.push_back(original);
        copy = &networks.front();
    }
    QVERIFY(copy->config() == config);
    QVERIFY(copy->parameters() == original.parameters());

    // Every layer and the head point into the copy's own flat buffers.
    const double *begin = copy->parameters().data();
    const double *gradBegin = copy->gradients().data();
    Eigen::Index offset = 0;
    for (int l = 0; l < copy->layerCount(); ++l) {
        LstmLayer<double> &layer = copy->layer(l);
        QVERIFY(layer.Wih().data() == begin + offset);
        QVERIFY(layer.dWih().data() == gradBegin + offset);
        offset += layer.parameterCount();
    }
    QVERIFY(copy->Wout().data() == begin + offset);
    QVERIFY(copy->dWout().data() == gradBegin + offset);
    QCOMPARE(offset + copy->Wout().size() + copy->bout().size(), copy->parameterCount());

    // The copy computes what the original computes, outputs and gradients alike.
    Network<double>::Workspace copyWs = copy->makeWorkspace(B);
    QVERIFY(MatD(copy->forward(copyWs, inputs, false, nullptr)) == expected);
    copy->gradients().setZero();
    copy->backward(copyWs, targets);
    QVERIFY(copy->gradients() == expectedGradients);

    // Changing the original leaves the copy alone, and the other way round.
    original.parameters().array() += 0.25;
    original.gradients().setZero();
    const MatD changed = original.forward(ws, inputs, false, nullptr);
    QVERIFY(changed != expected);
    QVERIFY(MatD(copy->forward(copyWs, inputs, false, nullptr)) == expected);
    copy->backward(copyWs, targets);
    QVERIFY(original.gradients().isZero(0.0));
    copy->parameters().array() -= 0.5;
    QVERIFY(MatD(original.forward(ws, inputs, false, nullptr)) == changed);
}

void TestNetwork::parameterCountIsPyTorchs_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<qlonglong>("expected");

    // nn.LSTM has 4H(I + H + 2) parameters in its first layer and 4H(2H + 2) in each further
    // one; nn.Linear(H, O) has O(H + 1).
    for (int inputSize : {1, 4})
        for (int units : {1, 3, 20, 256})
            for (int layers : {1, 2, 8})
                for (int outputSize : {1, 3}) {
                    const qlonglong H = units;
                    const qlonglong expected = 4 * H * (inputSize + H + 2) + (layers - 1) * 4 * H * (2 * H + 2)
                                               + outputSize * (H + 1);
                    QTest::addRow("I=%d H=%d L=%d O=%d", inputSize, units, layers, outputSize)
                        << makeConfig(inputSize, units, layers, 20, outputSize) << expected;
                }
    // Counted by PyTorch 1.13: sum(p.numel() for p in nn.LSTM(I, H, L).parameters()) + Linear.
    QTest::newRow("seed, as PyTorch counts it") << makeConfig(1, 20, 2, 20, 1) << qlonglong(5200 + 21);
    QTest::newRow("Keras case, as PyTorch counts it") << makeConfig(4, 3, 1, 6, 1) << qlonglong(108 + 4);
    QTest::newRow("3 x 256 x 8, as PyTorch counts it") << makeConfig(3, 256, 8, 20, 1) << qlonglong(3951616 + 257);
}

void TestNetwork::parameterCountIsPyTorchs()
{
    QFETCH(ModelConfig, config);
    QFETCH(qlonglong, expected);

    QCOMPARE(qlonglong(Network<double>::parameterCount(config)), expected);
    QCOMPARE(qlonglong(Network<float>::parameterCount(config)), expected);
    const Network<float> net(config);
    QCOMPARE(qlonglong(net.parameterCount()), expected);
    QCOMPARE(qlonglong(net.parameters().size()), expected);
    QCOMPARE(qlonglong(net.gradients().size()), expected);

    // The model file's tensors tile the flat vector exactly.
    Eigen::Index next = 0;
    for (const TensorInfo &info : tensorLayout(config)) {
        QCOMPARE(qlonglong(info.offset), qlonglong(next));
        next += info.size();
    }
    QCOMPARE(qlonglong(next), expected);
}

// Dropout draws its masks from the generator passed in: without one, a training forward used to
// zero every unit silently; it throws instead, and evaluation (or frozen masks) needs none.
void TestNetwork::dropoutWithoutGeneratorThrows()
{
    const ModelConfig config = makeConfig(1, 3, 2, 4, 1, 0.5);
    std::mt19937 rng(5);
    Network<double> net(config);
    net.initialise(rng);
    const MatD inputs = randomInputs(config, 2, rng);
    Network<double>::Workspace ws = net.makeWorkspace(2);
    try {
        net.forward(ws, inputs, true, nullptr);
        QFAIL("a training forward with dropout and no generator did not throw");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(std::string(e.what()).find("rng is null") != std::string::npos, e.what());
    }
    net.forward(ws, inputs, false, nullptr); // evaluation: no masks, no generator
    net.forward(ws, inputs, true, &rng);
    ws.freezeMasks = true;
    const MatD frozen = net.forward(ws, inputs, true, nullptr); // the masks are kept
    QVERIFY(frozen.allFinite());
}

// ModelConfig::forgetBias: after PyTorch's initialisation (the same draws), b_ih's forget rows
// (H..2H-1, order i, f, g, o) hold the bias and b_hh's are 0, in every layer; nothing else moves.
void TestNetwork::forgetBiasSetsTheForgetSlices()
{
    ModelConfig config;
    config.units = 5;
    config.layers = 3;
    Network<double> plain(config);
    std::mt19937 rng(11);
    plain.initialise(rng);
    config.forgetBias = 1.0;
    QVERIFY(!config.validate());
    Network<double> biased(config);
    std::mt19937 rng2(11);
    biased.initialise(rng2);
    QCOMPARE(rng(), rng2()); // the same number of draws
    const int H = config.units;
    Eigen::Index changed = 0;
    for (Eigen::Index k = 0; k < plain.parameterCount(); ++k)
        changed += plain.parameters()[k] != biased.parameters()[k];
    QCOMPARE(changed, Eigen::Index(2 * H * config.layers));
    for (int l = 0; l < config.layers; ++l) {
        for (int r = 0; r < 4 * H; ++r) {
            const bool forget = r >= H && r < 2 * H;
            QCOMPARE(biased.layer(l).bih()[r], forget ? 1.0 : plain.layer(l).bih()[r]);
            QCOMPARE(biased.layer(l).bhh()[r], forget ? 0.0 : plain.layer(l).bhh()[r]);
        }
    }
    // The other cells have no forget gate: a forget bias is refused, naming the cell.
    config.cell = RecurrentCell::Rnn;
    QVERIFY(config.validate());
    QVERIFY2(config.validate()->find("forget-bias applies only to the lstm cell (got cell rnn") != std::string::npos,
             config.validate()->c_str());
    QCOMPARE(config.clamped().forgetBias, 0.0);
    config.cell = RecurrentCell::Lstm;
    config.forgetBias = 6.0;
    QCOMPARE(*config.validate(), std::string("forget-bias must be a number in -5..5 (got 6)"));
    QCOMPARE(config.clamped().forgetBias, 5.0);
}

QTEST_APPLESS_MAIN(TestNetwork)

#include "tst_network.moc"

void TestNetwork::productsOnlyAreTheForwardPreactivations_data()
{
    QTest::addColumn<ModelConfig>("config");
    QTest::addColumn<int>("batch");

    QTest::newRow("seed 2 x 20, 20 steps, 64 windows") << makeConfig(1, 20, 2, 20, 1) << 64;
    QTest::newRow("3 x 8, 10 steps, 67 windows (tails)") << makeConfig(1, 8, 3, 10, 1) << 67;
    QTest::newRow("2 inputs, 5 units, 3 steps, 5 windows") << makeConfig(2, 5, 1, 3, 1) << 5;
}

// The benchmark's yardstick (docs/performance.md) times LstmBenchKernels::forwardProductsOnly()
// as the products of forward() and infer(): it must compute exactly the pre-activations the
// gates come from.
void TestNetwork::productsOnlyAreTheForwardPreactivations()
{
    QFETCH(ModelConfig, config);
    QFETCH(int, batch);

    using MatF = Matrix<float>;
    std::mt19937 rng(11);
    Network<float> net(config);
    net.initialise(rng);
    const MatF inputs = randomInputs(config, batch, rng).cast<float>();
    Network<float>::Workspace ws = net.makeWorkspace(batch);
    net.forward(ws, inputs, false, nullptr);

    const int H = config.units, T = config.timesteps;
    const Eigen::Index TB = Eigen::Index(T) * batch;
    for (int l = 0; l < config.layers; ++l) {
        auto &cache = ws.caches[std::size_t(l)];
        const MatF gates = cache.gates.topRows(TB); // i, f, g, o after (1)-(4)
        const MatF &x = l == 0 ? ws.x : ws.caches[std::size_t(l - 1)].h;
        LstmBenchKernels<float>::forwardProductsOnly(x.topRows(TB), T, batch, cache);
        int mismatches = 0;
        for (Eigen::Index row = 0; row < TB; ++row)
            for (int column = 0; column < 4 * H; ++column) {
                const float a = cache.gates(row, column);
                const float gate = column / H == 2 ? activation::tanh(a) : activation::sigmoid(a);
                mismatches += gate != gates(row, column);
            }
        QCOMPARE(mismatches, 0);
    }
}

void TestNetwork::otherCellsEvaluateAsTheyTrain_data()
{
    QTest::addColumn<int>("cell");
    QTest::newRow("rnn") << int(RecurrentCell::Rnn);
    QTest::newRow("gru") << int(RecurrentCell::Gru);
}

// The plain RNN and the GRU: PyTorch's parameter count, and the evaluation workspace (blocks of
// evaluationBlock windows) gives the training forward's predictions for more windows than a
// block; a trace records the hidden states and the prediction.
void TestNetwork::otherCellsEvaluateAsTheyTrain()
{
    QFETCH(int, cell);
    ModelConfig config = makeConfig(1, 6, 2, 9, 1);
    config.cell = RecurrentCell(cell);
    const int G = config.cell == RecurrentCell::Rnn ? 1 : 3;
    QCOMPARE(Network<double>::parameterCount(config), Eigen::Index(G * 6 * (1 + 6 + 2) + G * 6 * (6 + 6 + 2) + 6 + 1));
    std::mt19937 rng(7);
    Network<double> net(config);
    net.initialise(rng);
    const int batch = Network<double>::evaluationBlock + 13;
    const MatD inputs = randomInputs(config, batch, rng);
    Network<double>::Workspace training = net.makeWorkspace(batch);
    const MatD trained = net.forward(training, inputs, false, nullptr);
    Network<double>::Workspace evaluation = net.makeEvaluationWorkspace(batch);
    const MatD evaluated = net.forward(evaluation, inputs, false, nullptr);
    QCOMPARE(evaluated.cols(), Eigen::Index(batch));
    QVERIFY((evaluated - trained).cwiseAbs().maxCoeff() < 1e-14);
    const GateTrace trace = net.trace(inputs.col(0));
    QCOMPARE(int(trace.layers.size()), 2);
    QVERIFY(std::abs(trace.prediction - float(trained(0, 0))) < 1e-6f);
    Network<double>::Workspace one = net.makeWorkspace(1);
    net.forward(one, inputs.col(0), false, nullptr);
    const MatD &h = config.cell == RecurrentCell::Rnn ? one.rnnCaches[1].h : one.gruCaches[1].h;
    QCOMPARE(trace.layers[1].at(Gate::Hidden, 2, 8), float(h(8, 2)));
}
