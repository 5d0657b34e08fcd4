#include "anatomyview.h"

#include "celldiagram.h"
#include "trainingsnapshot.h"
#include "unrolleddiagram.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>

#include <algorithm>

namespace {

QString shapeText(const AnatomyView::Tensor &tensor)
{
    const QString numbers = tensor.columns > 0
        ? QStringLiteral("%1 × %2").arg(tensor.rows).arg(tensor.columns)
        : QString::number(tensor.rows);
    return QStringLiteral("%1 = %2").arg(tensor.formula, numbers);
}

bool traceFits(const lstmlab::GateTrace &trace, const lstmlab::ModelConfig &model)
{
    if (int(trace.layers.size()) != model.layers || int(trace.input.size()) != model.timesteps
        || trace.cell != model.cell)
        return false;
    for (const lstmlab::LayerTrace &layer : trace.layers)
        if (layer.units != model.units || layer.timesteps != model.timesteps)
            return false;
    return true;
}

} // namespace

AnatomyView::AnatomyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("anatomyView"));

    m_layerLabel = new QLabel;
    m_layerBox = new QComboBox;
    m_layerBox->setObjectName(QStringLiteral("anatomyLayerBox"));
    m_layerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layerLabel->setBuddy(m_layerBox);
    m_cell = new CellDiagram;
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("unitsCaption"));
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignHCenter);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.2);
    m_caption->setFont(captionFont);
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    m_subtitle->setAlignment(Qt::AlignHCenter);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_legend = new QLabel;
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->hide();
    m_cellBox = new QWidget;
    auto *cellLayout = new QVBoxLayout(m_cellBox);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(m_caption);
    cellLayout->addWidget(m_subtitle);
    cellLayout->addWidget(m_cell, 1);
    cellLayout->addWidget(m_legend);
    connect(m_cell, &CellDiagram::compactChanged, m_legend, &QWidget::setVisible);
    m_unrolled = new UnrolledDiagram;
    m_tableTitle = new QLabel;
    m_tableTitle->setWordWrap(true);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("weightTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("parameterTotal"));
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::RichText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_layerLabel);
    top->addWidget(m_layerBox);
    top->addStretch(1);
    m_largeButton = new QToolButton;
    m_largeButton->setObjectName(QStringLiteral("anatomyLargeButton"));
    connect(m_largeButton, &QToolButton::clicked, this, [this] { emit largeViewRequested(!m_shownLarge); });
    top->addWidget(m_largeButton);

    m_weights = new QWidget;
    auto *weightsLayout = new QVBoxLayout(m_weights);
    weightsLayout->setContentsMargins(0, 0, 0, 0);
    weightsLayout->addWidget(m_tableTitle);
    weightsLayout->addWidget(m_table, 1);

    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addLayout(m_grid, 1);
    arrange();

    connect(m_layerBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_layer)
            return;
        setLayer(index);
        emit layerSelected(m_layer);
    });
    connect(m_unrolled, &UnrolledDiagram::timeStepClicked, this, [this](int t) {
        setSelectedTimeStep(t);
        emit timeStepSelected(t);
    });

    retranslate();
    setConfiguration(m_model);
    updateTable();
    updateLayerBox();
    updateCell();
}

QList<AnatomyView::Tensor> AnatomyView::tensors(const lstmlab::ModelConfig &model)
{
    QList<Tensor> list;
    const int H = model.units;
    const int G = lstmlab::cellGateCount(model.cell); // gate layers: LSTM 4, GRU 3, plain RNN 1
    const QString rows = G == 1 ? QStringLiteral("H") : QStringLiteral("%1H").arg(G);
    for (int l = 0; l < model.layers; ++l) {
        const QString suffix = QStringLiteral("_l%1").arg(l);
        const int inputWidth = l == 0 ? model.inputSize : H;
        const QString inputSymbol = l == 0 ? QStringLiteral("I") : QStringLiteral("H");
        list.append({QStringLiteral("weight_ih") + suffix, l, G * H, inputWidth, rows + QStringLiteral(" × ") + inputSymbol});
        list.append({QStringLiteral("weight_hh") + suffix, l, G * H, H, rows + QStringLiteral(" × H")});
        list.append({QStringLiteral("bias_ih") + suffix, l, G * H, 0, rows});
        list.append({QStringLiteral("bias_hh") + suffix, l, G * H, 0, rows});
    }
    list.append({QStringLiteral("head.weight"), -1, model.outputSize, H, QStringLiteral("O × H")});
    list.append({QStringLiteral("head.bias"), -1, model.outputSize, 0, QStringLiteral("O")});
    return list;
}

