// LstmLayer, which runs the fast kernels (kernels/lstmkernels.h), against LstmReference, the
// plain implementation of the same equations (lstmreference.h):
//  - forward: every gate, c, tanh(c) and h; infer(): every h and the last c;
//  - backward: the pre-activation gradient da, dWih, dWhh, dbih, dbhh and dX;
//  in float and double, over the shapes of the PyTorch fixtures (tests/reference/), unit
//  counts that fill no kernel block, batches that end in half packets and single rows, batch 1,
//  one time step, and sequences longer than one chunk of the sums of (12); each from a zero
//  state and from a given initial state, with a dense input and with a one-hot one (tokens);
//  - the one-hot path against the dense path fed the explicit one-hot matrix;
//  - a state carried over: two runs of T steps, the second from the first's final state, are
//    one run of 2T steps;
//  - the reference's own gradients against central differences in double, dense from a zero
//    state and one-hot from an initial state;
//  - both implementations against torch.nn.LSTM fed one-hot vectors, the state carried from
//    window to window (tests/reference/onehot_lstm.reference.json, make_onehot_fixture.py).

#include "cellkernelcheck.h"
#include "lstmlayer.h"
#include "lstmreference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <utility>
#include <vector>

using namespace lstmlab;

namespace {

using cellkernelcheck::normalMatrix;       // shared with tst_rnnkernels and tst_grukernels
using cellkernelcheck::relativeDifference;

// PyTorch's initialisation, U(-1/sqrt(H), 1/sqrt(H)), widened so that some gates saturate.
template <typename Scalar>
Vector<Scalar> randomParameters(int inputSize, int units, std::mt19937 &rng)
{
    const double bound = 2.0 / std::sqrt(double(units));
    std::uniform_real_distribution<double> uniform(-bound, bound);
    Vector<Scalar> parameters(LstmLayer<Scalar>::parameterCount(inputSize, units));
    for (Eigen::Index k = 0; k < parameters.size(); ++k)
        parameters[k] = Scalar(uniform(rng));
    return parameters;
}

// Tokens below inputSize, uniformly drawn.
std::vector<int> randomTokens(Eigen::Index count, int inputSize, std::mt19937 &rng)
{
    std::uniform_int_distribution<int> uniform(0, inputSize - 1);
    std::vector<int> tokens(std::size_t(count), 0);
    for (int &token : tokens)
        token = uniform(rng);
    return tokens;
}

// The one-hot matrix (T*B, I) of the tokens: what the *Tokens functions stand in for.
template <typename Scalar>
Matrix<Scalar> oneHot(const std::vector<int> &tokens, int inputSize)
{
    Matrix<Scalar> x = Matrix<Scalar>::Zero(Eigen::Index(tokens.size()), inputSize);
    for (std::size_t row = 0; row < tokens.size(); ++row)
        x(Eigen::Index(row), tokens[row]) = Scalar(1);
    return x;
}

// A state as a text network carries it: h in (-1, 1), c a little wider.
template <typename Scalar>
LstmState<Scalar> randomState(int B, int H, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    LstmState<Scalar> state;
    state.resize(B, H);
    for (Eigen::Index k = 0; k < state.h.size(); ++k) {
        state.h.data()[k] = Scalar(uniform(rng));
        state.c.data()[k] = Scalar(2 * uniform(rng));
    }
    return state;
}

// What the kernels are held to the reference on: the input (dense x or one-hot tokens) and
// the state the window starts from (zero or given).
enum class Input { Dense, Tokens };
enum class Start { Zero, Given };

// Runs both implementations on the same weights, input and dH, and returns the largest
// relative difference of every output, by name.
template <typename Scalar>
std::vector<std::pair<std::string, double>> differences(int I, int H, int T, int B, Input input = Input::Dense,
                                                        Start start = Start::Zero)
{
    using Mat = Matrix<Scalar>;
    std::mt19937 rng(std::uint32_t(1000003 * I + 10007 * H + 101 * T + B));
    Vector<Scalar> parameters = randomParameters<Scalar>(I, H, rng);
    Vector<Scalar> kernelGradients = Vector<Scalar>::Zero(parameters.size());
    Vector<Scalar> referenceGradients = Vector<Scalar>::Zero(parameters.size());
    LstmLayer<Scalar> kernels(I, H);
    LstmLayer<Scalar> reference(I, H);
    kernels.bind(parameters.data(), kernelGradients.data());
    reference.bind(parameters.data(), referenceGradients.data());

    const Eigen::Index TB = Eigen::Index(T) * B;
    const Mat x = normalMatrix<Scalar>(TB, I, rng);
    const std::vector<int> tokens = randomTokens(TB, I, rng);
    const Mat dH = normalMatrix<Scalar>(TB, H, rng);
    // An initial state with more rows than the batch: only its top B rows count.
    const LstmState<Scalar> state = randomState<Scalar>(B + 2, H, rng);
    const LstmState<Scalar> *initial = start == Start::Given ? &state : nullptr;
    // A capacity above the batch: both must use the top T*B rows only.
    LstmCache<Scalar> kernelCache, referenceCache;
    kernelCache.resize(I, H, T, B + 3);
    referenceCache.resize(I, H, T, B + 3);
    Mat kernelDx = Mat::Zero(TB, I), referenceDx = Mat::Zero(TB, I);
    Eigen::Ref<Mat> kernelDxRef = kernelDx, referenceDxRef = referenceDx;
    Vector<Scalar> packed;
    kernels.prepareInference(packed);
    Mat inferH = Mat::Zero(TB, H), inferC = Mat::Zero(B, H);
    if (input == Input::Dense) {
        kernels.forward(x, T, B, kernelCache, nullptr, initial);
        LstmReference<Scalar>::forward(reference, x, T, B, referenceCache, initial);
        kernels.backward(dH, x, T, B, kernelCache, &kernelDxRef);
        LstmReference<Scalar>::backward(reference, dH, x, T, B, referenceCache, &referenceDxRef);
        kernels.infer(packed, x, T, B, inferH, inferC, nullptr, initial);
    } else {
        kernels.forwardTokens(tokens, T, B, kernelCache, nullptr, initial);
        LstmReference<Scalar>::forwardTokens(reference, tokens, T, B, referenceCache, initial);
        kernels.backwardTokens(dH, tokens, T, B, kernelCache);
        LstmReference<Scalar>::backwardTokens(reference, dH, tokens, T, B, referenceCache);
        kernels.inferTokens(packed, tokens, T, B, inferH, inferC, nullptr, initial);
    }

    const auto top = [TB](const Mat &m) { return Mat(m.topRows(TB)); };
    const LstmLayer<Scalar> &k = kernels, &r = reference;
    return {
        {"gates i, f, g, o (1)-(4)", relativeDifference<Scalar>(top(kernelCache.gates), top(referenceCache.gates))},
        {"c (5)", relativeDifference<Scalar>(top(kernelCache.c), top(referenceCache.c))},
        {"tanh(c)", relativeDifference<Scalar>(top(kernelCache.tanhC), top(referenceCache.tanhC))},
        {"h (6)", relativeDifference<Scalar>(top(kernelCache.h), top(referenceCache.h))},
        {"infer h", relativeDifference<Scalar>(inferH, top(referenceCache.h))},
        {"infer last c", relativeDifference<Scalar>(inferC, Mat(referenceCache.c.middleRows(TB - B, B)))},
        {"da (10)", relativeDifference<Scalar>(top(kernelCache.dGates), top(referenceCache.dGates))},
        {"dWih (12)", relativeDifference<Scalar>(Mat(kernels.dWih()), Mat(reference.dWih()))},
        {"dWhh (12)", relativeDifference<Scalar>(Mat(kernels.dWhh()), Mat(reference.dWhh()))},
        {"dbih (12)", relativeDifference<Scalar>(Mat(kernels.dbih()), Mat(reference.dbih()))},
        {"dbhh (12)", relativeDifference<Scalar>(Mat(kernels.dbhh()), Mat(reference.dbhh()))},
        {"dX (11)", relativeDifference<Scalar>(kernelDx, referenceDx)},
        {"weights untouched", relativeDifference<Scalar>(Mat(k.Wih()), Mat(r.Wih()))},
    };
}

template <typename Scalar>
void checkAgreement(double tolerance, Input input = Input::Dense, Start start = Start::Zero)
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    double worst = 0.0;
    std::string worstName;
    for (const auto &[name, difference] : differences<Scalar>(inputSize, units, timesteps, batch, input, start)) {
        if (difference > worst || worstName.empty()) {
            worst = std::max(worst, difference);
            worstName = name;
        }
        QVERIFY2(difference <= tolerance,
                 qPrintable(QStringLiteral("%1: largest relative difference %2, allowed %3")
                                .arg(QString::fromStdString(name))
                                .arg(difference, 0, 'g', 3)
                                .arg(tolerance, 0, 'g', 3)));
    }
    qInfo("largest relative difference %.3g (%s)", worst, worstName.c_str());
}

