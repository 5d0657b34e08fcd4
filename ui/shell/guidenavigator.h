#pragma once

// Help > Guide, and its "Show me" links: opens the GuideDialog with pictures of the window's
// panels as they are now, and when the learner clicks "Show me" raises the dock that holds
// the part named, selects what the text speaks of (the units box, the unit whose forget gate
// keeps the most) and flashes it.

#include "guidedialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class GateInspector;
class GatePanel;
class LossChart;
class PredictionChart;
class QDockWidget;
class QMainWindow;
class QWidget;
class GateVocabulary;
namespace lstmlab { struct GateTrace; struct LayerTrace; struct ModelConfig; }

class GuideNavigator : public QObject
{
    Q_OBJECT

public:
    // The parts the guide shows and points at; all owned by window.
    struct Parts {
        QMainWindow *window = nullptr;
        QDockWidget *controlsDock = nullptr;
        QWidget *unitsBox = nullptr;
        PredictionChart *prediction = nullptr;
        QDockWidget *lossDock = nullptr;
        LossChart *loss = nullptr;
        GatePanel *gates = nullptr;
        QDockWidget *inspectorDock = nullptr;
        GateInspector *inspector = nullptr;
        QDockWidget *batchDock = nullptr;
        QWidget *batches = nullptr;
    };
    // trace: the gates the window shows now (read when "Show me" points at a forget gate).
    GuideNavigator(const Parts &parts, std::function<const lstmlab::GateTrace &()> trace);

    // Opens (or raises) the guide for this model and vocabulary, with fresh pictures.
    GuideDialog *show(const lstmlab::ModelConfig &model, const GateVocabulary &vocabulary);
    // The open guide follows View > Gate Names.
    void setVocabulary(const GateVocabulary &vocabulary);
    GuideDialog *dialog() const { return m_guide; }

    // The unit of layer whose forget gate is largest at the last time step: the one that
    // keeps the most of its memory.
    static int strongestForgetUnit(const lstmlab::LayerTrace &layer);

signals:
    // "Show me" a forget gate: the window inspects this cell.
    void cellRequested(int layer, int unit, int t);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void showMe(GuideDialog::Target target);

    Parts m_parts;
    std::function<const lstmlab::GateTrace &()> m_trace;
    QPointer<GuideDialog> m_guide;
};
