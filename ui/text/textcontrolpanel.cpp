#include "textcontrolpanel.h"

#include "textcorpuscatalog.h"
#include "texttrainingcontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString fileId = QStringLiteral("file");

QSpinBox *spinBox(QWidget *parent, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

QDoubleSpinBox *doubleBox(QWidget *parent, double min, double max, int decimals, double step)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

TextControlPanel::TextControlPanel(QWidget *parent)
    : QWidget(parent)
{
    using lstmlab::ModelConfig;
    using lstmlab::TrainConfig;
    using lstmlab::RecurrentCell;
    setObjectName(QStringLiteral("textControlPanel"));

    m_textBox = new QGroupBox(this);
    auto *textLayout = new QVBoxLayout(m_textBox);
    m_corpus = new QComboBox(m_textBox);
    m_corpus->setObjectName(QStringLiteral("corpusChooser"));
    for (const TextCorpusCatalog::Entry &entry : TextCorpusCatalog::entries())
        m_corpus->addItem(QString(), entry.id);
    m_openButton = new QPushButton(m_textBox);
    m_openButton->setObjectName(QStringLiteral("openTextButton"));
    m_corpusMessage = new QLabel(m_textBox);
    m_corpusMessage->setObjectName(QStringLiteral("corpusMessage"));
    m_corpusMessage->setWordWrap(true);
    m_corpusMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_corpusMessage->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_corpusMessage->setVisible(false);
    m_corpusSummary = new QLabel(m_textBox);
    m_corpusSummary->setObjectName(QStringLiteral("corpusSummary"));
    m_corpusSummary->setWordWrap(true);
    textLayout->addWidget(m_corpus);
    textLayout->addWidget(m_openButton);
    textLayout->addWidget(m_corpusMessage);
    textLayout->addWidget(m_corpusSummary);
    connect(m_corpus, &QComboBox::activated, this, [this](int index) {
        emit corpusChosen(m_corpus->itemData(index).toString());
    });
    connect(m_openButton, &QPushButton::clicked, this, &TextControlPanel::openTextRequested);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("textPreset"));
    m_preset->addItem(QString());
    m_preset->addItem(QString());
    m_preset->addItem(QString());
    connect(m_preset, &QComboBox::activated, this, &TextControlPanel::applyPreset);

    m_networkBox = new QGroupBox(this);
    m_networkForm = new QFormLayout(m_networkBox);
    m_cell = new QComboBox(m_networkBox);
    m_cell->setObjectName(QStringLiteral("textCell"));
    for (const RecurrentCell cell : {RecurrentCell::Lstm, RecurrentCell::Gru, RecurrentCell::Rnn})
        m_cell->addItem(QString(), int(cell)); // texts: retranslateUi()
    m_networkForm->addRow(new QLabel(m_networkBox), m_cell);
    connect(m_cell, &QComboBox::currentIndexChanged, this, &TextControlPanel::commit);
    m_units = spinBox(m_networkBox, int(ModelConfig::unitsRange.min), maxUnits);
    m_units->setObjectName(QStringLiteral("textUnits"));
    m_layers = spinBox(m_networkBox, int(ModelConfig::layersRange.min), int(ModelConfig::layersRange.max));
    m_layers->setObjectName(QStringLiteral("textLayers"));
    m_timesteps = spinBox(m_networkBox, int(ModelConfig::timestepsRange.min), int(ModelConfig::timestepsRange.max));
    m_timesteps->setObjectName(QStringLiteral("textTimesteps"));
    m_dropout = doubleBox(m_networkBox, ModelConfig::dropoutRange.min, ModelConfig::dropoutRange.max, 2, 0.05);
    m_dropout->setObjectName(QStringLiteral("textDropout"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_units, m_layers, m_timesteps, m_dropout})
        m_networkForm->addRow(new QLabel(m_networkBox), field);

    m_trainingBox = new QGroupBox(this);
    m_trainingForm = new QFormLayout(m_trainingBox);
    m_streams = spinBox(m_trainingBox, int(TrainConfig::batchSizeRange.min), int(TrainConfig::batchSizeRange.max));
    m_streams->setObjectName(QStringLiteral("textStreams"));
    m_learningRate = doubleBox(m_trainingBox, 0.00001, 1.0, 5, 0.0005);
    m_learningRate->setObjectName(QStringLiteral("textLearningRate"));
    m_epochs = spinBox(m_trainingBox, int(TrainConfig::epochsRange.min), int(TrainConfig::epochsRange.max));
    m_epochs->setObjectName(QStringLiteral("textEpochs"));
    m_clipNorm = doubleBox(m_trainingBox, 0.0, 1000.0, 2, 0.5);
    m_clipNorm->setObjectName(QStringLiteral("textClipNorm"));
    m_seed = spinBox(m_trainingBox, int(TrainConfig::seedRange.min), int(TrainConfig::seedRange.max));
    m_seed->setObjectName(QStringLiteral("textSeed"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_streams, m_learningRate, m_epochs, m_clipNorm, m_seed})
        m_trainingForm->addRow(new QLabel(m_trainingBox), field);

    for (QSpinBox *box : {m_units, m_layers, m_timesteps, m_streams, m_epochs, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &TextControlPanel::commit);
    for (QDoubleSpinBox *box : {m_dropout, m_learningRate, m_clipNorm})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TextControlPanel::commit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_textBox);
    layout->addWidget(m_preset);
    layout->addWidget(m_networkBox);
    layout->addWidget(m_trainingBox);
    layout->addStretch(1);

    setConfiguration(TextTrainingController::defaultModel(), TextTrainingController::defaultTrain());
    retranslateUi();
}

