#include "gateinspector.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <charconv>
#include <cmath>

using lstmlab::Gate;
using lstmlab::gateLayerCount;

namespace {

// The two sources of every gate's pre-activation, in the same colours everywhere.
const QString inputColour = QStringLiteral("#1565c0");
const QString recurrentColour = QStringLiteral("#b85400");
const QString resultColour = QStringLiteral("#202020");

const char *const gateLetters[gateLayerCount] = {"i", "f", "g", "o"};

QString coloured(const QString &colour, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, text);
}

QString sub(const QString &text)
{
    return QStringLiteral("<sub>%1</sub>").arg(text);
}

// Every digit a float has: the shortest text that reads back as the same float.
QString fullDigits(float value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    QString text = QString::fromLatin1(buffer, int(result.ptr - buffer));
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

int percent(float share)
{
    return int(std::lround(std::clamp(double(share), 0.0, 1.0) * 100.0));
}

} // namespace

std::optional<GateInspector::Values> GateInspector::compute(const lstmlab::GateTrace &trace, int layer,
                                                            int unit, int t)
{
    if (layer < 0 || layer >= int(trace.layers.size()))
        return std::nullopt;
    const lstmlab::LayerTrace &lt = trace.layers[std::size_t(layer)];
    const std::size_t cells = std::size_t(lt.units) * std::size_t(lt.timesteps);
    if (unit < 0 || unit >= lt.units || t < 0 || t >= lt.timesteps)
        return std::nullopt;
    const lstmlab::RecurrentCell cell = trace.cell;
    const std::size_t gateLayers = std::size_t(lstmlab::cellGateCount(cell));
    for (const Gate gate : lstmlab::tracedGates(cell))
        if (lt.values[std::size_t(gate)].size() != cells)
            return std::nullopt;
    if (lt.preInput.size() != gateLayers * cells || lt.preRecurrent.size() != gateLayers * cells
        || lt.input.size() != std::size_t(lt.inputSize) * std::size_t(lt.timesteps) || lt.inputSize < 1)
        return std::nullopt;

    Values v;
    v.cell = cell;
    v.layer = layer;
    v.unit = unit;
    v.t = t;
    v.layers = int(trace.layers.size());
    v.units = lt.units;
    v.timesteps = lt.timesteps;
    v.inputSize = lt.inputSize;
    v.x = lt.input[std::size_t(t)];
    v.hPrev = t > 0 ? lt.at(Gate::Hidden, unit, t - 1) : 0.f;
    v.h = lt.at(Gate::Hidden, unit, t);
    v.lastOfNetwork = layer == v.layers - 1 && t == lt.timesteps - 1;
    v.prediction = trace.prediction;
    if (cell != lstmlab::RecurrentCell::Lstm) {
        for (int gate = 0; gate < int(gateLayers); ++gate) {
            v.inputPart[gate] = lt.inputPart(Gate(gate), unit, t);
            v.recurrentPart[gate] = lt.recurrentPart(Gate(gate), unit, t);
            v.preActivation[gate] = v.inputPart[gate] + v.recurrentPart[gate];
            v.gate[gate] = cell == lstmlab::RecurrentCell::Rnn ? v.h : lt.at(Gate(gate), unit, t);
        }
        if (cell == lstmlab::RecurrentCell::Gru) {
            const float r = v.gate[int(Gate::Reset)], z = v.gate[int(Gate::Update)];
            const int n = int(Gate::Candidate);
            v.preActivation[n] = v.inputPart[n] + r * v.recurrentPart[n]; // (29)
            v.keepPart = z * v.hPrev;
            v.newPart = (1.f - z) * v.gate[n];
        }
        return v;
    }
    for (int gate = 0; gate < gateLayerCount; ++gate) {
        v.inputPart[gate] = lt.inputPart(Gate(gate), unit, t);
        v.recurrentPart[gate] = lt.recurrentPart(Gate(gate), unit, t);
        v.preActivation[gate] = v.inputPart[gate] + v.recurrentPart[gate];
        v.gate[gate] = lt.at(Gate(gate), unit, t);
    }
    v.cPrev = t > 0 ? lt.at(Gate::CellState, unit, t - 1) : 0.f;
    v.hPrev = t > 0 ? lt.at(Gate::Hidden, unit, t - 1) : 0.f;
    const float i = v.gate[int(Gate::Input)];
    const float f = v.gate[int(Gate::Forget)];
    const float g = v.gate[int(Gate::Cell)];
    v.forgetPart = f * v.cPrev;
    v.learnPart = i * g;
    v.c = lt.at(Gate::CellState, unit, t);
    v.tanhC = std::tanh(v.c);
    v.h = lt.at(Gate::Hidden, unit, t);
    v.lastOfNetwork = layer == v.layers - 1 && t == lt.timesteps - 1;
    v.prediction = trace.prediction;
    return v;
}

