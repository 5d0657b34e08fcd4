#pragma once

// What the network learns to continue: a built-in signal of the SignalCatalog with its
// parameters, Gaussian noise of a chosen standard deviation, or the learner's own series
// imported from a CSV file (docs/signals.md). The panel builds the generator or holds the
// series; the window hands it to the controller whenever changed() says the learner chose
// something new. A CSV file that cannot be used is refused with the loader's message, which
// names the line and column, and the previous choice stays. The echo (a memory task) has a
// Lag box; a lag the windows cannot hold (it must be 1..timesteps - 1) is named under it, and
// the window's training refuses it with the same range.

#include "sessionsignalview.h"

#include <QVariantMap>
#include <QWidget>

#include <memory>

namespace lstmlab {
class CsvSeries;
class SignalGenerator;
} // namespace lstmlab
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSlider;

class SignalPanel : public QWidget, public SessionSignalView
{
    Q_OBJECT

public:
    static constexpr const char *csvId = SessionSignal::csvId; // the combo entry of an imported series
    static constexpr unsigned noiseSeed = SessionSignal::noiseSeed; // the same noise on every run

    explicit SignalPanel(QWidget *parent = nullptr);

    // The choice as shown. signalId() is a catalog id, or csvId while a CSV series is used.
    QString signalId() const;
    QVariantMap parameters() const;   // of the built-in signal shown (or last shown)
    double noise() const;             // standard deviation, 0..1
    bool usesSeries() const { return signalId() == QLatin1String(csvId); }

    // Shows a built-in signal without emitting changed(); unknown ids and out-of-range values
    // are brought to the catalog's defaults and ranges.
    void setSignal(const QString &id, const QVariantMap &parameters = {}, double noise = 0.0);

    // What to train on: a generator for a built-in signal (with noise when noise() > 0), or
    // the series while one is used (the generator is then null).
    std::shared_ptr<const lstmlab::SignalGenerator> generator() const;
    std::shared_ptr<const lstmlab::CsvSeries> series() const;
    // For the prediction chart's legend: "sin(x)", "square wave + noise 0.1", "data.csv (price)".
    QString displayName() const;

    // Windows of this many samples: a CSV series must be long enough for them, an echo's lag
    // shorter.
    void setTimesteps(int timesteps);
    int timesteps() const { return m_timesteps; }

    // Reads a CSV file and uses its series (emits changed()). column: the value column from 1,
    // or 0 when the file has a single column. On failure returns false, keeps the previous
    // choice and shows the loader's message (with the line) in errorText() and under the
    // button; *error gets it too.
    bool importCsv(const QString &path, int column = 0, QString *error = nullptr);
    QString csvPath() const { return m_csvPath; }
    int csvColumn() const { return m_csvColumn; }
    QString errorText() const;
    // Why the echo's lag does not fit the windows ("The lag must be 1..19 ..."), or empty.
    QString lagProblem() const;

    // The built-in signal shown, or last shown while a CSV series is used.
    QString catalogId() const { return m_catalogId; }
    // Shows what was stored: the built-in signal, then the CSV file at csvPath when there is
    // one, without emitting changed(). If the file cannot be read again the built-in signal
    // stays and errorText() says why.
    void restore(const QString &id, const QVariantMap &parameters, double noise, const QString &csvPath,
                 int csvColumn);

    // SessionSignalView: the choice shown, as a session stores it, and an opened session's.
    SessionSignal sessionSignal() const override;
    bool showSessionSignal(const SessionSignal &signal, int timesteps, QString *error) override;

    QComboBox *signalBox() const { return m_signalBox; }
    QSlider *noiseSlider() const { return m_noiseSlider; }
    QPushButton *importButton() const { return m_importButton; }
    // The spin box of a parameter of the shown built-in signal, or null.
    QDoubleSpinBox *parameterBox(const QString &parameterId) const;

public slots:
    // The file dialog, then a column choice when the file has several.
    void importCsvInteractive();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSignalBox();
    void rebuildParameters();
    void onSignalChosen();
    void updateNoiseLabel();
    void updateDescription();
    void updateLagLabel();
    void showError(const QString &message);
    QString signalTitle(const QString &id) const;

    QString m_catalogId = QStringLiteral("sine"); // the built-in signal shown or last shown
    QVariantMap m_parameters;
    std::shared_ptr<const lstmlab::CsvSeries> m_series;
    QString m_csvPath;
    int m_csvColumn = 0;
    int m_timesteps = 20;
    QString m_lastFolder;

    QLabel *m_signalLabel = nullptr;
    QComboBox *m_signalBox = nullptr;
    QLabel *m_formula = nullptr;
    QWidget *m_parameterBox = nullptr;
    QFormLayout *m_parameterForm = nullptr;
    QLabel *m_noiseTitle = nullptr;
    QSlider *m_noiseSlider = nullptr;
    QLabel *m_noiseValue = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_seriesLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_lagLabel = nullptr;
};
