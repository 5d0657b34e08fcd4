#pragma once

// The long arrays of model.json and the session file, taken from the JSON reader as it reads
// them (JsonReadHooks) instead of kept in its tree: each tensor's data goes straight to its
// place in Network's flat vector once the configuration has been read and the tensor's shape, if
// read already, checked, and is refused as soon as it is longer than the shape allows; the
// histories and the window order go to plain vectors. The readers (modelfile.cpp,
// sessionfile.cpp) then check what was taken as they check a tree, with the same messages.

#include "json.h"
#include "tensorlayout.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lstmlab {

inline constexpr std::size_t noBadElement = std::size_t(-1);

// What one tensor's "data" array gave.
struct StreamedTensor {
    std::size_t count = 0;
    std::size_t firstBad = noBadElement; // the first element that is not a finite float
    bool direct = false;                 // in StreamedTensors::flat; else in deferred
    std::vector<float> deferred;         // row-major, when the configuration came after it
};

// One set of tensors: a model's, or one of Adam's moments.
struct StreamedTensors {
    std::optional<ModelConfig> config; // the configuration flat is laid out for
    Vector<float> flat;                // Network's order
    std::map<std::string, StreamedTensor> tensors;
};

// One array of numbers: integers or finite doubles, as asked.
struct StreamedNumbers {
    std::vector<long long> integers;
    std::vector<double> values;
    std::size_t count = 0;
    std::size_t firstBad = noBadElement; // the first element that is not of the kind asked
};

class StreamedArrays : public JsonReadHooks
{
public:
    StreamedTensors rootModel;    // "tensors" of model.json
    StreamedTensors sessionModel; // "model"."tensors" of a session
    StreamedTensors firstMoment;  // "optimizer"."exp_avg"
    StreamedTensors secondMoment; // "optimizer"."exp_avg_sq"

    // An array of numbers at path ("position.order"; keys joined by '.') goes to a
    // StreamedNumbers; more than maxCount elements stop the parse.
    void expectNumbers(const std::string &path, bool integers, std::size_t maxCount);
    // What the array at path gave; nullptr when the file did not give it as an array.
    const StreamedNumbers *numbers(const std::string &path) const;

    JsonNumberSink *arraySink(const std::vector<std::string> &path, const std::vector<const JsonValue *> &open,
                              std::string *error) override;

private:
    JsonNumberSink *tensorSink(StreamedTensors &set, const std::string &messagePrefix, const JsonValue *modelObject,
                               const std::string &name, const JsonValue &tensorObject, std::string *error);

    struct Expected {
        bool integers = false;
        std::size_t maxCount = 0;
        StreamedNumbers numbers;
        bool seen = false;
    };
    std::map<std::string, Expected> m_numbers;
    std::vector<std::unique_ptr<JsonNumberSink>> m_sinks;
};

} // namespace lstmlab
