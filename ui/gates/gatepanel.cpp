#include "gatepanel.h"

#include "heatmapwidget.h"
#include "trainingsnapshot.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QResizeEvent>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

using lstmlab::Gate;
using lstmlab::gateCount;

namespace {

constexpr double idealMapAspect = 1.45; // width / height at which a map with its axes reads best

HeatmapWidget::Range rangeOf(int gate)
{
    switch (Gate(gate)) {
    case Gate::Input:
    case Gate::Forget:
    case Gate::Output:
        return HeatmapWidget::Range::Unit;
    case Gate::Cell:
    case Gate::Hidden:
        return HeatmapWidget::Range::Symmetric;
    case Gate::CellState:
        return HeatmapWidget::Range::Covering;
    }
    return HeatmapWidget::Range::Unit;
}

void appendNumber(QString &out, float value)
{
    // Shortest text that reads back as the same float.
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out += QLatin1String(buffer, int(result.ptr - buffer));
}

} // namespace

GatePanel::GatePanel(QWidget *parent)
    : QWidget(parent)
{
    m_layerLabel = new QLabel(this);
    m_layerBox = new QComboBox(this);
    m_layerBox->setObjectName(QStringLiteral("gateLayerBox"));
    m_layerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layerLabel->setBuddy(m_layerBox);
    m_unitLabel = new QLabel(this);
    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("gateUnitBox"));
    m_unitBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int k = 0; k < unitFilterCount; ++k)
        m_unitBox->addItem(QString());
    m_unitLabel->setBuddy(m_unitBox);
    m_windowLabel = new QLabel(this);
    m_windowLabel->setObjectName(QStringLiteral("gateWindowLabel"));
    m_windowLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_windowLabel->setMinimumWidth(40);
    m_windowLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_topRow = new QHBoxLayout;
    m_topRow->setContentsMargins(0, 0, 0, 0);
    m_topRow->addWidget(m_layerLabel);
    m_topRow->addWidget(m_layerBox);
    m_topRow->addSpacing(8);
    m_topRow->addWidget(m_unitLabel);
    m_topRow->addWidget(m_unitBox);
    m_topRow->addSpacing(8);
    m_topRow->addWidget(m_windowLabel, 1);

    m_mapsArea = new QWidget(this);
    m_mapsArea->setObjectName(QStringLiteral("gateMaps"));
    m_mapsArea->setAutoFillBackground(true);
    m_grid = new QGridLayout(m_mapsArea);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    for (int gate = 0; gate < gateCount; ++gate) {
        auto *map = new HeatmapWidget(m_mapsArea);
        map->setObjectName(QStringLiteral("gateHeatmap%1").arg(gate));
        map->setRange(rangeOf(gate));
        connect(map, &HeatmapWidget::cellClicked, this, [this](int unit, int t) {
            selectCell(unit, t);
            emit cellClicked(m_layer, unit, t);
        });
        m_maps[std::size_t(gate)] = map;
    }
    // "As many as fit" follows the maps' height, known once the grid has placed them.
    m_maps[0]->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(m_topRow);
    layout->addWidget(m_mapsArea, 1);

    connect(m_layerBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_layer)
            return;
        m_layer = index;
        showLayer();
        emit layerChanged(m_layer);
    });
    connect(m_unitBox, &QComboBox::activated, this, [this](int index) {
        setUnitFilter(UnitFilter(index));
        emit unitFilterChanged(m_unitFilter);
    });

    retranslate();
    arrangeGrid(3);
    updateLayerSelector();
    updateWindowLabel();
}

QStringList GatePanel::standardGateNames()
{
    return {tr("input gate i"), tr("forget gate f"), tr("cell candidate g"),
            tr("output gate o"), tr("cell state c"),  tr("hidden state h")};
}

