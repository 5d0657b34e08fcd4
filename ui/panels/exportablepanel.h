#pragma once

// A panel that can be saved: as PNG at the screen's device pixel ratio, as SVG, and its data
// as CSV. PanelExporter does the writing; the panel only says what it is and what it holds.

#include <QString>
#include <QStringList>

class QWidget;

class ExportablePanel
{
public:
    virtual ~ExportablePanel() = default;
    // File-name stem and human name: "loss" / tr("Loss").
    virtual QString exportName() const = 0;
    virtual QString exportTitle() const = 0;
    // The widget whose rendering is the image (render() is used, so it may be hidden).
    virtual QWidget *exportWidget() = 0;
    // The numbers behind the picture, with a header row.
    virtual QString exportCsv() const = 0;
    // Export All draws one figure (PNG and SVG) per name here, and the CSV once as exportName().
    // A panel with several figures (the gates of each layer) names them and shows figure k in
    // exportWidget() on showExportFigure(k); showExportFigure(-1) goes back to the screen's view.
    virtual QStringList exportFigureNames() const { return {exportName()}; }
    virtual void showExportFigure(int /*index*/) {}
};
