#pragma once

// The text task's controls: which text to learn (the corpus chooser, File > Open Text…'s
// file once opened, and a message when a corpus's package is missing), the network's shape
// (cell, units, layers, time steps, dropout) and its training (streams, learning rate, epochs,
// clipping, seed), with two presets: the text defaults and Udacity's "Anna KaRNNa".
//
// configurationChanged() is emitted once per committed change (Enter, leaving a box, an arrow
// step, a preset), corpusChosen() when the learner picks another text.

#include "modelconfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

class TextControlPanel : public QWidget
{
    Q_OBJECT

public:
    // The largest units the box offers: the Udacity preset's 512 (the core decides whether it
    // trains: ModelConfig::validate()).
    static constexpr int maxUnits = 512;

    explicit TextControlPanel(QWidget *parent = nullptr);

    lstmlab::ModelConfig modelConfig() const;
    lstmlab::TrainConfig trainConfig() const;
    // Shows a configuration without emitting configurationChanged().
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);

    // Udacity's "Anna KaRNNa": 2 x 512 units, 100 steps, 100 streams, lr 0.001, dropout 0.5, clip 5.
    static void udacityPreset(lstmlab::ModelConfig &model, lstmlab::TrainConfig &train);

    // The chooser: the catalogue's texts and, once opened, a file of the learner's own.
    QString corpusId() const;           // a catalogue id, or "file"
    void setCorpusId(const QString &id); // without emitting corpusChosen()
    void setOpenedFile(const QString &path);
    // Says what is wrong with the chosen text (a missing package, a refused file); empty hides it.
    void setCorpusMessage(const QString &message);
    // What the chosen text is: its characters, symbols and the baseline to beat.
    void setCorpusSummary(const QString &summary);

signals:
    void configurationChanged(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    void corpusChosen(const QString &id);
    void openTextRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void commit();
    void applyPreset(int index);

    QComboBox *m_corpus = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_corpusMessage = nullptr;
    QLabel *m_corpusSummary = nullptr;
    QString m_openedFile;
    QComboBox *m_preset = nullptr;
    QGroupBox *m_textBox = nullptr;
    QGroupBox *m_networkBox = nullptr;
    QGroupBox *m_trainingBox = nullptr;
    QFormLayout *m_networkForm = nullptr;
    QFormLayout *m_trainingForm = nullptr;
    QComboBox *m_cell = nullptr; // items: LSTM, GRU, plain RNN; data: RecurrentCell
    QSpinBox *m_units = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_timesteps = nullptr;
    QDoubleSpinBox *m_dropout = nullptr;
    QSpinBox *m_streams = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_epochs = nullptr;
    QDoubleSpinBox *m_clipNorm = nullptr;
    QSpinBox *m_seed = nullptr;
    bool m_showing = false; // setConfiguration() in progress: no signal
};
