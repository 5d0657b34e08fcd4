#include "losschart.h"

#include <QEvent>

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace {

const QColor trainColor(0x1f, 0x77, 0xb4);  // blue
const QColor testColor(0xe8, 0x6a, 0x10);   // orange

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

// Index of the point whose step is nearest to x in a series of n points with rising steps
// (stepAt(i)); -1 when there are none.
template <typename StepAt>
qsizetype nearestIndex(qsizetype n, StepAt stepAt, double x)
{
    if (n == 0)
        return -1;
    qsizetype lo = 0, hi = n; // the first point at or after x is in [lo, hi]
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (double(stepAt(mid)) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == n)
        return n - 1;
    if (lo > 0 && x - double(stepAt(lo - 1)) < double(stepAt(lo)) - x)
        return lo - 1;
    return lo;
}

qsizetype nearestIndex(const lstmlab::LossHistory &history, double x)
{
    return nearestIndex(qsizetype(history.size()), [&](qsizetype i) { return history.stepAt(std::size_t(i)); }, x);
}

// The points of a series of n (pointAt(i)), at most maxPoints: the lowest and highest of each
// bucket, in step order, so that spikes stay visible; values clamped for a log axis.
// extremes(from, to, &lo, &hi) finds the indices of the lowest and highest value in [from, to),
// NaNs left out, and returns false when there is none.
template <typename PointAt, typename Extremes>
QVector<QPointF> downsampled(qsizetype n, PointAt pointAt, Extremes extremes, int maxPoints)
{
    QVector<QPointF> out;
    auto keep = [&out](const QPointF &p) {
        if (std::isnan(p.y()) || std::isnan(p.x()))
            return;
        out.append(QPointF(p.x(), std::clamp(p.y(), LossChart::logFloor, LossChart::logCeiling)));
    };
    if (n <= maxPoints) {
        out.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            keep(pointAt(i));
        return out;
    }
    const qsizetype buckets = std::max(1, maxPoints / 2);
    out.reserve(buckets * 2);
    for (qsizetype b = 0; b < buckets; ++b) {
        qsizetype lo = 0, hi = 0;
        if (!extremes(b * n / buckets, (b + 1) * n / buckets, &lo, &hi))
            continue;
        keep(pointAt(std::min(lo, hi)));
        if (lo != hi)
            keep(pointAt(std::max(lo, hi)));
    }
    return out;
}

// The first lowest and highest of value(i) over i in [from, to), NaNs left out; visit(from, to,
// f) calls f(i, value) for each i in order.
template <typename Visit>
bool extremesOf(Visit visit, qsizetype from, qsizetype to, qsizetype *lo, qsizetype *hi)
{
    bool any = false;
    double yLo = 0.0, yHi = 0.0;
    visit(from, to, [&](qsizetype i, double y) {
        if (std::isnan(y))
            return;
        if (!any || y < yLo) { *lo = i; yLo = y; }
        if (!any || y > yHi) { *hi = i; yHi = y; }
        any = true;
    });
    return any;
}

QPointF pointOf(const lstmlab::LossHistory &history, qsizetype i)
{
    const lstmlab::LossHistory::Point p = history.at(std::size_t(i));
    return QPointF(double(p.step), p.value);
}

} // namespace

