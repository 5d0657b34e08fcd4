#pragma once

// Writes ExportablePanels to files: PNG at a device pixel ratio (sharp on high-DPI screens),
// SVG, and the panel's data as CSV. Every write goes through QSaveFile, so a file is either
// complete or untouched; a failure (folder missing or not writable, disk full) returns false
// with a message naming the path. Rendering uses QWidget::render, so panels need not be shown:
// a hidden panel after resize() renders the same as a visible one.

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class ExportablePanel;

class PanelExporter
{
    Q_DECLARE_TR_FUNCTIONS(PanelExporter)

public:
    // The panel's widget as an image of (widget size x devicePixelRatio) pixels, with that
    // device pixel ratio set. A null image when the widget has no size.
    static QImage renderImage(ExportablePanel &panel, qreal devicePixelRatio);

    static bool savePng(ExportablePanel &panel, const QString &path, qreal devicePixelRatio,
                        QString *error = nullptr);
    static bool saveSvg(ExportablePanel &panel, const QString &path, QString *error = nullptr);
    static bool saveCsv(ExportablePanel &panel, const QString &path, QString *error = nullptr);

    // <folder>/<figure>.png and .svg for every figure of every panel (exportFigureNames(): the
    // panel's exportName() unless it has several), then <folder>/<exportName>.csv; creates the
    // folder. Stops at the first failure. written receives every file completed, in order.
    static bool exportAll(const QList<ExportablePanel *> &panels, const QString &folder,
                          qreal devicePixelRatio, QStringList *written = nullptr,
                          QString *error = nullptr);
};
