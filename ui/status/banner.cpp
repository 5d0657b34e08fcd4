#include "banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_action = new QPushButton(this);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(m_newsTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &Banner::dismiss);
    connect(m_close, &QToolButton::clicked, this, &Banner::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] {
        dismiss();
        emit actionTriggered();
    });
    hide();
    retranslateUi();
}

void Banner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    const bool error = kind == Kind::Error;
    setStyleSheet(error ? QStringLiteral("#banner { background: #fde2e1; border: 1px solid #d9534f; }"
                                         " QLabel { color: #5a1412; }")
                        : QStringLiteral("#banner { background: #e3effc; border: 1px solid #5b8fd6; }"
                                         " QLabel { color: #13325a; }"));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
    // Errors stay until dismissed or acted on; news goes away by itself.
    // News with an offer (Undo) stays three times as long, so that it can be taken.
    if (error)
        m_timer->stop();
    else
        m_timer->start(actionText.isEmpty() ? m_newsTimeoutMs : 3 * m_newsTimeoutMs);
}

QString Banner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void Banner::setNewsTimeout(int ms)
{
    m_newsTimeoutMs = ms;
    m_timer->setInterval(ms);
}

void Banner::dismiss()
{
    m_timer->stop();
    hide();
}

void Banner::retranslateUi()
{
    m_close->setToolTip(tr("Dismiss"));
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
