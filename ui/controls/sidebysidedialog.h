#pragma once

// Training > Train Side by Side…: two or three runs that differ in the cell, the number of
// units, the seed or the forget gate's bias, every other setting the window's. runs() gives
// them in order; the first becomes the network the window trains and shows, the others train
// beside it (TrainingController::trainSideBySide). Their ranges are the core's (ModelConfig,
// TrainConfig); TrainingController checks the whole of each run as for any configuration.

#include "trainingsnapshot.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

class SideBySideDialog : public QDialog
{
    Q_OBJECT

public:
    // base: the window's settings, which every run starts from (the first two runs default to
    // the plain RNN and the LSTM, the third, off, to the GRU).
    explicit SideBySideDialog(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                              QWidget *parent = nullptr);

    static constexpr int maxRuns = 3;
    QVector<RunSettings> runs() const;

    // For tests and presets: run k (from 0) with these values.
    void setRun(int k, lstmlab::RecurrentCell cell, int units, unsigned seed, bool forgetBiasOne);
    void setThirdRunEnabled(bool enabled);

private:
    struct Column {
        QLabel *title = nullptr;
        QCheckBox *enabled = nullptr; // the third run only
        QComboBox *cell = nullptr;
        QSpinBox *units = nullptr;
        QSpinBox *seed = nullptr;
        QCheckBox *forgetBias = nullptr;
    };
    void updateColumns();

    lstmlab::ModelConfig m_model;
    lstmlab::TrainConfig m_train;
    Column m_columns[maxRuns];
};
