// lstm-lab-responsiveness: does the window keep training fast and stay responsive?
//
// (a) Throughput: the seed configuration (epochs "until stopped") trained for --seconds by a
//     bare Trainer on this thread (the headless speed), then by the real MainWindow with every
//     panel live (prediction chart with the free run, loss chart, gate panels, gate inspector,
//     anatomy view, gradients through time), then bare again. The window's steps per second
//     come from its snapshots (step and time of the first and last); the target is at least 80% of the mean of the two
//     bare runs, which bracket it so that a change in the machine's load shows.
// (b) Responsiveness: while the window trains, a 10 ms precise QTimer on the GUI thread
//     records how late each tick comes; the maximum and the 99th percentile are printed.
//
// (c) Where the GUI thread's time goes: with the last snapshot of (a), each panel's update
//     from a snapshot plus a synchronous repaint, timed on its own (median of 15).
//
// With --soak SECONDS it only sets up the window the same way and trains for that long, for
// bench/soak.sh, which samples this process's resident memory.
//
// Run it under Xvfb for a real X11 window (bench/soak.sh does), or with -platform offscreen.
// Settings live in QStandardPaths' test locations, never the user's.

#include "anatomyview.h"
#include "benchcommandline.h"
#include "gateinspector.h"
#include "gatepanel.h"
#include "gradientpanel.h"
#include "losschart.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "predictionchart.h"
#include "sinesignal.h"
#include "trainer.h"
#include "trainingcontroller.h"

#include <QApplication>
#include <QPixmap>
#include <QCheckBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace {

struct Options {
    double seconds = 20.0;
    double soakSeconds = 0.0;
    bool hidden = false; // diagnosis: the window trains unshown, so no panel draws
};

lstmlab::ModelConfig benchModel()
{
    return lstmlab::ModelConfig(); // the seed's: 20 units, 2 layers, 20 time steps
}

lstmlab::TrainConfig benchTrain()
{
    lstmlab::TrainConfig train;
    train.epochs = 0; // until stopped: the run must not finish inside the measurement
    return train;
}

// Steps per second of a bare trainer on this thread.
double headlessStepsPerSecond(double seconds)
{
    auto data = std::make_shared<const lstmlab::Dataset>(lstmlab::SineSignal(), lstmlab::DataSpec(),
                                                         benchModel().timesteps);
    lstmlab::Trainer trainer(benchModel(), benchTrain(), data);
    // The trainer evaluates the test set at every epoch's end, as in the window.
    QElapsedTimer clock;
    clock.start();
    long long steps = 0;
    while (clock.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!trainer.step())
            break;
        ++steps;
    }
    return double(steps) / (double(clock.nsecsElapsed()) / 1e9);
}

long residentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

// Every panel visible, so every one is redrawn from each snapshot.
void showEveryPanel(MainWindow &window)
{
    window.setStartTrainingOnLaunch(false);
    window.setConfiguration(benchModel(), benchTrain());
    const QRect screen = window.screen()->availableGeometry();
    window.setGeometry(screen);
    window.show();
    auto *lossDock = qobject_cast<QDockWidget *>(part<LossChart>(window)->parentWidget());
    // The anatomy view and the gradients share a tab with the loss chart: give them their own place.
    if (lossDock) {
        window.splitDockWidget(lossDock, part<QDockWidget>(window, "anatomyDock"), Qt::Horizontal);
        window.splitDockWidget(lossDock, part<QDockWidget>(window, "gradientDock"), Qt::Vertical);
    }
    for (QDockWidget *dock : {lossDock, part<QDockWidget>(window, "anatomyDock"), part<QDockWidget>(window, "inspectorDock"),
                              part<QDockWidget>(window, "gradientDock")})
        if (dock)
            dock->show();
    part<QCheckBox>(window, "freeRunBox")->setChecked(true);
}

struct WindowRun {
    double stepsPerSecond = 0.0;
    long long steps = 0;
    int snapshots = 0;
    std::vector<double> latenessMs;
};