// The kernels' one-hot path against their dense path fed the one-hot matrix of the same
// tokens, from the same initial state: every output, by name.
template <typename Scalar>
std::vector<std::pair<std::string, double>> tokensAgainstOneHot(int I, int H, int T, int B)
{
    using Mat = Matrix<Scalar>;
    std::mt19937 rng(std::uint32_t(7919 * I + 104729 * H + 31 * T + B));
    Vector<Scalar> parameters = randomParameters<Scalar>(I, H, rng);
    Vector<Scalar> tokenGradients = Vector<Scalar>::Zero(parameters.size());
    Vector<Scalar> denseGradients = Vector<Scalar>::Zero(parameters.size());
    LstmLayer<Scalar> tokenLayer(I, H), denseLayer(I, H);
    tokenLayer.bind(parameters.data(), tokenGradients.data());
    denseLayer.bind(parameters.data(), denseGradients.data());
    const Eigen::Index TB = Eigen::Index(T) * B;
    const std::vector<int> tokens = randomTokens(TB, I, rng);
    const Mat x = oneHot<Scalar>(tokens, I);
    const Mat dH = normalMatrix<Scalar>(TB, H, rng);
    const LstmState<Scalar> initial = randomState<Scalar>(B, H, rng);

    LstmCache<Scalar> tokenCache, denseCache;
    tokenCache.resize(I, H, T, B);
    denseCache.resize(I, H, T, B);
    tokenLayer.forwardTokens(tokens, T, B, tokenCache, nullptr, &initial);
    denseLayer.forward(x, T, B, denseCache, nullptr, &initial);
    tokenLayer.backwardTokens(dH, tokens, T, B, tokenCache);
    denseLayer.backward(dH, x, T, B, denseCache, nullptr);
    Vector<Scalar> packed;
    tokenLayer.prepareInference(packed);
    Mat tokenH = Mat::Zero(TB, H), tokenC = Mat::Zero(B, H), denseH = Mat::Zero(TB, H), denseC = Mat::Zero(B, H);
    tokenLayer.inferTokens(packed, tokens, T, B, tokenH, tokenC, nullptr, &initial);
    denseLayer.infer(packed, x, T, B, denseH, denseC, nullptr, &initial);
    return {
        {"h (6)", relativeDifference<Scalar>(tokenCache.h, denseCache.h)},
        {"c (5)", relativeDifference<Scalar>(tokenCache.c, denseCache.c)},
        {"da (10)", relativeDifference<Scalar>(tokenCache.dGates, denseCache.dGates)},
        {"dWih (12')", relativeDifference<Scalar>(Mat(tokenLayer.dWih()), Mat(denseLayer.dWih()))},
        {"dWhh (12)", relativeDifference<Scalar>(Mat(tokenLayer.dWhh()), Mat(denseLayer.dWhh()))},
        {"dbih (12)", relativeDifference<Scalar>(Mat(tokenLayer.dbih()), Mat(denseLayer.dbih()))},
        {"infer h", relativeDifference<Scalar>(tokenH, denseH)},
        {"infer c", relativeDifference<Scalar>(tokenC, denseC)},
    };
}

