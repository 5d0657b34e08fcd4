// CharacterActivationView: every character is tinted by the chosen unit's chosen value (the
// gate maps' colour scales, read back from the pixels), the controls choose unit and quantity,
// the hover text gives the value, a click emits the time step and shows the five likeliest next
// characters, Chinese and Latin text wrap at newlines and the width, and the CSV has a row per
// character.

#include "characteractivationview.h"

#include "charnetwork.h"
#include "corpus.h"
#include "texttrace.h"
#include "windowparts.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>
#include <random>

using namespace lstmlab;

namespace {

const char *const poem = "《静夜思》\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n%\n"
                         "He said \"look (up)\", and left.\n";

std::shared_ptr<const TextTrace> makeTrace(int units = 6, int layers = 2, RecurrentCell cell = RecurrentCell::Lstm)
{
    const Corpus corpus(poem, "poem");
    CharNetwork<float> net(CharNetworkConfig{corpus.vocabularySize(), units, layers, 0.0, cell});
    std::mt19937 rng(3);
    net.initialise(rng);
    // Larger weights than PyTorch's start, so the values spread over the colour scales.
    net.parameters() *= 4.f;
    return std::make_shared<const TextTrace>(traceText(net, corpus, corpus.tokens()));
}

QImage renderOf(QWidget &widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget.render(&image);
    return image;
}

} // namespace

class TestCharacterActivationView : public QObject
{
    Q_OBJECT

private slots:
    void tintFollowsTheChosenUnit_data()
    {
        QTest::addColumn<int>("layer");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("quantity");
        QTest::newRow("c of unit 2, layer 1") << 0 << 2 << int(Gate::CellState);
        QTest::newRow("h of unit 5, layer 2") << 1 << 5 << int(Gate::Hidden);
        QTest::newRow("forget gate of unit 0, layer 2") << 1 << 0 << int(Gate::Forget);
    }

    void tintFollowsTheChosenUnit()
    {
        QFETCH(int, layer);
        QFETCH(int, unit);
        QFETCH(int, quantity);
        const auto trace = makeTrace();
        CharacterActivationView view;
        view.resize(700, 400);
        view.setTrace(trace);
        view.setUnit(layer, unit);
        view.setQuantity(Gate(quantity));
        QCOMPARE(view.layer(), layer);
        QCOMPARE(view.unit(), unit);
        QCOMPARE(view.shownCharacters(), trace->length());

        const LayerTrace &lt = trace->gates.layers[std::size_t(layer)];
        const bool gate = quantity == int(Gate::Forget);
        QCOMPARE(view.colorScale().kind(), gate ? ColorScale::Kind::Sequential : ColorScale::Kind::Diverging);
        QVERIFY(view.colorScale().minimum() <= 0.0 && view.colorScale().maximum() >= 1.0);
        const QImage image = renderOf(view);
        int differentTints = 0;
        for (int t = 0; t < trace->length(); ++t) {
            const float v = lt.at(Gate(quantity), unit, t);
            QCOMPARE(view.valueAt(t), v);
            QCOMPARE(view.tintAt(t), view.colorScale().rgb(double(v)));
            // The cell's corner (padding, no glyph) has the tint.
            const QRectF cell = view.characterRect(t);
            QVERIFY(!cell.isEmpty());
            const QPoint corner(int(std::ceil(cell.left())) + 1, int(std::ceil(cell.top())) + 1);
            QCOMPARE(image.pixel(corner) & 0xffffff, view.tintAt(t) & 0xffffff);
            differentTints += t > 0 && view.tintAt(t) != view.tintAt(t - 1);
        }
        QVERIFY(differentTints > trace->length() / 4);

        // The controls show the choice, and choosing with them says so.
        QCOMPARE(part<QSpinBox>(view, "activationUnit")->value(), unit);
        QCOMPARE(part<QComboBox>(view, "activationLayer")->currentIndex(), layer);
        QCOMPARE(part<QComboBox>(view, "activationQuantity")->currentIndex(), quantity);
        QSignalSpy unitChanged(&view, &CharacterActivationView::unitChanged);
        part<QSpinBox>(view, "activationUnit")->setValue((unit + 1) % 6);
        QCOMPARE(unitChanged.count(), 1);
        QCOMPARE(unitChanged.first().at(1).toInt(), (unit + 1) % 6);
        QCOMPARE(view.valueAt(3), lt.at(Gate(quantity), (unit + 1) % 6, 3));
    }

