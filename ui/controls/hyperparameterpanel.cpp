#include "hyperparameterpanel.h"

#include "dataset.h"
#include "network.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <vector>

namespace {

// A learning-rate box that steps along 1, 2, 5 per decade (1e-3, 2e-3, 5e-3, 1e-2, ...) and
// accepts scientific notation, since useful rates span five orders of magnitude.
class LogSpinBox : public QDoubleSpinBox
{
public:
    explicit LogSpinBox(QWidget *parent = nullptr) : QDoubleSpinBox(parent)
    {
        setDecimals(9);
    }

    void stepBy(int steps) override
    {
        std::vector<double> ladder;
        for (int e = -9; e <= 3; ++e)
            for (double m : {1.0, 2.0, 5.0}) {
                const double v = m * std::pow(10.0, e);
                if (v >= minimum() * (1 - 1e-9) && v <= maximum() * (1 + 1e-9))
                    ladder.push_back(v);
            }
        double v = value();
        for (; steps > 0; --steps) {
            for (double candidate : ladder)
                if (candidate > v * (1 + 1e-6)) { v = candidate; break; }
        }
        for (; steps < 0; ++steps) {
            for (auto it = ladder.rbegin(); it != ladder.rend(); ++it)
                if (*it < v * (1 - 1e-6)) { v = *it; break; }
        }
        setValue(v);
        selectAll();
    }

    QString textFromValue(double value) const override
    {
        return QString::number(value, 'g', 4);
    }

    double valueFromText(const QString &text) const override
    {
        return text.trimmed().toDouble();
    }

