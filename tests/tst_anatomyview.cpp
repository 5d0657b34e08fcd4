// AnatomyView: the weight shapes and the parameter count equal PyTorch's for a grid of
// models (counts made once with torch 1.13: sum(p.numel()) of nn.LSTM(I, H, num_layers=L) and
// nn.Linear(H, O), see the rows), the view follows the configuration, a snapshot shades the
// neurons and labels the inputs, and a time step chosen in the unrolled view is announced.

#include "anatomyview.h"

#include "celldiagram.h"
#include "network.h"
#include "trainingsnapshot.h"
#include "unrolleddiagram.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <cmath>

namespace {

lstmlab::ModelConfig model(int units, int layers, int timesteps, int inputSize = 1, int outputSize = 1)
{
    lstmlab::ModelConfig m;
    m.units = units;
    m.layers = layers;
    m.timesteps = timesteps;
    m.inputSize = inputSize;
    m.outputSize = outputSize;
    return m;
}

// A trace of the given shape with recognisable values: gate g of unit u at step t is
// (g + 1) / 10 + u / 1000 + t / 100000.
TrainingSnapshot snapshotFor(const lstmlab::ModelConfig &m)
{
    TrainingSnapshot s;
    s.model = m;
    s.trace.window = 3;
    s.trace.target = 0.25f;
    s.trace.prediction = 0.5f;
    for (int t = 0; t < m.timesteps; ++t)
        s.trace.input.push_back(float(std::sin(0.1 * t)));
    for (int l = 0; l < m.layers; ++l) {
        lstmlab::LayerTrace lt;
        lt.units = m.units;
        lt.timesteps = m.timesteps;
        lt.inputSize = l == 0 ? m.inputSize : m.units;
        for (int g = 0; g < lstmlab::gateCount; ++g)
            for (int u = 0; u < m.units; ++u)
                for (int t = 0; t < m.timesteps; ++t)
                    lt.values[std::size_t(g)].push_back(float((g + 1) / 10.0 + u / 1000.0 + t / 100000.0));
        s.trace.layers.push_back(lt);
    }
    return s;
}

} // namespace

class TestAnatomyView : public QObject
{
    Q_OBJECT

private slots:
    void parameterCountIsPyTorchs_data();
    void parameterCountIsPyTorchs();
    void tensorsHavePyTorchNamesAndShapes();
    void followsTheConfiguration_data();
    void followsTheConfiguration();
    void snapshotShadesTheChosenStep();
    void traceOfAnotherShapeIsIgnored();
    void clickingACopyChoosesItsTimeStep();
    void exportsTheTable();
    void rendersAtAnySize();
    void drawsTheChosenCell_data();
    void drawsTheChosenCell();
};

void TestAnatomyView::parameterCountIsPyTorchs_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<int>("outputSize");
    QTest::addColumn<qint64>("pytorch");
    QTest::newRow("1 unit, 1 layer") << 1 << 1 << 1 << 1 << qint64(18);
    QTest::newRow("1 unit, 2 layers, 20 inputs") << 1 << 2 << 20 << 1 << qint64(110);
    QTest::newRow("the seed: 20 units, 2 layers") << 20 << 2 << 1 << 1 << qint64(5221);
    QTest::newRow("2 units, 2 layers") << 2 << 2 << 1 << 1 << qint64(91);
    QTest::newRow("3 units, 5 inputs, 2 outputs") << 3 << 1 << 5 << 2 << qint64(128);
    QTest::newRow("64 units, 3 layers") << 64 << 3 << 1 << 1 << qint64(83777);
    QTest::newRow("128 units, 4 layers") << 128 << 4 << 1 << 1 << qint64(463489);
    QTest::newRow("256 units, 8 layers") << 256 << 8 << 1 << 1 << qint64(3949825);
    QTest::newRow("7 units, 5 layers, 3 in, 4 out") << 7 << 5 << 3 << 4 << qint64(2160);
    QTest::newRow("1 unit, 8 layers, 64 in, 64 out") << 1 << 8 << 64 << 64 << qint64(508);
}

void TestAnatomyView::parameterCountIsPyTorchs()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, inputSize);
    QFETCH(int, outputSize);
    QFETCH(qint64, pytorch);
    const lstmlab::ModelConfig m = model(units, layers, 20, inputSize, outputSize);
    // The formula the view prints: 4H(I_l + H + 2) per layer, O(H + 1) for the head.
    qint64 formula = 0;
    for (int l = 0; l < layers; ++l)
        formula += 4LL * units * ((l == 0 ? inputSize : units) + units + 2);
    formula += qint64(outputSize) * (units + 1);
    QCOMPARE(formula, pytorch);
    QCOMPARE(AnatomyView::parameterCount(m), pytorch);
    QCOMPARE(qint64(lstmlab::Network<float>::parameterCount(m)), pytorch);

    AnatomyView view;
    view.setConfiguration(m);
    QVERIFY2(view.parameterText().contains(QLocale().toString(pytorch)), qPrintable(view.parameterText()));
}

