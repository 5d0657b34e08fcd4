// GatePanel: shows a real trainer's gate trace, follows layer and units changes, says which
// window it shows, re-emits clicks, adapts its grid to its shape and exports its data.

#include "gatepanel.h"
#include "celltrace.h"
#include "heatmapwidget.h"
#include "trainingsnapshot.h"
#include "network.h"
#include <random>

#include "dataset.h"
#include "sinesignal.h"
#include "trainer.h"

#include <QComboBox>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

using namespace lstmlab;

namespace {

// A snapshot as the training worker makes it: a few real steps, then the trace of one window.
TrainingSnapshot snapshotFrom(int units, int layers, int timesteps, int window, int steps = 3)
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

    TrainingSnapshot s;
    s.model = model;
    s.train = train;
    s.step = trainer.stepCount();
    s.traceWindow = window;
    s.trace = trainer.trace(window);
    const Dataset::Split &test = data->test();
    for (int n = 0; n < test.size(); ++n)
        s.realTest.append(QPointF(test.labelX(n), double(test.labels(0, n))));
    return s;
}

} // namespace

class TestGatePanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTraceOfRealTrainer();
    void windowLabelNamesWindowAndRange();
    void followsUnitsAndLayersChanges_data();
    void followsUnitsAndLayersChanges();
    void layerSelectorSwitchesLayer();
    void clickMarksCellInAllMapsAndIsReEmitted();
    void topUnitsShowTheMostActiveByNumber();
    void clickOnFilteredRowSelectsRealUnit();
    void filterKeepsTheMarkedUnit_data();
    void filterKeepsTheMarkedUnit();
    void asManyAsFitKeepsRowsReadable();
    void gridFollowsShape_data();
    void gridFollowsShape();
    void gateNamesCanBeSwitched();
    void explainsEveryMap();
    void csvHasEveryLayerUnitAndStep();
    void emptyTraceSaysSo();
    void showsTheChosenCellsMapsOnly_data();
    void showsTheChosenCellsMapsOnly();
};

void TestGatePanel::showsTraceOfRealTrainer()
{
    const TrainingSnapshot s = snapshotFrom(5, 2, 8, 40);
    GatePanel panel;
    panel.resize(900, 500);
    panel.updateSnapshot(s);

    QCOMPARE(panel.layerCount(), 2);
    QCOMPARE(panel.layer(), 0);
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel.heatmap(Gate(gate));
        QCOMPARE(map->units(), 5);
        QCOMPARE(map->timesteps(), 8);
        for (int unit = 0; unit < 5; ++unit)
            for (int t = 0; t < 8; ++t)
                QCOMPARE(map->value(unit, t), s.trace.layers[0].at(Gate(gate), unit, t));
    }
    // The gate kinds get their colour ranges.
    QCOMPARE(panel.heatmap(Gate::Forget)->legendMinimum(), 0.0);
    QCOMPARE(panel.heatmap(Gate::Forget)->legendMaximum(), 1.0);
    QCOMPARE(panel.heatmap(Gate::Cell)->legendMinimum(), -1.0);
    QCOMPARE(panel.heatmap(Gate::Hidden)->legendMaximum(), 1.0);
    QCOMPARE(panel.heatmap(Gate::CellState)->range(), HeatmapWidget::Range::Covering);
}

void TestGatePanel::windowLabelNamesWindowAndRange()
{
    const int T = 8;
    const TrainingSnapshot s = snapshotFrom(3, 1, T, 123);
    GatePanel panel;
    panel.updateSnapshot(s);

    const auto data = std::make_shared<const Dataset>(SineSignal(), DataSpec(), T);
    const double first = data->test().x[123];
    const double last = data->test().x[123 + T - 1];
    const QString text = panel.windowText();
    QVERIFY2(text.contains(QStringLiteral("window 123")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(first, 'f', 2)), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(last, 'f', 2)), qPrintable(text));

    // A window before the first label still gets its x range from the even grid.
    const TrainingSnapshot early = snapshotFrom(3, 1, T, 2);
    panel.updateSnapshot(early);
    QVERIFY2(panel.windowText().contains(QLocale().toString(data->test().x[2], 'f', 2)),
             qPrintable(panel.windowText()));
}

