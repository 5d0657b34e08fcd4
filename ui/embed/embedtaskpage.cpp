#include "embedtaskpage.h"

#include "analogypanel.h"
#include "embedcontroller.h"
#include "embeddingmap.h"
#include "embedlosschart.h"
#include "neighbourpanel.h"
#include "onehotlink.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

const char *const fortunesFolder = "/usr/share/games/fortunes";

QSpinBox *spinBox(int min, int max, int value)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

QString EmbedTaskPage::tangPoemsPath()
{
    return QString::fromLatin1(fortunesFolder) + QStringLiteral("/tang300");
}

QStringList EmbedTaskPage::englishFortuneFiles()
{
    // The fortunes package's files without an extension (the .dat indexes and .u8 links are
    // left out), less those of fortunes-zh (Chinese).
    QStringList files;
    const QDir folder(QString::fromLatin1(fortunesFolder));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files, QDir::Name))
        if (info.suffix().isEmpty() && !QStringList{"tang300", "song100", "chinese"}.contains(info.fileName()))
            files << info.filePath();
    return files;
}

EmbedTaskPage::EmbedTaskPage(QWidget *parent)
    : QWidget(parent), m_controller(new EmbedController(this)), m_corpusLabel(new QLabel), m_corpus(new QComboBox),
      m_openFile(new QPushButton), m_corpusNote(new QLabel), m_tokensLabel(new QLabel), m_tokens(new QComboBox),
      m_dimLabel(new QLabel), m_dim(spinBox(1, lstmlab::SkipGramConfig::maxDim, 100)), m_windowLabel(new QLabel),
      m_window(spinBox(1, lstmlab::SkipGramConfig::maxWindow, 5)), m_negativesLabel(new QLabel),
      m_negatives(spinBox(1, lstmlab::SkipGramConfig::maxNegatives, 5)), m_minCountLabel(new QLabel),
      m_minCount(spinBox(1, 1000000, 5)), m_subsampleLabel(new QLabel), m_subsample(new QDoubleSpinBox),
      m_epochsLabel(new QLabel), m_epochs(spinBox(1, lstmlab::SkipGramConfig::maxEpochs, 5)), m_seedLabel(new QLabel),
      m_seed(spinBox(0, 2147483647, 1)), m_watch(new QCheckBox), m_new(new QPushButton), m_train(new QPushButton),
      m_progress(new QProgressBar), m_status(new QLabel), m_settingsNote(new QLabel), m_map(new EmbeddingMap),
      m_loss(new EmbedLossChart), m_neighbours(new NeighbourPanel), m_analogy(new AnalogyPanel), m_link(new OneHotLink)
{
    setObjectName(QStringLiteral("embedTaskPage"));
    m_corpus->setObjectName(QStringLiteral("embedCorpus"));
    m_tokens->setObjectName(QStringLiteral("embedTokens"));
    m_new->setObjectName(QStringLiteral("embedNewModel"));
    m_train->setObjectName(QStringLiteral("embedTrain"));
    m_watch->setObjectName(QStringLiteral("embedWatchPace"));
    m_dim->setObjectName(QStringLiteral("embedDim"));
    m_epochs->setObjectName(QStringLiteral("embedEpochs"));
    m_minCount->setObjectName(QStringLiteral("embedMinCount"));
    m_status->setObjectName(QStringLiteral("embedStatus"));
    m_subsample->setDecimals(6);
    m_subsample->setRange(0.0, 1.0);
    m_subsample->setSingleStep(1e-4);
    m_subsample->setValue(1e-4);
    m_subsample->setKeyboardTracking(false);
    m_rateLabel = new QLabel;
    m_rate = new QDoubleSpinBox;
    m_rate->setObjectName(QStringLiteral("embedLearningRate"));
    m_rate->setDecimals(6);
    m_rate->setRange(lstmlab::SkipGramConfig::minLearningRate, lstmlab::SkipGramConfig::maxLearningRate);
    m_rate->setSingleStep(0.005);
    m_rate->setValue(lstmlab::SkipGramConfig().learningRate);
    m_rate->setKeyboardTracking(false);
    m_corpusNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_settingsNote->setWordWrap(true);
    m_watch->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);

    auto *controls = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(m_corpusLabel, m_corpus);
    form->addRow(QString(), m_openFile);
    form->addRow(m_corpusNote);
    form->addRow(m_tokensLabel, m_tokens);
    form->addRow(m_dimLabel, m_dim);
    form->addRow(m_windowLabel, m_window);
    form->addRow(m_negativesLabel, m_negatives);
    form->addRow(m_minCountLabel, m_minCount);
    form->addRow(m_subsampleLabel, m_subsample);
    form->addRow(m_epochsLabel, m_epochs);
    form->addRow(m_rateLabel, m_rate);
    form->addRow(m_seedLabel, m_seed);
    auto *controlLayout = new QVBoxLayout(controls);
    controlLayout->addLayout(form);
    controlLayout->addWidget(m_settingsNote);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_train);
    controlLayout->addLayout(buttons);
    controlLayout->addWidget(m_watch);
    controlLayout->addWidget(m_progress);
    controlLayout->addWidget(m_status);
    controlLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(controls->minimumSizeHint().width() + 24);
    m_watch->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    WheelGuard::guardChildren(controls);

    auto *middle = new QSplitter(Qt::Vertical);
    middle->addWidget(m_map);
    middle->addWidget(m_loss);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 1);

    auto *queries = new QWidget;
    auto *queryLayout = new QVBoxLayout(queries);
    queryLayout->addWidget(m_neighbours, 1);
    queryLayout->addWidget(m_analogy);
    auto *right = new QTabWidget;
    right->setObjectName(QStringLiteral("embedQueries"));
    right->addTab(queries, QString());
    auto *linkPage = new QWidget;
    auto *linkLayout = new QVBoxLayout(linkPage);
    linkLayout->addWidget(m_link);
    right->addTab(linkPage, QString());
    right->setMinimumWidth(300);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({280, 700, 360});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_controller, &EmbedController::snapshotReady, this, &EmbedTaskPage::onSnapshot);
    connect(m_new, &QPushButton::clicked, this, [this] { newModel(true); });
    connect(m_train, &QPushButton::clicked, this, &EmbedTaskPage::toggleTraining);
    connect(m_watch, &QCheckBox::toggled, m_controller, &EmbedController::setWatchingPace);
    connect(m_corpus, &QComboBox::currentIndexChanged, this, [this] { onCorpusChanged(true); });
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Text"), QString(),
                                                          tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            setTextFile(path);
    });
    connect(m_map, &EmbeddingMap::tokenChosen, this, &EmbedTaskPage::chooseToken);
    connect(m_neighbours, &NeighbourPanel::tokenChosen, this, &EmbedTaskPage::chooseToken);
    const auto settingsEdited = [this] {
        if (m_controller->hasModel())
            m_settingsNote->setText(tr("Changed settings apply to the next model: press New Model."));
    };
    for (QSpinBox *box : {m_dim, m_window, m_negatives, m_minCount, m_epochs, m_seed})
        connect(box, &QSpinBox::valueChanged, this, settingsEdited);
    for (QDoubleSpinBox *box : {m_subsample, m_rate})
        connect(box, &QDoubleSpinBox::valueChanged, this, settingsEdited);
    connect(m_tokens, &QComboBox::currentIndexChanged, this, settingsEdited);
    retranslateUi();
    onCorpusChanged(true);
    updateButtons();
}

