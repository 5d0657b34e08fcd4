#include "texttaskpage.h"

#include "banner.h"
#include "gatevocabulary.h"
#include "corpus.h"
#include "samplepanel.h"
#include "textcontrolpanel.h"
#include "textanalysispanel.h"
#include "textcorpuscatalog.h"
#include "textlosschart.h"
#include "textsessionfile.h"
#include "texttrace.h"
#include "texttrainer.h"
#include "texttrainingcontroller.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <numbers>

using State = TextSnapshot::State;

namespace {

QString bits(double value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value, 'f', 3);
}

} // namespace

TextTaskPage::TextTaskPage(QWidget *parent)
    : QWidget(parent), m_corpusFolder(TextCorpusCatalog::defaultFolder())
{
    setObjectName(QStringLiteral("textTaskPage"));
    m_controller = new TextTrainingController(this);
    m_controls = new TextControlPanel;
    m_lossChart = new TextLossChart;
    m_samples = new SamplePanel;
    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("textBanner"));

    m_anatomy = new QLabel;
    m_anatomy->setObjectName(QStringLiteral("textAnatomy"));
    m_anatomy->setWordWrap(true);
    m_anatomy->setTextFormat(Qt::RichText);
    m_anatomy->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_anatomy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anatomy->setContentsMargins(8, 6, 8, 6);
    auto *anatomyScroll = new QScrollArea;
    anatomyScroll->setWidget(m_anatomy);
    anatomyScroll->setWidgetResizable(true);
    anatomyScroll->setFrameShape(QFrame::NoFrame);

    // The analysis views of the gates over the characters are added here, as tabs.
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("textAnalysisTabs"));
    m_tabs->addTab(anatomyScroll, QString());
    m_analysis = new TextAnalysisPanel;
    m_analysis->setObjectName(QStringLiteral("textAnalysis"));
    m_tabs->addTab(m_analysis, QString());

    auto *controlsScroll = new QScrollArea;
    controlsScroll->setObjectName(QStringLiteral("textControlsScroll"));
    controlsScroll->setWidget(m_controls);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setMinimumWidth(m_controls->minimumSizeHint().width() + 16);

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("textTopSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(m_lossChart);
    top->addWidget(m_samples);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("textRightSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(top);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({600, 400});

    auto *main = new QSplitter(Qt::Horizontal);
    main->setObjectName(QStringLiteral("textMainSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(controlsScroll);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);

    m_openTextAction = new QAction(this);
    m_openTextAction->setObjectName(QStringLiteral("openTextAction"));
    connect(m_openTextAction, &QAction::triggered, this, &TextTaskPage::showOpenTextDialog);
    m_openSessionAction = new QAction(this);
    m_openSessionAction->setObjectName(QStringLiteral("openTextSessionAction"));
    connect(m_openSessionAction, &QAction::triggered, this, &TextTaskPage::showOpenSessionDialog);
    m_saveSessionAction = new QAction(this);
    m_saveSessionAction->setObjectName(QStringLiteral("saveTextSessionAction"));
    connect(m_saveSessionAction, &QAction::triggered, this, &TextTaskPage::showSaveSessionDialog);

    connect(m_controls, &TextControlPanel::configurationChanged, m_controller, &TextTrainingController::setConfiguration);
    connect(m_controls, &TextControlPanel::configurationChanged, this, &TextTaskPage::settingsChanged);
    connect(m_controls, &TextControlPanel::corpusChosen, this, &TextTaskPage::chooseCorpus);
    connect(m_controls, &TextControlPanel::openTextRequested, this, &TextTaskPage::showOpenTextDialog);
    connect(m_samples, &SamplePanel::settingsChanged, m_controller, &TextTrainingController::setSampleSettings);
    connect(m_samples, &SamplePanel::sampleRequested, m_controller, &TextTrainingController::sampleNow);
    connect(m_controller, &TextTrainingController::snapshotReady, this, &TextTaskPage::onSnapshot);
    connect(m_controller, &TextTrainingController::stateChanged, this, &TextTaskPage::stateChanged);
    connect(m_controller, &TextTrainingController::modelRebuilt, this, [this](const QString &reason) {
        m_banner->showMessage(Banner::Kind::Info,
                              tr("<b>%1</b> A new network learns from scratch: the loss starts high again.")
                                  .arg(reason.toHtmlEscaped()));
    });
    connect(m_controller, &TextTrainingController::diverged, this, [this](const QString &message) {
        m_banner->showMessage(Banner::Kind::Error, tr("<b>Training diverged</b>: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_controller, &TextTrainingController::configurationRejected, this, [this](const QString &message) {
        m_banner->showMessage(Banner::Kind::Error,
                              tr("<b>These settings cannot be trained</b>: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_controller, &TextTrainingController::finished, this, [this] {
        emit statusMessage(tr("Text training finished: %n epoch(s) done.", nullptr, m_last.epoch), 10000);
    });
    connect(m_controller, &TextTrainingController::sessionStateReady, this, &TextTaskPage::onSessionState);

    m_controller->setConfiguration(m_controls->modelConfig(), m_controls->trainConfig());
    m_controller->setSampleSettings(m_samples->temperature(), m_samples->length(), m_samples->prime());
    retranslateUi();
    updateAnatomy(m_last);
}

TextTaskPage::~TextTaskPage() = default;

void TextTaskPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Anatomy"));
    m_tabs->setTabText(1, tr("Gates over the text"));
    m_tabs->setTabToolTip(1, tr("The start of the validation text, every character tinted by one unit; "
                                "which units follow quotes, lines or punctuation; every gate over the "
                                "characters."));
    m_openTextAction->setText(tr("Open &Text…"));
    m_openTextAction->setToolTip(tr("Learn from any UTF-8 text file: the text task writes in its style"));
    m_openSessionAction->setText(tr("Open Te&xt Session…"));
    m_openSessionAction->setToolTip(tr("Open a saved text session (the window's or a headless run's "
                                       "session.lstmlab) and go on training where it stopped"));
    m_saveSessionAction->setText(tr("Save Text Session &As…"));
    m_saveSessionAction->setToolTip(tr("Save the text network, its optimizer, histories and samples, to "
                                       "go on later exactly where training is now"));
    updateAnatomy(m_last);
    if (m_last.vocabularySize > 0)
        updateSummary(m_last);
}

void TextTaskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TextTaskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_last.generation != 0)
        m_lossChart->updateSnapshot(m_last);
}

void TextTaskPage::setCorpusFolder(const QString &folder)
{
    m_corpusFolder = folder;
}

void TextTaskPage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    if (m_controller->corpus())
        return;
    const QString choice = m_corpusChoice.isEmpty() ? m_controls->corpusId() : m_corpusChoice;
    if (!TextCorpusCatalog::path(m_corpusFolder, choice).isEmpty()) {
        m_controls->setCorpusId(choice);
        chooseCorpus(choice);
    } else if (const QString error = openTextFile(choice); !error.isEmpty()) {
        chooseCorpus(m_controls->corpusId()); // the stored file is gone: the default text, and why
        m_controls->setCorpusMessage(error);
    }
}

void TextTaskPage::setCorpusChoice(const QString &choice)
{
    m_corpusChoice = choice;
}

QString TextTaskPage::corpusChoice() const
{
    return m_corpusId == QLatin1String("file") ? m_corpusFile : m_corpusId;
}

lstmlab::ModelConfig TextTaskPage::modelConfig() const
{
    return m_controls->modelConfig();
}

lstmlab::TrainConfig TextTaskPage::trainConfig() const
{
    return m_controls->trainConfig();
}

TextSnapshot::State TextTaskPage::state() const
{
    return m_controller->state();
}

void TextTaskPage::setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train)
{
    m_controls->setConfiguration(model, train);
    m_controller->setConfiguration(m_controls->modelConfig(), m_controls->trainConfig());
}

void TextTaskPage::refreshStatus()
{
    updateStatus(m_last);
}

QString TextTaskPage::bannerText() const
{
    return m_banner->text();
}

// --- the text ---------------------------------------------------------------------------

void TextTaskPage::chooseCorpus(const QString &id)
{
    if (id == QLatin1String("file")) {
        m_controls->setCorpusId(m_corpusId);
        return;
    }
    const TextCorpusCatalog::Loaded loaded = TextCorpusCatalog::load(m_corpusFolder, id);
    if (!loaded.corpus) {
        m_controls->setCorpusMessage(loaded.error);
        if (m_controller->corpus())
            m_controls->setCorpusId(m_corpusId); // the text being learnt stays
        return;
    }
    m_controls->setCorpusMessage(QString());
    const bool changed = m_corpusId != id;
    m_corpusId = id;
    m_controller->setCorpus(loaded.corpus);
    if (changed)
        emit settingsChanged();
}

QString TextTaskPage::openTextFile(const QString &path)
{
    const TextCorpusCatalog::Loaded loaded = TextCorpusCatalog::loadFile(path);
    if (!loaded.corpus)
        return loaded.error;
    m_activated = true;
    m_controls->setOpenedFile(QFileInfo(path).absoluteFilePath());
    m_controls->setCorpusMessage(QString());
    m_corpusId = QStringLiteral("file");
    m_corpusFile = QFileInfo(path).absoluteFilePath();
    m_controller->setCorpus(loaded.corpus);
    emit statusMessage(tr("Learning from %1").arg(QFileInfo(path).fileName()), 5000);
    emit settingsChanged();
    return QString();
}

void TextTaskPage::showOpenTextDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Text"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openTextFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot learn from this text"), error);
    else
        emit showRequested();
}

