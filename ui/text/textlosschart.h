#pragma once

// The text task's loss in bits per character: the training batches' cross-entropy at every
// step, the validation figure (23) at every epoch's end, and the text's unigram entropy as a
// dashed line, the score of a model that ignores context: the network has learnt something
// once its curves go below it. A linear axis from 0: bits per character are comparable
// between texts and models, and halving them is visible as such. Long histories are drawn
// bucketed (LossChart::downsample).

#include "textsnapshot.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

class TextLossChart : public QChartView
{
    Q_OBJECT

public:
    explicit TextLossChart(QWidget *parent = nullptr);

    void updateSnapshot(const TextSnapshot &snapshot);
    void clearHistory();

    QLineSeries *trainSeries() const { return m_train; }
    QLineSeries *validationSeries() const { return m_validation; }
    QLineSeries *baselineSeries() const { return m_baseline; }
    QValueAxis *yAxis() const { return m_axisY; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineSeries *m_train = nullptr;
    QLineSeries *m_validation = nullptr;
    QScatterSeries *m_validationPoints = nullptr;
    QLineSeries *m_baseline = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};