void TestGatePanel::followsUnitsAndLayersChanges_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::newRow("seed 20 units, 2 layers") << 20 << 2 << 20;
    QTest::newRow("narrower: 7 units") << 7 << 2 << 20;
    QTest::newRow("wider: 64 units, 3 layers") << 64 << 3 << 12;
    QTest::newRow("one unit, one layer, one step") << 1 << 1 << 1;
}

void TestGatePanel::followsUnitsAndLayersChanges()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);

    GatePanel panel;
    panel.setUnitFilter(GatePanel::UnitFilter::All); // every unit, however thin its row
    panel.resize(900, 500);
    panel.updateSnapshot(snapshotFrom(3, 2, 6, 10, 1)); // an earlier model
    panel.setLayer(1);
    QCOMPARE(panel.layer(), 1);

    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.updateSnapshot(snapshotFrom(units, layers, timesteps, 10, 1));
    QCOMPARE(panel.layerCount(), layers);
    QCOMPARE(panel.findChild<QComboBox *>()->count(), layers);
    QCOMPARE(panel.layer(), std::min(1, layers - 1));
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel.heatmap(Gate(gate));
        QCOMPARE(map->units(), units);
        QCOMPARE(map->timesteps(), timesteps);
        QCOMPARE(map->image().height(), units); // one image row per unit
    }
    // The rows fill the map: the last unit's cells end at the map's bottom edge.
    const HeatmapWidget *h = panel.heatmap(Gate::Hidden);
    QVERIFY(!h->plotRect().isEmpty());
    QCOMPARE(h->cellRect(units - 1, 0).bottom(), h->plotRect().bottom());
    QCOMPARE(h->cellRect(0, 0).top(), h->plotRect().top());
}