template <typename Scalar>
void checkTokensAgainstOneHot(double tolerance)
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    for (const auto &[name, difference] : tokensAgainstOneHot<Scalar>(inputSize, units, timesteps, batch))
        QVERIFY2(difference <= tolerance,
                 qPrintable(QStringLiteral("%1: largest relative difference %2, allowed %3")
                                .arg(QString::fromStdString(name))
                                .arg(difference, 0, 'g', 3)
                                .arg(tolerance, 0, 'g', 3)));
}

// L = sum over every h_t of R * h_t with R fixed: dL/dh is R, and L a function of the
// parameters and the input alone (x, or the tokens from a fixed initial state), for central
// differences.
double referenceLoss(LstmLayer<double> &layer, const Matrix<double> &x, const Matrix<double> &R, int T, int B)
{
    LstmCache<double> cache;
    cache.resize(layer.inputSize(), layer.units(), T, B);
    LstmReference<double>::forward(layer, x, T, B, cache);
    return (cache.h.topRows(Eigen::Index(T) * B).array() * R.array()).sum();
}

double referenceLoss(LstmLayer<double> &layer, const std::vector<int> &tokens, const LstmState<double> &initial,
                     const Matrix<double> &R, int T, int B)
{
    LstmCache<double> cache;
    cache.resize(layer.inputSize(), layer.units(), T, B);
    LstmReference<double>::forwardTokens(layer, tokens, T, B, cache, &initial);
    return (cache.h.topRows(Eigen::Index(T) * B).array() * R.array()).sum();
}

