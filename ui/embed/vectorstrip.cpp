#include "vectorstrip.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int labelHeight = 14;
}

VectorStrip::VectorStrip(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
}

void VectorStrip::setValues(std::vector<float> values, const QStringList &sections)
{
    m_values = std::move(values);
    m_sections = sections;
    update();
}

int VectorStrip::indexAt(const QPoint &position) const
{
    if (m_values.empty() || width() <= 0)
        return -1;
    const int k = int(double(position.x()) / width() * double(m_values.size()));
    return k >= 0 && k < int(m_values.size()) ? k : -1;
}

QString VectorStrip::toolTipAt(const QPoint &position) const
{
    const int k = indexAt(position);
    if (k < 0)
        return {};
    QString part;
    if (!m_sections.isEmpty()) {
        const int per = std::max(1, int(m_values.size()) / int(m_sections.size()));
        part = QStringLiteral(" (%1, unit %2)").arg(m_sections.value(k / per)).arg(k % per);
    }
    return tr("component %1%2: %3").arg(k).arg(part).arg(double(m_values[std::size_t(k)]), 0, 'f', 4);
}

void VectorStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_values.empty())
        return;
    const int barsHeight = height() - (m_sections.isEmpty() ? 0 : labelHeight);
    const double middle = barsHeight / 2.0;
    float largest = 0.f;
    for (float v : m_values)
        largest = std::max(largest, std::abs(v));
    if (largest <= 0.f)
        largest = 1.f;
    const double step = double(width()) / double(m_values.size());
    const QColor positive(31, 119, 180), negative(214, 39, 40);
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        const double h = (middle - 2) * double(m_values[k]) / largest;
        const QRectF bar(k * step, h > 0 ? middle - h : middle, std::max(1.0, step - (step > 3 ? 1 : 0)), std::abs(h));
        painter.fillRect(bar, m_values[k] >= 0 ? positive : negative);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, middle), QPointF(width(), middle));
    if (!m_sections.isEmpty()) {
        const double part = double(width()) / m_sections.size();
        painter.setPen(palette().color(QPalette::Text));
        for (int s = 0; s < m_sections.size(); ++s) {
            if (s > 0) {
                painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
                painter.drawLine(QPointF(s * part, 0), QPointF(s * part, barsHeight));
                painter.setPen(palette().color(QPalette::Text));
            }
            painter.drawText(QRectF(s * part, barsHeight, part, labelHeight), Qt::AlignCenter, m_sections[s]);
        }
    }
}

void VectorStrip::mouseMoveEvent(QMouseEvent *event)
{
    const QString tip = toolTipAt(event->position().toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}
