#pragma once

// The embedding task's page (the seed's third project): a corpus and the skip-gram's settings
// on the left, the live map of the embeddings with its loss chart in the middle, and on the
// right the questions one asks of embeddings (nearest tokens, analogies) and the link to the
// text task (a token's column of a character network's input weights beside its skip-gram
// vector). Training runs in EmbedController's thread; the page only draws its snapshots.
//
// Settings apply to the next model: New Model builds one (asking first when the current one
// has trained), Train and Pause run and stop the current one.

#include "embedsnapshot.h"
#include "embedworker.h"

#include <QWidget>

class AnalogyPanel;
class EmbedController;
class EmbedLossChart;
class EmbeddingMap;
class ExportablePanel;
class NeighbourPanel;
class OneHotLink;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

class EmbedTaskPage : public QWidget
{
    Q_OBJECT

public:
    // The corpora offered: Debian's packages (fortunes-zh, fortunes) and a file of one's own.
    enum class CorpusChoice { TangPoems, EnglishFortunes, File };
    static QString tangPoemsPath();          // /usr/share/games/fortunes/tang300
    static QStringList englishFortuneFiles(); // every English file of the fortunes package

    explicit EmbedTaskPage(QWidget *parent = nullptr);
    ~EmbedTaskPage() override;

    EmbedController *controller() const { return m_controller; }
    QList<ExportablePanel *> exportablePanels() const;
    OneHotLink *oneHotLink() const { return m_link; }

    // The command the controls say (corpus, tokens, settings).
    EmbedCommand command() const;
    // Sets the controls (the command line's --dim, --window, ... for this launch).
    void setSettings(const lstmlab::SkipGramConfig &config, lstmlab::TokenMode mode, int minCount);
    // Uses a file of one's own (File > Open Text... in this task); the next model reads it.
    void setTextFile(const QString &path);
    // Builds a model from the controls and trains it (asks first when one has trained, unless
    // confirm is false).
    void newModel(bool confirm = true);
    void setRunning(bool running);
    // Pauses without building anything (the window switched to another task).
    void pause();
    // The toolbar's Train / Pause: a new model when there is none (or the last one finished),
    // else run or pause this one.
    void toggleTraining();
    QString statusText() const;

signals:
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSnapshot(const EmbedSnapshot &snapshot);
    void onCorpusChanged(bool applyPreset); // the corpus's own settings when it is chosen
    void chooseToken(int token);
    void updateButtons();

    EmbedController *m_controller = nullptr;
    QString m_file; // CorpusChoice::File
    QLabel *m_corpusLabel = nullptr;
    QComboBox *m_corpus = nullptr;
    QPushButton *m_openFile = nullptr;
    QLabel *m_corpusNote = nullptr;
    QLabel *m_tokensLabel = nullptr;
    QComboBox *m_tokens = nullptr;
    QLabel *m_dimLabel = nullptr;
    QSpinBox *m_dim = nullptr;
    QLabel *m_windowLabel = nullptr;
    QSpinBox *m_window = nullptr;
    QLabel *m_negativesLabel = nullptr;
    QSpinBox *m_negatives = nullptr;
    QLabel *m_minCountLabel = nullptr;
    QSpinBox *m_minCount = nullptr;
    QLabel *m_subsampleLabel = nullptr;
    QDoubleSpinBox *m_subsample = nullptr;
    QLabel *m_epochsLabel = nullptr;
    QSpinBox *m_epochs = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_rateLabel = nullptr;
    QDoubleSpinBox *m_rate = nullptr; // the starting learning rate (SkipGramConfig::learningRate)
    QCheckBox *m_watch = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_train = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_settingsNote = nullptr;
    EmbeddingMap *m_map = nullptr;
    EmbedLossChart *m_loss = nullptr;
    NeighbourPanel *m_neighbours = nullptr;
    AnalogyPanel *m_analogy = nullptr;
    OneHotLink *m_link = nullptr;
    EmbedSnapshot m_last;
};
