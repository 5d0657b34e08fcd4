#include "celldiagram.h"

#include "colorscale.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace {

// The logical canvas every coordinate below refers to; the painter scales it to the widget.
constexpr double canvasWidth = 940.0;
constexpr double canvasTop = 62.0;       // the canvas shows y from here (the cell starts at 66)
constexpr double canvasHeight = 640.0 - canvasTop;
// Below this scale the drawing's small print would be unreadable: it keeps the structure and
// the symbols, drawn larger, and the view says the rest in ordinary labels.
constexpr double compactScale = 0.62;
constexpr double maximumScale = 1.15;    // larger would only make the text shout

constexpr double cellStateY = 108.0;   // the c_{t-1} -> c_t line
constexpr double gateTop = 190.0;
constexpr double gateBottom = 520.0;
constexpr double gateWidth = 132.0;
constexpr double busY = 560.0;         // [h_{t-1}, x_t] runs along here
constexpr double nodeRadius = 15.0;
constexpr double outputX = 770.0;      // tanh(c_t) and o * tanh(c_t)
constexpr double outputY = 350.0;
constexpr double combineX = 457.0;     // i * g and the + on the cell state

// Drawn left to right in the order the cell state meets them: f first (it scales c_{t-1}),
// then i and g (their product is added), then o (it reads the new c_t). Values are PyTorch's
// gate indices i = 0, f = 1, g = 2, o = 3.
constexpr std::array<int, 4> drawOrder{1, 0, 2, 3};
constexpr std::array<double, 4> gateCentreX{250.0, 388.0, 526.0, 664.0};

QColor gateColor(int gate)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x8e, 0x44, 0xad),
                                    QColor(0xc0, 0x39, 0x2b), QColor(0x1e, 0x8c, 0x4e)};
    return colors[gate];
}

// A piece of rich text (for the sub- and superscripts) placed by an anchor point; returns
// where it went.
QRectF drawText(QPainter &painter, const QFont &base, const QString &html, const QPointF &anchor,
              Qt::Alignment align, double pixelSize, const QColor &color, double wrapWidth = -1.0,
              bool bold = false)
{
    QTextDocument doc;
    QFont font = base;
    font.setPixelSize(int(std::lround(pixelSize)));
    font.setBold(bold);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option;
    option.setAlignment(align & Qt::AlignHorizontal_Mask);
    option.setWrapMode(wrapWidth > 0 ? QTextOption::WordWrap : QTextOption::NoWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html));
    if (wrapWidth > 0)
        doc.setTextWidth(wrapWidth);
    else
        doc.setTextWidth(doc.idealWidth());
    const QSizeF size = doc.size();
    QPointF topLeft = anchor;
    if (align & Qt::AlignHCenter)
        topLeft.rx() -= size.width() / 2;
    else if (align & Qt::AlignRight)
        topLeft.rx() -= size.width();
    if (align & Qt::AlignVCenter)
        topLeft.ry() -= size.height() / 2;
    else if (align & Qt::AlignBottom)
        topLeft.ry() -= size.height();
    painter.save();
    painter.translate(topLeft);
    doc.drawContents(&painter);
    painter.restore();
    return QRectF(topLeft, size);
}

void drawArrowHead(QPainter &painter, const QPointF &from, const QPointF &to, const QColor &color)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return;
    const QPointF u = d / length;
    const QPointF n(-u.y(), u.x());
    constexpr double headLength = 10.0, headHalfWidth = 4.5;
    QPolygonF head;
    head << to << to - u * headLength + n * headHalfWidth << to - u * headLength - n * headHalfWidth;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
    painter.restore();
}

// A polyline ending in an arrowhead.
void drawArrow(QPainter &painter, const QList<QPointF> &points, const QColor &color, double width = 2.0)
{
    if (points.size() < 2)
        return;
    painter.save();
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    QPolygonF line(points);
    // Stop the line where the head begins, so the tip stays sharp.
    const QPointF last = points.last(), before = points[points.size() - 2];
    const QPointF d = last - before;
    const double length = std::hypot(d.x(), d.y());
    if (length > 8.0)
        line.last() = last - d / length * 8.0;
    painter.drawPolyline(line);
    painter.restore();
    drawArrowHead(painter, before, last, color);
}

