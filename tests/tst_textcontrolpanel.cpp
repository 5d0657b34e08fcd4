// TextControlPanel: the text defaults shown, one configurationChanged() per committed change,
// none from setConfiguration(), the Udacity preset's values, the opened file in the chooser and
// the corpus message shown and hidden.

#include "textcontrolpanel.h"
#include "texttrainingcontroller.h"
#include "windowparts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestTextControlPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTextDefaults()
    {
        TextControlPanel panel;
        QCOMPARE(panel.modelConfig().units, 128);
        QCOMPARE(panel.modelConfig().layers, 2);
        QCOMPARE(panel.modelConfig().timesteps, 50);
        QCOMPARE(panel.modelConfig().dropout, 0.5);
        QCOMPARE(panel.trainConfig().batchSize, 32);
        QCOMPARE(panel.trainConfig().learningRate, 0.002);
        QCOMPARE(panel.trainConfig().clipNorm, 5.0);
        QCOMPARE(panel.trainConfig().epochs, 0);
        QCOMPARE(panel.corpusId(), QStringLiteral("tang300"));
    }

    void emitsOncePerChange()
    {
        TextControlPanel panel;
        QSignalSpy changed(&panel, &TextControlPanel::configurationChanged);
        lstmlab::ModelConfig model = TextTrainingController::defaultModel();
        model.units = 64;
        panel.setConfiguration(model, TextTrainingController::defaultTrain());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(panel.modelConfig().units, 64);
        part<QSpinBox>(panel, "textStreams")->setValue(16);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<lstmlab::TrainConfig>().batchSize, 16);
        part<QDoubleSpinBox>(panel, "textDropout")->setValue(0.2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.modelConfig().dropout, 0.2);
    }

    // The Cell box (issue 17): the text task trains any cell; a preset keeps the chosen one.
    void cellBoxChoosesTheCell()
    {
        TextControlPanel panel;
        auto *cell = part<QComboBox>(panel, "textCell");
        QCOMPARE(cell->count(), 3);
        QCOMPARE(int(panel.modelConfig().cell), int(lstmlab::RecurrentCell::Lstm));
        QSignalSpy changed(&panel, &TextControlPanel::configurationChanged);
        cell->setCurrentIndex(cell->findData(int(lstmlab::RecurrentCell::Gru)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(int(changed.at(0).at(0).value<lstmlab::ModelConfig>().cell), int(lstmlab::RecurrentCell::Gru));
        part<QComboBox>(panel, "textPreset")->activated(2);
        QCOMPARE(int(panel.modelConfig().cell), int(lstmlab::RecurrentCell::Gru));
        QCOMPARE(panel.modelConfig().units, 512);
        lstmlab::ModelConfig model = TextTrainingController::defaultModel();
        model.cell = lstmlab::RecurrentCell::Rnn;
        panel.setConfiguration(model, TextTrainingController::defaultTrain());
        QCOMPARE(cell->currentData().toInt(), int(lstmlab::RecurrentCell::Rnn));
    }

    void udacityPreset()
    {
        TextControlPanel panel;
        QSignalSpy changed(&panel, &TextControlPanel::configurationChanged);
        auto *preset = part<QComboBox>(panel, "textPreset");
        preset->activated(2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.modelConfig().units, 512);
        QCOMPARE(panel.modelConfig().layers, 2);
        QCOMPARE(panel.modelConfig().timesteps, 100);
        QCOMPARE(panel.trainConfig().batchSize, 100);
        QCOMPARE(panel.trainConfig().learningRate, 0.001);
        QCOMPARE(panel.trainConfig().clipNorm, 5.0);
        QCOMPARE(preset->currentIndex(), 0); // ready for the next choice
        preset->activated(1);
        QCOMPARE(panel.modelConfig().units, 128);
        QCOMPARE(panel.trainConfig().batchSize, 32);
    }

    void openedFileAndMessage()
    {
        TextControlPanel panel;
        panel.setOpenedFile(QStringLiteral("/tmp/anna.txt"));
        QCOMPARE(panel.corpusId(), QStringLiteral("file"));
        QVERIFY(part<QComboBox>(panel, "corpusChooser")->currentText().contains(QLatin1String("anna.txt")));
        auto *message = part<QLabel>(panel, "corpusMessage");
        panel.setCorpusMessage(QStringLiteral("install fortunes-zh"));
        QVERIFY(!message->isHidden());
        panel.setCorpusMessage(QString());
        QVERIFY(message->isHidden());
    }
};

QTEST_MAIN(TestTextControlPanel)
#include "tst_textcontrolpanel.moc"
