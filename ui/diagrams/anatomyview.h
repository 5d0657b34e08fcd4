#pragma once

// The anatomy of the network being trained, for the current settings, answering the seed
// notes' two difficulties on screen:
//  - one LSTM cell of the chosen layer (CellDiagram): four gate layers of num_units neurons
//    each, so "num_units = 20" reads as 20 neurons per gate layer, not 20 cells;
//  - the network unrolled over `timesteps` (UnrolledDiagram): the same cell repeated, the
//    state carried along, the chosen time step highlighted and clickable;
//  - every weight tensor with PyTorch's name and shape, and the parameter count, which is
//    PyTorch's count for nn.LSTM(I, H, num_layers=L) + nn.Linear(H, O):
//      per layer 4H (I_l + H + 2)  (weight_ih (4H, I_l), weight_hh (4H, H), two biases (4H)),
//      I_0 = I and I_l = H above; plus the head O (H + 1).
// The shape comes from setConfiguration(); a snapshot adds the traced window's samples and,
// for the chosen time step, each neuron's value.

#include "exportablepanel.h"
#include "gatetrace.h"
#include "gatevocabulary.h"
#include "modelconfig.h"

#include <QList>
#include <QStringList>
#include <QWidget>

struct TrainingSnapshot;
class CellDiagram;
class QGridLayout;
class QComboBox;
class QToolButton;
class QLabel;
class QTableWidget;
class UnrolledDiagram;

class AnatomyView : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    struct Tensor {
        QString name;     // PyTorch's name: weight_ih_l0, ..., head.weight, head.bias
        int layer = -1;   // the LSTM layer, -1 for the head
        int rows = 0;
        int columns = 0;  // 0 for a vector
        QString formula;  // the shape in symbols: "4H × I", "4H", "O × H"
        qint64 count() const { return qint64(rows) * (columns > 0 ? columns : 1); }
    };

    explicit AnatomyView(QWidget *parent = nullptr);

    // Every tensor of the model, in the model file's (and PyTorch's state_dict) order.
    static QList<Tensor> tensors(const lstmlab::ModelConfig &model);
    // The number of trainable parameters: the sum over tensors().
    static qint64 parameterCount(const lstmlab::ModelConfig &model);

    void setConfiguration(const lstmlab::ModelConfig &model);
    lstmlab::ModelConfig configuration() const { return m_model; }
    // The traced window (samples, target, prediction) and the gate values of the chosen step.
    void updateSnapshot(const TrainingSnapshot &snapshot);

    // The layer whose cell is drawn, 0-based.
    void setLayer(int layer);
    int layer() const { return m_layer; }
    // The highlighted time step, 0-based; by default the last (the one the head reads).
    void setSelectedTimeStep(int t);
    // Whether the view is shown large (its dock floating): the button offers the other way.
    void setShownLarge(bool large);
    bool isShownLarge() const { return m_shownLarge; }
    int selectedTimeStep() const;

    // The four gate layers' names, order i, f, g, o (a vocabulary's first four names).
    void setGateNames(const QStringList &names);
    // The vocabulary naming the GRU's and the plain RNN's gate layers (the cell comes with
    // setConfiguration()).
    void setVocabulary(const GateVocabulary &vocabulary);

    // The parameter count as shown, with its sum spelled out.
    QString parameterText() const;

    CellDiagram *cellDiagram() const { return m_cell; }
    UnrolledDiagram *unrolledDiagram() const { return m_unrolled; }
    QTableWidget *weightTable() const { return m_table; }
    QComboBox *layerBox() const { return m_layerBox; }
    QLabel *captionLabel() const { return m_caption; }

    // ExportablePanel
    QString exportName() const override { return QStringLiteral("anatomy"); }
    QString exportTitle() const override { return tr("Anatomy"); }
    QWidget *exportWidget() override { return this; }
    QString exportCsv() const override; // tensor,layer,rows,columns,parameters + the total

signals:
    // The learner chose a time step (a copy in the unrolled view) or a layer here.
    void timeStepSelected(int t);
    void layerSelected(int layer);
    // The Show Large / Back to the Dock button: the window shows the view large (or back).
    void largeViewRequested(bool large);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLayerBox();
    void updateCell();
    void updateTable();
    void updateActivations();
    void arrange();
    void updateCellText();

    lstmlab::ModelConfig m_model;
    int m_layer = 0;
    int m_selectedT = -1;      // -1: follow the last step
    QStringList m_gateNames;
    GateVocabulary m_vocabulary;

    lstmlab::GateTrace m_trace; // the last one that fits the configuration, else empty

    QGridLayout *m_grid = nullptr;
    QWidget *m_weights = nullptr;
    int m_wide = -1;           // the arrangement in use: 1 side by side, 0 stacked
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layerBox = nullptr;
    QToolButton *m_largeButton = nullptr;
    bool m_shownLarge = false;
    QWidget *m_cellBox = nullptr;   // the captions, the drawing and its compact legend
    QLabel *m_caption = nullptr;
    QLabel *m_subtitle = nullptr;
    CellDiagram *m_cell = nullptr;
    QLabel *m_legend = nullptr;
    UnrolledDiagram *m_unrolled = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
};
