#include "gradientpanel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// One colour per layer, the same for its h and c curves (Tableau's ten, as matplotlib's).
const QColor layerColors[] = {{0x1f, 0x77, 0xb4}, {0xd6, 0x27, 0x28}, {0x2c, 0xa0, 0x2c}, {0x94, 0x67, 0xbd},
                              {0xff, 0x7f, 0x0e}, {0x8c, 0x56, 0x4b}, {0xe3, 0x77, 0xc2}, {0x17, 0xbe, 0xcf}};

QColor layerColor(int layer)
{
    return layerColors[std::size_t(layer) % std::size(layerColors)];
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

double clamped(double value)
{
    return std::isfinite(value) ? std::max(value, GradientPanel::logFloor) : GradientPanel::logFloor;
}

} // namespace

GradientPanel::GradientPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gradientPanel"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("gradientNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(6, 4, 6, 0);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(chart); // owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::NoRubberBand);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumSize(260, 200);

    m_axisX = new QValueAxis(chart);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY = new QLogValueAxis(chart);
    m_axisY->setBase(10.0);
    m_axisY->setLabelFormat(QStringLiteral("%.0e"));
    m_axisY->setMinorTickCount(0);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    // The y title only where it fits whole (Qt Charts shows "..." for a title without room).
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        const bool fits = QFontMetricsF(m_axisY->titleFont()).horizontalAdvance(m_axisY->titleText()) <= plot.height();
        if (m_axisY->isTitleVisible() != fits)
            m_axisY->setTitleVisible(fits);
    });

    m_cursor = new QGraphicsLineItem(chart);
    m_cursor->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
    m_cursor->setZValue(10);
    m_readoutBox = new QGraphicsRectItem(chart);
    m_readoutBox->setBrush(QColor(255, 255, 255, 235));
    m_readoutBox->setPen(QPen(QColor(0, 0, 0, 80)));
    m_readoutBox->setZValue(11);
    m_readout = new QGraphicsSimpleTextItem(m_readoutBox);
    hideReadout();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    retranslateUi();
    updateAxes();
}

QWidget *GradientPanel::exportWidget()
{
    return m_view;
}

void GradientPanel::updateSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.gradientsStep == m_step && snapshot.gradients.dh == m_trace.dh && snapshot.gradients.dc == m_trace.dc)
        return;
    m_step = snapshot.gradientsStep;
    setTrace(snapshot.gradients);
}

void GradientPanel::setTrace(const lstmlab::GradientTrace &trace)
{
    const bool sameShape = trace.layers == m_trace.layers && trace.hasCellState == m_trace.hasCellState;
    m_trace = trace;
    if (!sameShape || m_series.isEmpty() != m_trace.empty())
        rebuildSeries();
    const int T = m_trace.timesteps;
    for (int l = 0; l < m_trace.layers; ++l) {
        QList<QPointF> h, c;
        h.reserve(T);
        for (int t = 0; t < T; ++t)
            h.append(QPointF(t, clamped(m_trace.dhNorm(l, t))));
        m_series[l]->replace(h);
        if (m_trace.hasCellState) {
            c.reserve(T);
            for (int t = 0; t < T; ++t)
                c.append(QPointF(t, clamped(m_trace.dcNorm(l, t))));
            m_series[m_trace.layers + l]->replace(c);
        }
    }
    updateAxes();
    if (m_hovering) // the readout follows the new values under a mouse that stays
        showReadout(m_mousePos);
}

void GradientPanel::rebuildSeries()
{
    QChart *chart = m_view->chart();
    for (QLineSeries *series : std::as_const(m_series)) {
        chart->removeSeries(series);
        delete series;
    }
    m_series.clear();
    if (m_trace.empty())
        return;
    const int curves = m_trace.hasCellState ? 2 * m_trace.layers : m_trace.layers;
    for (int k = 0; k < curves; ++k) {
        auto *series = new QLineSeries(chart);
        const bool cell = k >= m_trace.layers;
        QPen pen(layerColor(k % m_trace.layers), cell ? 2.0 : 2.0);
        if (cell)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        series->setUseOpenGL(false);
        chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_series.append(series);
    }
    nameSeries();
}