EmbedTaskPage::~EmbedTaskPage() = default;

QList<ExportablePanel *> EmbedTaskPage::exportablePanels() const
{
    return {m_map, m_loss};
}

void EmbedTaskPage::retranslateUi()
{
    const int corpus = std::max(0, m_corpus->currentIndex());
    {
        const QSignalBlocker blocker(m_corpus);
        m_corpus->clear();
        m_corpus->addItem(tr("Tang poems (characters)"));
        m_corpus->addItem(tr("English fortunes (words)"));
        m_corpus->addItem(m_file.isEmpty() ? tr("A text of your own…") : QFileInfo(m_file).fileName());
        m_corpus->setCurrentIndex(corpus);
    }
    const int tokens = std::max(0, m_tokens->currentIndex());
    {
        const QSignalBlocker blocker(m_tokens);
        m_tokens->clear();
        m_tokens->addItem(tr("words"));
        m_tokens->addItem(tr("characters"));
        m_tokens->setCurrentIndex(tokens);
    }
    m_corpusLabel->setText(tr("Corpus"));
    m_openFile->setText(tr("Open Text…"));
    m_tokensLabel->setText(tr("Tokens"));
    m_tokens->setToolTip(tr("Words (runs of letters, lower-cased) or single characters (for Chinese)"));
    m_dimLabel->setText(tr("Dimension"));
    m_dim->setToolTip(tr("Numbers in each token's vector (word2vec's size)"));
    m_windowLabel->setText(tr("Window"));
    m_window->setToolTip(tr("Context tokens on each side, at most: each centre token draws its window from 1 to this"));
    m_negativesLabel->setText(tr("Negatives"));
    m_negatives->setToolTip(tr("Random tokens per true pair that the model learns to tell apart from the true one"));
    m_minCountLabel->setText(tr("Min count"));
    m_minCount->setToolTip(tr("Tokens rarer than this get no vector"));
    m_subsampleLabel->setText(tr("Subsample"));
    m_subsample->setToolTip(tr("Frequent tokens are skipped more often: kept with probability (√(f/t) + 1)·t/f; 0 keeps all"));
    m_epochsLabel->setText(tr("Epochs"));
    m_rateLabel->setText(tr("Learning rate"));
    m_rate->setToolTip(tr("The step size at the start (word2vec's alpha); it falls linearly to almost 0 by "
                          "the end of the last epoch. 0.025 is word2vec's default for the skip-gram"));
    m_seedLabel->setText(tr("Seed"));
    m_watch->setText(tr("Watching pace"));
    m_watch->setToolTip(tr("The whole run spread over about %1 s, so the map can be seen taking shape; untick for full speed")
                            .arg(EmbedWorker::watchSecondsPerRun, 0, 'f', 0));
    m_new->setText(tr("New Model"));
    m_new->setToolTip(tr("Read the corpus and start a model with these settings"));
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("embedQueries"))) {
        tabs->setTabText(0, tr("Neighbours and analogies"));
        tabs->setTabText(1, tr("Link to the text task"));
    }
    onCorpusChanged(false);
    updateButtons();
}

