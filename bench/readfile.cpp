// lstm-lab-readfile: loads one session or model.json file the way `lstm-lab --resume` does
// (loadSessionOrModelFile) and says what it holds or why it is refused, with the time the read
// took. docs/performance.md measures the reader with it under /usr/bin/time -v. With --make it
// writes the files measured there: a valid session of about the size asked (a big network, a
// long loss history, a long window order) or an adversarial one (zeros: a tensor's data array
// of zeros; deep: nothing but '['; string: a giant string in the random generator's state).

#include "benchcommandline.h"
#include "sessionfile.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <sstream>
#include <string>

using namespace lstmlab;

namespace {

void printHelp()
{
    std::printf("usage: lstm-lab-readfile FILE\n"
                "       lstm-lab-readfile --make session|zeros|deep|string --megabytes N --out FILE\n"
                "Reads FILE as lstm-lab --resume does and prints what it holds, or why it is refused\n"
                "(exit status 1), with the read's wall time. --make writes a test file of about N MB.\n");
}

// A session of about `bytes` bytes: the largest network whose three tensor sets take at most
// 40% of it, then a loss history (up to the most a session holds), then the window order.
SessionData bigSession(std::size_t bytes)
{
    SessionData s;
    s.model.inputSize = 1;
    s.model.outputSize = 1;
    s.model.units = 16;
    s.model.layers = 1;
    constexpr double bytesPerFloat = 13.0; // "-0.012345678, "
    const auto tensorBytes = [&](const ModelConfig &c) { return 3.0 * bytesPerFloat * double(Network<float>::parameterCount(c)); };
    for (int units : {16, 32, 64, 128, 256})
        for (int layers = 1; layers <= 8; ++layers) {
            ModelConfig c = s.model;
            c.units = units;
            c.layers = layers;
            if (tensorBytes(c) <= 0.4 * double(bytes) && tensorBytes(c) > tensorBytes(s.model))
                s.model = c;
        }
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.f, 0.1f);
    const Eigen::Index n = Network<float>::parameterCount(s.model);
    TrainerState &state = s.state;
    state.parameters.resize(n);
    state.adamFirstMoment.resize(n);
    state.adamSecondMoment.resize(n);
    for (Eigen::Index k = 0; k < n; ++k) {
        state.parameters[k] = normal(rng);
        state.adamFirstMoment[k] = normal(rng) * 1e-3f;
        state.adamSecondMoment[k] = state.adamFirstMoment[k] * state.adamFirstMoment[k];
    }
    double left = double(bytes) - tensorBytes(s.model) - 8000;
    const std::size_t points = std::size_t(std::clamp(left / 30.0, 1.0, double(maxSessionLossHistory)));
    left -= 30.0 * double(points);
    const std::size_t windows = std::size_t(std::clamp(left / 9.0, 64.0, double(maxSessionWindows)));
    std::uniform_real_distribution<double> loss(0.0, 0.5);
    for (std::size_t k = 0; k < points; ++k)
        s.lossHistory.push_back({(long long)k + 1, loss(rng)});
    s.testMseHistory.push_back({(long long)points, 0.01});
    state.order.resize(windows);
    for (std::size_t k = 0; k < windows; ++k)
        state.order[k] = int(k);
    state.step = state.adamStep = (long long)points;
    state.epoch = 1;
    state.lastEpoch = {1, state.step, 0.02, 0.01};
    std::ostringstream generator;
    generator << rng;
    state.rngState = generator.str();
    state.learningRate = s.train.learningRate;
    return s;
}

std::string makeFile(const std::string &kind, std::size_t bytes, std::string *error)
{
    if (kind == "deep")
        return std::string(bytes, '[');
    if (kind == "string") {
        const std::string head = R"({"format": "lstm-lab-session", "version": 1, "rng": {"engine": "mt19937", "state": ")";
        return head + std::string(bytes > head.size() + 3 ? bytes - head.size() - 3 : 1, 'a') + "\"}}";
    }
    if (kind == "zeros") {
        // A small valid session whose first tensor's data is a long run of zeros.
        std::optional<std::string> text = writeSessionJson(bigSession(1 << 16), error);
        if (!text)
            return {};
        const std::size_t at = text->find("\"data\": [") + 9;
        std::string zeros;
        zeros.reserve(bytes);
        while (zeros.size() + text->size() < bytes)
            zeros += "0, ";
        text->insert(at, zeros);
        return *text;
    }
    std::optional<std::string> text = writeSessionJson(bigSession(bytes), error);
    return text ? *text : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app("lstm-lab-readfile");
    std::string make;
    std::string out;
    double megabytes = 1;
    std::string file;
    app.add_option("--make", make);
    app.add_option("--megabytes", megabytes);
    app.add_option("--out", out);
    app.add_option("file", file);
    if (const int status = parseBenchCommandLine(app, argc, argv, printHelp))
        return status < 0 ? 0 : status;

    if (!make.empty()) {
        if ((make != "session" && make != "zeros" && make != "deep" && make != "string") || out.empty()
            || !(megabytes > 0 && megabytes <= 1024)) {
            std::fprintf(stderr, "--make takes session, zeros, deep or string, --megabytes 0..1024 and --out FILE\n");
            return 2;
        }
        std::string error;
        const std::string text = makeFile(make, std::size_t(megabytes * 1e6), &error);
        if (text.empty() || !writeFileAtomically(out, text, &error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        std::printf("wrote %s: %zu bytes\n", out.c_str(), text.size());
        return 0;
    }
    if (file.empty()) {
        printHelp();
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const ResumeReadResult read = loadSessionOrModelFile(file);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (read.session)
        std::printf("session: %d units x %d layers, %lld parameters, %zu loss points, %zu windows; read in %.3f s\n",
                    read.session->model.units, read.session->model.layers,
                    (long long)read.session->state.parameters.size(), read.session->lossHistory.size(),
                    read.session->state.order.size(), seconds);
    else if (read.model)
        std::printf("model: %lld parameters; read in %.3f s\n", (long long)read.model->parameters.size(), seconds);
    else
        std::printf("refused in %.3f s: %.300s\n", seconds, read.error.c_str());
    return read.session || read.model ? 0 : 1;
}
