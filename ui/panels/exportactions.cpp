#include "exportactions.h"

#include "exportablepanel.h"
#include "panelexporter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyle>
#include <QWidget>
#include <QWindow>

#include <algorithm>

ExportActions::ExportActions(QWidget *window, QList<ExportablePanel *> panels)
    : QObject(window)
    , m_window(window)
    , m_panels(std::move(panels))
{
    setObjectName(QStringLiteral("exportActions"));
    m_exportAll = new QAction(window->style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_exportAll->setObjectName(QStringLiteral("exportAllAction"));
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAll, &QAction::triggered, this, &ExportActions::exportAllInteractive);
    retranslate();
}

void ExportActions::addMenusTo(QMenu *menu)
{
    for (ExportablePanel *panel : std::as_const(m_panels)) {
        auto *submenu = new QMenu(menu);
        submenu->addAction(QString(), this, [this, panel] { exportInteractive(panel, Format::Png); });
        submenu->addAction(QString(), this, [this, panel] { exportInteractive(panel, Format::Svg); });
        submenu->addAction(QString(), this, [this, panel] { exportInteractive(panel, Format::Csv); });
        menu->addMenu(submenu);
        m_menus.append(submenu);
    }
    m_scaleMenu = new QMenu(menu);
    m_scaleMenu->setObjectName(QStringLiteral("exportScaleMenu"));
    auto *group = new QActionGroup(m_scaleMenu);
    for (const int scale : {1, 2, 4}) {
        QAction *action = m_scaleMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(scale == m_scale);
        action->setData(scale);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, scale] {
            setScale(scale);
            emit scaleChanged(scale);
        });
    }
    menu->addMenu(m_scaleMenu);
    menu->addAction(m_exportAll);
    retranslate();
}

void ExportActions::attachContextMenu(QWidget *widget, ExportablePanel *panel, const QList<QAction *> &extra)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget, panel, extra](const QPoint &pos) {
        QMenu menu(widget);
        menu.addAction(tr("Save %1 as PNG…").arg(panel->exportTitle()), this,
                       [this, panel] { exportInteractive(panel, Format::Png); });
        menu.addAction(tr("Save %1 as SVG…").arg(panel->exportTitle()), this,
                       [this, panel] { exportInteractive(panel, Format::Svg); });
        menu.addAction(tr("Save %1 Data as CSV…").arg(panel->exportTitle()), this,
                       [this, panel] { exportInteractive(panel, Format::Csv); });
        menu.addSeparator();
        menu.addAction(m_exportAll);
        if (!extra.isEmpty()) {
            menu.addSeparator();
            menu.addActions(extra);
        }
        menu.exec(widget->mapToGlobal(pos));
    });
}

QString ExportActions::folder() const
{
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        return m_folder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

void ExportActions::setScale(int scale)
{
    m_scale = scale >= 4 ? 4 : scale >= 2 ? 2 : 1;
    if (m_scaleMenu) {
        for (QAction *action : m_scaleMenu->actions())
            action->setChecked(action->data().toInt() == m_scale);
    }
}

qreal ExportActions::pixelRatio() const
{
    const QWindow *window = m_window->windowHandle();
    const qreal ratio = window ? window->devicePixelRatio() : m_window->devicePixelRatioF();
    return std::max<qreal>(1.0, ratio) * m_scale;
}

bool ExportActions::exportPanel(ExportablePanel *panel, Format format, const QString &path, QString *error)
{
    switch (format) {
    case Format::Png: return PanelExporter::savePng(*panel, path, pixelRatio(), error);
    case Format::Svg: return PanelExporter::saveSvg(*panel, path, error);
    case Format::Csv: return PanelExporter::saveCsv(*panel, path, error);
    }
    return false;
}

bool ExportActions::exportAllTo(const QString &folder, QStringList *written, QString *error)
{
    return PanelExporter::exportAll(m_panels, folder, pixelRatio(), written, error);
}

void ExportActions::retranslate()
{
    m_exportAll->setText(tr("Export &All…"));
    m_exportAll->setIconText(tr("Export all"));
    m_exportAll->setToolTip(tr("Save every panel as PNG, SVG and CSV into a folder (Ctrl+Shift+E)"));
    if (m_scaleMenu) {
        m_scaleMenu->setTitle(tr("Export &Scale"));
        m_scaleMenu->setToolTip(tr("PNG images are saved at this multiple of the screen's pixels; SVG and CSV do not change"));
        for (QAction *action : m_scaleMenu->actions())
            action->setText(tr("&%1x").arg(action->data().toInt()));
    }
    for (int k = 0; k < m_menus.size() && k < m_panels.size(); ++k) {
        QMenu *menu = m_menus[k];
        menu->setTitle(tr("Export %1 Panel").arg(m_panels[k]->exportTitle()));
        const QList<QAction *> actions = menu->actions();
        actions.at(0)->setText(tr("As &PNG Image…"));
        actions.at(1)->setText(tr("As &SVG Drawing…"));
        actions.at(2)->setText(tr("Its &Data as CSV…"));
    }
}

void ExportActions::exportInteractive(ExportablePanel *panel, Format format)
{
    static const char *const suffixes[] = {"png", "svg", "csv"};
    static const char *const filters[] = {QT_TR_NOOP("PNG image (*.png)"), QT_TR_NOOP("SVG drawing (*.svg)"),
                                          QT_TR_NOOP("CSV table (*.csv)")};
    const QString suffix = QString::fromLatin1(suffixes[int(format)]);
    const QString proposed = QDir(folder()).filePath(panel->exportName() + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export %1").arg(panel->exportTitle()), proposed,
                                                tr(filters[int(format)]));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QString error;
    if (!exportPanel(panel, format, path, &error)) {
        QMessageBox::warning(m_window, tr("Export failed"),
                             tr("%1 could not be saved to\n%2\n\n%3\n\nTraining and your settings "
                                "are unaffected; choose another folder and try again.")
                                 .arg(panel->exportTitle(), QDir::toNativeSeparators(path), error));
        return;
    }
    m_folder = QFileInfo(path).absolutePath();
    emit folderUsed(m_folder);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportActions::exportAllInteractive()
{
    const QString chosen = QFileDialog::getExistingDirectory(m_window, tr("Export All Panels to Folder"), folder());
    if (chosen.isEmpty())
        return;
    QStringList written;
    QString error;
    if (!exportAllTo(chosen, &written, &error)) {
        QMessageBox::warning(m_window, tr("Export failed"),
                             tr("Not every panel could be saved to\n%1\n\n%2\n\n%n file(s) were "
                                "written before the failure. Training and your settings are "
                                "unaffected.", nullptr, int(written.size()))
                                 .arg(QDir::toNativeSeparators(chosen), error));
        return;
    }
    m_folder = chosen;
    emit folderUsed(m_folder);
    emit statusMessage(tr("Saved %n file(s) to %1", nullptr, int(written.size()))
                           .arg(QDir::toNativeSeparators(chosen)), 8000);
}