void TestGatePanel::layerSelectorSwitchesLayer()
{
    const TrainingSnapshot s = snapshotFrom(4, 3, 6, 5);
    GatePanel panel;
    panel.updateSnapshot(s);
    QSignalSpy changed(&panel, &GatePanel::layerChanged);

    auto *box = panel.findChild<QComboBox *>();
    QVERIFY(box);
    QCOMPARE(box->itemText(2), QStringLiteral("Layer 3"));
    box->setCurrentIndex(2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 2);
    QCOMPARE(panel.layer(), 2);
    QCOMPARE(panel.heatmap(Gate::Output)->value(3, 5), s.trace.layers[2].at(Gate::Output, 3, 5));
    QCOMPARE(panel.heatmap(Gate::Output)->layerIndex(), 2);

    // A new snapshot keeps the chosen layer and does not announce a change.
    panel.updateSnapshot(s);
    QCOMPARE(panel.layer(), 2);
    QCOMPARE(changed.count(), 1);

    // Fewer layers: the panel falls back to the last one and says so.
    panel.updateSnapshot(snapshotFrom(4, 1, 6, 5, 1));
    QCOMPARE(panel.layer(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toInt(), 0);
}

void TestGatePanel::clickMarksCellInAllMapsAndIsReEmitted()
{
    GatePanel panel;
    panel.resize(900, 500);
    panel.updateSnapshot(snapshotFrom(6, 2, 10, 7));
    panel.setLayer(1);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QSignalSpy clicked(&panel, &GatePanel::cellClicked);
    HeatmapWidget *f = panel.heatmap(Gate::Forget);
    QTest::mouseClick(f, Qt::LeftButton, {}, f->cellRect(4, 9).center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 1);
    QCOMPARE(clicked.at(0).at(1).toInt(), 4);
    QCOMPARE(clicked.at(0).at(2).toInt(), 9);
    for (int gate = 0; gate < gateCount; ++gate) {
        QCOMPARE(panel.heatmap(Gate(gate))->selectedUnit(), 4);
        QCOMPARE(panel.heatmap(Gate(gate))->selectedTimeStep(), 9);
    }
    // The mark survives live updates of the same shape.
    panel.updateSnapshot(snapshotFrom(6, 2, 10, 8, 1));
    QCOMPARE(panel.heatmap(Gate::Hidden)->selectedUnit(), 4);
}

// The units with the largest mean |h| over the window, ascending, computed here independently.
static std::vector<int> mostActive(const LayerTrace &lt, int k)
{
    std::vector<std::pair<double, int>> ranked;
    for (int u = 0; u < lt.units; ++u) {
        double sum = 0.0;
        for (int t = 0; t < lt.timesteps; ++t)
            sum += std::abs(double(lt.at(Gate::Hidden, u, t)));
        ranked.emplace_back(-sum / lt.timesteps, u);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<int> units;
    for (int n = 0; n < k; ++n)
        units.push_back(ranked[std::size_t(n)].second);
    std::sort(units.begin(), units.end());
    return units;
}

void TestGatePanel::topUnitsShowTheMostActiveByNumber()
{
    const TrainingSnapshot s = snapshotFrom(40, 2, 10, 7);
    GatePanel panel;
    panel.resize(1200, 800);
    panel.updateSnapshot(s);
    panel.setLayer(1);
    auto *box = panel.findChild<QComboBox *>(QStringLiteral("gateUnitBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), GatePanel::unitFilterCount);
    QCOMPARE(box->itemText(int(GatePanel::UnitFilter::Top16)), QStringLiteral("Top 16"));

    QSignalSpy changed(&panel, &GatePanel::unitFilterChanged);
    box->activated(int(GatePanel::UnitFilter::Top16)); // as the user's choice does
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.unitFilter(), GatePanel::UnitFilter::Top16);
    const LayerTrace &lt = s.trace.layers[1];
    const std::vector<int> expected = mostActive(lt, 16);
    QCOMPARE(panel.shownUnits(), expected);
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel.heatmap(Gate(gate));
        QCOMPARE(map->units(), 16);
        QCOMPARE(map->image().height(), 16);
        for (int row = 0; row < 16; ++row) {
            QCOMPARE(map->unitOfRow(row), expected[std::size_t(row)]);
            QCOMPARE(map->value(row, 3), lt.at(Gate(gate), expected[std::size_t(row)], 3));
        }
    }
    // Rows are labelled with their real unit numbers, in the tooltip too.
    const HeatmapWidget *h = panel.heatmap(Gate::Hidden);
    for (int unit : h->unitTicks())
        QVERIFY(std::binary_search(expected.begin(), expected.end(), unit));
    QVERIFY(h->cellToolTip(15, 0).contains(QStringLiteral("unit %1").arg(expected.back())));

    // Top 64 of 40 units is all of them; All shows all.
    panel.setUnitFilter(GatePanel::UnitFilter::Top64);
    QCOMPARE(h->units(), 40);
    QCOMPARE(h->unitOfRow(39), 39);
    panel.setUnitFilter(GatePanel::UnitFilter::All);
    QCOMPARE(h->units(), 40);
}

void TestGatePanel::clickOnFilteredRowSelectsRealUnit()
{
    const TrainingSnapshot s = snapshotFrom(48, 1, 10, 7);
    GatePanel panel;
    panel.resize(900, 500);
    panel.setUnitFilter(GatePanel::UnitFilter::Top16);
    panel.updateSnapshot(s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const std::vector<int> shown = mostActive(s.trace.layers[0], 16);
    QCOMPARE(panel.shownUnits(), shown);
    // A row whose unit number differs from its row number.
    int row = 15;
    while (row > 0 && shown[std::size_t(row)] == row)
        --row;
    const int unit = shown[std::size_t(row)];
    QVERIFY(unit != row);

    QSignalSpy clicked(&panel, &GatePanel::cellClicked);
    HeatmapWidget *f = panel.heatmap(Gate::Forget);
    QTest::mouseClick(f, Qt::LeftButton, {}, f->cellRect(row, 6).center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 0);
    QCOMPARE(clicked.at(0).at(1).toInt(), unit);
    QCOMPARE(clicked.at(0).at(2).toInt(), 6);
    QCOMPARE(panel.selectedUnit(), unit);
    for (int gate = 0; gate < gateCount; ++gate)
        QCOMPARE(panel.heatmap(Gate(gate))->selectedUnit(), unit);

    // Showing all units again keeps the same unit marked, now on its own row.
    panel.setUnitFilter(GatePanel::UnitFilter::All);
    QCOMPARE(f->selectedUnit(), unit);
    QCOMPARE(f->rowOfUnit(unit), unit);
    // The clicked unit is among the 16 again.
    panel.setUnitFilter(GatePanel::UnitFilter::Top16);
    QCOMPARE(panel.shownUnits(), shown);
    QCOMPARE(f->selectedUnit(), unit);
}

// The marked unit is the one the gate inspector reads (its first cell is unit 0, whatever
// the filter): a unit the filter would hide stays in view, in place of the least active of
// the others, and the filter's own choice comes back when the mark moves on.
void TestGatePanel::filterKeepsTheMarkedUnit_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("top 16 of 48") << int(GatePanel::UnitFilter::Top16) << 16;
    QTest::newRow("top 32 of 48") << int(GatePanel::UnitFilter::Top32) << 32;
    QTest::newRow("as many as fit") << int(GatePanel::UnitFilter::Fit) << -1;
}

void TestGatePanel::filterKeepsTheMarkedUnit()
{
    QFETCH(int, filter);
    QFETCH(int, rows);
    const TrainingSnapshot s = snapshotFrom(48, 1, 10, 7);
    GatePanel panel;
    panel.resize(900, rows < 0 ? 260 : 700);
    panel.setUnitFilter(GatePanel::UnitFilter(filter));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.updateSnapshot(s);
    const HeatmapWidget *h = panel.heatmap(Gate::Hidden);
    if (rows < 0) // as many as fit in 260 pixels: fewer than 48
        QTRY_VERIFY(h->units() < 48);
    rows = h->units();
    QVERIFY(rows < 48);
    const std::vector<int> top = mostActive(s.trace.layers[0], rows);
    QCOMPARE(panel.shownUnits(), top);

    // The least active unit: never among the filter's own choice.
    const LayerTrace &lt = s.trace.layers[0];
    int quiet = 0;
    for (int u = 1; u < lt.units; ++u) {
        double a = 0, b = 0;
        for (int t = 0; t < lt.timesteps; ++t) {
            a += std::abs(lt.at(Gate::Hidden, u, t));
            b += std::abs(lt.at(Gate::Hidden, quiet, t));
        }
        if (a < b)
            quiet = u;
    }
    QVERIFY(!std::binary_search(top.begin(), top.end(), quiet));

    panel.selectCell(quiet, 4);
    QCOMPARE(int(panel.shownUnits().size()), rows);
    QVERIFY(std::binary_search(panel.shownUnits().begin(), panel.shownUnits().end(), quiet));
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel.heatmap(Gate(gate));
        QCOMPARE(map->selectedUnit(), quiet);
        QCOMPARE(map->unitOfRow(map->rowOfUnit(quiet)), quiet);
        QCOMPARE(map->value(map->rowOfUnit(quiet), 4), lt.at(Gate(gate), quiet, 4));
    }
    // Every other row is one of the most active units.
    for (int unit : panel.shownUnits())
        QVERIFY(unit == quiet || std::binary_search(top.begin(), top.end(), unit));
    // A new snapshot keeps it.
    panel.updateSnapshot(s);
    QVERIFY(std::binary_search(panel.shownUnits().begin(), panel.shownUnits().end(), quiet));

    // Marking a shown unit gives the rows back to the filter.
    panel.selectCell(top.front(), 4);
    panel.updateSnapshot(s);
    QCOMPARE(panel.shownUnits(), top);
    QCOMPARE(h->selectedUnit(), top.front());
}

void TestGatePanel::asManyAsFitKeepsRowsReadable()
{
    const TrainingSnapshot s = snapshotFrom(256, 1, 6, 7, 1);
    GatePanel panel;
    QCOMPARE(panel.unitFilter(), GatePanel::UnitFilter::Fit);
    panel.resize(900, 500);
    panel.updateSnapshot(s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const HeatmapWidget *h = panel.heatmap(Gate::Hidden);
    QTRY_VERIFY(h->units() < 256);
    const int rows = h->units();
    QVERIFY(h->plotRect().height() / rows >= GatePanel::minimumRowPixels);
    QCOMPARE(panel.shownUnits(), mostActive(s.trace.layers[0], rows));

    // A tall panel has room for every unit.
    panel.resize(900, 4000);
    QTRY_COMPARE(h->units(), 256);
    QVERIFY(h->plotRect().height() / 256 >= GatePanel::minimumRowPixels);
}

void TestGatePanel::gridFollowsShape_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("columns");
    QTest::newRow("wide 900x500: 3 x 2") << QSize(900, 500) << 3;
    QTest::newRow("small 500x300: 3 x 2") << QSize(500, 300) << 3;
    QTest::newRow("tall dock 420x800: 2 x 3") << QSize(420, 800) << 2;
    QTest::newRow("low strip 1366x260: 6 x 1") << QSize(1366, 260) << 6;
}

void TestGatePanel::gridFollowsShape()
{
    QFETCH(QSize, size);
    QFETCH(int, columns);
    GatePanel panel;
    panel.updateSnapshot(snapshotFrom(5, 1, 6, 3, 1));
    panel.resize(size);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.gridColumns(), columns);
    // Side by side in one row: the first `columns` maps share a top edge.
    const int top = panel.heatmap(Gate::Input)->geometry().top();
    for (int k = 1; k < columns; ++k)
        QCOMPARE(panel.heatmap(Gate(k))->geometry().top(), top);
    if (columns < gateCount)
        QVERIFY(panel.heatmap(Gate(columns))->geometry().top() > top);
}

