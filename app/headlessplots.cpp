#include "headlessplots.h"

#include "gatepanel.h"
#include "losschart.h"
#include "panelexporter.h"
#include "predictionchart.h"
#include "snapshotpoints.h"
#include "trainingsnapshot.h"

#include <QDir>

namespace {

// The middle of the test set: a window where the sine is mid-swing.
constexpr double traceWindowFraction = 0.5;

TrainingSnapshot snapshotOf(const lstmlab::Trainer &trainer, const std::vector<lstmlab::LossRecord> &history)
{
    TrainingSnapshot s;
    s.state = trainer.finished() ? TrainingSnapshot::State::Finished : TrainingSnapshot::State::Paused;
    s.model = trainer.modelConfig();
    s.train = trainer.trainConfig();
    s.step = trainer.stepCount();
    s.epoch = trainer.epoch();
    s.batch = trainer.batchInEpoch();
    s.batchesPerEpoch = trainer.batchesPerEpoch();
    for (const lstmlab::LossRecord &r : history) {
        s.trainLossHistory.append(r.step, r.trainLoss);
        if (r.testMse >= 0)
            s.testMseHistory.append(QPointF(double(r.step), r.testMse));
    }
    if (!history.empty())
        s.trainLoss = history.back().trainLoss;
    if (!s.testMseHistory.isEmpty())
        s.testMse = s.testMseHistory.back().y();
    s.realTest = SnapshotPoints::realTest(trainer.dataset());
    s.predictedTest = SnapshotPoints::predictedTest(trainer.dataset(), trainer.testPredictions());
    s.traceWindow = int(traceWindowFraction * trainer.dataset().test().size());
    s.trace = trainer.trace(s.traceWindow);
    return s;
}

} // namespace

bool HeadlessPlots::write(const lstmlab::Trainer &trainer, const std::vector<lstmlab::LossRecord> &history,
                          const QString &folder, QStringList *written, QString *error)
{
    const TrainingSnapshot snapshot = snapshotOf(trainer, history);

    LossChart loss;
    loss.resize(1200, 700);
    loss.updateSnapshot(snapshot);

    PredictionChart prediction;
    prediction.resize(1200, 700);
    if (trainer.dataset().signalName() != "sine") // the seed's: the chart's own "sin(x)"
        prediction.setSignalName(QString::fromStdString(trainer.dataset().signalName()));
    prediction.setEchoLag(trainer.dataset().lag());
    prediction.setSelectedWindow(snapshot.traceWindow, snapshot.model.timesteps);
    prediction.updateSnapshot(snapshot);

    GatePanel gates;
    gates.resize(1400, 900);
    gates.updateSnapshot(snapshot);

    const QList<std::pair<ExportablePanel *, QString>> panels = {
        {&loss, QStringLiteral("loss.png")},
        {&prediction, QStringLiteral("prediction.png")},
        {&gates, QStringLiteral("gates.png")},
    };
    for (const auto &[panel, name] : panels) {
        const QString path = QDir(folder).filePath(name);
        if (!PanelExporter::savePng(*panel, path, 1.0, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}
