#include "textanalysispanel.h"

#include "characteractivationview.h"
#include "findunitpanel.h"
#include "gateinspector.h"
#include "gatepanel.h"
#include "gatevocabulary.h"
#include "texttrace.h"

#include <QHBoxLayout>
#include <QEvent>
#include <QSplitter>
#include <QTabWidget>

#include <algorithm>

TextAnalysisPanel::TextAnalysisPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, columns);
    // Find-a-unit and the inspector both want the height: one at a time, as tabs.
    m_side = new QTabWidget(columns);
    m_side->setObjectName(QStringLiteral("textAnalysisSide"));
    m_side->setDocumentMode(true);
    m_characters = new CharacterActivationView(left);
    m_gates = new GatePanel(left);
    m_finder = new FindUnitPanel;
    m_inspector = new GateInspector;
    m_side->addTab(m_finder, QString());
    m_side->addTab(m_inspector, QString());
    m_characters->setObjectName(QStringLiteral("characterActivations"));
    m_gates->setObjectName(QStringLiteral("textGates"));
    m_finder->setObjectName(QStringLiteral("findUnit"));
    m_inspector->setObjectName(QStringLiteral("textInspector"));
    // The inspector reads well from about 260 px (its selector row is wider): the page must fit
    // a 1366-pixel screen beside the text's controls.
    m_inspector->setMinimumWidth(260);
    for (QSplitter *splitter : {columns, left})
        splitter->setChildrenCollapsible(false);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 1);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    retranslate();
    layout->addWidget(columns);

    connect(m_characters, &CharacterActivationView::timeStepClicked, this,
            [this](int t) { selectCell(m_layer, m_unit, t); });
    connect(m_characters, &CharacterActivationView::unitChanged, this,
            [this](int layer, int unit) { selectCell(layer, unit); });
    connect(m_finder, &FindUnitPanel::unitChosen, this, [this](int layer, int unit) {
        m_characters->setQuantity(m_finder->quantity());
        selectCell(layer, unit);
    });
    connect(m_gates, &GatePanel::cellClicked, this, [this](int layer, int unit, int t) {
        selectCell(layer, unit, m_windowFirst + t);
        m_side->setCurrentWidget(m_inspector); // a map cell is clicked to be inspected
    });
    connect(m_gates, &GatePanel::layerChanged, this, [this](int layer) {
        if (layer != m_layer)
            selectCell(layer, m_unit);
    });
    connect(m_inspector, &GateInspector::cellRequested, this,
            [this](int layer, int unit, int t) { selectCell(layer, unit, m_windowFirst + t); });
}

TextAnalysisPanel::~TextAnalysisPanel() = default;

void TextAnalysisPanel::retranslate()
{
    m_side->setTabText(0, tr("Find a unit"));
    m_side->setTabToolTip(0, tr("Which units follow quotes, brackets, the position in the line, "
                                "punctuation or a poem's first line."));
    m_side->setTabText(1, tr("Inspector"));
    m_side->setTabToolTip(1, tr("The chosen unit's equations at the chosen character, with its numbers."));
}

void TextAnalysisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TextAnalysisPanel::setTrace(const lstmlab::TextTrace &trace)
{
    setTrace(std::make_shared<const lstmlab::TextTrace>(trace));
}

void TextAnalysisPanel::setTrace(std::shared_ptr<const lstmlab::TextTrace> trace)
{
    m_trace = std::move(trace);
    m_characters->setTrace(m_trace);
    m_finder->setTrace(m_trace);
    const int T = m_trace ? m_trace->length() : 0;
    if (m_t >= T)
        m_t = T - 1;
    updateGateWindow(true);
    selectCell(m_layer, m_unit, m_t);
}

void TextAnalysisPanel::updateGateWindow(bool always)
{
    const int T = m_trace ? m_trace->length() : 0;
    const int count = std::min(T, gateWindowSteps);
    // The chosen step in the middle of the window, the window inside the trace.
    const int first = std::clamp(m_t - count / 2, 0, T - count);
    if (!always && m_t >= m_windowFirst && m_t < m_windowFirst + m_windowCount)
        return;
    m_windowFirst = first;
    m_windowCount = count;
    if (!m_trace || T == 0) {
        m_gates->setTimeLabels({});
        m_gates->setWindowDescription({tr("No text traced yet: the maps fill in while the network trains.")});
        m_gates->setTrace(lstmlab::GateTrace(), 0.0, 0.0);
        m_inspector->setTimeLabels({});
        m_inspector->setTrace(lstmlab::GateTrace());
        return;
    }
    const lstmlab::TextTrace window = m_trace->slice(first, count);
    QStringList labels;
    for (char32_t ch : window.characters)
        labels << CharacterActivationView::displayText(ch);
    const lstmlab::LayerTrace &layer = window.gates.layers.front();
    const QString steps = tr("Characters %1 … %2 of the %3 in the character view")
                              .arg(first)
                              .arg(first + count - 1)
                              .arg(T);
    QStringList variants;
    if (layer.layerUnits > layer.units)
        variants << tr("%1 · the first %2 of %3 units").arg(steps).arg(layer.units).arg(layer.layerUnits);
    variants << steps << tr("Characters %1 … %2").arg(first).arg(first + count - 1);
    m_gates->setTimeLabels(labels);
    m_gates->setWindowDescription(variants);
    m_gates->setTrace(window.gates, 0.0, 0.0);
    m_inspector->setTimeLabels(labels);
    m_inspector->setTrace(window.gates);
}

void TextAnalysisPanel::selectCell(int layer, int unit, int t)
{
    const int layers = m_trace ? int(m_trace->gates.layers.size()) : 0;
    m_layer = std::clamp(layer, 0, std::max(0, layers - 1));
    const int units = layers > 0 ? m_trace->gates.layers[std::size_t(m_layer)].units : 1;
    m_unit = std::clamp(unit, 0, std::max(0, units - 1));
    const int T = m_trace ? m_trace->length() : 0;
    if (t >= 0)
        m_t = t;
    if (m_t >= T)
        m_t = T - 1;
    m_characters->setUnit(m_layer, m_unit);
    m_characters->setSelectedTimeStep(m_t);
    if (layers == 0)
        return;
    updateGateWindow(false);
    if (m_gates->layer() != m_layer)
        m_gates->setLayer(m_layer);
    m_gates->selectCell(m_unit, m_t < 0 ? -1 : m_t - m_windowFirst);
    m_inspector->setCell(m_layer, m_unit, std::max(0, m_t - m_windowFirst));
}

void TextAnalysisPanel::setVocabulary(const GateVocabulary &vocabulary)
{
    m_gates->setGateNames(vocabulary.names());
    m_gates->setGateDescriptions(vocabulary.toolTips(), vocabulary.whatsThisTexts());
    m_inspector->setVocabulary(vocabulary);
}

QList<ExportablePanel *> TextAnalysisPanel::exportablePanels() const
{
    return {m_characters, m_finder, m_gates};
}

QSize TextAnalysisPanel::sizeHint() const
{
    return {900, 600};
}
