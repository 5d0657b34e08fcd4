#pragma once

// The built-in signals, listed once: each has a stable id (sessions and the command line save
// it), a human name and formula for the UI, and its parameters with defaults and ranges.
// create() builds a generator from an id and parameter values, checking every value.
// The names and descriptions are English; the UI translates them keyed by id.

#include "signalgenerator.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lstmlab {

struct SignalParameter {
    std::string id;          // stable, e.g. "frequency"
    std::string name;        // e.g. "Frequency"
    std::string description; // what it does to the curve
    double defaultValue = 0.0;
    double min = 0.0;
    double max = 0.0;
    bool integer = false;    // whole numbers only (the echo's lag)
};

struct SignalInfo {
    std::string id;          // stable: "sine", "sum-of-sines", "damped-sine", "square", "sawtooth", "echo"
    std::string name;        // e.g. "Damped sine"
    std::string formula;     // plain text, e.g. "y = exp(-d x) sin(w x)"
    std::string description; // one or two sentences for a tooltip
    std::vector<SignalParameter> parameters;
    const SignalParameter *parameter(std::string_view parameterId) const;
};

// Parameter values by parameter id; a parameter left out takes its default.
using SignalParameters = std::map<std::string, double, std::less<>>;

struct SignalCreateResult {
    std::unique_ptr<SignalGenerator> generator;
    std::string error; // what is wrong, when generator is null
};

class SignalCatalog
{
public:
    // In the order a combo box should list them; the seed's sine first. (Not "signals":
    // Qt defines that word as a macro.)
    static const std::vector<SignalInfo> &all();
    static const SignalInfo *find(std::string_view id);
    static constexpr std::string_view defaultId = "sine";
    // The echo's largest lag: one less than the most time steps a window has (512,
    // ModelConfig::timestepsRange; dataset.cpp checks that the two agree). A window of T steps
    // allows lags 1..T - 1 (Dataset::checkLag).
    static constexpr double maxLag = 511;

    // Every parameter of id at its default (empty for an unknown id).
    static SignalParameters defaults(std::string_view id);
    // Refuses an unknown id, an unknown parameter, and a value that is not finite or out of its
    // range, naming it and what is allowed.
    static SignalCreateResult create(std::string_view id, const SignalParameters &parameters = {});
};

} // namespace lstmlab
