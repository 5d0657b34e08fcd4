// SpeedSlider: fixed delays from full speed to one step per second, snapping a stored value,
// announcing only the learner's moves.

#include "speedslider.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

class TestSpeedSlider : public QObject
{
    Q_OBJECT

private slots:
    void delaysSpanFullSpeedToOneStepPerSecond();
    void snaps_data();
    void snaps();
    void movingAnnounces();
};

void TestSpeedSlider::delaysSpanFullSpeedToOneStepPerSecond()
{
    const QList<int> delays = SpeedSlider::delays();
    QCOMPARE(delays.first(), 0);
    QCOMPARE(delays.last(), 1000);
    QVERIFY(std::is_sorted(delays.begin(), delays.end()));
    QCOMPARE(SpeedSlider::describe(0), QStringLiteral("full speed"));
    QCOMPARE(SpeedSlider::describe(1000), QStringLiteral("1 step/s"));
    QCOMPARE(SpeedSlider::describe(100), QStringLiteral("≤ 10 steps/s"));
}

void TestSpeedSlider::snaps_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("delay");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("negative") << -50 << 0;
    QTest::newRow("exact") << 250 << 250;
    QTest::newRow("between") << 120 << 100;
    QTest::newRow("too slow") << 5000 << 1000;
}

void TestSpeedSlider::snaps()
{
    QFETCH(int, stored);
    QFETCH(int, delay);
    SpeedSlider slider;
    QSignalSpy changed(&slider, &SpeedSlider::delayChanged);
    slider.setDelayMs(stored);
    QCOMPARE(slider.delayMs(), delay);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(slider.valueLabel()->text(), SpeedSlider::describe(delay));
}

void TestSpeedSlider::movingAnnounces()
{
    SpeedSlider slider;
    QSignalSpy changed(&slider, &SpeedSlider::delayChanged);
    slider.slider()->setValue(slider.slider()->maximum());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 1000);
    QCOMPARE(slider.valueLabel()->text(), QStringLiteral("1 step/s"));
}

QTEST_MAIN(TestSpeedSlider)
#include "tst_speedslider.moc"
