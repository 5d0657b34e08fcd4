// Fuzz target for readModelJson (core/io/modelfile.h): any bytes are either a valid model or
// refused with a message. A model that is read has a valid configuration and a finite value for
// every parameter; written back it reads back bit-exactly and writes the same text; and the
// network it describes runs.

#include "fuzzcheck.h"
#include "modelfile.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

using namespace lstmlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const ModelReadResult read = readModelJson(text);
    fuzzRequire(read.model.has_value() == read.error.empty(), "either a model or an error");
    if (!read.model)
        return 0;
    const ModelData &model = *read.model;
    fuzzRequire(!model.config.validate(), "a model read has a valid configuration");
    fuzzRequire(model.parameters.size() == Network<float>::parameterCount(model.config),
                "a model read has every parameter");
    fuzzRequire(model.parameters.allFinite(), "every parameter is finite");

    const std::string written = writeModelJson(model);
    const ModelReadResult back = readModelJson(written);
    fuzzRequire(back.model.has_value(), "a model read and written reads again");
    fuzzRequire(back.model->config == model.config, "with the same configuration");
    fuzzRequire(std::memcmp(back.model->parameters.data(), model.parameters.data(),
                            sizeof(float) * std::size_t(model.parameters.size())) == 0,
                "and bit-identical parameters");
    fuzzRequire(writeModelJson(*back.model) == written, "and writes the same text");

    // Import builds the network and draws its gates: one traced window of zeros.
    Network<float> network(model.config);
    network.parameters() = model.parameters;
    const Matrix<float> window = Matrix<float>::Zero(Eigen::Index(model.config.inputSize) * model.config.timesteps, 1);
    (void)network.trace(window);
    return 0;
}