qint64 AnatomyView::parameterCount(const lstmlab::ModelConfig &model)
{
    qint64 total = 0;
    for (const Tensor &tensor : tensors(model))
        total += tensor.count();
    return total;
}

void AnatomyView::setConfiguration(const lstmlab::ModelConfig &model)
{
    const bool changed = !(model == m_model);
    m_model = model;
    m_layer = std::clamp(m_layer, 0, std::max(0, model.layers - 1));
    if (!m_trace.empty() && !traceFits(m_trace, m_model))
        m_trace = {};
    m_unrolled->setShape(model.layers, model.units, model.timesteps);
    m_unrolled->setCell(model.cell);
    if (changed)
        retranslate();
    if (m_trace.empty())
        m_unrolled->clearWindow();
    m_unrolled->setSelectedTimeStep(selectedTimeStep());
    if (changed) {
        updateTable();
        updateLayerBox();
    }
    updateCell();
}

void AnatomyView::updateSnapshot(const TrainingSnapshot &snapshot)
{
    if (!traceFits(snapshot.trace, m_model)) {
        // A frame of the previous model, or none traced yet: the shape stays, the numbers go.
        if (!m_trace.empty()) {
            m_trace = {};
            m_unrolled->clearWindow();
            m_cell->clearActivations();
            updateCellText();
        }
        return;
    }
    m_trace = snapshot.trace;
    m_unrolled->setWindow(m_trace.input, m_trace.target, m_trace.prediction);
    updateActivations();
}

void AnatomyView::setLayer(int layer)
{
    layer = std::clamp(layer, 0, std::max(0, m_model.layers - 1));
    if (layer == m_layer && m_layerBox->currentIndex() == layer)
        return;
    m_layer = layer;
    {
        const QSignalBlocker blocker(m_layerBox);
        m_layerBox->setCurrentIndex(layer);
    }
    updateCell();
}

void AnatomyView::setSelectedTimeStep(int t)
{
    m_selectedT = t < 0 ? -1 : t;
    m_unrolled->setSelectedTimeStep(selectedTimeStep());
    updateActivations();
}

int AnatomyView::selectedTimeStep() const
{
    const int last = std::max(1, m_model.timesteps) - 1;
    return m_selectedT < 0 ? last : std::min(m_selectedT, last);
}

void AnatomyView::setGateNames(const QStringList &names)
{
    m_gateNames = names.mid(0, 4);
    m_cell->setGateNames(m_gateNames);
}

