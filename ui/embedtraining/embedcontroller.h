#pragma once

// The window's handle on the embedding worker: starts its thread, posts commands (a new model,
// run, pause, the pace) and passes on its snapshots. Pausing, resetting and quitting interrupt
// a slice in progress, so they take effect within one sentence.

#include "embedsnapshot.h"
#include "embedworker.h"

#include <QObject>
#include <QThread>

class EmbedController : public QObject
{
    Q_OBJECT
public:
    explicit EmbedController(QObject *parent = nullptr);
    ~EmbedController() override;

    // A new model from a text and settings; training starts at once when run.
    void build(const EmbedCommand &command, bool run);
    void setRunning(bool running);
    void setWatchingPace(bool watching);

    const EmbedSnapshot &lastSnapshot() const { return m_last; }
    bool running() const { return m_running; }
    const EmbedCommand &command() const { return m_command; }
    bool hasModel() const { return m_hasModel; }

signals:
    void snapshotReady(const EmbedSnapshot &snapshot);

private:
    void onSnapshot(const EmbedSnapshot &snapshot);

    QThread m_thread;
    EmbedWorker *m_worker = nullptr;
    EmbedSnapshot m_last;
    EmbedCommand m_command;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_hasModel = false;
};