// A list of rows (or a list of numbers, as one column) from the fixture.
Matrix<double> jsonMatrix(const QJsonValue &value)
{
    const QJsonArray rows = value.toArray();
    const bool vector = !rows.isEmpty() && !rows.first().isArray();
    const int cols = vector ? 1 : rows.isEmpty() ? 0 : int(rows.first().toArray().size());
    Matrix<double> m(rows.size(), cols);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = vector ? rows[r].toDouble() : rows[r].toArray()[c].toDouble();
    return m;
}

// A (T, B, width) list as a sequence (T*B, width) with row t*B + b.
Matrix<double> jsonSequence(const QJsonValue &value)
{
    const QJsonArray steps = value.toArray();
    Matrix<double> sequence;
    for (int t = 0; t < steps.size(); ++t) {
        const Matrix<double> step = jsonMatrix(steps[t]);
        if (t == 0)
            sequence.resize(steps.size() * step.rows(), step.cols());
        sequence.middleRows(t * step.rows(), step.rows()) = step;
    }
    return sequence;
}

// The largest difference, relative above magnitude 1.
double largestDifference(const Matrix<double> &got, const Matrix<double> &want)
{
    if (got.rows() != want.rows() || got.cols() != want.cols())
        return std::numeric_limits<double>::infinity();
    return ((got - want).array().abs() / want.array().abs().max(1.0)).maxCoeff();
}

} // namespace

class TestLstmLayer : public QObject
{
    Q_OBJECT

private slots:
    void floatKernelsMatchReference_data() { shapes(); }
    void floatKernelsMatchReference() { checkAgreement<float>(1e-5); }
    void doubleKernelsMatchReference_data() { shapes(); }
    void doubleKernelsMatchReference() { checkAgreement<double>(1e-12); }
    void floatKernelsFromInitialStateMatchReference_data() { shapes(); }
    void floatKernelsFromInitialStateMatchReference() { checkAgreement<float>(1e-5, Input::Dense, Start::Given); }
    void doubleKernelsFromInitialStateMatchReference_data() { shapes(); }
    void doubleKernelsFromInitialStateMatchReference() { checkAgreement<double>(1e-12, Input::Dense, Start::Given); }
    void floatTokenKernelsMatchReference_data() { shapes(); }
    void floatTokenKernelsMatchReference() { checkAgreement<float>(1e-5, Input::Tokens, Start::Zero); }
    void doubleTokenKernelsMatchReference_data() { shapes(); }
    void doubleTokenKernelsMatchReference() { checkAgreement<double>(1e-12, Input::Tokens, Start::Zero); }
    void floatTokenKernelsFromInitialStateMatchReference_data() { shapes(); }
    void floatTokenKernelsFromInitialStateMatchReference() { checkAgreement<float>(1e-5, Input::Tokens, Start::Given); }
    void doubleTokenKernelsFromInitialStateMatchReference_data() { shapes(); }
    void doubleTokenKernelsFromInitialStateMatchReference()
    {
        checkAgreement<double>(1e-12, Input::Tokens, Start::Given);
    }
    void floatTokensEqualOneHotInput_data() { shapes(); }
    void floatTokensEqualOneHotInput() { checkTokensAgainstOneHot<float>(1e-5); }
    void doubleTokensEqualOneHotInput_data() { shapes(); }
    void doubleTokensEqualOneHotInput() { checkTokensAgainstOneHot<double>(1e-12); }
    void carriedStateEqualsOneLongRun_data();
    void carriedStateEqualsOneLongRun();
    void referenceGradientsMatchCentralDifferences_data();
    void referenceGradientsMatchCentralDifferences();
    void oneHotGradientsFromInitialStateMatchCentralDifferences_data();
    void oneHotGradientsFromInitialStateMatchCentralDifferences();
    void oneHotCarriedStateMatchesPyTorch_data();
    void oneHotCarriedStateMatchesPyTorch();

private:
    static void shapes();
};