void GatePanel::retranslate()
{
    m_layerLabel->setText(tr("&Layer:"));
    m_unitLabel->setText(tr("U&nits:"));
    const QStringList filters{tr("As many as fit"), tr("All"), tr("Top 16"), tr("Top 32"), tr("Top 64")};
    for (int k = 0; k < unitFilterCount; ++k)
        m_unitBox->setItemText(k, filters.at(k));
    m_unitBox->setToolTip(tr("Which units the maps show. Top k: the k units with the largest mean "
                             "|h| over the shown window, in unit order, each row labelled with its "
                             "unit number. As many as fit: all units when each row gets at least "
                             "%1 pixels, else the most active units that fit.")
                              .arg(minimumRowPixels));
    if (m_trace.cell != lstmlab::RecurrentCell::Lstm)
        m_layerBox->setToolTip(tr("Which %1 layer the maps show. Layer 1 reads the signal; each "
                                  "further layer reads the hidden state h of the one before.")
                                   .arg(GateVocabulary::cellTitle(m_trace.cell)));
    else
        m_layerBox->setToolTip(tr("Which LSTM layer the maps show. Layer 1 reads the signal; each "
                                  "further layer reads the hidden state h of the one before."));
    if (m_trace.cell != lstmlab::RecurrentCell::Lstm)
        setWhatsThis(tr("<p>Every value one %1 layer computes while it reads one window of the test "
                        "signal: %2. In each map a row is a unit and a column is a time step: t = 0 is "
                        "the oldest sample of the window, the last column the newest.</p><p>The %1 "
                        "has no cell state c, so the LSTM's maps of c and of its four gates are not "
                        "shown. Hover a cell for its exact value; click it to inspect it.</p>")
                         .arg(GateVocabulary::cellTitle(m_trace.cell),
                              m_vocabulary.names(m_trace.cell).filter(QRegularExpression(QStringLiteral("."))).join(tr(", "))));
    else
        setWhatsThis(tr("<p>Every gate of one LSTM layer while it reads one window of the test "
                        "signal. In each map a row is a unit (one neuron in each of the four gate layers, not a separate cell) and a column is a time "
                        "step: t = 0 is the oldest sample of the window, the last column the newest, "
                        "right before the value the network predicts.</p><p>Hover a cell for its "
                        "exact value; click it to mark that unit and time step in all six maps.</p>"));
    if (!m_customNames)
        m_names = standardGateNames();
    if (!m_customToolTips)
        m_toolTips = {
            tr("Input gate i (0 … 1): how much of the cell candidate g is written into the cell "
               "at each time step. Near 1 the unit takes in new information; near 0 it ignores "
               "the input."),
            tr("Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 the "
               "unit keeps its memory; near 0 it forgets it."),
            tr("Cell candidate g (−1 … 1): the new content proposed for the cell, computed from "
               "the input and the previous hidden state. It enters the cell scaled by i."),
            tr("Output gate o (0 … 1): how much of the cell's memory is let out as the hidden "
               "state h. Near 0 the unit keeps its memory to itself."),
            tr("Cell state c: the unit's memory, c = f·c_prev + i·g. It is not limited to −1 … 1; "
               "the line under the title gives its actual range, and the colours widen to cover "
               "it."),
            tr("Hidden state h (−1 … 1): the layer's output, h = o·tanh(c). The next layer and the "
               "prediction see only this."),
        };
    if (!m_customWhatsThis)
        m_whatsThis = {
            tr("<p><b>Input gate i</b> = σ(W<sub>ii</sub>x + W<sub>hi</sub>h<sub>prev</sub> + b), "
               "between 0 and 1, bright = open.</p><p>It decides how much of the cell candidate g "
               "enters the memory. Look for units whose i opens only at certain phases of the "
               "sine: they write into their memory at those moments. A unit stuck near 0 takes "
               "in nothing.</p>"),
            tr("<p><b>Forget gate f</b> = σ(W<sub>if</sub>x + W<sub>hf</sub>h<sub>prev</sub> + b), "
               "between 0 and 1, bright = keep.</p><p>f near 1 means the unit keeps its memory "
               "from step to step; near 0 it wipes it. Units with f near 1 across the whole "
               "window carry information over many steps; a dark column shows the moment a unit "
               "resets.</p>"),
            tr("<p><b>Cell candidate g</b> = tanh(W<sub>ig</sub>x + W<sub>hg</sub>h<sub>prev</sub> "
               "+ b), between −1 (blue) and 1 (red).</p><p>The new content the unit could store. "
               "It only reaches the memory where i is open, so read it together with the input "
               "gate map. Values pinned at ±1 mean the unit is saturated.</p>"),
            tr("<p><b>Output gate o</b> = σ(W<sub>io</sub>x + W<sub>ho</sub>h<sub>prev</sub> + b), "
               "between 0 and 1, bright = open.</p><p>It decides how much of the memory is shown "
               "to the rest of the network as h. A unit can hold something in c while o is "
               "closed and reveal it later.</p>"),
            tr("<p><b>Cell state c</b> = f·c<sub>prev</sub> + i·g: the unit's memory.</p><p>Unlike "
               "the gates it has no fixed bounds: it can grow when f stays near 1 and i keeps "
               "adding. The colours are symmetric around 0 (blue negative, red positive), "
               "−1 … 1 or wider to cover the actual values, which the line under the title and "
               "the triangles beside the colour bar give. Slowly drifting rows show units that "
               "accumulate the input over time.</p>"),
            tr("<p><b>Hidden state h</b> = o·tanh(c), between −1 (blue) and 1 (red).</p><p>The "
               "layer's output: the next layer reads it, and the last column of the last layer "
               "is what the prediction is made from. Rows that follow the sine show units "
               "tracking the signal; rows shifted in phase are what lets the network look "
               "ahead.</p>"),
        };
    applyNames();
    const int count = m_layerBox->count();
    for (int l = 0; l < count; ++l)
        m_layerBox->setItemText(l, tr("Layer %1").arg(l + 1));
    updateWindowLabel();
}

