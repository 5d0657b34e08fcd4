#include "speedslider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

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
    m_slider->setInvertedAppearance(true); // right is fast, as a speed control reads
    m_slider->setMinimumWidth(110);
    m_slider->setMaximumWidth(160);
    m_value = new QLabel;
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("≤ 100 steps/s")) + 4);
    m_title->setBuddy(m_slider);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_slider);
    layout->addWidget(m_value);

    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        emit delayChanged(delayMs());
    });
    retranslate();
    updateLabel();
}

QList<int> SpeedSlider::delays()
{
    return {0, 10, 30, 100, 250, 500, 1000};
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
    return delays().value(m_slider->value(), 0);
}

void SpeedSlider::setDelayMs(int ms)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(positionFor(ms));
    updateLabel();
}

void SpeedSlider::updateLabel()
{
    m_value->setText(describe(delayMs()));
}

void SpeedSlider::retranslate()
{
    m_title->setText(tr("S&peed:"));
    const QString help = tr("Slow motion: how fast training runs, from full speed down to one step "
                            "(one batch) per second, so you can watch the gates change step by step.");
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
