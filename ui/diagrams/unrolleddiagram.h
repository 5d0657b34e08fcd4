#pragma once

// The network unrolled over the time steps of one input window, drawn as the seed notes insist
// it must be read: the SAME cell (per layer) repeated once per time step, with the cell state c
// and the hidden state h carried from each copy to the next, the window's samples x_t under the
// copies, and the last step's h feeding the dense tanh head that predicts the next sample.
// When the copies do not fit, the middle ones are elided (the chosen step always stays drawn)
// and the gap says how many it stands for. One time step is highlighted; clicking a copy
// chooses it (timeStepClicked), which the window passes on to the gate heatmaps.
//
// Laid out in widget pixels, so the number of copies drawn follows the width.

#include "modelconfig.h"

#include <QVector>
#include <QWidget>

#include <vector>

class UnrolledDiagram : public QWidget
{
    Q_OBJECT

public:
    static constexpr int minimumPitch = 62;     // px per drawn copy
    static constexpr int maximumShownLayers = 4; // more layers: the middle ones are elided

    explicit UnrolledDiagram(QWidget *parent = nullptr);

    void setShape(int layers, int units, int timesteps);
    // The cell in every box: the LSTM carries c and h to the next step, the GRU and the plain
    // RNN h alone.
    void setCell(lstmlab::RecurrentCell cell);
    lstmlab::RecurrentCell cell() const { return m_cell; }
    int layers() const { return m_layers; }
    int units() const { return m_units; }
    int timesteps() const { return m_timesteps; }

    // The traced window's T samples (x_0 .. x_{T-1}), its label and the network's output;
    // samples of another length clear them.
    void setWindow(const std::vector<float> &samples, float target, float prediction);
    void clearWindow();
    bool hasWindow() const { return !m_samples.empty(); }

    // The highlighted step, 0-based like the heatmaps' axis; -1 for none.
    void setSelectedTimeStep(int t);
    int selectedTimeStep() const { return m_selected; }

    // The columns drawn at the current width, left to right: time steps, and -1 where a run
    // of elided copies sits.
    QVector<int> visibleColumns() const;
    // Time step under a widget position, or -1.
    int timeStepAt(const QPointF &pos) const;
    // The horizontal centre of a drawn step's copies, or NaN when it is elided.
    double columnCentre(int t) const;
    QString title() const;
    QString subtitle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void timeStepClicked(int t);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    // Every text, in the current language (from the constructor and on a language change).
    void retranslateUi();
    struct Geometry {
        QRectF columns;         // where the copies go
        double pitch = 0.0;
        QVector<int> visible;   // as visibleColumns()
        QVector<int> rows;      // layers drawn bottom to top (0-based), -1 for an elided run
        double rowHeight = 0.0;
        double headLeft = 0.0;
        double captionBottom = 0.0;
        double inputTop = 0.0;
    };
    Geometry geometry() const;
    static QVector<int> chooseColumns(int timesteps, int capacity, int selected);

    int m_layers = 2;
    int m_units = 20;
    int m_timesteps = 20;
    int m_selected = -1;
    std::vector<float> m_samples;
    float m_target = 0.f;
    float m_prediction = 0.f;
    lstmlab::RecurrentCell m_cell = lstmlab::RecurrentCell::Lstm;
};
