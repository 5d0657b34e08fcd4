// Fuzz target for readSessionJson (core/io/sessionfile.h): any bytes are either a session or
// refused with a message. A session that is read passes Trainer::checkState; written back it
// reads again and writes the same text; and a trainer resumed from it on data with as many
// training windows as its order takes steps, keeping finite weights whatever happens.

#include "fuzzcheck.h"
#include "sessionfile.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace lstmlab;

namespace {

// A sine with exactly `windows` training windows and one test window of `timesteps` samples.
std::shared_ptr<const Dataset> dataFor(int windows, int timesteps)
{
    const auto series = [](int count, int from) {
        std::vector<double> x(std::size_t(count), 0.0);
        std::vector<float> y(std::size_t(count), 0.f);
        for (int k = 0; k < count; ++k) {
            x[std::size_t(k)] = 0.01 * (from + k);
            y[std::size_t(k)] = float(std::sin(x[std::size_t(k)]));
        }
        return std::make_pair(std::move(x), std::move(y));
    };
    auto [trainX, trainY] = series(windows + timesteps + 1, 0);
    auto [testX, testY] = series(timesteps + 2, windows + timesteps + 1);
    return std::make_shared<const Dataset>(std::move(trainX), std::move(trainY), std::move(testX), std::move(testY),
                                           timesteps, "fuzz");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const SessionReadResult read = readSessionJson(text);
    fuzzRequire(read.session.has_value() == read.error.empty(), "either a session or an error");
    if (!read.session)
        return 0;
    const SessionData &session = *read.session;
    fuzzRequire(!Trainer::checkState(session.state, session.model, session.train),
                "a session read passes the trainer's own check");

    std::string error;
    const std::optional<std::string> written = writeSessionJson(session, &error);
    fuzzRequire(written.has_value(), "a session read can be written");
    const SessionReadResult back = readSessionJson(*written);
    fuzzRequire(back.session.has_value(), "a session read and written reads again");
    fuzzRequire(writeSessionJson(*back.session, &error) == written, "and writes the same text");

    // Resume as the window does, on data that fits the window order; small sessions only, so
    // that the fuzzer keeps its pace (a step costs windows x parameters).
    const std::size_t windows = session.state.order.size();
    if (windows > 4096 || Network<float>::parameterCount(session.model) > 20000)
        return 0;
    const std::shared_ptr<const Dataset> windowsData = dataFor(int(windows), session.model.timesteps);
    if (windowsData->checkModel(session.model))
        return 0; // another width than the signal's: refused by every trainer, checked in tst_trainer
    std::unique_ptr<Trainer> trainer = resumeTrainer(session, windowsData, &error);
    fuzzRequire(trainer != nullptr, "a session read resumes on data of its size");
    for (int k = 0; k < 2 && !trainer->finished(); ++k) {
        if (!trainer->step()) {
            fuzzRequire(!trainer->divergenceMessage().empty(), "a stopped step says why");
            break;
        }
    }
    fuzzRequire(trainer->network().parameters().allFinite(), "the weights stay finite");
    return 0;
}
