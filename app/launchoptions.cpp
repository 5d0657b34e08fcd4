#include "launchoptions.h"

#include "mainwindow.h"

#include <algorithm>
#include <utility>

LaunchOptions::LaunchOptions(lstmlab::CommandLine commandLine)
    : m_commandLine(std::move(commandLine))
{
}

std::string LaunchOptions::windowRefusal() const
{
    const lstmlab::CommandLine &cl = m_commandLine;
    for (const char *name : {"out", "resume", "signal", "lag"})
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
    if (!cl.compare.empty() && (cl.textTask() || cl.embedTask() || !cl.openFile.empty()))
        return "--compare trains the sine task's networks side by side: leave out --task and the file to open";
    // Every value the command line accepts is one the window's controls offer (ModelConfig).
    return std::string();
}

bool LaunchOptions::changesConfiguration() const
{
    return std::any_of(m_commandLine.given.begin(), m_commandLine.given.end(), lstmlab::isTrainingOption);
}

void LaunchOptions::applyTo(MainWindow &window) const
{
    const lstmlab::CommandLine &cl = m_commandLine;
    if (cl.embedTask()) {
        const auto given = [&cl](const char *name) {
            return std::find(cl.given.begin(), cl.given.end(), name) != cl.given.end();
        };
        const bool settings = given("dim") || given("window") || given("negatives") || given("subsample")
                              || given("min-count") || given("tokens") || given("epochs") || given("seed")
                              || given("learning-rate");
        window.openEmbedTaskOnLaunch(QString::fromStdString(cl.textFile), settings ? &cl.embed : nullptr, cl.tokens,
                                     cl.minCount);
        return;
    }
    if (cl.textTask()) {
        // The text task's page, its text and settings for this launch (not stored: the page
        // starts from the text defaults at every launch).
        window.openTextTaskOnLaunch(QString::fromStdString(cl.textFile));
        if (changesConfiguration()) {
            lstmlab::TrainConfig train = cl.train;
            if (std::find(cl.given.begin(), cl.given.end(), "epochs") == cl.given.end())
                train.epochs = 0; // the window trains until stopped
            window.setTextConfiguration(cl.model, train);
        }
        return;
    }
    if (!m_commandLine.compare.empty()) {
        window.trainSideBySideOnLaunch(sideBySideRuns(window.settings().model, window.settings().train));
        if (!changesConfiguration())
            return;
    }
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

QVector<RunSettings> LaunchOptions::sideBySideRuns(const lstmlab::ModelConfig &savedModel,
                                                   const lstmlab::TrainConfig &savedTrain) const
{
    // Each SPEC over the window's settings with the given options in place, resolved and
    // checked by the headless comparison's own resolveCompareSpec (parse() checked them all).
    lstmlab::CommandLine base = m_commandLine;
    base.model = savedModel;
    base.train = savedTrain;
    applyTo(base.model, base.train);
    QVector<RunSettings> runs;
    for (const std::string &spec : m_commandLine.compare)
        if (const lstmlab::CompareSpecResult resolved = lstmlab::resolveCompareSpec(base, spec); resolved.options)
            runs.append(RunSettings{resolved.options->model, resolved.options->train});
    return runs;
}
