// Fuzz target for readTextSessionJson (core/io/textsessionfile.h): any bytes are either a text
// session or refused with a message; a session read, written back, reads again and writes the
// same text; and a trainer on a text of its vocabulary either restores its state or says why,
// then takes a step keeping finite weights.

#include "fuzzcheck.h"
#include "textsessionfile.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

using namespace lstmlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const TextSessionReadResult read = readTextSessionJson(text);
    fuzzRequire(read.session.has_value() == read.error.empty(), "either a text session or an error");
    if (!read.session)
        return 0;
    const TextSessionData &session = *read.session;
    const std::string written = writeTextSessionJson(session);
    const TextSessionReadResult back = readTextSessionJson(written);
    fuzzRequire(back.session.has_value(), "a text session read and written reads again");
    fuzzRequire(writeTextSessionJson(*back.session) == written, "and writes the same text");

    // Small sessions only, so that the fuzzer keeps its pace.
    const long long perBatch = (long long)session.model.timesteps * session.train.batchSize;
    if (perBatch > 4096 || CharNetwork<float>::parameterCount({int(session.vocabulary.size()), session.model.units,
                                                               session.model.layers, 0.0}) > 20000)
        return 0;
    // A text of the session's vocabulary (in its order), long enough for one batch.
    std::string corpusText;
    while ((long long)corpusText.size() < 2 * perBatch + 64 || corpusText.empty())
        for (char32_t symbol : session.vocabulary)
            corpusText += Corpus::toUtf8(symbol);
    const auto corpus = std::make_shared<const Corpus>(corpusText, "fuzz");
    TextTrainer trainer(session.model, session.train, corpus);
    if (trainer.restoreState(session.state))
        return 0; // refused with a message: fine
    trainer.step();
    fuzzRequire(trainer.network().parameters().allFinite(), "the weights stay finite");
    return 0;
}
