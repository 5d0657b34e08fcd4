#include "headlessrun.h"

#include "failingrun.h"
#include "json.h"
#include "messagetext.h"
#include "modelfile.h"
#include "signalcatalog.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <stdexcept>
#include <unistd.h>

namespace lstmlab {

namespace {

// Lock-free, so the signal handler may touch it.
std::atomic<int> stopSignal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void onStopSignal(int signal)
{
    HeadlessRun::requestStop(signal);
}

// What a file that the sine run cannot resume is, when it is the text task's (its first
// kilobytes say so): a hint for the message, else empty.
std::string textTaskHint(const std::string &path)
{
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file)
        return {};
    char head[4096];
    const std::size_t n = std::fread(head, 1, sizeof head, file);
    std::fclose(file);
    const std::string_view text(head, n);
    if (text.find("\"lstm-lab-text-session\"") != std::string_view::npos)
        return " (it is a text session: resume it with --task text)";
    if (text.find("\"task\": \"text\"") != std::string_view::npos)
        return " (it is a text model; to go on training, resume the session.lstmlab beside it with --task text)";
    return {};
}

// The signal parameters that differ from their defaults, as the session file's
// signal.parameters holds them (SessionSignal writes the same): {} for the seed's sine,
// {"lag": 50} for the echo at lag 50.
std::string parametersJson(const SignalInfo &info, const SignalParameters &values)
{
    std::string json = "{";
    for (const SignalParameter &p : info.parameters) {
        const auto value = values.find(p.id);
        if (value == values.end() || value->second == p.defaultValue)
            continue;
        json += (json.size() > 1 ? ", " : "") + jsonQuote(p.id) + ": " + jsonNumber(value->second);
    }
    return json + "}";
}

// A session's signal.parameters when every value is a number the signal has: the values, else
// nothing (noise, which the headless run does not add, and CSV series are not read back).
std::optional<SignalParameters> parseParameters(const SignalInfo &info, const std::string &json)
{
    const JsonParseResult parsed = parseJson(json, 4);
    if (!parsed.value || !parsed.value->isObject())
        return std::nullopt;
    SignalParameters values;
    for (const auto &[key, value] : parsed.value->object()) {
        if (!info.parameter(key) || !value.toDouble())
            return std::nullopt;
        values[key] = *value.toDouble();
    }
    return values;
}

} // namespace

HeadlessRun::Signal HeadlessRun::makeSignal(const std::string &id, const SignalParameters &parameters,
                                            std::string *error)
{
    Signal signal;
    SignalCreateResult made = SignalCatalog::create(id, parameters);
    if (!made.generator) {
        *error = made.error;
        return signal;
    }
    signal.generator = std::move(made.generator);
    signal.choice = {id, parametersJson(*SignalCatalog::find(id), parameters)};
    return signal;
}

void HeadlessRun::requestStop(int signal)
{
    int none = 0;
    if (!stopSignal.compare_exchange_strong(none, signal))
        ::_exit(128 + signal); // the second: at once, writing nothing more
}

int HeadlessRun::stopRequested()
{
    return stopSignal.load();
}

void HeadlessRun::clearStopRequest()
{
    stopSignal.store(0);
}

void HeadlessRun::installStopHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

HeadlessRun::HeadlessRun(const CommandLine &options) : m_options(options) {}

bool HeadlessRun::given(const char *option) const
{
    return std::find(m_options.given.begin(), m_options.given.end(), option) != m_options.given.end();
}

// The options a resumed file fixes cannot be given with --resume: naming the first one given
// beats ignoring it.
bool HeadlessRun::refuseFixedOptions(const std::vector<const char *> &fixed, const char *what)
{
    for (const char *option : fixed)
        if (given(option)) {
            m_error = std::string("--") + option + ": " + m_options.resumeFile + " fixes " + what
                      + "; leave --" + option + " out when resuming it";
            return false;
        }
    return true;
}

bool HeadlessRun::prepare()
{
    if (m_options.embedTask()) {
        m_embedRun = std::make_unique<HeadlessEmbedRun>(m_options, &HeadlessRun::stopRequested);
        if (!m_embedRun->prepare()) {
            m_error = m_embedRun->error();
            m_embedRun.reset();
            return false;
        }
        return true;
    }
    if (m_options.textTask()) {
        m_textRun = std::make_unique<HeadlessTextRun>(m_options, &HeadlessRun::stopRequested);
        if (!m_textRun->prepare()) {
            m_error = m_textRun->error();
            m_textRun.reset();
            return false;
        }
        return true;
    }
    ModelConfig model = m_options.model;
    std::optional<ModelData> resumed;
    if (!m_options.resumeFile.empty()) {
        ResumeReadResult read = loadSessionOrModelFile(m_options.resumeFile);
        if (read.session)
            return prepareSession(std::move(*read.session));
        if (!read.model) {
            m_error = "--resume: " + read.error + textTaskHint(m_options.resumeFile);
            return false;
        }
        if (!refuseFixedOptions({"cell", "units", "layers", "timesteps"}, "the network's structure"))
            return false;
        resumed = std::move(read.model);
        // The file decides the structure; dropout may still be set on the command line.
        const double dropout = model.dropout;
        model = resumed->config;
        model.dropout = dropout;
    }
    SignalParameters parameters;
    if (m_options.signal == "echo")
        parameters["lag"] = m_options.lag;
    m_signal = makeSignal(m_options.signal, parameters, &m_error);
    if (!m_signal.generator)
        return false;
    try {
        auto data = std::make_shared<const Dataset>(*m_signal.generator, DataSpec(), model.timesteps);
        m_trainer = std::make_unique<Trainer>(model, m_options.train, data);
    } catch (const std::exception &e) {
        m_error = e.what();
        return false;
    }
    if (resumed) {
        m_trainer->network().parameters() = resumed->parameters;
        m_trainer->restoreProgress(resumed->progress.steps, 0, 0);
    }
    return true;
}

