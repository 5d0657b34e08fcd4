#pragma once

// One optimiser step that never leaves a network with an infinite or NaN value, shared by the
// sine Trainer and the TextTrainer: the gradients checked, clipped to a global norm, Adam's
// update (16)-(18) computed into spare vectors and checked, and only then swapped in. A step
// copies no vector (rolling back used to copy the parameters and both moments every step), and
// the step just taken can be undone as cheaply (the previous values stay in the spare vectors
// until the next step).
//
// The network type needs parameters(), gradients() (flat vectors of one length) and
// swapParameters(Vec &), as Network and CharNetwork have.

#include "adam.h"

#include <string>

namespace lstmlab {

struct AdamSettings {
    double learningRate = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double clipNorm = 0.0; // global-norm clipping when > 0
};

template <typename Scalar>
class GuardedAdamStep
{
public:
    using Vec = Vector<Scalar>;

    enum class Outcome {
        Applied,
        GradientNotFinite, // nothing changed, the gradients not clipped
        WeightNotFinite,   // nothing changed
        MomentsNotFinite,  // nothing changed (a moment overflowed while the weights stayed finite)
    };

    explicit GuardedAdamStep(Eigen::Index parameterCount = 0) { reset(parameterCount); }

    // A fresh Adam (zero moments, step 0) for parameterCount parameters.
    void reset(Eigen::Index parameterCount)
    {
        m_adam.reset(parameterCount);
        m_parameters = Vec::Zero(parameterCount);
        m_m = Vec::Zero(parameterCount);
        m_v = Vec::Zero(parameterCount);
        m_canUndo = false;
    }

    Adam<Scalar> &adam() { return m_adam; }
    const Adam<Scalar> &adam() const { return m_adam; }

    // Clips network.gradients() in place (when settings.clipNorm > 0 and their norm exceeds it)
    // and applies Adam to network.parameters() if every result is finite.
    template <typename Net>
    Outcome step(Net &network, const AdamSettings &settings)
    {
        m_canUndo = false;
        Vec &grads = network.gradients();
        if (!allFinite(grads))
            return Outcome::GradientNotFinite;
        if (settings.clipNorm > 0.0) {
            const double norm = grads.norm();
            if (norm > settings.clipNorm)
                grads *= Scalar(settings.clipNorm / norm);
        }
        const typename Adam<Scalar>::Finite finite
            = m_adam.stepInto(network.parameters(), grads, settings.learningRate, settings.beta1, settings.beta2,
                              settings.epsilon, m_parameters, m_m, m_v);
        if (!finite.parameters)
            return Outcome::WeightNotFinite;
        if (!finite.moments)
            return Outcome::MomentsNotFinite;
        network.swapParameters(m_parameters);
        m_adam.swapMoments(m_m, m_v, m_adam.stepCount() + 1);
        m_canUndo = true;
        return Outcome::Applied;
    }

    // Takes back the last step() that returned Applied (parameters, moments, step count), once;
    // only before anything else changed the parameters or Adam.
    template <typename Net>
    void undo(Net &network)
    {
        if (!m_canUndo)
            return;
        network.swapParameters(m_parameters);
        m_adam.swapMoments(m_m, m_v, m_adam.stepCount() - 1);
        m_canUndo = false;
    }

    // Forgets the step that undo() would take back (after the parameters or Adam were set).
    void forgetUndo() { m_canUndo = false; }

    // What went wrong, for a divergence message: "a weight became infinite or NaN at step 12".
    static std::string describe(Outcome outcome, long long step)
    {
        const char *what = outcome == Outcome::GradientNotFinite ? "a gradient"
                           : outcome == Outcome::WeightNotFinite ? "a weight"
                                                                 : "Adam's running averages";
        return std::string(what) + " became infinite or NaN at step " + std::to_string(step);
    }

private:
    // In one vectorised pass: x * 0 is 0 for a finite x and NaN for an infinite or NaN one, and a
    // sum of zeros is exactly 0 (Eigen's allFinite() tests value by value).
    static bool allFinite(const Vec &v) { return (v.array() * Scalar(0)).sum() == Scalar(0); }

    Adam<Scalar> m_adam;
    Vec m_parameters; // the next step's results, or after a step the values before it
    Vec m_m;
    Vec m_v;
    bool m_canUndo = false;
};

} // namespace lstmlab