GateInspector::GateInspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gateInspector"));
    m_layerLabel = new QLabel(this);
    m_layerBox = new QSpinBox(this);
    m_layerBox->setObjectName(QStringLiteral("inspectorLayerBox"));
    m_layerLabel->setBuddy(m_layerBox);
    m_unitLabel = new QLabel(this);
    m_unitBox = new QSpinBox(this);
    m_unitBox->setObjectName(QStringLiteral("inspectorUnitBox"));
    m_unitLabel->setBuddy(m_unitBox);
    m_stepLabel = new QLabel(this);
    m_stepBox = new QSpinBox(this);
    m_stepBox->setObjectName(QStringLiteral("inspectorStepBox"));
    m_stepLabel->setBuddy(m_stepBox);
    m_digitsBox = new QCheckBox(this);
    m_digitsBox->setObjectName(QStringLiteral("inspectorDigitsBox"));
    for (QSpinBox *box : {m_layerBox, m_unitBox, m_stepBox}) {
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        connect(box, &QSpinBox::valueChanged, this, &GateInspector::onSelectorChanged);
    }
    connect(m_digitsBox, &QCheckBox::toggled, this, [this] { render(); });

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("inspectorText"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(8);
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("h3 { margin-top: 12px; margin-bottom: 2px; }"
                       "p { margin-top: 2px; margin-bottom: 2px; }"
                       "p.eq { margin-left: 12px; }"
                       "p.say { margin-left: 12px; margin-bottom: 4px; color: #2e5e2e; }"
                       "p.parts { margin-left: 12px; color: #505050; }"));

    auto *row = m_selectorRow = new QHBoxLayout;
    row->setContentsMargins(6, 4, 6, 0);
    row->setSpacing(4);
    row->addWidget(m_layerLabel);
    row->addWidget(m_layerBox);
    row->addSpacing(6);
    row->addWidget(m_unitLabel);
    row->addWidget(m_unitBox);
    row->addSpacing(6);
    row->addWidget(m_stepLabel);
    row->addWidget(m_stepBox);
    row->addStretch(1);
    row->addWidget(m_digitsBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    m_digitsRow = new QHBoxLayout;
    m_digitsRow->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(m_digitsRow);
    layout->addWidget(m_browser, 1);

    retranslate();
    updateSelectors();
    render();
}

