#include "characteractivationview.h"

#include "gatepanel.h"
#include "quantitybox.h"
#include "texttrace.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using lstmlab::Gate;

namespace {

constexpr double cellPadding = 1.0; // on each side of a character, inside its tint
constexpr double lineGap = 3.0;     // between the tinted lines
constexpr double barHeight = 10.0;
constexpr double columnGap = 16.0;  // between columns of short lines
// Text sizes tried, largest first, relative to the widget's font: the first that shows the
// whole stretch is used.
constexpr std::array<double, 4> textScales{1.2, 1.1, 1.0, 0.9};

QFont scaled(QFont font, double scale)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * scale))));
    return font;
}

// One decimal, or two significant digits below 0.1% (a surprise reads 0.012%, not 0.0%).
QString percent(float p)
{
    const double value = double(p) * 100.0;
    return QStringLiteral("%1%").arg(value >= 0.1 || value == 0.0 ? QLocale().toString(value, 'f', 1)
                                                                   : QLocale().toString(value, 'g', 2));
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

CharacterActivationView::CharacterActivationView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 4, 4, 4);
    auto *row = new QHBoxLayout;
    m_layerLabel = new QLabel(this);
    m_layerBox = new QComboBox(this);
    m_layerBox->setObjectName(QStringLiteral("activationLayer"));
    m_layerLabel->setBuddy(m_layerBox);
    m_unitLabel = new QLabel(this);
    m_unitBox = new QSpinBox(this);
    m_unitBox->setObjectName(QStringLiteral("activationUnit"));
    m_unitLabel->setBuddy(m_unitBox);
    m_quantityLabel = new QLabel(this);
    m_quantityBox = new QuantityBox(this);
    m_quantityBox->setObjectName(QStringLiteral("activationQuantity"));
    m_quantityLabel->setBuddy(m_quantityBox);
    for (QWidget *w : {static_cast<QWidget *>(m_layerLabel), static_cast<QWidget *>(m_layerBox),
                       static_cast<QWidget *>(m_unitLabel), static_cast<QWidget *>(m_unitBox),
                       static_cast<QWidget *>(m_quantityLabel), static_cast<QWidget *>(m_quantityBox)})
        row->addWidget(w);
    row->addStretch(1);
    column->addLayout(row);
    m_canvas = new QWidget(this);
    m_canvas->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_canvas->setMinimumHeight(40);
    column->addWidget(m_canvas, 1);
    m_nextLabel = new QLabel(this);
    m_nextLabel->setObjectName(QStringLiteral("nextCharacters"));
    m_nextLabel->setWordWrap(true);
    m_nextLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_nextLabel);

    connect(m_layerBox, &QComboBox::activated, this, [this](int layer) {
        setUnit(layer, m_unit);
        emit unitChanged(m_layer, m_unit);
    });
    connect(m_unitBox, &QSpinBox::valueChanged, this, [this](int unit) {
        if (unit == m_unit)
            return;
        setUnit(m_layer, unit);
        emit unitChanged(m_layer, m_unit);
    });
    connect(m_quantityBox, &QComboBox::activated, this, [this](int k) {
        setQuantity(Gate(k));
        emit quantityChanged(m_quantity);
    });
    m_quantityBox->setCurrentIndex(int(m_quantity));
    retranslate();
    updateControls();
}

CharacterActivationView::~CharacterActivationView() = default;

void CharacterActivationView::retranslate()
{
    m_layerLabel->setText(tr("&Layer:"));
    m_unitLabel->setText(tr("U&nit:"));
    m_quantityLabel->setText(tr("&Shows:"));
    m_quantityBox->setToolTip(tr("Which value of the unit tints the characters: a gate, the cell state c "
                                 "or the hidden state h (those the cell has)."));
    m_unitBox->setToolTip(tr("The unit whose value tints the characters."));
    setWhatsThis(tr("<b>Characters tinted by one unit</b><p>A stretch of text as the network read it. Each "
                    "character's colour is the chosen unit's value just after reading it: choose the layer, the "
                    "unit and the value (a gate, the cell state c or the hidden state h) above the text. Hover a "
                    "character for the number; click it to see the five characters the network found likeliest "
                    "next, and to show that step in the gate maps and the inspector.</p>"));
    for (int l = 0; l < m_layerBox->count(); ++l)
        m_layerBox->setItemText(l, tr("Layer %1").arg(l + 1));
    updateNextLabel();
    update();
}

