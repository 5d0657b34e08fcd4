// GateInspector: the numbers it shows are the trace's, for the first step, a middle step, the
// last step, several units and the last layer; the equations hold with them; it shows them
// rounded, every digit on hover and with "All digits"; it keeps its cell and follows a new
// trace; its own selectors ask for cells; in the window a click on a heatmap inspects that
// cell, marks it in the maps, and the numbers follow the training snapshots; the heatmaps'
// unit filter keeps the inspected unit in view.

#include "gateinspector.h"
#include "celltrace.h"

#include "gatepanel.h"
#include "heatmapwidget.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "trainingcontroller.h"
#include "trainingsnapshot.h"
#include "network.h"
#include <random>

#include "dataset.h"
#include "sinesignal.h"
#include "trainer.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>

using namespace lstmlab;

namespace {

constexpr int trainingTimeoutMs = 60000;

// A trace as the training worker makes it: a few real steps, then one test window.
GateTrace traceFrom(int units, int layers, int timesteps, int steps, int window = 40)
{
    ModelConfig model;
    model.units = units;
    model.layers = layers;
    model.timesteps = timesteps;
    TrainConfig train;
    train.batchSize = 32;
    train.epochs = 1;
    auto data = std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
    Trainer trainer(model, train, data);
    for (int k = 0; k < steps; ++k)
        trainer.step();
    return trainer.trace(window);
}

float sigmoid(float v)
{
    return 1.f / (1.f + std::exp(-v));
}

// What the inspector prints for a number when rounding: as GateInspector::number().
QString rounded(float value)
{
    const double v = double(value);
    QString text = v == 0.0 ? QLocale().toString(0)
        : std::abs(v) >= 0.05 ? QLocale().toString(v, 'f', 2) : QLocale().toString(v, 'g', 2);
    return text.replace(QLatin1Char('-'), QChar(0x2212));
}

QString full(float value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, int(result.ptr - buffer)).replace(QLatin1Char('-'), QChar(0x2212));
}

// Every tooltip of the text's fragments.
QStringList fragmentToolTips(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (const QString tip = it.fragment().charFormat().toolTip(); !tip.isEmpty())
                out << tip;
    return out;
}

} // namespace

class TestGateInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesAreTheTraces_data();
    void valuesAreTheTraces();
    void showsTheNumbersRoundedAndInFull();
    void readsTheNumbersInWords();
    void keepsItsCellAndFollowsNewTraces();
    void clampsTheCellIntoASmallerTrace();
    void selectorsRequestCells();
    void saysWhatToDoBeforeACell();
    void windowInspectsClickedCellLive();
    void unitFilterKeepsTheInspectedUnitInView();
    void speaksOfTheTextWithTimeLabels();
    void explainsTheGruAndThePlainRnn();
    void narrowInspectorPutsAllDigitsBelow();
};

void TestGateInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-gateinspector"));
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestGateInspector::valuesAreTheTraces_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("t");

    QTest::newRow("first step, layer 1, unit 0") << 6 << 2 << 12 << 0 << 0 << 0;
    QTest::newRow("first step, last layer, last unit") << 6 << 2 << 12 << 1 << 5 << 0;
    QTest::newRow("middle step, layer 1, unit 3") << 6 << 2 << 12 << 0 << 3 << 6;
    QTest::newRow("last step, last layer, unit 2") << 6 << 2 << 12 << 1 << 2 << 11;
    QTest::newRow("three layers, middle layer, unit 7") << 8 << 3 << 9 << 1 << 7 << 4;
    QTest::newRow("three layers, last layer, last step") << 8 << 3 << 9 << 2 << 0 << 8;
    QTest::newRow("one unit, one step") << 1 << 1 << 1 << 0 << 0 << 0;
}