void EmbedTaskPage::onCorpusChanged(bool applyPreset)
{
    const auto choice = CorpusChoice(std::max(0, m_corpus->currentIndex()));
    m_openFile->setVisible(choice == CorpusChoice::File);
    QString note;
    switch (choice) {
    case CorpusChoice::TangPoems:
        // A small text (23,000 characters): many passes, and less subsampling, so that the
        // vectors move apart from their common direction (measured: 50 epochs at dimension 50
        // put 庐 岭 溪 浦 next to 山).
        if (applyPreset) {
            m_tokens->setCurrentIndex(1);
            m_dim->setValue(50);
            m_epochs->setValue(50);
            m_subsample->setValue(1e-3);
        }
        note = QFileInfo::exists(tangPoemsPath())
                   ? tr("The 300 Tang poems of Debian's fortunes-zh package, one token per character.")
                   : tr("Not installed: %1 comes with Debian's fortunes-zh package (sudo apt-get install fortunes-zh).")
                         .arg(tangPoemsPath());
        break;
    case CorpusChoice::EnglishFortunes:
        if (applyPreset) {
            m_tokens->setCurrentIndex(0);
            m_dim->setValue(50);
            m_epochs->setValue(10);
            m_subsample->setValue(1e-3);
        }
        note = englishFortuneFiles().isEmpty()
                   ? tr("Not installed: the English fortunes come with Debian's fortunes package (sudo apt-get install fortunes).")
                   : tr("All %1 English files of Debian's fortunes package, about half a million words.")
                         .arg(englishFortuneFiles().size());
        break;
    case CorpusChoice::File:
        note = m_file.isEmpty() ? tr("Choose a UTF-8 text file.") : m_file;
        break;
    }
    m_corpusNote->setText(note);
    updateButtons();
}

void EmbedTaskPage::setTextFile(const QString &path)
{
    m_file = path;
    m_corpus->setItemText(int(CorpusChoice::File), QFileInfo(path).fileName());
    m_corpus->setCurrentIndex(int(CorpusChoice::File));
    onCorpusChanged(false);
}

void EmbedTaskPage::setSettings(const lstmlab::SkipGramConfig &config, lstmlab::TokenMode mode, int minCount)
{
    m_tokens->setCurrentIndex(mode == lstmlab::TokenMode::Chars ? 1 : 0);
    m_dim->setValue(config.dim);
    m_window->setValue(config.window);
    m_negatives->setValue(config.negatives);
    m_subsample->setValue(config.subsample);
    m_epochs->setValue(config.epochs);
    m_rate->setValue(config.learningRate);
    m_seed->setValue(int(config.seed));
    m_minCount->setValue(minCount);
}

EmbedCommand EmbedTaskPage::command() const
{
    EmbedCommand c;
    switch (CorpusChoice(std::max(0, m_corpus->currentIndex()))) {
    case CorpusChoice::TangPoems:
        c.files = {tangPoemsPath()};
        c.source = tangPoemsPath();
        break;
    case CorpusChoice::EnglishFortunes:
        c.files = englishFortuneFiles();
        c.source = tr("the English fortunes (%1)").arg(QString::fromLatin1(fortunesFolder));
        break;
    case CorpusChoice::File:
        c.files = {m_file};
        c.source = m_file;
        break;
    }
    c.mode = m_tokens->currentIndex() == 1 ? lstmlab::TokenMode::Chars : lstmlab::TokenMode::Words;
    c.minCount = m_minCount->value();
    c.config.dim = m_dim->value();
    c.config.window = m_window->value();
    c.config.negatives = m_negatives->value();
    c.config.subsample = m_subsample->value();
    c.config.epochs = m_epochs->value();
    c.config.learningRate = m_rate->value();
    c.config.seed = unsigned(m_seed->value());
    return c;
}

