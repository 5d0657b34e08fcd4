// PanelExporter: PNGs of a hidden panel have the widget's size times the device pixel ratio
// and show the heatmap colours, SVGs load, CSVs hold the data, "export all" writes every file,
// and failures return false with a message naming the path.

#include "panelexporter.h"

#include "exportablepanel.h"
#include "gatepanel.h"
#include "heatmapwidget.h"
#include "trainingsnapshot.h"

#include "dataset.h"
#include "sinesignal.h"
#include "trainer.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace lstmlab;

namespace {

TrainingSnapshot snapshotFrom(int units, int layers, int timesteps, int window)
{
    ModelConfig model;
    model.units = units;
    model.layers = layers;
    model.timesteps = timesteps;
    TrainConfig train;
    train.batchSize = 32;
    auto data = std::make_shared<const Dataset>(SineSignal(), DataSpec(), timesteps);
    Trainer trainer(model, train, data);
    for (int k = 0; k < 5; ++k)
        trainer.step();
    TrainingSnapshot s;
    s.model = model;
    s.traceWindow = window;
    s.trace = trainer.trace(window);
    const Dataset::Split &test = data->test();
    for (int n = 0; n < test.size(); ++n)
        s.realTest.append(QPointF(test.labelX(n), double(test.labels(0, n))));
    return s;
}

// A second kind of panel, so "export all" has more than one name to write.
class NotePanel : public QLabel, public ExportablePanel
{
public:
    NotePanel() { setText(QStringLiteral("note")); }
    QString exportName() const override { return QStringLiteral("note"); }
    QString exportTitle() const override { return QStringLiteral("Note"); }
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override { return QStringLiteral("text\nnote\n"); }
};

// The colour the exported image has at the centre of a heatmap cell.
QRgb exportedCellColour(const QImage &image, GatePanel &panel, Gate gate, int unit, int t)
{
    HeatmapWidget *map = panel.heatmap(gate);
    const QPointF centre = QPointF(map->mapTo(panel.exportWidget(), QPoint(0, 0))) + map->cellRect(unit, t).center();
    const qreal dpr = image.devicePixelRatio();
    return image.pixel(int(std::floor(centre.x() * dpr)), int(std::floor(centre.y() * dpr)));
}

int countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().split('\n').size()) - 1; // the file ends with a newline
}

} // namespace

class TestPanelExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngSizeAndColours_data();
    void pngSizeAndColours();
    void hiddenPanelUsesItsShape();
    void svgLoads();
    void csvHasHeaderAndRows();
    void exportAllWritesEveryFile();
    void unwritableFolderFails();
    void unwritableFileFails();
    void emptyWidgetFails();

private:
    TrainingSnapshot m_snapshot;
};

void TestPanelExporter::initTestCase()
{
    m_snapshot = snapshotFrom(12, 2, 16, 200);
}

void TestPanelExporter::pngSizeAndColours_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("900x500 at DPR 1") << QSize(900, 500) << qreal(1);
    QTest::newRow("900x500 at DPR 2") << QSize(900, 500) << qreal(2);
    QTest::newRow("500x300 at DPR 1") << QSize(500, 300) << qreal(1);
    QTest::newRow("500x300 at DPR 2") << QSize(500, 300) << qreal(2);
}

void TestPanelExporter::pngSizeAndColours()
{
    QFETCH(QSize, size);
    QFETCH(qreal, dpr);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    GatePanel panel; // never shown
    panel.resize(size);
    panel.updateSnapshot(m_snapshot);
    const QString path = dir.filePath(QStringLiteral("gates.png"));
    QString error;
    QVERIFY2(PanelExporter::savePng(panel, path, dpr, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!panel.isVisible());

    QImage image(path);
    QVERIFY(!image.isNull());
    // The maps only: the layer and unit selectors above them are not in the picture.
    QWidget *maps = panel.exportWidget();
    QVERIFY(maps != &panel);
    QCOMPARE(maps->width(), size.width() - 8);   // the panel's 4 px margins
    QVERIFY(maps->height() < size.height() - 8);
    QVERIFY(!maps->isAncestorOf(panel.findChild<QComboBox *>(QStringLiteral("gateLayerBox"))));
    QVERIFY(!maps->isAncestorOf(panel.findChild<QComboBox *>(QStringLiteral("gateUnitBox"))));
    QCOMPARE(image.size(), maps->size() * dpr);
    image.setDevicePixelRatio(dpr);

    // A few cells of different maps carry exactly their heatmap colour.
    int sampled = 0;
    for (Gate gate : {Gate::Input, Gate::Forget, Gate::CellState, Gate::Hidden}) {
        HeatmapWidget *map = panel.heatmap(gate);
        QVERIFY(!map->plotRect().isEmpty());
        for (auto [unit, t] : {std::pair{0, 0}, std::pair{5, 7}, std::pair{11, 15}}) {
            const QRgb expected = map->colorFor(m_snapshot.trace.layers[0].at(gate, unit, t));
            const QRgb got = exportedCellColour(image, panel, gate, unit, t);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 unit %2 t %3: %4 instead of %5")
                                                     .arg(map->title()).arg(unit).arg(t)
                                                     .arg(QColor(got).name(), QColor(expected).name())));
            ++sampled;
        }
    }
    QCOMPARE(sampled, 12);
}

