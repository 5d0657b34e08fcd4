#pragma once

// File > Export ... and every panel's right-click menu: one panel as PNG, SVG or CSV through a
// file dialog, or every panel into a folder (Export All). It remembers the last folder used
// (the window stores it as a setting, see folderUsed()) and reports what it wrote as a status
// message. The writing itself is PanelExporter's.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class ExportablePanel;
class QAction;
class QMenu;
class QWidget;

class ExportActions : public QObject
{
    Q_OBJECT

public:
    enum class Format { Png, Svg, Csv };

    // window: the dialogs' parent, whose screen gives PNGs their pixel ratio.
    ExportActions(QWidget *window, QList<ExportablePanel *> panels);

    QList<ExportablePanel *> panels() const { return m_panels; }
    // Before addMenusTo(): one more panel in the menus and in Export All.
    void addPanel(ExportablePanel *panel) { m_panels.append(panel); }
    QAction *exportAllAction() const { return m_exportAll; }
    // One "Export <panel> Panel" submenu per panel, Export Scale, then Export All.
    void addMenusTo(QMenu *menu);
    // A right-click on widget offers its panel's three formats, Export All and then extra.
    void attachContextMenu(QWidget *widget, ExportablePanel *panel, const QList<QAction *> &extra = {});

    // PNGs are written at the screen's pixel ratio times this scale (1, 2 or 4; SVG and CSV
    // do not change). The File menu's Export Scale submenu sets it.
    void setScale(int scale);
    int scale() const { return m_scale; }

    // The folder dialogs start in: the last one used if it still exists, else Pictures or home.
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const;

    // Writes one panel without a dialog; false with a message naming the path on failure.
    bool exportPanel(ExportablePanel *panel, Format format, const QString &path, QString *error = nullptr);
    // Every panel as PNG, SVG and CSV into folder (created if missing).
    bool exportAllTo(const QString &folder, QStringList *written = nullptr, QString *error = nullptr);

    void retranslate();

public slots:
    void exportInteractive(ExportablePanel *panel, Format format);
    void exportAllInteractive();

signals:
    // A dialog's export succeeded into folder (the next dialog starts there).
    void folderUsed(const QString &folder);
    void statusMessage(const QString &text, int timeoutMs);
    // The user chose another scale in the menu.
    void scaleChanged(int scale);

private:
    qreal pixelRatio() const;

    QWidget *m_window = nullptr;
    QList<ExportablePanel *> m_panels;
    QList<QMenu *> m_menus;   // one per panel, in m_panels order
    QAction *m_exportAll = nullptr;
    QMenu *m_scaleMenu = nullptr;
    int m_scale = 1;
    QString m_folder;
};