    QValidator::State validate(QString &text, int &) const override
    {
        static const QRegularExpression partial(QStringLiteral("^\\s*[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?\\s*$"));
        if (!partial.match(text).hasMatch())
            return QValidator::Invalid;
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (ok && v >= minimum() && v <= maximum())
            return QValidator::Acceptable;
        return QValidator::Intermediate;
    }

protected:
    StepEnabled stepEnabled() const override
    {
        StepEnabled enabled = StepNone;
        if (value() < maximum() * (1 - 1e-6)) enabled |= StepUpEnabled;
        if (value() > minimum() * (1 + 1e-6)) enabled |= StepDownEnabled;
        return enabled;
    }
};

QSpinBox *makeSpinBox(QWidget *parent, lstmlab::Range range)
{
    auto *box = new QSpinBox(parent);
    box->setRange(int(range.min), int(range.max));
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

} // namespace

HyperparameterPanel::HyperparameterPanel(QWidget *parent)
    : QWidget(parent)
{
    using lstmlab::ModelConfig;
    using lstmlab::TrainConfig;

    m_networkBox = new QGroupBox(this);
    auto *networkForm = new QFormLayout(m_networkBox);
    m_cell = new QComboBox(m_networkBox);
    for (const lstmlab::RecurrentCell cell :
         {lstmlab::RecurrentCell::Lstm, lstmlab::RecurrentCell::Gru, lstmlab::RecurrentCell::Rnn})
        m_cell->addItem(QString(), int(cell)); // texts: retranslateUi()
    m_units = makeSpinBox(m_networkBox, ModelConfig::unitsRange);
    m_layers = makeSpinBox(m_networkBox, ModelConfig::layersRange);
    m_timesteps = makeSpinBox(m_networkBox, ModelConfig::timestepsRange);
    m_dropout = new QDoubleSpinBox(m_networkBox);
    m_dropout->setRange(ModelConfig::dropoutRange.min, ModelConfig::dropoutRange.max);
    m_dropout->setDecimals(2);
    m_dropout->setSingleStep(0.05);
    m_dropout->setKeyboardTracking(false);
    m_keepLabel = new QLabel(m_networkBox);
    auto *dropoutRow = new QHBoxLayout;
    dropoutRow->addWidget(m_dropout, 1);
    dropoutRow->addWidget(m_keepLabel);
    m_parameterLabel = new QLabel(m_networkBox);
    m_dropoutLabel = new QLabel(m_networkBox);
    // Each field's label, its text set by retranslateUi().
    const auto addRow = [](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(field->parentWidget());
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(networkForm, m_units);
    // The cell on the layers' row, after its own label: the panel gets no taller, so the
    // lessons keep their room at 1366x768.
    auto *layersLabel = new QLabel(m_networkBox);
    layersLabel->setObjectName(QStringLiteral("layersLabel"));
    layersLabel->setBuddy(m_layers);
    auto *cellLabel = new QLabel(m_networkBox);
    cellLabel->setObjectName(QStringLiteral("cellLabel"));
    cellLabel->setBuddy(m_cell);
    auto *layersRow = new QHBoxLayout;
    layersRow->addWidget(m_layers, 1);
    layersRow->addWidget(cellLabel);
    layersRow->addWidget(m_cell, 1);
    networkForm->addRow(layersLabel, layersRow);
    addRow(networkForm, m_timesteps);
    networkForm->addRow(m_dropoutLabel, dropoutRow);
    m_forgetBias = new QCheckBox(m_networkBox);
    m_forgetBias->setObjectName(QStringLiteral("forgetBiasBox"));
    // One row with the parameter count: on a 768-pixel screen the lesson list below needs the line.
    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_forgetBias);
    lastRow->addStretch(1);
    lastRow->addWidget(m_parameterLabel);
    networkForm->addRow(lastRow);

    m_trainingBox = new QGroupBox(this);
    auto *trainingForm = new QFormLayout(m_trainingBox);
    m_learningRate = new LogSpinBox(m_trainingBox);
    m_learningRate->setRange(TrainConfig::learningRateRange.min, TrainConfig::learningRateRange.max);
    m_learningRate->setKeyboardTracking(false);
    m_batchSize = makeSpinBox(m_trainingBox, TrainConfig::batchSizeRange);
    m_epochs = makeSpinBox(m_trainingBox, TrainConfig::epochsRange);
    m_seed = makeSpinBox(m_trainingBox, TrainConfig::seedRange);
    m_clipNorm = new QDoubleSpinBox(m_trainingBox);
    m_clipNorm->setRange(TrainConfig::clipNormRange.min, TrainConfig::clipNormRange.max);
    m_clipNorm->setDecimals(2);
    m_clipNorm->setSingleStep(0.5);
    m_clipNorm->setKeyboardTracking(false);
    for (QWidget *field : std::initializer_list<QWidget *>{m_learningRate, m_batchSize, m_epochs, m_seed, m_clipNorm})
        addRow(trainingForm, field);

    m_trainButton = new QPushButton(this);
    m_trainButton->setDefault(false);
    m_stepButton = new QPushButton(this);
    m_resetButton = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton, 2);
    buttons->addWidget(m_stepButton, 1);
    buttons->addWidget(m_resetButton, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_networkBox);
    layout->addWidget(m_trainingBox);
    layout->addLayout(buttons);

    retranslateUi();
    setConfiguration(m_model, m_train);

