#pragma once

// What tst_rnnkernels and tst_grukernels share: a cell's kernels (the Layer, which runs them)
// against its readable reference (Reference::forward/backward taking the layer), on the same
// weights, input and dL/dh, in float or double; and the shapes they are checked on: the PyTorch
// fixtures', the seed's training batch, batches that end in half packets and single rows,
// batch 1, one time step, unit counts that fill no kernel block, and sequences longer than one
// chunk of the sums over time. As tst_lstmlayer does for the LSTM, which takes
// relativeDifference() and normalMatrix() from here.

#include <QString>
#include <QTest>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace cellkernelcheck {

template <typename Scalar>
using Mat = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

// Largest |a - b| over the largest |b|: 0 when both are zero.
template <typename Scalar>
double relativeDifference(const Mat<Scalar> &a, const Mat<Scalar> &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    if (a.size() == 0)
        return 0.0;
    const double difference = double((a - b).cwiseAbs().maxCoeff());
    return difference == 0.0 ? 0.0 : difference / std::max(double(b.cwiseAbs().maxCoeff()), 1e-300);
}

template <typename Scalar>
Mat<Scalar> normalMatrix(Eigen::Index rows, Eigen::Index cols, std::mt19937 &rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    Mat<Scalar> m(rows, cols);
    for (Eigen::Index k = 0; k < m.size(); ++k)
        m.data()[k] = Scalar(normal(rng));
    return m;
}

inline void shapes()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("batch");
    QTest::newRow("fixture shapes: 3 inputs, 5 units, 4 steps, batch 2") << 3 << 5 << 4 << 2;
    QTest::newRow("1 input, 20 units, 20 steps, batch 2 (the seed's layer 0)") << 1 << 20 << 20 << 2;
    QTest::newRow("seed training batch, layer 1: 20 inputs, 20 units, 20 steps, batch 64") << 20 << 20 << 20 << 64;
    QTest::newRow("1 unit, 1 step, batch 5") << 1 << 1 << 1 << 5;
    QTest::newRow("batch 1: single rows only") << 3 << 7 << 5 << 1;
    QTest::newRow("batch 17: one packet and one row") << 2 << 9 << 6 << 17;
    QTest::newRow("batch 40: packets, then half packets") << 2 << 13 << 4 << 40;
    QTest::newRow("batch 67: four-packet blocks, then 3 rows") << 1 << 8 << 10 << 67;
    QTest::newRow("33 units, batch 23: no block of units or rows fills") << 5 << 33 << 3 << 23;
    QTest::newRow("one time step, batch 31") << 4 << 6 << 1 << 31;
    QTest::newRow("2600 rows: the sums over time in more than one chunk") << 3 << 4 << 20 << 130;
    QTest::newRow("64 units, 50 steps, batch 64") << 64 << 64 << 50 << 64;
}

// Both implementations on the same weights (PyTorch's initialisation widened so that some gates
// saturate), input and dH; the largest relative difference of h, the cache's `fields` (name and
// member), the four gradients and dX, by name.
template <typename Layer, typename Reference, typename Scalar, typename Fields>
std::vector<std::pair<std::string, double>> differences(int I, int H, int T, int B, const Fields &fields)
{
    using M = Mat<Scalar>;
    using Vec = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;
    std::mt19937 rng(std::uint32_t(1000003 * I + 10007 * H + 101 * T + B));
    const double bound = 2.0 / std::sqrt(double(H));
    std::uniform_real_distribution<double> uniform(-bound, bound);
    Vec parameters(Layer::parameterCount(I, H));
    for (Eigen::Index k = 0; k < parameters.size(); ++k)
        parameters[k] = Scalar(uniform(rng));
    Vec kernelGradients = Vec::Zero(parameters.size()), referenceGradients = Vec::Zero(parameters.size());
    Layer kernels(I, H), reference(I, H);
    kernels.bind(parameters.data(), kernelGradients.data());
    reference.bind(parameters.data(), referenceGradients.data());

    const Eigen::Index TB = Eigen::Index(T) * B;
    const M x = normalMatrix<Scalar>(TB, I, rng);
    const M dH = normalMatrix<Scalar>(TB, H, rng);
    // A capacity above the batch: both must use the top T*B rows only.
    typename Layer::Cache kernelCache, referenceCache;
    kernelCache.resize(I, H, T, B + 3);
    referenceCache.resize(I, H, T, B + 3);
    M kernelDx = M::Zero(TB, I), referenceDx = M::Zero(TB, I);
    Eigen::Ref<M> kernelDxRef = kernelDx, referenceDxRef = referenceDx;
    kernels.forward(x, T, B, kernelCache);
    Reference::forward(reference, x, T, B, referenceCache);
    kernels.backward(dH, x, T, B, kernelCache, &kernelDxRef);
    Reference::backward(reference, dH, x, T, B, referenceCache, &referenceDxRef);

    const auto top = [TB](const M &m) { return M(m.topRows(TB)); };
    std::vector<std::pair<std::string, double>> result{
        {"h", relativeDifference<Scalar>(top(kernelCache.h), top(referenceCache.h))},
        {"dWih", relativeDifference<Scalar>(M(kernels.dWih()), M(reference.dWih()))},
        {"dWhh", relativeDifference<Scalar>(M(kernels.dWhh()), M(reference.dWhh()))},
        {"dbih", relativeDifference<Scalar>(M(kernels.dbih()), M(reference.dbih()))},
        {"dbhh", relativeDifference<Scalar>(M(kernels.dbhh()), M(reference.dbhh()))},
        {"dX", relativeDifference<Scalar>(kernelDx, referenceDx)},
    };
    for (const auto &[name, member] : fields)
        result.push_back({name, relativeDifference<Scalar>(top(kernelCache.*member), top(referenceCache.*member))});
    // A layer with an inference kernel (the GRU's): its h from the same weights.
    if constexpr (requires(const Layer &layer, Vec &packed) { layer.prepareInference(packed); }) {
        Vec packed;
        kernels.prepareInference(packed);
        M inferH = M::Constant(TB + 2 * B, H, Scalar(7)); // rows below T*B must stay as they are
        kernels.infer(packed, x, T, B, inferH.topRows(TB));
        result.push_back({"infer h", relativeDifference<Scalar>(top(inferH), top(referenceCache.h))});
        result.push_back({"infer leaves the rows below", double((inferH.bottomRows(2 * B).array() != Scalar(7)).count())});
    }
    return result;
}

// differences() for the shape of the current data row, each within `tolerance`.
template <typename Layer, typename Reference, typename Scalar, typename Fields>
void checkAgreement(double tolerance, const Fields &fields)
{
    QFETCH(int, inputSize);
    QFETCH(int, units);
    QFETCH(int, timesteps);
    QFETCH(int, batch);
    double worst = 0.0;
    std::string worstName;
    for (const auto &[name, difference] :
         differences<Layer, Reference, Scalar>(inputSize, units, timesteps, batch, fields)) {
        if (difference >= worst) {
            worst = difference;
            worstName = name;
        }
        QVERIFY2(difference <= tolerance, qPrintable(QStringLiteral("%1: largest relative difference %2, allowed %3")
                                                         .arg(QString::fromStdString(name))
                                                         .arg(difference, 0, 'g', 3)
                                                         .arg(tolerance, 0, 'g', 3)));
    }
    qInfo("largest relative difference %.3g (%s)", worst, worstName.c_str());
}

} // namespace cellkernelcheck
