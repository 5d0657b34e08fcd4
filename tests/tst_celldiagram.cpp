// CellDiagram: every neuron is drawn up to 32 per gate layer and the middle is elided beyond;
// the caption states num_units as neurons per gate layer; activations of another size clear
// the shading; small sizes switch to the compact drawing.

#include "celldiagram.h"

#include <QSignalSpy>
#include <QTest>

class TestCellDiagram : public QObject
{
    Q_OBJECT

private slots:
    void drawnNeurons_data();
    void drawnNeurons();
    void captionSaysNeuronsPerGateLayer();
    void activationsMustFitTheShape();
    void gateNamesFallBackToStandard();
    void compactWhenSmall();
};

void TestCellDiagram::drawnNeurons_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("drawn");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("20 (the seed)") << 20 << 20;
    QTest::newRow("32, all") << 32 << 32;
    QTest::newRow("33, elided") << 33 << CellDiagram::elidedHead + CellDiagram::elidedTail;
    QTest::newRow("256, elided") << 256 << CellDiagram::elidedHead + CellDiagram::elidedTail;
}

void TestCellDiagram::drawnNeurons()
{
    QFETCH(int, units);
    QFETCH(int, drawn);
    QCOMPARE(CellDiagram::drawnNeurons(units), drawn);
}

void TestCellDiagram::captionSaysNeuronsPerGateLayer()
{
    CellDiagram cell;
    cell.setShape(1, 20, 0, 2);
    QCOMPARE(cell.caption(), QStringLiteral("num_units = 20: 20 neurons in EACH of the 4 gate layers (not 20 cells)"));
    cell.setShape(1, 1, 0, 1);
    QCOMPARE(cell.caption(), QStringLiteral("num_units = 1: 1 neuron in EACH of the 4 gate layers (not 1 cell)"));
    cell.setShape(20, 20, 5, 2); // layer clamped to the last
    QCOMPARE(cell.layer(), 1);
    QVERIFY(cell.compactLegend().contains(QLatin1String("layer 2 of 2")));
    QVERIFY(cell.compactLegend().contains(QLatin1String("40 numbers")));
}

void TestCellDiagram::activationsMustFitTheShape()
{
    CellDiagram cell;
    cell.setShape(1, 3, 0, 1);
    std::array<std::vector<float>, 4> values;
    for (auto &v : values)
        v = {0.1f, 0.5f, 0.9f};
    cell.setActivations(values, 4);
    QVERIFY(cell.hasActivations());
    QCOMPARE(cell.activationStep(), 4);
    QVERIFY(cell.subtitle().contains(QLatin1String("t = 4")));
    values[2].pop_back();
    cell.setActivations(values, 4);
    QVERIFY(!cell.hasActivations());
    values[2].push_back(0.f);
    cell.setActivations(values, 1);
    cell.setShape(1, 4, 0, 1);
    QVERIFY(!cell.hasActivations());
}

void TestCellDiagram::gateNamesFallBackToStandard()
{
    CellDiagram cell;
    QCOMPARE(cell.gateNames(), CellDiagram::standardGateNames());
    const QStringList notes{"learn: ignore factor i", "forget factor f", "learn: new information g", "use: output factor o"};
    cell.setGateNames(notes);
    QCOMPARE(cell.gateNames(), notes);
    cell.setGateNames({"too", "few"});
    QCOMPARE(cell.gateNames(), CellDiagram::standardGateNames());
}

void TestCellDiagram::compactWhenSmall()
{
    CellDiagram cell;
    QSignalSpy compact(&cell, &CellDiagram::compactChanged);
    cell.resize(940, 578);
    cell.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cell));
    QVERIFY(!cell.isCompact());
    cell.resize(400, 246);
    QTRY_VERIFY(cell.isCompact());
    QVERIFY(!compact.isEmpty());
    QCOMPARE(compact.last().first().toBool(), true);
    QCOMPARE(cell.heightForWidth(470), 289);
    const QImage image = cell.grab().toImage();
    QCOMPARE(image.size(), cell.size() * image.devicePixelRatio());
}

QTEST_MAIN(TestCellDiagram)
#include "tst_celldiagram.moc"