WindowRun trainInWindow(MainWindow &window, double seconds)
{
    WindowRun run;
    // The connections below capture this function's locals: they must end with it, not with
    // the window (a late snapshot would write into a stack frame that is gone).
    QObject context;
    QElapsedTimer clock;
    qint64 firstNs = -1;
    qint64 lastNs = 0;
    long long firstStep = 0;
    long long lastStep = 0;
    QObject::connect(part<TrainingController>(window), &TrainingController::snapshotReady, &context,
                     [&](const TrainingSnapshot &snapshot) {
                         if (snapshot.state != TrainingSnapshot::State::Running || !clock.isValid())
                             return;
                         ++run.snapshots;
                         if (firstNs < 0) {
                             firstNs = clock.nsecsElapsed();
                             firstStep = snapshot.step;
                         }
                         lastNs = clock.nsecsElapsed();
                         lastStep = snapshot.step;
                     });

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    qint64 lastTick = 0;
    QObject::connect(&ticker, &QTimer::timeout, &context, [&] {
        const qint64 now = clock.nsecsElapsed();
        run.latenessMs.push_back(std::max(0.0, double(now - lastTick) / 1e6 - 10.0));
        lastTick = now;
    });

    QEventLoop loop;
    QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    part<TrainingController>(window)->start();
    loop.exec();
    ticker.stop();
    part<TrainingController>(window)->pause();

    if (lastNs > firstNs && firstNs >= 0) {
        run.steps = lastStep - firstStep;
        run.stepsPerSecond = double(run.steps) / (double(lastNs - firstNs) / 1e9);
    }
    return run;
}

// Median milliseconds of `update`, the events it posts (a chart's scene updates) and a full
// paint of `widget` with its children (grab(): a chart view draws into its viewport child).
template <typename Update>
double panelCostMs(QWidget *widget, Update update)
{
    std::vector<double> costs;
    for (int k = 0; k < 15; ++k) {
        QElapsedTimer clock;
        clock.start();
        update();
        QCoreApplication::processEvents();
        (void)widget->grab();
        costs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(costs.begin(), costs.end());
    return costs[costs.size() / 2];
}

void printPanelCosts(MainWindow &window)
{
    const TrainingSnapshot snapshot = window.lastSnapshot();
    std::printf("GUI cost per snapshot, update + repaint (median of 15, %lld steps of history):\n",
                qlonglong(snapshot.trainLossHistory.size()));
    std::printf("  prediction chart %6.1f ms\n", panelCostMs(part<PredictionChart>(window), [&] {
        part<PredictionChart>(window)->updateSnapshot(snapshot);
    }));
    std::printf("  loss chart       %6.1f ms\n", panelCostMs(part<LossChart>(window), [&] {
        part<LossChart>(window)->updateSnapshot(snapshot);
    }));
    std::printf("  gate panels      %6.1f ms\n", panelCostMs(part<GatePanel>(window, "gatePanel"), [&] {
        part<GatePanel>(window, "gatePanel")->updateSnapshot(snapshot);
    }));
    std::printf("  gradients        %6.1f ms\n", panelCostMs(part<GradientPanel>(window, "gradientPanel"), [&] {
        static int renewal = 0; // the panel skips a trace it already shows: a new one each time
        TrainingSnapshot changed = snapshot;
        changed.gradientsStep = snapshot.gradientsStep + ++renewal;
        if (!changed.gradients.dh.empty())
            changed.gradients.dh.front() *= 1.0 + 0.01 * renewal;
        part<GradientPanel>(window, "gradientPanel")->updateSnapshot(changed);
    }));
    std::printf("  gate inspector   %6.1f ms\n", panelCostMs(part<GateInspector>(window, "gateInspector"), [&] {
        part<GateInspector>(window, "gateInspector")->setTrace(snapshot.trace);
    }));
    std::printf("  anatomy view     %6.1f ms\n", panelCostMs(part<AnatomyView>(window), [&] {
        part<AnatomyView>(window)->updateSnapshot(snapshot);
    }));
    std::printf("  whole window     %6.1f ms (paint only)\n", panelCostMs(&window, [] {}));
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t k = std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())));
    return values[k];
}

const char *const usage =
    "usage: lstm-lab-responsiveness [--seconds N] [--soak SECONDS] [--hidden] [Qt options]\n"
    "  --hidden: the window trains without being shown (no panel draws): the\n"
    "            worker's own cost of making snapshots, for comparison\n";

// A number of seconds above 0, or nothing.
std::optional<double> parseSeconds(const std::string &text)
{
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(value > 0.0 && value <= 1e6))
        return std::nullopt;
    return value;
}

