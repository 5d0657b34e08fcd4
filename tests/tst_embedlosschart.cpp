// EmbedLossChart: the snapshot's loss points drawn against epochs, cleared for a new model,
// exported as CSV.

#include "embedfixture.h"
#include "embedlosschart.h"

#include <QTest>

class TestEmbedLossChart : public QObject
{
    Q_OBJECT

private slots:
    void pointsFollowTheSnapshot()
    {
        EmbedLossChart chart;
        const EmbedSnapshot s = plantedSnapshot(2);
        chart.setSnapshot(s);
        QCOMPARE(chart.pointCount(), int(s.loss.size()));
        const QStringList csv = chart.exportCsv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(csv.first(), QStringLiteral("epochs,loss"));
        QCOMPARE(csv.size(), int(s.loss.size()) + 1);
        chart.clearHistory();
        QCOMPARE(chart.pointCount(), 0);
    }
};

QTEST_MAIN(TestEmbedLossChart)
#include "tst_embedlosschart.moc"