// --- sessions ---------------------------------------------------------------------------

bool TextTaskPage::isTextSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4096).contains(lstmlab::textSessionFormatName);
}

QString TextTaskPage::openSession(const QString &path)
{
    lstmlab::TextSessionReadResult read = lstmlab::loadTextSessionFile(path.toStdString());
    if (!read.session)
        return QString::fromStdString(read.error);
    lstmlab::TextSessionData &session = *read.session;
    auto resumption = std::make_shared<TextResumption>();
    try {
        resumption->corpus = std::make_shared<const lstmlab::Corpus>(lstmlab::Corpus::fromFile(session.textFile, true));
        if (resumption->corpus->vocabulary() != session.vocabulary)
            return tr("%1 was trained on a text with another vocabulary (%2 symbols) than %3 (%4)")
                .arg(path)
                .arg(session.vocabulary.size())
                .arg(QString::fromStdString(session.textFile))
                .arg(resumption->corpus->vocabularySize());
        lstmlab::ModelConfig model = session.model;
        model.dropout = session.state.dropout;
        resumption->trainer = std::make_unique<lstmlab::TextTrainer>(model, session.train, resumption->corpus);
    } catch (const std::exception &error) {
        return tr("%1: %2").arg(path, QString::fromStdString(error.what()));
    }
    if (auto error = resumption->trainer->restoreState(session.state))
        return tr("%1: %2").arg(path, QString::fromStdString(*error));
    for (const lstmlab::HistoryPoint &point : session.lossHistory)
        resumption->trainHistory.append(QPointF(double(point.step), point.value / std::numbers::ln2));
    for (const lstmlab::HistoryPoint &point : session.validationHistory)
        resumption->validationHistory.append(QPointF(double(point.step), point.value));
    resumption->samples = QString::fromStdString(session.samples);

    m_activated = true;
    lstmlab::ModelConfig model = session.model;
    model.dropout = session.state.dropout;
    lstmlab::TrainConfig train = session.train;
    train.learningRate = session.state.learningRate;
    m_controls->setConfiguration(model, train);
    m_controls->setOpenedFile(QString::fromStdString(session.textFile));
    m_controls->setCorpusMessage(QString());
    m_corpusId = QStringLiteral("file");
    m_corpusFile = QString::fromStdString(session.textFile);
    m_samples->setEarlierSamples(resumption->samples);
    m_lossChart->clearHistory();
    m_banner->dismiss();
    m_keepSamplesFrom = m_controller->generation() + 1; // the session's model: its samples stay
    m_savedGeneration = m_keepSamplesFrom;
    m_savedStep = session.state.step;
    m_controller->resumeFrom(std::move(resumption));
    emit statusMessage(tr("Opened %1 at step %L2").arg(QFileInfo(path).fileName()).arg(session.state.step), 8000);
    return QString();
}

