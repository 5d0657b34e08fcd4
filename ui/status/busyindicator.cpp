#include "busyindicator.h"

#include "trainingcontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

BusyIndicator::BusyIndicator(TrainingController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("busyIndicator"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("busyText"));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // no end known: the moving bar
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(60);
    m_bar->setMaximumHeight(12);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    hide();

    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &BusyIndicator::poll);
    m_timer->start();
    connect(controller, &TrainingController::snapshotReady, this, &BusyIndicator::onSnapshot);
}

QString BusyIndicator::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void BusyIndicator::onSnapshot(const TrainingSnapshot &snapshot)
{
    if (snapshot.building) {
        m_building = true;
        m_buildingGeneration = snapshot.generation;
        m_buildingModel = snapshot.model;
    } else if (snapshot.generation >= m_buildingGeneration) {
        m_building = false;
    }
    poll();
}

void BusyIndicator::poll()
{
    const TrainingActivity activity = m_controller->activity();
    const bool busy = activity.kind != TrainingActivity::Kind::None && activity.elapsedMs >= showAfterMs;
    QString text;
    if (m_building)
        text = tr("Building a new network: %1 units × %2 layers × %3 time steps…")
                   .arg(m_buildingModel.units)
                   .arg(m_buildingModel.layers)
                   .arg(m_buildingModel.timesteps);
    if (busy) {
        const QString doing = activityText(activity);
        text = text.isEmpty() ? doing.left(1).toUpper() + doing.mid(1) : tr("%1 (%2)").arg(text, doing);
    }
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(text);
    show();
}

QString BusyIndicator::activityText(const TrainingActivity &activity) const
{
    const QString seconds = tr("%1 s").arg(activity.elapsedMs / 1000);
    switch (activity.kind) {
    case TrainingActivity::Kind::Building:
        return tr("building the network and its buffers, %1").arg(seconds);
    case TrainingActivity::Kind::Step:
        if (activity.step <= 1)
            return tr("taking the first step, %1").arg(seconds);
        return tr("taking step %1, %2").arg(activity.step).arg(seconds);
    case TrainingActivity::Kind::EpochEnd:
        return tr("taking step %1 and evaluating the test set at the end of the epoch, %2")
            .arg(activity.step)
            .arg(seconds);
    case TrainingActivity::Kind::Evaluating:
        return tr("evaluating the test set for the prediction chart, %1").arg(seconds);
    case TrainingActivity::Kind::Tracing:
        return tr("tracing the gates for the gate panels, %1").arg(seconds);
    case TrainingActivity::Kind::RunningFree:
        return tr("running the network on its own predictions, %1").arg(seconds);
    case TrainingActivity::Kind::None:
        break;
    }
    return QString();
}

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        poll();
    QWidget::changeEvent(event);
}
