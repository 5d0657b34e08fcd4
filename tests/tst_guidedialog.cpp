// GuideDialog: the page explains num_units with the current network's numbers, the unrolled
// cell, both vocabularies and every panel; it shows the pictures it is given (and leaves out
// missing ones); its "show me" links ask for their target; the unrolled drawing draws cells.
// In the window, Help > Guide opens it with the live panels' pictures and the window's
// settings, a "show me" link focuses the num_units box, and another brings the Batches tab
// to the front.

#include "guidedialog.h"

#include "batchview.h"

#include "hyperparameterpanel.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "trainingsnapshot.h"

#include "network.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using lstmlab::Gate;
using Target = GuideDialog::Target;

namespace {

// Whether the dock with this title is the front tab of its group (a dock behind another's
// tab still counts as visible to Qt).
bool inFront(const QMainWindow &window, const QString &title)
{
    for (const QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        for (int k = 0; k < bar->count(); ++k)
            if (bar->tabText(k) == title)
                return bar->currentIndex() == k;
    return false;
}

} // namespace

class TestGuideDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explainsNumUnitsWithTheNetwork_data();
    void explainsNumUnitsWithTheNetwork();
    void explainsUnrollingAndBothVocabularies();
    void showsTheGivenPictures();
    void coversLessonsSignalsDropoutAndRunFree();
    void showMeLinksAskForTheirTarget_data();
    void showMeLinksAskForTheirTarget();
    void unrolledPictureDrawsCells_data();
    void unrolledPictureDrawsCells();
    void windowOpensTheGuideWithLivePictures();
    void explainsWhyGates();
};

void TestGuideDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-guidedialog"));
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
    SettingsStore settings;
    settings.clear();
    settings.setValue("app/startTrainingOnLaunch", false);
    settings.sync();
}

void TestGuideDialog::explainsNumUnitsWithTheNetwork_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("timesteps");
    QTest::newRow("seed 20 x 2, 20 steps") << 20 << 2 << 20;
    QTest::newRow("37 units, 1 layer, 7 steps") << 37 << 1 << 7;
    QTest::newRow("3 units, 4 layers, 50 steps") << 3 << 4 << 50;
}

void TestGuideDialog::explainsNumUnitsWithTheNetwork()
{
    QFETCH(int, units);
    QFETCH(int, layers);
    QFETCH(int, timesteps);
    lstmlab::ModelConfig model;
    model.units = units;
    model.layers = layers;
    model.timesteps = timesteps;
    GuideDialog guide;
    guide.setModel(model);
    const QString text = guide.plainText();
    QVERIFY(text.contains(QStringLiteral("num_units")));
    QVERIFY(text.contains(QStringLiteral("not make num_units cells")));
    QVERIFY(text.contains(QStringLiteral("neurons in each of the cell's four gate layers")));
    QVERIFY2(text.contains(QStringLiteral("num_units = %1").arg(units)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("each gate layer has %1 neurons").arg(units)));
    const qint64 total = lstmlab::Network<float>::parameterCount(model);
    QVERIFY2(text.contains(QStringLiteral("%1 in the whole network").arg(QLocale().toString(total))),
             qPrintable(QLocale().toString(total)));
    QVERIFY(text.contains(QStringLiteral("%1 samples before it").arg(timesteps)));
    QVERIFY(text.contains(QStringLiteral("t = %1 on the right").arg(timesteps - 1)));
}

void TestGuideDialog::explainsUnrollingAndBothVocabularies()
{
    GuideDialog guide;
    const QString text = guide.plainText();
    QVERIFY(text.contains(QStringLiteral("these are not different cells")));
    QVERIFY(text.contains(QStringLiteral("Why a recurrent network?")));
    for (auto gate : {GateVocabulary::NotesGate::Learn, GateVocabulary::NotesGate::Forget,
                      GateVocabulary::NotesGate::Remember, GateVocabulary::NotesGate::Use})
        QVERIFY(text.contains(GateVocabulary::notesGateName(gate)));
    for (int gate = 0; gate < lstmlab::gateCount; ++gate) {
        QVERIFY(text.contains(GateVocabulary(GateVocabulary::Kind::Standard).name(Gate(gate))));
        QVERIFY(text.contains(GateVocabulary(GateVocabulary::Kind::Notes).name(Gate(gate))));
    }
    for (const char *panel : {"The task", "Reading the gate heatmaps", "The gate inspector", "The loss"})
        QVERIFY2(text.contains(QLatin1String(panel)), panel);
    QVERIFY(text.contains(QStringLiteral("You are using the standard names")));
    guide.setVocabulary(GateVocabulary(GateVocabulary::Kind::Notes));
    QVERIFY(guide.plainText().contains(QStringLiteral("You are using the learn / forget / remember / use names")));
    // In the notes' vocabulary the unrolled cell hands on its long- and short-term memory.
    QVERIFY(guide.plainText().contains(QStringLiteral("(STMt−1 and LTMt−1)")));
}

