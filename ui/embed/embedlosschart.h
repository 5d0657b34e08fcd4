#pragma once

// The embedding task's loss: the mean of the skip-gram loss (25) over each stretch of
// training, against the epochs done. Series are updated with replace() (STYLE.md).

#include "embedsnapshot.h"
#include "exportablepanel.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

class EmbedLossChart : public QChartView, public ExportablePanel
{
    Q_OBJECT

public:
    explicit EmbedLossChart(QWidget *parent = nullptr);

    void setSnapshot(const EmbedSnapshot &snapshot);
    void clearHistory();
    int pointCount() const;

    QString exportName() const override { return QStringLiteral("embedding-loss"); }
    QString exportTitle() const override;
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineSeries *m_series = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<EmbedLossPoint> m_points;
};
