// CharNetwork, for each cell (LSTM, GRU, plain RNN): loss and gradients agree with PyTorch's
// nn.LSTM / nn.GRU / nn.RNN (one-hot) + nn.Linear + cross_entropy from a carried state
// (tests/reference/charnetwork.reference.json, made by make_charnetwork_fixture.py); backward
// agrees with central differences of the loss in double (from a carried state, with and without
// dropout), the state carried across two batches equals one long batch, a stream fed chunk by
// chunk equals the training forward without dropout, and the flat layout is PyTorch's.

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

Q_DECLARE_METATYPE(lstmlab::RecurrentCell)

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

// Layer l's tensors in a flat vector of `net`'s layout (its parameters or its gradients),
// writable: W_ih, W_hh, b_ih, b_hh.
struct LayerTensors {
    Eigen::Map<MatD> Wih, Whh;
    Eigen::Map<Vector<double>> bih, bhh;
};
LayerTensors tensorsOf(const NetD &net, Vector<double> &flat, int l)
{
    const double *base = net.parameters().data();
    const auto at = [&](const double *p) { return flat.data() + (p - base); };
    return {Eigen::Map<MatD>(at(net.Wih(l).data()), net.Wih(l).rows(), net.Wih(l).cols()),
            Eigen::Map<MatD>(at(net.Whh(l).data()), net.Whh(l).rows(), net.Whh(l).cols()),
            Eigen::Map<Vector<double>>(at(net.bih(l).data()), net.bih(l).size()),
            Eigen::Map<Vector<double>>(at(net.bhh(l).data()), net.bhh(l).size())};
}

const RecurrentCell allCells[] = {RecurrentCell::Lstm, RecurrentCell::Gru, RecurrentCell::Rnn};

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
        const auto cell = cellFromName(reference[QStringLiteral("cell")].toString().toStdString());
        QVERIFY(cell);
        NetD net({V, H, L, 0.0, *cell});
        const QJsonObject params = reference[QStringLiteral("params")].toObject();
        const QJsonObject grads = reference[QStringLiteral("grads")].toObject();
        const auto tensor = [](const QJsonObject &o, const QString &name) { return toMatrix(o[name]); };
        for (int l = 0; l < L; ++l) {
            const QString suffix = QStringLiteral("_l") + QString::number(l);
            LayerTensors p = tensorsOf(net, net.parameters(), l);
            p.Wih = tensor(params, QStringLiteral("weight_ih") + suffix);
            p.Whh = tensor(params, QStringLiteral("weight_hh") + suffix);
            p.bih = tensor(params, QStringLiteral("bias_ih") + suffix).col(0);
            p.bhh = tensor(params, QStringLiteral("bias_hh") + suffix).col(0);
        }
        net.head().W() = tensor(params, QStringLiteral("head.weight"));
        net.head().b() = tensor(params, QStringLiteral("head.bias")).col(0);

        NetD::Workspace ws = net.makeWorkspace(T, B);
        const QJsonArray h0 = reference[QStringLiteral("h0")].toArray(), c0 = reference[QStringLiteral("c0")].toArray();
        for (int l = 0; l < L; ++l) { // (22): the state a previous batch left
            ws.state[std::size_t(l)].h = toMatrix(h0[l]);
            if (*cell == RecurrentCell::Lstm) // the GRU and the RNN carry h only
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
            const LayerTensors d = tensorsOf(net, net.gradients(), l);
            compare(d.Wih, tensor(grads, QStringLiteral("weight_ih") + suffix));
            compare(d.Whh, tensor(grads, QStringLiteral("weight_hh") + suffix));
            compare(d.bih, tensor(grads, QStringLiteral("bias_ih") + suffix));
            compare(d.bhh, tensor(grads, QStringLiteral("bias_hh") + suffix));
        }
        compare(net.head().dW(), tensor(grads, QStringLiteral("head.weight")));
        compare(net.head().db(), tensor(grads, QStringLiteral("head.bias")));
        qInfo("largest difference from PyTorch: %.3g (loss %.12f)", worst, loss);
        QVERIFY2(worst <= 1e-9, qPrintable(QString::number(worst)));
    }

    void gradientMatchesCentralDifferences_data()
    {
        QTest::addColumn<RecurrentCell>("cell");
        QTest::addColumn<int>("layers");
        QTest::addColumn<double>("dropout");
        for (const RecurrentCell cell : allCells) {
            const QByteArray name = cellName(cell);
            QTest::newRow((name + ", 1 layer").constData()) << cell << 1 << 0.0;
            QTest::newRow((name + ", 2 layers").constData()) << cell << 2 << 0.0;
            QTest::newRow((name + ", 3 layers, dropout 0.3 (masks frozen)").constData()) << cell << 3 << 0.3;
        }
    }
    void gradientMatchesCentralDifferences()
    {
        QFETCH(RecurrentCell, cell);
        QFETCH(int, layers);
        QFETCH(double, dropout);
        const int V = 5, H = 4, T = 3, B = 2;
        NetD net({V, H, layers, dropout, cell});
        std::mt19937 rng(7);
        net.initialise(rng);
        NetD::Workspace ws = net.makeWorkspace(T, B);
        randomState(ws, rng); // (22): the gradient flows from a carried, non-zero state
        if (cell != RecurrentCell::Lstm)
            for (LstmState<double> &s : ws.state)
                s.c.setZero(); // the GRU and the RNN carry h only
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

    void carriedStateContinuesTheStreams_data()
    {
        QTest::addColumn<RecurrentCell>("cell");
        for (const RecurrentCell cell : allCells)
            QTest::newRow(cellName(cell)) << cell;
    }
    void carriedStateContinuesTheStreams()
    {
        // Two batches of T steps with the state carried equal one batch of 2T steps.
        QFETCH(RecurrentCell, cell);
        const int V = 6, H = 5, T = 4, B = 3;
        NetD net({V, H, 2, 0.0, cell});
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

    void streamEqualsTrainingForward_data() { carriedStateContinuesTheStreams_data(); }
    void streamEqualsTrainingForward()
    {
        QFETCH(RecurrentCell, cell);
        const int V = 7, H = 6, T = 9;
        NetD net({V, H, 2, 0.5, cell}); // dropout is for training only
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
        // nn.GRU: 3H per input and state, nn.RNN: H
        QCOMPARE(NetD::parameterCount({83, 128, 2, 0.5, RecurrentCell::Gru}),
                 Eigen::Index(3 * 128 * (83 + 128 + 2) + 3 * 128 * (2 * 128 + 2) + 83 * 129));
        QCOMPARE(NetD::parameterCount({83, 128, 2, 0.5, RecurrentCell::Rnn}),
                 Eigen::Index(128 * (83 + 128 + 2) + 128 * (2 * 128 + 2) + 83 * 129));
        NetD gru({5, 3, 2, 0.0, RecurrentCell::Gru});
        QCOMPARE(gru.Wih(1).data() - gru.parameters().data(), Eigen::Index(GruLayer<double>::parameterCount(5, 3)));
        QCOMPARE(gru.Wih(1).rows(), Eigen::Index(9));
        QCOMPARE(&gru.gruLayer(1).Whh()(0, 0), gru.Whh(1).data());
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
