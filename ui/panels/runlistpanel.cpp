#include "runlistpanel.h"

#include "losschart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

using lstmlab::RunRecord;

namespace {

std::vector<lstmlab::RunPoint> runPoints(const QVector<QPointF> &points, std::size_t maxPoints)
{
    std::vector<lstmlab::RunPoint> out;
    const qsizetype first = std::max<qsizetype>(0, points.size() - qsizetype(maxPoints));
    out.reserve(std::size_t(points.size() - first));
    for (qsizetype i = first; i < points.size(); ++i)
        if (std::isfinite(points[i].x()) && std::isfinite(points[i].y()))
            out.push_back({points[i].x(), points[i].y()});
    return out;
}

// At most maxPoints, every k-th point of a longer list (the test windows of a long series).
QVector<QPointF> thinned(const QVector<QPointF> &points, std::size_t maxPoints)
{
    if (std::size_t(points.size()) <= maxPoints)
        return points;
    const qsizetype stride = (points.size() + qsizetype(maxPoints) - 1) / qsizetype(maxPoints);
    QVector<QPointF> out;
    for (qsizetype i = 0; i < points.size(); i += stride)
        out.append(points[i]);
    return out;
}

QVector<QPointF> qtPoints(const std::vector<lstmlab::RunPoint> &points)
{
    QVector<QPointF> out;
    out.reserve(qsizetype(points.size()));
    for (const lstmlab::RunPoint &p : points)
        out.append(QPointF(p.x, p.y));
    return out;
}

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

RunListPanel::RunListPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runListPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_liveNote = new QLabel;
    m_liveNote->setObjectName(QStringLiteral("liveRunsNote"));
    m_liveNote->setWordWrap(true);
    m_liveNote->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #b7cde6; padding: 4px; }"));
    m_liveNote->hide();
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("runList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *buttons = new QHBoxLayout;
    m_sideBySide = new QPushButton;
    m_sideBySide->setObjectName(QStringLiteral("sideBySideButton"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("removeRunButton"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_sideBySide);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    layout->addWidget(m_note);
    layout->addWidget(m_liveNote);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_sideBySide, &QPushButton::clicked, this, &RunListPanel::sideBySideRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_list->currentRow(); row >= 0)
            removeRun(row);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const int row = m_list->row(item);
        if (row < 0 || row >= count())
            return;
        const bool checked = item->checkState() == Qt::Checked;
        if (m_origins[std::size_t(row)].checked == checked)
            return;
        m_origins[std::size_t(row)].checked = checked;
        updateCurves();
    });
    retranslateUi();
}

RunRecord RunListPanel::recordOf(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                                 const QString &signal, qint64 step, double testMse, bool diverged,
                                 const lstmlab::LossHistory &loss, const QVector<QPointF> &testHistory,
                                 const QVector<QPointF> &predicted)
{
    RunRecord record;
    record.model = model;
    record.train = train;
    record.signal = signal.toStdString().substr(0, RunRecord::maxSignalBytes);
    record.steps = step;
    record.finalTestMse = std::isfinite(testMse) ? testMse : -1.0;
    record.diverged = diverged;
    record.loss = runPoints(LossChart::downsample(loss, int(RunRecord::maxLossPoints)), RunRecord::maxLossPoints);
    record.testMse = runPoints(testHistory, RunRecord::maxTestPoints);
    record.prediction = runPoints(thinned(predicted, RunRecord::maxPredictionPoints), RunRecord::maxPredictionPoints);
    return record;
}

void RunListPanel::takeSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.generation != m_liveGeneration) {
        keepLive(); // the network that trained until now ends in the list
        m_hasLive = false;
        m_liveGeneration = snapshot.generation;
        m_liveSignal = m_signalName;
        if (!m_curves.isEmpty() || !m_mainName.isEmpty())
            updateCurves(); // the replaced runs leave the charts
    }
    if (snapshot.building) {
        updateLiveNote();
        return;
    }
    // What a record needs, shared with the snapshot; the rest (gate traces, series) left out.
    m_live = TrainingSnapshot();
    m_live.state = snapshot.state;
    m_live.model = snapshot.model;
    m_live.train = snapshot.train;
    m_live.generation = snapshot.generation;
    m_live.step = snapshot.step;
    m_live.testMse = snapshot.testMse;
    m_live.trainLossHistory = snapshot.trainLossHistory;
    m_live.testMseHistory = snapshot.testMseHistory;
    m_live.predictedTest = snapshot.predictedTest;
    m_live.sideRuns = snapshot.sideRuns;
    m_hasLive = true;
    if (snapshot.state == TrainingSnapshot::State::Finished)
        keepLive();
    updateLiveNote();
    // A lone run with nothing ticked draws nothing over the charts: no work while it trains.
    const bool drawn = !snapshot.sideRuns.isEmpty()
        || std::any_of(m_origins.begin(), m_origins.end(), [](const Origin &o) { return o.checked; });
    if (drawn || !m_curves.isEmpty() || !m_mainName.isEmpty())
        updateCurves();
}

