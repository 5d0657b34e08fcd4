#include "predictionchart.h"

#include <QEvent>

#include "dataset.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

QPair<double, double> xRange(const QVector<QPointF> &points)
{
    double lo = points.constFirst().x(), hi = lo;
    for (const QPointF &p : points) {
        lo = std::min(lo, p.x());
        hi = std::max(hi, p.x());
    }
    return {lo, hi};
}

double maxAbsY(const QVector<QPointF> &points)
{
    double m = 0.0;
    for (const QPointF &p : points)
        if (std::isfinite(p.y()))
            m = std::max(m, std::abs(p.y()));
    return m;
}

} // namespace

QColor PredictionChart::predictionColor() { return QColor(0xd6, 0x1f, 0x1f); }
QColor PredictionChart::realColor() { return QColor(0x1a, 0x9c, 0x3a); }
QColor PredictionChart::freeRunColor() { return QColor(0x7b, 0x3f, 0xb8); }

PredictionChart::PredictionChart(QWidget *parent)
    : QChartView(new QChart, parent) // QChartView(parent) + setChart() would leak the default chart
{
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_bandTop = new QLineSeries(chart);
    m_bandBottom = new QLineSeries(chart);
    m_band = new QAreaSeries(m_bandTop, m_bandBottom);
    m_band->setColor(QColor(70, 110, 200, 55));
    m_band->setBorderColor(QColor(70, 110, 200, 140));
    m_band->setPen(QPen(QColor(70, 110, 200, 140), 1));

    m_real = new QLineSeries(chart);
    // One-pixel lines: Qt's raster engine draws them on its fast path, where a wider pen
    // (dashed above all) costs the GUI thread several milliseconds a frame.
    QPen realPen(realColor(), 1.0, Qt::CustomDashLine);
    realPen.setDashPattern({6.0, 4.0});
    m_real->setPen(realPen);
    m_predicted = new QLineSeries(chart);
    m_predicted->setPen(QPen(predictionColor(), 1.0));
    m_freeRun = new QLineSeries(chart);
    m_freeRun->setPen(QPen(freeRunColor(), 1.0));

    const QList<QAbstractSeries *> all{m_band, m_real, m_predicted, m_freeRun};
    for (QAbstractSeries *series : all) {
        series->setUseOpenGL(false);
        chart->addSeries(series);
    }
    m_axisX = new QValueAxis(chart);
    m_axisX->setLabelFormat(QStringLiteral("%g"));
    m_axisY = new QValueAxis(chart);
    m_axisY->setRange(-1.5, 1.5);
    m_axisY->setTickCount(7);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : all) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_freeRun->setVisible(false);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMinimumSize(320, 200);
    updateXAxis();
    retranslateUi();
    connect(chart, &QChart::plotAreaChanged, this, &PredictionChart::fitYTicks);
}

void PredictionChart::updateSnapshot(const TrainingSnapshot &snapshot)
{
    const bool realChanged = snapshot.realTest.size() != m_realPoints.size()
        || (!m_realPoints.isEmpty() && snapshot.realTest.constFirst() != m_realPoints.constFirst())
        || snapshot.model.timesteps != m_dataTimesteps;
    if (realChanged) {
        m_realPoints = snapshot.realTest;
        m_dataTimesteps = snapshot.model.timesteps;
        m_window = std::clamp(m_window, 0, std::max(0, int(m_realPoints.size()) - 1));
        m_real->replace(m_realPoints);
    }
    if (snapshot.predictedTest.constData() != m_predictedPoints.constData()) {
        m_predictedPoints = snapshot.predictedTest;
        m_predicted->replace(m_predictedPoints);
    }
    if (snapshot.freeRun.constData() != m_freeRunPoints.constData()) {
        m_freeRunPoints = snapshot.freeRun;
        m_freeRun->replace(m_freeRunPoints);
    }
    m_freeRun->setVisible(m_freeRunShown && !m_freeRunPoints.isEmpty());
    updateXAxis();
    updateBand();
}