LossChart::LossChart(QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() would leak the default chart
{
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_train = new QLineSeries(chart);
    m_train->setPen(QPen(trainColor, 1.0));
    m_test = new QLineSeries(chart);
    m_test->setPen(QPen(testColor, 2.5));
    m_test->setPointsVisible(true);
    m_train->setUseOpenGL(false);
    m_test->setUseOpenGL(false);
    chart->addSeries(m_train);
    chart->addSeries(m_test);

    m_axisX = new QValueAxis(chart);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY = new QLogValueAxis(chart);
    m_axisY->setBase(10.0);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setMinorTickCount(-1);
    retranslateUi();
    connect(chart, &QChart::plotAreaChanged, this, &LossChart::fitYAxis);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *series : {m_train, m_test}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setMinimumSize(260, 200);

    m_cursor = new QGraphicsLineItem(chart);
    m_cursor->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
    m_cursor->setZValue(10);
    m_readoutBox = new QGraphicsRectItem(chart);
    m_readoutBox->setBrush(QColor(255, 255, 255, 230));
    m_readoutBox->setPen(QPen(QColor(0, 0, 0, 80)));
    m_readoutBox->setZValue(11);
    m_readout = new QGraphicsSimpleTextItem(m_readoutBox);
    hideReadout();
    updateAxes();
}

QVector<QPointF> LossChart::downsample(const QVector<QPointF> &points, int maxPoints)
{
    auto visit = [&points](qsizetype from, qsizetype to, auto f) {
        for (qsizetype i = from; i < to; ++i)
            f(i, points[i].y());
    };
    return downsampled(
        points.size(), [&](qsizetype i) { return points[i]; },
        [&](qsizetype from, qsizetype to, qsizetype *lo, qsizetype *hi) { return extremesOf(visit, from, to, lo, hi); },
        maxPoints);
}

QVector<QPointF> LossChart::downsample(const lstmlab::LossHistory &history, int maxPoints)
{
    // Straight from the history's blocks: this runs for every frame over what may be millions
    // of steps.
    auto visit = [&history](qsizetype from, qsizetype to, auto f) {
        history.forEachValue(std::size_t(from), std::size_t(to),
                             [&f](std::size_t i, float y) { f(qsizetype(i), double(y)); });
    };
    return downsampled(
        qsizetype(history.size()), [&](qsizetype i) { return pointOf(history, i); },
        [&](qsizetype from, qsizetype to, qsizetype *lo, qsizetype *hi) { return extremesOf(visit, from, to, lo, hi); },
        maxPoints);
}

void LossChart::updateSnapshot(const TrainingSnapshot &snapshot)
{
    const bool sameTrain = snapshot.generation == m_generation
        && snapshot.trainLossHistory.size() == m_trainHistory.size()
        && (m_trainHistory.empty() || snapshot.trainLossHistory.back() == m_trainHistory.back());
    const bool sameTest = snapshot.generation == m_generation
        && snapshot.testMseHistory.size() == m_testHistory.size()
        && (m_testHistory.isEmpty() || snapshot.testMseHistory.constLast() == m_testHistory.constLast());
    m_generation = snapshot.generation;
    if (sameTrain && sameTest)
        return;
    m_trainHistory = snapshot.trainLossHistory;
    m_testHistory = snapshot.testMseHistory;
    if (!sameTrain)
        m_train->replace(downsample(m_trainHistory, maxDrawnPoints));
    if (!sameTest)
        m_test->replace(downsample(m_testHistory, maxDrawnPoints));
    updateAxes();
}

void LossChart::setRuns(const QString &mainName, const QVector<RunCurve> &runs)
{
    QChart *chart = this->chart();
    while (m_runLoss.size() > runs.size()) {
        for (QLineSeries *series : {m_runLoss.takeLast(), m_runTest.takeLast()}) {
            chart->removeSeries(series);
            delete series;
        }
    }
    while (m_runLoss.size() < runs.size()) {
        auto *loss = new QLineSeries(chart);
        auto *test = new QLineSeries(chart);
        test->setPointsVisible(true);
        for (QLineSeries *series : {loss, test}) {
            series->setUseOpenGL(false);
            chart->addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
        }
        m_runLoss.append(loss);
        m_runTest.append(test);
    }
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const RunCurve &run = runs[k];
        m_runLoss[k]->setName(run.name);
        // See-through, so that the curves beneath stay visible where they overlap.
        QColor line = run.color;
        line.setAlpha(150);
        m_runLoss[k]->setPen(QPen(line, 1.0));
        m_runLoss[k]->replace(downsample(run.loss, maxDrawnPoints / 2));
        m_runTest[k]->setPen(QPen(run.color, 2.0));
        m_runTest[k]->replace(downsample(run.testMse, maxDrawnPoints));
        // The dots share the line's colour and legend entry.
        for (QLegendMarker *marker : chart->legend()->markers(m_runTest[k]))
            marker->setVisible(false);
    }
    m_mainName = mainName;
    retranslateUi();
    updateAxes();
}

void LossChart::clearHistory()
{
    m_trainHistory.clear();
    m_testHistory.clear();
    m_train->replace(QList<QPointF>());
    m_test->replace(QList<QPointF>());
    hideReadout();
    updateAxes();
}

