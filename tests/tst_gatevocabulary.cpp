// GateVocabulary: both vocabularies name, explain and symbolise every one of the six traced
// values, differently; the setting key round-trips; the help's mapping names everything. In the
// window, View > Gate Names switches the six heatmap titles, tooltips and What's This texts
// and the inspector, and the choice survives a restart.

#include "gatevocabulary.h"

#include "appsettings.h"
#include "gateinspector.h"
#include "gatepanel.h"
#include "heatmapwidget.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "trainingsnapshot.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using lstmlab::Gate;
using lstmlab::gateCount;
using Kind = GateVocabulary::Kind;

namespace {
constexpr int trainingTimeoutMs = 60000;
}

class TestGateVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyValueHasTwoNames_data();
    void everyValueHasTwoNames();
    void standardNamesAreThePanelsOwn();
    void keysRoundTrip();
    void mappingNamesEverything();
    void switchRelabelsEveryMapAndTheInspector();
    void choiceSurvivesARestart();
    void namesEveryCellsValues_data();
    void namesEveryCellsValues();
};

void TestGateVocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-gatevocabulary"));
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
}

void TestGateVocabulary::init()
{
    SettingsStore settings;
    settings.clear();
    settings.setValue("app/startTrainingOnLaunch", false);
    settings.sync();
}

void TestGateVocabulary::everyValueHasTwoNames_data()
{
    QTest::addColumn<int>("gate");
    QTest::addColumn<QString>("standard");
    QTest::addColumn<QString>("notes");
    QTest::newRow("i") << int(Gate::Input) << "input gate i" << "learn gate: ignore factor i";
    QTest::newRow("f") << int(Gate::Forget) << "forget gate f" << "forget gate: forget factor f";
    QTest::newRow("g") << int(Gate::Cell) << "cell candidate g" << "learn gate: new information N (g)";
    QTest::newRow("o") << int(Gate::Output) << "output gate o" << "use gate: output factor o";
    QTest::newRow("c") << int(Gate::CellState) << "cell state c" << "remember gate: LTM (c)";
    QTest::newRow("h") << int(Gate::Hidden) << "hidden state h" << "use gate: STM (h)";
}

void TestGateVocabulary::everyValueHasTwoNames()
{
    QFETCH(int, gate);
    QFETCH(QString, standard);
    QFETCH(QString, notes);
    const GateVocabulary s(Kind::Standard), n(Kind::Notes);
    QCOMPARE(s.name(Gate(gate)), standard);
    QCOMPARE(n.name(Gate(gate)), notes);
    QCOMPARE(s.names().at(gate), standard);
    QCOMPARE(n.names().at(gate), notes);
    for (const GateVocabulary &v : {s, n}) {
        QVERIFY(!v.toolTip(Gate(gate)).isEmpty());
        QVERIFY(v.whatsThis(Gate(gate)).contains(QStringLiteral("<p>")));
        QVERIFY(!v.symbol(Gate(gate)).isEmpty());
        QVERIFY(!v.noun(Gate(gate)).isEmpty());
    }
    QVERIFY(s.toolTip(Gate(gate)) != n.toolTip(Gate(gate)));
    QVERIFY(s.whatsThis(Gate(gate)) != n.whatsThis(Gate(gate)));
    // The notes' texts give the standard name too, so the two can be told apart and matched.
    QVERIFY2(n.whatsThis(Gate(gate)).contains(standard.left(standard.size() - 2), Qt::CaseInsensitive),
             qPrintable(n.whatsThis(Gate(gate))));
}

void TestGateVocabulary::standardNamesAreThePanelsOwn()
{
    QCOMPARE(GateVocabulary(Kind::Standard).names(), GatePanel::standardGateNames());
    QCOMPARE(GateVocabulary(Kind::Notes).symbol(Gate::Cell), QStringLiteral("N<sub>t</sub>"));
    QCOMPARE(GateVocabulary(Kind::Notes).previousSymbol(Gate::CellState), QStringLiteral("LTM<sub>t−1</sub>"));
    QCOMPARE(GateVocabulary(Kind::Standard).previousSymbol(Gate::Hidden), QStringLiteral("h<sub>t−1</sub>"));
}

