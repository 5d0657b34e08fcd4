#pragma once

// One cell of the chosen kind. The GRU: its gate layers reset r and update z (sigma) and the
// candidate n (tanh), r scaling the candidate's recurrent part, and h_{t-1} carried along the
// top where z keeps z * h_{t-1} and (1 - z) * n is added; the plain RNN: one tanh layer whose
// output is h_t. The LSTM, drawn as the seed notes explain it: the four gate layers (forget f, input i,
// cell candidate g, output o; sigma, sigma, tanh, sigma), each a dashed box holding num_units
// neurons; the inputs x_t and h_{t-1} joined into one vector that feeds every neuron of every
// gate layer; the cell state's path c_{t-1} -> x -> + -> c_t and the output h_t = o * tanh(c_t).
// Every neuron is drawn up to maxDrawnNeurons per layer; beyond that the middle of each column
// is elided and says how many it stands for, while the caption always states the count.
//
// The drawing is laid out once on a fixed logical canvas and scaled to the widget, keeping
// its proportions, so it stays crisp at any size and in SVG export; when small, it keeps the
// symbols only (isCompact()). Given the gate values of
// one time step (a trace), each neuron is shaded by its value with the heatmaps' colours.

#include "modelconfig.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

class QPainter;

class CellDiagram : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxDrawnNeurons = 32;
    // With more units than maxDrawnNeurons: this many at the top and bottom of each column.
    static constexpr int elidedHead = 14;
    static constexpr int elidedTail = 4;

    explicit CellDiagram(QWidget *parent = nullptr);

    // The cell of layer `layer` (0-based) of `layers`; its input x_t has inputSize numbers
    // (1 for the first layer on a scalar signal, num_units for the layers above).
    void setShape(int inputSize, int units, int layer, int layers);
    int inputSize() const { return m_inputSize; }
    int units() const { return m_units; }
    int layer() const { return m_layer; }
    int layers() const { return m_layers; }

    // The activated gates at time step t, order i, f, g, o (GRU r, z, n; plain RNN h), each of
    // the cell's columns with units() values; any other size clears the shading.
    void setActivations(const std::array<std::vector<float>, 4> &values, int t);
    void clearActivations();
    bool hasActivations() const { return m_activationStep >= 0; }
    int activationStep() const { return m_activationStep; }

    // The cell drawn, with the names of its gate layers (GRU r, z, n; plain RNN its one layer);
    // the LSTM's names are setGateNames()'s.
    void setCell(lstmlab::RecurrentCell cell, const QStringList &names = {});
    lstmlab::RecurrentCell cell() const { return m_cell; }
    int columnCount() const { return lstmlab::cellGateCount(m_cell); }

    // Names of the four gate layers, order i, f, g, o (the standard names by default).
    void setGateNames(const QStringList &names);
    QStringList gateNames() const { return m_names; }
    static QStringList standardGateNames();

    // Neurons drawn in each gate column for this many units: all of them up to
    // maxDrawnNeurons, else elidedHead + elidedTail.
    static int drawnNeurons(int units);
    // What num_units means for this cell, and what the shading shows: the view shows these
    // above the drawing, in the window's own font.
    QString caption() const;
    QString subtitle() const;
    // Below a certain size the drawing keeps only its symbols (and each column's count, large);
    // compactLegend() then says in words what the small print said.
    bool isCompact() const;
    QString compactLegend() const;
    double drawingScale() const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override; // the drawing's proportions
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void compactChanged(bool compact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void paintCell(QPainter &painter, bool compact) const;
    void paintOtherCell(QPainter &painter, bool compact) const; // the GRU and the plain RNN
    void paintGateColumn(QPainter &painter, int gate, const QRectF &box, bool compact) const;
    bool paintInputBus(QPainter &painter, const std::vector<QRectF> &boxes, double symbolSize, bool compact) const;
    QString neuronsText() const;
    static QString numbersText(int count);

    int m_inputSize = 1;
    int m_units = 20;
    int m_layer = 0;
    int m_layers = 2;
    int m_activationStep = -1;
    std::array<std::vector<float>, 4> m_activations;
    QStringList m_names;
    bool m_customNames = false;
    lstmlab::RecurrentCell m_cell = lstmlab::RecurrentCell::Lstm;
    QStringList m_cellNames; // the GRU's or plain RNN's column names
    bool m_compact = false;
};
