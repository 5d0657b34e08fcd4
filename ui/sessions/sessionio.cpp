#include "sessionio.h"

#include "dataset.h"
#include "modelfile.h"
#include "sessionfile.h"
#include "csvseries.h"
#include "trainer.h"

#include <QFile>

#include <exception>
#include <stdexcept>

namespace {

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

// The core's messages name the file; the window names it once, on a line of its own.
QString withoutPath(const std::string &error, const QString &path)
{
    QString text = QString::fromStdString(error);
    const QString name = QString::fromLocal8Bit(QFile::encodeName(path));
    if (text.startsWith(name + QStringLiteral(": ")))
        return text.mid(name.size() + 2);
    text.replace(QStringLiteral(" ") + name + QStringLiteral(":"), QStringLiteral(":"));
    return text;
}

QVector<QPointF> points(const std::vector<lstmlab::HistoryPoint> &history)
{
    QVector<QPointF> out;
    out.reserve(qsizetype(history.size()));
    for (const lstmlab::HistoryPoint &p : history)
        out.append(QPointF(double(p.step), p.value));
    return out;
}

} // namespace

SessionIo::SessionIo(QObject *parent)
    : QObject(parent)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("LSTM Lab files"));
    m_thread.start();
}

SessionIo::~SessionIo()
{
    // Queued after every job given so far: they all run to the end first.
    QMetaObject::invokeMethod(m_context, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template <typename R>
void SessionIo::post(std::function<R()> work, std::function<void(const R &)> done)
{
    ++m_pending;
    emit pendingJobsChanged(m_pending);
    QMetaObject::invokeMethod(
        m_context,
        [this, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<const R>(work());
            // Back on the GUI thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, result, done] {
                    --m_pending;
                    emit pendingJobsChanged(m_pending);
                    if (done)
                        done(*result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SessionIo::saveSession(const QString &path, std::shared_ptr<const lstmlab::SessionData> session,
                           const lstmlab::SignalChoice &signal, SaveDone done)
{
    post<Result>(
        [path, session, signal] {
            if (session->signal == signal)
                return writeSession(path, *session);
            lstmlab::SessionData filled = *session; // on this thread: a large copy costs the GUI nothing
            filled.signal = signal;
            return writeSession(path, filled);
        },
        std::move(done));
}

void SessionIo::saveModel(const QString &path, std::shared_ptr<const lstmlab::SessionData> session, SaveDone done)
{
    post<Result>([path, session] { return writeModel(path, *session); }, std::move(done));
}

void SessionIo::openSession(const QString &path, OpenDone done)
{
    post<Opened>([path] { return readSession(path); }, std::move(done));
}

void SessionIo::importModel(const QString &path, const lstmlab::TrainConfig &train,
                            const SessionSignal::Source &source, const SessionSignal &choice, OpenDone done)
{
    post<Opened>([path, train, source, choice] { return readModel(path, train, source, choice); }, std::move(done));
}

// ---- The jobs ----------------------------------------------------------------------------

SessionIo::Result SessionIo::writeSession(const QString &path, const lstmlab::SessionData &session)
{
    Result result;
    result.path = path;
    std::string error;
    if (!lstmlab::saveSessionFile(nativePath(path), session, &error))
        result.error = withoutPath(error, path);
    return result;
}

SessionIo::Result SessionIo::writeModel(const QString &path, const lstmlab::SessionData &session)
{
    Result result;
    result.path = path;
    const lstmlab::TrainerState &s = session.state;
    const lstmlab::ModelData model{session.model, s.parameters,
                                   {s.step, s.epoch, s.lastEpoch.epoch > 0 ? s.lastEpoch.testMse : -1.0}};
    std::string error;
    if (!lstmlab::saveModelFile(nativePath(path), model, &error))
        result.error = withoutPath(error, path);
    return result;
}

QString SessionIo::windowCannotShow(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    // The core's check (Dataset::checkWidth), with the core's message.
    if (const std::optional<std::string> width = lstmlab::Dataset::checkWidth(model))
        return QString::fromStdString(*width);
    // The window's controls offer the core's ranges (ModelConfig), which the loaders check.
    if (model.clamped() != model || train.clamped() != train)
        return tr("its settings are outside the ranges the window offers");
    return QString();
}

SessionIo::Opened SessionIo::readSession(const QString &path)
{
    Opened opened;
    opened.path = path;
    // Either kind of file is recognised, so that a model.json opened here is pointed to Import.
    lstmlab::ResumeReadResult read = lstmlab::loadSessionOrModelFile(nativePath(path));
    if (read.model) {
        opened.error = tr("this is a model.json, not a session: File › Import model.json… trains it");
        return opened;
    }
    if (!read.session) {
        opened.error = withoutPath(read.error, path);
        return opened;
    }
    return fromSession(*read.session, path);
}

SessionIo::Opened SessionIo::fromSession(const lstmlab::SessionData &session, const QString &path)
{
    Opened opened;
    opened.path = path;
    auto resumption = std::make_shared<TrainingResumption>();
    resumption->model = session.model;
    resumption->model.dropout = session.state.dropout;
    resumption->train = session.train;
    resumption->train.learningRate = session.state.learningRate;
    opened.error = windowCannotShow(resumption->model, resumption->train);
    if (!opened.error.isEmpty())
        return opened;

    QString error;
    const std::optional<SessionSignal> signal = SessionSignal::fromChoice(session.signal, &error);
    if (!signal) {
        opened.error = error;
        return opened;
    }
    const std::optional<SessionSignal::Source> source = signal->build(session.model.timesteps, &error);
    if (!source) {
        opened.error = error;
        return opened;
    }
    std::string why;
    resumption->trainer = lstmlab::resumeTrainer(session, source->data, &why);
    if (!resumption->trainer) {
        opened.error = QString::fromStdString(why);
        return opened;
    }
    resumption->data = source->data;
    opened.runs = session.runs;
    resumption->signal = source->signal;
    resumption->series = source->series;
    for (const lstmlab::HistoryPoint &point : session.lossHistory)
        resumption->lossHistory.append(point.step, point.value);
    resumption->testMseHistory = points(session.testMseHistory);
    opened.signal = *signal;
    opened.resumption = std::move(resumption);
    return opened;
}

SessionIo::Opened SessionIo::readModel(const QString &path, const lstmlab::TrainConfig &train,
                                       const SessionSignal::Source &source, const SessionSignal &choice)
{
    Opened opened;
    opened.path = path;
    lstmlab::ModelReadResult read = lstmlab::loadModelFile(nativePath(path));
    if (!read.model) {
        opened.error = withoutPath(read.error, path);
        return opened;
    }
    const lstmlab::ModelData &model = *read.model;
    opened.error = windowCannotShow(model.config, train);
    if (!opened.error.isEmpty())
        return opened;

    auto resumption = std::make_shared<TrainingResumption>();
    try {
        // The data of the signal in use, in windows of the model's time steps.
        std::shared_ptr<const lstmlab::Dataset> data = source.data;
        if (!data || data->timesteps() != model.config.timesteps) {
            if (source.series)
                data = std::make_shared<const lstmlab::Dataset>(source.series->dataset(model.config.timesteps));
            else if (source.signal)
                data = std::make_shared<const lstmlab::Dataset>(*source.signal, lstmlab::DataSpec(),
                                                                model.config.timesteps);
            else
                throw std::invalid_argument("there is no signal to train on");
        }
        resumption->signal = source.signal;
        resumption->series = source.series;
        auto trainer = std::make_unique<lstmlab::Trainer>(model.config, train, data);
        trainer->network().parameters() = model.parameters;
        trainer->restoreProgress(model.progress.steps, 0, 0);
        trainer->setLearningRate(train.learningRate);
        trainer->setDropout(model.config.dropout);
        resumption->trainer = std::move(trainer);
        resumption->data = std::move(data);
    } catch (const std::exception &e) {
        opened.error = tr("it cannot be trained here: %1").arg(QString::fromStdString(e.what()));
        return opened;
    }
    resumption->model = model.config;
    resumption->train = train;
    opened.signal = choice;
    opened.resumption = std::move(resumption);
    return opened;
}
