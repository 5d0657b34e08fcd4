// SamplePanel: samples appended with their number, epoch and step; a sample that could not be
// written shows why; earlier samples stay above new ones; settings signalled, not by setSettings().

#include "samplepanel.h"
#include "windowparts.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestSamplePanel : public QObject
{
    Q_OBJECT

private slots:
    void appendsNumberedSamples()
    {
        SamplePanel panel;
        TextSample sample;
        sample.number = 3;
        sample.epoch = 2;
        sample.step = 1234;
        sample.temperature = 0.8;
        sample.text = QStringLiteral("床前明月光，");
        panel.addSample(sample);
        QCOMPARE(panel.sampleCount(), 1);
        QVERIFY(panel.text().contains(QStringLiteral("Sample 3")));
        QVERIFY(panel.text().contains(QStringLiteral("epoch 2")));
        QVERIFY(panel.text().contains(QStringLiteral("1,234")));
        QVERIFY(panel.text().contains(QStringLiteral("床前明月光，")));
    }

    void saysWhyThereIsNoSample()
    {
        SamplePanel panel;
        TextSample none;
        none.problem = QStringLiteral("'Z' is not in the vocabulary");
        panel.addSample(none);
        QCOMPARE(panel.sampleCount(), 0);
        auto *problem = part<QLabel>(panel, "sampleProblem");
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), none.problem);
    }

    void earlierSamplesStayAbove()
    {
        SamplePanel panel;
        panel.setEarlierSamples(QStringLiteral("Epoch 1:\nold text\n\n"));
        TextSample sample;
        sample.number = 2;
        sample.text = QStringLiteral("new text");
        panel.addSample(sample);
        QVERIFY(panel.text().indexOf(QLatin1String("old text")) < panel.text().indexOf(QLatin1String("new text")));
    }

    void signalsSettingsAndRequests()
    {
        SamplePanel panel;
        QSignalSpy settings(&panel, &SamplePanel::settingsChanged);
        QSignalSpy requested(&panel, &SamplePanel::sampleRequested);
        panel.setSettings(1.2, 50, QStringLiteral("春"));
        QCOMPARE(settings.count(), 0);
        QCOMPARE(panel.temperature(), 1.2);
        part<QDoubleSpinBox>(panel, "sampleTemperature")->setValue(0.5);
        QCOMPARE(settings.count(), 1);
        part<QPushButton>(panel, "sampleNowButton")->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(settings.last().at(2).toString(), QStringLiteral("春"));
    }
};

QTEST_MAIN(TestSamplePanel)
#include "tst_samplepanel.moc"
