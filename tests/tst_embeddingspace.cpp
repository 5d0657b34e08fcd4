// EmbeddingSpace: nearest tokens by cosine (31), analogies (32) and the principal plane (33).

#include "embeddingspace.h"

#include <QTest>

#include <cmath>

using namespace lstmlab;

class TestEmbeddingSpace : public QObject
{
    Q_OBJECT

private slots:
    void nearestByCosineLeavesTheTokenOut()
    {
        Eigen::MatrixXf v(2, 4);
        v << 1, 10, 0, -1, //
            0, 1, 1, 0;
        const EmbeddingSpace space(v);
        const auto n = space.nearest(0, 3);
        QCOMPARE(int(n.size()), 3);
        QCOMPARE(n[0].token, 1); // length does not matter, direction does
        QCOMPARE(n[1].token, 2);
        QCOMPARE(n[2].token, 3);
        QVERIFY(std::abs(n[2].similarity + 1.f) < 1e-6f);
        QVERIFY(space.nearest(7, 3).empty());
        QCOMPARE(int(space.nearest(0, 10).size()), 3);
    }

    void analogyCompletesTheParallelogram()
    {
        // king - man + woman = queen, in a space where gender and royalty are axes.
        Eigen::MatrixXf v(3, 5);
        v << 1, 1, 0, 0, 0.2f, // royalty
            1, -1, 1, -1, 0,   // gender
            0.1f, 0.1f, 0.1f, 0.1f, 1;
        const EmbeddingSpace space(v); // 0 king, 1 queen, 2 man, 3 woman, 4 other
        const auto answer = space.analogy(0, 2, 3, 1);
        QCOMPARE(int(answer.size()), 1);
        QCOMPARE(answer[0].token, 1);
    }

    void planeHoldsTheVarianceOfPlanarPoints()
    {
        Eigen::MatrixXf v(4, 6);
        v << 0, 1, 2, 3, 4, 5, //
            0, 0, 1, 1, 0, 1,  //
            0, 0, 0, 0, 0, 0,  //
            1, 1, 1, 1, 1, 1;
        const EmbeddingSpace space(v);
        const EmbeddingPlane plane = space.plane(6);
        QCOMPARE(int(plane.points.cols()), 6);
        QVERIFY(std::abs(plane.explained - 1.0) < 1e-9);
        // The first axis is the long one (x), centred.
        QVERIFY(std::abs(plane.points(0, 5) - plane.points(0, 0) - 5.f) < 0.3f);
        QVERIFY(std::abs(plane.points.row(0).sum()) < 1e-4f);
    }
};

QTEST_APPLESS_MAIN(TestEmbeddingSpace)
#include "tst_embeddingspace.moc"