void TestPanelExporter::hiddenPanelUsesItsShape()
{
    // A tall hidden panel is exported in its 2 x 3 arrangement, with the maps laid out.
    QTemporaryDir dir;
    GatePanel panel;
    panel.resize(420, 800);
    panel.updateSnapshot(m_snapshot);
    QString error;
    QVERIFY2(PanelExporter::savePng(panel, dir.filePath(QStringLiteral("tall.png")), 1, &error),
             qPrintable(error));
    QCOMPARE(panel.gridColumns(), 2);
    const QImage image(dir.filePath(QStringLiteral("tall.png")));
    QCOMPARE(image.size(), panel.exportWidget()->size());
    QVERIFY(image.height() > 700);
    QCOMPARE(exportedCellColour(image, panel, Gate::Output, 3, 4),
             panel.heatmap(Gate::Output)->colorFor(m_snapshot.trace.layers[0].at(Gate::Output, 3, 4)));
}

void TestPanelExporter::svgLoads()
{
    QTemporaryDir dir;
    GatePanel panel;
    panel.resize(900, 500);
    panel.updateSnapshot(m_snapshot);
    const QString path = dir.filePath(QStringLiteral("gates.svg"));
    QString error;
    QVERIFY2(PanelExporter::saveSvg(panel, path, &error), qPrintable(error));

    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    const QSize maps = panel.exportWidget()->size(); // the maps without the selectors above
    QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), maps));
    // The physical size is given in mm at the widget's resolution; the aspect is the widget's.
    const QSize shown = renderer.defaultSize();
    QVERIFY2(std::abs(double(shown.width()) / shown.height() - double(maps.width()) / maps.height()) < 0.01,
             qPrintable(QStringLiteral("%1x%2").arg(shown.width()).arg(shown.height())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<title>" + panel.exportTitle().toUtf8() + "</title>"));
    QVERIFY(svg.contains("<image")); // the cells

    // Drawn back, a large cell shows its heatmap colour (within the SVG renderer's rounding).
    QImage image(maps, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QColor got = exportedCellColour(image, panel, Gate::Hidden, 6, 8);
    const QColor expected =
        panel.heatmap(Gate::Hidden)->colorFor(m_snapshot.trace.layers[0].at(Gate::Hidden, 6, 8));
    QVERIFY2(std::abs(got.red() - expected.red()) <= 3 && std::abs(got.green() - expected.green()) <= 3
                 && std::abs(got.blue() - expected.blue()) <= 3,
             qPrintable(got.name() + QStringLiteral(" vs ") + expected.name()));
}

void TestPanelExporter::csvHasHeaderAndRows()
{
    QTemporaryDir dir;
    GatePanel panel;
    panel.updateSnapshot(m_snapshot);
    const QString path = dir.filePath(QStringLiteral("gates.csv"));
    QString error;
    QVERIFY2(PanelExporter::saveCsv(panel, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine(), QByteArray("layer,unit,t,i,f,g,o,c,h\n"));
    QCOMPARE(countLines(path), 1 + 2 * 12 * 16);
}

void TestPanelExporter::exportAllWritesEveryFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("export/run 1")); // created on the way
    GatePanel gates;
    gates.resize(900, 500);
    gates.updateSnapshot(m_snapshot);
    NotePanel note;
    note.resize(200, 50);

    QStringList written;
    QString error;
    QSignalSpy layerChanged(&gates, &GatePanel::layerChanged);
    QVERIFY2(PanelExporter::exportAll({&gates, &note}, folder, 2, &written, &error), qPrintable(error));
    // The gates of every layer, each its own figure, and one CSV of all layers.
    const QStringList expected{QStringLiteral("gates-layer1.png"), QStringLiteral("gates-layer1.svg"),
                               QStringLiteral("gates-layer2.png"), QStringLiteral("gates-layer2.svg"),
                               QStringLiteral("gates.csv"), QStringLiteral("note.png"),
                               QStringLiteral("note.svg"),  QStringLiteral("note.csv")};
    QCOMPARE(written.size(), expected.size());
    for (int k = 0; k < expected.size(); ++k)
        QCOMPARE(QFileInfo(written.at(k)).fileName(), expected.at(k));
    // Nothing else is left behind (QSaveFile's temporary files are gone).
    QStringList present = QDir(folder).entryList(QDir::Files, QDir::Name);
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(present, sorted);
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("note.png"))).size(), QSize(400, 100));
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("gates-layer1.png"))).size(), gates.exportWidget()->size() * 2);
    // gates-layer2.png draws layer 2's values, titled with the layer; the panel still shows layer 1.
    QImage second(QDir(folder).filePath(QStringLiteral("gates-layer2.png")));
    second.setDevicePixelRatio(2);
    for (auto [unit, t] : {std::pair{0, 0}, std::pair{7, 9}, std::pair{11, 15}})
        QCOMPARE(exportedCellColour(second, gates, Gate::Input, unit, t),
                 gates.heatmap(Gate::Input)->colorFor(m_snapshot.trace.layers[1].at(Gate::Input, unit, t)));
    QVERIFY(QFile(QDir(folder).filePath(QStringLiteral("gates-layer2.svg"))).open(QIODevice::ReadOnly));
    QCOMPARE(gates.layer(), 0);
    QCOMPARE(layerChanged.count(), 0);
    QCOMPARE(gates.heatmap(Gate::Input)->layerIndex(), 0);
    QCOMPARE(gates.heatmap(Gate::Input)->title(), GatePanel::standardGateNames().at(0));
    QCOMPARE(gates.heatmap(Gate::Input)->value(3, 4), m_snapshot.trace.layers[0].at(Gate::Input, 3, 4));
    QCOMPARE(countLines(QDir(folder).filePath(QStringLiteral("note.csv"))), 2);
}

