// BusyIndicator: says at once that a new network is being built, then whatever the worker has
// been doing for more than 0.3 s (a step, evaluating the test set), and nothing when no work
// takes that long. A controller at 256 units x 2 layers x 200 steps, whose steps take seconds.

#include "busyindicator.h"
#include "trainingcontroller.h"

#include <QApplication>
#include <QTest>

namespace {
constexpr int waitMs = 120000; // a loaded CI machine; the usual wait is a few seconds
}

class TestBusyIndicator : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatTakesAWhile();
};

void TestBusyIndicator::saysWhatTakesAWhile()
{
    TrainingController controller;
    BusyIndicator busy(&controller);
    // The seed's model builds and traces in milliseconds: nothing to say.
    QTRY_VERIFY_WITH_TIMEOUT(controller.generation() == 1 && busy.text().isEmpty(), waitMs);
    QTest::qWait(2 * BusyIndicator::showAfterMs);
    QCOMPARE(busy.text(), QString());

    lstmlab::ModelConfig model;
    model.units = 256;
    model.timesteps = 200;
    controller.setConfiguration(model, controller.trainConfig());
    QCOMPARE(busy.text(), QStringLiteral("Building a new network: 256 units × 2 layers × 200 time steps…"));
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(busy.text().startsWith(QStringLiteral("Taking the first step, ")), waitMs);
    controller.pause();
    // Paused, the worker renews the test predictions slice by slice: one activity of seconds,
    // though each slice takes only 0.1 s on a fast machine.
    QTRY_VERIFY_WITH_TIMEOUT(busy.text().startsWith(QStringLiteral("Evaluating the test set for the prediction chart, ")),
                             waitMs);
    controller.reset(); // and the building notice comes back at once
    QVERIFY(busy.text().startsWith(QStringLiteral("Building a new network: 256 units × 2 layers × 200 time steps…")));
}

QTEST_MAIN(TestBusyIndicator)
#include "tst_busyindicator.moc"
