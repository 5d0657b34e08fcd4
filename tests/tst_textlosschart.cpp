// TextLossChart: the axis says bits per character; a snapshot's train and validation histories
// and the unigram baseline are drawn; clearing empties the curves.

#include "textlosschart.h"

#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

class TestTextLossChart : public QObject
{
    Q_OBJECT

private slots:
    void drawsBitsPerCharacter()
    {
        TextLossChart chart;
        QVERIFY(chart.yAxis()->titleText().contains(QLatin1String("bits per character")));
        TextSnapshot s;
        s.step = 100;
        s.unigramBitsPerChar = 4.5;
        for (int k = 1; k <= 100; ++k)
            s.trainHistory.append(QPointF(k, 6.0 - k * 0.02));
        s.validationHistory = {QPointF(50, 4.8), QPointF(100, 4.1)};
        chart.updateSnapshot(s);
        QCOMPARE(chart.trainSeries()->count(), 100);
        QCOMPARE(chart.validationSeries()->count(), 2);
        QCOMPARE(chart.baselineSeries()->count(), 2);
        QCOMPARE(chart.baselineSeries()->at(0).y(), 4.5);
        QVERIFY(chart.yAxis()->max() >= 6.0);
        QCOMPARE(chart.yAxis()->min(), 0.0);
        chart.clearHistory();
        QCOMPARE(chart.trainSeries()->count(), 0);
        QCOMPARE(chart.validationSeries()->count(), 0);
    }
};

QTEST_MAIN(TestTextLossChart)
#include "tst_textlosschart.moc"
