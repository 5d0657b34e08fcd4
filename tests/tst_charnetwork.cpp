// CharNetwork: loss and gradients agree with PyTorch's nn.LSTM (one-hot) + nn.Linear +
// cross_entropy from a carried state (tests/reference/charnetwork.reference.json, made by
// make_charnetwork_fixture.py); backward agrees with central differences of the loss in double
// (from a carried state, with and without dropout), the state carried across two batches equals one long
// batch, a stream fed chunk by chunk equals the training forward without dropout, and the
// flat layout is PyTorch's.

#include "charnetwork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using namespace lstmlab;

namespace {

using NetD = CharNetwork<double>;
using MatD = Matrix<double>;

std::vector<int> randomSymbols(std::size_t n, int symbols, std::mt19937 &rng)
{
    std::vector<int> out(n);
    for (int &s : out)
        s = int(rng() % unsigned(symbols));
    return out;
}

void randomState(NetD::Workspace &ws, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> u(-0.8, 0.8);
    for (LstmState<double> &s : ws.state) {
        for (Eigen::Index k = 0; k < s.h.size(); ++k)
            s.h.data()[k] = u(rng);
        for (Eigen::Index k = 0; k < s.c.size(); ++k)
            s.c.data()[k] = u(rng);
    }
}

// A nested JSON list (rows of columns, or one row) into a (rows, cols) matrix.
MatD toMatrix(const QJsonValue &value)
{
    const QJsonArray rows = value.toArray();
    if (!rows.isEmpty() && !rows.first().isArray()) {
        MatD v(rows.size(), 1);
        for (int r = 0; r < rows.size(); ++r)
            v(r, 0) = rows[r].toDouble();
        return v;
    }
    const int cols = rows.isEmpty() ? 0 : int(rows.first().toArray().size());
    MatD m(rows.size(), cols);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = rows[r].toArray()[c].toDouble();
    return m;
}

std::vector<int> toInts(const QJsonValue &value)
{
    std::vector<int> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toInt());
    return out;
}

} // namespace