void CharacterActivationView::setTrace(std::shared_ptr<const lstmlab::TextTrace> trace)
{
    m_trace = std::move(trace);
    if (m_selectedT >= (m_trace ? m_trace->length() : 0))
        m_selectedT = -1;
    m_hoverT = -1;
    if (m_trace && !m_trace->empty() && m_trace->gates.cell != m_quantityBox->cell()) {
        m_quantityBox->setCell(m_trace->gates.cell); // another cell: its own values to choose from
        m_quantity = m_quantityBox->available(m_quantity);
        m_quantityBox->setCurrentIndex(int(m_quantity));
    }
    setUnit(m_layer, m_unit); // clamps, updates the controls, the scale and the layout
}

void CharacterActivationView::setUnit(int layer, int unit)
{
    const int layers = m_trace ? int(m_trace->gates.layers.size()) : 0;
    m_layer = std::clamp(layer, 0, std::max(0, layers - 1));
    const int units = layers > 0 ? m_trace->gates.layers[std::size_t(m_layer)].units : 1;
    m_unit = std::clamp(unit, 0, std::max(0, units - 1));
    updateControls();
    updateScale();
    relayout();
    update();
}

void CharacterActivationView::setQuantity(Gate quantity)
{
    m_quantity = m_quantityBox->available(quantity);
    m_quantityBox->setCurrentIndex(int(m_quantity));
    updateScale();
    update();
}

void CharacterActivationView::setSelectedTimeStep(int t)
{
    m_selectedT = m_trace && t >= 0 && t < m_trace->length() ? t : -1;
    if (characterRect(m_selectedT).isEmpty())
        relayout();
    updateNextLabel();
    update();
}

void CharacterActivationView::updateControls()
{
    const QSignalBlocker blockLayer(m_layerBox);
    const QSignalBlocker blockUnit(m_unitBox);
    const int layers = m_trace ? int(m_trace->gates.layers.size()) : 0;
    while (m_layerBox->count() > std::max(layers, 1))
        m_layerBox->removeItem(m_layerBox->count() - 1);
    while (m_layerBox->count() < std::max(layers, 1))
        m_layerBox->addItem(tr("Layer %1").arg(m_layerBox->count() + 1));
    m_layerBox->setCurrentIndex(m_layer);
    const lstmlab::LayerTrace *lt = layers > 0 ? &m_trace->gates.layers[std::size_t(m_layer)] : nullptr;
    m_unitBox->setRange(0, lt ? std::max(0, lt->units - 1) : 0);
    m_unitBox->setValue(m_unit);
    const bool enabled = lt != nullptr;
    m_layerBox->setEnabled(enabled);
    m_unitBox->setEnabled(enabled);
    if (lt && lt->layerUnits > lt->units)
        m_unitBox->setToolTip(tr("The unit whose value tints the characters (the first %1 of %2 units are "
                                 "traced).").arg(lt->units).arg(lt->layerUnits));
    updateNextLabel();
}

float CharacterActivationView::valueAt(int t) const
{
    if (!m_trace || m_trace->gates.layers.empty() || t < 0 || t >= m_trace->length())
        return std::numeric_limits<float>::quiet_NaN();
    const lstmlab::LayerTrace &lt = m_trace->gates.layers[std::size_t(m_layer)];
    if (m_unit >= lt.units || t >= lt.timesteps)
        return std::numeric_limits<float>::quiet_NaN();
    return lt.at(m_quantity, m_unit, t);
}

QRgb CharacterActivationView::tintAt(int t) const
{
    return m_scale.rgb(double(valueAt(t)));
}

void CharacterActivationView::updateScale()
{
    switch (m_quantity) {
    case Gate::Input:
    case Gate::Forget:
    case Gate::Output:
        m_scale = ColorScale(ColorScale::Kind::Sequential, 0.0, 1.0);
        break;
    case Gate::Cell:
    case Gate::Hidden:
        m_scale = ColorScale(ColorScale::Kind::Diverging, -1.0, 1.0);
        break;
    case Gate::CellState: {
        // Not bounded: -1 … 1, widened to the next half when the unit goes beyond it.
        double reach = 0.0;
        for (int t = 0; m_trace && t < m_trace->length(); ++t)
            if (std::isfinite(valueAt(t)))
                reach = std::max(reach, std::abs(double(valueAt(t))));
        const double limit = reach > 1.0 ? std::ceil(reach * 2.0) / 2.0 : 1.0;
        m_scale = ColorScale(ColorScale::Kind::Diverging, -limit, limit);
        break;
    }
    }
}

QString CharacterActivationView::displayText(char32_t character)
{
    switch (character) {
    case U'\n':
        return QStringLiteral("↵");
    case U' ':
        return QStringLiteral("␣");
    case U'\t':
        return QStringLiteral("→");
    case U'\r':
        return QStringLiteral("␍");
    default:
        break;
    }
    if (character < 0x20 || character == 0x7f)
        return QStringLiteral("·");
    return QString::fromUcs4(&character, 1);
}