void GateInspector::retranslate()
{
    m_layerLabel->setText(tr("La&yer"));
    m_unitLabel->setText(tr("&Unit"));
    m_stepLabel->setText(tr("Step &t"));
    m_digitsBox->setText(tr("All &digits"));
    const bool lstm = m_trace.cell == lstmlab::RecurrentCell::Lstm;
    if (lstm)
        m_layerBox->setToolTip(tr("The LSTM layer of the inspected cell (1 reads the signal)."));
    else
        m_layerBox->setToolTip(tr("The %1 layer of the inspected unit (1 reads the signal).")
                                   .arg(GateVocabulary::cellTitle(m_trace.cell)));
    m_unitBox->setToolTip(tr("The unit (row of the heatmaps, from 0): one of the num_units "
                             "neurons of each gate's layer."));
    m_stepBox->setToolTip(tr("The time step (column of the heatmaps): t = 0 is the oldest "
                             "sample of the window. Step through it to watch the memory change."));
    m_digitsBox->setToolTip(tr("Print every digit of every number instead of rounding them. "
                               "Without it, hovering a number shows all its digits."));
    const QString pick =
        tr("<p>Choose the cell to inspect here, or click a cell of any gate heatmap.</p>");
    m_layerBox->setWhatsThis(m_layerBox->toolTip().prepend(QStringLiteral("<p>")) + QStringLiteral("</p>") + pick);
    m_unitBox->setWhatsThis(m_unitBox->toolTip().prepend(QStringLiteral("<p>")) + QStringLiteral("</p>") + pick);
    m_stepBox->setWhatsThis(
        m_stepBox->toolTip().prepend(QStringLiteral("<p>")) + QStringLiteral("</p>")
        + (lstm ? tr("<p>The cell state c<sub>t−1</sub> and hidden state h<sub>t−1</sub> used at step t "
                     "are this unit's values at the step before: step with the arrows to follow the "
                     "memory through the window.</p>")
                : tr("<p>The hidden state h<sub>t−1</sub> used at step t is this unit's value at the "
                     "step before: step with the arrows to follow the memory through the window.</p>")));
    m_digitsBox->setWhatsThis(QStringLiteral("<p>%1</p>").arg(m_digitsBox->toolTip())
                              + tr("<p>The rounded numbers add up only approximately; all "
                                   "digits show that the equations hold exactly, up to the "
                                   "float arithmetic the network computes in.</p>"));
    m_browser->setToolTip(tr("The equations of the chosen cell with the real numbers of the "
                             "current network. Hover a number for all its digits."));
    const QString what = !lstm
        ? tr("<p><b>Gate Inspector</b>: how one unit of one %3 layer computed its values at one "
             "time step of the traced window, with the numbers of the network as it is now. It "
             "updates with every training snapshot.</p>"
             "<p>Each gate layer adds two parts before its squashing function: "
             "<span style='color:%1'>the part from the input x<sub>t</sub></span> and "
             "<span style='color:%2'>the part from the previous step's output h<sub>t−1</sub></span>. "
             "The %3 has no cell state c: h is its memory. The green sentences read the numbers "
             "in words.</p>")
              .arg(inputColour, recurrentColour, GateVocabulary::cellTitle(m_trace.cell))
        : tr("<p><b>Gate Inspector</b>: how one unit of one layer computed its gates at one time "
           "step of the traced window, with the numbers of the network as it is now. It "
           "updates with every training snapshot.</p>"
           "<p>Each gate adds two parts before its squashing function: "
           "<span style='color:%1'>the part from the input x<sub>t</sub></span> and "
           "<span style='color:%2'>the part from the previous step's output h<sub>t−1</sub></span>. "
           "Watch which part drives a gate, how the forget gate scales the old memory, and how "
           "the new cell state and output follow. The green sentences read the numbers in "
           "words.</p>")
            .arg(inputColour, recurrentColour);
    m_browser->setWhatsThis(what);
    setWhatsThis(what);
    render();
}

void GateInspector::setTrace(const lstmlab::GateTrace &trace)
{
    const bool newCell = trace.cell != m_trace.cell;
    m_trace = trace;
    if (newCell)
        retranslate(); // the help speaks of the trace's cell
    updateSelectors();
    recompute();
}

void GateInspector::setCell(int layer, int unit, int t)
{
    m_layer = std::max(layer, 0);
    m_unit = std::max(unit, 0);
    m_t = std::max(t, 0);
    updateSelectors();
    recompute();
}

void GateInspector::setVocabulary(const GateVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
    render();
}

void GateInspector::setAllDigits(bool on)
{
    m_digitsBox->setChecked(on); // renders through toggled()
}

bool GateInspector::allDigits() const
{
    return m_digitsBox->isChecked();
}

QString GateInspector::plainText() const
{
    return m_browser->toPlainText();
}

void GateInspector::updateSelectors()
{
    const int layers = int(m_trace.layers.size());
    const lstmlab::LayerTrace *lt = nullptr;
    if (hasCell() && layers > 0) {
        m_layer = std::clamp(m_layer, 0, layers - 1);
        lt = &m_trace.layers[std::size_t(m_layer)];
        m_unit = std::clamp(m_unit, 0, std::max(lt->units - 1, 0));
        m_t = std::clamp(m_t, 0, std::max(lt->timesteps - 1, 0));
    }
    const QSignalBlocker b1(m_layerBox), b2(m_unitBox), b3(m_stepBox);
    m_layerBox->setRange(1, std::max(layers, 1));
    m_unitBox->setRange(0, lt ? std::max(lt->units - 1, 0) : 0);
    m_stepBox->setRange(0, lt ? std::max(lt->timesteps - 1, 0) : 0);
    m_layerBox->setValue(m_layer + 1);
    m_unitBox->setValue(m_unit);
    m_stepBox->setValue(m_t);
    for (QSpinBox *box : {m_layerBox, m_unitBox, m_stepBox})
        box->setEnabled(lt != nullptr);
}

void GateInspector::onSelectorChanged()
{
    if (!hasCell())
        return;
    const int layer = m_layerBox->value() - 1;
    const int unit = m_unitBox->value();
    const int t = m_stepBox->value();
    if (layer == m_layer && unit == m_unit && t == m_t)
        return;
    setCell(layer, unit, t);
    emit cellRequested(m_layer, m_unit, m_t);
}

