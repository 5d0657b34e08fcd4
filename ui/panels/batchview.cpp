#include "batchview.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace {
constexpr double margin = 8.0;
constexpr double overviewHeight = 34.0;
constexpr double axisHeight = 30.0; // tick labels and the axis title under the rows
} // namespace

BatchView::BatchView(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

QColor BatchView::spanColor() { return QColor(31, 119, 180, 60); }
QColor BatchView::labelColor() { return QColor(214, 39, 40); }

int BatchView::batchCount(int windows, int batchSize)
{
    if (windows <= 0 || batchSize <= 0)
        return 0;
    return (windows + batchSize - 1) / batchSize;
}

BatchView::Range BatchView::batchRange(int windows, int batchSize, int batch)
{
    Range range;
    if (batch < 0 || batch >= batchCount(windows, batchSize))
        return range;
    range.first = batch * batchSize;
    range.count = std::min(batchSize, windows - range.first);
    return range;
}

void BatchView::updateSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.building || snapshot.trainSeries.isEmpty()) {
        clear();
        return;
    }
    if (snapshot.trainSeries.constData() != m_series.constData()) {
        m_series = snapshot.trainSeries;
        m_min = m_max = m_series.first().y();
        for (const QPointF &p : m_series) {
            m_min = std::min(m_min, p.y());
            m_max = std::max(m_max, p.y());
        }
        if (m_max - m_min < 1e-9) {
            m_min -= 1.0;
            m_max += 1.0;
        }
    }
    m_windows = snapshot.batchWindows;
    m_labels = snapshot.batchLabels;
    m_lag = snapshot.labelLag;
    m_windowCount = snapshot.trainWindowCount;
    m_shownBatch = snapshot.shownBatch;
    m_batchSize = snapshot.train.batchSize;
    m_timesteps = snapshot.model.timesteps;
    m_shuffled = snapshot.train.shuffle;
    update();
}

void BatchView::clear()
{
    m_series = {};
    m_windows = {};
    m_labels = {};
    m_lag = 0;
    m_windowCount = 0;
    m_shownBatch = 0;
    update();
}

QString BatchView::summaryText() const
{
    if (m_windowCount <= 0 || m_batchSize <= 0)
        return {};
    const QLocale locale = this->locale();
    const Range range = batchRange(m_windowCount, m_batchSize, m_shownBatch);
    const QString batch = tr("Batch %1 of %2").arg(locale.toString(m_shownBatch + 1),
                                                   locale.toString(batchCount(m_windowCount, m_batchSize)));
    const QString windows = m_shuffled
        ? tr("windows %1–%2 of %3 in this epoch's shuffled order")
              .arg(locale.toString(range.first + 1), locale.toString(range.first + range.count),
                   locale.toString(m_windowCount))
        : tr("windows %1–%2 of %3")
              .arg(locale.toString(range.first + 1), locale.toString(range.first + range.count),
                   locale.toString(m_windowCount));
    const QString each = m_lag > 0
        ? tr("each window %1 samples, label = the sample %2 steps before its last (the echo)")
              .arg(locale.toString(m_timesteps), locale.toString(m_lag))
        : tr("each window %n samples, label = the next sample", nullptr, m_timesteps);
    return batch + QStringLiteral(" · ") + windows + QStringLiteral(" · ") + each;
}

BatchView::Layout BatchView::layout() const
{
    Layout l;
    const QFontMetricsF fm(font());
    l.axisWidth = 10.0 + std::max({fm.horizontalAdvance(tr("whole")), fm.horizontalAdvance(tr("windows")),
                                   fm.horizontalAdvance(QStringLiteral("-0.99")), fm.height()});
    const double yAxisWidth = l.axisWidth;
    const QRectF all = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const QRectF textBounds = fm.boundingRect(QRectF(all.left(), all.top(), all.width(), 1000.0),
                                              Qt::TextWordWrap, summaryText().isEmpty() ? QStringLiteral("X") : summaryText());
    l.text = QRectF(all.left(), all.top(), all.width(), textBounds.height());
    const double plotLeft = all.left() + yAxisWidth;
    l.overview = QRectF(plotLeft, l.text.bottom() + 6.0, all.right() - plotLeft, overviewHeight);
    // The legend wraps to a second line when its three entries do not fit beside each other.
    double legendWidth = 0.0;
    for (const QString &name : legendNames())
        legendWidth += 34.0 + fm.horizontalAdvance(name);
    const int legendLines = legendWidth > all.width() ? 2 : 1;
    const double legendHeight = legendLines * (fm.height() + 4.0);
    l.legend = QRectF(all.left(), all.bottom() - legendHeight, all.width(), legendHeight);
    const double top = l.overview.bottom() + 10.0;
    const double bottom = l.legend.top() - axisHeight;
    const double height = std::max(20.0, bottom - top);
    l.detail = QRectF(plotLeft, top, l.overview.width(), height * 0.55);
    l.rows = QRectF(plotLeft, l.detail.bottom() + 4.0, l.overview.width(), height * 0.45 - 4.0);
    return l;
}