class TestCharNetwork : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data()
    {
        QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/charnetwork.reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::addColumn<QJsonObject>("reference");
        for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray())
            QTest::newRow(c.toObject()[QStringLiteral("name")].toString().toUtf8().constData()) << c.toObject();
    }
    void matchesPyTorch()
    {
        QFETCH(QJsonObject, reference);
        const auto number = [&](const char *key) { return reference[QLatin1String(key)].toInt(); };
        const int V = number("V"), H = number("H"), L = number("L"), T = number("T"), B = number("B");
        NetD net({V, H, L, 0.0});
        const QJsonObject params = reference[QStringLiteral("params")].toObject();
        const QJsonObject grads = reference[QStringLiteral("grads")].toObject();
        const auto tensor = [](const QJsonObject &o, const QString &name) { return toMatrix(o[name]); };
        for (int l = 0; l < L; ++l) {
            const QString suffix = QStringLiteral("_l") + QString::number(l);
            net.layer(l).Wih() = tensor(params, QStringLiteral("weight_ih") + suffix);
            net.layer(l).Whh() = tensor(params, QStringLiteral("weight_hh") + suffix);
            net.layer(l).bih() = tensor(params, QStringLiteral("bias_ih") + suffix).col(0);
            net.layer(l).bhh() = tensor(params, QStringLiteral("bias_hh") + suffix).col(0);
        }
        net.head().W() = tensor(params, QStringLiteral("head.weight"));
        net.head().b() = tensor(params, QStringLiteral("head.bias")).col(0);

        NetD::Workspace ws = net.makeWorkspace(T, B);
        const QJsonArray h0 = reference[QStringLiteral("h0")].toArray(), c0 = reference[QStringLiteral("c0")].toArray();
        for (int l = 0; l < L; ++l) { // (22): the state a previous batch left
            ws.state[std::size_t(l)].h = toMatrix(h0[l]);
            ws.state[std::size_t(l)].c = toMatrix(c0[l]);
        }
        const std::vector<int> tokens = toInts(reference[QStringLiteral("tokens")]);
        const std::vector<int> targets = toInts(reference[QStringLiteral("targets")]);
        QVERIFY(net.forward(ws, tokens, B, false, nullptr));
        const double loss = net.loss(ws, targets);
        QVERIFY(net.backward(ws, targets));

        double worst = std::abs(loss - reference[QStringLiteral("loss")].toDouble());
        const auto compare = [&worst](const MatD &got, const MatD &want) {
            QCOMPARE(got.rows(), want.rows());
            QCOMPARE(got.cols(), want.cols());
            worst = std::max(worst, ((got - want).array().abs() / want.array().abs().max(1.0)).maxCoeff());
        };
        for (int l = 0; l < L; ++l) {
            const QString suffix = QStringLiteral("_l") + QString::number(l);
            compare(net.layer(l).dWih(), tensor(grads, QStringLiteral("weight_ih") + suffix));
            compare(net.layer(l).dWhh(), tensor(grads, QStringLiteral("weight_hh") + suffix));
            compare(net.layer(l).dbih(), tensor(grads, QStringLiteral("bias_ih") + suffix));
            compare(net.layer(l).dbhh(), tensor(grads, QStringLiteral("bias_hh") + suffix));
        }
        compare(net.head().dW(), tensor(grads, QStringLiteral("head.weight")));
        compare(net.head().db(), tensor(grads, QStringLiteral("head.bias")));
        qInfo("largest difference from PyTorch: %.3g (loss %.12f)", worst, loss);
        QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
    }

    void gradientMatchesCentralDifferences_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<double>("dropout");
        QTest::newRow("1 layer") << 1 << 0.0;
        QTest::newRow("2 layers") << 2 << 0.0;
        QTest::newRow("3 layers, dropout 0.3 (masks frozen)") << 3 << 0.3;
    }
    void gradientMatchesCentralDifferences()
    {
        QFETCH(int, layers);
        QFETCH(double, dropout);
        const int V = 5, H = 4, T = 3, B = 2;
        NetD net({V, H, layers, dropout});
        std::mt19937 rng(7);
        net.initialise(rng);
        NetD::Workspace ws = net.makeWorkspace(T, B);
        randomState(ws, rng); // (22): the gradient flows from a carried, non-zero state
        const std::vector<int> inputs = randomSymbols(std::size_t(T * B), V, rng);
        const std::vector<int> targets = randomSymbols(std::size_t(T * B), V, rng);
        const bool training = dropout > 0.0;
        QVERIFY(net.forward(ws, inputs, B, training, &rng));
        QVERIFY(net.backward(ws, targets));
        const Vector<double> analytic = net.gradients();
        ws.freezeMasks = true;

        const double eps = 1e-6;
        double worst = 0.0;
        for (Eigen::Index k = 0; k < net.parameterCount(); ++k) {
            const double saved = net.parameters()[k];
            net.parameters()[k] = saved + eps;
            QVERIFY(net.forward(ws, inputs, B, training, &rng));
            const double plus = net.loss(ws, targets);
            net.parameters()[k] = saved - eps;
            QVERIFY(net.forward(ws, inputs, B, training, &rng));
            const double minus = net.loss(ws, targets);
            net.parameters()[k] = saved;
            const double numeric = (plus - minus) / (2 * eps);
            worst = std::max(worst, std::abs(numeric - analytic[k]) / std::max(1.0, std::abs(numeric)));
        }
        qInfo("largest difference: %.3g over %lld parameters", worst, (long long)net.parameterCount());
        QVERIFY2(worst < 1e-7, qPrintable(QString::number(worst)));
    }

    void carriedStateContinuesTheStreams()
    {
        // Two batches of T steps with the state carried equal one batch of 2T steps.
        const int V = 6, H = 5, T = 4, B = 3;
        NetD net({V, H, 2, 0.0});
        std::mt19937 rng(3);
        net.initialise(rng);
        const std::vector<int> symbols = randomSymbols(std::size_t(2 * T * B), V, rng);

        NetD::Workspace whole = net.makeWorkspace(2 * T, B);
        QVERIFY(net.forward(whole, symbols, B, false, nullptr));

        NetD::Workspace half = net.makeWorkspace(T, B);
        const std::span<const int> all(symbols);
        QVERIFY(net.forward(half, all.first(std::size_t(T * B)), B, false, nullptr));
        const MatD first = half.probs;
        net.carryState(half);
        QVERIFY(net.forward(half, all.subspan(std::size_t(T * B)), B, false, nullptr));
        const double difference = std::max((first - whole.probs.leftCols(T * B)).cwiseAbs().maxCoeff(),
                                           (half.probs - whole.probs.rightCols(T * B)).cwiseAbs().maxCoeff());
        QVERIFY2(difference < 1e-12, qPrintable(QString::number(difference)));

        NetD::resetState(half); // and a reset starts again from zero
        QVERIFY(net.forward(half, all.first(std::size_t(T * B)), B, false, nullptr));
        QVERIFY((half.probs - first).cwiseAbs().maxCoeff() < 1e-15);
    }

    void streamEqualsTrainingForward()
    {
        const int V = 7, H = 6, T = 9;
        NetD net({V, H, 2, 0.5}); // dropout is for training only
        std::mt19937 rng(11);
        net.initialise(rng);
        const std::vector<int> symbols = randomSymbols(std::size_t(T), V, rng);
        NetD::Workspace ws = net.makeWorkspace(T, 1);
        QVERIFY(net.forward(ws, symbols, 1, false, nullptr));

        NetD::Stream stream = net.makeStream(4); // chunks of 4, 4 and 1
        MatD probs(V, T);
        for (int at = 0; at < T; at += 4) {
            const int n = std::min(4, T - at);
            QVERIFY(net.feed(stream, std::span<const int>(symbols).subspan(std::size_t(at), std::size_t(n))));
            probs.middleCols(at, n) = stream.probs.leftCols(n);
        }
        const double difference = (probs - ws.probs).cwiseAbs().maxCoeff();
        QVERIFY2(difference < 1e-12, qPrintable(QString::number(difference)));
        QVERIFY(std::abs(probs.col(0).sum() - 1.0) < 1e-12);
    }

    void layoutIsPyTorchs()
    {
        // nn.LSTM(V, H, L) + nn.Linear(H, V): 4H(V + H + 2) + 4H(2H + 2)(L - 1) + V(H + 1)
        const CharNetworkConfig c{83, 128, 2, 0.5};
        QCOMPARE(NetD::parameterCount(c), Eigen::Index(4 * 128 * (83 + 128 + 2) + 4 * 128 * (2 * 128 + 2) + 83 * 129));
        NetD net({5, 3, 2, 0.0});
        for (Eigen::Index k = 0; k < net.parameterCount(); ++k)
            net.parameters()[k] = double(k);
        QCOMPARE(net.layer(0).Wih()(0, 0), 0.0);                                  // weight_ih_l0 first
        QCOMPARE(net.layer(1).Wih()(0, 0), double(LstmLayer<double>::parameterCount(5, 3)));
        QCOMPARE(net.head().W()(0, 0), double(net.parameterCount() - 5 * 4));     // head.weight (V, H)
        QCOMPARE(net.head().b()(4), double(net.parameterCount() - 1));            // head.bias last
    }

    void sameSeedSameWeights()
    {
        NetD a({9, 4, 2, 0.0}), b({9, 4, 2, 0.0});
        std::mt19937 ra(5), rb(5);
        a.initialise(ra);
        b.initialise(rb);
        QVERIFY(a.parameters() == b.parameters());
        const double bound = 1.0 / std::sqrt(4.0);
        QVERIFY(a.parameters().cwiseAbs().maxCoeff() <= bound);
    }
};

QTEST_APPLESS_MAIN(TestCharNetwork)
#include "tst_charnetwork.moc"