void TestGatePanel::gateNamesCanBeSwitched()
{
    GatePanel panel;
    QCOMPARE(panel.gateNames(), GatePanel::standardGateNames());
    QCOMPARE(panel.heatmap(Gate::Forget)->title(), QStringLiteral("forget gate f"));
    QCOMPARE(panel.heatmap(Gate::CellState)->title(), QStringLiteral("cell state c"));
    const QStringList other{QStringLiteral("write"), QStringLiteral("keep"), QStringLiteral("content"),
                            QStringLiteral("read"), QStringLiteral("memory"), QStringLiteral("output")};
    panel.setGateNames(other);
    QCOMPARE(panel.gateNames(), other);
    QCOMPARE(panel.heatmap(Gate::Forget)->title(), QStringLiteral("keep"));
    // A list of the wrong length is refused.
    panel.setGateNames({QStringLiteral("x")});
    QCOMPARE(panel.gateNames(), other);
}

void TestGatePanel::explainsEveryMap()
{
    GatePanel panel;
    for (int gate = 0; gate < gateCount; ++gate) {
        QVERIFY(!panel.heatmap(Gate(gate))->toolTip().isEmpty());
        QVERIFY(!panel.heatmap(Gate(gate))->whatsThis().isEmpty());
    }
    QVERIFY(panel.heatmap(Gate::Forget)->toolTip().contains(QStringLiteral("keeps its memory")));
    QVERIFY(!panel.whatsThis().isEmpty());
}