void drawNode(QPainter &painter, const QFont &base, const QPointF &centre, const QString &symbol,
              const QColor &line, const QColor &fill)
{
    painter.save();
    painter.setPen(QPen(line, 2.0));
    painter.setBrush(fill);
    painter.drawEllipse(centre, nodeRadius, nodeRadius);
    painter.restore();
    drawText(painter, base, symbol, centre, Qt::AlignCenter, 20, line, -1.0, true);
}

} // namespace

CellDiagram::CellDiagram(QWidget *parent)
    : QWidget(parent), m_names(standardGateNames())
{
    setObjectName(QStringLiteral("cellDiagram"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(tr("<p>One LSTM cell of the chosen layer. Its four gate layers (forget f, input i, "
                  "cell candidate g, output o) each hold <b>num_units</b> neurons: num_units is "
                  "the width of every gate layer, not a number of cells.</p>"
                  "<p>Every neuron reads the whole vector [h<sub>t−1</sub>, x<sub>t</sub>] with its "
                  "own weights. The cell state c runs along the top: multiplied by f, then i·g is "
                  "added. The output h<sub>t</sub> is o·tanh(c<sub>t</sub>).</p>"));
}

QStringList CellDiagram::standardGateNames()
{
    return {tr("input gate i"), tr("forget gate f"), tr("cell candidate g"), tr("output gate o")};
}

void CellDiagram::setShape(int inputSize, int units, int layer, int layers)
{
    inputSize = std::max(1, inputSize);
    units = std::max(1, units);
    layers = std::max(1, layers);
    layer = std::clamp(layer, 0, layers - 1);
    if (inputSize == m_inputSize && units == m_units && layer == m_layer && layers == m_layers)
        return;
    m_inputSize = inputSize;
    m_units = units;
    m_layer = layer;
    m_layers = layers;
    for (const std::vector<float> &values : m_activations)
        if (int(values.size()) != m_units) {
            clearActivations();
            break;
        }
    update();
}

void CellDiagram::setCell(lstmlab::RecurrentCell cell, const QStringList &names)
{
    if (cell != m_cell)
        clearActivations();
    m_cell = cell;
    m_cellNames = names;
    update();
}

void CellDiagram::setActivations(const std::array<std::vector<float>, 4> &values, int t)
{
    for (int k = 0; k < columnCount(); ++k)
        if (int(values[std::size_t(k)].size()) != m_units || t < 0) {
            clearActivations();
            return;
        }
    m_activations = values;
    m_activationStep = t;
    update();
}

void CellDiagram::clearActivations()
{
    if (m_activationStep < 0)
        return;
    m_activationStep = -1;
    for (std::vector<float> &v : m_activations)
        v.clear();
    update();
}

void CellDiagram::setGateNames(const QStringList &names)
{
    m_customNames = names.size() == 4;
    m_names = m_customNames ? names : standardGateNames();
    update();
}

int CellDiagram::drawnNeurons(int units)
{
    return units <= maxDrawnNeurons ? std::max(0, units) : elidedHead + elidedTail;
}

QString CellDiagram::caption() const
{
    if (m_cell == lstmlab::RecurrentCell::Gru)
        return m_units == 1 ? tr("num_units = 1: 1 neuron in EACH of the GRU's 3 gate layers (not 1 cell)")
                            : tr("num_units = %1: %1 neurons in EACH of the GRU's 3 gate layers (not %1 cells)").arg(m_units);
    if (m_cell == lstmlab::RecurrentCell::Rnn)
        return m_units == 1 ? tr("num_units = 1: 1 neuron in the plain RNN's one tanh layer")
                            : tr("num_units = %1: %1 neurons in the plain RNN's one tanh layer").arg(m_units);
    return m_units == 1 ? tr("num_units = 1: 1 neuron in EACH of the 4 gate layers (not 1 cell)")
                        : tr("num_units = %1: %1 neurons in EACH of the 4 gate layers (not %1 cells)").arg(m_units);
}

QString CellDiagram::numbersText(int count)
{
    return count == 1 ? tr("1 number") : tr("%1 numbers").arg(count);
}

QString CellDiagram::neuronsText() const
{
    return m_units == 1 ? tr("1 neuron") : tr("%1 neurons").arg(m_units);
}

double CellDiagram::drawingScale() const
{
    return std::min({width() / canvasWidth, height() / canvasHeight, maximumScale});
}

bool CellDiagram::isCompact() const
{
    return drawingScale() < compactScale;
}

QString CellDiagram::subtitle() const
{
    return hasActivations()
        ? tr("Neurons shaded by their value at time step t = %1 of the traced window, in the heatmaps' colours.")
              .arg(m_activationStep)
        : tr("Each neuron reads all of [h<sub>t−1</sub>, x<sub>t</sub>] with its own weights.");
}

QString CellDiagram::compactLegend() const
{
    if (m_cell == lstmlab::RecurrentCell::Gru)
        return tr("One GRU cell of layer %1 of %2. Every neuron reads [h<sub>t−1</sub>, x<sub>t</sub>] "
                  "(%3). h<sub>t</sub> = (1 − z) ⊙ n + z ⊙ h<sub>t−1</sub>; no cell state. "
                  "Widen the panel for the full picture.")
            .arg(m_layer + 1).arg(m_layers).arg(numbersText(m_units + m_inputSize));
    if (m_cell == lstmlab::RecurrentCell::Rnn)
        return tr("One plain RNN cell of layer %1 of %2: h<sub>t</sub> = tanh(W<sub>ih</sub>x<sub>t</sub> + "
                  "W<sub>hh</sub>h<sub>t−1</sub> + b), one tanh layer, no gates, no cell state. "
                  "Widen the panel for the full picture.")
            .arg(m_layer + 1).arg(m_layers);
    return tr("One LSTM cell of layer %1 of %2. Every neuron reads [h<sub>t−1</sub>, x<sub>t</sub>] "
              "(%3). c<sub>t</sub> = f ⊙ c<sub>t−1</sub> + i ⊙ g, h<sub>t</sub> = o ⊙ tanh(c<sub>t</sub>). "
              "Widen the panel for the full picture.")
        .arg(m_layer + 1).arg(m_layers).arg(numbersText(m_units + m_inputSize));
}

void CellDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool compact = isCompact();
    if (compact != m_compact) {
        m_compact = compact;
        emit compactChanged(compact);
    }
}

bool CellDiagram::hasHeightForWidth() const
{
    return true;
}

int CellDiagram::heightForWidth(int width) const
{
    return int(std::ceil(std::min(double(width), canvasWidth * maximumScale) * canvasHeight / canvasWidth));
}

QSize CellDiagram::sizeHint() const
{
    return QSize(640, 394);
}

QSize CellDiagram::minimumSizeHint() const
{
    return QSize(300, 185);
}

void CellDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_customNames)
        m_names = standardGateNames();
    QWidget::changeEvent(event);
}

void CellDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = drawingScale();
    // Centred across, at the top: the captions above belong to it.
    painter.translate((width() - canvasWidth * scale) / 2.0, 0.0);
    painter.scale(scale, scale);
    painter.translate(0, -canvasTop);
    paintCell(painter, scale < compactScale);
}

// The input bus every cell shares: [h_{t-1}, x_t] on one line from the left to the last of the
// gate boxes (left to right), an arrow up into each, and the labels of h_{t-1} and x_t. Returns
// whether there is room for the caller's own wider texts (the panel is not compact).
bool CellDiagram::paintInputBus(QPainter &painter, const std::vector<QRectF> &boxes, double symbolSize,
                                bool compact) const
{
    const QFont base = font();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor ink(0x33, 0x3a, 0x44);
    const QColor inputInk(0x55, 0x5f, 0x6d);
    painter.save();
    painter.setPen(QPen(inputInk, 3.0));
    painter.drawLine(QPointF(150, busY), QPointF(boxes.back().center().x(), busY));
    painter.restore();
    for (const QRectF &box : boxes)
        drawArrow(painter, {QPointF(box.center().x(), busY), QPointF(box.center().x(), gateBottom + 1)}, inputInk);
    drawArrow(painter, {QPointF(15, busY), QPointF(152, busY)}, inputInk, 3.0);
    drawArrow(painter, {QPointF(178, 638), QPointF(178, busY + 2)}, inputInk, 3.0);
    drawText(painter, base, QStringLiteral("h<sub>t−1</sub>"), QPointF(15, busY - 5),
             Qt::AlignLeft | Qt::AlignBottom, symbolSize, ink, -1.0, true);
    if (compact) {
        drawText(painter, base, QStringLiteral("x<sub>t</sub>"), QPointF(190, 640), Qt::AlignLeft | Qt::AlignBottom,
                 symbolSize, ink, -1.0, true);
    } else {
        drawText(painter, base, numbersText(m_units), QPointF(15, busY + 6), Qt::AlignLeft | Qt::AlignTop, 15, muted, 92);
        const QString xText = m_layer == 0
            ? tr("<b>x<sub>t</sub></b>: %1 of the input window").arg(numbersText(m_inputSize))
            : tr("<b>x<sub>t</sub></b> = h<sub>t</sub> of layer %1: %2").arg(m_layer).arg(numbersText(m_inputSize));
        drawText(painter, base, xText, QPointF(190, 638), Qt::AlignLeft | Qt::AlignBottom, 18, ink);
    }
    return !compact;
}