void TestGateInspector::valuesAreTheTraces()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);
    QFETCH(int, layer);
    QFETCH(int, unit);
    QFETCH(int, t);

    const GateTrace trace = traceFrom(units, layers, timesteps, 5);
    GateInspector inspector;
    inspector.setTrace(trace);
    inspector.setCell(layer, unit, t);
    QVERIFY(inspector.values().has_value());
    const GateInspector::Values &v = *inspector.values();
    const LayerTrace &lt = trace.layers[std::size_t(layer)];

    QCOMPARE(v.layer, layer);
    QCOMPARE(v.unit, unit);
    QCOMPARE(v.t, t);
    QCOMPARE(v.layers, layers);
    QCOMPARE(v.units, units);
    QCOMPARE(v.timesteps, timesteps);
    QCOMPARE(v.inputSize, layer == 0 ? 1 : units);
    QCOMPARE(v.x, lt.input[std::size_t(t)]);
    if (layer == 0)
        QCOMPARE(v.x, trace.input[std::size_t(t)]);
    else
        QCOMPARE(v.x, trace.layers[std::size_t(layer - 1)].at(Gate::Hidden, 0, t)); // x_t = h_t below

    // Exactly the trace's numbers.
    for (int gate = 0; gate < gateLayerCount; ++gate) {
        QCOMPARE(v.gate[gate], lt.at(Gate(gate), unit, t));
        QCOMPARE(v.inputPart[gate], lt.inputPart(Gate(gate), unit, t));
        QCOMPARE(v.recurrentPart[gate], lt.recurrentPart(Gate(gate), unit, t));
        QCOMPARE(v.preActivation[gate], v.inputPart[gate] + v.recurrentPart[gate]);
    }
    QCOMPARE(v.c, lt.at(Gate::CellState, unit, t));
    QCOMPARE(v.h, lt.at(Gate::Hidden, unit, t));
    QCOMPARE(v.cPrev, t > 0 ? lt.at(Gate::CellState, unit, t - 1) : 0.f);
    QCOMPARE(v.hPrev, t > 0 ? lt.at(Gate::Hidden, unit, t - 1) : 0.f);
    QCOMPARE(v.lastOfNetwork, layer == layers - 1 && t == timesteps - 1);
    QCOMPARE(v.prediction, trace.prediction);

    // ... and the equations hold with them, up to float rounding.
    const float tolerance = 2e-6f;
    const auto close = [&](float a, float b, const char *what) {
        if (std::abs(a - b) > tolerance)
            qWarning("%s: %.9g vs %.9g, difference %.3g", what, double(a), double(b), double(std::abs(a - b)));
        return std::abs(a - b) <= tolerance;
    };
    QVERIFY(close(sigmoid(v.preActivation[0]), v.gate[0], "i = sigma(pre)"));
    QVERIFY(close(sigmoid(v.preActivation[1]), v.gate[1], "f = sigma(pre)"));
    QVERIFY(close(std::tanh(v.preActivation[2]), v.gate[2], "g = tanh(pre)"));
    QVERIFY(close(sigmoid(v.preActivation[3]), v.gate[3], "o = sigma(pre)"));
    QCOMPARE(v.forgetPart, v.gate[1] * v.cPrev);
    QCOMPARE(v.learnPart, v.gate[0] * v.gate[2]);
    QVERIFY(close(v.forgetPart + v.learnPart, v.c, "c = f c_prev + i g"));
    QVERIFY(close(v.gate[3] * std::tanh(v.c), v.h, "h = o tanh(c)"));
    if (t == 0) {
        QCOMPARE(v.cPrev, 0.f);
        QCOMPARE(v.hPrev, 0.f);
        QCOMPARE(v.forgetPart, 0.f);
    }
    // compute() is what the widget shows.
    QCOMPARE(GateInspector::compute(trace, layer, unit, t), inspector.values());
}