void TestGuideDialog::showsTheGivenPictures()
{
    GuideDialog guide;
    QVERIFY(!guide.html().contains(QStringLiteral("live:gates")));
    QImage gates(300, 160, QImage::Format_RGB32);
    gates.fill(QColor(10, 200, 30));
    guide.setPicture(GuideDialog::Picture::Gates, gates);
    QVERIFY(guide.html().contains(QStringLiteral("<img src='live:gates'")));
    const QImage shown = guide.browser()->document()->resource(QTextDocument::ImageResource,
                                                               QUrl(QStringLiteral("live:gates"))).value<QImage>();
    QCOMPARE(shown.size(), gates.size());
    QCOMPARE(shown.pixelColor(150, 80), QColor(10, 200, 30));
    QVERIFY(!guide.html().contains(QStringLiteral("live:loss")));
    // The unrolled drawing is always there.
    QVERIFY(guide.html().contains(QStringLiteral("live:unrolled")));
    guide.setPicture(GuideDialog::Picture::Gates, QImage());
    QVERIFY(!guide.html().contains(QStringLiteral("live:gates")));
}

// Issue 15: the Guide did not mention Lessons, Signals, dropout or run-free (nor, §4, how the
// data is cut).
void TestGuideDialog::coversLessonsSignalsDropoutAndRunFree()
{
    GuideDialog guide;
    const QString text = guide.plainText();
    for (const char *heading : {"Lessons", "Signals", "Dropout", "Letting the network run free", "How the data is cut"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY(text.contains(QLatin1String("settles to a flat line"))); // why run-free goes flat
    QVERIFY(text.contains(QLatin1String("keep probability")));
    QVERIFY(text.contains(QLatin1String("156 batches")));
}

void TestGuideDialog::showMeLinksAskForTheirTarget_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<Target>("target");
    QTest::newRow("units") << "showme:units" << Target::Units;
    QTest::newRow("prediction") << "showme:prediction" << Target::Prediction;
    QTest::newRow("loss") << "showme:loss" << Target::Loss;
    QTest::newRow("gates") << "showme:gates" << Target::Gates;
    QTest::newRow("forget") << "showme:forget" << Target::ForgetGate;
    QTest::newRow("inspector") << "showme:inspector" << Target::Inspector;
    QTest::newRow("vocabulary") << "showme:vocabulary" << Target::Vocabulary;
    QTest::newRow("batches") << "showme:batches" << Target::Batches;
}

void TestGuideDialog::showMeLinksAskForTheirTarget()
{
    QFETCH(QString, link);
    QFETCH(Target, target);
    GuideDialog guide;
    QVERIFY2(guide.html().contains(QStringLiteral("href='%1'").arg(link)), qPrintable(link));
    QSignalSpy asked(&guide, &GuideDialog::showMeRequested);
    emit guide.browser()->anchorClicked(QUrl(link));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).value<Target>(), target);
    emit guide.browser()->anchorClicked(QUrl(QStringLiteral("https://example.org")));
    QCOMPARE(asked.count(), 1);
}

void TestGuideDialog::unrolledPictureDrawsCells_data()
{
    QTest::addColumn<int>("timesteps");
    QTest::addColumn<int>("cells");
    QTest::newRow("1 step") << 1 << 1;
    QTest::newRow("3 steps") << 3 << 3;
    QTest::newRow("20 steps: 3, dots, last") << 20 << 4;
}

