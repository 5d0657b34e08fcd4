// TextLossChart: the axis says bits per character; a snapshot's train and validation histories
// and the unigram baseline are drawn; clearing empties the curves; its legend's names fit.

#include "textlosschart.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
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

    // The page may not squeeze the chart below its legend's names on one row (they were cut
    // to "unigr…", "traini…" at 1366x768, when they were "unigram baseline" and "training batch").
    void isWideEnoughForItsLegend()
    {
        TextLossChart chart;
        const QFontMetrics metrics(chart.chart()->legend()->font());
        int names = 0;
        for (const QLineSeries *series : {chart.baselineSeries(), chart.trainSeries(), chart.validationSeries()})
            names += metrics.horizontalAdvance(series->name());
        QVERIFY(names > metrics.horizontalAdvance(QStringLiteral("unigram training validation")) - 3 * metrics.horizontalAdvance(QLatin1Char(' ')));
        QVERIFY2(chart.minimumWidth() >= names + 3 * metrics.height(),
                 qPrintable(QStringLiteral("%1 for %2").arg(chart.minimumWidth()).arg(names)));
    }
};

QTEST_MAIN(TestTextLossChart)
#include "tst_textlosschart.moc"
