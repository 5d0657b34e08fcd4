#pragma once

// The gate panels: one heatmap per value the trace's cell has (gatetrace.h) of one layer for
// one test window: for the LSTM six (input gate i, forget gate f, cell candidate g, output gate
// o, cell state c, hidden state h) in a 3x2, 2x3 or 6x1 grid that follows the panel's shape;
// for the GRU four (reset gate r, update gate z, candidate n, h) in 2x2 or 4x1; for the plain
// RNN h alone. The maps of slots the cell lacks are hidden, with a layer selector, a unit filter (all units, the most
// active ones, or as many as fit) and a line saying which window is shown.
// Fed by value from TrainingSnapshot::trace; a click on a cell marks that unit and time step
// in all six maps.

#include "exportablepanel.h"
#include "gatetrace.h"
#include "gatevocabulary.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

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
    // Which units the maps show. Top k: the k units of the layer with the largest mean |h| over
    // the shown window, in unit order. Fit: all units when each row gets at least
    // minimumRowPixels, else the most active units that fit at that height. Whatever the
    // filter, the marked unit (selectCell, the one the gate inspector reads) is always shown,
    // in place of the least active of the others.
    enum class UnitFilter { Fit, All, Top16, Top32, Top64 };
    static constexpr int unitFilterCount = 5;
    static constexpr int minimumRowPixels = 4;

    explicit GatePanel(QWidget *parent = nullptr);

    // Takes s.trace (and, for the window's x range, s.realTest and s.traceWindow).
    void updateSnapshot(const TrainingSnapshot &s);
    // The same without a snapshot; windowX is the x of the window's first and last sample,
    // or NaN when unknown.
    void setTrace(const lstmlab::GateTrace &trace, double windowFirstX, double windowLastX);
    const lstmlab::GateTrace &trace() const { return m_trace; }
    // For a text network: one label per time step under every map's time axis (the characters
    // read), and the line about what the maps show, from the most to the least explicit, in
    // place of the sine's "Test window ..." line. Empty lists give the sine's look back.
    void setTimeLabels(const QStringList &labels);
    QStringList timeLabels() const { return m_timeLabels; }
    void setWindowDescription(const QStringList &variants);

    // The shown layer, 0-based (the selector says "Layer 1" for 0).
    int layer() const { return m_layer; }
    void setLayer(int layer);
    int layerCount() const;

    HeatmapWidget *heatmap(lstmlab::Gate gate) const { return m_maps[std::size_t(gate)]; }

    void setUnitFilter(UnitFilter filter);
    UnitFilter unitFilter() const { return m_unitFilter; }
    // The real unit numbers of the rows shown for the current layer, ascending.
    const std::vector<int> &shownUnits() const { return m_shownUnits; }
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
    // The vocabulary for the GRU's and the plain RNN's maps (the LSTM's keep setGateNames()).
    void setVocabulary(const GateVocabulary &vocabulary);
    // The cell of the trace shown, and the slots drawn for it, in order.
    lstmlab::RecurrentCell cell() const { return m_trace.cell; }
    std::vector<lstmlab::Gate> shownGates() const;
    // Marks a unit and time step in all six maps, as a click does but without cellClicked();
    // a unit the filter left out joins the rows. -1 clears the mark.
    void selectCell(int unit, int t);
    int selectedUnit() const { return m_selectedUnit; }
    int selectedTimeStep() const { return m_selectedT; }

    // ExportablePanel. The picture is the six maps with their titles and labels, without the
    // selectors above them; Export All draws one per layer (gates-layer1, gates-layer2, ...), each
    // map titled with its layer.
    QString exportName() const override;
    QString exportTitle() const override;
    QWidget *exportWidget() override;
    // layer,unit,t and the cell's values (LSTM i,f,g,o,c,h; GRU r,z,n,h; RNN h), layer 1-based
    QString exportCsv() const override;
    QStringList exportFigureNames() const override;
    void showExportFigure(int index) override;

signals:
    void layerChanged(int layer);
    // unit is the real unit number, whatever the filter shows.
    void cellClicked(int layer, int unit, int t);
    // The user chose another unit filter.
    void unitFilterChanged(GatePanel::UnitFilter filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyNames();
    QString mapWhatsThis(int gate) const;
    void refresh();
    void showLayer();
    // The rows for a layer under the current filter and the maps' height.
    std::vector<int> unitsToShow(const lstmlab::LayerTrace &lt) const;
    void updateLayerSelector();
    void updateWindowLabel();
    void fitWindowLabel();
    void arrangeGrid(int columns);
    int preferredColumns(const QSize &size) const;

    lstmlab::GateTrace m_trace;
    GateVocabulary m_vocabulary;
    lstmlab::RecurrentCell m_namedCell = lstmlab::RecurrentCell::Lstm; // the cell the titles name
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
    QStringList m_timeLabels;
    QStringList m_description;   // replaces the window line when not empty
    UnitFilter m_unitFilter = UnitFilter::Fit;
    std::vector<int> m_shownUnits;
    std::vector<float> m_rows;   // one gate's shown rows, packed [row * timesteps + t]
    QComboBox *m_layerBox = nullptr;
    QComboBox *m_unitBox = nullptr;
    QLabel *m_unitLabel = nullptr;
    QLabel *m_layerLabel = nullptr;
    QLabel *m_windowLabel = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_mapsArea = nullptr;
    int m_exportLayer = -1;      // the layer Export All is drawing; -1: the shown one
    QHBoxLayout *m_topRow = nullptr;
    std::array<HeatmapWidget *, lstmlab::gateCount> m_maps{};
};