void TestPanelExporter::unwritableFolderFails()
{
    QTemporaryDir dir;
    GatePanel panel;
    panel.resize(500, 300);
    panel.updateSnapshot(m_snapshot);

    // A folder that cannot exist: its parent is a regular file (fails for root too).
    const QString blocker = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString folder = blocker + QStringLiteral("/export");
    QStringList written;
    QString error;
    QVERIFY(!PanelExporter::exportAll({&panel}, folder, 1, &written, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(written.isEmpty());

    // The folder given is itself a file.
    error.clear();
    QVERIFY(!PanelExporter::exportAll({&panel}, blocker, 1, &written, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocker)), qPrintable(error));

    // A read-only folder (only meaningful when not running as root).
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(locked).isWritable()) {
        error.clear();
        QVERIFY(!PanelExporter::exportAll({&panel}, locked, 1, &written, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(locked)), qPrintable(error));
    }
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPanelExporter::unwritableFileFails()
{
    QTemporaryDir dir;
    GatePanel panel;
    panel.resize(500, 300);
    panel.updateSnapshot(m_snapshot);
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/gates"));
    QString error;
    QVERIFY(!PanelExporter::savePng(panel, missing + QStringLiteral(".png"), 1, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing + QStringLiteral(".png"))), qPrintable(error));
    error.clear();
    QVERIFY(!PanelExporter::saveSvg(panel, missing + QStringLiteral(".svg"), &error));
    QVERIFY2(error.contains(QStringLiteral("gates.svg")), qPrintable(error));
    error.clear();
    QVERIFY(!PanelExporter::saveCsv(panel, missing + QStringLiteral(".csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("gates.csv")), qPrintable(error));

    // A path that is a folder is not overwritten.
    const QString folder = dir.filePath(QStringLiteral("taken.png"));
    QVERIFY(QDir().mkpath(folder));
    error.clear();
    QVERIFY(!PanelExporter::savePng(panel, folder, 1, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestPanelExporter::emptyWidgetFails()
{
    QTemporaryDir dir;
    NotePanel note;
    note.resize(0, 0);
    QString error;
    QVERIFY(!PanelExporter::savePng(note, dir.filePath(QStringLiteral("note.png")), 1, &error));
    QVERIFY(error.contains(QStringLiteral("note.png")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("note.png"))));
}

QTEST_MAIN(TestPanelExporter)
#include "tst_panelexporter.moc"
