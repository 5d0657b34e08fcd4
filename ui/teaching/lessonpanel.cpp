#include "lessonpanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_body = new QLabel;
    m_body->setObjectName(QStringLiteral("lessonBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Step first and biggest: stepping one batch at a time is how a lesson is best followed.
    m_step = new QToolButton;
    m_step->setObjectName(QStringLiteral("lessonStepButton"));
    m_step->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_step->setMinimumHeight(34);
    QFont bold = m_step->font();
    bold.setBold(true);
    m_step->setFont(bold);
    m_train = new QToolButton;
    m_train->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_train->setMinimumHeight(34);
    m_contrast = new QPushButton;
    m_contrast->setObjectName(QStringLiteral("lessonContrastButton"));
    m_restart = new QPushButton;
    m_restart->setObjectName(QStringLiteral("lessonRestartButton"));

    m_buttons = new QWidget;
    auto *buttons = new QVBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *run = new QHBoxLayout;
    run->addWidget(m_step, 1);
    run->addWidget(m_train, 1);
    buttons->addLayout(run);
    buttons->addWidget(m_contrast);
    buttons->addWidget(m_restart);

    m_list = new QWidget;
    m_listLayout = new QVBoxLayout(m_list);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_buttons);
    layout->addWidget(m_body);
    layout->addWidget(m_list);
    layout->addStretch(1);

    connect(m_contrast, &QPushButton::clicked, this, [this] {
        if (m_lesson)
            emit contrastRequested(m_lesson->id);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_lesson)
            emit lessonRequested(m_lesson->id);
    });
    refresh();
}

void LessonPanel::setActions(QAction *train, QAction *step)
{
    m_train->setDefaultAction(train);
    m_step->setDefaultAction(step);
    m_step->setWhatsThis(tr("Trains the network on exactly one batch (64 windows), updates every "
                            "panel and pauses: the way to watch a lesson one step at a time."));
    m_train->setWhatsThis(tr("Starts, pauses or resumes training, as the toolbar's first button does."));
}

void LessonPanel::showLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    refresh();
}

void LessonPanel::clearLesson()
{
    m_lesson.reset();
    refresh();
}

void LessonPanel::refresh()
{
    // Texts are rebuilt from Lessons so that a language change reaches them.
    if (m_lesson) {
        if (std::optional<Lesson> fresh = Lessons::find(m_lesson->id))
            m_lesson = *fresh;
    }
    const QList<Lesson> lessons = Lessons::all();
    const bool shown = m_lesson.has_value();
    m_buttons->setVisible(shown);
    m_body->setVisible(shown);
    m_list->setVisible(!shown);
    // The list needs no title of its own: its dock and tab say "Lesson" already, and on a
    // 768-pixel screen every line counts (the whole list of seven fits in about 170 pixels:
    // a one-line intro, buttons with little padding).
    m_title->setVisible(shown);

    if (!shown) {
        m_title->setText(tr("Lessons"));
        while (QLayoutItem *item = m_listLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        auto *intro = new QLabel(tr("Choose a lesson (also in the Lessons menu):"));
        intro->setToolTip(tr("Each lesson sets the knobs for one idea and says what to watch."));
        intro->setWordWrap(true);
        m_listLayout->addWidget(intro);
        for (int k = 0; k < lessons.size(); ++k) {
            auto *button = new QPushButton(tr("%1. %2").arg(k + 1).arg(lessons[k].title));
            button->setStyleSheet(QStringLiteral("text-align: left; padding: 0px 6px;"));
            button->setToolTip(tr("Set the knobs for this lesson, train a fresh network and say what to watch"));
            button->setWhatsThis(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(lessons[k].title, lessons[k].goal));
            const QString id = lessons[k].id;
            connect(button, &QPushButton::clicked, this, [this, id] { emit lessonRequested(id); });
            m_listLayout->addWidget(button);
        }
        // On a short screen the window's own pointer to the Guide is below the controls' fold.
        auto *guide = new QLabel(tr("<b>F1</b>: the Guide, every panel explained."));
        guide->setObjectName(QStringLiteral("lessonGuideHint"));
        guide->setWordWrap(true);
        m_listLayout->addWidget(guide);
        return;
    }

    int number = 0;
    for (int k = 0; k < lessons.size(); ++k)
        if (lessons[k].id == m_lesson->id)
            number = k + 1;
    m_title->setText(tr("Lesson %1 of %2: %3").arg(number).arg(lessons.size()).arg(m_lesson->title));
    QString html = QStringLiteral("<p>%1</p><p><b>%2</b></p><ol>").arg(m_lesson->goal, tr("What to watch"));
    for (const QString &item : m_lesson->watch)
        html += QStringLiteral("<li>%1</li>").arg(item);
    const QString pace = m_lesson->stepThrough
        ? tr("<b>Pace:</b> this lesson starts paused; each <b>Step</b> (F10) trains one batch.")
        : m_lesson->stepDelayMs > 0
        ? tr("<b>Pace:</b> the teaching pace, %1 steps a second, so that you can watch the "
             "network learn. <b>Full Speed</b> in the toolbar trains as fast as this computer can.")
              .arg(1000 / m_lesson->stepDelayMs)
        : tr("<b>Pace:</b> full speed, as fast as this computer can; the <b>Speed</b> slider in "
             "the toolbar slows it down.");
    html += QStringLiteral("</ol><p>%1</p><p>%2</p>")
                .arg(pace, tr("<b>Step</b> trains exactly one batch and pauses (F10); the <b>Speed</b> "
                              "slider in the toolbar slows training down to one step per second."));
    m_body->setText(html);
    m_contrast->setText(m_lesson->contrastText);
    m_contrast->setToolTip(tr("Train from fresh weights with the lesson's settings and one knob changed "
                              "(this run is replaced)"));
    m_restart->setText(tr("Restart lesson"));
    m_restart->setToolTip(tr("Apply the lesson's settings again and train from fresh weights"));
    m_contrast->setWhatsThis(m_contrast->toolTip());
    m_restart->setWhatsThis(m_restart->toolTip());
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