void PredictionChart::setRuns(const QString &mainName, const QVector<RunCurve> &runs)
{
    QChart *chart = this->chart();
    while (m_runPredicted.size() > runs.size()) {
        QLineSeries *series = m_runPredicted.takeLast();
        chart->removeSeries(series);
        delete series;
    }
    while (m_runPredicted.size() < runs.size()) {
        auto *series = new QLineSeries(chart);
        series->setUseOpenGL(false);
        chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        m_runPredicted.append(series);
    }
    for (qsizetype k = 0; k < runs.size(); ++k) {
        m_runPredicted[k]->setName(runs[k].name);
        m_runPredicted[k]->setPen(QPen(runs[k].color, 1.0));
        m_runPredicted[k]->replace(runs[k].predicted);
    }
    if (m_mainName != mainName) {
        m_mainName = mainName;
        retranslateUi();
    }
}

void PredictionChart::setSignalName(const QString &name)
{
    m_signalName = name.isEmpty() ? QStringLiteral("sin(x)") : name;
    retranslateUi(); // the legend entry and the tooltip name the signal
}

void PredictionChart::setEchoLag(int lag)
{
    m_echoLag = std::max(0, lag);
    retranslateUi();
}

void PredictionChart::setFreeRunShown(bool shown)
{
    m_freeRunShown = shown;
    m_freeRun->setVisible(shown && !m_freeRunPoints.isEmpty());
    updateXAxis();
    updateBand();
}

void PredictionChart::setSelectedWindow(int window, int timesteps)
{
    m_window = std::max(0, window);
    m_timesteps = std::max(1, timesteps);
    updateBand();
}

double PredictionChart::sampleX(int index) const
{
    // The test series is a linspace grid; realTest holds its labels, which start T samples in.
    if (m_realPoints.size() >= 2) {
        const double first = m_realPoints.constFirst().x();
        const double dx = (m_realPoints.constLast().x() - first) / double(m_realPoints.size() - 1);
        return first + (index - m_dataTimesteps) * dx;
    }
    const lstmlab::DataSpec spec;
    return spec.testFrom + index * (spec.testTo - spec.testFrom) / double(spec.testCount - 1);
}

QPair<double, double> PredictionChart::selectedRange() const
{
    return {sampleX(m_window), sampleX(m_window + m_timesteps - 1)};
}

void PredictionChart::updateBand()
{
    const double half = (sampleX(1) - sampleX(0)) / 2.0;
    const auto [from, to] = selectedRange();
    const double top = m_axisY->max();
    const double bottom = m_axisY->min();
    m_bandTop->replace(QList<QPointF>{{from - half, top}, {to + half, top}});
    m_bandBottom->replace(QList<QPointF>{{from - half, bottom}, {to + half, bottom}});
    m_band->setName(tr("input window #%1").arg(m_window));
}

void PredictionChart::updateXAxis()
{
    double lo, hi;
    if (m_realPoints.isEmpty()) {
        const lstmlab::DataSpec spec;
        lo = spec.testFrom;
        hi = spec.testTo;
    } else {
        // From the first input sample, so the band of window 0 fits.
        lo = sampleX(0);
        hi = xRange(m_realPoints).second;
    }
    double extent = std::max(maxAbsY(m_realPoints), maxAbsY(m_predictedPoints));
    if (m_freeRun->isVisible() && !m_freeRunPoints.isEmpty()) {
        const auto [flo, fhi] = xRange(m_freeRunPoints);
        lo = std::min(lo, flo);
        hi = std::max(hi, fhi);
        extent = std::max(extent, maxAbsY(m_freeRunPoints));
    }
    if (hi <= lo)
        hi = lo + 1.0;
    if (m_axisX->min() != lo || m_axisX->max() != hi) {
        // Ticks on round numbers (100, 102, ...) rather than at fifths of an odd range.
        const double raw = (hi - lo) / 6.0;
        const double decade = std::pow(10.0, std::floor(std::log10(raw)));
        double interval = decade;
        for (double m : {1.0, 2.0, 5.0, 10.0})
            if (m * decade >= raw) {
                interval = m * decade;
                break;
            }
        // Never a wide range with a fine interval, even for a moment (a label per tick).
        m_axisX->setTickType(QValueAxis::TicksDynamic);
        if (interval > m_axisX->tickInterval()) {
            m_axisX->setTickInterval(interval);
            m_axisX->setRange(lo, hi);
        } else {
            m_axisX->setRange(lo, hi);
            m_axisX->setTickInterval(interval);
        }
        m_axisX->setTickAnchor(std::ceil(lo / interval) * interval);
    }

    // The seed's sine and a tanh head stay within [-1, 1]; other signals get a wider axis.
    if (extent <= 1.0) {
        if (m_axisY->min() != -1.5 || m_axisY->max() != 1.5) {
            m_axisY->setRange(-1.5, 1.5);
            fitYTicks();
        }
    } else {
        const double r = std::ceil(extent * 1.2 * 2.0) / 2.0;
        if (m_axisY->max() != r) {
            m_axisY->setRange(-r, r);
            m_axisY->applyNiceNumbers();
            fitYTicks();
        }
    }
}

