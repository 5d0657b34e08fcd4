// lstm-lab: the window by default, or `--headless` training for scripts and CI.

#include "appsettings.h"
#include "commandline.h"
#include "headlesscompare.h"
#include "headlessplots.h"
#include "headlessrun.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>

#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

std::vector<std::string> argumentsAfterProgram(int argc, char **argv)
{
    return std::vector<std::string>(argv + 1, argv + argc);
}

bool wantsHeadless(int argc, char **argv)
{
    for (int k = 1; k < argc; ++k)
        if (std::string(argv[k]) == "--headless" || std::string(argv[k]) == "--help"
            || std::string(argv[k]) == "-h" || std::string(argv[k]) == "--version" || std::string(argv[k]) == "-v")
            return true;
    return false;
}

// Whether Qt will find no screen for the window: no platform named (QT_QPA_PLATFORM, -platform)
// and neither X11's nor Wayland's display set. Qt would then abort with its own message.
bool lacksDisplay(int argc, char **argv)
{
    for (int k = 1; k < argc; ++k)
        if (std::string(argv[k]) == "-platform")
            return false;
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
           && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// --lang must name a language LSTM Lab speaks (empty: not given).
bool checkLanguageOption(const std::string &language)
{
    if (language.empty() || !Translations::normalize(QString::fromStdString(language)).isEmpty())
        return true;
    std::cerr << "lstm-lab: --lang must be one of " << Translations::languages().join(QStringLiteral(", ")).toStdString()
              << " (got " << language << ")\n";
    return false;
}

void installLanguage(Translations &translations, const QString &language)
{
    QString error;
    if (!translations.setLanguage(language, &error))
        std::cerr << "lstm-lab: " << error.toStdString() << "\n"; // and carries on in English
    QGuiApplication::setApplicationDisplayName(Translations::applicationDisplayName());
}

// The window. View > Language installs the chosen language, and every widget retranslates
// itself in place: training goes on, the configuration and layout stay.
int runWindow(QApplication &app, Translations &translations, const QString &fileToOpen,
              const LaunchOptions &launchOptions)
{
    MainWindow window;
    launchOptions.applyTo(window);
    if (!fileToOpen.isEmpty())
        window.openOnLaunch(fileToOpen);
    // For scripts that screenshot the window (.ci/screenshot.sh): a file written once the
    // first training frame is on screen, instead of a guess at how long that takes.
    if (const QString ready = qEnvironmentVariable("LSTMLAB_READY_FILE"); !ready.isEmpty())
        QObject::connect(&window, &MainWindow::firstFrameDrawn, &app, [ready] {
            QFile file(ready);
            if (!file.open(QIODevice::WriteOnly) || file.write("ready\n") != 6)
                std::cerr << "lstm-lab: cannot write LSTMLAB_READY_FILE " << ready.toStdString() << "\n";
        });
    QObject::connect(&window, &MainWindow::languageRequested, &app,
                     [&translations](const QString &language) { installLanguage(translations, language); });
    window.show();
    return app.exec();
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LSTMLAB_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LSTM Lab"));
}

int runHeadless(int argc, char **argv)
{
    const lstmlab::CommandLineResult parsed = lstmlab::parseCommandLine(argumentsAfterProgram(argc, argv));
    if (!parsed.options) {
        std::cerr << "lstm-lab: " << parsed.error << "\n";
        return lstmlab::HeadlessRun::BadInput;
    }
    const lstmlab::CommandLine &options = *parsed.options;
    if (!options.openFile.empty() && !options.help && !options.version) {
        std::cerr << "lstm-lab: the headless mode does not open files: to continue training from "
                  << options.openFile << ", use --resume " << options.openFile << "\n";
        return lstmlab::HeadlessRun::BadInput;
    }
    if (options.help) {
        std::cout << lstmlab::commandLineHelp("lstm-lab");
        return 0;
    }
    if (options.version) {
        std::cout << "lstm-lab " << LSTMLAB_VERSION << "\n";
        return 0;
    }
    if (!checkLanguageOption(options.language))
        return lstmlab::HeadlessRun::BadInput;

    // From here Ctrl-C (or SIGTERM) stops training after the current step and still writes the
    // output folder; a second one ends the process at once.
    lstmlab::HeadlessRun::installStopHandlers();
    // The plots are drawn by the same widgets as the window's, offscreen, into the run's folder
    // before it is put in place. One application for every run (--compare draws several).
    int qtArgc = 1;
    std::unique_ptr<QApplication> app;
    Translations translations;
    const auto plotsOf = [&](const lstmlab::HeadlessRun &run) -> lstmlab::HeadlessRun::ExtraFiles {
        return [&, trained = &run](const std::string &folder, std::string *error) {
            if (!app) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                app = std::make_unique<QApplication>(qtArgc, argv);
                setApplicationNames();
                // The plots speak the system's language only when asked to: scripts expect the same files.
                if (!options.language.empty())
                    installLanguage(translations, Translations::normalize(QString::fromStdString(options.language)));
            }
            QString why;
            if (!HeadlessPlots::write(*trained->trainer(), trained->history(), QString::fromStdString(folder), nullptr, &why)) {
                *error = why.toStdString();
                return false;
            }
            return true;
        };
    };
    if (!options.compare.empty()) {
        lstmlab::HeadlessCompare compare(options);
        if (!compare.prepare()) {
            std::cerr << "lstm-lab: " << compare.error() << "\n";
            return lstmlab::HeadlessRun::BadInput;
        }
        compare.setExtraFiles(plotsOf);
        return compare.run(std::cout, std::cerr);
    }
    lstmlab::HeadlessRun run(options);
    if (!run.prepare()) {
        std::cerr << "lstm-lab: " << run.error() << "\n";
        return lstmlab::HeadlessRun::BadInput;
    }
    run.setExtraFiles(plotsOf(run));
    return run.run(std::cout, std::cerr);
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsHeadless(argc, argv))
        return runHeadless(argc, argv);
    if (lacksDisplay(argc, argv)) {
        // Bad options are said as they are with a display (exit 2), then the missing display.
        const lstmlab::CommandLineResult parsed = lstmlab::parseCommandLine(argumentsAfterProgram(argc, argv));
        if (!parsed.options) {
            std::cerr << "lstm-lab: " << parsed.error << "\n";
            return 2;
        }
        if (const std::string refusal = LaunchOptions(*parsed.options).windowRefusal(); !refusal.empty()) {
            std::cerr << "lstm-lab: " << refusal << "\n";
            return 2;
        }
        std::cerr << "lstm-lab: no display to open the window on (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM "
                     "are unset): run it in a desktop session, or train with --headless\n";
        return 2;
    }

    QApplication app(argc, argv); // takes Qt's own options (-platform, -style, ...)
    setApplicationNames();
    std::vector<std::string> args;
    for (const QString &arg : app.arguments().mid(1))
        args.push_back(arg.toStdString());
    const lstmlab::CommandLineResult parsed = lstmlab::parseCommandLine(args);
    if (!parsed.options) {
        std::cerr << "lstm-lab: " << parsed.error << "\n";
        return 2;
    }
    if (!checkLanguageOption(parsed.options->language))
        return 2;
    const LaunchOptions launchOptions(*parsed.options);
    if (const std::string refusal = launchOptions.windowRefusal(); !refusal.empty()) {
        std::cerr << "lstm-lab: " << refusal << "\n";
        return 2;
    }
    // The language: --lang, else the one chosen in View > Language, else the system's.
    Translations translations;
    installLanguage(translations, Translations::choose(QString::fromStdString(parsed.options->language),
                                                       AppSettings::load().language));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lstm-lab.svg")));
    return runWindow(app, translations, QString::fromStdString(parsed.options->openFile), launchOptions);
}
