// SoftmaxHead: (13)-(17) agree with torch.nn.Linear + cross_entropy in double
// (tests/reference/softmax_head.reference.json, from make_softmax_fixture.py), and backward
// agrees with central differences of the loss.

#include "softmaxhead.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>
#include <vector>

using namespace lstmlab;

namespace {

using Head = SoftmaxHead<double>;
using MatD = Matrix<double>;

MatD toMatrix(const QJsonValue &value)
{
    const QJsonArray rows = value.toArray();
    const int cols = rows.isEmpty() ? 0 : int(rows.first().toArray().size());
    MatD m(rows.size(), cols);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < cols; ++c)
            m(r, c) = rows[r].toArray()[c].toDouble();
    return m;
}

// The largest difference, relative above magnitude 1.
double largestDifference(const MatD &got, const MatD &want)
{
    return ((got - want).array().abs() / want.array().abs().max(1.0)).maxCoeff();
}

struct Fixture {
    std::vector<double> parameters, gradients;
    Head head;
    Fixture(int units, int symbols)
        : parameters(std::size_t(Head::parameterCount(units, symbols))),
          gradients(parameters.size()), head(units, symbols)
    {
        head.bind(parameters.data(), gradients.data());
    }
};

} // namespace

class TestSoftmaxHead : public QObject
{
    Q_OBJECT

private slots:
    void matchesPyTorch_data()
    {
        QFile file(QStringLiteral(LSTMLAB_SOURCE_DIR "/tests/reference/softmax_head.reference.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::addColumn<QJsonObject>("reference");
        for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("cases")].toArray())
            QTest::newRow(c.toObject()[QStringLiteral("name")].toString().toUtf8().constData()) << c.toObject();
    }
    void matchesPyTorch()
    {
        QFETCH(QJsonObject, reference);
        const MatD h = toMatrix(reference[QStringLiteral("h")]);
        const MatD weight = toMatrix(reference[QStringLiteral("weight")]);
        const MatD bias = toMatrix(QJsonArray{reference[QStringLiteral("bias")]}).transpose();
        std::vector<int> targets;
        for (const QJsonValue &y : reference[QStringLiteral("targets")].toArray())
            targets.push_back(y.toInt());
        const int N = int(h.rows()), H = int(h.cols()), V = int(weight.rows());

        Fixture f(H, V);
        f.head.W() = weight;
        f.head.b() = bias.col(0);
        MatD probs(V, N);
        f.head.forward(h, probs);
        const double probsDiff = largestDifference(probs.transpose(), toMatrix(reference[QStringLiteral("probabilities")]));
        const double loss = Head::loss(probs, targets);
        const double lossDiff = std::abs(loss - reference[QStringLiteral("loss")].toDouble())
                                / std::max(1.0, std::abs(reference[QStringLiteral("loss")].toDouble()));
        MatD dh(N, H);
        f.head.backward(h, probs, targets, dh);
        const double dWDiff = largestDifference(f.head.dW(), toMatrix(reference[QStringLiteral("dweight")]));
        const MatD dbWant = toMatrix(QJsonArray{reference[QStringLiteral("dbias")]}).transpose();
        const double dbDiff = largestDifference(f.head.db(), dbWant);
        const double dhDiff = largestDifference(dh, toMatrix(reference[QStringLiteral("dh")]));
        qInfo("largest differences: probabilities %.3g, loss %.3g, dW %.3g, db %.3g, dh %.3g", probsDiff, lossDiff,
              dWDiff, dbDiff, dhDiff);
        QVERIFY(probsDiff <= 1e-9);
        QVERIFY(lossDiff <= 1e-9);
        QVERIFY(dWDiff <= 1e-9);
        QVERIFY(dbDiff <= 1e-9);
        QVERIFY(dhDiff <= 1e-9);
    }

    void gradientsMatchCentralDifferences()
    {
        const int N = 6, H = 5, V = 7;
        std::mt19937 rng(7);
        std::normal_distribution<double> normal(0.0, 0.7);
        std::uniform_int_distribution<int> symbol(0, V - 1);
        Fixture f(H, V);
        for (double &p : f.parameters)
            p = normal(rng);
        MatD h(N, H);
        for (Eigen::Index k = 0; k < h.size(); ++k)
            h.data()[k] = normal(rng);
        std::vector<int> targets(N);
        for (int &y : targets)
            y = symbol(rng);

        MatD probs(V, N), dh(N, H);
        auto lossAt = [&]() {
            f.head.forward(h, probs);
            return Head::loss(probs, targets);
        };
        lossAt();
        f.head.backward(h, probs, targets, dh);
        const std::vector<double> analytic = f.gradients;

        const double step = 1e-5;
        double worst = 0.0;
        for (std::size_t k = 0; k < f.parameters.size(); ++k) {
            const double saved = f.parameters[k];
            f.parameters[k] = saved + step;
            const double up = lossAt();
            f.parameters[k] = saved - step;
            const double down = lossAt();
            f.parameters[k] = saved;
            worst = std::max(worst, std::abs((up - down) / (2 * step) - analytic[k]));
        }
        for (Eigen::Index k = 0; k < h.size(); ++k) {
            const double saved = h.data()[k];
            h.data()[k] = saved + step;
            const double up = lossAt();
            h.data()[k] = saved - step;
            const double down = lossAt();
            h.data()[k] = saved;
            worst = std::max(worst, std::abs((up - down) / (2 * step) - dh.data()[k]));
        }
        qInfo("largest difference from central differences: %.3g", worst);
        QVERIFY(worst < 1e-8);
    }

    void floatAgreesWithDouble()
    {
        const int N = 4, H = 3, V = 5;
        std::vector<float> parameters(std::size_t(SoftmaxHead<float>::parameterCount(H, V))), gradients(parameters.size());
        SoftmaxHead<float> head(H, V);
        head.bind(parameters.data(), gradients.data());
        for (std::size_t k = 0; k < parameters.size(); ++k)
            parameters[k] = float(k % 7) * 0.1f - 0.3f;
        Matrix<float> h = Matrix<float>::Constant(N, H, 0.25f);
        Matrix<float> probs(V, N);
        head.forward(h, probs);
        for (int n = 0; n < N; ++n)
            QVERIFY(std::abs(probs.col(n).sum() - 1.0f) < 1e-6f);
    }
};

QTEST_APPLESS_MAIN(TestSoftmaxHead)
#include "tst_softmaxhead.moc"