void GateInspector::recompute()
{
    std::optional<Values> values;
    if (hasCell())
        values = compute(m_trace, m_layer, m_unit, m_t);
    if (values && values == m_values)
        return; // the same numbers: nothing to redraw
    m_values = values;
    render();
}

void GateInspector::render()
{
    QString html;
    if (m_values) {
        html = buildHtml(*m_values);
    } else if (m_trace.empty()) {
        html = tr("<p>No gate trace yet: the inspector fills in with the first training "
                  "snapshot.</p>");
    } else {
        html = tr("<p><b>Click any cell of a gate heatmap</b> to see how that unit computed "
                  "its gates at that time step, with the real numbers plugged into the "
                  "equations.</p>");
    }
    if (html == m_html)
        return;
    m_html = html;
    // Keep the reader's place while the numbers change under it.
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int position = bar->value();
    m_browser->setHtml(html);
    bar->setValue(position);
}

QString GateInspector::number(float value) const
{
    const QString full = fullDigits(value);
    QString shown;
    if (allDigits()) {
        shown = full;
    } else {
        const double v = double(value);
        const double magnitude = std::abs(v);
        if (magnitude == 0.0)
            shown = QLocale().toString(0);
        else if (magnitude >= 0.05)
            shown = QLocale().toString(v, 'f', 2);
        else
            shown = QLocale().toString(v, 'g', 2); // small values keep two significant digits
        shown.replace(QLatin1Char('-'), QChar(0x2212));
    }
    return QStringLiteral("<span title='%1'>%2</span>").arg(full, shown);
}

QString GateInspector::factor(float value) const
{
    return value < 0 ? QStringLiteral("(%1)").arg(number(value)) : number(value);
}

bool GateInspector::textMode() const
{
    return !m_trace.layers.empty() && m_timeLabels.size() == m_trace.layers.front().timesteps;
}

void GateInspector::setTimeLabels(const QStringList &labels)
{
    if (labels == m_timeLabels)
        return;
    m_timeLabels = labels;
    render();
}

QString GateInspector::header(const Values &v) const
{
    const GateVocabulary &voc = m_vocabulary;
    const bool text = textMode();
    const QString character = text ? m_timeLabels.value(v.t).toHtmlEscaped() : QString();
    QString out = text ? tr("<p><b>Layer %1 · unit %2 · time step t = %3</b> <span style='color:#606060'>"
                            "(steps 0 … %4 of the text shown; the character read: %5)</span></p>")
                             .arg(v.layer + 1)
                             .arg(v.unit)
                             .arg(v.t)
                             .arg(v.timesteps - 1)
                             .arg(character)
                       : tr("<p><b>Layer %1 · unit %2 · time step t = %3</b> <span style='color:#606060'>"
                            "(steps 0 … %4 of test window %5)</span></p>")
                             .arg(v.layer + 1)
                             .arg(v.unit)
                             .arg(v.t)
                             .arg(v.timesteps - 1)
                             .arg(m_trace.window);
    const QString x = QStringLiteral("x") + sub(QStringLiteral("t"));
    QString input;
    if (v.layer == 0 && text)
        input = tr("%1 = onehot(%2): the character read at this step, one of %3 symbols; each W·%1 is "
                   "the column of W for this character.")
                    .arg(coloured(inputColour, x), character)
                    .arg(v.inputSize);
    else if (v.layer == 0 && v.inputSize == 1)
        input = tr("%1 = %2, the signal sample at this step.").arg(coloured(inputColour, x), number(v.x));
    else if (v.layer == 0)
        input = tr("%1: the %2 input values at this step (the first is %3).")
                    .arg(coloured(inputColour, x))
                    .arg(v.inputSize)
                    .arg(number(v.x));
    else
        input = tr("%1: the output %2 of layer %3 at this step, %4 values; each W·%1 sums over all "
                   "of them.")
                    .arg(coloured(inputColour, x), voc.symbol(Gate::Hidden))
                    .arg(v.layer)
                    .arg(v.inputSize);
    QString previous;
    if (v.cell != lstmlab::RecurrentCell::Lstm)
        previous = v.t == 0 ? tr("%1 = 0: at t = 0 there is no earlier step, so the part from the "
                                 "previous step is only its bias.")
                                  .arg(coloured(recurrentColour, voc.previousSymbol(Gate::Hidden)))
                            : tr("%1 = %2: this unit's value at step %3 (the %4 has no cell state c).")
                                  .arg(coloured(recurrentColour, voc.previousSymbol(Gate::Hidden)), number(v.hPrev))
                                  .arg(v.t - 1)
                                  .arg(GateVocabulary::cellTitle(v.cell));
    else if (v.t == 0)
        previous = tr("%1 = %2 = 0: at t = 0 there is no earlier step, so the part from the "
                      "previous step is only its bias.")
                       .arg(coloured(recurrentColour, voc.previousSymbol(Gate::Hidden)),
                            voc.previousSymbol(Gate::CellState));
    else
        previous = tr("%1 = %2 and %3 = %4: this unit's values at step %5.")
                       .arg(coloured(recurrentColour, voc.previousSymbol(Gate::Hidden)), number(v.hPrev),
                            voc.previousSymbol(Gate::CellState), number(v.cPrev))
                       .arg(v.t - 1);
    out += QStringLiteral("<p>%1<br>%2</p>").arg(input, previous);
    return out;
}

