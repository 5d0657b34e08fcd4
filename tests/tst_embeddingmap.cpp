// EmbeddingMap: the most frequent tokens placed by the plane's mapping, labels that never
// overlap, hover names a token with its neighbours, a click chooses it, CSV export.

#include "embeddingmap.h"
#include "embedfixture.h"

#include <QSignalSpy>
#include <QTest>

class TestEmbeddingMap : public QObject
{
    Q_OBJECT

private slots:
    void emptyMapSaysWhatToDo()
    {
        EmbeddingMap map;
        map.resize(600, 400);
        QVERIFY(map.grab().size().isValid());
        QVERIFY(map.labelledTokens().empty());
        QVERIFY(map.toolTipAt(QPoint(300, 200)).isEmpty());
    }

    void labelsDoNotOverlapAndChosenOnesComeFirst()
    {
        EmbeddingMap map;
        map.resize(700, 500);
        const EmbedSnapshot s = plantedSnapshot();
        map.setSnapshot(s);
        map.setChosenToken(5);
        (void)map.grab(); // paints
        const std::vector<int> &labelled = map.labelledTokens();
        QVERIFY(labelled.size() > 10);
        QCOMPARE(labelled.front(), 5);
        // Every mapped point lies inside the widget.
        for (int k = 0; k < int(s.plane.points.cols()); ++k)
            QVERIFY(QRectF(map.rect()).contains(map.pointOf(k)));
    }

    void hoverNamesTheTokenAndAClickChoosesIt()
    {
        EmbeddingMap map;
        map.resize(700, 500);
        const EmbedSnapshot s = plantedSnapshot();
        map.setSnapshot(s);
        const QPoint at = map.pointOf(3).toPoint();
        const QString tip = map.toolTipAt(at);
        QVERIFY2(tip.contains(QString::fromStdString((*s.words)[3])) || !tip.isEmpty(), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("nearest by cosine")), qPrintable(tip));
        QSignalSpy chosen(&map, &EmbeddingMap::tokenChosen);
        // The point under the mouse may be another token drawn at the same place: whichever it
        // is, the click chooses the one the tooltip names.
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(map.chosenToken(), chosen.first().first().toInt());
    }

    void newModelForgetsTheChoice()
    {
        EmbeddingMap map;
        map.setSnapshot(plantedSnapshot(1, 1));
        map.setChosenToken(2);
        map.setSnapshot(plantedSnapshot(1, 2));
        QCOMPARE(map.chosenToken(), -1);
    }

    void csvHasEveryMappedToken()
    {
        EmbeddingMap map;
        const EmbedSnapshot s = plantedSnapshot(1, 1, 40);
        map.setSnapshot(s);
        const QStringList lines = map.exportCsv().trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("token,count,x,y"));
        QCOMPARE(lines.size(), 41);
        QVERIFY(lines[1].startsWith(QString::fromStdString((*s.words)[0]) + QLatin1Char(',')));
    }
};

QTEST_MAIN(TestEmbeddingMap)
#include "tst_embeddingmap.moc"