void CellDiagram::paintOtherCell(QPainter &painter, bool compact) const
{
    const QFont base = font();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor ink(0x33, 0x3a, 0x44);
    const QColor paper = palette().color(QPalette::Base);
    const bool gru = m_cell == lstmlab::RecurrentCell::Gru;

    const QRectF cell(110, 66, 760, 534);
    painter.save();
    painter.setPen(QPen(QColor(0x8a, 0x96, 0xa8), 2.0));
    painter.setBrush(paper.lightness() > 128 ? QColor(0xf4, 0xf7, 0xfb) : paper.lighter(120));
    painter.drawRoundedRect(cell, 18, 18);
    painter.restore();
    if (!compact)
        drawText(painter, base,
                 (gru ? tr("one GRU cell · layer %1 of %2") : tr("one plain RNN cell · layer %1 of %2"))
                     .arg(m_layer + 1)
                     .arg(m_layers),
                 QPointF(cell.left() + 14, cell.top() + 4), Qt::AlignLeft | Qt::AlignTop, 17, muted, -1.0, true);
    const double symbolSize = compact ? 34 : 22;

    // The gate layers: GRU r, n, z (r feeds n beside it; z reaches the memory line on the right);
    // the plain RNN's one tanh layer in the middle.
    const auto boxAt = [](double centreX) {
        return QRectF(centreX - gateWidth / 2, gateTop, gateWidth, gateBottom - gateTop);
    };
    const std::array<double, 3> columnX = gru ? std::array<double, 3>{250.0, 410.0, 664.0}
                                              : std::array<double, 3>{457.0, 0.0, 0.0};
    // columnX[k] for the drawing positions; the columns' gate indices: r = 0 at 250, n = 2 at
    // 410, z = 1 at 664.
    const QRectF rBox = boxAt(columnX[0]), nBox = boxAt(columnX[1]), zBox = boxAt(columnX[2]);
    const QRectF hBox = boxAt(columnX[0]);

    // The memory line along the top: h_{t-1} -> (x z) -> (+) -> h_t for the GRU; the RNN's h_t
    // leaves its one layer upwards.
    const QPointF keepNode(664.0, cellStateY), addNode(770.0, cellStateY), newNode(770.0, 162.0);
    if (gru) {
        drawArrow(painter, {QPointF(15, cellStateY), keepNode - QPointF(nodeRadius, 0)}, ink, 3.0);
        drawArrow(painter, {keepNode + QPointF(nodeRadius, 0), addNode - QPointF(nodeRadius, 0)}, ink, 3.0);
        drawArrow(painter, {addNode + QPointF(nodeRadius, 0), QPointF(925, cellStateY)}, ink, 3.0);
        drawText(painter, base, QStringLiteral("h<sub>t−1</sub>"), QPointF(15, cellStateY - 5),
                 Qt::AlignLeft | Qt::AlignBottom, symbolSize, ink, -1.0, true);
        // z up to the keep node, 1 - z round to the candidate's node
        drawArrow(painter, {QPointF(zBox.center().x(), gateTop), keepNode + QPointF(0, nodeRadius)}, gateColor(1));
        drawArrow(painter, {QPointF(zBox.right(), 240), QPointF(newNode.x(), 240), newNode + QPointF(0, nodeRadius)},
                  gateColor(1));
        // n to its node, r into n
        drawArrow(painter, {QPointF(nBox.center().x(), gateTop), QPointF(nBox.center().x(), newNode.y()),
                            newNode - QPointF(nodeRadius, 0)}, gateColor(2));
        drawArrow(painter, {QPointF(rBox.center().x(), gateTop), QPointF(rBox.center().x(), 165),
                            QPointF(nBox.left() + 20, 165), QPointF(nBox.left() + 20, gateTop)}, gateColor(0));
        drawArrow(painter, {newNode - QPointF(0, nodeRadius), addNode + QPointF(0, nodeRadius)}, ink);
        if (!compact) {
            drawText(painter, base, QStringLiteral("z ⊙ h<sub>t−1</sub>"), QPointF(keepNode.x() - 20, cellStateY + 6),
                     Qt::AlignRight | Qt::AlignTop, 17, gateColor(1), -1.0, true);
            drawText(painter, base, QStringLiteral("1 − z"), QPointF(zBox.right() + 4, 236),
                     Qt::AlignLeft | Qt::AlignBottom, 16, gateColor(1), -1.0, true);
            drawText(painter, base, QStringLiteral("(1 − z) ⊙ n"), QPointF(newNode.x() + 20, newNode.y()),
                     Qt::AlignLeft | Qt::AlignVCenter, 16, ink, -1.0, true);
            drawText(painter, base, tr("r scales the candidate's part from h<sub>t−1</sub>"),
                     QPointF(rBox.center().x() + 8, 163), Qt::AlignLeft | Qt::AlignBottom, 15, gateColor(0));
            drawText(painter, base, QStringLiteral("h<sub>t</sub> = (1 − z) ⊙ n + z ⊙ h<sub>t−1</sub>"),
                     QPointF(510, cellStateY - 6), Qt::AlignHCenter | Qt::AlignBottom, 18, ink);
            drawText(painter, base,
                     tr("<b>h<sub>t</sub></b>: the output and the only memory (no cell state c), to step t+1 "
                        "and to the layer above"),
                     QPointF(zBox.right() + 8, 300), Qt::AlignLeft | Qt::AlignTop, 15, ink, 132);
        }
        drawText(painter, base, QStringLiteral("h<sub>t</sub>"), QPointF(925, cellStateY - 5),
                 Qt::AlignRight | Qt::AlignBottom, symbolSize, ink, -1.0, true);
    } else {
        drawArrow(painter, {QPointF(hBox.center().x(), gateTop), QPointF(hBox.center().x(), cellStateY),
                            QPointF(925, cellStateY)}, ink, 3.0);
        drawText(painter, base, QStringLiteral("h<sub>t</sub>"), QPointF(925, cellStateY - 5),
                 Qt::AlignRight | Qt::AlignBottom, symbolSize, ink, -1.0, true);
        if (!compact) {
            drawText(painter, base,
                     QStringLiteral("h<sub>t</sub> = tanh(W<sub>ih</sub>x<sub>t</sub> + b<sub>ih</sub> + "
                                    "W<sub>hh</sub>h<sub>t−1</sub> + b<sub>hh</sub>)"),
                     QPointF(hBox.center().x() + 14, 150), Qt::AlignLeft | Qt::AlignVCenter, 18, ink);
            drawText(painter, base,
                     tr("No gates and no cell state: each step rewrites the whole memory h, and the "
                        "gradient to early steps is multiplied once per step by W<sub>hh</sub> and "
                        "tanh′, so it fades (or explodes) over long spans."),
                     QPointF(hBox.right() + 24, 250), Qt::AlignLeft | Qt::AlignTop, 16, ink, 270);
        }
    }

    // The inputs: [h_{t-1}, x_t] along one bus that reaches every gate layer.
    const std::vector<QRectF> boxes = gru ? std::vector<QRectF>{rBox, nBox, zBox} : std::vector<QRectF>{hBox};
    paintInputBus(painter, boxes, symbolSize, compact);

    if (gru) {
        paintGateColumn(painter, 0, rBox, compact);
        paintGateColumn(painter, 2, nBox, compact);
        paintGateColumn(painter, 1, zBox, compact);
        drawNode(painter, base, keepNode, QStringLiteral("×"), ink, paper);
        drawNode(painter, base, newNode, QStringLiteral("×"), ink, paper);
        drawNode(painter, base, addNode, QStringLiteral("+"), ink, paper);
    } else {
        paintGateColumn(painter, 0, hBox, compact);
    }
}