void TestGateInspector::showsTheNumbersRoundedAndInFull()
{
    const GateTrace trace = traceFrom(5, 2, 10, 4);
    GateInspector inspector;
    inspector.resize(600, 900);
    inspector.setTrace(trace);
    inspector.setCell(1, 3, 6);
    const GateInspector::Values v = *inspector.values();

    const QString text = inspector.plainText();
    QVERIFY2(text.contains(QStringLiteral("Layer 2 · unit 3 · time step t = 6")), qPrintable(text));
    for (int gate = 0; gate < gateLayerCount; ++gate) {
        QVERIFY2(text.contains(rounded(v.gate[gate])), qPrintable(rounded(v.gate[gate])));
        QVERIFY2(text.contains(rounded(v.inputPart[gate])), qPrintable(rounded(v.inputPart[gate])));
        QVERIFY2(text.contains(rounded(v.preActivation[gate])), qPrintable(rounded(v.preActivation[gate])));
    }
    for (float value : {v.c, v.h, v.cPrev, v.hPrev, v.forgetPart, v.learnPart, v.tanhC})
        QVERIFY2(text.contains(rounded(value)), qPrintable(rounded(value)));
    // The equations are written out with the standard symbols.
    QVERIFY(text.contains(QStringLiteral("f") + QStringLiteral("t = σ(Wif·xt + bif + Whf·ht−1 + bhf)")));
    QVERIFY(text.contains(QStringLiteral("ct = ft·ct−1 + it·gt")));
    QVERIFY(text.contains(QStringLiteral("ht = ot·tanh(ct)")));

    // Every shown number carries all its digits as a tooltip.
    const QStringList tips = fragmentToolTips(inspector.browser()->document());
    for (int gate = 0; gate < gateLayerCount; ++gate) {
        QVERIFY2(tips.contains(full(v.gate[gate])), qPrintable(full(v.gate[gate])));
        QVERIFY2(tips.contains(full(v.recurrentPart[gate])), qPrintable(full(v.recurrentPart[gate])));
    }
    QVERIFY(tips.contains(full(v.c)));
    QVERIFY(tips.contains(full(v.h)));

    // "All digits" prints them.
    QVERIFY(!inspector.allDigits());
    inspector.findChild<QCheckBox *>(QStringLiteral("inspectorDigitsBox"))->click();
    QVERIFY(inspector.allDigits());
    const QString all = inspector.plainText();
    for (int gate = 0; gate < gateLayerCount; ++gate)
        QVERIFY2(all.contains(full(v.gate[gate])), qPrintable(full(v.gate[gate])));
    QVERIFY(all.contains(full(v.c)));
    QVERIFY(all.contains(full(v.h)));
}