QString GateInspector::gateEquation(const Values &v, int gate) const
{
    const QString letter = QString::fromLatin1(gateLetters[gate]);
    const QString fn = gate == int(Gate::Cell) ? QStringLiteral("tanh") : QStringLiteral("σ");
    const QString x = QStringLiteral("x") + sub(QStringLiteral("t"));
    const QString inputTerm = QStringLiteral("W%1·%2 + b%1").arg(sub(QLatin1Char('i') + letter), x);
    const QString recurrentTerm = QStringLiteral("W%1·%2 + b%1")
                                      .arg(sub(QLatin1Char('h') + letter),
                                           m_vocabulary.previousSymbol(Gate::Hidden));
    return QStringLiteral("<p class='eq'>%1 = %2(%3 + %4)<br>&nbsp;&nbsp;= %2(%5 + %6) = %2(%7) = "
                          "<b>%8</b></p>")
        .arg(m_vocabulary.symbol(Gate(gate)), fn, coloured(inputColour, inputTerm),
             coloured(recurrentColour, recurrentTerm), coloured(inputColour, number(v.inputPart[gate])),
             coloured(recurrentColour, factor(v.recurrentPart[gate])), number(v.preActivation[gate]),
             number(v.gate[gate]));
}

QString GateInspector::partsLine(const Values &v, int gate) const
{
    const float in = v.inputPart[gate];
    const float rec = v.recurrentPart[gate];
    const QString x = QStringLiteral("x") + sub(QStringLiteral("t"));
    const QString hPrev = m_vocabulary.previousSymbol(Gate::Hidden);
    QString line = tr("from %1: %2 · from %3: %4")
                       .arg(coloured(inputColour, x), coloured(inputColour, number(in)),
                            coloured(recurrentColour, hPrev), coloured(recurrentColour, number(rec)));
    if (v.t == 0) {
        line += tr(" (the bias alone)");
    } else {
        const QString stronger = std::abs(in) >= std::abs(rec) ? coloured(inputColour, x)
                                                               : coloured(recurrentColour, hPrev);
        line += tr(" — the larger push comes from %1").arg(stronger);
    }
    return QStringLiteral("<p class='parts'>%1</p>").arg(line);
}

QString GateInspector::gateSentence(const Values &v, int gate) const
{
    const float value = v.gate[gate];
    const bool notes = m_vocabulary.isNotes();
    QString text;
    switch (Gate(gate)) {
    case Gate::Input:
        text = notes ? tr("The ignore factor lets the learn gate keep %1% of the new information "
                          "and ignore %2%.")
                           .arg(percent(value))
                           .arg(100 - percent(value))
                     : tr("The input gate lets in %1% of the cell candidate.").arg(percent(value));
        break;
    case Gate::Forget:
        text = notes ? tr("The forget gate keeps %1% of the long-term memory and forgets %2%.")
                           .arg(percent(value))
                           .arg(100 - percent(value))
                     : tr("The forget gate keeps %1% of the old memory c<sub>t−1</sub>.").arg(percent(value));
        break;
    case Gate::Cell: {
        const QString direction = value >= 0 ? tr("it would push the memory up")
                                             : tr("it would pull the memory down");
        text = notes ? tr("The new information the unit could learn now is %1: %2.").arg(number(value), direction)
                     : tr("The cell candidate proposes %1 as new content: %2.").arg(number(value), direction);
        if (std::abs(value) > 0.95f)
            text += tr(" It is saturated, close to ±1.");
        break;
    }
    case Gate::Output:
        text = notes ? tr("The use gate uses %1% of tanh(%2) as the unit's output.")
                           .arg(percent(value))
                           .arg(m_vocabulary.symbol(Gate::CellState))
                     : tr("The output gate lets out %1% of tanh(c<sub>t</sub>) as the output h<sub>t</sub>.")
                           .arg(percent(value));
        break;
    default:
        break;
    }
    return QStringLiteral("<p class='say'>%1</p>").arg(text);
}

