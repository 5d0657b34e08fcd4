// WheelGuard: the wheel over an unfocused spin box or combo box scrolls the dock around it and
// leaves the value alone; once the box has focus, the wheel changes it as usual.

#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {

void wheelOver(QWidget *widget, int notches)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void unfocusedBoxesScrollTheDock();
    void focusedBoxTakesTheWheel();
};

void TestWheelGuard::unfocusedBoxesScrollTheDock()
{
    QScrollArea area;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *spin = new QSpinBox;
    spin->setRange(1, 256);
    spin->setValue(20);
    auto *combo = new QComboBox;
    combo->addItems({"a", "b", "c"});
    layout->addWidget(spin);
    layout->addWidget(combo);
    layout->addSpacing(2000); // something to scroll
    area.setWidget(content);
    area.resize(200, 150);
    WheelGuard::guardChildren(content);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    if (QWidget *focused = QApplication::focusWidget()) // showing gave the first box focus
        focused->clearFocus();
    QVERIFY(!spin->hasFocus() && !combo->hasFocus());

    wheelOver(spin, -1);
    QCOMPARE(spin->value(), 20);
    QVERIFY(area.verticalScrollBar()->value() > 0); // the dock scrolled instead
    wheelOver(combo, -1);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
}

void TestWheelGuard::focusedBoxTakesTheWheel()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *spin = new QSpinBox;
    spin->setRange(1, 256);
    spin->setValue(20);
    layout->addWidget(spin);
    WheelGuard::guardChildren(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    wheelOver(spin, 1);
    QCOMPARE(spin->value(), 21);
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