QString AnatomyView::parameterText() const
{
    const QLocale locale;
    const int H = m_model.units, I = m_model.inputSize, O = m_model.outputSize, L = m_model.layers;
    const int G = lstmlab::cellGateCount(m_model.cell);
    const QString g = G == 1 ? QString() : QStringLiteral("%1·").arg(G);
    QString sum = QStringLiteral("%1%2·(%3+%2+2)").arg(g).arg(H).arg(I);
    if (L > 1) {
        const QString upper = QStringLiteral("%1%2·(%2+%2+2)").arg(g).arg(H);
        sum += L == 2 ? QStringLiteral(" + ") + upper : QStringLiteral(" + %1 × ").arg(L - 1) + upper;
    }
    sum += QStringLiteral(" + %1·(%2+1)").arg(O).arg(H);
    if (m_model.cell != lstmlab::RecurrentCell::Lstm)
        return tr("<b>%1 trainable parameters</b> = %2<br>the same count as PyTorch's "
                  "<tt>nn.%3(%4, %5, num_layers=%6)</tt> + <tt>nn.Linear(%5, %7)</tt>: "
                  "%8(I+H+2) per layer, H+1 per output for the head.")
            .arg(locale.toString(parameterCount(m_model)), sum,
                 m_model.cell == lstmlab::RecurrentCell::Gru ? QStringLiteral("GRU") : QStringLiteral("RNN"))
            .arg(I).arg(H).arg(L).arg(O)
            .arg(m_model.cell == lstmlab::RecurrentCell::Gru ? QStringLiteral("3H") : QStringLiteral("H"));
    return tr("<b>%1 trainable parameters</b> = %2<br>the same count as PyTorch's "
              "<tt>nn.LSTM(%3, %4, num_layers=%5)</tt> + <tt>nn.Linear(%4, %6)</tt>: "
              "4H(I+H+2) per layer, H+1 per output for the head.")
        .arg(locale.toString(parameterCount(m_model)), sum)
        .arg(I).arg(H).arg(L).arg(O);
}

QString AnatomyView::exportCsv() const
{
    QString csv = QStringLiteral("tensor,layer,rows,columns,parameters\n");
    for (const Tensor &tensor : tensors(m_model))
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(tensor.name, tensor.layer >= 0 ? QString::number(tensor.layer + 1) : QStringLiteral("head"))
                   .arg(tensor.rows)
                   .arg(tensor.columns > 0 ? QString::number(tensor.columns) : QString())
                   .arg(tensor.count());
    csv += QStringLiteral("total,,,,%1\n").arg(parameterCount(m_model));
    return csv;
}

void AnatomyView::setShownLarge(bool large)
{
    m_shownLarge = large;
    retranslate();
}

void AnatomyView::retranslate()
{
    m_layerLabel->setText(tr("Cell of &layer:"));
    m_largeButton->setText(m_shownLarge ? tr("Back to the Dock") : tr("Show Large"));
    m_largeButton->setToolTip(m_shownLarge
                                  ? tr("Put the anatomy view back in its place in the main window.")
                                  : tr("Show the anatomy view in a large window of its own, where the "
                                       "cell, the unrolled network and the weight table all have room."));
    m_tableTitle->setText(tr("<b>Weights</b> (PyTorch's names and shapes; H = num_units = %1, I = input width)")
                              .arg(m_model.units));
    m_table->setHorizontalHeaderLabels({tr("Tensor"), tr("Shape"), tr("Parameters")});
    const QString layerHelp = tr("Which layer's cell the drawing shows. Layer 1 reads the signal; "
                                 "each layer above reads the h of the layer below.");
    m_layerBox->setToolTip(layerHelp);
    m_layerLabel->setToolTip(layerHelp);
    if (m_model.cell == lstmlab::RecurrentCell::Gru)
        m_table->setToolTip(tr("<p>Every weight tensor of the model with its shape. weight_ih and "
                               "weight_hh stack the GRU's three gate layers' weights: rows 0…H−1 reset "
                               "gate r, H…2H−1 update gate z, 2H…3H−1 candidate n (PyTorch's order). "
                               "Hence 3H rows.</p>"));
    else if (m_model.cell == lstmlab::RecurrentCell::Rnn)
        m_table->setToolTip(tr("<p>Every weight tensor of the model with its shape. The plain RNN has "
                               "one tanh layer of H neurons, so weight_ih and weight_hh have H rows "
                               "(PyTorch's nn.RNN).</p>"));
    else
        m_table->setToolTip(tr("<p>Every weight tensor of the model with its shape. weight_ih and "
                               "weight_hh stack the four gate layers' weights: rows 0…H−1 input gate i, "
                               "H…2H−1 forget gate f, 2H…3H−1 candidate g, 3H…4H−1 output gate o "
                               "(PyTorch's order). Hence 4H rows: four layers of H neurons.</p>"));
    m_total->setToolTip(tr("The number of trainable parameters, computed from the shapes above. "
                           "sum(p.numel() for p in model.parameters()) gives the same in PyTorch."));
    m_table->setWhatsThis(m_table->toolTip());
    setToolTip(tr("The network being trained, for the current settings: one cell, the same cell "
                  "unrolled over time, and every weight."));
    if (m_model.cell != lstmlab::RecurrentCell::Lstm)
        setWhatsThis(tr("<p><b>Anatomy</b> of the network being trained, for the current settings.</p>"
                        "<p>Top: one %1 cell. num_units is the number of neurons in each of its gate "
                        "layers, not a number of cells.</p><p>Middle: the network unrolled over time: "
                        "the same cell, with the same weights, used once per time step; h carries the "
                        "memory from step to step (the %1 has no cell state c).</p><p>Bottom: the "
                        "shape of every weight and the parameter count, which equals PyTorch's for "
                        "the same model.</p>")
                         .arg(GateVocabulary::cellTitle(m_model.cell)));
    else
        setWhatsThis(tr("<p><b>Anatomy</b> of the network being trained, for the current settings.</p>"
                        "<p>Top: one LSTM cell. num_units is the number of neurons in each of its four "
                        "gate layers, not a number of cells.</p><p>Middle: the network unrolled over "
                        "time: the same cell, with the same weights, used once per time step; c and h "
                        "carry the memory from step to step.</p><p>Bottom: the shape of every weight and "
                        "the parameter count, which equals PyTorch's for the same model.</p>"));
}