QPointF BatchView::map(const QRectF &area, double first, double last, double sample, double value) const
{
    const double span = std::max(1e-9, last - first);
    const double x = area.left() + (sample - first) / span * area.width();
    const double y = area.bottom() - (value - m_min) / (m_max - m_min) * area.height();
    return {x, y};
}

void BatchView::detailSpan(double *first, double *last) const
{
    const int n = int(m_series.size());
    *first = 0.0;
    *last = std::max(1, n - 1);
    if (m_windows.isEmpty() || m_shuffled)
        return;
    const auto [lo, hi] = std::minmax_element(m_windows.begin(), m_windows.end());
    const double pad = std::max(2, m_timesteps / 2);
    *first = std::max(0.0, *lo - pad);
    *last = std::min(double(n - 1), *hi + m_timesteps + pad);
}

QPointF BatchView::detailPoint(double sample, double value) const
{
    double first = 0.0, last = 1.0;
    detailSpan(&first, &last);
    return map(layout().detail, first, last, sample, value);
}

void BatchView::drawSeries(QPainter &painter, const QRectF &area, double first, double last) const
{
    const int from = std::max(0, int(std::floor(first)));
    const int to = std::min(int(m_series.size()) - 1, int(std::ceil(last)));
    if (to <= from)
        return;
    // At most about two points per pixel column: a long series is drawn by stride.
    const int stride = std::max(1, int((to - from) / std::max(1.0, 2.0 * area.width())));
    QPainterPath path(map(area, first, last, from, m_series[from].y()));
    for (int n = from + stride; n <= to; n += stride)
        path.lineTo(map(area, first, last, n, m_series[n].y()));
    painter.setPen(QPen(palette().color(QPalette::Text), 1.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void BatchView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const double yAxisWidth = l.axisWidth;
    const QColor text = palette().color(QPalette::Text);
    const QColor frame = palette().color(QPalette::Mid);
    painter.setPen(text);
    if (m_series.isEmpty()) {
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No training data yet"));
        return;
    }
    painter.drawText(l.text, Qt::TextWordWrap, summaryText());

    const int n = int(m_series.size());
    const int T = std::max(1, m_timesteps);
    const QColor span = spanColor();
    const QColor label = labelColor();

    // The whole series, and where the batch lies in it.
    painter.setPen(frame);
    painter.drawRect(l.overview);
    drawSeries(painter, l.overview, 0, n - 1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(span.red(), span.green(), span.blue(), 140));
    for (int w : m_windows) {
        const QPointF a = map(l.overview, 0, n - 1, w, m_max);
        const QPointF b = map(l.overview, 0, n - 1, w + T, m_min);
        painter.drawRect(QRectF(a.x(), a.y(), std::max(2.0, b.x() - a.x()), b.y() - a.y()));
    }
    painter.setPen(text);
    painter.drawText(QRectF(l.overview.left() - yAxisWidth, l.overview.top(), yAxisWidth - 4.0, l.overview.height()),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, tr("whole"));

    // The batch up close: spans on the series, labels as dots.
    double first = 0.0, last = 1.0;
    detailSpan(&first, &last);
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.detail);
    painter.setPen(Qt::NoPen);
    painter.setBrush(span);
    if (m_shuffled) {
        for (int w : m_windows) {
            const QPointF a = map(l.detail, first, last, w, m_max);
            const QPointF b = map(l.detail, first, last, w + T - 1, m_min);
            painter.drawRect(QRectF(a.x(), a.y(), std::max(1.5, b.x() - a.x()), b.y() - a.y()));
        }
    } else if (!m_windows.isEmpty()) {
        // Consecutive windows overlap all but one sample: one span, as stacked spans would
        // only darken; the rows below tell them apart.
        const auto [lo, hi] = std::minmax_element(m_windows.begin(), m_windows.end());
        const QPointF a = map(l.detail, first, last, *lo, m_max);
        const QPointF b = map(l.detail, first, last, *hi + T - 1, m_min);
        painter.drawRect(QRectF(a, b));
    }
    drawSeries(painter, l.detail, first, last);
    painter.setPen(Qt::NoPen);
    painter.setBrush(label);
    const double dot = m_windows.size() > 100 || m_shuffled ? 2.5 : 3.0;
    for (int label : m_labels) {
        if (label < n)
            painter.drawEllipse(map(l.detail, first, last, label, m_series[label].y()), dot, dot);
    }

    // One row per window, in the order trained: samples as a bar, the label as a dot.
    painter.setPen(frame);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(l.rows);
    const int rows = std::max(1, int(m_windows.size()));
    const double rowHeight = l.rows.height() / rows;
    for (int r = 0; r < m_windows.size(); ++r) {
        const int w = m_windows[r];
        const double y = l.rows.top() + r * rowHeight;
        const double x0 = map(l.rows, first, last, w, 0).x();
        const double x1 = map(l.rows, first, last, w + T - 1, 0).x();
        const double h = std::max(1.0, rowHeight * 0.7);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(span.red(), span.green(), span.blue(), 170));
        painter.drawRect(QRectF(x0, y + (rowHeight - h) / 2, std::max(1.5, x1 - x0), h));
        if (r >= m_labels.size())
            continue;
        painter.setBrush(label);
        const double xl = map(l.rows, first, last, m_labels[r], 0).x();
        painter.drawEllipse(QPointF(xl, y + rowHeight / 2), std::min(2.5, h / 2 + 0.5), std::min(2.5, h / 2 + 0.5));
    }

    // Axes: values beside the detail part, sample numbers under the rows.
    const QLocale locale = this->locale();
    painter.setPen(text);
    const QFontMetricsF fm(font());
    for (double v : {m_min, m_max}) {
        const QPointF p = map(l.detail, first, last, first, v);
        painter.drawText(QRectF(l.detail.left() - yAxisWidth, p.y() - fm.height() / 2, yAxisWidth - 4.0, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'g', 2));
    }
    painter.save();
    painter.translate(l.detail.left() - yAxisWidth + fm.ascent() - 2.0, l.detail.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-l.detail.height() / 2, -fm.ascent(), l.detail.height(), fm.height()),
                     Qt::AlignCenter, tr("value"));
    painter.restore();
    painter.drawText(QRectF(l.rows.left() - yAxisWidth, l.rows.top(), yAxisWidth - 4.0, l.rows.height()),
                     Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, tr("windows"));
    const int ticks = 5;
    for (int k = 0; k < ticks; ++k) {
        const double s = first + (last - first) * k / (ticks - 1);
        const double x = map(l.rows, first, last, s, 0).x();
        painter.drawLine(QPointF(x, l.rows.bottom()), QPointF(x, l.rows.bottom() + 3.0));
        const QString tick = locale.toString(qRound(s));
        const double w = fm.horizontalAdvance(tick) + 4.0;
        const double left = std::clamp(x - w / 2, l.rows.left() - 4.0, l.rows.right() - w + 4.0);
        painter.drawText(QRectF(left, l.rows.bottom() + 3.0, w, fm.height()), Qt::AlignCenter, tick);
    }
    painter.drawText(QRectF(l.rows.left(), l.rows.bottom() + 3.0 + fm.height(), l.rows.width(), fm.height()),
                     Qt::AlignCenter, tr("sample of the training series"));

    // Legend.
    double x = l.legend.left();
    const double lineHeight = fm.height() + 4.0;
    double cy = l.legend.top() + lineHeight / 2;
    auto entry = [&](const QString &name, int kind) {
        if (x > l.legend.left() && x + 20.0 + fm.horizontalAdvance(name) > l.legend.right()) {
            x = l.legend.left();
            cy += lineHeight;
        }
        painter.setPen(Qt::NoPen);
        if (kind == 0) {
            painter.setPen(QPen(text, 1.2));
            painter.drawLine(QPointF(x, cy), QPointF(x + 16.0, cy));
        } else if (kind == 1) {
            painter.setBrush(QColor(span.red(), span.green(), span.blue(), 140));
            painter.drawRect(QRectF(x, cy - 5.0, 16.0, 10.0));
        } else {
            painter.setBrush(label);
            painter.drawEllipse(QPointF(x + 8.0, cy), 3.5, 3.5);
        }
        painter.setPen(text);
        const double w = fm.horizontalAdvance(name);
        painter.drawText(QRectF(x + 20.0, cy - lineHeight / 2, w + 2.0, lineHeight), Qt::AlignVCenter, name);
        x += 20.0 + w + 14.0;
    };
    const QStringList names = legendNames();
    for (int k = 0; k < names.size(); ++k)
        entry(names.at(k), k);
}

QStringList BatchView::legendNames() const
{
    return {tr("training series"), tr("a window of this batch"),
            m_lag > 0 ? tr("its label (the sample %1 steps back)").arg(m_lag) : tr("its label (the next sample)")};
}

void BatchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}

QString BatchView::exportCsv() const
{
    QString csv;
    QTextStream out(&csv);
    out << "row,window,first_sample,last_sample,label_sample,label_value\n";
    const int T = std::max(1, m_timesteps);
    for (int r = 0; r < m_windows.size(); ++r) {
        const int w = m_windows[r];
        const int label = r < m_labels.size() ? m_labels[r] : -1;
        const double value = label >= 0 && label < m_series.size() ? m_series[label].y() : 0.0;
        out << r << ',' << w << ',' << w << ',' << w + T - 1 << ',' << label << ',' << QString::number(value, 'g', 9) << '\n';
    }
    return csv;
}
