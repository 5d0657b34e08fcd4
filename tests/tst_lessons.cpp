// Lessons: every lesson is a valid configuration the window accepts; applying one (or its
// comparison) through the window sets exactly its configuration in the controls and the
// controller, on the seed's sine, with fresh weights, and shows it in the lesson panel.
// Runs in QStandardPaths test mode, so the user's own settings are never touched.

#include "lessons.h"

#include "appsettings.h"
#include "hyperparameterpanel.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "signalpanel.h"
#include "trainingcontroller.h"

#include <QDockWidget>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include "signalgenerator.h"

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void lessonsAreComplete();
    void applyingSetsTheLesson_data();
    void applyingSetsTheLesson();
    void stepThroughLessonWaitsForStep();
    void lessonReturnsToTheSeedSine();
};

void TestLessons::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-lessons"));
}

void TestLessons::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestLessons::lessonsAreComplete()
{
    const QList<Lesson> lessons = Lessons::all();
    QCOMPARE(lessons.size(), 5);
    QSet<QString> ids;
    for (const Lesson &lesson : lessons) {
        ids.insert(lesson.id);
        QVERIFY(!lesson.title.isEmpty());
        QVERIFY(!lesson.goal.isEmpty());
        QVERIFY(lesson.watch.size() >= 3);
        QVERIFY(!lesson.contrastText.isEmpty());
        QVERIFY2(!lesson.model.validate(), qPrintable(lesson.id));
        QVERIFY2(!lesson.train.validate(), qPrintable(lesson.id));
        QVERIFY2(!lesson.contrastModel.validate(), qPrintable(lesson.id));
        QVERIFY2(!lesson.contrastTrain.validate(), qPrintable(lesson.id));
        // Within what the window offers.
        QVERIFY(lesson.model.timesteps <= lstmlab::ModelConfig::timestepsRange.max);
        QVERIFY(!(lesson.model == lesson.contrastModel && lesson.train == lesson.contrastTrain));
        QCOMPARE(Lessons::find(lesson.id)->title, lesson.title);
    }
    QCOMPARE(ids.size(), lessons.size());
    QVERIFY(!Lessons::find(QStringLiteral("no-such-lesson")));
    // The knobs the issue asks for.
    QCOMPARE(Lessons::find("too-few-units")->model.units, 1);
    QCOMPARE(Lessons::find("long-timesteps")->model.timesteps, 100);
    QCOMPARE(Lessons::find("dropout")->model.dropout, 0.5);
    QCOMPARE(Lessons::find("learning-rate")->train.learningRate, 0.5);
    QVERIFY(Lessons::find("learning-rate")->stepThrough);
}

void TestLessons::applyingSetsTheLesson_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("contrast");
    for (const Lesson &lesson : Lessons::all()) {
        QTest::newRow(qPrintable(lesson.id)) << lesson.id << false;
        QTest::newRow(qPrintable(lesson.id + QStringLiteral(", compared"))) << lesson.id << true;
    }
}

void TestLessons::applyingSetsTheLesson()
{
    QFETCH(QString, id);
    QFETCH(bool, contrast);
    const Lesson lesson = *Lessons::find(id);
    const lstmlab::ModelConfig model = contrast ? lesson.contrastModel : lesson.model;
    const lstmlab::TrainConfig train = contrast ? lesson.contrastTrain : lesson.train;

    MainWindow window;
    // Start from something else, so every knob has to move.
    lstmlab::ModelConfig other;
    other.units = 5;
    other.layers = 3;
    other.timesteps = 7;
    other.dropout = 0.2;
    lstmlab::TrainConfig otherTrain;
    otherTrain.learningRate = 0.02;
    otherTrain.epochs = 3;
    otherTrain.batchSize = 16;
    otherTrain.seed = 9;
    window.setConfiguration(other, otherTrain);
    const quint64 generation = part<TrainingController>(window)->generation();

    window.applyLesson(id, contrast);
    QCOMPARE(part<TrainingController>(window)->modelConfig(), model);
    QCOMPARE(part<TrainingController>(window)->trainConfig(), train);
    QCOMPARE(part<HyperparameterPanel>(window)->modelConfig(), model);
    QCOMPARE(part<HyperparameterPanel>(window)->trainConfig(), train);
    QCOMPARE(window.settings().model, model);
    QVERIFY(part<TrainingController>(window)->generation() > generation); // fresh weights
    const bool runs = contrast || !lesson.stepThrough;
    QCOMPARE(part<TrainingController>(window)->state(), runs ? TrainingSnapshot::State::Running : TrainingSnapshot::State::Idle);
    QCOMPARE(part<LessonPanel>(window)->lessonId(), id);
    QVERIFY(part<LessonPanel>(window)->titleLabel()->text().contains(lesson.title));
    QVERIFY(!part<QDockWidget>(window, "lessonDock")->isHidden());
}

void TestLessons::stepThroughLessonWaitsForStep()
{
    MainWindow window;
    window.applyLesson(QStringLiteral("learning-rate"));
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Idle);
    QSignalSpy snapshots(part<TrainingController>(window), &TrainingController::snapshotReady);
    part<LessonPanel>(window)->stepButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step == 1, 60000);
    QCOMPARE(part<TrainingController>(window)->state(), TrainingSnapshot::State::Paused);
}

void TestLessons::lessonReturnsToTheSeedSine()
{
    MainWindow window;
    part<SignalPanel>(window)->setSignal(QStringLiteral("square"), {}, 0.2);
    emit part<SignalPanel>(window)->changed();
    QCOMPARE(QString::fromStdString(part<TrainingController>(window)->signalGenerator()->name()).left(6), QStringLiteral("square"));
    window.applyLesson(QStringLiteral("dropout"));
    QCOMPARE(part<SignalPanel>(window)->signalId(), QStringLiteral("sine"));
    QCOMPARE(part<SignalPanel>(window)->noise(), 0.0);
    QCOMPARE(QString::fromStdString(part<TrainingController>(window)->signalGenerator()->name()), QStringLiteral("sine"));
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
