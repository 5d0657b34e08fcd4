#include "speedslider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cstdlib>

SpeedSlider::SpeedSlider(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("speedSlider"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_title = new QLabel;
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("speedSliderBar"));
    m_slider->setRange(0, int(delays().size()) - 1);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(130);
    m_slider->setMaximumWidth(180);
    m_value = new QLabel;
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("≤ 1000 steps/s")) + 4);
    m_title->setBuddy(m_slider);
    m_fullSpeed = new QToolButton;
    m_fullSpeed->setObjectName(QStringLiteral("fullSpeedButton"));
    m_fullSpeed->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_fullSpeed, &QToolButton::clicked, this, &SpeedSlider::toggleFullSpeed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_slider);
    layout->addWidget(m_value);
    layout->addWidget(m_fullSpeed);

    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        emit delayChanged(delayMs());
    });
    retranslate();
    updateLabel();
}

QList<int> SpeedSlider::delays()
{
    return {0, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
}

int SpeedSlider::positionFor(int ms)
{
    const QList<int> list = delays();
    int best = 0;
    for (int k = 1; k < list.size(); ++k)
        if (std::abs(list[k] - ms) < std::abs(list[best] - ms))
            best = k;
    return best;
}

QString SpeedSlider::describe(int ms)
{
    if (ms <= 0)
        return tr("full speed");
    if (ms >= 1000)
        return tr("1 step/s");
    return tr("≤ %1 steps/s").arg(qRound(1000.0 / ms));
}

int SpeedSlider::delayMs() const
{
    // Position 0 (left) is the slowest pace, the last entry of delays().
    return delays().value(int(delays().size()) - 1 - m_slider->value(), 0);
}

void SpeedSlider::setDelayMs(int ms)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int(delays().size()) - 1 - positionFor(ms));
    updateLabel();
}

void SpeedSlider::toggleFullSpeed()
{
    if (delayMs() > 0) {
        m_slowerPaceMs = delayMs();
        m_slider->setValue(m_slider->maximum()); // announces delayChanged(0)
    } else {
        m_slider->setValue(int(delays().size()) - 1 - positionFor(m_slowerPaceMs));
    }
}

void SpeedSlider::updateLabel()
{
    m_value->setText(describe(delayMs()));
    m_fullSpeed->setText(delayMs() > 0 ? tr("Full Speed") : tr("Teaching Pace"));
    m_fullSpeed->setToolTip(delayMs() > 0 ? tr("Train as fast as this computer can")
                                          : tr("Back to %1, a pace at which you can watch the network learn")
                                                .arg(describe(m_slowerPaceMs)));
}

void SpeedSlider::retranslate()
{
    m_title->setText(tr("S&peed:"));
    const QString help = tr("The pace of training, from one step (one batch) per second on the left to "
                            "full speed on the right. LSTM Lab starts at a teaching pace of 200 steps a "
                            "second, so you can watch the prediction take shape; slower, you can follow "
                            "the gates step by step.");
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_slider),
                       static_cast<QWidget *>(m_value)})
        w->setToolTip(help);
    setWhatsThis(help);
    updateLabel();
}

void SpeedSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