QRectF CharacterActivationView::textArea() const
{
    return QRectF(m_canvas->geometry());
}

CharacterActivationView::Layout CharacterActivationView::layoutFor(const QRectF &area, double scale, int first) const
{
    Layout layout;
    layout.first = first;
    layout.font = scaled(font(), scale);
    const QFontMetricsF fm(layout.font);
    const QFontMetricsF small(font());
    const double legendH = std::max(small.height(), barHeight) + 6;
    const double lineH = fm.height() + 2 * cellPadding;
    const QRectF text = area.adjusted(0, 0, 0, -legendH);
    const double spaceW = fm.horizontalAdvance(QLatin1Char('n'));

    const int T = m_trace ? m_trace->length() : 0;
    layout.cells.assign(std::size_t(T), QRectF());
    // Lines of text top to bottom; when the height is used up and the lines were short (a
    // poem's), the text goes on in another column to the right of them, as a newspaper's does.
    double columnLeft = text.left();
    double columnRight = columnLeft; // the right end of the column's longest line so far
    double x = columnLeft;
    double y = text.top();
    int shown = 0;
    for (int t = first; t < T; ++t) {
        const char32_t ch = m_trace->characters[std::size_t(t)];
        // A space is a plain gap (its tint shows it); other characters as displayText() writes them.
        const double w = std::ceil((ch == U' ' ? spaceW : std::max(spaceW * 0.6, fm.horizontalAdvance(displayText(ch))))
                                   + 2 * cellPadding);
        if (x + w > text.right() && x > columnLeft) {
            x = columnLeft;
            y += lineH + lineGap;
        }
        if (y + lineH > text.bottom()) {
            const double nextLeft = columnRight + columnGap;
            if (nextLeft + 4 * w > text.right())
                break;
            columnLeft = columnRight = x = nextLeft;
            y = text.top();
        }
        layout.cells[std::size_t(t)] = QRectF(x, y, w, lineH);
        ++shown;
        x += w;
        columnRight = std::max(columnRight, x);
        if (ch == U'\n') {
            x = columnLeft;
            y += lineH + lineGap;
        }
    }
    layout.shown = shown;

    const double legendTop = area.bottom() - legendH + 4;
    const double loW = small.horizontalAdvance(QLocale().toString(m_scale.minimum(), 'g', 3));
    const double hiW = small.horizontalAdvance(QLocale().toString(m_scale.maximum(), 'g', 3));
    const double barW = std::clamp(area.width() * 0.3, 50.0, 200.0);
    const double barRight = area.right() - hiW - 6;
    layout.legend = QRectF(barRight - barW, legendTop + (small.height() - barHeight) / 2, barW, barHeight);
    layout.legendText = QRectF(area.left(), legendTop, std::max(0.0, layout.legend.left() - loW - 12 - area.left()),
                               small.height());
    return layout;
}

const CharacterActivationView::Layout &CharacterActivationView::currentLayout() const
{
    if (!m_layoutDirty && m_layoutSize == size())
        return m_layout;
    // Places the controls and the canvas for this size, shown or not.
    if (layout())
        layout()->setGeometry(rect());
    const QRectF area = textArea();
    const int T = m_trace ? m_trace->length() : 0;
    for (double scale : textScales) {
        m_layout = layoutFor(area, scale, 0);
        if (m_layout.shown == T)
            break;
    }
    if (m_selectedT >= m_layout.shown) // the selected character in the middle of what is shown
        m_layout = layoutFor(area, textScales.back(), std::clamp(m_selectedT - m_layout.shown / 2, 0, T - 1));
    m_layoutDirty = false;
    m_layoutSize = size();
    return m_layout;
}

QRectF CharacterActivationView::characterRect(int t) const
{
    const Layout &layout = currentLayout();
    if (t < 0 || std::size_t(t) >= layout.cells.size())
        return {};
    return layout.cells[std::size_t(t)];
}

int CharacterActivationView::characterAt(const QPointF &pos) const
{
    const Layout &layout = currentLayout();
    for (std::size_t t = 0; t < layout.cells.size(); ++t)
        if (layout.cells[t].contains(pos))
            return int(t);
    return -1;
}

int CharacterActivationView::shownCharacters() const
{
    return currentLayout().shown;
}

int CharacterActivationView::firstShown() const
{
    return currentLayout().first;
}