QString GateInspector::gateBlock(const Values &v, int gate) const
{
    return gateEquation(v, gate) + partsLine(v, gate) + gateSentence(v, gate);
}

QString GateInspector::cellEquation(const Values &v) const
{
    const GateVocabulary &voc = m_vocabulary;
    const QString i = voc.symbol(Gate::Input), f = voc.symbol(Gate::Forget), g = voc.symbol(Gate::Cell);
    const QString cPrev = voc.previousSymbol(Gate::CellState);
    const float vi = v.gate[int(Gate::Input)], vf = v.gate[int(Gate::Forget)], vg = v.gate[int(Gate::Cell)];
    if (voc.isNotes())
        // The notes' order: what the forget gate kept plus what the learn gate learned.
        return QStringLiteral("<p class='eq'>%1 = %2·%3 + %4·%5<br>&nbsp;&nbsp;= %6·%7 + %8·%9 = %10 + %11 "
                              "= <b>%12</b></p>")
            .arg(voc.symbol(Gate::CellState), cPrev, f, g, i, factor(v.cPrev), factor(vf), factor(vg),
                 factor(vi), factor(v.forgetPart), factor(v.learnPart), number(v.c));
    return QStringLiteral("<p class='eq'>%1 = %2·%3 + %4·%5<br>&nbsp;&nbsp;= %6·%7 + %8·%9 = %10 + %11 "
                          "= <b>%12</b></p>")
        .arg(voc.symbol(Gate::CellState), f, cPrev, i, g, factor(vf), factor(v.cPrev), factor(vi),
             factor(vg), factor(v.forgetPart), factor(v.learnPart), number(v.c));
}

QString GateInspector::hiddenEquation(const Values &v) const
{
    const GateVocabulary &voc = m_vocabulary;
    const float vo = v.gate[int(Gate::Output)];
    return QStringLiteral("<p class='eq'>%1 = %2·tanh(%3)<br>&nbsp;&nbsp;= %4·tanh(%5) = %4·%6 = "
                          "<b>%7</b></p>")
        .arg(voc.symbol(Gate::Hidden), voc.symbol(Gate::Output), voc.symbol(Gate::CellState), factor(vo),
             number(v.c), factor(v.tanhC), number(v.h));
}