// As many y ticks as the plot's height has room for labels (Qt Charts shows "..." for a label
// that does not fit), an odd number so that 0 is one of them: 7 in a tall chart, 3 in a flat one.
void PredictionChart::fitYTicks()
{
    constexpr double labelSpacingPx = 26.0;
    const int room = 1 + int(chart()->plotArea().height() / labelSpacingPx);
    const int ticks = std::clamp(room % 2 == 1 ? room : room - 1, 3, 7);
    if (m_axisY->tickCount() != ticks)
        m_axisY->setTickCount(ticks);
}

QString PredictionChart::exportCsv() const
{
    struct Row { QString real, predicted, freeRun; };
    std::map<double, Row> rows;
    for (const QPointF &p : m_realPoints)
        rows[p.x()].real = QString::number(p.y(), 'g', 9);
    for (const QPointF &p : m_predictedPoints)
        rows[p.x()].predicted = QString::number(p.y(), 'g', 9);
    if (m_freeRunShown)
        for (const QPointF &p : m_freeRunPoints)
            rows[p.x()].freeRun = QString::number(p.y(), 'g', 9);
    QString csv = m_freeRunShown ? QStringLiteral("x,real,predicted,free_run\n")
                                 : QStringLiteral("x,real,predicted\n");
    for (const auto &[x, row] : rows) {
        csv += QString::number(x, 'g', 12) + u',' + row.real + u',' + row.predicted;
        if (m_freeRunShown)
            csv += u',' + row.freeRun;
        csv += u'\n';
    }
    return csv;
}

void PredictionChart::retranslateUi()
{
    chart()->setTitle(m_echoLag > 0 ? tr("Recall of the sample %1 steps back on the test set").arg(m_echoLag)
                                    : tr("Prediction of the next sample on the test set"));
    m_real->setName(tr("real %1").arg(m_signalName));
    m_predicted->setName(m_mainName.isEmpty() ? tr("predicted by the network") : m_mainName);
    m_freeRun->setName(tr("free run"));
    m_axisX->setTitleText(tr("x"));
    m_axisY->setTitleText(tr("value"));
    setToolTip(tr("<p>For every window of the test set (the end of the series, never seen in "
                  "training) the network predicts the next sample: <b>red</b>. The real %1 is "
                  "<b>dashed green</b>.</p><p>The shaded band is the input window whose gates "
                  "the gate panels show. Right-click to save the chart or its data.</p>")
                   .arg(m_signalName.toHtmlEscaped()));
    if (m_echoLag > 0)
        setToolTip(tr("<p>The echo task: for every window of the test set the network answers with "
                      "the sample it saw %1 steps before the window's end: <b>red</b>. The real "
                      "sample is <b>dashed green</b>, drawn where it lies in the series, so the "
                      "target is the noise itself.</p><p>The shaded band is the input window whose "
                      "gates the gate panels show. Right-click to save the chart or its data.</p>")
                       .arg(m_echoLag));
    updateBand();
}

void PredictionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}