void TestGatePanel::csvHasEveryLayerUnitAndStep()
{
    const TrainingSnapshot s = snapshotFrom(3, 2, 4, 9);
    GatePanel panel;
    panel.updateSnapshot(s);
    QCOMPARE(panel.exportName(), QStringLiteral("gates"));
    const QStringList lines = panel.exportCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 * 3 * 4);
    QCOMPARE(lines.first(), QStringLiteral("layer,unit,t,i,f,g,o,c,h"));
    // Layer 2, unit 1, t 3, read back to the same floats.
    const QStringList row = lines.at(1 + (1 * 3 + 1) * 4 + 3).split(QLatin1Char(','));
    QCOMPARE(row.size(), 9);
    QCOMPARE(row.at(0), QStringLiteral("2"));
    QCOMPARE(row.at(1), QStringLiteral("1"));
    QCOMPARE(row.at(2), QStringLiteral("3"));
    for (int gate = 0; gate < gateCount; ++gate)
        QCOMPARE(row.at(3 + gate).toFloat(), s.trace.layers[1].at(Gate(gate), 1, 3));
}

void TestGatePanel::emptyTraceSaysSo()
{
    GatePanel panel;
    panel.resize(500, 300);
    QVERIFY(!panel.windowText().isEmpty());
    QVERIFY(!panel.heatmap(Gate::Input)->hasData());
    panel.updateSnapshot(TrainingSnapshot());
    QVERIFY(!panel.heatmap(Gate::Input)->hasData());
    QCOMPARE(panel.exportCsv(), QStringLiteral("layer,unit,t,i,f,g,o,c,h\n"));
}