QString GateInspector::buildOtherCellHtml(const Values &v) const
{
    const GateVocabulary &voc = m_vocabulary;
    const lstmlab::RecurrentCell cell = v.cell;
    const auto heading = [](const QString &title) { return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()); };
    const auto say = [](const QString &text) { return QStringLiteral("<p class='say'>%1</p>").arg(text); };
    const QString x = QStringLiteral("x") + sub(QStringLiteral("t"));
    const QString hPrev = voc.previousSymbol(Gate::Hidden);
    // One gate layer's equation: fn(input half + [scale ·] recurrent half) = value.
    const auto equation = [&](const QString &symbol, const QString &fn, const QString &letter, int k,
                              const QString &scaleSymbol, float scale) {
        const QString inputTerm = QStringLiteral("W%1·%2 + b%1").arg(sub(QLatin1Char('i') + letter), x);
        QString recurrentTerm = QStringLiteral("W%1·%2 + b%1").arg(sub(QLatin1Char('h') + letter), hPrev);
        QString recurrentValue = factor(v.recurrentPart[k]);
        if (!scaleSymbol.isEmpty()) {
            recurrentTerm = QStringLiteral("%1·(%2)").arg(scaleSymbol, recurrentTerm);
            recurrentValue = QStringLiteral("%1·%2").arg(factor(scale), recurrentValue);
        }
        return QStringLiteral("<p class='eq'>%1 = %2(%3 + %4)<br>&nbsp;&nbsp;= %2(%5 + %6) = %2(%7) = "
                              "<b>%8</b></p>")
            .arg(symbol, fn, coloured(inputColour, inputTerm), coloured(recurrentColour, recurrentTerm),
                 coloured(inputColour, number(v.inputPart[k])), coloured(recurrentColour, recurrentValue),
                 number(v.preActivation[k]), number(v.gate[k]));
    };
    QString hiddenSay = tr("This unit's output at step t is %1; the next step reads it as %2")
                            .arg(number(v.h), hPrev);
    if (v.layer + 1 < v.layers)
        hiddenSay += tr(", and layer %1 reads it as part of its input").arg(v.layer + 2);
    else if (v.lastOfNetwork)
        hiddenSay += tr(". It is part of what the dense head turns into the prediction %1").arg(number(v.prediction));
    hiddenSay += tr(".", "end of the sentence");

    QString out = header(v);
    if (cell == lstmlab::RecurrentCell::Rnn) {
        out += heading(voc.name(Gate::Hidden, cell));
        out += equation(voc.symbol(Gate::Hidden), QStringLiteral("tanh"), QStringLiteral("h"), 0, QString(), 0.f);
        out += partsLine(v, 0);
        out += say(hiddenSay);
        out += say(tr("The plain RNN has one tanh layer and no gates: nothing decides what to keep, so "
                      "every step rewrites the whole memory, and the gradient that reaches early steps "
                      "is multiplied by W<sub>hh</sub> and tanh' once per step."));
        return out;
    }
    const int r = int(Gate::Reset), z = int(Gate::Update), n = int(Gate::Candidate);
    out += heading(voc.name(Gate::Reset, cell));
    out += equation(voc.symbol(Gate::Reset, cell), QStringLiteral("σ"), QStringLiteral("r"), r, QString(), 0.f);
    out += partsLine(v, r);
    out += say(tr("The reset gate lets the candidate read %1% of the recurrent part.").arg(percent(v.gate[r])));
    out += heading(voc.name(Gate::Update, cell));
    out += equation(voc.symbol(Gate::Update, cell), QStringLiteral("σ"), QStringLiteral("z"), z, QString(), 0.f);
    out += partsLine(v, z);
    out += say(tr("The update gate keeps %1% of the old memory %2 and takes %3% of the candidate.")
                   .arg(percent(v.gate[z]))
                   .arg(hPrev)
                   .arg(100 - percent(v.gate[z])));
    out += heading(voc.name(Gate::Candidate, cell));
    out += equation(voc.symbol(Gate::Candidate, cell), QStringLiteral("tanh"), QStringLiteral("n"), n,
                    voc.symbol(Gate::Reset, cell), v.gate[r]);
    out += partsLine(v, n);
    out += heading(voc.name(Gate::Hidden, cell));
    out += QStringLiteral("<p class='eq'>%1 = (1 − %2)·%3 + %2·%4<br>&nbsp;&nbsp;= %5·%6 + %7·%8 = %9 + %10 "
                          "= <b>%11</b></p>")
               .arg(voc.symbol(Gate::Hidden), voc.symbol(Gate::Update, cell), voc.symbol(Gate::Candidate, cell), hPrev,
                    factor(1.f - v.gate[z]), factor(v.gate[n]), factor(v.gate[z]), factor(v.hPrev),
                    factor(v.newPart), factor(v.keepPart), number(v.h));
    out += say(tr("The memory keeps %1 of the old value %2 and takes in %3 of new content: it "
                  "becomes %4. The GRU has no separate cell state c: h is its memory.")
                   .arg(number(v.keepPart), number(v.hPrev), number(v.newPart), number(v.h)));
    out += say(hiddenSay);
    return out;
}