int RunListPanel::liveCount() const
{
    return m_hasLive ? 1 + int(m_live.sideRuns.size()) : 0;
}

std::vector<RunRecord> RunListPanel::liveRecords() const
{
    std::vector<RunRecord> live;
    if (!m_hasLive)
        return live;
    const TrainingSnapshot &s = m_live;
    live.push_back(recordOf(s.model, s.train, m_liveSignal, s.step, s.testMse, s.state == TrainingSnapshot::State::Diverged,
                            s.trainLossHistory, s.testMseHistory, s.predictedTest));
    for (const SideRunSnapshot &side : s.sideRuns)
        live.push_back(recordOf(side.model, side.train, m_liveSignal, side.step, side.testMse, side.diverged,
                                side.trainLossHistory, side.testMseHistory, side.predictedTest));
    return live;
}

// While a network trains it is not in the list yet: the note above the list names it (or the
// runs trained side by side, by what sets them apart) and says when it will join.
void RunListPanel::updateLiveNote()
{
    QString text;
    const bool training = m_hasLive && m_live.step > 0 && m_live.state != TrainingSnapshot::State::Finished
                          && m_live.state != TrainingSnapshot::State::Diverged;
    if (training) {
        std::vector<RunRecord> live(1);
        live[0].model = m_live.model;
        live[0].train = m_live.train;
        for (const SideRunSnapshot &side : m_live.sideRuns) {
            live.emplace_back();
            live.back().model = side.model;
            live.back().train = side.train;
        }
        text = live.size() == 1
            ? tr("Training now: %1. It joins the list when it finishes or a new network replaces it.")
                  .arg(settingsText(live[0]))
            : tr("Training now, side by side: %1. They join the list when they finish or new networks "
                 "replace them.")
                  .arg(differences(live).join(QStringLiteral(" · ")));
    }
    if (m_liveNote->text() != text)
        m_liveNote->setText(text);
    m_liveNote->setVisible(!text.isEmpty());
}

QString RunListPanel::liveNote() const
{
    return m_liveNote->isVisibleTo(this) ? m_liveNote->text() : QString();
}

void RunListPanel::setSignalName(const QString &name)
{
    m_signalName = name;
    // A run that has not trained yet learns the new signal.
    if (!m_hasLive || m_live.step == 0)
        m_liveSignal = name;
}

// Every live run that trained is kept, or its record brought up to date (a finished run that
// went on training after its epochs were raised).
void RunListPanel::keepLive()
{
    const std::vector<RunRecord> live = liveRecords();
    for (std::size_t k = 0; k < live.size(); ++k)
        if (live[k].steps > 0)
            keep(live[k], m_liveGeneration, int(k));
}

void RunListPanel::keep(const RunRecord &record, quint64 generation, int index)
{
    for (std::size_t r = 0; r < m_records.size(); ++r)
        if (m_origins[r].generation == generation && generation != 0 && m_origins[r].index == index) {
            if (m_records[r] == record)
                return;
            m_records[r] = record;
            rebuildList();
            emit recordsChanged();
            return;
        }
    m_records.push_back(record);
    m_origins.push_back({generation, index, false});
    while (m_records.size() > RunRecord::maxRecords) {
        m_records.erase(m_records.begin());
        m_origins.erase(m_origins.begin());
    }
    rebuildList();
    emit recordsChanged();
}

void RunListPanel::setRecords(std::vector<RunRecord> records)
{
    if (records.size() > RunRecord::maxRecords)
        records.erase(records.begin(), records.end() - std::ptrdiff_t(RunRecord::maxRecords));
    m_records = std::move(records);
    m_origins.assign(m_records.size(), Origin{});
    rebuildList();
    updateCurves();
    emit recordsChanged();
}

bool RunListPanel::isChecked(int index) const
{
    return index >= 0 && index < count() && m_origins[std::size_t(index)].checked;
}

void RunListPanel::setChecked(int index, bool checked)
{
    if (index < 0 || index >= count())
        return;
    m_list->item(index)->setCheckState(checked ? Qt::Checked : Qt::Unchecked); // itemChanged does the rest
}

void RunListPanel::removeRun(int index)
{
    if (index < 0 || index >= count())
        return;
    m_records.erase(m_records.begin() + index);
    m_origins.erase(m_origins.begin() + index);
    rebuildList();
    updateCurves();
    emit recordsChanged();
}

