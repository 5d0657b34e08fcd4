#pragma once

// The gate panels: six heatmaps (input gate i, forget gate f, cell candidate g, output gate o,
// cell state c, hidden state h) of one layer for one test window, in a 3x2, 2x3 or 6x1 grid
// that follows the panel's shape, with a layer selector and a line saying which window is shown.
// Fed by value from TrainingSnapshot::trace; a click on a cell marks that unit and time step
// in all six maps.

#include "exportablepanel.h"
#include "gatetrace.h"

#include <QStringList>
#include <QWidget>

#include <array>

struct TrainingSnapshot;
class HeatmapWidget;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;

class GatePanel : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    explicit GatePanel(QWidget *parent = nullptr);

    // Takes s.trace (and, for the window's x range, s.realTest and s.traceWindow).
    void updateSnapshot(const TrainingSnapshot &s);
    // The same without a snapshot; windowX is the x of the window's first and last sample,
    // or NaN when unknown.
    void setTrace(const lstmlab::GateTrace &trace, double windowFirstX, double windowLastX);
    const lstmlab::GateTrace &trace() const { return m_trace; }

    // The shown layer, 0-based (the selector says "Layer 1" for 0).
    int layer() const { return m_layer; }
    void setLayer(int layer);
    int layerCount() const;

    HeatmapWidget *heatmap(lstmlab::Gate gate) const { return m_maps[std::size_t(gate)]; }
    // Columns of the grid in use: 3 (landscape), 2 (tall) or 6 (a wide, low strip).
    int gridColumns() const { return m_columns; }
    // The full line about the shown window (the label shows as much of it as fits).
    QString windowText() const;

    // The gate vocabulary, in the order i, f, g, o, c, h: titles and tooltips of the maps.
    void setGateNames(const QStringList &names);
    QStringList gateNames() const { return m_names; }
    // Tooltip and What's This texts, same order; empty entries keep the current text.
    void setGateDescriptions(const QStringList &toolTips, const QStringList &whatsThis);
    static QStringList standardGateNames();
    // Marks a unit and time step in all six maps, as a click does but without cellClicked();
    // -1 clears the mark.
    void selectCell(int unit, int t);
    int selectedUnit() const { return m_selectedUnit; }
    int selectedTimeStep() const { return m_selectedT; }

    // ExportablePanel
    QString exportName() const override;
    QString exportTitle() const override;
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override; // layer,unit,t,i,f,g,o,c,h for all layers, layer 1-based

signals:
    void layerChanged(int layer);
    void cellClicked(int layer, int unit, int t);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString mapWhatsThis(int gate) const;
    void refresh();
    void showLayer();
    void updateLayerSelector();
    void updateWindowLabel();
    void fitWindowLabel();
    void arrangeGrid(int columns);
    int preferredColumns(const QSize &size) const;

    lstmlab::GateTrace m_trace;
    double m_windowFirstX = 0.0;
    double m_windowLastX = 0.0;
    int m_layer = 0;
    int m_columns = 0;
    int m_selectedUnit = -1;
    int m_selectedT = -1;
    bool m_customNames = false;
    bool m_customToolTips = false;
    bool m_customWhatsThis = false;
    QStringList m_names;
    QStringList m_toolTips;
    QStringList m_whatsThis;
    QStringList m_windowVariants;
    QComboBox *m_layerBox = nullptr;
    QLabel *m_layerLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QGridLayout *m_grid = nullptr;
    QHBoxLayout *m_topRow = nullptr;
    std::array<HeatmapWidget *, lstmlab::gateCount> m_maps{};
};