void TestLstmLayer::shapes()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");

    // The PyTorch fixtures' layers (tests/reference/README.md).
    QTest::newRow("fixture in2_1x8_t12: 2 inputs, 8 units, 12 steps, batch 2") << 2 << 8 << 12 << 2;
    QTest::newRow("fixture in3_3x5_t7_out2, layer 0: 3 inputs, 5 units, 7 steps, batch 4") << 3 << 5 << 7 << 4;
    QTest::newRow("fixture in3_3x5_t7_out2, layers 1-2: 5 inputs, 5 units, 7 steps, batch 4") << 5 << 5 << 7 << 4;
    QTest::newRow("fixture seed_2x20_t20, layer 0: 1 input, 20 units, 20 steps, batch 2") << 1 << 20 << 20 << 2;
    QTest::newRow("fixture seed_2x20_t20, layer 1: 20 inputs, 20 units, 20 steps, batch 2") << 20 << 20 << 20 << 2;
    QTest::newRow("fixture tiny_1x1_t1: 1 input, 1 unit, 1 step, batch 5") << 1 << 1 << 1 << 5;
    // The seed's training step, and tails: rows left after whole blocks of packets.
    QTest::newRow("seed training batch: 1 input, 20 units, 20 steps, batch 64") << 1 << 20 << 20 << 64;
    QTest::newRow("batch 1: single rows only") << 3 << 7 << 5 << 1;
    QTest::newRow("batch 17: one packet and one row") << 2 << 9 << 6 << 17;
    QTest::newRow("batch 40: packets, then half packets") << 2 << 13 << 4 << 40;
    QTest::newRow("batch 67: four-packet blocks, then 3 rows") << 1 << 8 << 10 << 67;
    QTest::newRow("33 units, batch 23: no block of units or rows fills") << 5 << 33 << 3 << 23;
    QTest::newRow("one time step, batch 31") << 4 << 6 << 1 << 31;
    QTest::newRow("1 unit, 8 steps, batch 9") << 1 << 1 << 8 << 9;
    QTest::newRow("2600 rows: the sums of (12) in more than one chunk") << 3 << 4 << 20 << 130;
    // The text task's one-hot input: a vocabulary wider than any kernel block.
    QTest::newRow("83 inputs (a text's symbols), 12 units, 5 steps, batch 35") << 83 << 12 << 5 << 35;
}

void TestLstmLayer::referenceGradientsMatchCentralDifferences_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");

    QTest::newRow("2 inputs, 3 units, 4 steps, batch 3") << 2 << 3 << 4 << 3;
    QTest::newRow("1 input, 1 unit, 1 step, batch 1") << 1 << 1 << 1 << 1;
    QTest::newRow("3 inputs, 5 units, 3 steps, batch 2") << 3 << 5 << 3 << 2;
}