void TestGateInspector::readsTheNumbersInWords()
{
    const GateTrace trace = traceFrom(4, 1, 8, 3);
    GateInspector inspector;
    inspector.setTrace(trace);
    inspector.setCell(0, 2, 5);
    const GateInspector::Values v = *inspector.values();
    const auto percent = [](float share) { return QString::number(std::lround(share * 100.0)) + u'%'; };

    QString text = inspector.plainText();
    QVERIFY2(text.contains(QStringLiteral("The forget gate keeps %1 of the old memory").arg(percent(v.gate[1]))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("The input gate lets in %1 of the cell candidate").arg(percent(v.gate[0]))));
    QVERIFY(text.contains(QStringLiteral("The output gate lets out %1").arg(percent(v.gate[3]))));
    QVERIFY(text.contains(QStringLiteral("the larger push comes from")));

    inspector.setVocabulary(GateVocabulary(GateVocabulary::Kind::Notes));
    text = inspector.plainText();
    QVERIFY2(text.contains(QStringLiteral("The forget gate keeps %1 of the long-term memory").arg(percent(v.gate[1]))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LTMt = LTMt−1·ft + Nt·it")));
    QVERIFY(text.contains(QStringLiteral("STMt = ot·tanh(LTMt)")));
    QVERIFY(text.contains(rounded(v.learnPart)));

    // At t = 0 there is no earlier step.
    inspector.setCell(0, 1, 0);
    QVERIFY(inspector.plainText().contains(QStringLiteral("at t = 0 there is no earlier step")));
}

void TestGateInspector::keepsItsCellAndFollowsNewTraces()
{
    const GateTrace before = traceFrom(5, 2, 10, 1);
    const GateTrace after = traceFrom(5, 2, 10, 30);
    GateInspector inspector;
    inspector.setTrace(before);
    inspector.setCell(1, 4, 7);
    const GateInspector::Values first = *inspector.values();
    const QString firstText = inspector.html();

    inspector.setTrace(after);
    QCOMPARE(inspector.layer(), 1);
    QCOMPARE(inspector.unit(), 4);
    QCOMPARE(inspector.timeStep(), 7);
    QCOMPARE(inspector.values(), GateInspector::compute(after, 1, 4, 7));
    QVERIFY(!(*inspector.values() == first));
    QVERIFY(inspector.html() != firstText);
}

void TestGateInspector::clampsTheCellIntoASmallerTrace()
{
    GateInspector inspector;
    inspector.setTrace(traceFrom(8, 3, 12, 1));
    inspector.setCell(2, 7, 11);
    inspector.setTrace(traceFrom(4, 1, 6, 1));
    QCOMPARE(inspector.layer(), 0);
    QCOMPARE(inspector.unit(), 3);
    QCOMPARE(inspector.timeStep(), 5);
    QVERIFY(inspector.values().has_value());
    QCOMPARE(inspector.findChild<QSpinBox *>(QStringLiteral("inspectorUnitBox"))->maximum(), 3);
    QCOMPARE(inspector.findChild<QSpinBox *>(QStringLiteral("inspectorStepBox"))->maximum(), 5);
}

void TestGateInspector::selectorsRequestCells()
{
    const GateTrace trace = traceFrom(6, 2, 10, 1);
    GateInspector inspector;
    inspector.setTrace(trace);
    inspector.setCell(0, 1, 2);
    QSignalSpy requested(&inspector, &GateInspector::cellRequested);
    inspector.findChild<QSpinBox *>(QStringLiteral("inspectorStepBox"))->setValue(3);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0), (QList<QVariant>{0, 1, 3}));
    inspector.findChild<QSpinBox *>(QStringLiteral("inspectorLayerBox"))->setValue(2);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1), (QList<QVariant>{1, 1, 3}));
    QCOMPARE(inspector.values(), GateInspector::compute(trace, 1, 1, 3));
    // Setting the cell from outside does not ask for it again.
    inspector.setCell(0, 0, 0);
    QCOMPARE(requested.count(), 2);
}

void TestGateInspector::saysWhatToDoBeforeACell()
{
    GateInspector inspector;
    QVERIFY(!inspector.values());
    QVERIFY(inspector.plainText().contains(QStringLiteral("No gate trace yet")));
    inspector.setTrace(traceFrom(3, 1, 5, 1));
    QVERIFY(!inspector.values());
    QVERIFY(inspector.plainText().contains(QStringLiteral("Click any cell of a gate heatmap")));
    QVERIFY(!inspector.toolTip().isEmpty() || !inspector.browser()->toolTip().isEmpty());
    QVERIFY(!inspector.whatsThis().isEmpty());
}

void TestGateInspector::windowInspectsClickedCellLive()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    QVERIFY(part<QDockWidget>(window, "inspectorDock")->isVisible());
    // Before any click the inspector already reads one cell, marked in the maps.
    QTRY_VERIFY_WITH_TIMEOUT(part<GateInspector>(window, "gateInspector")->values().has_value(), trainingTimeoutMs);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->selectedUnit(), part<GateInspector>(window, "gateInspector")->unit());

    // A click on a cell of the forget gate map of layer 2.
    part<GatePanel>(window, "gatePanel")->setLayer(1);
    HeatmapWidget *forget = part<GatePanel>(window, "gatePanel")->heatmap(Gate::Forget);
    QTRY_VERIFY(forget->hasData());
    const QPointF centre = forget->cellRect(7, 13).center();
    QTest::mouseClick(forget, Qt::LeftButton, {}, centre.toPoint());
    QCOMPARE(part<GateInspector>(window, "gateInspector")->layer(), 1);
    QCOMPARE(part<GateInspector>(window, "gateInspector")->unit(), 7);
    QCOMPARE(part<GateInspector>(window, "gateInspector")->timeStep(), 13);
    for (int gate = 0; gate < gateCount; ++gate) {
        QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate))->selectedUnit(), 7);
        QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate))->selectedTimeStep(), 13);
    }

    // Live: the numbers change as it trains (a few times a second while it runs) ...
    const GateInspector::Values first = *part<GateInspector>(window, "gateInspector")->values();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 0 && part<GateInspector>(window, "gateInspector")->values()
                                 && !(*part<GateInspector>(window, "gateInspector")->values() == first),
                             trainingTimeoutMs);
    // ... and are those of the latest snapshot's trace when it stops.
    part<TrainingController>(window)->pause();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().state == TrainingSnapshot::State::Paused, trainingTimeoutMs);
    QCoreApplication::processEvents();
    QCOMPARE(part<GateInspector>(window, "gateInspector")->values(), GateInspector::compute(window.lastSnapshot().trace, 1, 7, 13));

    // The inspector's own step box moves the mark in the maps.
    part<GateInspector>(window, "gateInspector")->findChild<QSpinBox *>(QStringLiteral("inspectorStepBox"))->setValue(2);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate::Input)->selectedTimeStep(), 2);
    QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate::Input)->selectedUnit(), 7);
}

