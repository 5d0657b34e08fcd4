#pragma once

// The text task, as one page of the window: a character-level network learning a text, live.
// Left: the text and the settings (TextControlPanel). Right, above: the loss in bits per
// character (TextLossChart) beside what the network writes (SamplePanel); below: the analysis
// tabs, "textAnalysisTabs" (the network's anatomy, then the gates over the characters: a
// TextAnalysisPanel fed each snapshot's TextTrace). A banner on top says what just happened.
//
// The page trains through its own TextTrainingController and draws only its snapshots; the
// window wires the page to its toolbar (Train, Step, Reset, the pace), status bar and menus.
// The corpus is read when the page is first activated, so a learner who never opens the text
// task pays nothing for it.

#include "modelconfig.h"
#include "textsnapshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

namespace lstmlab {
struct TextSessionData;
}
class Banner;
class ExportablePanel;
class GateVocabulary;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class SamplePanel;
class TextControlPanel;
class TextAnalysisPanel;
class TextLossChart;
class TextTrainingController;

class TextTaskPage : public QWidget
{
    Q_OBJECT

public:
    explicit TextTaskPage(QWidget *parent = nullptr);
    ~TextTaskPage() override;

    // The text to read at activation: a TextCorpusCatalog id or a file's path (the stored choice).
    void setCorpusChoice(const QString &choice);
    // The text being learnt, as setCorpusChoice() takes it.
    QString corpusChoice() const;
    lstmlab::ModelConfig modelConfig() const;
    lstmlab::TrainConfig trainConfig() const;
    // Where the Debian fortune files are looked for (tests point elsewhere); before activate().
    void setCorpusFolder(const QString &folder);
    // The page is shown: the first time, the chosen corpus (the Tang poems) is read.
    void activate();
    bool activated() const { return m_activated; }

    TextSnapshot::State state() const;
    // Says the status once more (statusChanged()), for the window that shows the page again.
    void refreshStatus();
    const TextSnapshot &lastSnapshot() const { return m_last; }
    // The banner's text while shown, else empty.
    QString bannerText() const;
    // The analysis tabs: the anatomy and the gates over the characters.
    QTabWidget *analysisTabs() const { return m_tabs; }
    // The panels of the gates over the text that save as PNG, SVG and CSV (right-click).
    QList<ExportablePanel *> exportablePanels() const;
    // The gate names and texts in use (View > Gate Names) for the gate maps and the inspector.
    void setGateVocabulary(const GateVocabulary &vocabulary);

    // Shows and trains these settings, as if entered in the controls.
    void setConfiguration(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train);
    // Learns from a UTF-8 file; returns the reason when it is refused (the core's message:
    // empty, binary, invalid UTF-8, too many symbols...), and then nothing changes.
    QString openTextFile(const QString &path);
    // Opens a text session (core/io/textsessionfile: the window's or a headless run's);
    // returns the reason when it cannot, and then nothing changes.
    QString openSession(const QString &path);
    // Saves the text session (asks the worker for the state between two steps); answered by
    // sessionSaved(path, error).
    void saveSession(const QString &path);
    // Steps trained since the network was built, opened or last saved (0: nothing to lose).
    qint64 unsavedSteps() const;
    // Whether a file is a text session (its format name), read from its start.
    static bool isTextSession(const QString &path);

    // File menu: Open Text…, Open Text Session…, Save Text Session As….
    QAction *openTextAction() const { return m_openTextAction; }
    QAction *openSessionAction() const { return m_openSessionAction; }
    QAction *saveSessionAction() const { return m_saveSessionAction; }

public slots:
    void toggleTraining(); // Train, Pause or Resume, by state
    void pause();
    void stepOnce();
    void reset();
    void setStepDelayMs(int ms);
    void setMaxSnapshotsPerSecond(double rate);

signals:
    void stateChanged(TextSnapshot::State state);
    // The status bar's texts: epoch, step, and the bits per character.
    void statusChanged(const QString &epoch, const QString &step, const QString &loss);
    void sessionSaved(const QString &path, const QString &error);
    // The learner changed a setting or chose another text (not emitted by setConfiguration()).
    void settingsChanged();
    // A text or a text session was opened from the File menu: the window shows the page.
    void showRequested();
    // A file was opened or saved, for the window's status bar.
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // a hidden chart catches up

private:
    void retranslateUi();
    void chooseCorpus(const QString &id);
    void onSnapshot(const TextSnapshot &snapshot);
    void updateAnatomy(const TextSnapshot &snapshot);
    void updateStatus(const TextSnapshot &snapshot);
    void updateSummary(const TextSnapshot &snapshot);
    void showOpenTextDialog();
    void showOpenSessionDialog();
    void showSaveSessionDialog();
    void onSessionState(quint64 request, std::shared_ptr<const lstmlab::TextSessionData> state, const QString &error);

    TextTrainingController *m_controller = nullptr;
    TextControlPanel *m_controls = nullptr;
    TextLossChart *m_lossChart = nullptr;
    SamplePanel *m_samples = nullptr;
    QLabel *m_anatomy = nullptr;
    QTabWidget *m_tabs = nullptr;
    TextAnalysisPanel *m_analysis = nullptr;
    Banner *m_banner = nullptr;
    QAction *m_openTextAction = nullptr;
    QAction *m_openSessionAction = nullptr;
    QAction *m_saveSessionAction = nullptr;

    QString m_corpusFolder;
    QString m_corpusId;          // the text being learnt: a catalogue id or "file"
    QString m_corpusFile;        // when "file": its path
    QString m_corpusChoice;      // read at activation (setCorpusChoice())
    bool m_activated = false;
    TextSnapshot m_last;
    quint64 m_generation = 0;    // of the snapshots shown
    quint64 m_keepSamplesFrom = 0; // an opened session's generation: its samples stay shown
    quint64 m_saveRequest = 0;
    quint64 m_savedGeneration = 0; // the network last saved or opened, and its step then
    qint64 m_savedStep = 0;
    qint64 m_saveStep = 0;         // the step of the state being saved
    QElapsedTimer m_chartClock;    // when the loss chart was last redrawn
    qsizetype m_chartValidationPoints = 0;
    QString m_savePath;
};