// Every parameter and every input value of the reference, in double: its analytic gradient
// against (L(p + e) - L(p - e)) / 2e.
void TestLstmLayer::referenceGradientsMatchCentralDifferences()
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    const int I = inputSize, H = units, T = timesteps, B = batch;
    using Mat = Matrix<double>;

    std::mt19937 rng(7);
    Vector<double> parameters = randomParameters<double>(I, H, rng);
    Vector<double> gradients = Vector<double>::Zero(parameters.size());
    LstmLayer<double> layer(I, H);
    layer.bind(parameters.data(), gradients.data());
    const Eigen::Index TB = Eigen::Index(T) * B;
    Mat x = normalMatrix<double>(TB, I, rng);
    const Mat R = normalMatrix<double>(TB, H, rng);

    LstmCache<double> cache;
    cache.resize(I, H, T, B);
    LstmReference<double>::forward(layer, x, T, B, cache);
    Mat dX = Mat::Zero(TB, I);
    Eigen::Ref<Mat> dXRef = dX;
    LstmReference<double>::backward(layer, R, x, T, B, cache, &dXRef);

    const double eps = 1e-6;
    const auto check = [&](double &value, double analytic, const char *what, Eigen::Index index) {
        const double saved = value;
        value = saved + eps;
        const double plus = referenceLoss(layer, x, R, T, B);
        value = saved - eps;
        const double minus = referenceLoss(layer, x, R, T, B);
        value = saved;
        const double numeric = (plus - minus) / (2 * eps);
        const double difference = std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric));
        return std::make_pair(difference, QStringLiteral("%1[%2]: analytic %3, numeric %4")
                                              .arg(QLatin1String(what)).arg(index).arg(analytic, 0, 'g', 12).arg(numeric, 0, 'g', 12));
    };
    double worst = 0.0;
    QString worstWhere;
    const auto keep = [&](const std::pair<double, QString> &result) {
        if (result.first >= worst) {
            worst = result.first;
            worstWhere = result.second;
        }
    };
    for (Eigen::Index k = 0; k < parameters.size(); ++k)
        keep(check(parameters[k], gradients[k], "parameter", k));
    for (Eigen::Index k = 0; k < x.size(); ++k)
        keep(check(x.data()[k], dX.data()[k], "x", k));
    qInfo("largest difference %.3g at %s", worst, qPrintable(worstWhere));
    QVERIFY2(worst <= 1e-7, qPrintable(worstWhere));
}

void TestLstmLayer::carriedStateEqualsOneLongRun_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");
    QTest::newRow("83 symbols, 9 units, 2 x 5 steps, batch 19") << 83 << 9 << 5 << 19;
    QTest::newRow("3 symbols, 1 unit, 2 x 1 step, batch 1") << 3 << 1 << 1 << 1;
}

// Forward over 2T steps at once against T steps, finalState(), then T steps from it: in the
// kernels' training pass and in inference, one-hot, in double.
void TestLstmLayer::carriedStateEqualsOneLongRun()
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    const int I = inputSize, H = units, T = timesteps, B = batch;
    using Mat = Matrix<double>;
    std::mt19937 rng(11);
    Vector<double> parameters = randomParameters<double>(I, H, rng);
    Vector<double> gradients = Vector<double>::Zero(parameters.size());
    LstmLayer<double> layer(I, H);
    layer.bind(parameters.data(), gradients.data());
    const Eigen::Index TB = Eigen::Index(T) * B;
    const std::vector<int> tokens = randomTokens(2 * TB, I, rng);
    const std::span<const int> first(tokens.data(), std::size_t(TB)), second(tokens.data() + TB, std::size_t(TB));

    LstmCache<double> longCache, cache;
    longCache.resize(I, H, 2 * T, B);
    cache.resize(I, H, T, B);
    QVERIFY(layer.forwardTokens(tokens, 2 * T, B, longCache));
    LstmState<double> state;
    QVERIFY(layer.forwardTokens(first, T, B, cache));
    LstmLayer<double>::finalState(cache, T, B, state);
    QCOMPARE(state.h.rows(), Eigen::Index(B));
    QVERIFY(layer.forwardTokens(second, T, B, cache, nullptr, &state));
    QVERIFY(relativeDifference<double>(Mat(cache.h.topRows(TB)), Mat(longCache.h.bottomRows(TB))) <= 1e-14);
    QVERIFY(relativeDifference<double>(Mat(cache.c.topRows(TB)), Mat(longCache.c.bottomRows(TB))) <= 1e-14);

    // Inference carrying its state: h's last row block and the running c.
    Vector<double> packed;
    layer.prepareInference(packed);
    Mat longH = Mat::Zero(2 * TB, H), longC = Mat::Zero(B, H), h = Mat::Zero(TB, H);
    LstmState<double> carried;
    carried.resize(B, H);
    QVERIFY(layer.inferTokens(packed, tokens, 2 * T, B, longH, longC));
    QVERIFY(layer.inferTokens(packed, first, T, B, h, carried.c));
    carried.h = h.bottomRows(B);
    QVERIFY(layer.inferTokens(packed, second, T, B, h, carried.c, nullptr, &carried)); // c in place
    QVERIFY(relativeDifference<double>(h, Mat(longH.bottomRows(TB))) <= 1e-14);
    QVERIFY(relativeDifference<double>(carried.c, longC) <= 1e-14);
    QVERIFY(relativeDifference<double>(Mat(longH.bottomRows(TB)), Mat(longCache.h.topRows(2 * TB).bottomRows(TB)))
            <= 1e-12);
}