// The heatmaps' Units filter (top 16 of 64 here) never hides the unit the inspector reads:
// neither its first cell nor a unit chosen in its own Unit box.
void TestGateInspector::unitFilterKeepsTheInspectedUnitInView()
{
    MainWindow window;
    lstmlab::ModelConfig model;
    model.units = 64;
    model.layers = 1;
    window.setConfiguration(model, lstmlab::TrainConfig{});
    window.resize(1500, 950);
    auto *panel = part<GatePanel>(window, "gatePanel");
    panel->setUnitFilter(GatePanel::UnitFilter::Top16);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->trace().empty() && panel->trace().layers[0].units == 64
                                 && part<GateInspector>(window, "gateInspector")->values().has_value(),
                             trainingTimeoutMs);
    part<TrainingController>(window)->pause();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().state == TrainingSnapshot::State::Paused, trainingTimeoutMs);
    QCoreApplication::processEvents();

    const auto shows = [panel](int unit) {
        return std::binary_search(panel->shownUnits().begin(), panel->shownUnits().end(), unit);
    };
    auto *inspector = part<GateInspector>(window, "gateInspector");
    QCOMPARE(int(panel->shownUnits().size()), 16);
    QVERIFY2(shows(inspector->unit()), qPrintable(QString::number(inspector->unit())));
    for (int gate = 0; gate < gateCount; ++gate)
        QCOMPARE(panel->heatmap(Gate(gate))->selectedUnit(), inspector->unit());

    int hidden = 0;
    while (shows(hidden))
        ++hidden;
    inspector->findChild<QSpinBox *>(QStringLiteral("inspectorUnitBox"))->setValue(hidden);
    QCOMPARE(inspector->unit(), hidden);
    QCOMPARE(int(panel->shownUnits().size()), 16);
    QVERIFY(shows(hidden));
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel->heatmap(Gate(gate));
        QCOMPARE(map->selectedUnit(), hidden);
        QCOMPARE(map->unitOfRow(map->rowOfUnit(hidden)), hidden);
    }
}

// With one label per time step (a text network's characters) the inspector names the character
// read, calls x_t its one-hot vector and the head's output next-character probabilities; labels
// that do not match the trace, or none, keep the sine's wording.
void TestGateInspector::speaksOfTheTextWithTimeLabels()
{
    const GateTrace trace = traceFrom(4, 2, 6, 1);
    GateInspector inspector;
    inspector.setTrace(trace);
    inspector.setCell(0, 1, 2);
    QVERIFY(inspector.plainText().contains(QStringLiteral("test window")));
    const QStringList labels{QStringLiteral("床"), QStringLiteral("前"), QStringLiteral("明"), QStringLiteral("月"),
                             QStringLiteral("光"), QStringLiteral("，")};
    inspector.setTimeLabels(labels);
    QString text = inspector.plainText();
    QVERIFY2(text.contains(QStringLiteral("the character read: 明")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("onehot(明)")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("test window")), qPrintable(text));
    inspector.setCell(1, 1, 5);
    text = inspector.plainText();
    QVERIFY2(text.contains(QStringLiteral("next character's probabilities")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("prediction")), qPrintable(text));
    inspector.setTimeLabels(labels.mid(1));
    QVERIFY(inspector.plainText().contains(QStringLiteral("test window")));
}