// Returns 0 to go on, or an exit code. QApplication has taken Qt's own options out of argv;
// the values of the rest are checked here.
int parse(int argc, char **argv, Options *options)
{
    CLI::App app;
    std::string seconds, soak;
    app.add_flag("--hidden", options->hidden);
    CLI::Option *secondsOption = app.add_option("--seconds", seconds)->expected(0, 1);
    CLI::Option *soakOption = app.add_option("--soak", soak)->expected(0, 1);
    if (const int code = parseBenchCommandLine(app, argc, argv, [] { std::printf("%s", usage); }))
        return code;
    for (auto [option, text, target] : {std::tuple{secondsOption, &seconds, &options->seconds},
                                        std::tuple{soakOption, &soak, &options->soakSeconds}}) {
        if (!option->count())
            continue;
        const std::optional<double> value = parseSeconds(*text);
        if (!value) {
            std::fprintf(stderr, "%s must be a number of seconds in 0..1e6, above 0 (got '%s')\n",
                         option->get_name().c_str(), text->c_str());
            return 2;
        }
        *target = *value;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LSTM Lab bench"));
    QApplication::setApplicationName(QStringLiteral("responsiveness"));
    Options options;
    if (const int code = parse(argc, argv, &options))
        return code < 0 ? 0 : code;

    if (options.soakSeconds > 0) {
        MainWindow window;
        showEveryPanel(window);
        // The step count each minute, for soak.sh to set against the memory it reads.
        QElapsedTimer since;
        since.start();
        QTimer minute;
        QObject::connect(&minute, &QTimer::timeout, &window, [&] {
            std::printf("soak: %lld s, step %lld\n", since.elapsed() / 1000, qlonglong(window.lastSnapshot().step));
            std::fflush(stdout);
        });
        minute.start(60000);
        const WindowRun run = trainInWindow(window, options.soakSeconds);
        std::printf("soak: %.0f s, %lld steps (%.1f steps/s), %d snapshots, VmRSS %ld KiB at the end\n",
                    options.soakSeconds, run.steps, run.stepsPerSecond, run.snapshots, residentKiB());
        return 0;
    }

    std::printf("LSTM Lab responsiveness: seed configuration, %.0f s per run, %u hardware threads, platform %s\n",
                options.seconds, std::thread::hardware_concurrency(), qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);
    const double before = headlessStepsPerSecond(options.seconds);
    std::printf("headless (bare trainer) before: %8.1f steps/s\n", before);
    std::fflush(stdout);

    WindowRun run;
    {
        MainWindow window;
        showEveryPanel(window);
        if (options.hidden)
            window.hide();
        // Let the window lay out and draw once before the clock starts.
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
        run = trainInWindow(window, options.seconds);
        std::printf("frame pacing: %.1f ms of GUI thread per frame (smoothed), snapshot rate asked %.1f/s (cap %.0f)\n",
                    window.framePacer().frameCost() * 1e3, window.framePacer().rate(), window.framePacer().maxRate());
        if (!options.hidden)
            printPanelCosts(window);
    }
    std::printf(options.hidden ? "window, hidden (no drawing):     %8.1f steps/s"
                               " (%lld steps, %d snapshots, %.1f per second)\n"
                               : "window, every panel live:       %8.1f steps/s (%lld steps, %d snapshots, %.1f per second)\n",
                run.stepsPerSecond, run.steps, run.snapshots, double(run.snapshots) / options.seconds);
    std::fflush(stdout);

    const double after = headlessStepsPerSecond(options.seconds);
    std::printf("headless (bare trainer) after:  %8.1f steps/s\n", after);
    const double headless = (before + after) / 2.0;
    const double ratio = headless > 0 ? run.stepsPerSecond / headless : 0.0;
    std::printf("throughput ratio window/headless: %.1f%% (target >= 80%%): %s\n", 100.0 * ratio,
                ratio >= 0.8 ? "met" : "NOT met");
    std::printf("GUI event loop, 10 ms timer lateness over %zu ticks: max %.1f ms, 99th percentile %.1f ms, "
                "median %.1f ms\n",
                run.latenessMs.size(), percentile(run.latenessMs, 100.0), percentile(run.latenessMs, 99.0),
                percentile(run.latenessMs, 50.0));
    return ratio >= 0.8 ? 0 : 1;
}