QString CharacterActivationView::legendCaption() const
{
    if (!m_trace || m_trace->empty())
        return {};
    const QString what = tr("%1 of unit %2, layer %3")
                             .arg(m_quantityBox->name(m_quantity))
                             .arg(m_unit)
                             .arg(m_layer + 1);
    const Layout &layout = currentLayout();
    if (layout.first > 0)
        return tr("%1 · characters %2 … %3 of %4")
            .arg(what)
            .arg(layout.first)
            .arg(layout.first + layout.shown - 1)
            .arg(m_trace->length());
    if (layout.shown < m_trace->length())
        return tr("%1 · the first %2 of %3 characters").arg(what).arg(layout.shown).arg(m_trace->length());
    return what;
}

QString CharacterActivationView::characterToolTip(int t) const
{
    if (!m_trace || t < 0 || t >= m_trace->length())
        return {};
    QString tip = tr("%1 at t = %2\n%3 of unit %4 (layer %5) = %6")
                      .arg(displayText(m_trace->characters[std::size_t(t)]))
                      .arg(t)
                      .arg(m_quantityBox->name(m_quantity))
                      .arg(m_unit)
                      .arg(m_layer + 1)
                      .arg(QLocale().toString(double(valueAt(t)), 'g', 4));
    const float next = m_trace->nextProbability[std::size_t(t)];
    if (next >= 0.f)
        tip += QLatin1Char('\n')
            + tr("The text goes on with %1, to which the network gave %2.")
                  .arg(displayText(m_trace->characters[std::size_t(t) + 1]), percent(next));
    return tip;
}

QString CharacterActivationView::nextCharactersText() const
{
    if (!m_trace || m_trace->empty())
        return tr("No text traced yet: the view fills in while the network trains.");
    if (m_selectedT < 0)
        return tr("Click a character to see the five next characters the network found likeliest there.");
    const int t = m_selectedT;
    QStringList guesses;
    for (int k = 0; k < m_trace->top; ++k)
        guesses << tr("%1 %2").arg(displayText(m_trace->topCharacter(t, k)), percent(m_trace->topProbability(t, k)));
    QString text = tr("After %1 (t = %2) the network expects: %3")
                       .arg(displayText(m_trace->characters[std::size_t(t)]))
                       .arg(t)
                       .arg(guesses.join(QStringLiteral(" · ")));
    const float next = m_trace->nextProbability[std::size_t(t)];
    if (next >= 0.f)
        text += tr("; the text has %1 (%2).")
                    .arg(displayText(m_trace->characters[std::size_t(t) + 1]), percent(next));
    return text;
}

void CharacterActivationView::updateNextLabel()
{
    m_nextLabel->setText(nextCharactersText());
}

QSize CharacterActivationView::sizeHint() const
{
    return {480, 260};
}

QSize CharacterActivationView::minimumSizeHint() const
{
    return {220, 120};
}

