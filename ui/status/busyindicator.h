#pragma once

// The status bar's word on what the training worker is busy with, whenever it takes a while:
// "Building a new network: 256 units × 8 layers × 512 time steps…" from the moment a new
// model is ordered until its first frame, and otherwise whatever the worker has been doing for
// more than showAfterMs (a step, the epoch's evaluation, the test predictions, the gate
// trace), with the seconds it has taken so far. Hidden when nothing takes that long. It polls
// TrainingController::activity() a few times a second; it never waits for the worker.

#include "trainingactivity.h"
#include "trainingsnapshot.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class TrainingController;

class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int showAfterMs = 300;

    explicit BusyIndicator(TrainingController *controller, QWidget *parent = nullptr);

    QString text() const; // what it says while shown, else empty

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSnapshot(const TrainingSnapshot &snapshot);
    void poll();
    QString activityText(const TrainingActivity &activity) const;

    TrainingController *m_controller = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QTimer *m_timer = nullptr;
    bool m_building = false;          // a new model is ordered and has sent no frame yet
    quint64 m_buildingGeneration = 0;
    lstmlab::ModelConfig m_buildingModel;
};
