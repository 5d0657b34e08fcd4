#include "embedcontroller.h"

EmbedController::EmbedController(QObject *parent) : QObject(parent), m_worker(new EmbedWorker)
{
    qRegisterMetaType<EmbedSnapshot>();
    qRegisterMetaType<EmbedCommand>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EmbedWorker::snapshotReady, this, &EmbedController::onSnapshot, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("embedding worker"));
    m_thread.start();
}

EmbedController::~EmbedController()
{
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void EmbedController::build(const EmbedCommand &command, bool run)
{
    m_command = command;
    m_running = run;
    m_hasModel = true;
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, "build", Qt::QueuedConnection, Q_ARG(EmbedCommand, command),
                              Q_ARG(quint64, ++m_generation), Q_ARG(bool, run));
}

void EmbedController::setRunning(bool running)
{
    m_running = running;
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, "setRunning", Qt::QueuedConnection, Q_ARG(bool, running));
}

void EmbedController::setWatchingPace(bool watching)
{
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, "setWatchingPace", Qt::QueuedConnection, Q_ARG(bool, watching));
}

void EmbedController::onSnapshot(const EmbedSnapshot &snapshot)
{
    if (snapshot.generation != m_generation)
        return; // from a model that has been replaced
    m_last = snapshot;
    if (snapshot.state == EmbedSnapshot::State::Finished || snapshot.state == EmbedSnapshot::State::Failed)
        m_running = false;
    if (snapshot.state == EmbedSnapshot::State::Failed)
        m_hasModel = false;
    emit snapshotReady(snapshot);
}