void TextTaskPage::showOpenSessionDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Text Session"), QString(),
                                                      tr("LSTM Lab sessions (*.lstmlab);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openSession(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot open this text session"), error);
    else
        emit showRequested();
}

qint64 TextTaskPage::unsavedSteps() const
{
    if (m_last.generation == m_savedGeneration)
        return std::max<qint64>(0, m_last.step - m_savedStep);
    return m_last.step;
}

void TextTaskPage::saveSession(const QString &path)
{
    m_savePath = path;
    m_saveRequest = m_controller->requestSessionState();
}

void TextTaskPage::showSaveSessionDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Text Session"), QStringLiteral("text.lstmlab"),
                                                tr("LSTM Lab sessions (*.lstmlab)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".lstmlab")))
        path += QLatin1String(".lstmlab");
    saveSession(path);
}

void TextTaskPage::onSessionState(quint64 request, std::shared_ptr<const lstmlab::TextSessionData> state,
                                  const QString &error)
{
    if (request != m_saveRequest)
        return;
    const QString path = m_savePath;
    QString problem = error;
    if (state) {
        std::string why;
        if (!lstmlab::saveTextSessionFile(path.toStdString(), *state, &why))
            problem = QString::fromStdString(why);
    }
    if (problem.isEmpty() && state) {
        m_savedGeneration = m_controller->generation();
        m_savedStep = state->state.step;
    }
    if (problem.isEmpty())
        emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    else if (isVisible())
        QMessageBox::warning(this, tr("Cannot save the text session"), problem);
    emit sessionSaved(path, problem);
}