    for (QSpinBox *box : {m_units, m_layers, m_timesteps, m_batchSize, m_epochs, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &HyperparameterPanel::commit);
    for (QDoubleSpinBox *box : {m_dropout, m_learningRate, m_clipNorm})
        connect(box, &QDoubleSpinBox::valueChanged, this, &HyperparameterPanel::commit);
    connect(m_cell, &QComboBox::currentIndexChanged, this, &HyperparameterPanel::commit);
    connect(m_forgetBias, &QCheckBox::toggled, this, &HyperparameterPanel::commit);
    connect(m_trainButton, &QPushButton::clicked, this, &HyperparameterPanel::onTrainButton);
    connect(m_stepButton, &QPushButton::clicked, this, &HyperparameterPanel::stepRequested);
    connect(m_resetButton, &QPushButton::clicked, this, &HyperparameterPanel::resetRequested);
    WheelGuard::guardChildren(this);
}

void HyperparameterPanel::retranslateUi()
{
    const int trainWindows = lstmlab::DataSpec{}.trainCount;
    const auto label = [](QWidget *field, const QString &text) {
        auto *form = static_cast<QFormLayout *>(field->parentWidget()->layout());
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    m_networkBox->setTitle(tr("Network"));
    m_cell->setItemText(0, tr("LSTM"));
    m_cell->setItemText(1, tr("GRU"));
    m_cell->setItemText(2, tr("Plain RNN"));
    m_cell->setToolTip(
        tr("<p>The recurrent cell of every layer: the LSTM (four gate layers and a cell state), "
           "the GRU (three: reset, update and candidate; no separate cell state) or the plain RNN "
           "(one tanh layer, no gates), as PyTorch's nn.LSTM, nn.GRU and nn.RNN.</p>"
           "<p>Changing it rebuilds the network with fresh weights.</p>"));
    m_layers->setToolTip(
        tr("<p>How many recurrent layers (of the Cell chosen beside it) are stacked. Layer 0 reads the signal; every higher layer "
           "reads the hidden states h of the layer below; the dense tanh head reads the last "
           "layer's h at the last time step.</p><p>Changing it rebuilds the network.</p>"));
    m_timesteps->setToolTip(
        tr("<p>How many past samples the network reads, one per time step, before it predicts "
           "its label (the next sample, or the echo's sample from the past): the length of each input window (the seed's TIMESTEPS). The gate "
           "panels show one column per time step.</p><p>Changing it rebuilds the network.</p>"));
    m_dropout->setToolTip(
        tr("<p>The probability of zeroing each output of every recurrent layer while training "
           "(between layers and before the head); the surviving outputs are scaled by 1/keep. "
           "The seed's DropoutWrapper calls it by its complement, output_keep_prob = 1 &minus; dropout.</p>"
           "<p>Dropout is off when the test set is predicted. It takes effect at the next step.</p>"));
    m_keepLabel->setToolTip(tr("The seed's output_keep_prob: the share of outputs kept while training."));
    updateCellToolTips();
    findChild<QLabel *>(QStringLiteral("cellLabel"))->setText(tr("Cell"));
    m_forgetBias->setText(tr("Forget bias 1"));
    m_forgetBias->setToolTip(
        tr("<p>Start every LSTM layer's forget-gate bias at 1 instead of PyTorch's small random "
           "value, so f starts near 0.73 and the cell keeps most of its memory from the first "
           "step.</p><p>Changing it rebuilds the network with fresh weights.</p>"));
    m_forgetBias->setWhatsThis(
        tr("<p><b>Forget gate bias 1</b>: after PyTorch's initialisation, the forget slice of "
           "b_ih is set to 1 and that of b_hh to 0 in every layer. The forget gate f = "
           "sigmoid(… + 1) then starts near 0.73 rather than 0.5: the cell state carries what it "
           "holds further from the start, and the gradient flows back through more steps. Gers, "
           "Schmidhuber and Cummins (2000) introduced it; Jozefowicz, Zaremba and Sutskever (2015) "
           "found it helps an LSTM on most tasks.</p><p>Off, the network starts as PyTorch's "
           "nn.LSTM does. The plain RNN and the GRU have no forget gate. Lessons &gt; The forget "
           "gate's bias compares the two.</p>"));
    label(m_units, tr("Units (num_units)"));
    findChild<QLabel *>(QStringLiteral("layersLabel"))->setText(tr("Layers"));
    label(m_timesteps, tr("Time steps"));
    m_dropoutLabel->setText(tr("Dropout"));

    m_trainingBox->setTitle(tr("Training"));
    m_learningRate->setToolTip(
        tr("<p>The step size of the Adam optimiser: how far each update moves the weights. "
           "Too small learns slowly; too large makes the loss jump about or diverge. The seed "
           "uses 0.001.</p><p>The arrows step 1, 2, 5 per decade. It takes effect at the next step.</p>"));
    m_batchSize->setToolTip(
        tr("<p>How many input windows are averaged into one training step (one weight update). "
           "Larger batches give smoother steps but fewer of them per epoch. The seed uses 64.</p>"));
    m_epochs->setToolTip(
        tr("<p>How many passes over the %L1 training samples to make. "
           "&ldquo;until stopped&rdquo; trains until you pause it.</p>").arg(trainWindows));
    m_epochs->setSpecialValueText(tr("until stopped"));
    m_seed->setToolTip(
        tr("<p>Seed of the random numbers behind the initial weights, the dropout masks and the "
           "shuffling: the same seed and settings give the same run.</p>"
           "<p>Changing it starts again from the new seed's weights.</p>"));
    m_clipNorm->setSpecialValueText(tr("off"));
    m_clipNorm->setToolTip(
        tr("<p>Gradient clipping: when the gradient of all the weights together is longer than "
           "this (its L2 norm), it is scaled down to this length before the update, so one bad "
           "batch cannot throw the weights far. 0 turns it off (the seed does not clip).</p>"
           "<p>Try 1 when the loss jumps up or training diverges. It applies from the next step "
           "and keeps the weights.</p>"));
    m_clipNorm->setWhatsThis(
        tr("<p><b>Clip gradient norm</b>: before each update, the gradient of all the weights is "
           "shortened to at most this length. A batch that would fling the weights far only "
           "nudges them.</p><p>When the loss suddenly shoots up, or the run diverges (a red "
           "banner), set it to 1 and train on. 0 turns clipping off, as in the seed.</p>"));
    label(m_learningRate, tr("Learning rate"));
    label(m_batchSize, tr("Batch size"));
    label(m_epochs, tr("Epochs"));
    label(m_seed, tr("Seed"));
    label(m_clipNorm, tr("Clip gradient norm"));

    m_stepButton->setText(tr("Step"));
    m_stepButton->setToolTip(
        tr("Train on exactly one batch, then pause: watch a single weight update in the gates "
           "and the loss."));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setToolTip(
        tr("Throw the learned weights away and start again from fresh random weights "
           "(same seed and settings). The loss history is cleared."));
    setTrainingState(m_state);
    updateKeepLabel();
}

void HyperparameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

lstmlab::ModelConfig HyperparameterPanel::modelConfig() const
{
    return m_model;
}

lstmlab::TrainConfig HyperparameterPanel::trainConfig() const
{
    return m_train;
}

void HyperparameterPanel::setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    m_model = model.clamped();
    m_train = train.clamped();

    const QSignalBlocker b0(m_cell), b1(m_units), b2(m_layers), b3(m_timesteps), b4(m_dropout),
        b5(m_learningRate), b6(m_batchSize), b7(m_epochs), b8(m_seed), b9(m_clipNorm), b10(m_forgetBias);
    m_cell->setCurrentIndex(std::max(0, m_cell->findData(int(m_model.cell))));
    m_units->setValue(m_model.units);
    m_layers->setValue(m_model.layers);
    m_timesteps->setValue(m_model.timesteps);
    m_dropout->setValue(m_model.dropout);
    m_forgetBias->setChecked(m_model.forgetBias != 0.0);
    m_forgetBias->setEnabled(m_model.cell == lstmlab::RecurrentCell::Lstm);
    m_learningRate->setValue(m_train.learningRate);
    m_batchSize->setValue(m_train.batchSize);
    m_epochs->setValue(m_train.epochs);
    m_seed->setValue(int(m_train.seed));
    m_clipNorm->setValue(m_train.clipNorm);
    updateKeepLabel();
}

void HyperparameterPanel::setTrainingState(TrainingSnapshot::State state)
{
    using State = TrainingSnapshot::State;
    m_state = state;
    switch (state) {
    case State::Running:
        m_trainButton->setText(tr("Pause"));
        m_trainButton->setToolTip(tr("Pause training; the weights are kept (Space)."));
        break;
    case State::Paused:
        m_trainButton->setText(tr("Resume"));
        m_trainButton->setToolTip(tr("Carry on training from where it was paused (Space)."));
        break;
    case State::Idle:
    case State::Finished:
    case State::Diverged:
        m_trainButton->setText(tr("Train"));
        m_trainButton->setToolTip(
            state == State::Idle
                ? tr("Start training the network on the sine (Space).")
                : tr("Start training again from fresh weights with the current settings (Space)."));
        break;
    }
}

void HyperparameterPanel::onTrainButton()
{
    using State = TrainingSnapshot::State;
    switch (m_state) {
    case State::Running: emit pauseRequested(); break;
    case State::Paused: emit resumeRequested(); break;
    default: emit trainRequested(); break;
    }
}

void HyperparameterPanel::commit()
{
    lstmlab::ModelConfig model = m_model;
    lstmlab::TrainConfig train = m_train;
    model.cell = lstmlab::RecurrentCell(m_cell->currentData().toInt());
    model.units = m_units->value();
    model.layers = m_layers->value();
    model.timesteps = m_timesteps->value();
    model.dropout = m_dropout->value();
    // A bias other than 1 (from the command line or a file) stays while the box stays checked.
    if (m_forgetBias->isChecked() != (model.forgetBias != 0.0))
        model.forgetBias = m_forgetBias->isChecked() ? 1.0 : 0.0;
    if (model.cell != lstmlab::RecurrentCell::Lstm)
        model.forgetBias = 0.0; // the other cells have no forget gate
    m_forgetBias->setEnabled(model.cell == lstmlab::RecurrentCell::Lstm);
    train.learningRate = m_learningRate->value();
    train.batchSize = m_batchSize->value();
    train.epochs = m_epochs->value();
    train.seed = unsigned(m_seed->value());
    // The box shows two decimals: a finer stored value stays until the box is changed.
    if (std::abs(m_clipNorm->value() - m_train.clipNorm) >= 0.005)
        train.clipNorm = m_clipNorm->value();
    updateKeepLabel();
    if (model == m_model && train == m_train)
        return;
    m_model = model;
    m_train = train;
    emit configurationChanged(m_model, m_train);
}

void HyperparameterPanel::updateCellToolTips()
{
    // num_units and the parameter count, said of the chosen cell.
    switch (lstmlab::RecurrentCell(m_cell->currentData().toInt())) {
    case lstmlab::RecurrentCell::Gru:
        m_units->setToolTip(
            tr("<p><b>num_units</b>: the number of neurons in each of the three gate layers (reset r, "
               "update z, candidate n) of every GRU layer, and so the length of the hidden state h. "
               "It is not a number of cells.</p><p>Changing it rebuilds the network with fresh weights.</p>"));
        m_parameterLabel->setToolTip(
            tr("Every weight and bias the optimiser adjusts: per GRU layer 3&middot;H&middot;(inputs + H) "
               "weights and 6&middot;H biases (PyTorch keeps two bias vectors), plus the head."));
        return;
    case lstmlab::RecurrentCell::Rnn:
        m_units->setToolTip(
            tr("<p><b>num_units</b>: the number of neurons in the one tanh layer of every plain RNN "
               "layer, and so the length of the hidden state h.</p><p>Changing it rebuilds the "
               "network with fresh weights.</p>"));
        m_parameterLabel->setToolTip(
            tr("Every weight and bias the optimiser adjusts: per plain RNN layer H&middot;(inputs + H) "
               "weights and 2&middot;H biases (PyTorch keeps two bias vectors), plus the head."));
        return;
    case lstmlab::RecurrentCell::Lstm:
        break;
    }
    m_units->setToolTip(
        tr("<p><b>num_units</b>: the number of neurons in each of the four gate layers "
           "(input i, forget f, candidate g, output o) of every LSTM layer, and so the length of "
           "the cell state c and of the hidden state h. It is not a number of cells.</p>"
           "<p>Changing it rebuilds the network with fresh weights.</p>"));
    m_parameterLabel->setToolTip(
        tr("Every weight and bias the optimiser adjusts: per layer 4&middot;H&middot;(inputs + H) weights "
           "and 8&middot;H biases (PyTorch keeps two bias vectors), plus the head."));
}

void HyperparameterPanel::updateKeepLabel()
{
    m_keepLabel->setText(tr("keep %1").arg(1.0 - m_dropout->value(), 0, 'f', 2));
    lstmlab::ModelConfig model = m_model;
    model.cell = lstmlab::RecurrentCell(m_cell->currentData().toInt());
    model.units = m_units->value();
    model.layers = m_layers->value();
    m_parameterLabel->setText(
        tr("%L1 trainable parameters").arg(qlonglong(lstmlab::Network<float>::parameterCount(model))));
    updateCellToolTips();
}