void AnatomyView::updateLayerBox()
{
    const QSignalBlocker blocker(m_layerBox);
    m_layerBox->clear();
    for (int l = 0; l < m_model.layers; ++l)
        m_layerBox->addItem(l == 0 ? tr("Layer 1 (reads the signal)")
                                   : tr("Layer %1 (reads h of layer %2)").arg(l + 1).arg(l));
    m_layerBox->setCurrentIndex(m_layer);
    m_layerBox->setEnabled(m_model.layers > 1);
}

void AnatomyView::setVocabulary(const GateVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
    updateCell();
}

void AnatomyView::updateCell()
{
    // The GRU's columns r, z, n are its slots 0, 1, 2; the plain RNN's one column holds h.
    const lstmlab::RecurrentCell cell = m_model.cell;
    QStringList names = m_vocabulary.names(cell).mid(0, 3);
    if (cell == lstmlab::RecurrentCell::Rnn)
        names = QStringList{m_vocabulary.name(lstmlab::Gate::Hidden, cell)};
    m_cell->setCell(cell, names);
    const int inputWidth = m_layer == 0 ? m_model.inputSize : m_model.units;
    m_cell->setShape(inputWidth, m_model.units, m_layer, m_model.layers);
    updateActivations();
}

void AnatomyView::updateCellText()
{
    m_caption->setText(m_cell->caption());
    m_subtitle->setText(m_cell->subtitle());
    m_legend->setText(m_cell->compactLegend());
}

void AnatomyView::updateActivations()
{
    const int t = selectedTimeStep();
    if (m_trace.empty() || t < 0 || m_layer >= int(m_trace.layers.size())) {
        m_cell->clearActivations();
        updateCellText();
        return;
    }
    const lstmlab::LayerTrace &lt = m_trace.layers[std::size_t(m_layer)];
    std::array<std::vector<float>, 4> values;
    const bool rnn = m_trace.cell == lstmlab::RecurrentCell::Rnn;
    for (int gate = 0; gate < lstmlab::cellGateCount(m_trace.cell); ++gate) {
        std::vector<float> &v = values[std::size_t(gate)];
        v.resize(std::size_t(lt.units));
        for (int unit = 0; unit < lt.units; ++unit)
            v[std::size_t(unit)] = lt.at(rnn ? lstmlab::Gate::Hidden : lstmlab::Gate(gate), unit, t);
    }
    m_cell->setActivations(values, t);
    updateCellText();
}