// The legend names the layers (one marker each, its colour); the title says which curve is
// which quantity, so the legend stays one short row in a small dock.
void GradientPanel::nameSeries()
{
    QChart *chart = m_view->chart();
    chart->setTitle(m_trace.hasCellState ? tr("‖dL/dh‖ (solid) and ‖dL/dc‖ (dashed) at each time step")
                                         : tr("‖dL/dh‖ at each time step"));
    for (int k = 0; k < m_series.size(); ++k) {
        const int layer = k % std::max(1, m_trace.layers) + 1;
        const bool cell = k >= m_trace.layers;
        m_series[k]->setName(cell ? tr("layer %1, ‖dL/dc‖").arg(layer) : tr("layer %1").arg(layer));
        for (QLegendMarker *marker : chart->legend()->markers(m_series[k]))
            marker->setVisible(!cell);
    }
}

void GradientPanel::updateAxes()
{
    const int T = std::max(1, m_trace.timesteps);
    const double right = std::max(1, T - 1);
    // Ticks on round numbers of steps.
    const double raw = std::max(right, 5.0) / 6.0;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = decade;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= raw) {
            interval = m * decade;
            break;
        }
    interval = std::max(1.0, interval);
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0.0);
    if (interval > m_axisX->tickInterval()) { // never a wide range with a fine interval
        m_axisX->setTickInterval(interval);
        m_axisX->setRange(0.0, right);
    } else {
        m_axisX->setRange(0.0, right);
        m_axisX->setTickInterval(interval);
    }

    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const QLineSeries *series : m_series)
        for (const QPointF &p : series->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    if (!std::isfinite(lo)) {
        lo = 1e-4;
        hi = 1.0;
    }
    const double bottom = std::pow(10.0, std::floor(std::log10(lo)));
    double top = std::pow(10.0, std::ceil(std::log10(hi)));
    if (top <= bottom)
        top = bottom * 10.0;
    // One label every few decades when the curves span many (a vanished RNN gradient).
    const double decades = std::round(std::log10(top / bottom));
    const double base = std::pow(10.0, std::max(1.0, std::ceil(decades / 6.0)));
    m_axisY->setBase(base);
    const double span = std::log10(base);
    const double alignedBottom = std::pow(10.0, span * std::floor(std::log10(bottom) / span));
    m_axisY->setRange(alignedBottom, std::max(top, alignedBottom * base));
}

QString GradientPanel::readoutAt(int t) const
{
    if (m_trace.empty() || t < 0 || t >= m_trace.timesteps)
        return QString();
    const int before = m_trace.timesteps - 1 - t;
    QString text = before == 0 ? tr("t = %1, the output step").arg(t)
                               : tr("t = %1, %n step(s) before the output", nullptr, before).arg(t);
    for (int l = 0; l < m_trace.layers; ++l) {
        text += QLatin1Char('\n') + tr("layer %1: ‖dL/dh‖ %2").arg(l + 1).arg(number(m_trace.dhNorm(l, t)));
        if (m_trace.hasCellState)
            text += tr(", ‖dL/dc‖ %1").arg(number(m_trace.dcNorm(l, t)));
    }
    return text;
}

QString GradientPanel::exportCsv() const
{
    QString csv = QStringLiteral("layer,t,dh_norm,dc_norm\n");
    for (int l = 0; l < m_trace.layers; ++l)
        for (int t = 0; t < m_trace.timesteps; ++t)
            csv += QStringLiteral("%1,%2,%3,%4\n")
                       .arg(l)
                       .arg(t)
                       .arg(QString::number(m_trace.dhNorm(l, t), 'g', 9),
                            m_trace.hasCellState ? QString::number(m_trace.dcNorm(l, t), 'g', 9) : QString());
    return csv;
}