void TestGateVocabulary::keysRoundTrip()
{
    for (Kind kind : {Kind::Standard, Kind::Notes})
        QCOMPARE(GateVocabulary::fromKey(GateVocabulary::key(kind)), kind);
    QCOMPARE(GateVocabulary::fromKey(QStringLiteral(" Notes ")), Kind::Notes);
    QCOMPARE(GateVocabulary::fromKey(QStringLiteral("klingon"), Kind::Notes), Kind::Notes);
    QCOMPARE(GateVocabulary::fromKey(QString()), Kind::Standard);
    QVERIFY(GateVocabulary::menuText(Kind::Standard) != GateVocabulary::menuText(Kind::Notes));
}

void TestGateVocabulary::mappingNamesEverything()
{
    const QString html = GateVocabulary::mappingHtml();
    for (auto gate : {GateVocabulary::NotesGate::Learn, GateVocabulary::NotesGate::Forget,
                      GateVocabulary::NotesGate::Remember, GateVocabulary::NotesGate::Use})
        QVERIFY2(html.contains(GateVocabulary::notesGateName(gate)), qPrintable(GateVocabulary::notesGateName(gate)));
    for (int gate = 0; gate < gateCount; ++gate) {
        QVERIFY(html.contains(GateVocabulary(Kind::Standard).name(Gate(gate)).toHtmlEscaped()));
        QVERIFY(html.contains(GateVocabulary(Kind::Notes).name(Gate(gate)).toHtmlEscaped()));
    }
    QVERIFY(html.contains(QStringLiteral("g<sub>t</sub>·i<sub>t</sub>")));   // learn gate = g * i
    QVERIFY(html.contains(QStringLiteral("h<sub>t</sub> = o<sub>t</sub>·tanh(c<sub>t</sub>)")));
}

void TestGateVocabulary::switchRelabelsEveryMapAndTheInspector()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    part<QAction>(window, "stepAction")->trigger();   // one step: a trace for the inspector
    QTRY_VERIFY_WITH_TIMEOUT(!part<GatePanel>(window, "gatePanel")->trace().empty(), trainingTimeoutMs);
    window.inspectCell(0, 1, 3);
    QVERIFY(part<GateInspector>(window, "gateInspector")->values().has_value());

    const GateVocabulary standard(Kind::Standard), notes(Kind::Notes);
    QCOMPARE(window.gateVocabulary(), Kind::Standard);
    QVERIFY(part<QAction>(window, "standardNamesAction")->isChecked());
    for (int gate = 0; gate < gateCount; ++gate) {
        HeatmapWidget *map = part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate));
        QCOMPARE(map->title(), standard.name(Gate(gate)));
        QCOMPARE(map->toolTip(), standard.toolTip(Gate(gate)));
        QVERIFY(map->whatsThis().startsWith(standard.whatsThis(Gate(gate))));
        QVERIFY(map->cellToolTip(0, 0).contains(standard.name(Gate(gate))));
    }
    QString text = part<GateInspector>(window, "gateInspector")->plainText();
    for (auto gate : {Gate::Input, Gate::Forget, Gate::Cell, Gate::Output, Gate::CellState, Gate::Hidden})
        QVERIFY2(text.contains(standard.name(gate)), qPrintable(standard.name(gate)));
    QVERIFY(!text.contains(QStringLiteral("LTM")));

    // The menu entry lives under View > Gate Names.
    auto *names = window.menuBar()->findChild<QMenu *>(QStringLiteral("gateNamesMenu"));
    QVERIFY(names);
    QVERIFY(names->actions().contains(part<QAction>(window, "notesNamesAction")));
    part<QAction>(window, "notesNamesAction")->trigger();

    QCOMPARE(window.gateVocabulary(), Kind::Notes);
    QVERIFY(part<QAction>(window, "notesNamesAction")->isChecked());
    QVERIFY(!part<QAction>(window, "standardNamesAction")->isChecked());
    for (int gate = 0; gate < gateCount; ++gate) {
        HeatmapWidget *map = part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate));
        QCOMPARE(map->title(), notes.name(Gate(gate)));
        QCOMPARE(map->toolTip(), notes.toolTip(Gate(gate)));
        QVERIFY(map->whatsThis().startsWith(notes.whatsThis(Gate(gate))));
        QVERIFY(map->cellToolTip(0, 0).contains(notes.name(Gate(gate))));
    }
    QCOMPARE(part<GatePanel>(window, "gatePanel")->gateNames(), notes.names());
    QCOMPARE(part<GateInspector>(window, "gateInspector")->vocabulary().kind(), Kind::Notes);
    text = part<GateInspector>(window, "gateInspector")->plainText();
    for (auto gate : {GateVocabulary::NotesGate::Learn, GateVocabulary::NotesGate::Forget,
                      GateVocabulary::NotesGate::Remember, GateVocabulary::NotesGate::Use})
        QVERIFY2(text.contains(GateVocabulary::notesGateName(gate)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("LTMt")));
    QVERIFY(text.contains(QStringLiteral("STMt")));
    QVERIFY(text.contains(QStringLiteral("Nt")));

    part<QAction>(window, "standardNamesAction")->trigger();
    for (int gate = 0; gate < gateCount; ++gate)
        QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate))->title(), standard.name(Gate(gate)));
    QVERIFY(!part<GateInspector>(window, "gateInspector")->plainText().contains(QStringLiteral("LTM")));
}

