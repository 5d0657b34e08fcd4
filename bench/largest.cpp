// lstm-lab-largest: what the window waits for at the largest configuration (ModelConfig's
// maxima: 256 units, 8 layers, 512 time steps; batch 64, the seed's sine), measured once each:
// building the trainer, one training step, the test set's evaluation (whole, and per window in
// slices), one gate trace and its size, one gradient trace (Trainer::gradientTrace(), the
// gradients-through-time panel's data) and its probe windows, and how soon a raised stop flag ends a step, an
// evaluation and a trace (the time from raising it until the call returns). The figures are in
// docs/performance.md ("The largest configuration").

#include "benchcommandline.h"
#include "dataset.h"
#include "network.h"
#include "sinesignal.h"
#include "trainer.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <thread>
#include <time.h>

using namespace lstmlab;

namespace {

using Clock = std::chrono::steady_clock;

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

// Wall seconds of `work`; its processor seconds go to *cpu (on a busy machine the wall time
// grows with the other programs, the processor time does not).
double secondsOf(const std::function<void()> &work, double *cpu = nullptr)
{
    const Clock::time_point start = Clock::now();
    const double cpuStart = cpuSeconds();
    work();
    if (cpu)
        *cpu = cpuSeconds() - cpuStart;
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Raises `stop` after `delay` from another thread while `work` runs here; returns the
// milliseconds from raising it until `work` returned (negative: work ended before the flag).
double stopLatencyMs(StopFlag &stop, std::chrono::milliseconds delay, const std::function<void()> &work)
{
    stop.store(false);
    std::atomic<Clock::rep> raisedAt{0};
    std::thread raiser([&] {
        std::this_thread::sleep_for(delay);
        raisedAt.store(Clock::now().time_since_epoch().count());
        stop.store(true);
    });
    work();
    const Clock::rep ended = Clock::now().time_since_epoch().count();
    raiser.join();
    stop.store(false);
    return std::chrono::duration<double, std::milli>(Clock::duration(ended - raisedAt.load())).count();
}

std::size_t traceBytes(const GateTrace &trace)
{
    std::size_t floats = trace.input.size();
    for (const LayerTrace &lt : trace.layers) {
        for (const auto &values : lt.values)
            floats += values.size();
        floats += lt.input.size() + lt.preInput.size() + lt.preRecurrent.size();
    }
    return floats * sizeof(float);
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app;
    int units = 256, layers = 8, timesteps = 512;
    bool skipWhole = false;
    app.add_option("--units", units);
    app.add_option("--layers", layers);
    app.add_option("--timesteps", timesteps);
    app.add_flag("--skip-whole-evaluation", skipWhole);
    const int code = parseBenchCommandLine(app, argc, argv, [] {
        std::printf("Usage: lstm-lab-largest [--units N] [--layers N] [--timesteps N] [--skip-whole-evaluation]\n"
                    "Times, once each, what the window waits for at one configuration (default the\n"
                    "largest: 256 units, 8 layers, 512 time steps; batch 64, the seed's sine): building,\n"
                    "a step, the test set's evaluation (whole and in slices), a gate trace, a gradient\n"
                    "trace, and how soon\n"
                    "a raised stop flag ends each. The whole evaluation takes minutes at the largest size.\n");
    });
    if (code != 0)
        return code < 0 ? 0 : code;
    ModelConfig model;
    model.units = units;
    model.layers = layers;
    model.timesteps = timesteps;
    if (auto error = model.validate()) {
        std::fprintf(stderr, "%s\n", error->c_str());
        return 2;
    }
    TrainConfig train;
    train.epochs = 0;

    std::printf("Configuration: %d units x %d layers x %d time steps, batch %d, float32, one thread\n", units,
                layers, timesteps, train.batchSize);
    std::shared_ptr<const Dataset> data;
    std::unique_ptr<Trainer> trainer;
    double cpu = 0.0;
    const double build = secondsOf([&] {
        data = std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
        trainer = std::make_unique<Trainer>(model, train, data);
    }, &cpu);
    std::printf("build (data, weights, workspaces): %.3f s (cpu %.3f s)\n", build, cpu);
    std::fflush(stdout);
    StopFlag stop{false};
    trainer->setStopFlag(&stop);

    const double step = secondsOf([&] { trainer->step(); }, &cpu);
    std::printf("one training step: %.3f s (cpu %.3f s)\n", step, cpu);
    std::fflush(stdout);

    const int windows = data->test().size();
    for (const int slice : {1, 8, 64}) {
        const double seconds = secondsOf([&] { trainer->evaluateWindows(0, slice); }, &cpu);
        std::printf("evaluation of %d test window(s): %.3f s (cpu %.3f s, %.1f ms per window)\n", slice, seconds,
                    cpu, cpu * 1e3 / slice);
        std::fflush(stdout);
    }
    if (!skipWhole) {
        const double whole = secondsOf([&] { trainer->evaluate(); }, &cpu);
        std::printf("evaluation of the whole test set (%d windows): %.2f s (cpu %.2f s)\n", windows, whole, cpu);
        std::fflush(stdout);
    }
    GateTrace trace;
    const double traced = secondsOf([&] { trace = trainer->trace(0); }, &cpu);
    std::printf("one gate trace: %.3f s (cpu %.3f s), %.1f MiB, %d of %d units per layer (bound %.0f MiB)\n", traced, cpu,
                double(traceBytes(trace)) / 1048576.0, trace.layers.empty() ? 0 : trace.layers.front().units, units,
                double(maxTraceBytes) / 1048576.0);
    std::fflush(stdout);

    GradientTrace gradients;
    const double gradientSeconds = secondsOf([&] { gradients = trainer->gradientTrace(); }, &cpu);
    std::printf("one gradient trace: %.2f ms (cpu %.2f ms), %d probe window(s) (at most %d)\n", gradientSeconds * 1e3,
                cpu * 1e3, gradients.windows, Network<float>::maxProbeWindows);
    std::fflush(stdout);

    const auto delay = std::chrono::milliseconds(300);
    const long long stepsBefore = trainer->stepCount();
    const Vector<float> weightsBefore = trainer->network().parameters();
    const double stepStop = stopLatencyMs(stop, delay, [&] { trainer->step(); });
    const bool unchanged = trainer->stepCount() == stepsBefore && trainer->network().parameters() == weightsBefore;
    const double evaluationStop = stopLatencyMs(stop, delay, [&] { trainer->evaluate(); });
    const double traceStop = stopLatencyMs(stop, std::chrono::milliseconds(50), [&] { trainer->trace(0); });
    const double gradientStop = stopLatencyMs(stop, std::chrono::milliseconds(50), [&] { trainer->gradientTrace(); });
    std::printf("stop flag raised during a step: returned after %.1f ms (weights and step count %s)\n", stepStop,
                unchanged ? "unchanged" : "CHANGED");
    std::printf("stop flag raised during the whole evaluation: returned after %.1f ms\n", evaluationStop);
    std::printf("stop flag raised during a trace: returned after %.1f ms (negative: the trace ended first)\n",
                traceStop);
    std::printf("stop flag raised during a gradient trace: returned after %.1f ms (negative: it ended first)\n",
                gradientStop);
    const double freed = secondsOf([&] { trainer.reset(); }, &cpu);
    std::printf("freeing the trainer (before a rebuild, at quit): %.3f s (cpu %.3f s)\n", freed, cpu);
    return 0;
}