void LossChart::updateAxes()
{
    double maxStep = 0.0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    QList<const QLineSeries *> drawn{m_train, m_test};
    drawn.append(QList<const QLineSeries *>(m_runLoss.cbegin(), m_runLoss.cend()));
    drawn.append(QList<const QLineSeries *>(m_runTest.cbegin(), m_runTest.cend()));
    for (const QLineSeries *series : drawn) {
        for (const QPointF &p : series->points()) {
            maxStep = std::max(maxStep, p.x());
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    // Ticks on round numbers of steps, and a right end just past the last step.
    const double raw = std::max(maxStep, 10.0) / 6.0;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = decade;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= raw) {
            interval = m * decade;
            break;
        }
    const double right = std::max(1.0, std::ceil(maxStep / interval)) * interval;
    if (m_axisX->max() != right || m_axisX->tickInterval() != interval) {
        m_axisX->setTickType(QValueAxis::TicksDynamic);
        m_axisX->setTickAnchor(0.0);
        // Never let a wide range meet a fine interval, even for a moment: every tick is a
        // laid-out label.
        if (interval > m_axisX->tickInterval()) {
            m_axisX->setTickInterval(interval);
            m_axisX->setRange(0.0, right);
        } else {
            m_axisX->setRange(0.0, right);
            m_axisX->setTickInterval(interval);
        }
    }

    if (!std::isfinite(lo)) {
        lo = 1e-4;
        hi = 1.0;
    }
    double bottom = std::pow(10.0, std::floor(std::log10(lo)));
    double top = std::pow(10.0, std::ceil(std::log10(hi)));
    if (top <= bottom)
        top = bottom * 10.0;
    m_axisY->setRange(std::max(bottom, logFloor), std::min(top, logCeiling * 10.0));
    fitYAxis();
}

// Decade labels as far apart as the plot's height needs: one a decade in a tall chart, one
// every second or third in a flat one, and the axis title only where it fits whole (Qt Charts
// shows "..." for a label or title without room).
void LossChart::fitYAxis()
{
    constexpr double labelSpacingPx = 20.0;
    const double height = chart()->plotArea().height();
    const double decades = std::max(1.0, std::round(std::log10(m_axisY->max() / m_axisY->min())));
    const int intervals = std::max(1, int(height / labelSpacingPx) - 1);
    const double base = std::pow(10.0, std::ceil(decades / intervals));
    // Qt's automatic minor ticks on a log axis number base - 2 per interval: a million graphics
    // items for base 1e6 (a long run in a flat chart took all memory). Only base 10 has them.
    if (base != 10.0 && m_axisY->minorTickCount() != 0)
        m_axisY->setMinorTickCount(0);
    if (m_axisY->base() != base)
        m_axisY->setBase(base);
    if (base == 10.0 && m_axisY->minorTickCount() != -1)
        m_axisY->setMinorTickCount(-1);
    const bool titleFits = QFontMetricsF(m_axisY->titleFont()).horizontalAdvance(m_axisY->titleText()) <= height;
    if (m_axisY->isTitleVisible() != titleFits)
        m_axisY->setTitleVisible(titleFits);
}

QString LossChart::readoutAt(double step) const
{
    const qsizetype i = nearestIndex(m_trainHistory, step);
    if (i < 0)
        return QString();
    const QPointF p = pointOf(m_trainHistory, i);
    QString text = tr("step %L1\ntrain loss %2").arg(qlonglong(p.x())).arg(number(p.y()));
    // The test MSE in force at that step: the last epoch that ended at or before it.
    qsizetype epochs = 0;
    while (epochs < m_testHistory.size() && m_testHistory[epochs].x() <= p.x())
        ++epochs;
    if (epochs > 0)
        text += tr("\ntest MSE %1 (epoch %2)").arg(number(m_testHistory[epochs - 1].y())).arg(epochs);
    return text;
}

QString LossChart::exportCsv() const
{
    // One row per step; the test MSE sits on the step that ended its epoch.
    std::map<qint64, std::pair<QString, QString>> rows;
    m_trainHistory.forEach([&rows](long long step, float value) {
        rows[qint64(step)].first = QString::number(value, 'g', 9);
    });
    for (const QPointF &p : m_testHistory)
        rows[qint64(std::llround(p.x()))].second = QString::number(p.y(), 'g', 9);
    QString csv = QStringLiteral("step,train_loss,test_mse\n");
    for (const auto &[step, values] : rows)
        csv += QStringLiteral("%1,%2,%3\n").arg(step).arg(values.first, values.second);
    return csv;
}

void LossChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(chartPos) || m_trainHistory.empty()) {
        hideReadout();
        return;
    }
    const QPointF value = chart()->mapToValue(chartPos, m_train);
    const qsizetype i = nearestIndex(m_trainHistory, value.x());
    const double step = double(m_trainHistory.stepAt(std::size_t(i)));
    const QPointF at = chart()->mapToPosition(QPointF(step, logFloor), m_train);
    m_cursor->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_cursor->show();

    m_readout->setText(readoutAt(step));
    const QRectF textRect = m_readout->boundingRect();
    QRectF box(0, 0, textRect.width() + 10, textRect.height() + 8);
    QPointF topLeft = chartPos + QPointF(12, 12);
    if (topLeft.x() + box.width() > plot.right())
        topLeft.setX(chartPos.x() - box.width() - 12);
    if (topLeft.y() + box.height() > plot.bottom())
        topLeft.setY(chartPos.y() - box.height() - 12);
    m_readoutBox->setRect(box);
    m_readoutBox->setPos(topLeft);
    m_readout->setPos(5, 4);
    m_readoutBox->show();
}

void LossChart::leaveEvent(QEvent *event)
{
    hideReadout();
    QChartView::leaveEvent(event);
}

void LossChart::resizeEvent(QResizeEvent *event)
{
    hideReadout();
    QChartView::resizeEvent(event);
}

void LossChart::hideReadout()
{
    m_readoutBox->hide();
    m_cursor->hide();
}

void LossChart::retranslateUi()
{
    chart()->setTitle(tr("Loss (mean squared error)"));
    // Beside other runs, each run's line is named by what sets it apart (its dots share it).
    m_train->setName(m_mainName.isEmpty() ? tr("train loss per step") : m_mainName);
    m_test->setName(tr("test MSE per epoch"));
    m_axisX->setTitleText(tr("training step"));
    m_axisY->setTitleText(tr("MSE (log scale)"));
}

void LossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}