void GatePanel::applyNames()
{
    // The LSTM's maps keep the names given (setGateNames); the other cells' come from the vocabulary.
    const lstmlab::RecurrentCell cell = m_trace.cell;
    m_namedCell = cell;
    const bool lstm = cell == lstmlab::RecurrentCell::Lstm;
    for (int gate = 0; gate < gateCount; ++gate) {
        HeatmapWidget *map = m_maps[std::size_t(gate)];
        const QString title = lstm ? m_names.value(gate) : m_vocabulary.name(Gate(gate), cell);
        map->setTitle(m_exportLayer < 0 ? title : tr("%1 · layer %2").arg(title).arg(m_exportLayer + 1));
        map->setToolTip(lstm ? m_toolTips.value(gate) : m_vocabulary.toolTip(Gate(gate), cell));
        map->setWhatsThis(lstm ? mapWhatsThis(gate) : m_vocabulary.whatsThis(Gate(gate), cell));
    }
}

void GatePanel::setVocabulary(const GateVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
    if (m_trace.cell != lstmlab::RecurrentCell::Lstm)
        retranslate();
}

std::vector<Gate> GatePanel::shownGates() const
{
    const auto gates = lstmlab::tracedGates(m_trace.cell);
    return std::vector<Gate>(gates.begin(), gates.end());
}

QString GatePanel::mapWhatsThis(int gate) const
{
    return m_whatsThis.value(gate)
        + tr("<p>Rows are units, columns are time steps of the window shown above the maps. "
             "Hover a cell for layer, unit, time step and exact value; click it to mark it in all "
             "six maps.</p>");
}

void GatePanel::setGateNames(const QStringList &names)
{
    if (names.size() != gateCount)
        return;
    m_names = names;
    m_customNames = true;
    if (m_trace.cell == lstmlab::RecurrentCell::Lstm)
        for (int gate = 0; gate < gateCount; ++gate)
            m_maps[std::size_t(gate)]->setTitle(names.at(gate));
}

void GatePanel::setGateDescriptions(const QStringList &toolTips, const QStringList &whatsThis)
{
    const bool lstm = m_trace.cell == lstmlab::RecurrentCell::Lstm;
    for (int gate = 0; gate < gateCount; ++gate) {
        if (!toolTips.value(gate).isEmpty()) {
            m_toolTips[gate] = toolTips.at(gate);
            m_customToolTips = true;
            if (lstm)
                m_maps[std::size_t(gate)]->setToolTip(toolTips.at(gate));
        }
        if (!whatsThis.value(gate).isEmpty()) {
            m_whatsThis[gate] = whatsThis.at(gate);
            m_customWhatsThis = true;
            if (lstm)
                m_maps[std::size_t(gate)]->setWhatsThis(mapWhatsThis(gate));
        }
    }
}

