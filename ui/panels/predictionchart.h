#pragma once

// The seed's picture, live: the network's prediction for every test window in red against the
// real signal (the seed's sine, another wave, or a learner's series) dashed green. Optionally the network's free run (its own outputs fed back as
// input, past the end of the test data), and the input window whose gates are traced, drawn
// as a shaded band.

#include "exportablepanel.h"
#include "runcurve.h"
#include "trainingsnapshot.h"

#include <QChartView>
#include <QVector>

class QAreaSeries;
class QLineSeries;
class QValueAxis;

class PredictionChart : public QChartView, public ExportablePanel
{
    Q_OBJECT

public:
    explicit PredictionChart(QWidget *parent = nullptr);

    void updateSnapshot(const TrainingSnapshot &snapshot);
    // Other runs' predictions drawn over this one's (RunListPanel::curves()), each in its
    // colour and named in the legend; mainName, when not empty, names this chart's own.
    void setRuns(const QString &mainName, const QVector<RunCurve> &runs);
    QList<QLineSeries *> runSeries() const { return m_runPredicted; }

    // What the real curve is, for its legend entry "real <name>" ("sin(x)" by default).
    void setSignalName(const QString &name);
    // The echo task (lag > 0) labels a window with the sample lag steps back, not the next
    // one: the title and tooltip say so. 0, the default: the next sample.
    void setEchoLag(int lag);
    QString signalName() const { return m_signalName; }

    // Whether the free-run curve is drawn (the snapshot carries it when the worker runs free).
    void setFreeRunShown(bool shown);
    bool freeRunShown() const { return m_freeRunShown; }

    // The test window whose gates are traced: its T input samples are shaded.
    void setSelectedWindow(int window, int timesteps);
    int selectedWindow() const { return m_window; }
    // The x range the band covers (first and last input sample of the window).
    QPair<double, double> selectedRange() const;

    // The seed's colours, for the export tests.
    static QColor predictionColor();
    static QColor realColor();
    static QColor freeRunColor();

    QLineSeries *predictedSeries() const { return m_predicted; }
    QLineSeries *realSeries() const { return m_real; }
    QLineSeries *freeRunSeries() const { return m_freeRun; }

    QString exportName() const override { return QStringLiteral("prediction"); }
    QString exportTitle() const override { return tr("Prediction"); }
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text, in the current language (from the constructor and on a language change).
    void retranslateUi();
    double sampleX(int index) const;   // x of test sample `index` (the series, not the labels)
    void updateBand();
    void updateXAxis();
    void fitYTicks();

    QLineSeries *m_real = nullptr;
    QLineSeries *m_predicted = nullptr;
    QLineSeries *m_freeRun = nullptr;
    QList<QLineSeries *> m_runPredicted; // setRuns()
    QString m_mainName;
    QLineSeries *m_bandTop = nullptr;
    QLineSeries *m_bandBottom = nullptr;
    QAreaSeries *m_band = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;

    QVector<QPointF> m_realPoints;
    QVector<QPointF> m_predictedPoints;
    QVector<QPointF> m_freeRunPoints;
    bool m_freeRunShown = false;
    QString m_signalName = QStringLiteral("sin(x)");
    int m_echoLag = 0;
    int m_window = 0;
    int m_timesteps = 20;       // width of the band
    int m_dataTimesteps = 20;   // T of the data in m_realPoints
};
