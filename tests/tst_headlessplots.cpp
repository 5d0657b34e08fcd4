// HeadlessPlots: the three PNGs of `lstm-lab --headless` are written at their sizes, from
// panels that were never shown, with their axes fitted to that size before they are drawn.

#include "headlessplots.h"

#include "dataset.h"
#include "sinesignal.h"
#include "trainer.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace lstmlab;

namespace {

// Rows of the image with dark (text) pixels between columns x0 and x1, grouped into bands of
// adjacent rows: one band per axis label.
int textBands(const QImage &image, int x0, int x1)
{
    int bands = 0;
    bool inBand = false;
    for (int y = 0; y < image.height(); ++y) {
        bool dark = false;
        for (int x = x0; x < x1 && !dark; ++x)
            dark = qGray(image.pixel(x, y)) < 110;
        if (dark && !inBand)
            ++bands;
        inBand = dark;
    }
    return bands;
}

} // namespace

class TestHeadlessPlots : public QObject
{
    Q_OBJECT

private slots:
    void writesThreePicturesWithFittedAxes()
    {
        ModelConfig model;
        model.timesteps = 10;
        model.units = 8;
        TrainConfig train;
        Trainer trainer(model, train, std::make_shared<const Dataset>(SineSignal(), DataSpec(), model.timesteps));
        trainer.step();
        trainer.evaluate();
        // A 50-epoch run's loss: seven decades, 100 down to 1e-5.
        std::vector<LossRecord> history;
        for (int k = 1; k <= 7800; ++k)
            history.push_back({k, (k - 1) / 156, std::pow(10.0, 2.0 - 7.0 * k / 7800.0),
                               k % 156 == 0 ? std::pow(10.0, 1.5 - 7.0 * k / 7800.0) : -1.0});

        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(HeadlessPlots::write(trainer, history, dir.path(), &written, &error), qPrintable(error));
        QCOMPARE(written.size(), 3);
        for (const QString &path : written)
            QVERIFY2(!QImage(path).isNull(), qPrintable(path));

        const QImage loss(QDir(dir.path()).filePath(QStringLiteral("loss.png")));
        QCOMPARE(loss.size(), QSize(1200, 700));
        // The y labels sit right of the rotated axis title and left of the plot: one a decade
        // when the axis was fitted to the 700-pixel chart (a chart laid out too late was drawn
        // with one label for all seven decades).
        const int labels = textBands(loss, 36, 78);
        QVERIFY2(labels >= 6, qPrintable(QString::number(labels)));
    }
};

QTEST_MAIN(TestHeadlessPlots)
#include "tst_headlessplots.moc"
