// NeighbourPanel: a typed token lists its nearest tokens; an unknown one says why; a chosen
// token is shown; a click on a row chooses that neighbour.

#include "embedfixture.h"
#include "neighbourpanel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class TestNeighbourPanel : public QObject
{
    Q_OBJECT

private slots:
    void typedTokenListsItsGroup()
    {
        NeighbourPanel panel;
        const EmbedSnapshot s = plantedSnapshot(5);
        panel.setSnapshot(s);
        auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("neighbourLookup"));
        QSignalSpy chosen(&panel, &NeighbourPanel::tokenChosen);
        edit->setText(QStringLiteral("G3W1")); // words are looked up lower-cased
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(panel.chosenToken(), tokenIndex(s, "g3w1"));
        const QStringList rows = panel.neighbourTexts();
        QCOMPARE(rows.size(), NeighbourPanel::rows);
        QVERIFY2(rows.first().startsWith(QLatin1String("g3w")), qPrintable(rows.join(QLatin1Char('|'))));
    }

    void unknownTokenSaysWhy()
    {
        NeighbourPanel panel;
        panel.setSnapshot(plantedSnapshot(1));
        auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("neighbourLookup"));
        edit->setText(QStringLiteral("zebra"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(panel.message().contains(QLatin1String("not in the vocabulary")), qPrintable(panel.message()));
        QVERIFY(panel.neighbourTexts().isEmpty());
    }

    void chosenElsewhereIsShownAndARowChoosesItsToken()
    {
        NeighbourPanel panel;
        const EmbedSnapshot s = plantedSnapshot(2);
        panel.setSnapshot(s);
        panel.setChosenToken(4);
        QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("neighbourLookup"))->text(), QString::fromStdString((*s.words)[4]));
        const QString first = panel.neighbourTexts().first().section(QLatin1Char(' '), 0, 0);
        QSignalSpy chosen(&panel, &NeighbourPanel::tokenChosen);
        auto *table = panel.findChild<QTableWidget *>();
        emit table->cellClicked(0, 0);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(panel.chosenToken(), tokenIndex(s, first.toStdString()));
    }
};

QTEST_MAIN(TestNeighbourPanel)
#include "tst_neighbourpanel.moc"
