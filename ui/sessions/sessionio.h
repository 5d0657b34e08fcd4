#pragma once

// Session (.lstmlab) and model.json files, read and written away from the GUI thread: a
// session of a large model takes seconds to write or read. One background thread runs the
// jobs in the order they are given; each job's result comes back on the GUI thread, to the
// callback given with it. Writes are atomic (the core writes a temporary file in the same
// folder and renames it into place): a failed or interrupted save leaves the old file whole.
//
// Opening does all the work a session needs before training can go on: it reads and checks
// the file, makes the data from its signal (reading a CSV series again), and builds the
// trainer with the saved state restored. Only a complete TrainingResumption comes back, so a
// file that fails any step changes nothing in the window.

#include "modelconfig.h"
#include "runrecord.h"
#include "sessionsignal.h"
#include "trainingresumption.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace lstmlab {
class CsvSeries;
class SignalGenerator;
struct SessionData;
} // namespace lstmlab

class SessionIo : public QObject
{
    Q_OBJECT

public:
    struct Result {
        QString path;
        QString error; // what is wrong, without the path (the caller names it); empty: success
        bool ok() const { return error.isEmpty(); }
    };
    struct Opened : Result {
        std::shared_ptr<TrainingResumption> resumption; // on success
        SessionSignal signal;                           // what the data was made from
        std::vector<lstmlab::RunRecord> runs;           // the session's run list
    };
    using SaveDone = std::function<void(const Result &)>;
    using OpenDone = std::function<void(const Opened &)>;

    explicit SessionIo(QObject *parent = nullptr);
    // Finishes every job already given (a save in progress is never cut short); results
    // not yet delivered are dropped.
    ~SessionIo() override;

    // session with `signal` as its signal (a captured state leaves it at its default).
    void saveSession(const QString &path, std::shared_ptr<const lstmlab::SessionData> session,
                     const lstmlab::SignalChoice &signal, SaveDone done);
    // The model part of a captured state: configuration, weights, progress.
    void saveModel(const QString &path, std::shared_ptr<const lstmlab::SessionData> session, SaveDone done);
    void openSession(const QString &path, OpenDone done);
    // A model.json's structure (units, layers, time steps, dropout) and weights, trained with
    // `train` on the data of `source` (the signal or series now in use, described by
    // `choice`; its data is remade when the model reads another number of time steps). Adam
    // starts afresh; the step count goes on from the file's.
    void importModel(const QString &path, const lstmlab::TrainConfig &train, const SessionSignal::Source &source,
                     const SessionSignal &choice, OpenDone done);
    int pendingJobs() const { return m_pending; }

    // The jobs themselves, run on the calling thread.
    static Result writeSession(const QString &path, const lstmlab::SessionData &session);
    static Result writeModel(const QString &path, const lstmlab::SessionData &session);
    static Opened readSession(const QString &path);
    // A session already in memory (a captured state, its signal filled in), made ready to
    // train as readSession() makes a file's; path only names it in the result.
    static Opened fromSession(const lstmlab::SessionData &session, const QString &path = QString());
    static Opened readModel(const QString &path, const lstmlab::TrainConfig &train,
                            const SessionSignal::Source &source, const SessionSignal &choice);
    // Empty when the window can show and train these settings as they are; otherwise what it
    // cannot (several inputs per time step, say), for a file made by the headless mode.
    static QString windowCannotShow(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);

signals:
    void pendingJobsChanged(int pending);

private:
    template <typename R>
    void post(std::function<R()> work, std::function<void(const R &)> done);

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the jobs run in its event loop
    int m_pending = 0;
};
