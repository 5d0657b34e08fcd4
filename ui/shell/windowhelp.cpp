#include "windowhelp.h"

#include "batchview.h"
#include "exportablepanel.h"
#include "gatepanel.h"
#include "heatmapwidget.h"
#include "hyperparameterpanel.h"
#include "losschart.h"
#include "predictionchart.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>

namespace {

// The texts apply() set are kept beside them, so that applying again in another language
// replaces them, while a text the widget's own class set stays.
const char *const toolTipKey = "windowHelpToolTip";
const char *const whatsThisKey = "windowHelpWhatsThis";

bool ownedByHelp(const QObject *object, const char *key, const QString &current)
{
    return current.isEmpty() || current == object->property(key).toString();
}

void explain(QWidget *widget, const QString &toolTip, const QString &whatsThis)
{
    if (!widget)
        return;
    if (ownedByHelp(widget, toolTipKey, widget->toolTip())) {
        widget->setToolTip(toolTip);
        widget->setProperty(toolTipKey, toolTip);
    }
    if (ownedByHelp(widget, whatsThisKey, widget->whatsThis())) {
        widget->setWhatsThis(whatsThis);
        widget->setProperty(whatsThisKey, whatsThis);
    }
}

void explain(QAction *action, const QString &whatsThis)
{
    if (action && ownedByHelp(action, whatsThisKey, action->whatsThis())) {
        action->setWhatsThis(whatsThis);
        action->setProperty(whatsThisKey, whatsThis);
    }
}

template <typename T>
T *named(QObject &root, const char *name)
{
    return root.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

void WindowHelp::apply(QWidget &window)
{
    HyperparameterPanel *controls = window.findChild<HyperparameterPanel *>();
    if (!controls)
        return;
    explain(controls->unitsBox(), QString(),
            tr("<p><b>Units (num_units)</b>: the number of neurons in each of the four gate layers "
               "of an LSTM cell (i, f, g and o), not a number of cells. It is the number of rows "
               "of every heatmap and the length of the cell state c and the hidden state h.</p>"
               "<p>Try 2 units, then the seed's 20, then 64: watch how well the red prediction "
               "follows the sine and how fast the loss falls. Help › Guide explains num_units "
               "with your network's numbers.</p>"));
    explain(controls->cellBox(), QString(),
            tr("<p><b>Cell</b>: what every layer is made of. The LSTM has four gate layers and a "
               "cell state c that carries the memory; the GRU has three (reset r, update z and the "
               "candidate n) and keeps its memory in h; the plain RNN is one tanh layer without "
               "gates.</p><p>Train each on the same settings and compare the loss curves. The "
               "gate heatmaps, the Gate Inspector and the Anatomy show the chosen cell's own gates.</p>"));
    explain(controls->layersBox(), QString(),
            tr("<p><b>Layers</b>: LSTM layers stacked on each other. Layer 1 reads the sine; each "
               "higher layer reads the hidden states h of the layer below at every step.</p><p>With "
               "two or more, compare the layers with the selector above the heatmaps: higher "
               "layers often look smoother.</p>"));
    explain(controls->timestepsBox(), QString(),
            tr("<p><b>Time steps</b>: how many past samples the network reads before predicting "
               "the next one, the length of every input window.</p><p>The heatmaps get one column "
               "per step and the shaded band on the prediction chart widens. The same cell is "
               "applied at every step, so more steps add no weights, only work.</p>"));
    explain(controls->dropoutBox(), QString(),
            tr("<p><b>Dropout</b>: while training, each output of every LSTM layer is zeroed with "
               "this probability (the rest are scaled up), so the network cannot rely on any one "
               "unit.</p><p>Watch the training loss get noisier while the test error, computed "
               "without dropout, stays low. The seed's notebook sets keep 0.5 but never uses "
               "it.</p>"));
    explain(controls->keepLabel(), QString(),
            tr("<p>The keep probability, 1 − dropout: what the seed's DropoutWrapper calls "
               "output_keep_prob.</p>"));
    explain(controls->learningRateBox(), QString(),
            tr("<p><b>Learning rate</b>: how far Adam moves the weights at each step.</p><p>Watch "
               "the loss chart: too small and the loss falls slowly; too large and it jumps about "
               "or climbs, and the run may diverge (a red banner then offers a smaller rate). The "
               "seed uses 0.001.</p>"));
    explain(controls->batchSizeBox(), QString(),
            tr("<p><b>Batch size</b>: how many windows are averaged into one training step.</p>"
               "<p>Small batches make many noisy steps per epoch (a jagged loss curve); large "
               "ones few smooth steps. The seed uses 64.</p>"));
    explain(controls->epochsBox(), QString(),
            tr("<p><b>Epochs</b>: passes over the whole training set; the status bar counts them "
               "and the test error is measured after each.</p><p>“until stopped” trains until you "
               "pause. The seed trains 50 epochs.</p>"));
    explain(controls->seedBox(), QString(),
            tr("<p><b>Seed</b>: fixes the random initial weights (and dropout and shuffling).</p>"
               "<p>Change it to see that a different start can learn faster or slower, and that "
               "units take on different roles each time.</p>"));
    explain(controls->trainButton(), QString(),
            tr("<p><b>Train / Pause / Resume</b> (Space): starts training, pauses it keeping the "
               "weights, and carries on.</p><p>While it trains every panel updates live.</p>"));
    explain(controls->stepButton(), QString(),
            tr("<p><b>Step</b> (F10): one training step on one batch, then pause.</p><p>Click it "
               "repeatedly and watch the gates and the gate inspector's numbers change by one "
               "weight update at a time.</p>"));
    explain(controls->resetButton(), QString(),
            tr("<p><b>Reset</b> (Ctrl+R): fresh random weights from the seed, as before the first "
               "step; the loss history starts again.</p>"));

    explain(window.findChild<PredictionChart *>(), QString(),
            tr("<p><b>Prediction</b>: for every window of the test set (the end of the series, "
               "never seen in training) the network's guess of its label (red) against the real "
               "labels (dashed green; their name is in the legend). The label is the sample after "
               "the window, or for the echo the sample that many steps back.</p><p>When the red "
               "curve lies on the green one the network "
               "has learned. Look at the peaks and troughs, where a half-trained network lags. The "
               "shaded band is the window the heatmaps show.</p>"));
    explain(window.findChild<LossChart *>(),
            tr("Training loss of every step and test error after every epoch, on a log scale"),
            tr("<p><b>Loss</b>: the mean squared error of each training batch (thin line) and of "
               "the whole test set after each epoch (points), on a logarithmic scale: each "
               "labelled line down is ten times smaller.</p><p>A falling curve is learning; a "
               "curve that levels off has learned what it can with these settings; jumps upward "
               "mean the learning rate is too large.</p>"));
    explain(window.findChild<BatchView *>(),
            tr("The training series cut into windows: the windows of the batch just trained and their labels"),
            tr("<p><b>Batches</b>: the training series is cut into windows of as many samples as "
               "there are time steps, each labelled with the sample that follows it. A training "
               "step takes one batch of windows (64 in the seed; the last batch of an epoch is "
               "shorter). The shaded part shows the windows of the batch just trained, one row "
               "each below, with a red dot on each label; the strip on top shows where the batch "
               "lies in the whole series.</p><p>Press Step to move one batch on. With shuffling "
               "on, a batch's windows lie scattered over the series.</p>"));
    explain(window.findChild<GatePanel *>(QStringLiteral("gatePanel")),
            tr("Every gate of one layer for the shaded input window: rows are units, columns time "
               "steps. Click a cell to inspect it."),
            QString());
    explain(named<QComboBox>(window, "gateLayerBox"), QString(),
            tr("<p><b>Layer</b>: which LSTM layer the heatmaps show. Layer 1 reads the sine; each "
               "further layer reads the outputs of the layer below.</p><p>Compare the layers: the "
               "first often follows the sine closely, higher ones combine it into slower or "
               "shifted patterns. The gate inspector follows the layer chosen here.</p>"));
    explain(named<QSlider>(window, "traceWindowSlider"), QString(),
            tr("<p><b>Input window</b>: picks which window of the test set the heatmaps and the "
               "gate inspector show; it is shaded on the prediction chart.</p><p>Move it to a "
               "peak, a trough or a zero crossing of the sine and see how the gates react to each "
               "part of the wave.</p>"));
    explain(named<QLabel>(window, "traceWindowLabel"),
            tr("The chosen window: its number among the test windows and the x range it covers"),
            tr("<p>The input window the heatmaps show: its number and the x values of its first "
               "and last samples.</p>"));
    explain(named<QCheckBox>(window, "freeRunBox"), QString(),
            tr("<p><b>Free run</b>: after the test data the network is fed its own predictions "
               "and runs on alone.</p><p>A network that has really learned the sine keeps "
               "drawing it; one that has only learned to copy the last sample drifts away or "
               "goes flat.</p>"));

    explain(named<QAction>(window, "trainAction"),
            tr("<p><b>Train / Pause / Resume</b> (Space): starts training, pauses it keeping the "
               "weights, and carries on. Every panel updates live while it trains.</p>"));
    explain(named<QAction>(window, "stepAction"),
            tr("<p><b>Step</b> (F10): one training step on one batch, then pause: watch one weight "
               "update change the gates and the inspector's numbers.</p>"));
    explain(named<QAction>(window, "resetAction"),
            tr("<p><b>Reset</b> (Ctrl+R): fresh random weights, as before the first step.</p>"));
    explain(named<QAction>(window, "exportAllAction"),
            tr("<p><b>Export all</b> (Ctrl+Shift+E): every panel as a PNG picture, an SVG drawing "
               "and a CSV table of its numbers, into one folder; the gates as one picture per "
               "layer. File > Export Scale makes the PNG pictures 2 or 4 times larger.</p>"));

    if (auto *dock = named<QDockWidget>(window, "controlsDock"))
        explain(dock, QString(),
                tr("<p><b>Hyperparameters</b>: the shape of the network and how it is trained. A "
                   "change to units, layers or time steps builds a new network that learns from "
                   "scratch; the others take effect at the next step.</p>"));
    if (auto *dock = named<QDockWidget>(window, "lossDock"))
        if (auto *loss = window.findChild<LossChart *>())
            explain(dock, QString(), loss->whatsThis());
    if (auto *dock = named<QDockWidget>(window, "batchDock"))
        if (auto *batches = window.findChild<BatchView *>())
            explain(dock, QString(), batches->whatsThis());

    explain(named<QLabel>(window, "stateLabel"), tr("What the training is doing now"),
            tr("<p>Training, Paused, Finished, Diverged or Ready.</p>"));
    explain(named<QLabel>(window, "epochLabel"), QString(),
            tr("<p>The epoch in progress: one epoch is one pass over all training windows.</p>"));
    explain(named<QLabel>(window, "stepLabel"), QString(),
            tr("<p>Training steps so far: one step is one batch and one weight update.</p>"));
    explain(named<QLabel>(window, "speedLabel"), QString(),
            tr("<p>How many training steps the computer manages per second.</p>"));
    explain(named<QLabel>(window, "lossLabel"), QString(),
            tr("<p>The last batch's loss and the last test error, the numbers behind the loss "
               "chart.</p>"));
    explain(named<QProgressBar>(window, "trainingProgress"), QString(),
            tr("<p>The share of the configured epochs done.</p>"));
}

QList<QWidget *> WindowHelp::unexplained(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<QScrollBar *>(w) || qobject_cast<QScrollArea *>(w) || qobject_cast<QHeaderView *>(w))
            continue;
        // Parts of an item view (its corner button, editors) belong to the view.
        if (w->parentWidget() && qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        // The line edit inside a spin box or combo box belongs to it.
        if (w->parentWidget() && (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                                  || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSlider *>(w)
            || qobject_cast<QProgressBar *>(w);
        const bool panel = dynamic_cast<ExportablePanel *>(w) || qobject_cast<HeatmapWidget *>(w)
            || qobject_cast<QAbstractScrollArea *>(w);
        if (!control && !panel)
            continue;
        // Qt shows a parent's text for a child without its own: a part of a compound widget
        // (the bar inside a labelled slider) may rely on the widget it belongs to.
        QWidget *owner = w->parentWidget();
        const bool tip = !w->toolTip().isEmpty() || (owner && !owner->toolTip().isEmpty());
        const bool what = !w->whatsThis().isEmpty() || (owner && !owner->whatsThis().isEmpty());
        if (!tip || !what)
            out << w;
    }
    return out;
}