QString GateInspector::buildHtml(const Values &v) const
{
    if (v.cell != lstmlab::RecurrentCell::Lstm)
        return buildOtherCellHtml(v);
    const GateVocabulary &voc = m_vocabulary;
    const auto heading = [](const QString &title, const QString &aside) {
        return QStringLiteral("<h3>%1 <span style='font-weight:normal; color:#606060; "
                              "font-size:small'>%2</span></h3>")
            .arg(title, aside);
    };
    const auto name = [&voc](Gate gate) { return voc.name(gate).toHtmlEscaped(); };
    const auto say = [](const QString &text) { return QStringLiteral("<p class='say'>%1</p>").arg(text); };

    QString out = header(v);
    const QString forgetKept = tr("%1 of the old value %2").arg(number(v.forgetPart), number(v.cPrev));

    QString hiddenSay = voc.isNotes()
        ? tr("The new short-term memory, this unit's output at step t, is %1; the next step reads "
             "it as %2").arg(number(v.h), voc.previousSymbol(Gate::Hidden))
        : tr("This unit's output at step t is %1; the next step reads it as %2")
              .arg(number(v.h), voc.previousSymbol(Gate::Hidden));
    if (v.layer + 1 < v.layers)
        hiddenSay += tr(", and layer %1 reads it as part of its input").arg(v.layer + 2);
    if (v.layer + 1 == v.layers && textMode())
        hiddenSay += tr(". It is part of what the softmax head turns into the next character's probabilities");
    else if (v.lastOfNetwork)
        hiddenSay += tr(". It is part of what the dense head turns into the prediction %1").arg(number(v.prediction));
    hiddenSay += tr(".", "end of the sentence");

    if (voc.isNotes()) {
        out += heading(GateVocabulary::notesGateName(GateVocabulary::NotesGate::Learn),
                       tr("standard: cell candidate g and input gate i"));
        out += gateBlock(v, int(Gate::Cell)) + gateBlock(v, int(Gate::Input));
        out += QStringLiteral("<p class='eq'>%1 = %2·%3 = %4·%5 = <b>%6</b></p>")
                   .arg(tr("learn gate output"), voc.symbol(Gate::Cell), voc.symbol(Gate::Input),
                        factor(v.gate[int(Gate::Cell)]), factor(v.gate[int(Gate::Input)]), number(v.learnPart));
        out += say(tr("The learn gate adds %1 to the long-term memory at this step.").arg(number(v.learnPart)));

        out += heading(GateVocabulary::notesGateName(GateVocabulary::NotesGate::Forget),
                       tr("standard: forget gate f"));
        out += gateBlock(v, int(Gate::Forget));
        out += QStringLiteral("<p class='eq'>%1 = %2·%3 = %4·%5 = <b>%6</b></p>")
                   .arg(tr("forget gate output"), voc.previousSymbol(Gate::CellState), voc.symbol(Gate::Forget),
                        factor(v.cPrev), factor(v.gate[int(Gate::Forget)]), number(v.forgetPart));
        out += say(tr("Of the long-term memory %1 the forget gate keeps %2.").arg(number(v.cPrev), number(v.forgetPart)));

        out += heading(GateVocabulary::notesGateName(GateVocabulary::NotesGate::Remember),
                       tr("standard: cell state c"));
        out += cellEquation(v);
        out += say(tr("The remember gate adds what the forget gate kept (%1) and what the learn "
                      "gate learned (%2): the new long-term memory is %3.")
                       .arg(number(v.forgetPart), number(v.learnPart), number(v.c)));

        out += heading(GateVocabulary::notesGateName(GateVocabulary::NotesGate::Use),
                       tr("standard: output gate o and hidden state h"));
        out += gateBlock(v, int(Gate::Output));
        out += hiddenEquation(v);
        out += say(hiddenSay);
        return out;
    }

    for (int gate = 0; gate < gateLayerCount; ++gate) {
        out += heading(name(Gate(gate)), QString());
        out += gateBlock(v, gate);
    }
    out += heading(name(Gate::CellState), tr("the memory"));
    out += cellEquation(v);
    out += say(tr("The memory keeps %1 and takes in %2 of new content: it becomes %3.")
                   .arg(forgetKept, number(v.learnPart), number(v.c)));
    out += heading(name(Gate::Hidden), tr("the output"));
    out += hiddenEquation(v);
    out += say(hiddenSay);
    return out;
}

void GateInspector::resizeEvent(QResizeEvent *event)
{
    placeDigitsBox();
    QWidget::resizeEvent(event);
}

void GateInspector::placeDigitsBox()
{
    int oneRow = m_selectorRow->contentsMargins().left() + m_selectorRow->contentsMargins().right();
    for (QWidget *w : {static_cast<QWidget *>(m_layerLabel), static_cast<QWidget *>(m_layerBox),
                       static_cast<QWidget *>(m_unitLabel), static_cast<QWidget *>(m_unitBox),
                       static_cast<QWidget *>(m_stepLabel), static_cast<QWidget *>(m_stepBox),
                       static_cast<QWidget *>(m_digitsBox)})
        oneRow += w->sizeHint().width() + 6 + 4; // spacing and the gaps between the pairs
    const bool inSelectorRow = m_selectorRow->indexOf(m_digitsBox) >= 0;
    if (width() < oneRow && inSelectorRow) {
        m_selectorRow->removeWidget(m_digitsBox);
        m_digitsRow->addWidget(m_digitsBox);
        m_digitsRow->addStretch(1);
    } else if (width() >= oneRow && !inSelectorRow) {
        m_digitsRow->removeWidget(m_digitsBox);
        while (QLayoutItem *item = m_digitsRow->takeAt(0)) // the stretch
            delete item;
        m_selectorRow->addWidget(m_digitsBox);
    }
}

void GateInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_html.clear();
        retranslate(); // renders again
    }
    QWidget::changeEvent(event);
}
