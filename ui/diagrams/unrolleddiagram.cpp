#include "unrolleddiagram.h"

#include <QEvent>

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double maximumPitch = 120.0;
constexpr double headWidth = 150.0;

void arrowHead(QPainter &painter, const QPointF &from, const QPointF &to, const QColor &color)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
        return;
    const QPointF u = d / length, n(-u.y(), u.x());
    QPolygonF head;
    head << to << to - u * 7.0 + n * 3.2 << to - u * 7.0 - n * 3.2;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
    painter.restore();
}

void arrow(QPainter &painter, const QPointF &from, const QPointF &to, const QColor &color,
           double width = 1.5, Qt::PenStyle style = Qt::SolidLine)
{
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1.0)
        return;
    painter.save();
    painter.setPen(QPen(color, width, style, Qt::FlatCap));
    painter.drawLine(from, to - d / length * std::min(6.0, length));
    painter.restore();
    arrowHead(painter, from, to, color);
}

} // namespace

UnrolledDiagram::UnrolledDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unrolledDiagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    retranslateUi();
}

void UnrolledDiagram::retranslateUi()
{
    if (m_cell != lstmlab::RecurrentCell::Lstm) {
        setToolTip(tr("<p>The network unrolled over the time steps of the traced input window. "
                      "Every box in a row is the <b>same</b> %1 cell with the same weights, drawn "
                      "once per time step: the hidden state h, its only memory (it has no cell "
                      "state c), is carried from each step to the next. Only the last step's h "
                      "reaches the tanh head, which predicts the next sample.</p><p>Click a box to "
                      "pick its time step in the gate heatmaps.</p>")
                       .arg(m_cell == lstmlab::RecurrentCell::Gru ? QStringLiteral("GRU") : tr("plain RNN")));
        return;
    }
    setToolTip(tr("<p>The network unrolled over the time steps of the traced input window. "
                  "Every box in a row is the <b>same</b> LSTM cell with the same weights, drawn "
                  "once per time step: the cell state c and the hidden state h are carried from "
                  "each step to the next. Only the last step's h reaches the tanh head, which "
                  "predicts the next sample.</p><p>Click a box to pick its time step in the gate "
                  "heatmaps.</p>"));
}

void UnrolledDiagram::setCell(lstmlab::RecurrentCell cell)
{
    if (cell == m_cell)
        return;
    m_cell = cell;
    retranslateUi();
    update();
}

void UnrolledDiagram::setShape(int layers, int units, int timesteps)
{
    layers = std::max(1, layers);
    units = std::max(1, units);
    timesteps = std::max(1, timesteps);
    if (layers == m_layers && units == m_units && timesteps == m_timesteps)
        return;
    m_layers = layers;
    m_units = units;
    m_timesteps = timesteps;
    if (int(m_samples.size()) != m_timesteps)
        m_samples.clear();
    if (m_selected >= m_timesteps)
        m_selected = m_timesteps - 1;
    update();
}

void UnrolledDiagram::setWindow(const std::vector<float> &samples, float target, float prediction)
{
    if (int(samples.size()) != m_timesteps) {
        clearWindow();
        return;
    }
    m_samples = samples;
    m_target = target;
    m_prediction = prediction;
    update();
}

void UnrolledDiagram::clearWindow()
{
    if (m_samples.empty())
        return;
    m_samples.clear();
    update();
}

void UnrolledDiagram::setSelectedTimeStep(int t)
{
    if (t < 0 || t >= m_timesteps)
        t = -1;
    if (t == m_selected)
        return;
    m_selected = t;
    update();
}

QString UnrolledDiagram::title() const
{
    return tr("One cell, reused at every time step (same weights W_ih, W_hh, b)");
}

QString UnrolledDiagram::subtitle() const
{
    if (m_timesteps > 1 && m_cell != lstmlab::RecurrentCell::Lstm)
        return tr("timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. h carries the "
                  "memory along (this cell has no c). Click a copy to pick its time step.")
            .arg(m_timesteps)
            .arg(m_timesteps - 1);
    return m_timesteps == 1
        ? tr("timesteps = 1: the cell runs once, from zero state.")
        : tr("timesteps = %1: the copies are one cell at t = 0 … %2, not %1 cells. c and h carry the "
             "memory along. Click a copy to pick its time step.")
              .arg(m_timesteps).arg(m_timesteps - 1);
}

QSize UnrolledDiagram::sizeHint() const
{
    return QSize(640, 260);
}