void RunListPanel::rebuildList()
{
    m_filling = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (std::size_t r = 0; r < m_records.size(); ++r) {
        const RunRecord &run = m_records[r];
        const QString result = run.diverged ? tr("diverged")
            : run.finalTestMse < 0      ? tr("no epoch completed")
                                        : tr("test MSE %1").arg(number(run.finalTestMse));
        auto *item = new QListWidgetItem(tr("%1. %2\n%3 · %L4 steps · %5")
                                             .arg(r + 1)
                                             .arg(settingsText(run), QString::fromStdString(run.signal))
                                             .arg(qlonglong(run.steps))
                                             .arg(result));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_origins[r].checked ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::DecorationRole, QVariant());
        m_list->addItem(item);
    }
    m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    m_remove->setEnabled(m_list->currentRow() >= 0);
    m_filling = false;
}

// The live runs first (the main run, then its side runs), then the ticked ones that are not
// live any more; names from what differs among all of them, colours in that order.
void RunListPanel::updateCurves()
{
    std::vector<RunRecord> shown = liveRecords();
    for (std::size_t r = 0; r < m_records.size(); ++r)
        if (m_origins[r].checked && (m_origins[r].generation != m_liveGeneration || m_origins[r].generation == 0))
            shown.push_back(m_records[r]);
    QVector<RunCurve> curves;
    QString mainName;
    if (shown.size() > 1 || (!m_hasLive && !shown.empty())) {
        const QStringList names = differences(shown);
        const bool mainLive = m_hasLive;
        mainName = mainLive ? names.front() : QString();
        for (std::size_t k = mainLive ? 1 : 0; k < shown.size(); ++k) {
            RunCurve curve;
            curve.name = names[qsizetype(k)];
            curve.color = colour(int(curves.size()));
            curve.loss = qtPoints(shown[k].loss);
            curve.testMse = qtPoints(shown[k].testMse);
            curve.predicted = qtPoints(shown[k].prediction);
            curves.append(curve);
        }
    }
    m_mainName = mainName;
    m_curves = curves;
    // Each list entry wears its colour while it is drawn.
    m_filling = true;
    int k = std::max(0, liveCount() - 1);
    for (std::size_t r = 0; r < m_records.size() && r < std::size_t(m_list->count()); ++r) {
        const bool drawn = !curves.isEmpty() && m_origins[r].checked
                           && (m_origins[r].generation != m_liveGeneration || m_origins[r].generation == 0);
        m_list->item(int(r))->setData(Qt::DecorationRole, drawn ? QVariant(colour(k++)) : QVariant());
    }
    m_filling = false;
    emit curvesChanged();
}

QString RunListPanel::cellDisplayName(lstmlab::RecurrentCell cell)
{
    switch (cell) {
    case lstmlab::RecurrentCell::Rnn:
        return tr("plain RNN");
    case lstmlab::RecurrentCell::Gru:
        return tr("GRU");
    case lstmlab::RecurrentCell::Lstm:
        break;
    }
    return tr("LSTM");
}

QString RunListPanel::settingsText(const RunRecord &run)
{
    QString text = tr("%1, %2 × %3 units, %4 time steps, seed %5")
                       .arg(cellDisplayName(run.model.cell))
                       .arg(run.model.layers)
                       .arg(run.model.units)
                       .arg(run.model.timesteps)
                       .arg(run.train.seed);
    if (run.model.forgetBias != 0.0)
        text += tr(", forget bias %1").arg(number(run.model.forgetBias));
    return text;
}

