#include "signalcatalog.h"

#include "dampedsinesignal.h"
#include "echosignal.h"
#include "sawtoothsignal.h"
#include "sinesignal.h"
#include "squaresignal.h"
#include "sumofsinessignal.h"

#include <cmath>
#include <sstream>

namespace lstmlab {

namespace {

SignalParameter frequencyParameter(double defaultValue, const std::string &which = {})
{
    const std::string suffix = which.empty() ? std::string() : " " + which;
    return {"frequency" + which, "Frequency" + suffix,
            "Angular frequency w in radians per unit of x: the period is 2 pi / w, and the "
            "seed's sin(x) has w = 1 (about 628 samples per period at the seed's spacing 0.01).",
            defaultValue, 0.05, 20.0};
}

SignalParameter amplitudeParameter(double defaultValue, double min, const std::string &which = {})
{
    const std::string suffix = which.empty() ? std::string() : " " + which;
    return {"amplitude" + which, "Amplitude" + suffix,
            "Height of the wave; the network's tanh output reaches +-1 only in the limit.",
            defaultValue, min, 1.0};
}

std::vector<SignalInfo> makeSignals()
{
    std::vector<SignalInfo> list;
    list.push_back({"sine", "Sine (the seed's)", "y = sin(x)",
                    "The seed notebook's signal: one pure sine with period 2 pi.", {}});
    list.push_back({"sum-of-sines", "Sum of sines",
                    "y = (a1 sin(w1 x) + a2 sin(w2 x) + a3 sin(w3 x)) / max(1, |a1| + |a2| + |a3|)",
                    "Three sines of different frequencies added together: the network has to "
                    "track several oscillations at once.",
                    {amplitudeParameter(0.5, 0.0, "1"), frequencyParameter(1.0, "1"),
                     amplitudeParameter(0.3, 0.0, "2"), frequencyParameter(3.0, "2"),
                     amplitudeParameter(0.2, 0.0, "3"), frequencyParameter(7.0, "3")}});
    list.push_back({"damped-sine", "Damped sine", "y = exp(-d x) sin(w x)",
                    "A sine whose swing shrinks over time, like a plucked string: the test "
                    "range is quieter than most of the training range.",
                    {frequencyParameter(1.0),
                     {"decay", "Decay",
                      "Decay rate d per unit of x: the swing halves every ln 2 / d (69 units at "
                      "d = 0.01); 0 gives the plain sine.",
                      0.01, 0.0, 0.2}}});
    list.push_back({"square", "Square wave", "y = A if frac(w x / 2 pi) < 1/2, else -A",
                    "Jumps between +A and -A every half period. A window that sits on a flat "
                    "part cannot tell when the next jump comes.",
                    {frequencyParameter(1.0), amplitudeParameter(0.8, 0.1)}});
    list.push_back({"sawtooth", "Sawtooth", "y = A (2 frac(w x / 2 pi + 1/2) - 1)",
                    "Climbs steadily from -A to A, then drops back at once.",
                    {frequencyParameter(1.0), amplitudeParameter(0.8, 0.1)}});
    list.push_back({"echo", "Echo (memory)", "y = white noise in (-A, A); label = the sample lag steps back",
                    "A memory task: the series is random noise, and the network must output the "
                    "sample it saw lag steps before the window's end. Only a network that carries "
                    "that value along can do better than guessing 0.",
                    {{"lag", "Lag",
                      "How many steps back the sample to recall lies, counted from the window's last "
                      "sample: 1..timesteps - 1.",
                      10.0, 1.0, SignalCatalog::maxLag, true},
                     {"amplitude", "Amplitude",
                      "The noise is uniform in (-A, A): guessing 0 always misses by A^2 / 3 on average.",
                      0.8, 0.1, 1.0}}});
    return list;
}

std::string formatNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

} // namespace

const SignalParameter *SignalInfo::parameter(std::string_view parameterId) const
{
    for (const SignalParameter &p : parameters)
        if (p.id == parameterId)
            return &p;
    return nullptr;
}

const std::vector<SignalInfo> &SignalCatalog::all()
{
    static const std::vector<SignalInfo> list = makeSignals();
    return list;
}

const SignalInfo *SignalCatalog::find(std::string_view id)
{
    for (const SignalInfo &info : all())
        if (info.id == id)
            return &info;
    return nullptr;
}

SignalParameters SignalCatalog::defaults(std::string_view id)
{
    SignalParameters values;
    if (const SignalInfo *info = find(id))
        for (const SignalParameter &p : info->parameters)
            values[p.id] = p.defaultValue;
    return values;
}

SignalCreateResult SignalCatalog::create(std::string_view id, const SignalParameters &parameters)
{
    SignalCreateResult result;
    const SignalInfo *info = find(id);
    if (!info) {
        result.error = "unknown signal '" + std::string(id) + "' (known:";
        for (const SignalInfo &known : all())
            result.error += (&known == &all().front() ? " " : ", ") + known.id;
        result.error += ")";
        return result;
    }
    for (const auto &[key, value] : parameters) {
        const SignalParameter *p = info->parameter(key);
        if (!p) {
            result.error = info->id + " has no parameter '" + key + "'";
            if (info->parameters.empty()) {
                result.error += " (it has none)";
            } else {
                result.error += " (it has:";
                for (const SignalParameter &known : info->parameters)
                    result.error += (&known == &info->parameters.front() ? " " : ", ") + known.id;
                result.error += ")";
            }
            return result;
        }
        if (!std::isfinite(value) || value < p->min || value > p->max || (p->integer && value != std::floor(value))) {
            result.error = info->id + ": " + p->id + " must be " + (p->integer ? "an integer " : "") + "in "
                           + formatNumber(p->min) + ".." + formatNumber(p->max) + " (got " + formatNumber(value) + ")";
            return result;
        }
    }
    SignalParameters values = defaults(id);
    for (const auto &[key, value] : parameters)
        values[key] = value;

    if (info->id == "sine") {
        result.generator = std::make_unique<SineSignal>();
    } else if (info->id == "sum-of-sines") {
        std::vector<SumOfSinesSignal::Component> components;
        for (const char *k : {"1", "2", "3"})
            components.push_back({values["amplitude" + std::string(k)], values["frequency" + std::string(k)], 0.0});
        result.generator = std::make_unique<SumOfSinesSignal>(std::move(components));
    } else if (info->id == "damped-sine") {
        result.generator = std::make_unique<DampedSineSignal>(values["frequency"], values["decay"]);
    } else if (info->id == "square") {
        result.generator = std::make_unique<SquareSignal>(values["frequency"], values["amplitude"]);
    } else if (info->id == "sawtooth") {
        result.generator = std::make_unique<SawtoothSignal>(values["frequency"], values["amplitude"]);
    } else if (info->id == "echo") {
        result.generator = std::make_unique<EchoSignal>(values["amplitude"], int(values["lag"]));
    }
    return result;
}

} // namespace lstmlab