void GatePanel::updateSnapshot(const TrainingSnapshot &s)
{
    double first = std::numeric_limits<double>::quiet_NaN();
    double last = first;
    const int window = s.trace.window >= 0 ? s.trace.window : s.traceWindow;
    const int T = s.trace.empty() ? 0 : s.trace.layers.front().timesteps;
    const qsizetype n = s.realTest.size();
    if (T > 0 && window >= 0 && window < n && n >= 2) {
        // realTest[k] is the label of window k, at series index k + T; the window itself covers
        // series indices window .. window + T - 1. Indices before the first label lie on the
        // same evenly spaced grid.
        const double dx = s.realTest.at(1).x() - s.realTest.at(0).x();
        auto xAt = [&](int index) {
            return index >= T ? s.realTest.at(index - T).x()
                              : s.realTest.at(0).x() - (T - index) * dx;
        };
        first = xAt(window);
        last = xAt(window + T - 1);
    }
    m_trace = s.trace; // copy-assignment reuses the vectors' storage when the shape is unchanged
    if (m_trace.window < 0)
        m_trace.window = window;
    m_windowFirstX = first;
    m_windowLastX = last;
    refresh();
}

void GatePanel::setTrace(const lstmlab::GateTrace &trace, double windowFirstX, double windowLastX)
{
    m_trace = trace;
    m_windowFirstX = windowFirstX;
    m_windowLastX = windowLastX;
    refresh();
}

void GatePanel::setTimeLabels(const QStringList &labels)
{
    m_timeLabels = labels;
    for (HeatmapWidget *map : m_maps)
        map->setTimeLabels(labels);
}

void GatePanel::setWindowDescription(const QStringList &variants)
{
    m_description = variants;
    updateWindowLabel();
}

void GatePanel::refresh()
{
    if (m_trace.cell != m_namedCell) {
        // Another cell: its own maps, names and grid.
        retranslate();
        const auto shown = lstmlab::tracedGates(m_trace.cell);
        for (int gate = 0; gate < gateCount; ++gate)
            m_maps[std::size_t(gate)]->setVisible(lstmlab::cellHasGate(m_trace.cell, Gate(gate)));
        if (!m_maps[0]->isVisible())
            m_maps[0]->removeEventFilter(this);
        m_maps[std::size_t(shown.front())]->installEventFilter(this);
        m_columns = 0;
        arrangeGrid(preferredColumns(size()));
    }
    updateLayerSelector();
    showLayer();
    updateWindowLabel();
}

int GatePanel::layerCount() const
{
    return int(m_trace.layers.size());
}

void GatePanel::setLayer(int layer)
{
    if (layer < 0 || layer >= std::max(1, layerCount()) || layer == m_layer)
        return;
    m_layerBox->setCurrentIndex(layer); // emits layerChanged through the selector
}

void GatePanel::updateLayerSelector()
{
    const int layers = layerCount();
    const int previous = m_layer;
    if (m_layerBox->count() != std::max(layers, 1)) {
        QSignalBlocker block(m_layerBox);
        m_layerBox->clear();
        for (int l = 0; l < std::max(layers, 1); ++l)
            m_layerBox->addItem(tr("Layer %1").arg(l + 1));
    }
    m_layerBox->setEnabled(layers > 1);
    m_layer = std::clamp(m_layer, 0, std::max(layers - 1, 0));
    {
        QSignalBlocker block(m_layerBox);
        m_layerBox->setCurrentIndex(m_layer);
    }
    if (m_layer != previous)
        emit layerChanged(m_layer);
}

void GatePanel::setUnitFilter(UnitFilter filter)
{
    if (int(filter) < 0 || int(filter) >= unitFilterCount)
        filter = UnitFilter::Fit;
    m_unitBox->setCurrentIndex(int(filter));
    if (filter == m_unitFilter)
        return;
    m_unitFilter = filter;
    showLayer();
}

