#pragma once

// The text task's analysis views in one panel, fed one TextTrace (texttrace.h) at a time:
// the character view (a stretch of text tinted by one unit), find-a-unit (units ranked by how
// closely they follow a feature of the text), the gate maps of a layer with the characters
// under their time axis, and the gate inspector. They share one choice of layer, unit and time
// step: clicking a character, a ranked unit, a map cell or the inspector's own controls moves
// all four to it.
//
// The gate maps and the inspector show a window of gateWindowSteps steps around the chosen time
// step (so the characters under the maps' time axis can be read); the window follows the
// choice. Layout: the character view above the gate maps on the left; find-a-unit and the
// inspector on the right, as two tabs.

#include "gatetrace.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace lstmlab {
struct TextTrace;
}
class CharacterActivationView;
class ExportablePanel;
class FindUnitPanel;
class GateInspector;
class GatePanel;
class GateVocabulary;
class QSplitter;
class QTabWidget;

class TextAnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int gateWindowSteps = 24;

    explicit TextAnalysisPanel(QWidget *parent = nullptr);
    ~TextAnalysisPanel() override;

    // The one call the text page feeds: a trace over a stretch of text (copied once, then
    // shared by the views). The chosen unit, quantity and time step stay, clamped.
    void setTrace(const lstmlab::TextTrace &trace);
    void setTrace(std::shared_ptr<const lstmlab::TextTrace> trace);
    const lstmlab::TextTrace *trace() const { return m_trace.get(); }

    // Shows a unit (0-based layer) at a time step (-1 keeps the current one) in every view.
    void selectCell(int layer, int unit, int t = -1);
    int layer() const { return m_layer; }
    int unit() const { return m_unit; }
    int timeStep() const { return m_t; }

    // The gate names and texts in use (View > Gate Names), for the maps and the inspector.
    void setVocabulary(const GateVocabulary &vocabulary);

    // The views that export (PNG, SVG, CSV): the character view, find-a-unit, the gate maps.
    QList<ExportablePanel *> exportablePanels() const;

    // The first step of the trace the gate maps show (their t = 0).
    int gateWindowFirst() const { return m_windowFirst; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Cuts the maps' window around the chosen step when it moved out of it (or always).
    void updateGateWindow(bool always);

    std::shared_ptr<const lstmlab::TextTrace> m_trace;
    int m_layer = 0;
    int m_unit = 0;
    int m_t = -1;
    int m_windowFirst = 0;
    int m_windowCount = 0;
    CharacterActivationView *m_characters = nullptr;
    FindUnitPanel *m_finder = nullptr;
    GatePanel *m_gates = nullptr;
    GateInspector *m_inspector = nullptr;
    QTabWidget *m_side = nullptr;
};
