// TextAnalysisPanel: one TextTrace feeds all four views (the gate maps get the characters under
// their time axis, the inspector the characters), and a click on a character, a ranked unit or
// a map cell moves every view to that layer, unit and time step.

#include "textanalysispanel.h"

#include "characteractivationview.h"
#include "charnetwork.h"
#include "corpus.h"
#include "findunitpanel.h"
#include "gateinspector.h"
#include "gatepanel.h"
#include "heatmapwidget.h"
#include "panelexporter.h"
#include "texttrace.h"
#include "windowparts.h"

#include <QListWidget>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace lstmlab;

namespace {

const char *const poem = "《静夜思》\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n";

TextTrace makeTrace(int repeats = 1)
{
    std::string text;
    for (int k = 0; k < repeats; ++k)
        text += poem;
    const Corpus corpus(text, "poem");
    CharNetwork<float> net(CharNetworkConfig{corpus.vocabularySize(), 6, 2, 0.0});
    std::mt19937 rng(3);
    net.initialise(rng);
    return traceText(net, corpus, corpus.tokens(), 40);
}

} // namespace

class TestTextAnalysisPanel : public QObject
{
    Q_OBJECT

private slots:
    void oneTraceFeedsEveryView()
    {
        const TextTrace trace = makeTrace();
        TextAnalysisPanel panel;
        panel.resize(1100, 700);
        panel.setTrace(trace);
        QCOMPARE(panel.trace()->length(), trace.length());
        auto *characters = part<CharacterActivationView>(panel);
        auto *gates = part<GatePanel>(panel);
        auto *inspector = part<GateInspector>(panel);
        QCOMPARE(characters->trace(), panel.trace());
        QCOMPARE(gates->layerCount(), 2);
        const QStringList labels = gates->heatmap(Gate::Hidden)->timeLabels();
        QCOMPARE(labels.size(), std::min(trace.length(), TextAnalysisPanel::gateWindowSteps));
        QCOMPARE(labels.at(1), QStringLiteral("静"));
        QCOMPARE(labels.at(5), QStringLiteral("↵"));
        QCOMPARE(inspector->timeLabels(), labels);
        QVERIFY2(gates->windowText().startsWith(QStringLiteral("Characters 0 … 23 of the 32")),
                 qPrintable(gates->windowText()));
        QCOMPARE(part<FindUnitPanel>(panel)->ranking().size(), std::size_t(FindUnitPanel::listedUnits));
        // Each view saves as PNG, SVG and CSV (from the right-click menu: shown).
        QCOMPARE(panel.exportablePanels().size(), 3);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTemporaryDir dir;
        for (ExportablePanel *view : panel.exportablePanels()) {
            const QString stem = dir.filePath(view->exportName());
            QString error;
            QVERIFY2(PanelExporter::savePng(*view, stem + QStringLiteral(".png"), 1.0, &error), qPrintable(error));
            QVERIFY2(PanelExporter::saveSvg(*view, stem + QStringLiteral(".svg"), &error), qPrintable(error));
            QVERIFY2(PanelExporter::saveCsv(*view, stem + QStringLiteral(".csv"), &error), qPrintable(error));
            const QImage image(stem + QStringLiteral(".png"));
            QVERIFY2(image.width() > 100 && image.height() > 80, qPrintable(view->exportName()));
            QVERIFY(QFileInfo(stem + QStringLiteral(".csv")).size() > 50);
        }
    }