bool HeadlessRun::prepareSession(SessionData session)
{
    const SignalInfo *info = SignalCatalog::find(session.signal.id);
    const std::optional<SignalParameters> parameters =
        info ? parseParameters(*info, session.signal.parametersJson) : std::nullopt;
    if (parameters)
        m_signal = makeSignal(session.signal.id, *parameters, &m_error);
    if (!m_signal.generator) {
        m_error = "--resume: " + m_options.resumeFile + " trains on the signal " + printableText(session.signal.id)
                  + " " + session.signal.parametersJson
                  + ", but --headless trains only on the built-in signals without noise (open it in the window)";
        return false;
    }
    if (given("signal") || given("lag")) {
        m_error = std::string("--") + (given("signal") ? "signal" : "lag") + ": " + m_options.resumeFile
                  + " fixes the signal it learns; leave it out when resuming it";
        return false;
    }
    // The session fixes what an exact continuation needs; the learning rate, dropout and
    // clipping may be changed for the rest of the run, as in the window.
    ResumedSettings settings{session.state.learningRate, session.state.dropout, session.train.clipNorm,
                             session.train.epochs, session.state.epoch};
    if (auto error = applyResumeOverrides(m_options, {"cell", "units", "layers", "timesteps", "batch-size", "seed", "shuffle"},
                                          "the network's structure, batch size, seed and window order", settings)) {
        m_error = *error;
        return false;
    }
    session.state.learningRate = settings.learningRate;
    session.state.dropout = settings.dropout;
    session.train.clipNorm = settings.clipNorm;
    session.train.epochs = settings.epochs;
    try {
        auto data = std::make_shared<const Dataset>(*m_signal.generator, DataSpec(), session.model.timesteps);
        m_trainer = resumeTrainer(session, data, &m_error);
    } catch (const std::exception &e) {
        m_error = e.what();
    }
    if (!m_trainer) {
        m_error = "--resume: " + m_options.resumeFile + ": " + m_error;
        return false;
    }
    m_earlierLoss = std::move(session.lossHistory);
    m_earlierTestMse = std::move(session.testMseHistory);
    return true;
}

