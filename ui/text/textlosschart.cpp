#include "textlosschart.h"

#include "losschart.h"

#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

TextLossChart::TextLossChart(QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() would leak the default chart
{
    setObjectName(QStringLiteral("textLossChart"));
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_train = new QLineSeries(chart);
    m_train->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.2));
    m_validation = new QLineSeries(chart);
    m_validation->setPen(QPen(QColor(0xff, 0x7f, 0x0e), 2.0));
    m_validationPoints = new QScatterSeries(chart);
    m_validationPoints->setColor(QColor(0xff, 0x7f, 0x0e));
    m_validationPoints->setBorderColor(QColor(0xff, 0x7f, 0x0e));
    m_validationPoints->setMarkerSize(7);
    m_baseline = new QLineSeries(chart);
    QPen dashed(QColor(0x70, 0x70, 0x70), 1.2);
    dashed.setStyle(Qt::DashLine);
    m_baseline->setPen(dashed);
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_baseline, m_train, m_validation, m_validationPoints})
        chart->addSeries(series);
    m_axisX = new QValueAxis(chart);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setRange(0, 10);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setRange(0, 8);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    chart->legend()->markers(m_validationPoints).first()->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    retranslateUi();
}

void TextLossChart::retranslateUi()
{
    // One word each: the tooltip and the corpus line say what they are.
    m_train->setName(tr("training"));
    m_validation->setName(tr("validation"));
    m_validationPoints->setName(tr("validation"));
    m_baseline->setName(tr("unigram"));
    m_axisX->setTitleText(tr("training step"));
    m_axisY->setTitleText(tr("bits per character"));
    chart()->setTitle(tr("Loss in bits per character"));
    // Wide enough for the legend's names on one row: narrower, Qt Charts cut them to "unigr…"
    // (the text page at 1366x768). Each marker is its box, the name and some spacing.
    const QFontMetrics metrics(chart()->legend()->font());
    int legendWidth = 0;
    for (const QLineSeries *series : {m_baseline, m_train, m_validation}) // the markers shown
        legendWidth += metrics.horizontalAdvance(series->name()) + metrics.height() + 24;
    setMinimumSize(std::max(240, legendWidth + 24), 180);
    setToolTip(tr("How many bits the network needs, on average, to encode the next character: the "
                  "training batches (blue) and the held-out validation text after every epoch (orange). "
                  "The dashed line, unigram, is a model that ignores context and knows only how often "
                  "each character occurs."));
    setWhatsThis(tr("<p><b>Bits per character</b></p><p>The cross-entropy in bits: log2 of the vocabulary's "
                    "size for a network that knows nothing, the unigram entropy for one that knows only "
                    "how often each character occurs, and lower for one that uses the context. The "
                    "validation figure is measured on the held-out last 10% of the text, without dropout.</p>"));
}

void TextLossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void TextLossChart::updateSnapshot(const TextSnapshot &s)
{
    m_train->replace(LossChart::downsample(s.trainHistory, LossChart::maxDrawnPoints));
    m_validation->replace(s.validationHistory);
    m_validationPoints->replace(s.validationHistory);
    const double lastStep = std::max(10.0, double(s.step));
    if (s.unigramBitsPerChar > 0)
        m_baseline->replace(QList<QPointF>{{0.0, s.unigramBitsPerChar}, {lastStep, s.unigramBitsPerChar}});
    else
        m_baseline->replace(QList<QPointF>());
    double top = std::max(1.0, s.unigramBitsPerChar);
    for (const QPointF &p : s.trainHistory)
        if (std::isfinite(p.y()))
            top = std::max(top, p.y());
    m_axisX->setRange(0, lastStep);
    m_axisY->setRange(0, std::ceil(top * 1.05));
}

void TextLossChart::clearHistory()
{
    m_train->replace(QList<QPointF>());
    m_validation->replace(QList<QPointF>());
    m_validationPoints->replace(QList<QPointF>());
    m_baseline->replace(QList<QPointF>());
    m_axisX->setRange(0, 10);
}
