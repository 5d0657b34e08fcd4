// ColorScale: the ends of each map are the published colours, the middle of the diverging map
// is its near-white, values outside the range clamp, NaN is grey, and a bad range is mended.

#include "colorscale.h"

#include <QTest>

#include <cmath>

class TestColorScale : public QObject
{
    Q_OBJECT

private slots:
    void endsAndMiddle_data();
    void endsAndMiddle();
    void outsideTheRangeClamps();
    void nanIsGrey();
    void emptyRangeIsMended();
    void sequentialMapBrightens();
    void divergingMapIsBlueBelowAndRedAbove();
};

void TestColorScale::endsAndMiddle_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<uint>("low");
    QTest::addColumn<uint>("middle");
    QTest::addColumn<uint>("high");
    // viridis at 0, 0.5, 1; RdBu reversed at -1, 0, 1 (the anchors, so exact).
    QTest::newRow("sequential 0..1 (gates)") << int(ColorScale::Kind::Sequential) << 0.0 << 1.0 << 0xff440154u
                                             << 0xff21918cu << 0xfffde725u;
    QTest::newRow("diverging -1..1 (tanh)") << int(ColorScale::Kind::Diverging) << -1.0 << 1.0 << 0xff053061u
                                            << 0xfff7f7f7u << 0xff67001fu;
    QTest::newRow("diverging -3..5 (cell state)") << int(ColorScale::Kind::Diverging) << -3.0 << 5.0 << 0xff053061u
                                                  << 0xfff7f7f7u << 0xff67001fu;
}

void TestColorScale::endsAndMiddle()
{
    QFETCH(int, kind);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(uint, low);
    QFETCH(uint, middle);
    QFETCH(uint, high);
    const ColorScale scale(ColorScale::Kind(kind), minimum, maximum);
    QCOMPARE(scale.rgb(minimum), QRgb(low));
    QCOMPARE(scale.rgb((minimum + maximum) / 2), QRgb(middle));
    QCOMPARE(scale.rgb(maximum), QRgb(high));
    QCOMPARE(scale.tableEntry(0), QRgb(low));
    QCOMPARE(scale.tableEntry(ColorScale::tableSize / 2), QRgb(middle));
    QCOMPARE(scale.tableEntry(ColorScale::tableSize - 1), QRgb(high));
    QCOMPARE(scale.color(maximum), QColor::fromRgb(QRgb(high)));
}

void TestColorScale::outsideTheRangeClamps()
{
    const ColorScale scale(ColorScale::Kind::Diverging, -1.0, 1.0);
    QCOMPARE(scale.rgb(-50.0), scale.rgb(-1.0));
    QCOMPARE(scale.rgb(7.0), scale.rgb(1.0));
    QCOMPARE(scale.rgb(-qInf()), scale.rgb(-1.0));
    QCOMPARE(scale.rgb(qInf()), scale.rgb(1.0));
}

void TestColorScale::nanIsGrey()
{
    for (const ColorScale::Kind kind : {ColorScale::Kind::Sequential, ColorScale::Kind::Diverging}) {
        const ColorScale scale(kind, 0.0, 1.0);
        QCOMPARE(scale.rgb(qQNaN()), ColorScale::nanColor);
    }
}

void TestColorScale::emptyRangeIsMended()
{
    ColorScale scale(ColorScale::Kind::Sequential, 2.0, 2.0);
    QCOMPARE(scale.minimum(), 2.0);
    QCOMPARE(scale.maximum(), 3.0);
    scale.setRange(5.0, 1.0); // reversed
    QCOMPARE(scale.maximum(), 6.0);
    QCOMPARE(scale.rgb(5.0), scale.tableEntry(0));
    QCOMPARE(scale.rgb(6.0), scale.tableEntry(ColorScale::tableSize - 1));
}

// "Brighter = more open": viridis's luma (qGray) grows along the range.
void TestColorScale::sequentialMapBrightens()
{
    const ColorScale scale(ColorScale::Kind::Sequential, 0.0, 1.0);
    QCOMPARE(scale.kind(), ColorScale::Kind::Sequential);
    int previous = -1;
    for (int k = 0; k <= 10; ++k) {
        const int lightness = qGray(scale.rgb(k / 10.0));
        QVERIFY2(lightness > previous, qPrintable(QStringLiteral("not brighter at %1").arg(k / 10.0)));
        previous = lightness;
    }
}

void TestColorScale::divergingMapIsBlueBelowAndRedAbove()
{
    ColorScale scale;
    scale.setKind(ColorScale::Kind::Diverging);
    scale.setRange(-1.0, 1.0);
    for (double v : {-0.9, -0.5, -0.2}) {
        const QColor c = scale.color(v);
        QVERIFY2(c.blue() > c.red(), qPrintable(QStringLiteral("%1 is not blue").arg(v)));
        const QColor mirrored = scale.color(-v);
        QVERIFY2(mirrored.red() > mirrored.blue(), qPrintable(QStringLiteral("%1 is not red").arg(-v)));
    }
}

QTEST_APPLESS_MAIN(TestColorScale)
#include "tst_colorscale.moc"