std::vector<int> GatePanel::unitsToShow(const lstmlab::LayerTrace &lt) const
{
    int keep = lt.units;
    switch (m_unitFilter) {
    case UnitFilter::All: break;
    case UnitFilter::Top16: keep = 16; break;
    case UnitFilter::Top32: keep = 32; break;
    case UnitFilter::Top64: keep = 64; break;
    case UnitFilter::Fit: {
        // A map not placed yet (no plot) shows all units until it is.
        const double height = m_maps[std::size_t(lstmlab::tracedGates(m_trace.cell).front())]->plotRect().height();
        if (height > 0)
            keep = std::max(1, int(height / minimumRowPixels));
        break;
    }
    }
    std::vector<int> units(std::size_t(std::max(lt.units, 0)));
    for (int u = 0; u < lt.units; ++u)
        units[std::size_t(u)] = u;
    if (keep >= lt.units)
        return units;
    // The most active: the largest mean |h| over the window (its sum ranks the same).
    std::vector<double> activity(units.size(), 0.0);
    for (int u = 0; u < lt.units; ++u)
        for (int t = 0; t < lt.timesteps; ++t)
            activity[std::size_t(u)] += std::abs(double(lt.at(Gate::Hidden, u, t)));
    std::stable_sort(units.begin(), units.end(), [&](int a, int b) {
        return activity[std::size_t(a)] > activity[std::size_t(b)];
    });
    units.resize(std::size_t(keep));
    // The marked unit is the one the gate inspector reads: it stays in view, in place of the
    // least active of the others, so that the maps always show what the inspector speaks of.
    if (m_selectedUnit >= 0 && m_selectedUnit < lt.units
        && std::find(units.begin(), units.end(), m_selectedUnit) == units.end())
        units.back() = m_selectedUnit;
    std::sort(units.begin(), units.end());
    return units;
}

void GatePanel::showLayer()
{
    const int layer = m_exportLayer >= 0 ? m_exportLayer : m_layer;
    if (layer >= layerCount()) {
        m_shownUnits.clear();
        for (HeatmapWidget *map : m_maps)
            map->clear();
        return;
    }
    const lstmlab::LayerTrace &lt = m_trace.layers[std::size_t(layer)];
    if (m_selectedUnit >= lt.units || m_selectedT >= lt.timesteps)
        m_selectedUnit = m_selectedT = -1;
    m_shownUnits = unitsToShow(lt);
    const bool everyUnit = int(m_shownUnits.size()) == lt.units;
    const int rows = int(m_shownUnits.size());
    for (int gate = 0; gate < gateCount; ++gate) {
        HeatmapWidget *map = m_maps[std::size_t(gate)];
        map->setLayerIndex(layer);
        const auto &values = lt.values[std::size_t(gate)];
        if (!lstmlab::cellHasGate(m_trace.cell, Gate(gate))
            || values.size() != std::size_t(lt.units) * std::size_t(lt.timesteps)) {
            map->clear();
        } else if (everyUnit) {
            map->setData(values.data(), lt.units, lt.timesteps);
        } else {
            const std::size_t T = std::size_t(lt.timesteps);
            m_rows.resize(std::size_t(rows) * T);
            for (int r = 0; r < rows; ++r)
                std::copy_n(values.data() + std::size_t(m_shownUnits[std::size_t(r)]) * T, T,
                            m_rows.data() + std::size_t(r) * T);
            map->setData(m_rows.data(), rows, lt.timesteps, m_shownUnits);
        }
        map->setSelectedCell(m_selectedUnit, m_selectedT);
    }
}

bool GatePanel::eventFilter(QObject *watched, QEvent *event)
{
    const int layer = m_exportLayer >= 0 ? m_exportLayer : m_layer;
    if (watched == m_maps[std::size_t(lstmlab::tracedGates(m_trace.cell).front())] && event->type() == QEvent::Resize && m_unitFilter == UnitFilter::Fit
        && layer < layerCount()) {
        // Refill only when the number of rows that fit changes.
        if (unitsToShow(m_trace.layers[std::size_t(layer)]).size() != m_shownUnits.size())
            showLayer();
    }
    return QWidget::eventFilter(watched, event);
}

