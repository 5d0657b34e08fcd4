#pragma once

// The gate inspector: for one cell of the gate heatmaps (layer, unit, time step) it writes out
// that unit's equations (1)-(6) of lstmlayer.h (for a GRU (27)-(30) of grulayer.h, for a plain
// RNN (24) of rnnlayer.h) with the real numbers of the trace plugged in,
// the input part W_i* x_t + b_i* and the recurrent part W_h* h_{t-1} + b_h* of every gate
// apart, and one plain sentence per gate reading the numbers for a learner. It keeps the cell
// when a new trace arrives, so the numbers move live with training. Numbers are rounded for
// reading; hovering one shows every digit, and "All digits" prints them all.
//
// Values holds exactly what is shown, read from the trace (c_{t-1} and h_{t-1} from step t-1,
// 0 at t = 0); tests compare it with the trace.

#include "gatetrace.h"
#include "gatevocabulary.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QTextBrowser;

class GateInspector : public QWidget
{
    Q_OBJECT

public:
    struct Values {
        lstmlab::RecurrentCell cell = lstmlab::RecurrentCell::Lstm;
        int layer = 0;
        int unit = 0;
        int t = 0;
        int layers = 0;     // shape of the trace it came from
        int units = 0;      // H
        int timesteps = 0;  // T
        int inputSize = 0;  // width of x_t
        float x = 0.f;      // x_t's first entry: on layer 1, the signal sample at step t
        // Order i, f, g, o (GRU: r, z, n and a zero; plain RNN: its one layer, then zeros).
        std::array<float, lstmlab::gateLayerCount> inputPart{};     // W_i* x_t + b_i*
        std::array<float, lstmlab::gateLayerCount> recurrentPart{}; // W_h* h_{t-1} + b_h*
        // their sum; the GRU's n: W_in x_t + b_in + r * (W_hn h_{t-1} + b_hn)
        std::array<float, lstmlab::gateLayerCount> preActivation{};
        std::array<float, lstmlab::gateLayerCount> gate{};          // the activated i, f, g, o (r, z, n; h)
        float cPrev = 0.f;      // c_{t-1} (0 at t = 0)
        float hPrev = 0.f;      // h_{t-1} (0 at t = 0)
        float forgetPart = 0.f; // f * c_{t-1}: the notes' forget gate output
        float learnPart = 0.f;  // i * g: the notes' learn gate output
        float keepPart = 0.f;   // GRU: z * h_{t-1}, what the update gate keeps
        float newPart = 0.f;    // GRU: (1 - z) * n, what the candidate adds
        float c = 0.f;          // c_t from the trace (LSTM only)
        float tanhC = 0.f;      // tanh(c_t)
        float h = 0.f;          // h_t from the trace
        bool lastOfNetwork = false; // last layer, last step: the head reads this h
        float prediction = 0.f;     // the network's output for the window

        bool operator==(const Values &) const = default;
    };

    // The values of one cell, or nothing when the trace does not have it.
    static std::optional<Values> compute(const lstmlab::GateTrace &trace, int layer, int unit, int t);

    explicit GateInspector(QWidget *parent = nullptr);

    // A new trace (each snapshot): the chosen cell stays, clamped into the new shape.
    void setTrace(const lstmlab::GateTrace &trace);
    // For a text network: the character read at every time step. The inspector then speaks of
    // the text (x_t is the one-hot vector of the character, the head gives next-character
    // probabilities) instead of the test window. Empty: the sine's wording.
    void setTimeLabels(const QStringList &labels);
    QStringList timeLabels() const { return m_timeLabels; }
    // Chooses the cell shown (no signal). Out-of-range values are clamped once a trace is there.
    void setCell(int layer, int unit, int t);
    bool hasCell() const { return m_layer >= 0; }
    int layer() const { return m_layer; }
    int unit() const { return m_unit; }
    int timeStep() const { return m_t; }

    // What is shown: empty before there is both a trace and a cell.
    const std::optional<Values> &values() const { return m_values; }

    void setVocabulary(const GateVocabulary &vocabulary);
    const GateVocabulary &vocabulary() const { return m_vocabulary; }

    void setAllDigits(bool on);
    bool allDigits() const;

    // The rich text shown, and the same as plain text.
    QString html() const { return m_html; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

signals:
    // The learner chose another cell with the inspector's own controls.
    void cellRequested(int layer, int unit, int t);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The "All digits" box ends the selector row when the inspector is wide enough for it,
    // and takes a row of its own below when it is not (the text page's narrow side column).
    void placeDigitsBox();
    void retranslate();
    void recompute();
    void render();
    void updateSelectors();
    void onSelectorChanged();
    QString number(float value) const;
    QString factor(float value) const;
    QString buildHtml(const Values &v) const;
    QString buildOtherCellHtml(const Values &v) const; // the GRU and the plain RNN
    QString gateBlock(const Values &v, int gate) const;
    QString gateEquation(const Values &v, int gate) const;
    QString partsLine(const Values &v, int gate) const;
    QString gateSentence(const Values &v, int gate) const;
    QString cellEquation(const Values &v) const;
    QString hiddenEquation(const Values &v) const;
    QString header(const Values &v) const;

    bool textMode() const;

    lstmlab::GateTrace m_trace;
    QStringList m_timeLabels;
    GateVocabulary m_vocabulary;
    std::optional<Values> m_values;
    int m_layer = -1;
    int m_unit = -1;
    int m_t = -1;
    QString m_html;

    QLabel *m_layerLabel = nullptr;
    QSpinBox *m_layerBox = nullptr;
    QLabel *m_unitLabel = nullptr;
    QSpinBox *m_unitBox = nullptr;
    QLabel *m_stepLabel = nullptr;
    QSpinBox *m_stepBox = nullptr;
    QCheckBox *m_digitsBox = nullptr;
    QHBoxLayout *m_selectorRow = nullptr;
    QHBoxLayout *m_digitsRow = nullptr;
    QTextBrowser *m_browser = nullptr;
};
