#include "tracewindowpicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>

TraceWindowPicker::TraceWindowPicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("traceWindowPicker"));
    m_title = new QLabel;
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("traceWindowSlider"));
    m_title->setBuddy(m_slider);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("traceWindowLabel"));
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(
        QStringLiteral("#000 of 000 · x 000.00 – 000.00")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_position);

    connect(m_slider, &QSlider::valueChanged, this, [this](int window) {
        updateLabel();
        emit windowChanged(window);
    });
    retranslateUi();
}

void TraceWindowPicker::setWindowCount(int windows, int timesteps)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(1, windows) - 1);
    m_slider->setPageStep(std::max(1, timesteps));
    updateLabel();
}

int TraceWindowPicker::windowCount() const
{
    return m_slider->maximum() + 1;
}

int TraceWindowPicker::window() const
{
    return m_slider->value();
}

void TraceWindowPicker::setWindow(int window)
{
    m_slider->setValue(window);
}

void TraceWindowPicker::setSpan(double from, double to)
{
    m_from = from;
    m_to = to;
    updateLabel();
}

void TraceWindowPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TraceWindowPicker::retranslateUi()
{
    m_title->setText(tr("Gates of input window:"));
    m_slider->setToolTip(
        tr("Which test window the gate panels below show. Its input samples are shaded on the "
           "prediction chart; the network's answer for it is the next point of the red curve."));
    m_title->setToolTip(m_slider->toolTip());
    updateLabel();
}

void TraceWindowPicker::updateLabel()
{
    m_position->setText(tr("#%1 of %2 · x %3 – %4")
                            .arg(m_slider->value())
                            .arg(windowCount())
                            .arg(m_from, 0, 'f', 2)
                            .arg(m_to, 0, 'f', 2));
}