QStringList RunListPanel::differences(const std::vector<RunRecord> &runs)
{
    QStringList names;
    if (runs.empty())
        return names;
    // One item per setting that is not the same in every run.
    const auto differs = [&runs](auto field) {
        return std::any_of(runs.begin(), runs.end(), [&](const RunRecord &r) { return field(r) != field(runs.front()); });
    };
    const bool cell = differs([](const RunRecord &r) { return int(r.model.cell); });
    const bool units = differs([](const RunRecord &r) { return r.model.units; });
    const bool layers = differs([](const RunRecord &r) { return r.model.layers; });
    const bool timesteps = differs([](const RunRecord &r) { return r.model.timesteps; });
    const bool forgetBias = differs([](const RunRecord &r) { return r.model.forgetBias; });
    const bool dropout = differs([](const RunRecord &r) { return r.model.dropout; });
    const bool seed = differs([](const RunRecord &r) { return r.train.seed; });
    const bool rate = differs([](const RunRecord &r) { return r.train.learningRate; });
    const bool batch = differs([](const RunRecord &r) { return r.train.batchSize; });
    const bool clip = differs([](const RunRecord &r) { return r.train.clipNorm; });
    const bool signal = differs([](const RunRecord &r) { return r.signal; });
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const RunRecord &r = runs[k];
        QStringList items;
        if (cell)
            items << cellDisplayName(r.model.cell);
        if (units)
            items << tr("%1 units").arg(r.model.units);
        if (layers)
            items << tr("%n layer(s)", nullptr, r.model.layers);
        if (timesteps)
            items << tr("%1 time steps").arg(r.model.timesteps);
        if (forgetBias)
            items << tr("forget bias %1").arg(number(r.model.forgetBias));
        if (dropout)
            items << tr("dropout %1").arg(number(r.model.dropout));
        if (seed)
            items << tr("seed %1").arg(r.train.seed);
        if (rate)
            items << tr("learning rate %1").arg(number(r.train.learningRate));
        if (batch)
            items << tr("batch %1").arg(r.train.batchSize);
        if (clip)
            items << (r.train.clipNorm > 0 ? tr("clip %1").arg(number(r.train.clipNorm)) : tr("no clipping"));
        if (signal)
            items << QString::fromStdString(r.signal);
        names << (items.isEmpty() ? tr("run %1").arg(k + 1) : items.join(QStringLiteral(", ")));
    }
    // Alike runs (the same settings twice) are told apart by their place.
    for (qsizetype k = 0; k < names.size(); ++k)
        if (names.count(names[k]) > 1) {
            const QString name = names[k];
            for (qsizetype j = k, n = 1; j < names.size(); ++j)
                if (names[j] == name)
                    names[j] = tr("%1 (%2)").arg(name).arg(n++);
        }
    return names;
}

QColor RunListPanel::colour(int k)
{
    static const QColor colours[] = {
        QColor(0x17, 0xbe, 0xcf), // teal
        QColor(0x94, 0x67, 0xbd), // violet
        QColor(0x8c, 0x56, 0x4b), // brown
        QColor(0xe3, 0x77, 0xc2), // pink
        QColor(0x7f, 0x7f, 0x7f), // grey
        QColor(0xbc, 0xbd, 0x22), // olive
        QColor(0x39, 0x3b, 0x79), // navy
        QColor(0x00, 0x00, 0x00), // black
    };
    constexpr int n = int(sizeof colours / sizeof colours[0]);
    return colours[((k % n) + n) % n];
}

QString RunListPanel::exportCsv() const
{
    // Every run shown (the main one first), one row per epoch, as the headless comparison.csv.
    QString csv = QStringLiteral("run,name,step,train_loss,test_mse\n");
    std::vector<RunRecord> shown = liveRecords();
    for (std::size_t r = 0; r < m_records.size(); ++r)
        if (m_origins[r].checked && (m_origins[r].generation != m_liveGeneration || m_origins[r].generation == 0))
            shown.push_back(m_records[r]);
    const QStringList names = differences(shown);
    for (std::size_t k = 0; k < shown.size(); ++k) {
        QString name = names[qsizetype(k)];
        name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const RunRecord &run = shown[k];
        for (const lstmlab::RunPoint &epoch : run.testMse) {
            // The train loss drawn nearest before the epoch's end.
            double loss = std::nan("");
            for (const lstmlab::RunPoint &p : run.loss)
                if (p.x <= epoch.x)
                    loss = p.y;
            csv += QStringLiteral("%1,\"%2\",%3,%4,%5\n")
                       .arg(k + 1)
                       .arg(name)
                       .arg(qlonglong(std::llround(epoch.x)))
                       .arg(std::isnan(loss) ? QString() : QString::number(loss, 'g', 9))
                       .arg(QString::number(epoch.y, 'g', 9));
        }
    }
    return csv;
}

void RunListPanel::retranslateUi()
{
    m_note->setText(tr("Every run that trained is kept here. Tick runs to draw them on the loss and "
                       "prediction charts; the legend names what sets each apart."));
    m_sideBySide->setText(tr("Train Side by Side…"));
    m_sideBySide->setToolTip(tr("Train two or three networks that differ in a setting (the cell, the seed, the "
                                "forget bias…) on the same data, one step of each in turn"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected run from the list"));
    m_list->setToolTip(tr("Kept runs: tick one to draw it on the charts"));
    setToolTip(tr("Runs kept for comparison"));
    setWhatsThis(tr("<p><b>Runs</b>: every run that trained is kept here with its settings, loss curve, "
                    "final test MSE and prediction, and saved in the session. Tick a run to draw it on "
                    "the loss and prediction charts beside the present one. <b>Train Side by Side…</b> "
                    "trains two or three networks that differ in one setting on the same data, one "
                    "step of each in turn.</p>"));
    m_liveNote->setToolTip(tr("The runs training now are drawn on the charts already; the list keeps them "
                              "once they end"));
    updateLiveNote();
    rebuildList();
    updateCurves();
}

void RunListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