void EmbedTaskPage::newModel(bool confirm)
{
    const EmbedCommand c = command();
    if (c.files.isEmpty() || (c.files.size() == 1 && c.files.front().isEmpty())) {
        m_status->setText(tr("Choose a corpus first: its package is not installed, or no file was opened."));
        return;
    }
    if (confirm && m_last.wordsDone > 0 && m_last.state != EmbedSnapshot::State::Failed) {
        const auto answer = QMessageBox::question(this, tr("New Model"),
                                                  tr("Start a new model? The embeddings trained so far are replaced."));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_settingsNote->clear();
    m_map->clear(tr("Reading the text…"));
    m_loss->clearHistory();
    m_controller->setWatchingPace(m_watch->isChecked());
    m_controller->build(c, true);
    updateButtons();
}

void EmbedTaskPage::setRunning(bool running)
{
    if (!m_controller->hasModel())
        return;
    m_controller->setRunning(running);
    updateButtons();
}

void EmbedTaskPage::toggleTraining()
{
    if (!m_controller->hasModel())
        newModel(false);
    else if (m_last.state == EmbedSnapshot::State::Finished)
        newModel(true); // asks before replacing the trained vectors
    else
        setRunning(!m_controller->running());
}

void EmbedTaskPage::pause()
{
    if (m_controller->running())
        setRunning(false);
}

void EmbedTaskPage::chooseToken(int token)
{
    m_map->setChosenToken(token);
    m_neighbours->setChosenToken(token);
    m_link->setChosenToken(token);
}

void EmbedTaskPage::onSnapshot(const EmbedSnapshot &snapshot)
{
    const bool newGeneration = snapshot.generation != m_last.generation;
    const bool firstVectors = snapshot.hasVectors() && (newGeneration || !m_last.hasVectors());
    m_last = snapshot;
    if (newGeneration)
        chooseToken(-1);
    m_map->setSnapshot(snapshot);
    if (snapshot.state == EmbedSnapshot::State::Failed)
        m_map->clear(snapshot.message);
    m_loss->setSnapshot(snapshot);
    m_neighbours->setSnapshot(snapshot);
    m_analogy->setSnapshot(snapshot);
    m_link->setSnapshot(snapshot);
    if (firstVectors && m_map->chosenToken() < 0)
        chooseToken(0); // the most frequent token, so the neighbour lists show something at once
    m_progress->setValue(int(1000.0 * snapshot.progress()));
    m_status->setText(statusText());
    updateButtons();
    emit statusChanged(statusText());
}

QString EmbedTaskPage::statusText() const
{
    const EmbedSnapshot &s = m_last;
    switch (s.state) {
    case EmbedSnapshot::State::Empty:
        return tr("No model yet: press Train.");
    case EmbedSnapshot::State::Building:
        return tr("Reading %1…").arg(s.source);
    case EmbedSnapshot::State::Failed:
        return tr("Cannot train: %1").arg(s.message);
    default:
        break;
    }
    const double loss = s.loss.empty() ? 0.0 : s.loss.back().loss;
    const QString where = tr("Epoch %1 of %2, %3% done").arg(std::min(s.epoch + 1, s.epochs)).arg(s.epochs)
                              .arg(100.0 * s.progress(), 0, 'f', 0);
    const QString vocabulary = tr("%1 tokens with a vector, from %2 in the text").arg(s.words ? s.words->size() : 0).arg(s.rawTokens);
    QString state;
    if (s.state == EmbedSnapshot::State::Finished)
        state = tr("Finished");
    else if (s.state == EmbedSnapshot::State::Paused)
        state = tr("Paused");
    else
        state = tr("Training, %1 words/s").arg(s.wordsPerSecond, 0, 'f', 0);
    return QStringLiteral("%1 · %2 · %3 %4 · %5")
        .arg(state, where, tr("loss"), QString::number(loss, 'f', 3), vocabulary);
}

void EmbedTaskPage::updateButtons()
{
    const bool running = m_controller->running();
    m_train->setText(running ? tr("Pause") : m_controller->hasModel() && m_last.state != EmbedSnapshot::State::Finished ? tr("Train") : tr("Train"));
    m_train->setEnabled(!(m_controller->hasModel() && m_last.state == EmbedSnapshot::State::Finished) || !m_controller->hasModel());
    if (m_last.state == EmbedSnapshot::State::Finished)
        m_train->setToolTip(tr("Finished: New Model trains again"));
    else
        m_train->setToolTip(running ? tr("Pause training") : tr("Train (a new model from the settings if there is none)"));
}

void EmbedTaskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
