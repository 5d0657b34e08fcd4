// LessonPanel: lists the lessons when none is shown and asks for the one clicked; shows a
// lesson's title, goal and what to watch; its buttons ask for the comparison and a restart,
// and run the window's Step and Train actions.

#include "lessonpanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsTheLessons();
    void showsALesson();
    void buttonsAskAndAct();
};

void TestLessonPanel::listsTheLessons()
{
    LessonPanel panel;
    QCOMPARE(panel.lessonId(), QString());
    QSignalSpy requested(&panel, &LessonPanel::lessonRequested);
    const QList<Lesson> lessons = Lessons::all();
    QList<QPushButton *> choices;
    for (QPushButton *button : panel.findChildren<QPushButton *>())
        if (button != panel.contrastButton() && button != panel.restartButton())
            choices << button;
    QCOMPARE(choices.size(), lessons.size());
    for (QPushButton *button : choices)
        if (button->text().contains(lessons[2].title))
            button->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), lessons[2].id);
    // Compact: no title of its own (the dock has one), and a pointer to the Guide.
    QVERIFY(panel.titleLabel()->isHidden());
    auto *guide = panel.findChild<QLabel *>(QStringLiteral("lessonGuideHint"));
    QVERIFY(guide);
    QVERIFY(guide->text().contains(QLatin1String("F1")));
}

void TestLessonPanel::showsALesson()
{
    LessonPanel panel;
    const Lesson lesson = *Lessons::find(QStringLiteral("too-few-units"));
    panel.showLesson(lesson);
    QCOMPARE(panel.lessonId(), lesson.id);
    QVERIFY(panel.titleLabel()->text().contains(QLatin1String("Lesson 2 of 7")));
    QVERIFY(panel.titleLabel()->text().contains(lesson.title));
    const QString body = panel.bodyLabel()->text();
    QVERIFY(body.contains(lesson.goal));
    for (const QString &item : lesson.watch)
        QVERIFY(body.contains(item));
    QVERIFY(body.contains(QLatin1String("Step")));
    QVERIFY(body.contains(QLatin1String("<b>Pace:</b> the teaching pace"))); // which pace it uses
    QCOMPARE(panel.contrastButton()->text(), lesson.contrastText);
    panel.clearLesson();
    QCOMPARE(panel.lessonId(), QString());
    QVERIFY(panel.contrastButton()->isHidden() || !panel.contrastButton()->isVisibleTo(&panel));
}

void TestLessonPanel::buttonsAskAndAct()
{
    LessonPanel panel;
    QAction train(QStringLiteral("Train"));
    QAction step(QStringLiteral("Step One Batch"));
    panel.setActions(&train, &step);
    panel.showLesson(*Lessons::find(QStringLiteral("learning-rate")));
    QSignalSpy stepped(&step, &QAction::triggered);
    QSignalSpy contrast(&panel, &LessonPanel::contrastRequested);
    QSignalSpy restart(&panel, &LessonPanel::lessonRequested);
    QCOMPARE(panel.stepButton()->text(), step.text());
    panel.stepButton()->click();
    QCOMPARE(stepped.count(), 1);
    panel.contrastButton()->click();
    QCOMPARE(contrast.count(), 1);
    QCOMPARE(contrast.first().first().toString(), QStringLiteral("learning-rate"));
    panel.restartButton()->click();
    QCOMPARE(restart.count(), 1);
}

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
