#pragma once

// Keeps the mouse wheel from changing a value the learner did not pick: over a spin box or
// combo box without keyboard focus, the wheel scrolls the dock around it instead (one notch
// while scrolling used to change num_units and throw away the trained network). Click or Tab
// into the box first, and the wheel changes it as usual.

#include <QObject>

class QWidget;

class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every spin box and combo box inside container (and container itself if it is one).
    static void guardChildren(QWidget *container);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static WheelGuard *instance();
};