int HeadlessRun::run(std::ostream &out, std::ostream &err)
{
    if (!m_trainer && !m_textRun && !m_embedRun && !prepare()) {
        err << "lstm-lab: " << m_error << "\n";
        return BadInput;
    }
    if (m_textRun)
        return m_textRun->run(out, err);
    if (m_embedRun)
        return m_embedRun->run(out, err);
    // Before training: a folder that cannot be written is found before the work is done.
    OutputFolder folder(m_options.outDir);
    std::string error;
    if (const int code = folder.prepareForRun(err); code != exitcodes::success)
        return code;

    Trainer &trainer = *m_trainer;
    const ModelConfig &c = trainer.modelConfig();
    const TrainConfig &t = trainer.trainConfig();
    out << "LSTM Lab: " << c.layers << " " << cellName(c.cell) << " layer(s) x " << c.units << " units, timesteps " << c.timesteps
        << ", signal " << trainer.dataset().signalName();
    if (trainer.dataset().lag() > 0)
        out << ", lag " << trainer.dataset().lag();
    if (c.forgetBias != 0.0)
        out << ", forget bias " << c.forgetBias;
    out << ", dropout " << c.dropout << ", batch " << t.batchSize << ", learning rate " << t.learningRate
        << ", " << t.epochs << " epochs, " << trainer.dataset().train().size() << " training / "
        << trainer.dataset().test().size() << " test windows, "
        << trainer.network().parameterCount() << " parameters\n";

    if (trainer.stepCount() > 0)
        out << "Continuing from step " << trainer.stepCount() << " (epoch " << trainer.epoch() << ", batch "
            << trainer.batchInEpoch() << ")\n";
    const double startTestMse = trainer.evaluate(); // to tell a run that made the network worse
    const auto start = std::chrono::steady_clock::now();
    const long long firstStep = trainer.stepCount();
    Trainer::Listener listener;
    listener.onStep = [&](const StepReport &r) {
        if (stopSignal.load() != 0)
            trainer.controls().cancel(); // run() returns before the next step
        m_history.push_back({r.step, r.epoch, r.loss, -1.0});
        if (r.step % 100 == 0) {
            char line[160];
            std::snprintf(line, sizeof line, "Epochs:%d/%d Iteration:%lld Train loss: %.8f", r.epoch,
                          t.epochs, r.step, r.loss);
            out << line << "\n";
        }
    };
    listener.onEpoch = [&](const EpochReport &e) {
        if (!m_history.empty())
            m_history.back().testMse = e.testMse;
        char line[160];
        std::snprintf(line, sizeof line, "Epoch %d/%d done: mean train loss %.8f, test MSE %.8g", e.epoch,
                      t.epochs, e.trainLoss, e.testMse);
        out << line << std::endl;
    };
    const Trainer::Outcome outcome = stopSignal.load() != 0 ? Trainer::Outcome::Cancelled : trainer.run(listener);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double testMse = trainer.evaluate();

    bool written = writeFileAtomically(folder.file("loss.csv"), lossCsv(m_history), &error)
                   && writeFileAtomically(folder.file("predictions.csv"), predictionsCsv(trainer), &error)
                   && writeFileAtomically(folder.file("gradients.csv"), gradientsCsv(trainer), &error);
    ModelData model{trainer.modelConfig(), trainer.network().parameters(),
                    {trainer.stepCount(), trainer.epoch(), testMse}};
    written = written && saveModelFile(folder.file("model.json"), model, &error);
    SessionData session = captureSession(trainer);
    session.signal = m_signal.choice;
    session.lossHistory = m_earlierLoss;
    session.testMseHistory = m_earlierTestMse;
    for (const LossRecord &r : m_history) {
        session.lossHistory.push_back({r.step, r.trainLoss});
        if (r.testMse >= 0)
            session.testMseHistory.push_back({r.step, r.testMse});
    }
    written = written && saveSessionFile(folder.file("session.lstmlab"), session, &error);
    written = written && (!m_extraFiles || m_extraFiles(folder.staging(), &error));
    written = written && folder.publish(&error);
    if (!written) {
        err << "lstm-lab: " << error << "\n";
        return WriteFailed;
    }

    const long long steps = trainer.stepCount() - firstStep;
    char line[200];
    std::snprintf(line, sizeof line, "Trained %lld steps in %.2f s (%.3f ms/step). Final test MSE: %.6g", steps,
                  seconds, steps > 0 ? 1000.0 * seconds / double(steps) : 0.0, testMse);
    out << line << "\n";
    out << "Wrote " << folder.target() << ": loss.csv, predictions.csv, gradients.csv, model.json, session.lstmlab"
        << (m_extraFiles ? " and the plots" : "") << "\n";
    if (const int signal = stopSignal.load(); signal != 0 && outcome == Trainer::Outcome::Cancelled) {
        err << "lstm-lab: stopped by " << (signal == SIGTERM ? "SIGTERM" : "SIGINT") << " after step "
            << trainer.stepCount() << "; resume with --resume " << folder.target() << "/session.lstmlab\n";
        return 128 + signal;
    }
    if (outcome == Trainer::Outcome::Diverged) {
        err << "lstm-lab: " << trainer.divergenceMessage() << "\n";
        return Diverged;
    }
    if (const std::optional<std::string> failing =
            FailingRun::diagnose(startTestMse, testMse, trainer.testPredictions(), trainer.dataset().test().labels,
                                 trainer.learningRate(), t.clipNorm)) {
        err << "lstm-lab: " << *failing << "\n";
        return Diverged;
    }
    return Success;
}

std::string HeadlessRun::lossCsv(const std::vector<LossRecord> &history)
{
    std::string csv = "step,epoch,train_loss,test_mse\n";
    for (const LossRecord &r : history) {
        csv += std::to_string(r.step) + "," + std::to_string(r.epoch) + "," + jsonNumber(r.trainLoss) + ",";
        if (r.testMse >= 0)
            csv += jsonNumber(r.testMse);
        csv += "\n";
    }
    return csv;
}

std::string HeadlessRun::predictionsCsv(const Trainer &trainer)
{
    const Dataset::Split &test = trainer.dataset().test();
    const Matrix<float> &predicted = trainer.testPredictions();
    std::string csv = "x,real,predicted\n";
    for (int n = 0; n < test.size(); ++n)
        csv += jsonNumber(test.labelX(n)) + "," + jsonNumber(test.labels(0, n)) + ","
               + jsonNumber(predicted(0, n)) + "\n";
    return csv;
}

std::string HeadlessRun::gradientsCsv(const Trainer &trainer)
{
    const GradientTrace trace = trainer.gradientTrace();
    std::string csv = "layer,t,dh_norm,dc_norm\n";
    for (int l = 0; l < trace.layers; ++l)
        for (int t = 0; t < trace.timesteps; ++t) {
            csv += std::to_string(l) + "," + std::to_string(t) + "," + jsonNumber(trace.dhNorm(l, t)) + ",";
            if (trace.hasCellState)
                csv += jsonNumber(trace.dcNorm(l, t));
            csv += "\n";
        }
    return csv;
}

} // namespace lstmlab