bool GradientPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            m_mousePos = static_cast<QMouseEvent *>(event)->position();
            m_hovering = true;
            showReadout(m_mousePos);
        } else if (event->type() == QEvent::Leave || event->type() == QEvent::Resize) {
            m_hovering = false;
            hideReadout();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GradientPanel::showReadout(const QPointF &viewPos)
{
    QChart *chart = m_view->chart();
    const QPointF chartPos = chart->mapFromScene(m_view->mapToScene(viewPos.toPoint()));
    const QRectF plot = chart->plotArea();
    if (!plot.contains(chartPos) || m_series.isEmpty()) {
        hideReadout();
        return;
    }
    const QPointF value = chart->mapToValue(chartPos, m_series.first());
    const int t = std::clamp(int(std::lround(value.x())), 0, m_trace.timesteps - 1);
    const QPointF at = chart->mapToPosition(QPointF(t, m_axisY->min()), m_series.first());
    m_cursor->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_cursor->show();

    m_readout->setText(readoutAt(t));
    const QRectF textRect = m_readout->boundingRect();
    const QRectF box(0, 0, textRect.width() + 10, textRect.height() + 8);
    QPointF topLeft = chartPos + QPointF(12, 12);
    if (topLeft.x() + box.width() > plot.right())
        topLeft.setX(chartPos.x() - box.width() - 12);
    if (topLeft.y() + box.height() > plot.bottom())
        topLeft.setY(std::max(plot.top(), chartPos.y() - box.height() - 12));
    // A box wider than the room on either side stays whole inside the chart.
    const QSizeF room = chart->size();
    topLeft.setX(std::clamp(topLeft.x(), 0.0, std::max(0.0, room.width() - box.width())));
    topLeft.setY(std::clamp(topLeft.y(), 0.0, std::max(0.0, room.height() - box.height())));
    m_readoutBox->setRect(box);
    m_readoutBox->setPos(topLeft);
    m_readout->setPos(5, 4);
    m_readoutBox->show();
}

void GradientPanel::hideReadout()
{
    m_readoutBox->hide();
    m_cursor->hide();
}

void GradientPanel::retranslateUi()
{
    m_axisX->setTitleText(tr("time step t (right: the output)"));
    m_axisY->setTitleText(tr("size (log scale)"));
    m_note->setText(tr("The error enters at the output (right) and flows back in time. A plain RNN's curve "
                       "falls towards the start; the LSTM's cell state (dashed) keeps far more of it."));
    setWhatsThis(tr("<p><b>Gradients through time</b>: after each forward pass, training sends the error "
                    "back from the output, which reads the last time step (the right end), to every earlier "
                    "step and layer. Each solid curve is the average size of that gradient at a layer's "
                    "hidden state h, ‖dL/dh‖, on the first test windows; the y axis is logarithmic, so each "
                    "labelled line down is many times smaller.</p>"
                    "<p>A <b>plain RNN</b> multiplies the gradient by its recurrent weights and by the slope "
                    "of tanh (at most 1) at every step it goes back: the product shrinks step after step, and "
                    "the curve falls towards the left. The network then cannot learn what the start of the "
                    "window should have told it: the <b>vanishing gradient</b>.</p>"
                    "<p>The <b>LSTM</b> keeps a cell state c that each step only scales by the forget gate "
                    "and adds to. Its gradient, ‖dL/dc‖ (dashed), goes back through that sum multiplied "
                    "only by the forget gate: while the gate stays near 1 it arrives almost unchanged, and "
                    "early steps still learn. A task that needs little memory (the sine) teaches the gate "
                    "to forget, and the curve falls too, but far less than the plain RNN's. The GRU's "
                    "update gate gives its h the same kind of path.</p>"));
    setToolTip(tr("How large the loss gradient is at each time step of each layer; the output is on the "
                  "right. Rest the mouse on the chart for the values."));
    m_view->setToolTip(toolTip());
    m_view->setWhatsThis(whatsThis());
    nameSeries();
}

void GradientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
