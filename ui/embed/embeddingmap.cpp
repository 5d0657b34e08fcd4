#include "embeddingmap.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

constexpr int margin = 12;
constexpr int captionHeight = 22;
constexpr double hitRadius = 7.0;

QColor pointColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlpha(150);
    return c;
}

} // namespace

EmbeddingMap::EmbeddingMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("embeddingMap"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Embedding map"));
    clear(tr("Press Train: the most frequent tokens appear here, placed by their vectors."));
}

QString EmbeddingMap::exportTitle() const
{
    return tr("Embedding map");
}

void EmbeddingMap::clear(const QString &message)
{
    m_snapshot = EmbedSnapshot();
    m_message = message;
    m_chosen = -1;
    m_neighbours.clear();
    m_hovered = -1;
    m_labelled.clear();
    update();
}

void EmbeddingMap::setSnapshot(const EmbedSnapshot &snapshot)
{
    if (!snapshot.hasVectors()) {
        clear(snapshot.state == EmbedSnapshot::State::Building ? tr("Reading the text…") : m_message);
        return;
    }
    if (snapshot.generation != m_snapshot.generation) {
        m_chosen = -1;
        m_neighbours.clear();
    }
    m_snapshot = snapshot;
    m_message.clear();
    const auto &p = m_snapshot.plane.points;
    if (p.cols() > 0) {
        // Symmetric limits around the middle with a little room: the map does not jump when
        // one outlying token moves.
        m_minX = p.row(0).minCoeff();
        m_maxX = p.row(0).maxCoeff();
        m_minY = p.row(1).minCoeff();
        m_maxY = p.row(1).maxCoeff();
        const float padX = std::max(1e-6f, (m_maxX - m_minX) * 0.04f), padY = std::max(1e-6f, (m_maxY - m_minY) * 0.04f);
        m_minX -= padX;
        m_maxX += padX;
        m_minY -= padY;
        m_maxY += padY;
    }
    chooseNeighbours();
    update();
}

void EmbeddingMap::setChosenToken(int token)
{
    m_chosen = token;
    chooseNeighbours();
    update();
}

void EmbeddingMap::chooseNeighbours()
{
    m_neighbours.clear();
    if (m_chosen < 0 || !m_snapshot.space)
        return;
    for (const lstmlab::Neighbour &n : m_snapshot.space->nearest(m_chosen, neighbourCount))
        m_neighbours.push_back(n.token);
}

QRectF EmbeddingMap::plotRect() const
{
    return QRectF(margin, margin, width() - 2 * margin, height() - 2 * margin - captionHeight);
}

QPointF EmbeddingMap::toPixel(float x, float y) const
{
    const QRectF r = plotRect();
    const double fx = (x - m_minX) / double(m_maxX - m_minX);
    const double fy = (y - m_minY) / double(m_maxY - m_minY);
    return {r.left() + fx * r.width(), r.bottom() - fy * r.height()};
}

QPointF EmbeddingMap::pointOf(int token) const
{
    const auto &p = m_snapshot.plane.points;
    if (token < 0 || token >= p.cols())
        return {};
    return toPixel(p(0, token), p(1, token));
}

QString EmbeddingMap::tokenText(int token) const
{
    return m_snapshot.words && token >= 0 && token < int(m_snapshot.words->size())
               ? QString::fromStdString((*m_snapshot.words)[std::size_t(token)])
               : QString();
}

int EmbeddingMap::tokenAt(const QPoint &position) const
{
    int best = -1;
    double bestDistance = hitRadius * hitRadius;
    for (int k = 0; k < int(m_snapshot.plane.points.cols()); ++k) {
        const QPointF d = pointOf(k) - QPointF(position);
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = k;
        }
    }
    return best;
}

QString EmbeddingMap::toolTipAt(const QPoint &position) const
{
    const int token = tokenAt(position);
    if (token < 0 || !m_snapshot.space)
        return {};
    QStringList near;
    for (const lstmlab::Neighbour &n : m_snapshot.space->nearest(token, 5))
        near << QStringLiteral("%1 (%2)").arg(tokenText(n.token)).arg(double(n.similarity), 0, 'f', 2);
    const long long count = m_snapshot.counts ? (*m_snapshot.counts)[std::size_t(token)] : 0;
    return tr("<b>%1</b>: %2 occurrences, frequency rank %3<br>nearest by cosine: %4<br><i>Click to choose it.</i>")
        .arg(tokenText(token).toHtmlEscaped())
        .arg(count)
        .arg(token + 1)
        .arg(near.join(QStringLiteral(", ")).toHtmlEscaped());
}

void EmbeddingMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    m_labelled.clear();
    if (!m_message.isEmpty() || !m_snapshot.hasVectors()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const auto &p = m_snapshot.plane.points;
    const int n = int(p.cols());
    const QRectF plot = plotRect();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawRect(plot);

    const auto isMarked = [this](int k) {
        return k == m_chosen || std::find(m_neighbours.begin(), m_neighbours.end(), k) != m_neighbours.end();
    };
    const QColor normal = pointColor(palette());
    const QColor chosen(214, 39, 40), neighbour(31, 119, 180);
    for (int k = n - 1; k >= 0; --k) { // the frequent ones on top
        const QPointF at = pointOf(k);
        const double radius = 2.0 + 3.0 * (1.0 - double(k) / std::max(1, n));
        painter.setPen(Qt::NoPen);
        painter.setBrush(k == m_chosen ? chosen : isMarked(k) ? neighbour : normal);
        painter.drawEllipse(at, isMarked(k) ? radius + 1.5 : radius, isMarked(k) ? radius + 1.5 : radius);
    }

    // Labels: the marked tokens first, then by frequency, each where it covers no other label.
    QFont font = painter.font();
    const QFontMetricsF metrics(font);
    std::vector<QRectF> taken;
    std::vector<int> order;
    if (m_chosen >= 0 && m_chosen < n)
        order.push_back(m_chosen);
    for (int k : m_neighbours)
        if (k < n)
            order.push_back(k);
    for (int k = 0; k < n; ++k)
        if (!isMarked(k))
            order.push_back(k);
    for (int k : order) {
        const QString text = tokenText(k);
        const QPointF at = pointOf(k);
        const QSizeF size = metrics.size(Qt::TextSingleLine, text);
        const QRectF candidates[] = {
            QRectF(at + QPointF(5, -size.height() / 2), size), QRectF(at + QPointF(-5 - size.width(), -size.height() / 2), size),
            QRectF(at + QPointF(-size.width() / 2, -4 - size.height()), size), QRectF(at + QPointF(-size.width() / 2, 4), size)};
        for (const QRectF &candidate : candidates) {
            if (!plot.contains(candidate))
                continue;
            if (std::any_of(taken.begin(), taken.end(), [&](const QRectF &r) { return r.intersects(candidate); }))
                continue;
            taken.push_back(candidate);
            m_labelled.push_back(k);
            painter.setPen(k == m_chosen ? chosen : isMarked(k) ? neighbour : palette().color(QPalette::Text));
            QFont f = font;
            f.setBold(isMarked(k));
            painter.setFont(f);
            painter.drawText(candidate, Qt::AlignCenter, text);
            break;
        }
    }
    painter.setFont(font);
    if (m_hovered >= 0 && m_hovered < n) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(pointOf(m_hovered), 7, 7);
    }
    painter.setPen(palette().color(QPalette::Text));
    const QRectF caption(margin, height() - captionHeight - 4, width() - 2 * margin, captionHeight);
    painter.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("The %1 most frequent tokens on the plane of their first two principal components "
                        "(%2% of their variance). Near points: similar vectors.")
                         .arg(n)
                         .arg(100.0 * m_snapshot.plane.explained, 0, 'f', 0));
}

void EmbeddingMap::mouseMoveEvent(QMouseEvent *event)
{
    const int token = tokenAt(event->position().toPoint());
    if (token != m_hovered) {
        m_hovered = token;
        update();
    }
    const QString tip = toolTipAt(event->position().toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void EmbeddingMap::mousePressEvent(QMouseEvent *event)
{
    const int token = tokenAt(event->position().toPoint());
    if (token >= 0 && event->button() == Qt::LeftButton) {
        setChosenToken(token);
        emit tokenChosen(token);
    }
    QWidget::mousePressEvent(event);
}

void EmbeddingMap::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

void EmbeddingMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Embedding map"));
        update();
    }
    QWidget::changeEvent(event);
}

QString EmbeddingMap::exportCsv() const
{
    QString csv = QStringLiteral("token,count,x,y\n");
    const auto &p = m_snapshot.plane.points;
    for (int k = 0; k < int(p.cols()); ++k) {
        QString token = tokenText(k);
        if (token.contains(QLatin1Char(',')) || token.contains(QLatin1Char('"')))
            token = QLatin1Char('"') + token.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(token)
                   .arg(m_snapshot.counts ? (*m_snapshot.counts)[std::size_t(k)] : 0)
                   .arg(double(p(0, k)), 0, 'g', 9)
                   .arg(double(p(1, k)), 0, 'g', 9);
    }
    return csv;
}
