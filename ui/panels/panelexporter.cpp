#include "panelexporter.h"

#include "exportablepanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <cmath>

namespace {

// A widget that was never shown has not been polished and its layout has not placed the
// children yet; do both so render() draws what a shown widget would.
QWidget *preparedWidget(ExportablePanel &panel)
{
    QWidget *widget = panel.exportWidget();
    if (!widget)
        return nullptr;
    widget->ensurePolished();
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children)
        child->ensurePolished();
    // A hidden widget keeps its resize events pending, its children's too (a chart view's
    // viewport, whose size the chart is laid out to); panels that rearrange themselves on resize
    // must see them before their layout is placed, children first.
    auto sendPendingResize = [](QWidget *w) {
        if (w->testAttribute(Qt::WA_PendingResizeEvent)) {
            QResizeEvent resize(w->size(), QSize());
            QCoreApplication::sendEvent(w, &resize);
            w->setAttribute(Qt::WA_PendingResizeEvent, false);
        }
    };
    for (QWidget *child : children)
        sendPendingResize(child);
    sendPendingResize(widget);
    if (QLayout *layout = widget->layout()) {
        layout->invalidate();
        layout->activate();
    }
    // Charts lay out their scene through posted layout requests, which a widget never shown
    // has not had delivered: deliver them now, so that axes are fitted before the drawing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget;
}

void setMessage(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

QImage PanelExporter::renderImage(ExportablePanel &panel, qreal devicePixelRatio)
{
    QWidget *widget = preparedWidget(panel);
    if (!widget || widget->size().isEmpty())
        return {};
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const QSize pixels(int(std::lround(widget->width() * dpr)), int(std::lround(widget->height() * dpr)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(dpr);
    // Dots per metre matching the ratio, so viewers show the image at its on-screen size.
    const int dotsPerMeter = int(std::lround(96.0 * dpr / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(widget->palette().color(widget->backgroundRole()));
    widget->render(&image, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return image;
}

bool PanelExporter::savePng(ExportablePanel &panel, const QString &path, qreal devicePixelRatio,
                            QString *error)
{
    QImage image = renderImage(panel, devicePixelRatio);
    if (image.isNull()) {
        setMessage(error, tr("Cannot save %1: the panel \"%2\" has no size to draw.")
                              .arg(nativePath(path), panel.exportTitle()));
        return false;
    }
    image.setText(QStringLiteral("Title"), panel.exportTitle());
    image.setText(QStringLiteral("Software"), QStringLiteral("LSTM Lab"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    if (!image.save(&file, "PNG")) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                     : tr("the PNG encoder failed");
        file.cancelWriting();
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), reason));
        return false;
    }
    if (!file.commit()) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    return true;
}

bool PanelExporter::saveSvg(ExportablePanel &panel, const QString &path, QString *error)
{
    QWidget *widget = preparedWidget(panel);
    if (!widget || widget->size().isEmpty()) {
        setMessage(error, tr("Cannot save %1: the panel \"%2\" has no size to draw.")
                              .arg(nativePath(path), panel.exportTitle()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    // The widget's own resolution, so text keeps the size the layout was measured with.
    generator.setResolution(widget->logicalDpiX());
    generator.setTitle(panel.exportTitle());
    generator.setDescription(tr("%1, exported from LSTM Lab").arg(panel.exportTitle()));
    QPainter painter;
    if (!painter.begin(&generator)) {
        file.cancelWriting();
        setMessage(error, tr("Cannot write %1: the SVG generator could not start").arg(nativePath(path)));
        return false;
    }
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.end();
    if (!file.commit()) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    return true;
}

bool PanelExporter::saveCsv(ExportablePanel &panel, const QString &path, QString *error)
{
    const QByteArray bytes = panel.exportCsv().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), reason));
        return false;
    }
    if (!file.commit()) {
        setMessage(error, tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
        return false;
    }
    return true;
}

bool PanelExporter::exportAll(const QList<ExportablePanel *> &panels, const QString &folder,
                              qreal devicePixelRatio, QStringList *written, QString *error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        setMessage(error, tr("Cannot export to %1: it is a file, not a folder.").arg(nativePath(folder)));
        return false;
    }
    if (!QDir().mkpath(folder)) {
        setMessage(error, tr("Cannot create the folder %1.").arg(nativePath(folder)));
        return false;
    }
    const QDir dir(folder);
    for (ExportablePanel *panel : panels) {
        if (!panel)
            continue;
        const QStringList figures = panel->exportFigureNames();
        for (int k = 0; k < figures.size(); ++k) {
            if (figures.size() > 1)
                panel->showExportFigure(k);
            const QString stem = dir.filePath(figures.at(k));
            const QString png = stem + QStringLiteral(".png");
            const QString svg = stem + QStringLiteral(".svg");
            bool saved = savePng(*panel, png, devicePixelRatio, error);
            if (saved && written)
                written->append(png);
            saved = saved && saveSvg(*panel, svg, error);
            if (figures.size() > 1)
                panel->showExportFigure(-1);
            if (!saved)
                return false;
            if (written)
                written->append(svg);
        }
        const QString csv = dir.filePath(panel->exportName()) + QStringLiteral(".csv");
        if (!saveCsv(*panel, csv, error))
            return false;
        if (written)
            written->append(csv);
    }
    return true;
}