void AnatomyView::updateTable()
{
    const QLocale locale;
    const QList<Tensor> list = tensors(m_model);
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const Tensor &tensor = list[row];
        auto *name = new QTableWidgetItem(tensor.name);
        auto *shape = new QTableWidgetItem(shapeText(tensor));
        auto *count = new QTableWidgetItem(locale.toString(tensor.count()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont mono = name->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        name->setFont(mono);
        const QString tip = tensor.layer < 0
            ? tr("The dense head: the last time step's h of the top layer → the prediction, through tanh.")
            : tensor.name.startsWith(QLatin1String("weight_ih"))
                ? tr("Layer %1's input weights: each of the 4H neurons (4 gate layers × H) has one weight per "
                     "number of x_t.").arg(tensor.layer + 1)
            : tensor.name.startsWith(QLatin1String("weight_hh"))
                ? tr("Layer %1's recurrent weights: each of the 4H neurons has one weight per number of h_{t−1}.")
                      .arg(tensor.layer + 1)
                : tr("Layer %1's biases: one per neuron of the 4 gate layers (PyTorch keeps two, b_ih and b_hh).")
                      .arg(tensor.layer + 1);
        for (QTableWidgetItem *item : {name, shape, count})
            item->setToolTip(tip);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, shape);
        m_table->setItem(row, 2, count);
    }
    m_table->resizeRowsToContents();
    // As tall as its rows (the seed's ten at least), up to fourteen; more scroll.
    const auto heightFor = [this, &list](int rows) {
        int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 12;
        for (int row = 0; row < std::min(rows, int(list.size())); ++row)
            height += m_table->rowHeight(row);
        return height;
    };
    m_table->setMinimumHeight(heightFor(10));
    m_table->setMaximumHeight(heightFor(14));
    m_tableTitle->setText(tr("<b>Weights</b> (PyTorch's names and shapes; H = num_units = %1, I = input width)")
                              .arg(m_model.units));
    m_total->setText(parameterText());
}

void AnatomyView::arrange()
{
    // Side by side in a wide panel (cell | unrolled over weights | count), stacked in a tall dock.
    // In a scroll area the space to fill is the viewport's, not this widget's (which grows
    // with its contents).
    const QSize space = parentWidget() ? parentWidget()->size().expandedTo(minimumSize()) : size();
    const int wide = space.width() > 1.3 * space.height() ? 1 : 0;
    if (wide == m_wide)
        return;
    m_wide = wide;
    for (QWidget *w : {m_cellBox, static_cast<QWidget *>(m_unrolled), m_weights, static_cast<QWidget *>(m_total)})
        m_grid->removeWidget(w);
    for (int k = 0; k < 4; ++k) {
        m_grid->setRowStretch(k, 0);
        m_grid->setColumnStretch(k, 0);
    }
    if (wide) {
        m_grid->addWidget(m_cellBox, 0, 0);
        m_grid->addWidget(m_unrolled, 0, 1);
        m_grid->addWidget(m_weights, 1, 0);
        m_grid->addWidget(m_total, 1, 1, Qt::AlignTop);
        m_grid->setRowStretch(0, 1);
        m_grid->setColumnStretch(0, 5);
        m_grid->setColumnStretch(1, 4);
    } else {
        m_grid->addWidget(m_cellBox, 0, 0);
        m_grid->addWidget(m_unrolled, 1, 0);
        m_grid->addWidget(m_weights, 2, 0);
        m_grid->addWidget(m_total, 3, 0);
        m_grid->setRowStretch(0, 4);
        m_grid->setRowStretch(1, 3);
        m_grid->setRowStretch(2, 3);
        m_grid->setColumnStretch(0, 1);
    }
}

void AnatomyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void AnatomyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateLayerBox();
        updateTable();
        updateCellText();
    }
    QWidget::changeEvent(event);
}
