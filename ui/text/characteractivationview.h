#pragma once

// A stretch of text as the network read it, every character tinted by one unit's value at that
// step (Karpathy's pictures of cells that follow quotes or line length): the unit (layer and
// number) and the quantity (any gate, c or h) are chosen with the controls above the text.
// Colours come from ColorScale as in the gate maps (sigmoid gates 0 … 1 sequential; g and h
// -1 … 1 diverging; c diverging, widened to a round bound when it goes beyond ±1), with a
// legend under the text. The text wraps into lines; a newline is drawn as ↵ and breaks the
// line, a space as a tinted gap. Hovering a character shows its value; clicking it selects that
// time step (timeStepClicked) and the line under the text gives the network's five likeliest
// next characters there with their probabilities.
//
// The text is drawn as large as fits, down to a smallest size; when even then it does not fit,
// the view shows as many characters as fit, from the start or, when the selected one would be
// left out, around it, and the legend says which.

#include "colorscale.h"
#include "exportablepanel.h"
#include "gatetrace.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace lstmlab {
struct TextTrace;
}
class QComboBox;
class QuantityBox;
class QLabel;
class QSpinBox;

class CharacterActivationView : public QWidget, public ExportablePanel
{
    Q_OBJECT

public:
    explicit CharacterActivationView(QWidget *parent = nullptr);
    ~CharacterActivationView() override;

    // The trace to show (shared, not copied); the unit, quantity and selection stay, clamped.
    void setTrace(std::shared_ptr<const lstmlab::TextTrace> trace);
    const lstmlab::TextTrace *trace() const { return m_trace.get(); }

    // The unit shown (0-based layer, unit number); clamped to the trace. No signal.
    void setUnit(int layer, int unit);
    int layer() const { return m_layer; }
    int unit() const { return m_unit; }
    void setQuantity(lstmlab::Gate quantity);
    lstmlab::Gate quantity() const { return m_quantity; }

    // The selected time step (-1: none), as a click sets it, without the signal.
    void setSelectedTimeStep(int t);
    int selectedTimeStep() const { return m_selectedT; }

    // The chosen quantity of the chosen unit at step t (NaN when there is none), its tint, and
    // the colour scale in use.
    float valueAt(int t) const;
    QRgb tintAt(int t) const;
    const ColorScale &colorScale() const { return m_scale; }
    // Where character t is drawn (empty when it is not shown), and the character under a point.
    QRectF characterRect(int t) const;
    int characterAt(const QPointF &pos) const;
    // How many characters are shown (all of the stretch unless it does not fit), from which.
    int shownCharacters() const;
    int firstShown() const;
    // The hover text of character t; the line with the five likeliest next characters at the
    // selected step (a hint when none is selected).
    QString characterToolTip(int t) const;
    QString nextCharactersText() const;
    // How a character is written in the view and in texts: ↵ for a newline, ␣ for a space.
    static QString displayText(char32_t character);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // ExportablePanel: the view as shown; the CSV has one row per character (t, character, the
    // value shown, the five next characters and their probabilities).
    QString exportName() const override;
    QString exportTitle() const override;
    QWidget *exportWidget() override;
    QString exportCsv() const override;

signals:
    void timeStepClicked(int t);
    // The learner chose another unit or quantity with the view's own controls.
    void unitChanged(int layer, int unit);
    void quantityChanged(lstmlab::Gate quantity);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        QFont font;
        std::vector<QRectF> cells; // per character; empty rect when not shown
        QRectF legend;             // the colour bar
        QRectF legendText;         // the line saying what is shown, left of the bar
        int first = 0;             // the first character shown
        int shown = 0;             // how many, from first
    };

    void retranslate();
    void updateControls();
    void updateScale();
    // The layout for the current size and trace, made when first needed after a change (a
    // hidden widget gets no resize event, so it is not made there).
    const Layout &currentLayout() const;
    void relayout() { m_layoutDirty = true; }
    Layout layoutFor(const QRectF &area, double scale, int first) const;
    QRectF textArea() const;
    QString legendCaption() const;
    void updateNextLabel();

    std::shared_ptr<const lstmlab::TextTrace> m_trace;
    int m_layer = 0;
    int m_unit = 0;
    lstmlab::Gate m_quantity = lstmlab::Gate::CellState;
    int m_selectedT = -1;
    int m_hoverT = -1;
    ColorScale m_scale{ColorScale::Kind::Diverging, -1.0, 1.0};
    mutable Layout m_layout;
    mutable bool m_layoutDirty = true;
    mutable QSize m_layoutSize;

    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layerBox = nullptr;
    QLabel *m_unitLabel = nullptr;
    QSpinBox *m_unitBox = nullptr;
    QLabel *m_quantityLabel = nullptr;
    QuantityBox *m_quantityBox = nullptr; // the trace's cell's values
    QWidget *m_canvas = nullptr;   // the room the text is painted in (transparent, no events)
    QLabel *m_nextLabel = nullptr; // the five likeliest next characters at the selected step
};