// The text page gives the inspector about 260 pixels: "All digits" was clipped at the right
// edge and the selectors squeezed over their labels. It takes a row of its own when the
// selectors need the width, and comes back when there is room.
void TestGateInspector::narrowInspectorPutsAllDigitsBelow()
{
    GateInspector inspector;
    inspector.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    inspector.resize(260, 400);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.layout()->activate();
    auto *digits = inspector.findChild<QCheckBox *>(QStringLiteral("inspectorDigitsBox"));
    auto *step = inspector.findChild<QSpinBox *>(QStringLiteral("inspectorStepBox"));
    QVERIFY(digits && step);
    QVERIFY2(digits->geometry().right() < inspector.width(), qPrintable(QString::number(digits->geometry().right())));
    QVERIFY(digits->geometry().top() >= step->geometry().bottom());
    QVERIFY(step->geometry().right() < inspector.width());
    QVERIFY(step->width() >= step->minimumSizeHint().width());

    inspector.resize(700, 400);
    QCoreApplication::processEvents();
    inspector.layout()->activate();
    QVERIFY(digits->geometry().top() < step->geometry().bottom());
    QVERIFY(digits->geometry().left() > step->geometry().right());
}

QTEST_MAIN(TestGateInspector)

// For a GRU the inspector writes (27)-(30) with the unit's numbers, h = (1 - z) n + z h_prev
// holding; for a plain RNN its one tanh layer. Neither speaks of a cell state c_t.
void TestGateInspector::explainsTheGruAndThePlainRnn()
{
    const GateTrace gru = cellTrace(RecurrentCell::Gru, 5, 2, 7);
    const auto v = GateInspector::compute(gru, 1, 3, 4);
    QVERIFY(v.has_value());
    QCOMPARE(int(v->cell), int(RecurrentCell::Gru));
    const float r = v->gate[0], z = v->gate[1], n = v->gate[2];
    QCOMPARE(r, gru.layers[1].at(Gate::Reset, 3, 4));
    QCOMPARE(v->hPrev, gru.layers[1].at(Gate::Hidden, 3, 3));
    QVERIFY(std::abs((1 - z) * n + z * v->hPrev - v->h) < 1e-5f);
    QVERIFY(std::abs(std::tanh(v->preActivation[2]) - n) < 1e-5f);

    GateInspector inspector;
    inspector.setTrace(gru);
    inspector.setCell(1, 3, 4);
    QVERIFY(inspector.values().has_value());
    QVERIFY(inspector.html().contains(QStringLiteral("r<sub>t</sub>")));
    QVERIFY(inspector.html().contains(QStringLiteral("z<sub>t</sub>")));
    QVERIFY(!inspector.html().contains(QStringLiteral("c<sub>t")));
    QVERIFY2(inspector.plainText().contains(QStringLiteral("value at step 3 (the GRU has no cell state c)")),
             qPrintable(inspector.plainText()));
    QVERIFY(inspector.whatsThis().contains(QStringLiteral("The GRU has no cell state c")));
    QVERIFY(!inspector.whatsThis().contains(QStringLiteral("forget gate")));

    const GateTrace rnn = cellTrace(RecurrentCell::Rnn, 5, 1, 7);
    inspector.setTrace(rnn);
    inspector.setCell(0, 2, 6);
    QVERIFY(inspector.values().has_value());
    QCOMPARE(inspector.values()->h, rnn.layers[0].at(Gate::Hidden, 2, 6));
    QVERIFY(std::abs(std::tanh(inspector.values()->preActivation[0]) - inspector.values()->h) < 1e-5f);
    QVERIFY(inspector.html().contains(QStringLiteral("tanh")));
    QVERIFY(!inspector.html().contains(QStringLiteral("c<sub>t")));
    QVERIFY(!inspector.html().contains(QStringLiteral("σ")));
}

#include "tst_gateinspector.moc"
