// WindowHelp: in the real window every visible control and panel has both a tooltip and a
// What's This text, in both gate vocabularies; texts a class gives itself are kept; the
// check itself finds a control that explains nothing.

#include "windowhelp.h"

#include "gateinspector.h"
#include "hyperparameterpanel.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "trainingsnapshot.h"

#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

class TestWindowHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlAndPanelIsExplained_data();
    void everyControlAndPanelIsExplained();
    void textTaskIsExplained();
    void keepsTheClassesOwnTexts();
    void findsAControlThatExplainsNothing();
};

namespace {

QString describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (QWidget *w : widgets)
        names << QStringLiteral("%1 \"%2\" in %5 \"%6\" (tooltip %3, What's This %4)")
                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                          w->toolTip().isEmpty() ? QStringLiteral("missing") : QStringLiteral("ok"),
                          w->whatsThis().isEmpty() ? QStringLiteral("missing") : QStringLiteral("ok"),
                          QString::fromLatin1(w->parentWidget()->metaObject()->className()),
                          w->parentWidget()->objectName());
    return names.join(QStringLiteral("; "));
}

} // namespace

void TestWindowHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-windowhelp"));
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<TrainingSnapshot::State>();
    SettingsStore settings;
    settings.clear();
    settings.setValue("app/startTrainingOnLaunch", false);
    settings.sync();
}

void TestWindowHelp::everyControlAndPanelIsExplained_data()
{
    QTest::addColumn<bool>("notes");
    QTest::newRow("standard names") << false;
    QTest::newRow("learn / forget / remember / use") << true;
}

void TestWindowHelp::everyControlAndPanelIsExplained()
{
    QFETCH(bool, notes);
    MainWindow window;
    window.resize(1500, 950);
    window.setGateVocabulary(notes ? GateVocabulary::Kind::Notes : GateVocabulary::Kind::Standard);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> missing = WindowHelp::unexplained(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(describe(missing)));
    // The inspector's controls are among those checked.
    QVERIFY(part<GateInspector>(window, "gateInspector")->isVisible());
}

void TestWindowHelp::textTaskIsExplained()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setTask(MainWindow::Task::Text);
    const QList<QWidget *> missing = WindowHelp::unexplained(&window);
    QVERIFY2(missing.isEmpty(), qPrintable(describe(missing)));
}

void TestWindowHelp::keepsTheClassesOwnTexts()
{
    MainWindow window;
    // HyperparameterPanel writes its own tooltips; WindowHelp added only the What's This.
    QSpinBox *units = part<HyperparameterPanel>(window)->unitsBox();
    QVERIFY(units->toolTip().contains(QStringLiteral("num_units")));
    QVERIFY(units->whatsThis().contains(QStringLiteral("not a number of cells")));
    units->setWhatsThis(QStringLiteral("mine"));
    WindowHelp::apply(window);
    QCOMPARE(units->whatsThis(), QStringLiteral("mine"));
}

void TestWindowHelp::findsAControlThatExplainsNothing()
{
    QWidget root;
    auto *silent = new QPushButton(QStringLiteral("?"), &root);
    auto *told = new QPushButton(QStringLiteral("!"), &root);
    told->setToolTip(QStringLiteral("tip"));
    told->setWhatsThis(QStringLiteral("what"));
    auto *half = new QSpinBox(&root);
    half->setToolTip(QStringLiteral("tip only"));
    root.show();
    const QList<QWidget *> missing = WindowHelp::unexplained(&root);
    QCOMPARE(missing.size(), 2);
    QVERIFY(missing.contains(silent));
    QVERIFY(missing.contains(half));
}

QTEST_MAIN(TestWindowHelp)
#include "tst_windowhelp.moc"