void TestLstmLayer::oneHotGradientsFromInitialStateMatchCentralDifferences_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");
    QTest::newRow("5 symbols, 3 units, 4 steps, batch 3") << 5 << 3 << 4 << 3;
    QTest::newRow("4 symbols, 2 units, 1 step, batch 2") << 4 << 2 << 1 << 2;
}

// Every parameter of a one-hot layer starting from a given state, in double: the reference's
// and the kernels' analytic gradients against central differences of the reference's loss.
void TestLstmLayer::oneHotGradientsFromInitialStateMatchCentralDifferences()
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    const int I = inputSize, H = units, T = timesteps, B = batch;
    std::mt19937 rng(13);
    Vector<double> parameters = randomParameters<double>(I, H, rng);
    Vector<double> gradients = Vector<double>::Zero(parameters.size());
    Vector<double> kernelGradients = Vector<double>::Zero(parameters.size());
    LstmLayer<double> layer(I, H), kernels(I, H);
    layer.bind(parameters.data(), gradients.data());
    kernels.bind(parameters.data(), kernelGradients.data());
    const Eigen::Index TB = Eigen::Index(T) * B;
    const std::vector<int> tokens = randomTokens(TB, I, rng);
    const LstmState<double> initial = randomState<double>(B, H, rng);
    const Matrix<double> R = normalMatrix<double>(TB, H, rng);

    LstmCache<double> cache, kernelCache;
    cache.resize(I, H, T, B);
    kernelCache.resize(I, H, T, B);
    LstmReference<double>::forwardTokens(layer, tokens, T, B, cache, &initial);
    LstmReference<double>::backwardTokens(layer, R, tokens, T, B, cache);
    QVERIFY(kernels.forwardTokens(tokens, T, B, kernelCache, nullptr, &initial));
    QVERIFY(kernels.backwardTokens(R, tokens, T, B, kernelCache));

    const double eps = 1e-6;
    double worst = 0.0;
    QString worstWhere;
    for (Eigen::Index k = 0; k < parameters.size(); ++k) {
        const double saved = parameters[k];
        parameters[k] = saved + eps;
        const double plus = referenceLoss(layer, tokens, initial, R, T, B);
        parameters[k] = saved - eps;
        const double minus = referenceLoss(layer, tokens, initial, R, T, B);
        parameters[k] = saved;
        const double numeric = (plus - minus) / (2 * eps);
        for (const double analytic : {gradients[k], kernelGradients[k]}) {
            const double difference = std::abs(numeric - analytic) / std::max(1.0, std::abs(numeric));
            if (difference >= worst) {
                worst = difference;
                worstWhere = QStringLiteral("parameter[%1]: analytic %2, numeric %3")
                                 .arg(k).arg(analytic, 0, 'g', 12).arg(numeric, 0, 'g', 12);
            }
        }
    }
    qInfo("largest difference %.3g at %s", worst, qPrintable(worstWhere));
    QVERIFY2(worst <= 1e-7, qPrintable(worstWhere));
}

void TestLstmLayer::oneHotCarriedStateMatchesPyTorch_data()
{
    QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/onehot_lstm.reference.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::addColumn<QJsonObject>("reference");
    QTest::addColumn<bool>("kernels");
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray()) {
        const QByteArray name = c.toObject()[QStringLiteral("name")].toString().toUtf8();
        QTest::newRow(("kernels, " + name).constData()) << c.toObject() << true;
        QTest::newRow(("reference, " + name).constData()) << c.toObject() << false;
    }
}

