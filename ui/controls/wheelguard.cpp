#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWheelEvent>
#include <QWidget>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

WheelGuard *WheelGuard::instance()
{
    // One filter for the whole application, owned by it.
    static WheelGuard *guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

void WheelGuard::guardChildren(QWidget *container)
{
    QList<QWidget *> boxes;
    for (QAbstractSpinBox *box : container->findChildren<QAbstractSpinBox *>())
        boxes.append(box);
    for (QComboBox *box : container->findChildren<QComboBox *>())
        boxes.append(box);
    if (qobject_cast<QAbstractSpinBox *>(container) || qobject_cast<QComboBox *>(container))
        boxes.append(container);
    for (QWidget *box : boxes) {
        // The wheel alone no longer gives focus (Qt::WheelFocus would), so it cannot slip in.
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(instance());
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Not for the box: to the scroll area around it (found here rather than left to
            // Qt's propagation, which skips wheel events that were sent, not spontaneous).
            QWidget *area = widget->parentWidget();
            while (area && !qobject_cast<QAbstractScrollArea *>(area))
                area = area->parentWidget();
            if (area) {
                QWidget *viewport = static_cast<QAbstractScrollArea *>(area)->viewport();
                const auto *wheel = static_cast<QWheelEvent *>(event);
                QWheelEvent forwarded(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                                      wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                                      wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
                QCoreApplication::sendEvent(viewport, &forwarded);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