    void aClickedCharacterMovesEveryView()
    {
        TextAnalysisPanel panel;
        panel.resize(1100, 700);
        panel.setTrace(makeTrace());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *characters = part<CharacterActivationView>(panel);
        auto *gates = part<GatePanel>(panel);
        auto *inspector = part<GateInspector>(panel);

        panel.selectCell(1, 4);
        const int t = 8;
        QTest::mouseClick(characters, Qt::LeftButton, {}, characters->characterRect(t).center().toPoint());
        QCOMPARE(panel.timeStep(), t);
        QCOMPARE(gates->layer(), 1);
        QCOMPARE(gates->selectedUnit(), 4);
        QCOMPARE(gates->selectedTimeStep(), t);
        QCOMPARE(inspector->layer(), 1);
        QCOMPARE(inspector->unit(), 4);
        QCOMPARE(inspector->timeStep(), t);
        QVERIFY(inspector->plainText().contains(QStringLiteral("the character read: 明")));

        // A unit from the ranking: the view shows it, in the ranking's value, at the same step.
        auto *finder = part<FindUnitPanel>(panel);
        finder->setQuantity(Gate::Forget);
        QListWidget *list = finder->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        const UnitScore best = finder->ranking().front();
        QCOMPARE(characters->layer(), best.layer);
        QCOMPARE(characters->unit(), best.unit);
        QCOMPARE(characters->quantity(), Gate::Forget);
        QCOMPARE(inspector->unit(), best.unit);
        QCOMPARE(inspector->timeStep(), t);

        // A cell of the maps: the character view follows.
        QVERIFY(!inspector->isVisible());
        emit gates->cellClicked(0, 2, 3);
        QVERIFY(inspector->isVisible()); // the inspector's tab comes forward
        QCOMPARE(characters->layer(), 0);
        QCOMPARE(characters->unit(), 2);
        QCOMPARE(characters->selectedTimeStep(), 3);
        QCOMPARE(inspector->timeStep(), 3);

        // A long text: the maps show the 40 steps around the chosen one, and follow it.
        panel.setTrace(makeTrace(4));
        QCOMPARE(panel.trace()->length(), 128);
        QCOMPARE(gates->heatmap(Gate::Input)->timesteps(), TextAnalysisPanel::gateWindowSteps);
        panel.resize(1300, 1000);
        QTRY_VERIFY(characters->shownCharacters() > 100);
        QTest::mouseClick(characters, Qt::LeftButton, {}, characters->characterRect(100).center().toPoint());
        QCOMPARE(panel.timeStep(), 100);
        QCOMPARE(panel.gateWindowFirst(), 88);
        QCOMPARE(gates->selectedTimeStep(), 12);
        QCOMPARE(inspector->timeStep(), 12);
        QCOMPARE(gates->heatmap(Gate::Hidden)->timeLabels().at(12), QStringLiteral("》"));
        QCOMPARE(gates->heatmap(Gate::Hidden)->value(gates->heatmap(Gate::Hidden)->rowOfUnit(panel.unit()), 12),
                 panel.trace()->gates.layers[std::size_t(panel.layer())].at(Gate::Hidden, panel.unit(), 100));
        QVERIFY(inspector->plainText().contains(QStringLiteral("the character read: 》")));
        emit gates->cellClicked(panel.layer(), panel.unit(), 20); // a map cell: step 88 + 20
        QCOMPARE(panel.timeStep(), 108);
        QCOMPARE(characters->selectedTimeStep(), 108);
        QCOMPARE(panel.gateWindowFirst(), 88);
        panel.selectCell(0, 1, 3); // out of the window: it moves
        QCOMPARE(panel.gateWindowFirst(), 0);
        QCOMPARE(gates->selectedTimeStep(), 3);

        // A new, shorter trace keeps the choice, clamped.
        TextTrace shorter = makeTrace();
        panel.setTrace(std::make_shared<const TextTrace>(traceText(
            CharNetwork<float>(CharNetworkConfig{int(shorter.gates.layers.front().inputSize), 3, 1, 0.0}),
            Corpus("《静夜思》\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n", "poem"), std::vector<int>{1, 2}, 0)));
        QCOMPARE(panel.layer(), 0);
        QCOMPARE(panel.unit(), 1);
        QCOMPARE(panel.timeStep(), 1);
        QCOMPARE(characters->selectedTimeStep(), 1);
    }
};

QTEST_MAIN(TestTextAnalysisPanel)
#include "tst_textanalysispanel.moc"
