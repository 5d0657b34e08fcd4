// VectorStrip: a bar per component, sections named in the tooltip, positive and negative bars
// drawn in their own colours.

#include "vectorstrip.h"

#include <QTest>

class TestVectorStrip : public QObject
{
    Q_OBJECT

private slots:
    void barsAndTooltips()
    {
        VectorStrip strip;
        strip.resize(400, 80);
        strip.setValues({1.f, -1.f, 0.5f, -0.25f, 0.f, 0.f, 0.f, 0.f}, {QStringLiteral("i"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("o")});
        QCOMPARE(int(strip.values().size()), 8);
        QVERIFY2(strip.toolTipAt(QPoint(10, 20)).contains(QLatin1String("component 0 (i, unit 0): 1.0000")), qPrintable(strip.toolTipAt(QPoint(10, 20))));
        QVERIFY(strip.toolTipAt(QPoint(60, 20)).contains(QLatin1String("component 1 (i, unit 1): -1.0000")));
        QVERIFY(strip.toolTipAt(QPoint(110, 20)).contains(QLatin1String("(f, unit 0)")));
        const QImage image = strip.grab().toImage();
        // Bar 0 goes up from the middle in blue, bar 1 down in red.
        const int middle = (80 - 14) / 2;
        QCOMPARE(image.pixelColor(20, middle - 10), QColor(31, 119, 180));
        QCOMPARE(image.pixelColor(70, middle + 10), QColor(214, 39, 40));
    }
};

QTEST_MAIN(TestVectorStrip)
#include "tst_vectorstrip.moc"
