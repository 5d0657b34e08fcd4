#include "launchoptions.h"

#include "appsettings.h"
#include "mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace {

std::string rangeText(lstmlab::Range r)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.10g..%.10g", r.min, r.max);
    return text;
}

} // namespace

LaunchOptions::LaunchOptions(lstmlab::CommandLine commandLine)
    : m_commandLine(std::move(commandLine))
{
}

std::string LaunchOptions::windowRefusal() const
{
    const lstmlab::CommandLine &cl = m_commandLine;
    for (const char *name : {"out", "resume"})
        if (std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end())
            return std::string("--") + name + " applies only with --headless"
                   + (std::string(name) == "resume" && cl.openFile.empty()
                          ? " (to open " + cl.resumeFile + " in the window, give it without --resume)"
                          : std::string());
    if (!cl.openFile.empty())
        for (const std::string &name : cl.given)
            if (lstmlab::isTrainingOption(name))
                return "--" + name + " does not apply when opening " + cl.openFile
                       + ": a session or model brings its own configuration (continue it headless with "
                         "--headless --resume)";
    // The window's controls offer less than the core in two places (AppSettings).
    AppSettings window;
    applyTo(window.model, window.train);
    const AppSettings shown = window.clamped();
    if (shown.model.timesteps != window.model.timesteps)
        return "--timesteps " + std::to_string(window.model.timesteps) + " is beyond the window's range "
               + rangeText(AppSettings::timestepsRange) + "; larger values apply only with --headless";
    if (shown.train.seed != window.train.seed)
        return "--seed " + std::to_string(window.train.seed) + " is beyond the window's range "
               + rangeText(AppSettings::seedRange) + "; larger values apply only with --headless";
    return std::string();
}

bool LaunchOptions::changesConfiguration() const
{
    return std::any_of(m_commandLine.given.begin(), m_commandLine.given.end(), lstmlab::isTrainingOption);
}

void LaunchOptions::applyTo(MainWindow &window) const
{
    if (!changesConfiguration())
        return;
    const lstmlab::ModelConfig savedModel = window.settings().model;
    const lstmlab::TrainConfig savedTrain = window.settings().train;
    lstmlab::ModelConfig model = savedModel;
    lstmlab::TrainConfig train = savedTrain;
    applyTo(model, train);
    window.setLaunchConfiguration(model, train, [options = *this, savedModel, savedTrain](
                                                    lstmlab::ModelConfig &m, lstmlab::TrainConfig &t) {
        options.keepSaved(savedModel, savedTrain, m, t);
    });
}

void LaunchOptions::applyTo(lstmlab::ModelConfig &model, lstmlab::TrainConfig &train) const
{
    lstmlab::applyGivenOptions(m_commandLine, model, train);
}

void LaunchOptions::keepSaved(const lstmlab::ModelConfig &savedModel, const lstmlab::TrainConfig &savedTrain,
                              lstmlab::ModelConfig &model, lstmlab::TrainConfig &train) const
{
    lstmlab::keepSavedWhereGiven(m_commandLine, savedModel, savedTrain, model, train);
}
