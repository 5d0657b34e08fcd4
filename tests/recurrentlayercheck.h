#pragma once

// The checks tst_rnnlayer and tst_grulayer share, for a layer class with LstmLayer's shape of
// interface (bind, Wih/Whh/bih/bhh, forward/backward over (T*B, width) sequences, a Cache with h):
//  - fixtureDifference(): the layer against a case of tests/reference/cells.reference.json
//    (make_cell_fixtures.py: torch.nn.RNN / torch.nn.GRU in double), h and every gradient, the
//    largest difference relative above magnitude 1;
//  - gradientCheckDifference(): backward() against central differences of L = sum(R * h) in
//    double, for every parameter and every input;
//  - stepAllocations(): heap allocations of one forward and backward after setup (the test
//    executable includes allocationcounter.h).

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace recurrentcheck {

using Mat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using Vec = Eigen::Matrix<double, Eigen::Dynamic, 1>;

// A list of rows (or a list of numbers, as one column) from the fixture.
inline Mat jsonMatrix(const QJsonValue &value)
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

// A (T, B, width) list as a sequence (T*B, width) with row t*B + b.
inline Mat jsonSequence(const QJsonValue &value)
{
    const QJsonArray steps = value.toArray();
    Mat sequence;
    for (int t = 0; t < steps.size(); ++t) {
        const Mat step = jsonMatrix(steps[t]);
        if (t == 0)
            sequence.resize(steps.size() * step.rows(), step.cols());
        sequence.middleRows(t * step.rows(), step.rows()) = step;
    }
    return sequence;
}

// The largest difference, relative above magnitude 1.
inline double largestDifference(const Mat &got, const Mat &want)
{
    if (got.rows() != want.rows() || got.cols() != want.cols())
        return std::numeric_limits<double>::infinity();
    if (got.size() == 0)
        return 0.0;
    return ((got - want).array().abs() / want.array().abs().max(1.0)).maxCoeff();
}

// The layer of `reference` (a case of cells.reference.json) run forward and backward with
// dH = R; the largest difference to PyTorch over h, dx and the four gradients, and what it was.
template <typename Layer>
double fixtureDifference(const QJsonObject &reference, QString *where)
{
    const auto field = [&reference](const char *name) { return reference[QLatin1String(name)]; };
    const int I = field("input").toInt(), H = field("units").toInt();
    const int T = field("timesteps").toInt(), B = field("batch").toInt();
    Vec parameters(Layer::parameterCount(I, H));
    Vec gradients = Vec::Zero(parameters.size());
    Layer layer(I, H);
    layer.bind(parameters.data(), gradients.data());
    layer.Wih() = jsonMatrix(field("weight_ih_l0"));
    layer.Whh() = jsonMatrix(field("weight_hh_l0"));
    layer.bih() = jsonMatrix(field("bias_ih_l0")).col(0);
    layer.bhh() = jsonMatrix(field("bias_hh_l0")).col(0);
    typename Layer::Cache cache;
    cache.resize(I, H, T, B + 2); // a capacity larger than the batch: the top rows are used
    const Mat x = jsonSequence(field("x"));
    const Mat R = jsonSequence(field("R"));
    Mat dX = Mat::Zero(x.rows(), x.cols());
    Eigen::Ref<Mat> dXRef(dX);
    layer.forward(x, T, B, cache);
    layer.backward(R, x, T, B, cache, &dXRef);
    double worst = 0.0;
    const auto compare = [&](const char *what, const Mat &got, const Mat &want) {
        const double difference = largestDifference(got, want);
        if (difference >= worst) {
            worst = difference;
            *where = QString::fromLatin1(what);
        }
    };
    compare("h", cache.h.topRows(Eigen::Index(T) * B), jsonSequence(field("h")));
    compare("grad_x", dX, jsonSequence(field("grad_x")));
    compare("grad_weight_ih_l0", layer.dWih(), jsonMatrix(field("grad_weight_ih_l0")));
    compare("grad_weight_hh_l0", layer.dWhh(), jsonMatrix(field("grad_weight_hh_l0")));
    compare("grad_bias_ih_l0", Mat(layer.dbih()), jsonMatrix(field("grad_bias_ih_l0")));
    compare("grad_bias_hh_l0", Mat(layer.dbhh()), jsonMatrix(field("grad_bias_hh_l0")));
    return worst;
}

// backward() against central differences of L = sum(R * h), step 1e-6, over every parameter
// and every input; the largest |numeric - analytic| / max(1, |numeric|), and where.
template <typename Layer>
double gradientCheckDifference(int I, int H, int T, int B, unsigned seed, QString *where)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    const double bound = 2.0 / std::sqrt(double(H)); // wider than PyTorch's: some gates saturate
    Vec parameters(Layer::parameterCount(I, H));
    for (Eigen::Index k = 0; k < parameters.size(); ++k)
        parameters[k] = bound * uniform(rng);
    Vec gradients = Vec::Zero(parameters.size());
    Layer layer(I, H);
    layer.bind(parameters.data(), gradients.data());
    Mat x(Eigen::Index(T) * B, I), R(Eigen::Index(T) * B, H);
    for (Eigen::Index k = 0; k < x.size(); ++k)
        x.data()[k] = 1.5 * uniform(rng);
    for (Eigen::Index k = 0; k < R.size(); ++k)
        R.data()[k] = uniform(rng);
    typename Layer::Cache cache;
    cache.resize(I, H, T, B);
    const auto loss = [&]() {
        layer.forward(x, T, B, cache);
        return (cache.h.topRows(Eigen::Index(T) * B).array() * R.array()).sum();
    };
    loss();
    Mat dX = Mat::Zero(x.rows(), x.cols());
    Eigen::Ref<Mat> dXRef(dX);
    layer.backward(R, x, T, B, cache, &dXRef);
    const Vec analytic = gradients;

    const double step = 1e-6;
    double worst = 0.0;
    const auto check = [&](double &value, double analyticValue, const QString &what) {
        const double kept = value;
        value = kept + step;
        const double up = loss();
        value = kept - step;
        const double down = loss();
        value = kept;
        const double numeric = (up - down) / (2 * step);
        const double difference = std::abs(numeric - analyticValue) / std::max(1.0, std::abs(numeric));
        if (difference >= worst) {
            worst = difference;
            *where = QStringLiteral("%1: analytic %2, numeric %3").arg(what).arg(analyticValue, 0, 'g', 12)
                         .arg(numeric, 0, 'g', 12);
        }
    };
    for (Eigen::Index k = 0; k < parameters.size(); ++k)
        check(parameters[k], analytic[k], QStringLiteral("parameter[%1]").arg(k));
    for (Eigen::Index k = 0; k < x.size(); ++k)
        check(x.data()[k], dX.data()[k], QStringLiteral("x[%1]").arg(k));
    return worst;
}

// Heap allocations of one forward() and backward() in float after a first, warming pair.
template <typename Layer, typename Counter>
long long stepAllocations(int I, int H, int T, int B, Counter count)
{
    using MatF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
    using VecF = Eigen::Matrix<float, Eigen::Dynamic, 1>;
    VecF parameters = VecF::Constant(Layer::parameterCount(I, H), 0.1f);
    VecF gradients = VecF::Zero(parameters.size());
    Layer layer(I, H);
    layer.bind(parameters.data(), gradients.data());
    const MatF x = MatF::Constant(Eigen::Index(T) * B, I, 0.5f);
    const MatF dH = MatF::Constant(Eigen::Index(T) * B, H, 0.25f);
    MatF dX = MatF::Zero(x.rows(), x.cols());
    Eigen::Ref<MatF> dXRef(dX);
    typename Layer::Cache cache;
    cache.resize(I, H, T, B);
    layer.forward(x, T, B, cache);
    layer.backward(dH, x, T, B, cache, &dXRef);
    const long long before = count();
    layer.forward(x, T, B, cache);
    layer.backward(dH, x, T, B, cache, &dXRef);
    return count() - before;
}

} // namespace recurrentcheck