QSize UnrolledDiagram::minimumSizeHint() const
{
    return QSize(360, 150);
}

QVector<int> UnrolledDiagram::chooseColumns(int timesteps, int capacity, int selected)
{
    QVector<int> columns;
    capacity = std::max(capacity, 5);
    if (timesteps <= capacity) {
        for (int t = 0; t < timesteps; ++t)
            columns << t;
        return columns;
    }
    const auto block = [&columns](int from, int to) {
        for (int t = from; t < to; ++t)
            columns << t;
    };
    // Both ends stay: the first step starts from zero state, the last one feeds the head.
    int first = capacity / 2;
    int last = capacity - 1 - first;
    if (selected < first || selected >= timesteps - last) {
        block(0, first);
        columns << -1;
        block(timesteps - last, timesteps);
        return columns;
    }
    // The chosen step in the middle: first ... chosen ... last.
    first = (capacity - 2) / 2;
    last = capacity - 3 - first;
    first = std::max(first, 1);
    last = std::max(last, 1);
    block(0, first);
    if (selected > first)
        columns << -1;
    columns << selected;
    if (selected < timesteps - last - 1)
        columns << -1;
    block(timesteps - last, timesteps);
    return columns;
}

UnrolledDiagram::Geometry UnrolledDiagram::geometry() const
{
    Geometry g;
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const double margin = 6.0;

    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const double textWidth = width() - 2 * margin;
    const QRectF titleRect = bfm.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, title());
    const QRectF subtitleRect = fm.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, subtitle());
    g.captionBottom = margin + titleRect.height() + 2 + subtitleRect.height() + 6;

    const double left = margin + std::max(fm.horizontalAdvance(tr("layer %1").arg(8)), 40.0) + 28;
    const double right = width() - headWidth - margin;
    g.inputTop = height() - 2 * line - 8;
    const double top = g.captionBottom + 4;
    const double available = std::max(1.0, right - left);
    const int capacity = int(available / minimumPitch);
    g.visible = chooseColumns(m_timesteps, capacity, m_selected);
    g.pitch = std::min(maximumPitch, available / std::max(1, int(g.visible.size())));
    g.columns = QRectF(left, top, g.pitch * g.visible.size(), std::max(10.0, g.inputTop - 14 - top));
    g.headLeft = g.columns.right() + 8;

    if (m_layers <= maximumShownLayers) {
        for (int l = 0; l < m_layers; ++l)
            g.rows << l;
    } else {
        g.rows << 0 << 1 << -1 << m_layers - 1;
    }
    g.rowHeight = g.columns.height() / g.rows.size();
    return g;
}

QVector<int> UnrolledDiagram::visibleColumns() const
{
    return geometry().visible;
}

double UnrolledDiagram::columnCentre(int t) const
{
    const Geometry g = geometry();
    const int k = int(g.visible.indexOf(t));
    if (t < 0 || k < 0)
        return std::numeric_limits<double>::quiet_NaN();
    return g.columns.left() + (k + 0.5) * g.pitch;
}

int UnrolledDiagram::timeStepAt(const QPointF &pos) const
{
    const Geometry g = geometry();
    if (pos.x() < g.columns.left() || pos.x() >= g.columns.right() || pos.y() < g.columns.top()
        || pos.y() > height())
        return -1;
    const int k = int((pos.x() - g.columns.left()) / g.pitch);
    return k >= 0 && k < g.visible.size() ? g.visible[k] : -1;
}

void UnrolledDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int t = timeStepAt(event->position());
    if (t < 0)
        return;
    setSelectedTimeStep(t);
    emit timeStepClicked(t);
}

