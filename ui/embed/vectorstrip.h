#pragma once

// One vector drawn as a row of bars (up for positive, down for negative, scaled to the largest
// magnitude), optionally cut into named sections (the gates i, f, g, o of an LSTM's input
// weights); hovering a bar names its index and value.

#include <QStringList>
#include <QWidget>

#include <vector>

class VectorStrip : public QWidget
{
    Q_OBJECT

public:
    explicit VectorStrip(QWidget *parent = nullptr);

    // sections: names of equal parts of the vector (empty: one part).
    void setValues(std::vector<float> values, const QStringList &sections = {});
    const std::vector<float> &values() const { return m_values; }
    QString toolTipAt(const QPoint &position) const;

    QSize sizeHint() const override { return {360, 64}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int indexAt(const QPoint &position) const;

    std::vector<float> m_values;
    QStringList m_sections;
};