QTEST_MAIN(TestGatePanel)

// The panel draws the maps of the trace's cell only (LSTM i f g o c h, GRU r z n h, plain RNN
// h), named by the vocabulary, in a grid for their number; the CSV has the cell's columns.
void TestGatePanel::showsTheChosenCellsMapsOnly_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("maps");
    QTest::addColumn<QString>("csvHeader");
    QTest::newRow("lstm") << int(RecurrentCell::Lstm) << 6 << "layer,unit,t,i,f,g,o,c,h";
    QTest::newRow("gru") << int(RecurrentCell::Gru) << 4 << "layer,unit,t,r,z,n,h";
    QTest::newRow("rnn") << int(RecurrentCell::Rnn) << 1 << "layer,unit,t,h";
}

void TestGatePanel::showsTheChosenCellsMapsOnly()
{
    QFETCH(int, cell);
    QFETCH(int, maps);
    QFETCH(QString, csvHeader);
    const auto c = RecurrentCell(cell);
    GatePanel panel;
    panel.resize(900, 500);
    panel.show();
    // From another cell to this one and back: every switch shows exactly the cell's maps.
    panel.setTrace(cellTrace(c == RecurrentCell::Gru ? RecurrentCell::Rnn : RecurrentCell::Gru, 4, 2, 6), 0.0, 1.0);
    panel.setTrace(cellTrace(c, 4, 2, 6), 0.0, 1.0);
    QCOMPARE(int(panel.cell()), cell);
    QCOMPARE(int(panel.shownGates().size()), maps);
    const GateVocabulary vocabulary;
    for (int gate = 0; gate < gateCount; ++gate) {
        const HeatmapWidget *map = panel.heatmap(Gate(gate));
        QCOMPARE(map->isVisible(), cellHasGate(c, Gate(gate)));
        if (map->isVisible()) {
            QCOMPARE(map->title(), vocabulary.name(Gate(gate), c));
            QCOMPARE(map->units(), 4);
        }
    }
    QCOMPARE(panel.exportCsv().section(QLatin1Char('\n'), 0, 0), csvHeader);
    QCOMPARE(panel.exportCsv().count(QLatin1Char('\n')), 1 + 2 * 4 * 6);
    if (c != RecurrentCell::Lstm)
        QVERIFY(panel.whatsThis().contains(QStringLiteral("no cell state c")));
}

#include "tst_gatepanel.moc"
