// UnrolledDiagram: all copies when they fit; otherwise both ends and the chosen step stay and
// the gaps are marked; a click picks the step under it; a window of another length is refused.

#include "unrolleddiagram.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

class TestUnrolledDiagram : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void clickPicksAStep();
    void windowMustMatchTheTimesteps();
};

void TestUnrolledDiagram::columns_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("selected");
    QTest::newRow("seed fits") << 20 << 2000 << 19;
    QTest::newRow("one step") << 1 << 600 << 0;
    QTest::newRow("100 steps, last chosen") << 100 << 900 << 99;
    QTest::newRow("100 steps, middle chosen") << 100 << 900 << 47;
    QTest::newRow("200 steps, narrow, middle") << 200 << 400 << 120;
    QTest::newRow("200 steps, second chosen") << 200 << 700 << 1;
}

void TestUnrolledDiagram::columns()
{
    QFETCH(int, timesteps);
    QFETCH(int, width);
    QFETCH(int, selected);
    UnrolledDiagram diagram;
    diagram.resize(width, 260);
    diagram.setShape(2, 20, timesteps);
    diagram.setSelectedTimeStep(selected);
    const QVector<int> columns = diagram.visibleColumns();
    QCOMPARE(columns.first(), 0);
    QCOMPARE(columns.last(), timesteps - 1);
    QVERIFY(columns.contains(selected));
    // Increasing steps, with a gap marker exactly where steps are left out.
    int previous = -1;
    for (int k = 0; k < columns.size(); ++k) {
        if (columns[k] < 0) {
            QVERIFY(k > 0 && k + 1 < columns.size() && columns[k + 1] > columns[k - 1] + 1);
            continue;
        }
        QVERIFY(columns[k] > previous);
        if (k > 0 && columns[k - 1] >= 0)
            QCOMPARE(columns[k], columns[k - 1] + 1);
        previous = columns[k];
    }
    const bool fits = !columns.contains(-1);
    QCOMPARE(fits, int(columns.size()) == timesteps);
}

void TestUnrolledDiagram::clickPicksAStep()
{
    UnrolledDiagram diagram;
    diagram.resize(1700, 260); // room for all 20 copies
    diagram.setShape(2, 20, 20);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    QSignalSpy clicked(&diagram, &UnrolledDiagram::timeStepClicked);
    const double x = diagram.columnCentre(7);
    QVERIFY(std::isfinite(x));
    QCOMPARE(diagram.timeStepAt(QPointF(x, 200)), 7);
    QTest::mouseClick(&diagram, Qt::LeftButton, {}, QPoint(int(x), 200));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 7);
    QCOMPARE(diagram.selectedTimeStep(), 7);
    QCOMPARE(diagram.timeStepAt(QPointF(2, 200)), -1); // the row labels
    diagram.setSelectedTimeStep(25);
    QCOMPARE(diagram.selectedTimeStep(), -1);
}

void TestUnrolledDiagram::windowMustMatchTheTimesteps()
{
    UnrolledDiagram diagram;
    diagram.setShape(1, 4, 3);
    diagram.setWindow({0.1f, 0.2f, 0.3f}, 0.4f, 0.35f);
    QVERIFY(diagram.hasWindow());
    diagram.setWindow({0.1f, 0.2f}, 0.4f, 0.35f);
    QVERIFY(!diagram.hasWindow());
    diagram.setWindow({0.1f, 0.2f, 0.3f}, 0.4f, 0.35f);
    diagram.setShape(1, 4, 5);
    QVERIFY(!diagram.hasWindow());
    QVERIFY(diagram.subtitle().contains(QLatin1String("timesteps = 5")));
}

QTEST_MAIN(TestUnrolledDiagram)
#include "tst_unrolleddiagram.moc"