// --- training ---------------------------------------------------------------------------

void TextTaskPage::toggleTraining()
{
    activate();
    switch (m_controller->state()) {
    case State::Running: m_controller->pause(); break;
    case State::Paused: m_controller->resume(); break;
    default: m_controller->start(); break;
    }
}

void TextTaskPage::pause()
{
    m_controller->pause();
}

void TextTaskPage::stepOnce()
{
    activate();
    m_controller->step();
}

void TextTaskPage::reset()
{
    m_banner->dismiss();
    m_controller->reset();
}

void TextTaskPage::setStepDelayMs(int ms)
{
    m_controller->setStepDelayMs(ms);
}

void TextTaskPage::setMaxSnapshotsPerSecond(double rate)
{
    m_controller->setMaxSnapshotsPerSecond(rate);
}

void TextTaskPage::onSnapshot(const TextSnapshot &snapshot)
{
    const bool newModel = snapshot.generation != m_generation;
    m_generation = snapshot.generation;
    if (newModel && snapshot.generation != m_keepSamplesFrom)
        m_samples->clear();
    if (snapshot.newSample)
        m_samples->addSample(snapshot.sample);
    // The gates over the characters come every few seconds; a new network's first frame
    // brings its own, or there is none to show yet.
    if (snapshot.trace)
        m_analysis->setTrace(snapshot.trace);
    else if (newModel)
        m_analysis->setTrace(std::shared_ptr<const lstmlab::TextTrace>());
    const bool shapeChanged = !snapshot.building && (newModel || snapshot.parameterCount != m_last.parameterCount);
    m_last = snapshot;
    m_last.newSample = false;
    // The curve moves over hundreds of steps: while training runs it is redrawn five times a
    // second (a few milliseconds of the GUI thread each), and always with a new validation point
    // or the frame that ends a run.
    constexpr qint64 chartIntervalMs = 200;
    const bool chartDue = snapshot.state != State::Running || newModel || !m_chartClock.isValid()
        || m_chartClock.elapsed() >= chartIntervalMs || snapshot.validationHistory.size() != m_chartValidationPoints;
    if (isVisible() && chartDue) {
        m_chartClock.start();
        m_chartValidationPoints = snapshot.validationHistory.size();
        m_lossChart->updateSnapshot(snapshot);
    }
    if (shapeChanged) {
        updateAnatomy(snapshot);
        updateSummary(snapshot);
    }
    updateStatus(snapshot);
}

QList<ExportablePanel *> TextTaskPage::exportablePanels() const
{
    return m_analysis->exportablePanels();
}

void TextTaskPage::setGateVocabulary(const GateVocabulary &vocabulary)
{
    m_analysis->setVocabulary(vocabulary);
}

void TextTaskPage::updateSummary(const TextSnapshot &s)
{
    m_controls->setCorpusSummary(
        tr("%L1 characters, %L2 distinct symbols. A model that knows only how often each occurs needs "
           "%3 bits per character: the dashed line to beat.")
            .arg(s.corpusCharacters)
            .arg(s.vocabularySize)
            .arg(QString::number(s.unigramBitsPerChar, 'f', 2)));
}