    void clampsToTheTrace()
    {
        CharacterActivationView view;
        view.setUnit(3, 40);
        QCOMPARE(view.layer(), 0);
        QVERIFY(std::isnan(view.valueAt(0)));
        view.setTrace(makeTrace(4, 1));
        view.setUnit(3, 40);
        QCOMPARE(view.layer(), 0);
        QCOMPARE(view.unit(), 3);
        view.setTrace(nullptr);
        QVERIFY(view.nextCharactersText().contains(QStringLiteral("No text traced yet")));
    }

    // A GRU's trace offers r, z, n and h (the LSTM's c is gone, and a view showing it moves to h);
    // a plain RNN's only h; back on an LSTM all six.
    void offersTheCellsOwnValues()
    {
        CharacterActivationView view;
        auto *box = part<QComboBox>(view, "activationQuantity");
        view.setQuantity(Gate::CellState);
        view.setTrace(makeTrace(4, 1, RecurrentCell::Gru));
        QCOMPARE(int(view.quantity()), int(Gate::Hidden));
        QCOMPARE(box->currentIndex(), int(Gate::Hidden));
        QVERIFY(std::isfinite(view.valueAt(0)));
        const auto offered = [box](Gate gate) {
            return qobject_cast<QStandardItemModel *>(box->model())->item(int(gate))->isEnabled();
        };
        for (const Gate gate : {Gate::Reset, Gate::Update, Gate::Candidate, Gate::Hidden})
            QVERIFY(offered(gate));
        QVERIFY(!offered(Gate::Output));
        QVERIFY(!offered(Gate::CellState));
        QVERIFY(box->itemText(int(Gate::Reset)).contains(QLatin1String("r")));
        view.setQuantity(Gate::Update);
        QCOMPARE(int(view.quantity()), int(Gate::Update));
        view.setQuantity(Gate::Output); // not the GRU's: h instead
        QCOMPARE(int(view.quantity()), int(Gate::Hidden));
        view.setTrace(makeTrace(4, 1, RecurrentCell::Rnn));
        QVERIFY(!offered(Gate::Reset));
        QVERIFY(offered(Gate::Hidden));
        view.setTrace(makeTrace(4, 1));
        for (int k = 0; k < gateCount; ++k)
            QVERIFY(offered(Gate(k)));
    }

    void hoverToolTipGivesTheValue()
    {
        const auto trace = makeTrace();
        CharacterActivationView view;
        view.resize(700, 400);
        view.setTrace(trace);
        view.setUnit(1, 3);
        view.setQuantity(Gate::Hidden);
        const int t = 7; // 前
        const QString tip = view.characterToolTip(t);
        QVERIFY2(tip.startsWith(QStringLiteral("前 at t = 7")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("hidden state h of unit 3 (layer 2) = ")), qPrintable(tip));
        QVERIFY2(tip.contains(QLocale().toString(double(trace->gates.layers[1].at(Gate::Hidden, 3, t)), 'g', 4)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("goes on with 明")), qPrintable(tip));
        QVERIFY(view.characterToolTip(5).startsWith(QStringLiteral("↵ at t = 5")));
        QVERIFY(view.characterToolTip(trace->length()).isEmpty());
    }