void CharacterActivationView::paintEvent(QPaintEvent *)
{
    const Layout &layout = currentLayout();
    QPainter painter(this);
    const QRectF area = textArea();
    const QColor text = palette().color(QPalette::WindowText);
    if (!m_trace || m_trace->empty()) {
        painter.setPen(text);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No text traced yet: the view fills in while the network trains."));
        return;
    }
    painter.setFont(layout.font);
    const QFontMetricsF fm(layout.font);
    for (int t = layout.first; t < layout.first + layout.shown; ++t) {
        const QRectF cell = layout.cells[std::size_t(t)];
        const QColor tint = QColor::fromRgb(tintAt(t));
        painter.fillRect(cell, tint);
        const char32_t ch = m_trace->characters[std::size_t(t)];
        if (ch == U' ')
            continue;
        // Dark text on light tints, light on dark; control characters' signs softer.
        const bool dark = qGray(tint.rgb()) < 128;
        QColor ink = dark ? QColor(Qt::white) : QColor(Qt::black);
        if (ch == U'\n' || ch == U'\t' || ch < 0x20)
            ink.setAlpha(140);
        painter.setPen(ink);
        painter.drawText(cell, Qt::AlignCenter, displayText(ch));
    }
    painter.setBrush(Qt::NoBrush);
    if (!characterRect(m_hoverT).isEmpty() && m_hoverT != m_selectedT) {
        painter.setPen(QPen(text, 1));
        painter.drawRect(layout.cells[std::size_t(m_hoverT)].adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (!characterRect(m_selectedT).isEmpty()) {
        const QRectF cell = layout.cells[std::size_t(m_selectedT)];
        painter.setPen(QPen(Qt::white, 3));
        painter.drawRect(cell.adjusted(-1, -1, 1, 1));
        painter.setPen(QPen(Qt::black, 1.5));
        painter.drawRect(cell.adjusted(-1, -1, 1, 1));
    }

    // The legend: what tints the text, and the colour bar with its ends.
    painter.setFont(font());
    const QFontMetricsF small(font());
    painter.setPen(text);
    painter.drawText(layout.legendText, Qt::AlignLeft | Qt::AlignVCenter,
                     small.elidedText(legendCaption(), Qt::ElideRight, layout.legendText.width()));
    const QRectF bar = layout.legend;
    const int steps = std::max(1, int(bar.width()));
    for (int k = 0; k < steps; ++k) {
        const int entry = int(std::lround(double(k) / std::max(1, steps - 1) * (ColorScale::tableSize - 1)));
        painter.fillRect(QRectF(bar.left() + k, bar.top(), 1.0, bar.height()), QColor::fromRgb(m_scale.tableEntry(entry)));
    }
    painter.setPen(QPen(text, 1));
    painter.drawRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5));
    const QString lo = QLocale().toString(m_scale.minimum(), 'g', 3);
    const QString hi = QLocale().toString(m_scale.maximum(), 'g', 3);
    painter.drawText(QRectF(bar.left() - small.horizontalAdvance(lo) - 6, layout.legendText.top(),
                            small.horizontalAdvance(lo) + 2, small.height()),
                     Qt::AlignRight | Qt::AlignVCenter, lo);
    painter.drawText(QRectF(bar.right() + 4, layout.legendText.top(), small.horizontalAdvance(hi) + 2, small.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, hi);
}

bool CharacterActivationView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int t = characterAt(help->pos());
        if (t >= 0) {
            QToolTip::showText(help->globalPos(), characterToolTip(t), this, characterRect(t).toAlignedRect());
            return true;
        }
        if (currentLayout().legend.adjusted(-40, -4, 40, 4).contains(help->pos()) && m_trace) {
            QToolTip::showText(help->globalPos(),
                               tr("Colour scale %1 … %2 of the value shown.")
                                   .arg(QLocale().toString(m_scale.minimum(), 'g', 3),
                                        QLocale().toString(m_scale.maximum(), 'g', 3)),
                               this, currentLayout().legend.toAlignedRect());
            return true;
        }
    }
    return QWidget::event(event);
}

void CharacterActivationView::mouseMoveEvent(QMouseEvent *event)
{
    const int t = characterAt(event->position());
    if (t != m_hoverT) {
        m_hoverT = t;
        if (t >= 0 && QToolTip::isVisible())
            QToolTip::showText(event->globalPosition().toPoint(), characterToolTip(t), this,
                               characterRect(t).toAlignedRect());
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void CharacterActivationView::mousePressEvent(QMouseEvent *event)
{
    const int t = event->button() == Qt::LeftButton ? characterAt(event->position()) : -1;
    if (t >= 0) {
        setSelectedTimeStep(t);
        emit timeStepClicked(t);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CharacterActivationView::leaveEvent(QEvent *event)
{
    if (m_hoverT >= 0) {
        m_hoverT = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void CharacterActivationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CharacterActivationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

QString CharacterActivationView::exportName() const
{
    return QStringLiteral("characters");
}

QString CharacterActivationView::exportTitle() const
{
    return tr("Character activations");
}

QWidget *CharacterActivationView::exportWidget()
{
    return this;
}

QString CharacterActivationView::exportCsv() const
{
    QString csv = QStringLiteral("t,character,layer,unit,quantity,value");
    for (int k = 1; k <= lstmlab::TextTrace::topCount; ++k)
        csv += QStringLiteral(",next%1,p%1").arg(k);
    csv += QLatin1Char('\n');
    if (!m_trace)
        return csv;
    static const std::array<const char *, lstmlab::gateCount> keys{"i", "f", "g", "o", "c", "h"};
    for (int t = 0; t < m_trace->length(); ++t) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6")
                   .arg(t)
                   .arg(csvField(displayText(m_trace->characters[std::size_t(t)])))
                   .arg(m_layer + 1)
                   .arg(m_unit)
                   .arg(QLatin1String(keys[std::size_t(m_quantity)]))
                   .arg(double(valueAt(t)), 0, 'g', 9);
        for (int k = 0; k < lstmlab::TextTrace::topCount; ++k) {
            if (k < m_trace->top)
                csv += QStringLiteral(",%1,%2")
                           .arg(csvField(displayText(m_trace->topCharacter(t, k))))
                           .arg(double(m_trace->topProbability(t, k)), 0, 'g', 9);
            else
                csv += QStringLiteral(",,");
        }
        csv += QLatin1Char('\n');
    }
    return csv;
}