void TestAnatomyView::tensorsHavePyTorchNamesAndShapes()
{
    const QList<AnatomyView::Tensor> tensors = AnatomyView::tensors(model(20, 2, 20));
    QCOMPARE(tensors.size(), 10);
    const QStringList names{"weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0", "weight_ih_l1",
                            "weight_hh_l1", "bias_ih_l1", "bias_hh_l1", "head.weight", "head.bias"};
    const QList<QPair<int, int>> shapes{{80, 1}, {80, 20}, {80, 0}, {80, 0}, {80, 20},
                                        {80, 20}, {80, 0}, {80, 0}, {1, 20}, {1, 0}};
    for (int k = 0; k < tensors.size(); ++k) {
        QCOMPARE(tensors[k].name, names[k]);
        QCOMPARE(tensors[k].rows, shapes[k].first);
        QCOMPARE(tensors[k].columns, shapes[k].second);
    }
    QCOMPARE(tensors[0].formula, QStringLiteral("4H × I"));
    QCOMPARE(tensors[4].formula, QStringLiteral("4H × H"));
}

void TestAnatomyView::followsTheConfiguration_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::newRow("seed") << 20 << 2 << 20;
    QTest::newRow("one unit") << 1 << 1 << 5;
    QTest::newRow("more units than drawn") << 64 << 3 << 100;
    QTest::newRow("eight layers, one step") << 8 << 8 << 1;
}

void TestAnatomyView::followsTheConfiguration()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);
    AnatomyView view;
    view.resize(900, 1000);
    view.setConfiguration(model(20, 2, 20));
    view.setLayer(1);
    view.setConfiguration(model(units, layers, timesteps));

    QCOMPARE(view.cellDiagram()->units(), units);
    QCOMPARE(view.cellDiagram()->layers(), layers);
    QCOMPARE(view.layer(), std::min(1, layers - 1));
    QCOMPARE(view.cellDiagram()->inputSize(), view.layer() == 0 ? 1 : units);
    QCOMPARE(view.unrolledDiagram()->layers(), layers);
    QCOMPARE(view.unrolledDiagram()->timesteps(), timesteps);
    QCOMPARE(view.unrolledDiagram()->units(), units);
    QCOMPARE(view.layerBox()->count(), layers);
    QCOMPARE(view.weightTable()->rowCount(), 4 * layers + 2);
    // num_units said as neurons per gate layer, not cells.
    const QString caption = view.captionLabel()->text();
    QVERIFY2(caption.contains(QStringLiteral("num_units = %1").arg(units)), qPrintable(caption));
    QVERIFY2(caption.contains(QLatin1String("EACH of the 4 gate layers")), qPrintable(caption));
    QCOMPARE(CellDiagram::drawnNeurons(units), units <= CellDiagram::maxDrawnNeurons
                                                   ? units : CellDiagram::elidedHead + CellDiagram::elidedTail);
    // The unrolled view: one cell, reused; the last step is chosen until another is.
    QVERIFY(view.unrolledDiagram()->title().contains(QLatin1String("reused at every time step")));
    QCOMPARE(view.selectedTimeStep(), timesteps - 1);
    QCOMPARE(view.unrolledDiagram()->selectedTimeStep(), timesteps - 1);
    const QVector<int> columns = view.unrolledDiagram()->visibleColumns();
    QCOMPARE(columns.first(), 0);
    QCOMPARE(columns.last(), timesteps - 1);
    QVERIFY(view.parameterText().contains(QLocale().toString(AnatomyView::parameterCount(model(units, layers, timesteps)))));
}

void TestAnatomyView::snapshotShadesTheChosenStep()
{
    AnatomyView view;
    const lstmlab::ModelConfig m = model(4, 2, 6);
    view.setConfiguration(m);
    QVERIFY(!view.cellDiagram()->hasActivations());
    view.updateSnapshot(snapshotFor(m));
    QVERIFY(view.unrolledDiagram()->hasWindow());
    QCOMPARE(view.cellDiagram()->activationStep(), 5);
    view.setLayer(1);
    view.setSelectedTimeStep(2);
    QCOMPARE(view.cellDiagram()->activationStep(), 2);
    QCOMPARE(view.cellDiagram()->layer(), 1);
    QCOMPARE(view.cellDiagram()->inputSize(), 4);
    QCOMPARE(view.unrolledDiagram()->selectedTimeStep(), 2);
    QVERIFY(view.captionLabel()->text().contains(QLatin1String("num_units = 4")));
}

void TestAnatomyView::traceOfAnotherShapeIsIgnored()
{
    AnatomyView view;
    view.setConfiguration(model(4, 2, 6));
    view.updateSnapshot(snapshotFor(model(4, 2, 6)));
    QVERIFY(view.cellDiagram()->hasActivations());
    // The settings changed before the new model's first snapshot: the old numbers go.
    view.setConfiguration(model(5, 2, 6));
    QVERIFY(!view.cellDiagram()->hasActivations());
    QVERIFY(!view.unrolledDiagram()->hasWindow());
    view.updateSnapshot(snapshotFor(model(4, 2, 6)));
    QVERIFY(!view.cellDiagram()->hasActivations());
    QCOMPARE(view.cellDiagram()->units(), 5);
}