    void clickEmitsTheTimeStepAndShowsTheNextCharacters()
    {
        const auto trace = makeTrace();
        CharacterActivationView view;
        view.resize(700, 400);
        view.setTrace(trace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.nextCharactersText().startsWith(QStringLiteral("Click a character")));

        QSignalSpy clicked(&view, &CharacterActivationView::timeStepClicked);
        const int t = 9; // 月
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.characterRect(t).center().toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), t);
        QCOMPARE(view.selectedTimeStep(), t);
        const QString next = part<QLabel>(view, "nextCharacters")->text();
        QCOMPARE(next, view.nextCharactersText());
        QVERIFY2(next.startsWith(QStringLiteral("After 月 (t = 9) the network expects: ")), qPrintable(next));
        for (int k = 0; k < TextTrace::topCount; ++k) {
            const QString guess = CharacterActivationView::displayText(trace->topCharacter(t, k)) + QLatin1Char(' ')
                + QLocale().toString(double(trace->topProbability(t, k)) * 100.0, 'f', 1) + QLatin1Char('%');
            QVERIFY2(next.contains(guess), qPrintable(guess + QStringLiteral(" in ") + next));
        }
        QVERIFY2(next.contains(QStringLiteral("the text has 光")), qPrintable(next));

        // Outside the characters nothing is clicked.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() - 3, view.height() - 3));
        QCOMPARE(clicked.count(), 1);
        view.setSelectedTimeStep(-1);
        QVERIFY(view.nextCharactersText().startsWith(QStringLiteral("Click a character")));
    }

    void wrapsChineseAndLatinText()
    {
        const auto trace = makeTrace();
        CharacterActivationView view;
        view.resize(360, 420);
        view.setTrace(trace);
        QCOMPARE(view.shownCharacters(), trace->length());
        const QRectF area = QRectF(view.rect());
        for (int t = 0; t < trace->length(); ++t) {
            const QRectF r = view.characterRect(t);
            QVERIFY(area.contains(r));
            if (t > 0 && trace->characters[std::size_t(t) - 1] == U'\n') { // a newline breaks the line
                const QRectF newline = view.characterRect(t - 1);
                QVERIFY(r.top() != newline.top() && (r.left() < newline.left() || r.top() < newline.top()));
            }
            for (int u = 0; u < t; ++u)
                QVERIFY(!r.intersects(view.characterRect(u).adjusted(0.1, 0.1, -0.1, -0.1)));
            QCOMPARE(view.characterAt(r.center()), t);
        }
        // A Chinese character is wider than a Latin 'l'.
        const int han = trace->characters.find(U'床');
        const int latin = trace->characters.find(U'l');
        QVERIFY(view.characterRect(han).width() > view.characterRect(latin).width());
        // Short lines in a wide view go on in columns side by side.
        view.resize(900, 160);
        QCOMPARE(view.shownCharacters(), trace->length());
        int columns = 1;
        for (int t = 1; t < trace->length(); ++t)
            if (view.characterRect(t).top() < view.characterRect(t - 1).top()) { // back up: a new column
                ++columns;
                QVERIFY(view.characterRect(t).left() > view.characterRect(0).right());
            }
        QVERIFY(columns >= 2);

        // Too small for all: the first ones are shown, or those around the selected one.
        view.resize(240, 150);
        QVERIFY(view.shownCharacters() < trace->length());
        QCOMPARE(view.firstShown(), 0);
        QVERIFY(view.characterRect(trace->length() - 1).isEmpty());
        view.setSelectedTimeStep(trace->length() - 3);
        QVERIFY(!view.characterRect(trace->length() - 3).isEmpty());
        QVERIFY(view.firstShown() > 0);
        QVERIFY(view.characterRect(0).isEmpty());
    }

    void exportsOneRowPerCharacter()
    {
        const auto trace = makeTrace();
        CharacterActivationView view;
        view.setTrace(trace);
        view.setUnit(1, 2);
        view.setQuantity(Gate::Output);
        const QStringList rows = view.exportCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), trace->length() + 1);
        QVERIFY(rows.first().startsWith(QStringLiteral("t,character,layer,unit,quantity,value,next1,p1")));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("0,《,2,2,o,")), qPrintable(rows.at(1)));
        QCOMPARE(view.exportName(), QStringLiteral("characters"));
    }
};

QTEST_MAIN(TestCharacterActivationView)
#include "tst_characteractivationview.moc"
