#pragma once

// The pace of training: a slider from one step per second (left) to full speed (right), as the
// least time between two steps (TrainingController::setStepDelayMs), and a button that switches
// between full speed and the teaching pace. The positions are fixed paces, so a stored value
// snaps to the nearest one. Keys move as the slider looks: Right and End go faster.

#include <QList>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

class SpeedSlider : public QWidget
{
    Q_OBJECT

public:
    explicit SpeedSlider(QWidget *parent = nullptr);

    // The paces the positions stand for, as ms between steps, ascending: 0 (full speed) ...
    // 1000 (1 step/s). Position 0 (left) is the slowest.
    static QList<int> delays();
    // The pace a learner first sees: 200 steps a second, at which the seed's 50 epochs take
    // about 40 s and the prediction visibly takes shape.
    static constexpr int teachingPaceMs = 5;
    // The position whose delay is closest to ms.
    static int positionFor(int ms);
    // "full speed", "≤ 10 steps/s", "1 step/s".
    static QString describe(int ms);

    int delayMs() const;
    // Moves the slider (snapping) without emitting delayChanged().
    void setDelayMs(int ms);

    QSlider *slider() const { return m_slider; }
    QLabel *valueLabel() const { return m_value; }
    // Full speed, or back to the teaching pace (or the pace chosen before) when at full speed.
    QToolButton *fullSpeedButton() const { return m_fullSpeed; }

signals:
    void delayChanged(int ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLabel();
    void toggleFullSpeed();

    QLabel *m_title = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_value = nullptr;
    QToolButton *m_fullSpeed = nullptr;
    int m_slowerPaceMs = teachingPaceMs; // where the button returns to from full speed
};
