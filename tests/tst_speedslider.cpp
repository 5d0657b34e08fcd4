// SpeedSlider: fixed paces from one step per second (left) to full speed (right), snapping a
// stored value, announcing only the learner's moves; keys go the way the slider looks; one
// click gives full speed and another goes back to the pace before.

#include "speedslider.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

class TestSpeedSlider : public QObject
{
    Q_OBJECT

private slots:
    void delaysSpanFullSpeedToOneStepPerSecond();
    void snaps_data();
    void snaps();
    void movingAnnounces();
    void keysGoTheWayTheSliderLooks();
    void fullSpeedIsOneClickAway();
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
    QTest::newRow("exact") << 200 << 200;
    QTest::newRow("teaching pace") << 5 << 5;
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
    slider.setDelayMs(0);
    QSignalSpy changed(&slider, &SpeedSlider::delayChanged);
    slider.slider()->setValue(slider.slider()->minimum()); // the left end: the slowest
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 1000);
    QCOMPARE(slider.valueLabel()->text(), QStringLiteral("1 step/s"));
}

// The complaint: Home went to full speed and Right towards slower.
void TestSpeedSlider::keysGoTheWayTheSliderLooks()
{
    SpeedSlider slider;
    slider.setDelayMs(SpeedSlider::teachingPaceMs);
    QTest::keyClick(slider.slider(), Qt::Key_Right);
    QVERIFY(slider.delayMs() < SpeedSlider::teachingPaceMs); // faster
    QTest::keyClick(slider.slider(), Qt::Key_Left);
    QTest::keyClick(slider.slider(), Qt::Key_Left);
    QVERIFY(slider.delayMs() > SpeedSlider::teachingPaceMs); // slower
    QTest::keyClick(slider.slider(), Qt::Key_Home);
    QCOMPARE(slider.delayMs(), 1000);
    QTest::keyClick(slider.slider(), Qt::Key_End);
    QCOMPARE(slider.delayMs(), 0);
}

void TestSpeedSlider::fullSpeedIsOneClickAway()
{
    SpeedSlider slider;
    slider.setDelayMs(20);
    QSignalSpy changed(&slider, &SpeedSlider::delayChanged);
    QCOMPARE(slider.fullSpeedButton()->text(), QStringLiteral("Full Speed"));
    slider.fullSpeedButton()->click();
    QCOMPARE(slider.delayMs(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toInt(), 0);
    QCOMPARE(slider.fullSpeedButton()->text(), QStringLiteral("Teaching Pace"));
    slider.fullSpeedButton()->click(); // back to the pace chosen before
    QCOMPARE(slider.delayMs(), 20);
    QCOMPARE(changed.last().first().toInt(), 20);

    SpeedSlider fresh; // at full speed from the start, the button offers the teaching pace
    fresh.setDelayMs(0);
    fresh.fullSpeedButton()->click();
    QCOMPARE(fresh.delayMs(), SpeedSlider::teachingPaceMs);
}

QTEST_MAIN(TestSpeedSlider)
#include "tst_speedslider.moc"