void TestAnatomyView::clickingACopyChoosesItsTimeStep()
{
    AnatomyView view;
    view.resize(1400, 900);
    view.setConfiguration(model(20, 2, 100));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    UnrolledDiagram *unrolled = view.unrolledDiagram();
    const QVector<int> columns = unrolled->visibleColumns();
    QVERIFY2(columns.contains(-1), "100 copies do not fit: the middle is elided");
    QSignalSpy chosen(&view, &AnatomyView::timeStepSelected);
    const int t = columns[1];
    const double x = unrolled->columnCentre(t);
    QVERIFY(std::isfinite(x));
    QTest::mouseClick(unrolled, Qt::LeftButton, {}, QPoint(int(x), unrolled->height() - 12));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toInt(), t);
    QCOMPARE(view.selectedTimeStep(), t);
    // A step in the elided middle, chosen from the heatmaps, is drawn.
    view.setSelectedTimeStep(50);
    QVERIFY(unrolled->visibleColumns().contains(50));
    QVERIFY(std::isfinite(unrolled->columnCentre(50)));
    QCOMPARE(chosen.count(), 1); // not announced back
}

void TestAnatomyView::exportsTheTable()
{
    AnatomyView view;
    view.setConfiguration(model(20, 2, 20));
    const QStringList lines = view.exportCsv().trimmed().split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("tensor,layer,rows,columns,parameters"));
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines[1], QStringLiteral("weight_ih_l0,1,80,1,80"));
    QCOMPARE(lines[3], QStringLiteral("bias_ih_l0,1,80,,80"));
    QCOMPARE(lines.last(), QStringLiteral("total,,,,5221"));
    QCOMPARE(view.exportName(), QStringLiteral("anatomy"));
}

void TestAnatomyView::rendersAtAnySize()
{
    for (const QSize size : {QSize(420, 900), QSize(1500, 900)}) {
        AnatomyView view;
        view.setConfiguration(model(20, 2, 20));
        view.updateSnapshot(snapshotFor(model(20, 2, 20)));
        view.resize(size);
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), view.size() * image.devicePixelRatio());
        // The cell diagram drew something: its pixels are not all one colour.
        const QImage cell = view.cellDiagram()->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < cell.height(); y += 7)
            for (int x = 0; x < cell.width(); x += 7)
                colours.insert(cell.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QCOMPARE(view.cellDiagram()->isCompact(), view.cellDiagram()->drawingScale() < 0.62);
    }
}

QTEST_MAIN(TestAnatomyView)

// The anatomy draws the chosen cell (its gate layers: LSTM 4, GRU 3, plain RNN 1), counts its
// weights as PyTorch does, and the unrolled view carries c only for the LSTM.
void TestAnatomyView::drawsTheChosenCell_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("weightShape");
    QTest::newRow("lstm") << int(lstmlab::RecurrentCell::Lstm) << 4 << "4H × H";
    QTest::newRow("gru") << int(lstmlab::RecurrentCell::Gru) << 3 << "3H × H";
    QTest::newRow("rnn") << int(lstmlab::RecurrentCell::Rnn) << 1 << "H × H";
}

void TestAnatomyView::drawsTheChosenCell()
{
    QFETCH(int, cell);
    QFETCH(int, columns);
    QFETCH(QString, weightShape);
    lstmlab::ModelConfig model;
    model.cell = lstmlab::RecurrentCell(cell);
    model.units = 6;
    model.layers = 2;
    AnatomyView view;
    view.resize(1000, 900);
    view.setConfiguration(model);
    QCOMPARE(int(view.cellDiagram()->cell()), cell);
    QCOMPARE(view.cellDiagram()->columnCount(), columns);
    QCOMPARE(int(view.unrolledDiagram()->cell()), cell);
    QCOMPARE(AnatomyView::parameterCount(model), qint64(lstmlab::Network<float>::parameterCount(model)));
    QCOMPARE(AnatomyView::tensors(model).at(1).formula, weightShape);
    const char *const pytorch[] = {"nn.LSTM(", "nn.RNN(", "nn.GRU("}; // RecurrentCell's order
    QVERIFY2(view.parameterText().contains(QLatin1String(pytorch[cell])), qPrintable(view.parameterText()));
    const char *const firstLayer[] = {"4·6·(1+6+2)", "6·(1+6+2)", "3·6·(1+6+2)"};
    QVERIFY2(view.parameterText().contains(QString::fromUtf8(firstLayer[cell])), qPrintable(view.parameterText()));
    QCOMPARE(view.unrolledDiagram()->subtitle().contains(QStringLiteral("c and h")),
             model.cell == lstmlab::RecurrentCell::Lstm);
    if (model.cell != lstmlab::RecurrentCell::Lstm)
        QVERIFY(!view.cellDiagram()->caption().contains(QStringLiteral("4 gate layers")));
    // Painted, it draws something (no LSTM-only part is read for the other cells).
    const QImage image = view.cellDiagram()->grab().toImage();
    QVERIFY(!image.isNull());
}

#include "tst_anatomyview.moc"
