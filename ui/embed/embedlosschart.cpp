#include "embedlosschart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

EmbedLossChart::EmbedLossChart(QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() would leak the default chart
    , m_series(new QLineSeries), m_x(new QValueAxis), m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("embeddingLossChart"));
    QChart *chart = this->chart();
    chart->legend()->hide();
    chart->addSeries(m_series);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_x->setLabelFormat(QStringLiteral("%.1f"));
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    retranslateUi();
    clearHistory();
}

QString EmbedLossChart::exportTitle() const
{
    return tr("Embedding loss");
}

void EmbedLossChart::retranslateUi()
{
    m_x->setTitleText(tr("epochs"));
    m_y->setTitleText(tr("loss per pair"));
    chart()->setTitle(tr("Skip-gram loss: −ln σ(true pair) − Σ ln σ(−negative)"));
}

void EmbedLossChart::clearHistory()
{
    m_points.clear();
    m_series->clear();
    m_x->setRange(0, 1);
    m_y->setRange(0, 5);
}

int EmbedLossChart::pointCount() const
{
    return int(m_series->count());
}

void EmbedLossChart::setSnapshot(const EmbedSnapshot &snapshot)
{
    m_points = snapshot.loss;
    QList<QPointF> points;
    points.reserve(qsizetype(m_points.size()));
    double top = 0.0;
    for (const EmbedLossPoint &p : m_points) {
        points.append(QPointF(p.epochs, p.loss));
        top = std::max(top, p.loss);
    }
    m_series->replace(points);
    m_x->setRange(0, std::max(1, snapshot.epochs));
    m_y->setRange(0, top > 0 ? top * 1.1 : 5.0);
}

QString EmbedLossChart::exportCsv() const
{
    QString csv = QStringLiteral("epochs,loss\n");
    for (const EmbedLossPoint &p : m_points)
        csv += QStringLiteral("%1,%2\n").arg(p.epochs, 0, 'g', 9).arg(p.loss, 0, 'g', 9);
    return csv;
}

void EmbedLossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}