void TestGuideDialog::unrolledPictureDrawsCells()
{
    QFETCH(int, timesteps);
    QFETCH(int, cells);
    const QImage image = GuideDialog::unrolledPicture(timesteps, GateVocabulary());
    QVERIFY(image.width() >= 300);
    QVERIFY(image.height() >= 150);
    // Count the light-blue cell fills along the row through the cells' middle, just above "A".
    const int y = 72 + 12;
    int fills = 0;
    bool inside = false;
    for (int x = 0; x < image.width(); ++x) {
        const bool fill = image.pixelColor(x, y) == QColor(0xe3, 0xef, 0xfc);
        if (fill && !inside)
            ++fills;
        inside = fill;
    }
    QCOMPARE(fills, cells);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
}

void TestGuideDialog::windowOpensTheGuideWithLivePictures()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    part<HyperparameterPanel>(window)->unitsBox()->setValue(12);

    // Help > Guide (F1) and Help > What's This (Shift+F1).
    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    QVERIFY(help);
    QAction *guideAction = nullptr, *whatsThis = nullptr;
    for (QAction *a : help->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::HelpContents))
            guideAction = a;
        if (a->shortcut() == QKeySequence(Qt::SHIFT | Qt::Key_F1))
            whatsThis = a;
    }
    QVERIFY(guideAction);
    QVERIFY(whatsThis);

    guideAction->trigger();
    auto *guide = window.findChild<GuideDialog *>();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->plainText().contains(QStringLiteral("num_units = 12")));
    for (auto p : {GuideDialog::Picture::Prediction, GuideDialog::Picture::Loss, GuideDialog::Picture::Gates,
                   GuideDialog::Picture::Inspector}) {
        QVERIFY(!guide->picture(p).isNull());
        QVERIFY(guide->picture(p).width() > 100);
    }

    // "Show me num_units" puts the focus into the units box.
    emit guide->browser()->anchorClicked(QUrl(QStringLiteral("showme:units")));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(part<HyperparameterPanel>(window)->unitsBox()));
    // "Show me the Batches panel" brings its tab in front of the gate inspector's.
    QVERIFY(!inFront(window, QStringLiteral("Batches")));
    emit guide->browser()->anchorClicked(QUrl(QStringLiteral("showme:batches")));
    QTRY_VERIFY(inFront(window, QStringLiteral("Batches")));
    QVERIFY(part<BatchView>(window)->isVisible());
    // Opening it again reuses the dialog.
    QCOMPARE(window.showGuide(), guide);
}

QTEST_MAIN(TestGuideDialog)

// The Guide's "why": the plain RNN's, the GRU's and the LSTM's equations, their values named in
// both vocabularies, and the vanishing gradient; it names the learner's cell.
void TestGuideDialog::explainsWhyGates()
{
    lstmlab::ModelConfig model;
    model.cell = lstmlab::RecurrentCell::Gru;
    GuideDialog guide;
    guide.setModel(model);
    const QString html = guide.html();
    const QString text = guide.plainText();
    QVERIFY(text.contains(QStringLiteral("vanishing gradient")));
    QVERIFY(html.contains(QStringLiteral("h<sub>t</sub> = tanh(W<sub>ih</sub>x<sub>t</sub>")));
    QVERIFY(html.contains(QStringLiteral("h<sub>t</sub> = (1 − z<sub>t</sub>) ⊙ n<sub>t</sub> + z<sub>t</sub> ⊙ h<sub>t−1</sub>")));
    QVERIFY(html.contains(QStringLiteral("c<sub>t</sub> = f<sub>t</sub> ⊙ c<sub>t−1</sub>")));
    for (const auto kind : {GateVocabulary::Kind::Standard, GateVocabulary::Kind::Notes})
        for (const auto cell : {lstmlab::RecurrentCell::Rnn, lstmlab::RecurrentCell::Gru, lstmlab::RecurrentCell::Lstm})
            for (const lstmlab::Gate gate : lstmlab::tracedGates(cell))
                QVERIFY2(html.contains(GateVocabulary(kind).name(gate, cell).toHtmlEscaped()),
                         qPrintable(GateVocabulary(kind).name(gate, cell)));
    QVERIFY(text.contains(QStringLiteral("your network uses the GRU now")));
    QVERIFY(text.contains(QStringLiteral("Your network is a GRU now")));
}

#include "tst_guidedialog.moc"
