#include "guidenavigator.h"

#include "gateinspector.h"
#include "gatepanel.h"
#include "gatetrace.h"
#include "gatevocabulary.h"
#include "heatmapwidget.h"
#include "losschart.h"
#include "modelconfig.h"
#include "predictionchart.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

GuideNavigator::GuideNavigator(const Parts &parts, std::function<const lstmlab::GateTrace &()> trace)
    : QObject(parts.window)
    , m_parts(parts)
    , m_trace(std::move(trace))
{
    setObjectName(QStringLiteral("guideNavigator"));
}

GuideDialog *GuideNavigator::show(const lstmlab::ModelConfig &model, const GateVocabulary &vocabulary)
{
    if (!m_guide) {
        m_guide = new GuideDialog(m_parts.window);
        connect(m_guide, &GuideDialog::showMeRequested, this, &GuideNavigator::showMe);
    }
    m_guide->setModel(model);
    m_guide->setVocabulary(vocabulary);
    const auto picture = [](QWidget *w) { return w->isVisible() ? w->grab().toImage() : QImage(); };
    m_guide->setPicture(GuideDialog::Picture::Prediction, picture(m_parts.prediction));
    m_guide->setPicture(GuideDialog::Picture::Loss, picture(m_parts.loss));
    m_guide->setPicture(GuideDialog::Picture::Gates, picture(m_parts.gates));
    m_guide->setPicture(GuideDialog::Picture::Inspector, picture(m_parts.inspector));
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void GuideNavigator::setVocabulary(const GateVocabulary &vocabulary)
{
    if (m_guide)
        m_guide->setVocabulary(vocabulary);
}

int GuideNavigator::strongestForgetUnit(const lstmlab::LayerTrace &layer)
{
    const int last = layer.timesteps - 1;
    int best = 0;
    // The LSTM's forget gate, or the slot that keeps memory in its place (the GRU's update gate
    // z); the plain RNN has none: its first unit.
    if (!layer.has(lstmlab::Gate::Forget))
        return best;
    for (int unit = 1; unit < layer.units; ++unit)
        if (layer.at(lstmlab::Gate::Forget, unit, last) > layer.at(lstmlab::Gate::Forget, best, last))
            best = unit;
    return best;
}

void GuideNavigator::showMe(GuideDialog::Target target)
{
    using Target = GuideDialog::Target;
    const auto raiseDock = [](QDockWidget *dock) {
        dock->show();
        dock->raise();
    };
    QWidget *widget = nullptr;
    switch (target) {
    case Target::Units:
        raiseDock(m_parts.controlsDock);
        widget = m_parts.unitsBox;
        widget->setFocus();
        break;
    case Target::Prediction: widget = m_parts.prediction; break;
    case Target::Loss:
        raiseDock(m_parts.lossDock);
        widget = m_parts.loss;
        break;
    case Target::Gates: widget = m_parts.gates; break;
    case Target::ForgetGate: {
        const lstmlab::GateTrace &trace = m_trace();
        const int layer = m_parts.gates->layer();
        if (layer < int(trace.layers.size())) {
            const lstmlab::LayerTrace &shown = trace.layers[std::size_t(layer)];
            emit cellRequested(layer, strongestForgetUnit(shown), shown.timesteps - 1);
        }
        raiseDock(m_parts.inspectorDock);
        widget = m_parts.gates->heatmap(lstmlab::cellHasGate(trace.cell, lstmlab::Gate::Forget) ? lstmlab::Gate::Forget
                                                                                                 : lstmlab::Gate::Hidden);
        break;
    }
    case Target::Inspector:
        raiseDock(m_parts.inspectorDock);
        widget = m_parts.inspector;
        break;
    case Target::Batches:
        raiseDock(m_parts.batchDock);
        widget = m_parts.batches;
        break;
    case Target::Vocabulary:
        widget = m_parts.window->menuBar();
        emit statusMessage(tr("View › Gate Names switches between the two vocabularies."), 8000);
        break;
    }
    m_parts.window->raise();
    m_parts.window->activateWindow();
    // After the docks shown above have their geometry.
    QTimer::singleShot(50, this, [widget = QPointer<QWidget>(widget)] { GuideDialog::flash(widget); });
}