void CellDiagram::paintCell(QPainter &painter, bool compact) const
{
    if (m_cell != lstmlab::RecurrentCell::Lstm) {
        paintOtherCell(painter, compact);
        return;
    }
    const QFont base = font();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor ink(0x33, 0x3a, 0x44);
    const QColor paper = palette().color(QPalette::Base);

    // The cell.
    const QRectF cell(110, 66, 760, 534);
    painter.save();
    painter.setPen(QPen(QColor(0x8a, 0x96, 0xa8), 2.0));
    painter.setBrush(paper.lightness() > 128 ? QColor(0xf4, 0xf7, 0xfb) : paper.lighter(120));
    painter.drawRoundedRect(cell, 18, 18);
    painter.restore();
    if (!compact)
        drawText(painter, base, tr("one LSTM cell · layer %1 of %2").arg(m_layer + 1).arg(m_layers),
                 QPointF(cell.left() + 14, cell.top() + 4), Qt::AlignLeft | Qt::AlignTop, 17, muted, -1.0, true);
    // Compact: the symbols only, larger; the view's labels say the rest.
    const double symbolSize = compact ? 34 : 22;

    // The cell state: c_{t-1} -> x f -> + i*g -> c_t.
    const QPointF forgetNode(gateCentreX[0], cellStateY);
    const QPointF addNode(combineX, cellStateY);
    const QPointF learnNode(combineX, 162);
    drawArrow(painter, {QPointF(15, cellStateY), forgetNode - QPointF(nodeRadius, 0)}, ink, 3.0);
    drawArrow(painter, {forgetNode + QPointF(nodeRadius, 0), addNode - QPointF(nodeRadius, 0)}, ink, 3.0);
    drawArrow(painter, {addNode + QPointF(nodeRadius, 0), QPointF(925, cellStateY)}, ink, 3.0);
    drawText(painter, base, QStringLiteral("c<sub>t−1</sub>"), QPointF(15, cellStateY - 5),
             Qt::AlignLeft | Qt::AlignBottom, symbolSize, ink, -1.0, true);
    drawText(painter, base, QStringLiteral("c<sub>t</sub>"), QPointF(925, cellStateY - 5),
             Qt::AlignRight | Qt::AlignBottom, symbolSize, ink, -1.0, true);
    if (!compact) {
        drawText(painter, base, tr("cell state: the long-term memory"), QPointF(15, cellStateY + 8),
                 Qt::AlignLeft | Qt::AlignTop, 15, muted, 92);
        drawText(painter, base, QStringLiteral("c<sub>t</sub> = f ⊙ c<sub>t−1</sub> + i ⊙ g"),
                 QPointF((combineX + outputX) / 2 + 10, cellStateY - 6), Qt::AlignHCenter | Qt::AlignBottom, 18, ink);
    }

    // Gate outputs up to the operations on the cell state.
    const std::array<QRectF, 4> boxes = [] {
        std::array<QRectF, 4> b;
        for (int k = 0; k < 4; ++k)
            b[std::size_t(k)] = QRectF(gateCentreX[std::size_t(k)] - gateWidth / 2, gateTop, gateWidth,
                                       gateBottom - gateTop);
        return b;
    }();
    const QRectF &fBox = boxes[0], &iBox = boxes[1], &gBox = boxes[2], &oBox = boxes[3];
    drawArrow(painter, {QPointF(fBox.center().x(), gateTop), forgetNode + QPointF(0, nodeRadius)}, gateColor(1));
    drawArrow(painter, {QPointF(iBox.center().x(), gateTop), QPointF(iBox.center().x(), learnNode.y()),
                        learnNode - QPointF(nodeRadius, 0)}, gateColor(0));
    drawArrow(painter, {QPointF(gBox.center().x(), gateTop), QPointF(gBox.center().x(), learnNode.y()),
                        learnNode + QPointF(nodeRadius, 0)}, gateColor(2));
    drawArrow(painter, {learnNode - QPointF(0, nodeRadius), addNode + QPointF(0, nodeRadius)}, ink);
    if (!compact) {
        drawText(painter, base, QStringLiteral("f ⊙ c<sub>t−1</sub>"), QPointF(forgetNode.x() - 10, 156),
                 Qt::AlignRight | Qt::AlignVCenter, 18, gateColor(1), -1.0, true);
        drawText(painter, base, QStringLiteral("i ⊙ g"), QPointF(combineX + 9, (cellStateY + learnNode.y()) / 2),
                 Qt::AlignLeft | Qt::AlignVCenter, 18, ink, -1.0, true);
    }

    // The output: h_t = o * tanh(c_t).
    const QPointF branch(outputX, cellStateY);
    const QRectF tanhBox(outputX - 34, 214, 68, 30);
    const QPointF outputNode(outputX, outputY);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawEllipse(branch, 4.5, 4.5);
    painter.restore();
    drawArrow(painter, {branch, QPointF(outputX, tanhBox.top())}, ink);
    painter.save();
    painter.setPen(QPen(ink, 2.0));
    painter.setBrush(paper);
    painter.drawRoundedRect(tanhBox, 15, 15);
    painter.restore();
    drawText(painter, base, QStringLiteral("tanh"), tanhBox.center(), Qt::AlignCenter, 17, ink, -1.0, true);
    drawArrow(painter, {QPointF(outputX, tanhBox.bottom()), outputNode - QPointF(0, nodeRadius)}, ink);
    drawArrow(painter, {QPointF(oBox.right(), outputY), outputNode - QPointF(nodeRadius, 0)}, gateColor(3));
    drawArrow(painter, {outputNode + QPointF(nodeRadius, 0), QPointF(925, outputY)}, ink, 3.0);
    if (compact) {
        drawText(painter, base, QStringLiteral("h<sub>t</sub>"), QPointF(925, outputY - 5),
                 Qt::AlignRight | Qt::AlignBottom, symbolSize, ink, -1.0, true);
    } else {
        drawText(painter, base, QStringLiteral("h<sub>t</sub> = o ⊙ tanh(c<sub>t</sub>)"),
                 QPointF(outputX + 20, outputY - 6), Qt::AlignLeft | Qt::AlignBottom, 17, ink);
        drawText(painter, base,
                 tr("<b>h<sub>t</sub></b>: this step's output, to step t+1 and to the layer above"),
                 QPointF(outputX + 20, outputY + 10), Qt::AlignLeft | Qt::AlignTop, 16, ink, 150);
    }

    // The inputs: [h_{t-1}, x_t] along one bus that reaches every gate layer.
    if (paintInputBus(painter, {boxes.begin(), boxes.end()}, symbolSize, compact)) {
        drawText(painter, base,
                 tr("[h<sub>t−1</sub>, x<sub>t</sub>]: %1, read by every neuron of all 4 gate layers")
                     .arg(numbersText(m_units + m_inputSize)),
                 QPointF((190 + oBox.right()) / 2, busY + 7), Qt::AlignHCenter | Qt::AlignTop, 16, ink);
    }

    for (int k = 0; k < 4; ++k)
        paintGateColumn(painter, drawOrder[std::size_t(k)], boxes[std::size_t(k)], compact);

    drawNode(painter, base, forgetNode, QStringLiteral("×"), ink, paper);
    drawNode(painter, base, learnNode, QStringLiteral("×"), ink, paper);
    drawNode(painter, base, addNode, QStringLiteral("+"), ink, paper);
    drawNode(painter, base, outputNode, QStringLiteral("×"), ink, paper);
}