void GatePanel::selectCell(int unit, int t)
{
    m_selectedUnit = unit;
    m_selectedT = t;
    // A unit the filter left out joins the rows (unitsToShow keeps the marked unit).
    if (unit >= 0 && m_exportLayer < 0 && m_layer < layerCount()
        && std::find(m_shownUnits.begin(), m_shownUnits.end(), unit) == m_shownUnits.end()) {
        showLayer();
        return;
    }
    for (HeatmapWidget *map : m_maps)
        map->setSelectedCell(unit, t);
}

QString GatePanel::windowText() const
{
    return m_windowVariants.value(0);
}

void GatePanel::updateWindowLabel()
{
    // From the most to the least explicit; fitWindowLabel() shows the first that fits.
    QStringList variants;
    if (!m_description.isEmpty()) {
        variants = m_description;
    } else if (m_trace.empty()) {
        variants << tr("No gate trace yet: the maps fill in with the first training snapshot.")
                 << tr("No gate trace yet.");
    } else {
        QString window = tr("Test window %1").arg(m_trace.window);
        if (std::isfinite(m_windowFirstX) && std::isfinite(m_windowLastX)) {
            const QString first = QLocale().toString(m_windowFirstX, 'f', 2);
            const QString last = QLocale().toString(m_windowLastX, 'f', 2);
            window = first == last ? tr("%1: x = %2").arg(window, first)
                                   : tr("%1: x = %2 … %3").arg(window, first, last);
        }
        const QString outcome = tr("next sample %1, predicted %2")
                                    .arg(QLocale().toString(double(m_trace.target), 'f', 3),
                                         QLocale().toString(double(m_trace.prediction), 'f', 3));
        variants << tr("%1 · %2").arg(window, outcome) << window
                 << tr("Window %1").arg(m_trace.window);
        // A large network's trace keeps only its first units (lstmlab::maxTraceBytes).
        const lstmlab::LayerTrace &layer = m_trace.layers.front();
        if (layer.layerUnits > layer.units)
            variants.prepend(tr("%1 · the first %2 of %3 units").arg(variants.first()).arg(layer.units).arg(layer.layerUnits));
    }
    if (variants == m_windowVariants)
        return;
    m_windowVariants = variants;
    m_windowLabel->setToolTip(
        m_trace.empty() || !m_description.isEmpty() ? variants.first()
                        : tr("%1\nThe maps show the network reading this window of the test signal, "
                             "its oldest sample at t = 0.")
                              .arg(variants.first()));
    fitWindowLabel();
}

void GatePanel::fitWindowLabel()
{
    if (m_windowVariants.isEmpty())
        return;
    // The room the top row leaves for the label, from the panel's own width so it is right
    // before the layout has placed the label (a hidden panel being exported).
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right()
        - m_layerLabel->sizeHint().width() - m_layerBox->sizeHint().width() - 8
        - m_unitLabel->sizeHint().width() - m_unitBox->sizeHint().width() - 8
        - 5 * std::max(0, m_topRow->spacing());
    const QFontMetrics fm(m_windowLabel->font());
    QString text = fm.elidedText(m_windowVariants.constLast(), Qt::ElideRight, std::max(0, available));
    for (const QString &variant : std::as_const(m_windowVariants)) {
        if (fm.horizontalAdvance(variant) <= available) {
            text = variant;
            break;
        }
    }
    if (m_windowLabel->text() != text)
        m_windowLabel->setText(text);
}

