#pragma once

// The lesson being followed: its title, goal and what to watch, with the buttons a lesson
// needs at hand (Step one batch, Train/Pause, the comparison, start again). Without a lesson
// it lists the lessons to choose from, compactly (the whole list fits a 768-pixel screen's
// dock) and with a pointer to the Guide. The window applies a lesson's settings; this panel only
// shows it and asks (lessonRequested, contrastRequested).

#include "lessons.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // The window's Train/Pause and Step actions, shown as big buttons.
    void setActions(QAction *train, QAction *step);

    void showLesson(const Lesson &lesson);
    // Back to the list of lessons.
    void clearLesson();
    QString lessonId() const { return m_lesson ? m_lesson->id : QString(); }

    QLabel *titleLabel() const { return m_title; }
    QLabel *bodyLabel() const { return m_body; }
    QToolButton *stepButton() const { return m_step; }
    QPushButton *contrastButton() const { return m_contrast; }
    QPushButton *restartButton() const { return m_restart; }

signals:
    void lessonRequested(const QString &id);
    void contrastRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<Lesson> m_lesson;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QWidget *m_buttons = nullptr;
    QToolButton *m_step = nullptr;
    QToolButton *m_train = nullptr;
    QPushButton *m_contrast = nullptr;
    QPushButton *m_restart = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
};
