#include "textmodelfile.h"

#include "corpus.h"
#include "json.h"
#include "modelfile.h"

namespace lstmlab {

std::string writeTextModelObject(const TextModelData &model, std::string_view indent)
{
    const ModelConfig &c = model.config;
    const int V = int(model.vocabulary.size());
    const std::string in(indent);
    std::string out;
    out.reserve(std::size_t(model.parameters.size()) * 14 + std::size_t(V) * 8 + 1024);
    out += "{\n" + in + "  \"format\": " + jsonQuote(modelFormatName) + ",\n";
    out += in + "  \"version\": " + std::to_string(modelFormatVersion) + ",\n";
    out += in + "  \"config\": {\"task\": \"text\", \"cell\": " + jsonQuote(cellName(c.cell)) + ", \"input_size\": "
           + std::to_string(V)
           + ", \"units\": " + std::to_string(c.units) + ", \"layers\": " + std::to_string(c.layers)
           + ", \"timesteps\": " + std::to_string(c.timesteps) + ", \"output_size\": " + std::to_string(V)
           + ", \"dropout\": " + jsonNumber(c.dropout) + "},\n";
    out += in + "  \"vocab\": [";
    for (int k = 0; k < V; ++k)
        out += (k > 0 ? ", " : "") + jsonQuote(Corpus::toUtf8(model.vocabulary[std::size_t(k)]));
    out += "],\n";
    out += in + "  \"training\": {\"steps\": " + std::to_string(model.steps) + ", \"epochs\": "
           + std::to_string(model.epochs) + ", \"validation_bits_per_char\": "
           + (model.validationBitsPerChar >= 0 ? jsonNumber(model.validationBitsPerChar) : std::string("null"))
           + "},\n";
    ModelConfig layout = c; // the flat layout of Network with I = O = V
    layout.inputSize = V;
    layout.outputSize = V;
    out += in + "  \"tensors\": " + writeTensorsObject(layout, model.parameters, in + "  ") + "\n";
    out += in + "}";
    return out;
}

std::string writeTextModelJson(const TextModelData &model)
{
    return writeTextModelObject(model, "") + "\n";
}

} // namespace lstmlab