int GatePanel::preferredColumns(const QSize &size) const
{
    if (size.width() <= 0 || size.height() <= 0)
        return lstmlab::tracedGates(m_trace.cell).size() == 6 ? 3 : lstmlab::tracedGates(m_trace.cell).size() == 4 ? 2 : 1;
    // 3 x 2 for a landscape panel, 2 x 3 for a tall dock, 6 x 1 for a wide strip under the
    // charts: whichever gives each map the shape closest to the one it reads best at. The GRU's
    // four maps: 2 x 2 or 4 x 1; the plain RNN's one map fills the panel.
    const int maps = int(lstmlab::tracedGates(m_trace.cell).size());
    if (maps == 1)
        return 1;
    const std::vector<int> choices = maps == 6 ? std::vector<int>{3, 2, 6} : std::vector<int>{2, 4, 1};
    int best = choices.front();
    double bestMisfit = std::numeric_limits<double>::infinity();
    for (int columns : choices) {
        const int rows = (maps + columns - 1) / columns;
        const double aspect = (double(size.width()) / columns) / (double(size.height()) / rows);
        const double misfit = std::abs(std::log(aspect / idealMapAspect));
        if (misfit < bestMisfit) {
            best = columns;
            bestMisfit = misfit;
        }
    }
    return best;
}

void GatePanel::arrangeGrid(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (HeatmapWidget *map : m_maps)
        m_grid->removeWidget(map);
    const auto shown = lstmlab::tracedGates(m_trace.cell);
    const int rows = (int(shown.size()) + columns - 1) / columns;
    for (std::size_t k = 0; k < shown.size(); ++k)
        m_grid->addWidget(m_maps[std::size_t(shown[k])], int(k) / columns, int(k) % columns);
    for (int c = 0; c < gateCount; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < gateCount; ++r)
        m_grid->setRowStretch(r, r < rows ? 1 : 0);
}

void GatePanel::resizeEvent(QResizeEvent *event)
{
    arrangeGrid(preferredColumns(size()));
    fitWindowLabel();
    QWidget::resizeEvent(event);
}

void GatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString GatePanel::exportName() const
{
    return QStringLiteral("gates");
}

QString GatePanel::exportTitle() const
{
    return tr("Gates");
}

QWidget *GatePanel::exportWidget()
{
    // A panel never shown has not placed the maps yet: size them as a shown one would.
    ensurePolished();
    if (testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent resize(size(), QSize());
        QCoreApplication::sendEvent(this, &resize);
        setAttribute(Qt::WA_PendingResizeEvent, false);
    }
    layout()->activate();
    return m_mapsArea;
}

QStringList GatePanel::exportFigureNames() const
{
    QStringList names;
    for (int l = 0; l < std::max(1, layerCount()); ++l)
        names << QStringLiteral("gates-layer%1").arg(l + 1);
    return names;
}

void GatePanel::showExportFigure(int index)
{
    m_exportLayer = index >= 0 && index < layerCount() ? index : -1;
    applyNames();
    showLayer();
}

QString GatePanel::exportCsv() const
{
    QString out;
    std::size_t rows = 0;
    for (const lstmlab::LayerTrace &lt : m_trace.layers)
        rows += std::size_t(lt.units) * std::size_t(lt.timesteps);
    out.reserve(qsizetype(rows * 64 + 32));
    const auto gates = lstmlab::tracedGates(m_trace.cell);
    switch (m_trace.cell) {
    case lstmlab::RecurrentCell::Gru: out += QStringLiteral("layer,unit,t,r,z,n,h\n"); break;
    case lstmlab::RecurrentCell::Rnn: out += QStringLiteral("layer,unit,t,h\n"); break;
    case lstmlab::RecurrentCell::Lstm: out += QStringLiteral("layer,unit,t,i,f,g,o,c,h\n"); break;
    }
    for (int l = 0; l < layerCount(); ++l) {
        const lstmlab::LayerTrace &lt = m_trace.layers[std::size_t(l)];
        for (int unit = 0; unit < lt.units; ++unit) {
            for (int t = 0; t < lt.timesteps; ++t) {
                out += QString::number(l + 1);
                out += QLatin1Char(',');
                out += QString::number(unit);
                out += QLatin1Char(',');
                out += QString::number(t);
                for (const Gate gate : gates) {
                    out += QLatin1Char(',');
                    appendNumber(out, lt.at(gate, unit, t));
                }
                out += QLatin1Char('\n');
            }
        }
    }
    return out;
}