void CellDiagram::paintGateColumn(QPainter &painter, int gate, const QRectF &box, bool compact) const
{
    const QFont base = font();
    const bool lstm = m_cell == lstmlab::RecurrentCell::Lstm;
    const bool rnn = m_cell == lstmlab::RecurrentCell::Rnn;
    const QColor color = gateColor(rnn ? 2 : gate);
    const QColor paper = palette().color(QPalette::Base);
    const bool tanhLayer = gate == 2 || rnn;

    // The seed's dashed box around the neurons of one gate layer.
    painter.save();
    painter.setPen(QPen(color, 2.0, Qt::DashLine));
    QColor fill = color;
    fill.setAlpha(22);
    painter.setBrush(fill);
    painter.drawRoundedRect(box, 10, 10);
    painter.restore();

    // Header: the activation, the gate's name, the number of neurons.
    const QRectF pill = compact ? QRectF(box.center().x() - 60, box.top() + 7, 120, 40)
                                : QRectF(box.center().x() - 32, box.top() + 7, 64, 25);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.restore();
    static const char *const symbols[] = {"i", "f", "g", "o"};
    static const char *const gruSymbols[] = {"r", "z", "n"};
    const QLatin1String symbol(lstm ? symbols[gate] : rnn ? "h" : gruSymbols[gate]);
    const QString activation = tanhLayer ? QStringLiteral("tanh") : QStringLiteral("σ");
    drawText(painter, base, compact ? activation + u' ' + symbol : activation, pill.center(),
             Qt::AlignCenter, compact ? 27 : 18, Qt::white, -1.0, true);
    QRectF count;
    if (compact) {
        // The count, as large as the symbols: the one number this drawing is about.
        count = drawText(painter, base, QString::number(m_units), QPointF(box.center().x(), pill.bottom() + 4),
                         Qt::AlignHCenter | Qt::AlignTop, 32, palette().color(QPalette::WindowText), -1.0, true);
    } else {
        // The symbol stays with the word before it: "cell / candidate g", not "cell candidate / g".
        QString gateName = lstm ? m_names.value(gate) : m_cellNames.value(gate);
        const qsizetype lastSpace = gateName.lastIndexOf(u' ');
        if (lastSpace > 0 && gateName.size() - lastSpace <= 3)
            gateName[lastSpace] = QChar(0x00a0);
        const QRectF name = drawText(painter, base, gateName.toHtmlEscaped(),
                                     QPointF(box.center().x(), pill.bottom() + 3), Qt::AlignHCenter | Qt::AlignTop, 16,
                                     color, box.width() - 8, true);
        count = drawText(painter, base, neuronsText().toHtmlEscaped(), QPointF(box.center().x(), name.bottom() + 2),
                         Qt::AlignHCenter | Qt::AlignTop, 16, palette().color(QPalette::WindowText), -1.0, true);
    }

    // The neurons, top to bottom; elided in the middle beyond maxDrawnNeurons.
    const double top = count.bottom() + 6, bottom = box.bottom() - 6;
    const bool elided = m_units > maxDrawnNeurons;
    const int gapSlots = 3;
    const int slotCount = elided ? elidedHead + gapSlots + elidedTail : m_units;
    const double pitch = std::min(26.0, (bottom - top) / std::max(1, slotCount));
    const double radius = std::clamp(pitch * 0.4, 1.5, 9.0);
    const double used = pitch * slotCount;
    const double start = top + (bottom - top - used) / 2;
    ColorScale scale(tanhLayer ? ColorScale::Kind::Diverging : ColorScale::Kind::Sequential,
                     tanhLayer ? -1.0 : 0.0, 1.0);
    const std::vector<float> &values = m_activations[std::size_t(gate)];
    const auto neuronAt = [&](int unit, int slot) {
        const QPointF centre(box.center().x(), start + pitch * (slot + 0.5));
        painter.save();
        painter.setPen(QPen(color, radius > 4 ? 1.6 : 1.0));
        painter.setBrush(hasActivations() ? scale.color(values[std::size_t(unit)]) : paper);
        painter.drawEllipse(centre, radius, radius);
        painter.restore();
    };
    if (!elided) {
        for (int unit = 0; unit < m_units; ++unit)
            neuronAt(unit, unit);
        return;
    }
    for (int k = 0; k < elidedHead; ++k)
        neuronAt(k, k);
    for (int k = 0; k < elidedTail; ++k)
        neuronAt(m_units - elidedTail + k, elidedHead + gapSlots + k);
    const double gapCentre = start + pitch * (elidedHead + gapSlots / 2.0);
    drawText(painter, base,
             compact ? QStringLiteral("⋮") : tr("⋮ %1 more ⋮").arg(m_units - elidedHead - elidedTail),
             QPointF(box.center().x(), gapCentre), Qt::AlignCenter, compact ? 30 : 15, color, -1.0, true);
}
