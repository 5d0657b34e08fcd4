#pragma once

// Runs to compare: every run is kept in a list (its settings, thinned loss history, final test
// MSE and test prediction, lstmlab::RunRecord) when it finishes and when a new network replaces
// one that trained (Reset, new settings, a session opened), the runs trained side by side
// included. Ticking runs overlays them on the loss and prediction charts, beside the run being
// trained and its side runs, each in its own colour, the legend naming what differs
// (differences()). "Train Side by Side…" asks the window for the dialog. The list is saved in
// the session (setRecords() on opening). The comparison exports as CSV (every shown run's
// epochs) and as the loss chart's picture with the runs on it.

#include "exportablepanel.h"
#include "runcurve.h"
#include "runrecord.h"
#include "trainingsnapshot.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

class RunListPanel : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    explicit RunListPanel(QWidget *parent = nullptr);

    // Every snapshot the charts draw: the live runs, and the moment a run ends in the list.
    void takeSnapshot(const TrainingSnapshot &snapshot);
    // What the live run learns, as the window names it; kept with each run.
    void setSignalName(const QString &name);

    const std::vector<lstmlab::RunRecord> &records() const { return m_records; }
    // A session's list, in place of the present one; none ticked.
    void setRecords(std::vector<lstmlab::RunRecord> records);
    int count() const { return int(m_records.size()); }
    bool isChecked(int index) const;
    void setChecked(int index, bool checked);
    void removeRun(int index);
    // The note on the runs training now (empty when none is): they join the list when they end.
    QString liveNote() const;

    // What the charts draw: the main run's legend name (empty when it is alone) and the others.
    QString mainName() const { return m_mainName; }
    const QVector<RunCurve> &curves() const { return m_curves; }

    // For every run, what sets it apart from the others (cell, units, layers, time steps, forget
    // bias, seed, learning rate, batch size, dropout, clipping, signal): "plain RNN", "LSTM,
    // seed 2"; "run k" when nothing does; a number added where two are alike.
    static QStringList differences(const std::vector<lstmlab::RunRecord> &runs);
    static QString cellDisplayName(lstmlab::RecurrentCell cell);
    // One line of a run's settings: "LSTM, 2 × 20 units, 20 time steps, seed 1".
    static QString settingsText(const lstmlab::RunRecord &run);
    // The overlay colours, k from 0: none is the main run's blue, orange, red or green.
    static QColor colour(int k);
    // A run as the list keeps it.
    static lstmlab::RunRecord recordOf(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                                       const QString &signal, qint64 step, double testMse, bool diverged,
                                       const lstmlab::LossHistory &loss, const QVector<QPointF> &testHistory,
                                       const QVector<QPointF> &predicted);

    // Export: the loss chart with the runs on it (setExportView()), and comparison.csv:
    // run,name,step,train_loss,test_mse with one row per epoch of every run shown.
    void setExportView(QWidget *view) { m_exportView = view; }
    QString exportName() const override { return QStringLiteral("comparison"); }
    QString exportTitle() const override { return tr("Runs compared"); }
    QWidget *exportWidget() override { return m_exportView ? m_exportView : this; }
    QString exportCsv() const override;

signals:
    void curvesChanged();
    void recordsChanged();          // a run kept or removed, a session's list taken
    void sideBySideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void keep(const lstmlab::RunRecord &record, quint64 generation, int index);
    void keepLive();
    void rebuildList();
    void updateCurves();
    void updateLiveNote();

    QLabel *m_note = nullptr;
    QLabel *m_liveNote = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_sideBySide = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_exportView = nullptr;

    std::vector<lstmlab::RunRecord> m_records;
    struct Origin {
        quint64 generation = 0; // of the snapshots it came from; 0: from a session
        int index = 0;          // 0 the main run, k the k-th side run
        bool checked = false;
    };
    std::vector<Origin> m_origins; // one per record

    // The main run and its side runs as last seen (the snapshot's histories, shared), made into
    // records only when they are kept or drawn: a lone run costs the window nothing here.
    std::vector<lstmlab::RunRecord> liveRecords() const;
    int liveCount() const;
    TrainingSnapshot m_live;
    bool m_hasLive = false;
    QString m_liveSignal;
    quint64 m_liveGeneration = 0;
    QString m_signalName = QStringLiteral("sin(x)");
    QString m_mainName;
    QVector<RunCurve> m_curves;
    bool m_filling = false; // rebuildList() sets the check boxes
};