void UnrolledDiagram::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(timeStepAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void UnrolledDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    const QFontMetricsF fm(font());
    const double line = fm.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor ink(0x33, 0x3a, 0x44);
    const QColor cellFill(0xe3, 0xee, 0xfa), cellLine(0x3d, 0x6f, 0xb0);
    const QColor stateC(0x55, 0x5f, 0x6d), stateH(0x1e, 0x8c, 0x4e);
    QColor highlight = palette().color(QPalette::Highlight);
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.5, font().pointSizeF() * 0.85));

    // The caption: what the picture is.
    painter.setFont(bold);
    painter.setPen(text);
    const QRectF titleRect(6, 6, width() - 12, g.captionBottom);
    QRectF used;
    painter.drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, title(), &used);
    painter.setFont(font());
    painter.setPen(muted);
    painter.drawText(QRectF(6, used.bottom() + 2, width() - 12, g.captionBottom), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     subtitle());

    // The chosen step: a band over its copies and its input.
    const auto centreOf = [&g](int k) { return g.columns.left() + (k + 0.5) * g.pitch; };
    const int selectedColumn = m_selected >= 0 ? int(g.visible.indexOf(m_selected)) : -1;
    if (selectedColumn >= 0) {
        QColor band = highlight;
        band.setAlpha(40);
        painter.fillRect(QRectF(centreOf(selectedColumn) - g.pitch / 2, g.columns.top() - 2, g.pitch,
                                height() - g.columns.top()),
                         band);
    }

    const double boxWidth = std::min(g.pitch * 0.56, 64.0);
    const double boxHeight = std::clamp(g.rowHeight * 0.58, 14.0, 46.0);
    const auto rowCentre = [&g](int r) { return g.columns.bottom() - (r + 0.5) * g.rowHeight; };
    const auto boxAt = [&](int k, int r) {
        return QRectF(centreOf(k) - boxWidth / 2, rowCentre(r) - boxHeight / 2, boxWidth, boxHeight);
    };

    for (int r = 0; r < g.rows.size(); ++r) {
        const int layer = g.rows[r];
        const double y = rowCentre(r);
        painter.setFont(layer >= 0 ? bold : font());
        painter.setPen(layer >= 0 ? text : muted);
        const QString label = layer >= 0 ? tr("layer %1").arg(layer + 1)
                                         : tr("⋮ %1 more").arg(m_layers - maximumShownLayers + 1);
        painter.drawText(QRectF(4, y - line, g.columns.left() - 30, 2 * line),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
        if (layer < 0) {
            // An elided run of layers: dashed lines carry h up through it.
            for (int k = 0; k < g.visible.size(); ++k)
                if (g.visible[k] >= 0) {
                    painter.setPen(QPen(muted, 1.2, Qt::DashLine));
                    painter.drawLine(QPointF(centreOf(k), y - g.rowHeight / 2), QPointF(centreOf(k), y + g.rowHeight / 2));
                }
            continue;
        }

        // The zero initial state into the first copy.
        const QRectF first = boxAt(0, r);
        painter.setFont(small);
        painter.setPen(muted);
        painter.drawText(QRectF(first.left() - 28, y - line / 2, 12, line), Qt::AlignCenter, QStringLiteral("0"));
        if (m_cell == lstmlab::RecurrentCell::Lstm)
            arrow(painter, QPointF(first.left() - 15, y - boxHeight / 4), QPointF(first.left(), y - boxHeight / 4), stateC);
        arrow(painter, QPointF(first.left() - 15, y + boxHeight / 4), QPointF(first.left(), y + boxHeight / 4), stateH);

        for (int k = 0; k < g.visible.size(); ++k) {
            const int t = g.visible[k];
            if (t < 0) {
                // A run of elided copies of the same cell.
                const int before = g.visible[k - 1], after = g.visible[k + 1];
                painter.setFont(bold);
                painter.setPen(muted);
                painter.drawText(QRectF(centreOf(k) - g.pitch / 2, y - line, g.pitch, 2 * line), Qt::AlignCenter,
                                 QStringLiteral("⋯"));
                const QRectF left = boxAt(k - 1, r), right = boxAt(k + 1, r);
                if (m_cell == lstmlab::RecurrentCell::Lstm)
                    arrow(painter, QPointF(left.right(), y - boxHeight / 4), QPointF(right.left(), y - boxHeight / 4),
                          stateC, 1.2, Qt::DashLine);
                arrow(painter, QPointF(left.right(), y + boxHeight / 4), QPointF(right.left(), y + boxHeight / 4),
                      stateH, 1.2, Qt::DashLine);
                if (r == 0) {
                    painter.setFont(small);
                    painter.drawText(QRectF(centreOf(k) - g.pitch / 2, g.inputTop, g.pitch, 2 * line),
                                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                                     tr("%1 more").arg(after - before - 1));
                }
                continue;
            }
            const QRectF box = boxAt(k, r);
            const bool selected = t == m_selected;
            painter.setPen(QPen(selected ? highlight : cellLine, selected ? 2.5 : 1.3));
            painter.setBrush(cellFill);
            painter.drawRoundedRect(box, 6, 6);
            const QString cellText = m_cell == lstmlab::RecurrentCell::Gru   ? QStringLiteral("GRU")
                                     : m_cell == lstmlab::RecurrentCell::Rnn ? QStringLiteral("RNN")
                                                                             : QStringLiteral("LSTM");
            if (box.width() >= QFontMetricsF(small).horizontalAdvance(cellText) + 4
                && box.height() >= QFontMetricsF(small).height()) {
                painter.setFont(small);
                painter.setPen(cellLine);
                painter.drawText(box, Qt::AlignCenter, cellText);
            }
            const bool carriesC = m_cell == lstmlab::RecurrentCell::Lstm;
            // c and h on to the next drawn copy.
            if (k + 1 < g.visible.size() && g.visible[k + 1] >= 0) {
                const QRectF next = boxAt(k + 1, r);
                if (carriesC)
                    arrow(painter, QPointF(box.right(), y - boxHeight / 4), QPointF(next.left(), y - boxHeight / 4), stateC);
                arrow(painter, QPointF(box.right(), y + boxHeight / 4), QPointF(next.left(), y + boxHeight / 4), stateH);
                if (k == 0 && next.left() - box.right() >= 10) {
                    painter.setFont(small);
                    painter.setPen(stateC);
                    if (carriesC)
                        painter.drawText(QRectF(box.right(), y - boxHeight / 4 - line, next.left() - box.right(), line),
                                         Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("c"));
                    painter.setPen(stateH);
                    painter.drawText(QRectF(box.right(), y + boxHeight / 4, next.left() - box.right(), line),
                                     Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("h"));
                }
            }
            // h up to the layer above (its x_t).
            if (r + 1 < g.rows.size()) {
                const QRectF above = boxAt(k, r + 1);
                if (g.rows[r + 1] >= 0)
                    arrow(painter, QPointF(box.center().x(), box.top()), QPointF(box.center().x(), above.bottom()), stateH);
                else
                    arrow(painter, QPointF(box.center().x(), box.top()),
                          QPointF(box.center().x(), rowCentre(r + 1) + g.rowHeight / 2), stateH, 1.2, Qt::DashLine);
            }
            if (r > 0 && g.rows[r - 1] < 0)
                arrow(painter, QPointF(box.center().x(), rowCentre(r - 1) - g.rowHeight / 2),
                      QPointF(box.center().x(), box.bottom()), stateH, 1.2, Qt::DashLine);
            // The input sample into the bottom row.
            if (r == 0) {
                arrow(painter, QPointF(box.center().x(), g.inputTop - 2), QPointF(box.center().x(), box.bottom()), ink);
                painter.setFont(selected ? bold : small);
                painter.setPen(selected ? text : ink);
                const QRectF labelRect(centreOf(k) - g.pitch / 2, g.inputTop, g.pitch, line);
                painter.drawText(labelRect, Qt::AlignCenter, tr("t = %1").arg(t));
                painter.setFont(small);
                painter.setPen(muted);
                if (hasWindow())
                    painter.drawText(labelRect.translated(0, line), Qt::AlignCenter,
                                     QStringLiteral("x %1").arg(double(m_samples[std::size_t(t)]), 0, 'f', 2));
            }
        }
    }

    // The head: only the last step's h of the top layer.
    const int lastColumn = int(g.visible.size()) - 1;
    const QRectF lastTop = boxAt(lastColumn, int(g.rows.size()) - 1);
    const QRectF head(g.headLeft + 14, lastTop.center().y() - 17, 74, 34);
    arrow(painter, QPointF(lastTop.right(), lastTop.center().y()), QPointF(head.left(), lastTop.center().y()), stateH, 2.0);
    painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5));
    painter.setBrush(QColor(0xfb, 0xe9, 0xe7));
    painter.drawRoundedRect(head, 6, 6);
    painter.setFont(small);
    painter.setPen(QColor(0x8e, 0x24, 0x1a));
    painter.drawText(head, Qt::AlignCenter, tr("tanh head\n%1 → 1").arg(m_units));
    const QRectF answer(head.left() - 10, head.bottom() + 4, width() - head.left() + 6, 3 * line);
    painter.setFont(bold);
    painter.setPen(text);
    const QString predicted = hasWindow()
        ? tr("ŷ = %1\nnext sample %2").arg(double(m_prediction), 0, 'f', 3).arg(double(m_target), 0, 'f', 3)
        : tr("ŷ: the next sample");
    QRectF answerUsed;
    painter.drawText(answer, Qt::AlignLeft | Qt::AlignTop, predicted, &answerUsed);
    painter.setFont(small);
    painter.setPen(muted);
    painter.drawText(QRectF(answer.left(), answerUsed.bottom() + 2, answer.width(), 3 * line),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("reads h of the last step only"));
}

void UnrolledDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
