// FramePacer: the user's maximum until frames are measured; then as many frames a second as
// keep drawing within the duty cycle, never below minRate nor above the maximum; the rate
// follows a lasting change in the cost within a few frames, and one slow frame only dents it.

#include "framepacer.h"

#include <QTest>

class TestFramePacer : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheMaximum()
    {
        FramePacer pacer(30.0, 0.2);
        QCOMPARE(pacer.rate(), 30.0);
        QCOMPARE(pacer.frameCost(), 0.0);
    }

    void keepsDrawingWithinTheDutyCycle_data()
    {
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("rate");
        QTest::newRow("cheap frames: the maximum") << 0.002 << 30.0;
        QTest::newRow("10 ms: 20 a second") << 0.010 << 20.0;
        QTest::newRow("40 ms: 5 a second") << 0.040 << 5.0;
        QTest::newRow("a second a frame: the minimum") << 1.0 << FramePacer::minRate;
    }

    void keepsDrawingWithinTheDutyCycle()
    {
        QFETCH(double, cost);
        QFETCH(double, rate);
        FramePacer pacer(30.0, 0.2);
        for (int k = 0; k < 5; ++k)
            pacer.addFrameCost(cost);
        QCOMPARE(pacer.frameCost(), cost);
        QCOMPARE(pacer.rate(), rate);
    }

    void neverAboveALowMaximum()
    {
        FramePacer pacer(2.0, 0.2);
        pacer.addFrameCost(1.0);
        QCOMPARE(pacer.rate(), 2.0); // the user's 2 a second, though below minRate
        pacer.setMaxRate(10.0);
        QCOMPARE(pacer.rate(), FramePacer::minRate);
    }

    void followsALastingChangeAndShrugsOffOneSlowFrame()
    {
        FramePacer pacer(30.0, 0.2);
        for (int k = 0; k < 20; ++k)
            pacer.addFrameCost(0.010);
        pacer.addFrameCost(0.200); // a resize
        QVERIFY(pacer.rate() > 6.0);
        for (int k = 0; k < 3; ++k)
            pacer.addFrameCost(0.010);
        QVERIFY(pacer.rate() > 10.0);
        for (int k = 0; k < 12; ++k)
            pacer.addFrameCost(0.040); // a bigger model from now on
        QVERIFY(qAbs(pacer.rate() - 5.0) < 0.5);
    }

    void ignoresNonsenseCosts()
    {
        FramePacer pacer(30.0, 0.2);
        pacer.addFrameCost(0.010);
        pacer.addFrameCost(-1.0);
        pacer.addFrameCost(qQNaN());
        pacer.addFrameCost(qInf());
        QCOMPARE(pacer.frameCost(), 0.010);
    }
};

QTEST_APPLESS_MAIN(TestFramePacer)
#include "tst_framepacer.moc"