void TextTaskPage::updateAnatomy(const TextSnapshot &s)
{
    if (s.vocabularySize <= 0) {
        m_anatomy->setText(tr("<p>Choose a text on the left: its symbols are the network's inputs and outputs.</p>"));
        return;
    }
    const qint64 V = s.vocabularySize;
    const qint64 H = s.model.units;
    const qint64 G = lstmlab::cellGateCount(s.model.cell); // gate layers: 4, 3 or 1
    const QString GH = G > 1 ? QStringLiteral("%1H").arg(G) : QStringLiteral("H");
    const QString row = QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td align='right'>%L3</td><td>%4</td></tr>");
    QString rows;
    for (int l = 0; l < s.model.layers; ++l) {
        const qint64 in = l == 0 ? V : H;
        rows += row.arg(QStringLiteral("weight_ih_l%1").arg(l),
                        QStringLiteral("(%1, %2) = (%L3, %L4)")
                            .arg(GH, l == 0 ? QStringLiteral("V") : QStringLiteral("H"))
                            .arg(G * H)
                            .arg(in))
                    .arg(G * H * in)
                    .arg(l == 0 ? tr("one column per symbol: the one-hot input picks a column, no product")
                                : tr("the layer below's h"));
        rows += row.arg(QStringLiteral("weight_hh_l%1").arg(l), QStringLiteral("(%1, H) = (%L2, %L3)").arg(GH).arg(G * H).arg(H))
                    .arg(G * H * H)
                    .arg(tr("the layer's own h of the step before"));
        rows += row.arg(QStringLiteral("bias_ih_l%1 + bias_hh_l%1").arg(l), QStringLiteral("2 × (%1) = 2 × %L2").arg(GH).arg(G * H))
                    .arg(2 * G * H)
                    .arg(QString());
    }
    rows += row.arg(QStringLiteral("head.weight"), QStringLiteral("(V, H) = (%L1, %L2)").arg(V).arg(H))
                .arg(V * H)
                .arg(tr("softmax over the symbols: the next character's probabilities"));
    rows += row.arg(QStringLiteral("head.bias"), QStringLiteral("(V) = (%L1)").arg(V)).arg(V).arg(QString());
    m_anatomy->setText(
        tr("<p><b>Parameters: %L1</b> (one-hot input of %L2 symbols: %3×V = %L4 input weights)</p>")
            .arg(s.parameterCount)
            .arg(V)
            .arg(GH)
            .arg(G * H * V)
        + tr("<p>Every character is one of V = %L1 symbols. The network reads it as a one-hot vector, "
             "%n %2 layer(s) of H = %L3 units carry the state, and a softmax head gives the probability "
             "of every symbol coming next.</p>", nullptr, s.model.layers)
              .arg(V)
              .arg(GateVocabulary::cellTitle(s.model.cell))
              .arg(H)
        + QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='left'>%2</th>"
                         "<th align='right'>%3</th><th align='left'></th></tr>%4</table>")
              .arg(tr("tensor"), tr("shape"), tr("numbers"), rows));
}

void TextTaskPage::updateStatus(const TextSnapshot &s)
{
    const int current = std::max(s.epoch + (s.batch > 0 ? 1 : 0), s.step > 0 ? 1 : 0);
    const QString epoch = s.train.epochs > 0 ? tr("Epoch %1/%2").arg(current).arg(s.train.epochs)
                                             : tr("Epoch %1").arg(current);
    const QString step = s.batchesPerEpoch > 0
                             ? tr("Step %L1 (batch %2 of %3)").arg(s.step).arg(s.batch).arg(s.batchesPerEpoch)
                             : tr("Step %L1").arg(s.step);
    QString loss = tr("%1 bits/char · validation %2").arg(bits(s.trainBitsPerChar), bits(s.validationBitsPerChar));
    if (s.state == State::Running && s.stepsPerSecond > 0)
        loss += tr(" · %1 steps/s").arg(QString::number(s.stepsPerSecond, 'f', s.stepsPerSecond < 10 ? 1 : 0));
    emit statusChanged(epoch, step, loss);
}
