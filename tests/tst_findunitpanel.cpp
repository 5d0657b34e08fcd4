// FindUnitPanel: units listed best first for the chosen feature and value (a planted unit that
// copies a feature comes first, its row saying whether it rises or falls with it), the layer
// filter, a click on a row emits that unit, and a feature that never changes says so.

#include "findunitpanel.h"

#include "texttrace.h"
#include "windowparts.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace lstmlab;

namespace {

// A trace of noise over `text` (2 layers of 8 units) with unit 5 of layer 2 following the
// feature in its c, and unit 3 of layer 1 following minus the feature in its h.
std::shared_ptr<const TextTrace> plantedTrace(const std::u32string &text, TextFeature feature)
{
    const std::vector<float> values = UnitFinder::feature(feature, text);
    const int T = int(text.size());
    const int H = 8;
    std::mt19937 rng(8);
    std::normal_distribution<float> noise(0.f, 1.f);
    auto trace = std::make_shared<TextTrace>();
    trace->characters = text;
    trace->symbols.assign(text.size(), 0);
    for (int l = 0; l < 2; ++l) {
        LayerTrace lt;
        lt.units = lt.layerUnits = H;
        lt.timesteps = T;
        for (auto &quantity : lt.values) {
            quantity.resize(std::size_t(H) * T);
            for (float &v : quantity)
                v = noise(rng);
        }
        for (int t = 0; t < T; ++t) {
            if (l == 1)
                lt.values[std::size_t(Gate::CellState)][std::size_t(5) * T + t] = values[std::size_t(t)] + 0.1f * noise(rng);
            else
                lt.values[std::size_t(Gate::Hidden)][std::size_t(3) * T + t] = -values[std::size_t(t)] + 0.1f * noise(rng);
        }
        trace->gates.layers.push_back(std::move(lt));
    }
    return trace;
}

const std::u32string text = U"《静夜思》\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n%\n"
                            U"He said \"look (up)\", and \"left\" (at once).\n";

} // namespace

class TestFindUnitPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsThePlantedUnitFirst()
    {
        FindUnitPanel panel;
        panel.setTrace(plantedTrace(text, TextFeature::InsideBrackets));
        panel.setFeature(TextFeature::InsideBrackets);
        panel.setQuantity(Gate::CellState);
        QListWidget *list = part<QListWidget>(panel, "unitRanking");
        QCOMPARE(list->count(), FindUnitPanel::listedUnits);
        QCOMPARE(int(panel.ranking().size()), FindUnitPanel::listedUnits);
        QCOMPARE(panel.ranking().front().layer, 1);
        QCOMPARE(panel.ranking().front().unit, 5);
        QCOMPARE(list->item(0)->text(), panel.rowText(0));
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("r = +0.9")), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().endsWith(QStringLiteral(" · layer 2, unit 5")));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("rises with the feature")));
        for (int row = 1; row < list->count(); ++row) {
            QVERIFY(panel.ranking()[std::size_t(row)].score <= panel.ranking()[std::size_t(row) - 1].score);
            QCOMPARE(list->item(row)->text(), panel.rowText(row));
        }

        // Another value: the unit planted in layer 1's h, falling with the feature.
        part<QComboBox>(panel, "findQuantity")->setCurrentIndex(int(Gate::Hidden));
        panel.setQuantity(Gate::Hidden);
        QCOMPARE(panel.ranking().front().layer, 0);
        QCOMPARE(panel.ranking().front().unit, 3);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("r = −0.9")), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("falls as the feature rises")));

        // Only layer 2: the planted h unit is not there.
        panel.setLayerFilter(1);
        for (const UnitScore &s : panel.ranking())
            QCOMPARE(s.layer, 1);
        QCOMPARE(int(panel.ranking().size()), 8);
        QVERIFY(panel.ranking().front().score < 0.8f);
        QCOMPARE(part<QComboBox>(panel, "findLayer")->currentIndex(), 2);
        QVERIFY(panel.exportCsv().startsWith(QStringLiteral("rank,feature,quantity,layer,unit,score,correlation\n1,inside_brackets,h,2,")));
    }

    void clickingAUnitChoosesIt()
    {
        FindUnitPanel panel;
        panel.resize(300, 400);
        panel.setTrace(plantedTrace(text, TextFeature::PositionInLine));
        panel.setFeature(TextFeature::PositionInLine);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy chosen(&panel, &FindUnitPanel::unitChosen);
        QListWidget *list = panel.list();
        const QRect row = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toInt(), 1);
        QCOMPARE(chosen.first().at(1).toInt(), 5);
    }

    void aConstantFeatureSaysSo()
    {
        FindUnitPanel panel;
        panel.setTrace(plantedTrace(U"abc def ghi jkl mno", TextFeature::PositionInLine));
        panel.setFeature(TextFeature::InsideQuotes);
        const QLabel *note = nullptr;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("does not change")))
                note = label;
        QVERIFY(note);
        QVERIFY(panel.ranking().empty());
        QCOMPARE(panel.list()->count(), 0);
        panel.setTrace(nullptr);
        QCOMPARE(panel.list()->count(), 0);
    }
};

QTEST_MAIN(TestFindUnitPanel)
#include "tst_findunitpanel.moc"