// Window after window, each from the state the one before ended in (forwardTokens with
// `initial`, then finalState()): h, c, the final state, every gradient, and inferTokens()'s h
// and c, in double, to 1e-9 (relative above magnitude 1).
void TestLstmLayer::oneHotCarriedStateMatchesPyTorch()
{
    QFETCH(QJsonObject, reference);
    QFETCH(bool, kernels);
    using Mat = Matrix<double>;
    const auto field = [&reference](const char *name) { return reference[QLatin1String(name)]; };
    const int V = field("vocabulary").toInt(), H = field("units").toInt();
    const int T = field("timesteps").toInt(), B = field("batch").toInt();
    const Eigen::Index TB = Eigen::Index(T) * B;
    Vector<double> parameters(LstmLayer<double>::parameterCount(V, H));
    Vector<double> gradients = Vector<double>::Zero(parameters.size());
    LstmLayer<double> layer(V, H);
    layer.bind(parameters.data(), gradients.data());
    layer.Wih() = jsonMatrix(field("weight_ih_l0"));
    layer.Whh() = jsonMatrix(field("weight_hh_l0"));
    layer.bih() = jsonMatrix(field("bias_ih_l0")).col(0);
    layer.bhh() = jsonMatrix(field("bias_hh_l0")).col(0);
    Vector<double> packed;
    layer.prepareInference(packed);

    LstmState<double> state;
    state.h = jsonMatrix(field("h0"));
    state.c = jsonMatrix(field("c0"));
    // A case from zero starts its first window without a state, as a network does at an epoch's start.
    const bool fromZero = state.h.isZero(0.0) && state.c.isZero(0.0);
    LstmCache<double> cache;
    cache.resize(V, H, T, B);
    double worst = 0.0;
    QString worstWhat;
    const auto compare = [&](const QString &what, const Mat &got, const QJsonValue &want, bool sequence) {
        const double difference = largestDifference(got, sequence ? jsonSequence(want) : jsonMatrix(want));
        if (difference >= worst) {
            worst = difference;
            worstWhat = what;
        }
    };
    const QJsonArray windows = field("windows").toArray();
    for (int w = 0; w < windows.size(); ++w) {
        const QJsonObject window = windows[w].toObject();
        const auto value = [&window](const char *name) { return window[QLatin1String(name)]; };
        const Mat tokenMatrix = jsonMatrix(value("tokens")); // (T, B)
        std::vector<int> tokens;
        for (int t = 0; t < T; ++t)
            for (int b = 0; b < B; ++b)
                tokens.push_back(int(tokenMatrix(t, b)));
        const Mat dH = jsonSequence(value("R"));
        const LstmState<double> *initial = w == 0 && fromZero ? nullptr : &state;

        // Inference from the same state first: infer's c becomes the running state.
        Mat inferH = Mat::Zero(TB, H);
        Mat inferC = initial ? state.c : Mat::Zero(B, H);
        QVERIFY(layer.inferTokens(packed, tokens, T, B, inferH, inferC, nullptr, initial));
        if (kernels) {
            QVERIFY(layer.forwardTokens(tokens, T, B, cache, nullptr, initial));
            QVERIFY(layer.backwardTokens(dH, tokens, T, B, cache));
        } else {
            LstmReference<double>::forwardTokens(layer, tokens, T, B, cache, initial);
            LstmReference<double>::backwardTokens(layer, dH, tokens, T, B, cache);
        }
        const QString at = QStringLiteral("window %1: ").arg(w);
        compare(at + QStringLiteral("h"), Mat(cache.h.topRows(TB)), value("h"), true);
        compare(at + QStringLiteral("c"), Mat(cache.c.topRows(TB)), value("c"), true);
        compare(at + QStringLiteral("infer h"), inferH, value("h"), true);
        compare(at + QStringLiteral("infer c"), inferC, value("c_last"), false);
        compare(at + QStringLiteral("dWih"), Mat(layer.dWih()), value("grad_weight_ih_l0"), false);
        compare(at + QStringLiteral("dWhh"), Mat(layer.dWhh()), value("grad_weight_hh_l0"), false);
        compare(at + QStringLiteral("dbih"), Mat(layer.dbih()), value("grad_bias_ih_l0"), false);
        compare(at + QStringLiteral("dbhh"), Mat(layer.dbhh()), value("grad_bias_hh_l0"), false);
        LstmLayer<double>::finalState(cache, T, B, state);
        compare(at + QStringLiteral("final h"), state.h, value("h_last"), false);
        compare(at + QStringLiteral("final c"), state.c, value("c_last"), false);
    }
    qInfo("largest difference %.3g (%s)", worst, qPrintable(worstWhat));
    QVERIFY2(worst <= 1e-9, qPrintable(worstWhat));
}

QTEST_APPLESS_MAIN(TestLstmLayer)

#include "tst_lstmlayer.moc"