void TextControlPanel::retranslateUi()
{
    m_textBox->setTitle(tr("Text to learn"));
    for (int k = 0; k < m_corpus->count(); ++k) {
        const QString id = m_corpus->itemData(k).toString();
        m_corpus->setItemText(k, id == fileId ? tr("File: %1").arg(QFileInfo(m_openedFile).fileName())
                                              : TextCorpusCatalog::title(id));
    }
    m_corpus->setToolTip(tr("The text the network learns to write, one character at a time"));
    m_openButton->setText(tr("Open Text…"));
    m_openButton->setToolTip(tr("Learn from any UTF-8 text file (File > Open Text…)"));
    m_openButton->setWhatsThis(tr("<p><b>Open Text</b></p><p>Any UTF-8 text can be learnt: a novel from Project "
                                  "Gutenberg, your own poems, source code. Each distinct character becomes one "
                                  "symbol of the network's vocabulary (at most 10,000).</p>"));
    m_corpus->setWhatsThis(tr("<p><b>Text to learn</b></p><p>The 300 Tang poems come with the Debian package "
                              "fortunes-zh, the English fortunes with fortunes. The last 10% of the text is "
                              "held out: the validation figure is measured on it.</p>"));
    m_preset->setItemText(0, tr("Preset…"));
    m_preset->setItemText(1, tr("Text defaults (2 × 128)"));
    m_preset->setItemText(2, tr("Udacity Anna KaRNNa (2 × 512)"));
    m_preset->setToolTip(tr("Set every control at once: LSTM Lab's text defaults, or the seed's Udacity "
                            "configuration (2 layers of 512 units, 100 steps, 100 streams, learning rate "
                            "0.001, dropout 0.5, clipping 5)"));
    m_preset->setWhatsThis(tr("<p><b>Presets</b></p><p>The seed's second project trains Udacity's \"Anna "
                              "KaRNNa\": 2 layers of 512 units on 100 streams of 100 characters. It needs far "
                              "more time per step than the text defaults.</p>"));
    m_networkBox->setTitle(tr("Network"));
    m_trainingBox->setTitle(tr("Training"));
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text, const QString &tip) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
        field->setToolTip(tip);
        field->setWhatsThis(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(text.chopped(1).toHtmlEscaped(), tip.toHtmlEscaped()));
    };
    m_cell->setItemText(0, tr("LSTM"));
    m_cell->setItemText(1, tr("GRU"));
    m_cell->setItemText(2, tr("Plain RNN"));
    label(m_networkForm, m_cell, tr("Cell:"),
          tr("The recurrent cell of every layer: the LSTM (gates i, f, g, o and a cell state c), the GRU "
             "(gates r, z, n) or the plain RNN (h = tanh of its input and h before), as PyTorch's nn.LSTM, "
             "nn.GRU and nn.RNN"));
    label(m_networkForm, m_units, tr("num_units:"), tr("Units in every layer (H)"));
    label(m_networkForm, m_layers, tr("Layers:"), tr("Stacked recurrent layers"));
    label(m_networkForm, m_timesteps, tr("Time steps:"),
          tr("Characters per batch and stream: how far back the gradient reaches"));
    label(m_networkForm, m_dropout, tr("Dropout:"), tr("Share of each layer's outputs dropped while training"));
    label(m_trainingForm, m_streams, tr("Streams:"),
          tr("The text is cut into this many parallel streams: the batch size"));
    label(m_trainingForm, m_learningRate, tr("Learning rate:"), tr("Adam's step size"));
    label(m_trainingForm, m_epochs, tr("Epochs:"), tr("Passes over the training text; 0 trains until stopped"));
    m_epochs->setSpecialValueText(tr("until stopped"));
    label(m_trainingForm, m_clipNorm, tr("Clip norm:"),
          tr("Gradients longer than this are scaled down to it; 0 turns clipping off"));
    m_clipNorm->setSpecialValueText(tr("off"));
    label(m_trainingForm, m_seed, tr("Seed:"), tr("Starting weights and dropout masks"));
}

void TextControlPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

lstmlab::ModelConfig TextControlPanel::modelConfig() const
{
    lstmlab::ModelConfig model = TextTrainingController::defaultModel();
    model.cell = lstmlab::RecurrentCell(m_cell->currentData().toInt());
    model.units = m_units->value();
    model.layers = m_layers->value();
    model.timesteps = m_timesteps->value();
    model.dropout = m_dropout->value();
    return model;
}

lstmlab::TrainConfig TextControlPanel::trainConfig() const
{
    lstmlab::TrainConfig train = TextTrainingController::defaultTrain();
    train.batchSize = m_streams->value();
    train.learningRate = m_learningRate->value();
    train.epochs = m_epochs->value();
    train.clipNorm = m_clipNorm->value();
    train.seed = unsigned(m_seed->value());
    return train;
}

void TextControlPanel::setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    m_showing = true;
    m_cell->setCurrentIndex(std::max(0, m_cell->findData(int(model.cell))));
    m_units->setValue(model.units);
    m_layers->setValue(model.layers);
    m_timesteps->setValue(model.timesteps);
    m_dropout->setValue(model.dropout);
    m_streams->setValue(train.batchSize);
    m_learningRate->setValue(train.learningRate);
    m_epochs->setValue(train.epochs);
    m_clipNorm->setValue(train.clipNorm);
    m_seed->setValue(int(train.seed));
    m_showing = false;
}

void TextControlPanel::udacityPreset(lstmlab::ModelConfig &model, lstmlab::TrainConfig &train)
{
    model.units = 512;
    model.layers = 2;
    model.timesteps = 100;
    model.dropout = 0.5;
    train.batchSize = 100;
    train.learningRate = 0.001;
    train.clipNorm = 5.0;
}

void TextControlPanel::applyPreset(int index)
{
    if (index <= 0)
        return;
    lstmlab::ModelConfig model = TextTrainingController::defaultModel();
    lstmlab::TrainConfig train = TextTrainingController::defaultTrain();
    train.seed = unsigned(m_seed->value());
    train.epochs = m_epochs->value();
    model.cell = lstmlab::RecurrentCell(m_cell->currentData().toInt()); // a preset keeps the cell
    if (index == 2)
        udacityPreset(model, train);
    setConfiguration(model, train);
    m_preset->setCurrentIndex(0);
    emit configurationChanged(modelConfig(), trainConfig());
}

void TextControlPanel::commit()
{
    if (!m_showing)
        emit configurationChanged(modelConfig(), trainConfig());
}

QString TextControlPanel::corpusId() const
{
    return m_corpus->currentData().toString();
}

void TextControlPanel::setCorpusId(const QString &id)
{
    const int index = m_corpus->findData(id);
    if (index >= 0)
        m_corpus->setCurrentIndex(index);
}

void TextControlPanel::setOpenedFile(const QString &path)
{
    m_openedFile = path;
    int index = m_corpus->findData(fileId);
    if (index < 0) {
        m_corpus->addItem(QString(), fileId);
        index = m_corpus->count() - 1;
    }
    m_corpus->setItemText(index, tr("File: %1").arg(QFileInfo(path).fileName()));
    m_corpus->setItemData(index, path, Qt::ToolTipRole);
    m_corpus->setCurrentIndex(index);
}

void TextControlPanel::setCorpusMessage(const QString &message)
{
    m_corpusMessage->setText(message);
    m_corpusMessage->setVisible(!message.isEmpty());
}

void TextControlPanel::setCorpusSummary(const QString &summary)
{
    m_corpusSummary->setText(summary);
    m_corpusSummary->setVisible(!summary.isEmpty());
}