void TestGateVocabulary::choiceSurvivesARestart()
{
    {
        MainWindow window;
        window.setGateVocabulary(Kind::Notes);
    }
    QCOMPARE(AppSettings::load().gateVocabulary, Kind::Notes);
    MainWindow window;
    QCOMPARE(window.gateVocabulary(), Kind::Notes);
    QVERIFY(part<QAction>(window, "notesNamesAction")->isChecked());
    for (int gate = 0; gate < gateCount; ++gate)
        QCOMPARE(part<GatePanel>(window, "gatePanel")->heatmap(Gate(gate))->title(), GateVocabulary(Kind::Notes).name(Gate(gate)));
    QCOMPARE(part<GateInspector>(window, "gateInspector")->vocabulary().kind(), Kind::Notes);
}

QTEST_MAIN(TestGateVocabulary)

// The GRU's and the plain RNN's values have names in both vocabularies: one for each slot the
// cell has, distinct, and none for the others; the LSTM's are the six of names().
void TestGateVocabulary::namesEveryCellsValues_data()
{
    QTest::addColumn<int>("cell");
    QTest::newRow("lstm") << int(lstmlab::RecurrentCell::Lstm);
    QTest::newRow("gru") << int(lstmlab::RecurrentCell::Gru);
    QTest::newRow("rnn") << int(lstmlab::RecurrentCell::Rnn);
}

void TestGateVocabulary::namesEveryCellsValues()
{
    QFETCH(int, cell);
    const auto c = lstmlab::RecurrentCell(cell);
    for (const Kind kind : {Kind::Standard, Kind::Notes}) {
        const GateVocabulary voc(kind);
        if (c == lstmlab::RecurrentCell::Lstm)
            QCOMPARE(voc.names(c), voc.names());
        QStringList named;
        for (int gate = 0; gate < gateCount; ++gate) {
            const bool has = lstmlab::cellHasGate(c, Gate(gate));
            QCOMPARE(!voc.name(Gate(gate), c).isEmpty(), has);
            QCOMPARE(!voc.toolTip(Gate(gate), c).isEmpty(), has);
            QCOMPARE(!voc.whatsThis(Gate(gate), c).isEmpty(), has);
            if (has)
                named << voc.name(Gate(gate), c);
        }
        QCOMPARE(named.size(), qsizetype(lstmlab::tracedGates(c).size()));
        named.removeDuplicates();
        QCOMPARE(named.size(), qsizetype(lstmlab::tracedGates(c).size()));
    }
    if (c == lstmlab::RecurrentCell::Gru) {
        QCOMPARE(GateVocabulary().name(Gate::Reset, c), QStringLiteral("reset gate r"));
        QCOMPARE(GateVocabulary().name(Gate::Update, c), QStringLiteral("update gate z"));
        QVERIFY(GateVocabulary(Kind::Notes).name(Gate::Hidden, c).contains(QStringLiteral("STM")));
    }
}

#include "tst_gatevocabulary.moc"
