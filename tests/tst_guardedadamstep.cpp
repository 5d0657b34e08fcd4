// GuardedAdamStep: an applied step gives Adam's numbers bit for bit and moves no vector's
// storage but the swapped ones; a step whose gradient, weight or moment would not be finite
// changes nothing; undo() takes the last applied step back exactly.

#include "guardedadamstep.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace lstmlab;
using Vec = Vector<float>;

namespace {

// The part of a network GuardedAdamStep needs.
struct FlatModel {
    Vec params;
    Vec grads;
    int swaps = 0;
    Vec &parameters() { return params; }
    Vec &gradients() { return grads; }
    void swapParameters(Vec &other)
    {
        params.swap(other);
        ++swaps;
    }
};

FlatModel model(Eigen::Index n)
{
    FlatModel m;
    m.params = Vec::LinSpaced(n, -1.0f, 1.0f);
    m.grads = Vec::LinSpaced(n, 0.5f, -0.25f);
    return m;
}

const AdamSettings settings{1e-2, 0.9, 0.999, 1e-8, 0.0};

} // namespace

class TestGuardedAdamStep : public QObject
{
    Q_OBJECT

private slots:
    void appliedStepIsAdamBitForBit_data();
    void appliedStepIsAdamBitForBit();
    void clipsToTheGlobalNorm();
    void nonFiniteResultsChangeNothing_data();
    void nonFiniteResultsChangeNothing();
    void undoTakesTheStepBack();
};

void TestGuardedAdamStep::appliedStepIsAdamBitForBit_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("shorter than a chunk") << 7;
    QTest::newRow("several chunks and a tail") << 3000;
}

void TestGuardedAdamStep::appliedStepIsAdamBitForBit()
{
    QFETCH(int, n);
    FlatModel guarded = model(n);
    Vec plain = guarded.params;
    GuardedAdamStep<float> step(n);
    Adam<float> adam(n);
    for (int k = 0; k < 3; ++k) {
        guarded.grads = Vec::LinSpaced(n, 0.5f + float(k), -0.25f * float(k));
        QCOMPARE(step.step(guarded, settings), GuardedAdamStep<float>::Outcome::Applied);
        adam.step(plain, guarded.grads, settings.learningRate, settings.beta1, settings.beta2, settings.epsilon);
        QVERIFY(guarded.params == plain);
        QVERIFY(step.adam().firstMoment() == adam.firstMoment());
        QVERIFY(step.adam().secondMoment() == adam.secondMoment());
        QCOMPARE(step.adam().stepCount(), adam.stepCount());
    }
    QCOMPARE(guarded.swaps, 3);
}

void TestGuardedAdamStep::clipsToTheGlobalNorm()
{
    FlatModel m = model(100);
    m.grads *= 100.0f;
    GuardedAdamStep<float> step(100);
    AdamSettings clipped = settings;
    clipped.clipNorm = 5.0;
    QCOMPARE(step.step(m, clipped), GuardedAdamStep<float>::Outcome::Applied);
    QVERIFY(std::abs(double(m.grads.norm()) - 5.0) < 1e-5);
}

void TestGuardedAdamStep::nonFiniteResultsChangeNothing_data()
{
    QTest::addColumn<float>("gradient");
    QTest::addColumn<float>("parameter");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message");
    const float inf = std::numeric_limits<float>::infinity();
    QTest::newRow("NaN gradient") << std::nanf("") << 0.0f << int(GuardedAdamStep<float>::Outcome::GradientNotFinite)
                                  << "a gradient became infinite or NaN at step 4";
    QTest::newRow("infinite weight") << 0.5f << inf << int(GuardedAdamStep<float>::Outcome::WeightNotFinite)
                                     << "a weight became infinite or NaN at step 4";
    // g^2 overflows v; the update m / sqrt(v) is then 0 or, with Eigen's fast square root, NaN.
    QTest::newRow("overflowing moment") << 3e38f << 0.0f << -1 << "";
}

void TestGuardedAdamStep::nonFiniteResultsChangeNothing()
{
    QFETCH(float, gradient);
    QFETCH(float, parameter);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    FlatModel m = model(2000);
    GuardedAdamStep<float> step(2000);
    QCOMPARE(step.step(m, settings), GuardedAdamStep<float>::Outcome::Applied);
    if (parameter != 0.0f)
        m.params[1500] = parameter;
    m.grads[1500] = gradient;
    const Vec params = m.params, grads = m.grads;
    const Vec first = step.adam().firstMoment(), second = step.adam().secondMoment();
    const auto result = step.step(m, settings);
    if (outcome >= 0) {
        QCOMPARE(int(result), outcome);
        QCOMPARE(QString::fromStdString(GuardedAdamStep<float>::describe(result, 4)), message);
    } else {
        QVERIFY(result == GuardedAdamStep<float>::Outcome::WeightNotFinite
                || result == GuardedAdamStep<float>::Outcome::MomentsNotFinite);
        QCOMPARE(GuardedAdamStep<float>::describe(GuardedAdamStep<float>::Outcome::MomentsNotFinite, 4),
                 std::string("Adam's running averages became infinite or NaN at step 4"));
    }
    QVERIFY(m.params.cwiseEqual(params).all() || (parameter != 0.0f && std::isinf(m.params[1500])));
    QVERIFY(step.adam().firstMoment() == first);
    QVERIFY(step.adam().secondMoment() == second);
    QCOMPARE(step.adam().stepCount(), 1LL);
    QCOMPARE(m.swaps, 1);
}

void TestGuardedAdamStep::undoTakesTheStepBack()
{
    FlatModel m = model(1500);
    GuardedAdamStep<float> step(1500);
    QCOMPARE(step.step(m, settings), GuardedAdamStep<float>::Outcome::Applied);
    const Vec params = m.params;
    const Vec first = step.adam().firstMoment(), second = step.adam().secondMoment();
    QCOMPARE(step.step(m, settings), GuardedAdamStep<float>::Outcome::Applied);
    QVERIFY(m.params != params);
    step.undo(m);
    QVERIFY(m.params == params);
    QVERIFY(step.adam().firstMoment() == first);
    QVERIFY(step.adam().secondMoment() == second);
    QCOMPARE(step.adam().stepCount(), 1LL);
    step.undo(m); // only once
    QVERIFY(m.params == params);
    QCOMPARE(step.adam().stepCount(), 1LL);
}

QTEST_APPLESS_MAIN(TestGuardedAdamStep)
#include "tst_guardedadamstep.moc"
