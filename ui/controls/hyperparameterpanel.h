#pragma once

// The controls of LSTM Lab: the shape of the network (cell, units, layers, time steps, dropout) and
// how it is trained (learning rate, batch size, epochs, seed, gradient clipping), plus Train/Pause/Resume, Step
// and Reset. Every control says in its tooltip what it does to the network.
//
// configurationChanged() is emitted once per committed change (a spin box commits on Enter,
// on leaving it and on each arrow step, not on every keystroke), always with values in range.

#include "modelconfig.h"
#include "trainingsnapshot.h"

#include <QWidget>

class QAbstractButton;
class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

class HyperparameterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HyperparameterPanel(QWidget *parent = nullptr);

    lstmlab::ModelConfig modelConfig() const;
    lstmlab::TrainConfig trainConfig() const;
    // Shows a configuration without emitting configurationChanged(); values are clamped.
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);

    // Relabels the main button: Train when idle, Pause while running, Resume when paused.
    void setTrainingState(TrainingSnapshot::State state);
    TrainingSnapshot::State trainingState() const { return m_state; }

    // Controls, for the window's keyboard focus and for tests.
    QComboBox *cellBox() const { return m_cell; } // items: LSTM, GRU, plain RNN; data: RecurrentCell
    QSpinBox *unitsBox() const { return m_units; }
    QSpinBox *layersBox() const { return m_layers; }
    QSpinBox *timestepsBox() const { return m_timesteps; }
    QDoubleSpinBox *dropoutBox() const { return m_dropout; }
    // "Forget bias 1": checked, the LSTM's forget-gate bias starts at 1 (ModelConfig::forgetBias); a structure
    // setting: changing it rebuilds the network. Disabled for the other cells.
    QCheckBox *forgetBiasBox() const { return m_forgetBias; }
    QDoubleSpinBox *learningRateBox() const { return m_learningRate; }
    QSpinBox *batchSizeBox() const { return m_batchSize; }
    QSpinBox *epochsBox() const { return m_epochs; }
    QSpinBox *seedBox() const { return m_seed; }
    QDoubleSpinBox *clipNormBox() const { return m_clipNorm; }
    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *stepButton() const { return m_stepButton; }
    QPushButton *resetButton() const { return m_resetButton; }
    QLabel *keepLabel() const { return m_keepLabel; }

signals:
    void configurationChanged(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    void trainRequested();
    void pauseRequested();
    void resumeRequested();
    void stepRequested();
    void resetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text, in the current language (from the constructor and on a language change).
    void retranslateUi();
    void commit();
    void onTrainButton();
    void updateKeepLabel();
    void updateCellToolTips();

    QComboBox *m_cell = nullptr;
    QSpinBox *m_units = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_timesteps = nullptr;
    QDoubleSpinBox *m_dropout = nullptr;
    QLabel *m_keepLabel = nullptr;
    QCheckBox *m_forgetBias = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_epochs = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_clipNorm = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_stepButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_parameterLabel = nullptr;
    QLabel *m_dropoutLabel = nullptr;
    QGroupBox *m_networkBox = nullptr;
    QGroupBox *m_trainingBox = nullptr;

    lstmlab::ModelConfig m_model;     // the configuration last shown or emitted
    lstmlab::TrainConfig m_train;
    TrainingSnapshot::State m_state = TrainingSnapshot::State::Idle;
};
