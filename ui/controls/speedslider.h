#pragma once

// Slow motion for training: a slider from full speed down to one step per second, as a
// pause the worker takes between steps (TrainingController::setStepDelayMs). The positions
// are fixed delays, so a stored value snaps to the nearest one.

#include <QList>
#include <QWidget>

class QLabel;
class QSlider;

class SpeedSlider : public QWidget
{
    Q_OBJECT

public:
    explicit SpeedSlider(QWidget *parent = nullptr);

    // The delays the positions stand for, in ms: 0 (full speed) ... 1000 (1 step/s).
    static QList<int> delays();
    // The position whose delay is closest to ms.
    static int positionFor(int ms);
    // "full speed", "≤ 10 steps/s", "1 step/s".
    static QString describe(int ms);

    int delayMs() const;
    // Moves the slider (snapping) without emitting delayChanged().
    void setDelayMs(int ms);

    QSlider *slider() const { return m_slider; }
    QLabel *valueLabel() const { return m_value; }

signals:
    void delayChanged(int ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLabel();

    QLabel *m_title = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_value = nullptr;
};
