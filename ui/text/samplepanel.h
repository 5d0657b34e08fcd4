#pragma once

// What the network writes: the samples of the text task, newest last, each numbered with the
// epoch and step of the weights that wrote it, and the controls that say how to write the
// next ones (temperature, length, priming text) with a Sample Now button. The samples are
// written by the training worker (TextTrainingWorker), never here.

#include "textsnapshot.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

class SamplePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxSamplesShown = 100;

    explicit SamplePanel(QWidget *parent = nullptr);

    double temperature() const;
    int length() const;
    QString prime() const;
    void setSettings(double temperature, int length, const QString &prime); // without a signal

    // Appends a sample (or shows why none could be written: TextSample::problem).
    void addSample(const TextSample &sample);
    // Earlier samples as text (an opened session's), shown above the new ones.
    void setEarlierSamples(const QString &text);
    void clear();
    int sampleCount() const { return m_count; }
    QString text() const;

signals:
    void settingsChanged(double temperature, int length, const QString &prime);
    void sampleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void emitSettings();

    QLabel *m_temperatureLabel = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLabel *m_lengthLabel = nullptr;
    QSpinBox *m_length = nullptr;
    QLabel *m_primeLabel = nullptr;
    QLineEdit *m_prime = nullptr;
    QPushButton *m_sampleNow = nullptr;
    QLabel *m_problem = nullptr;
    QPlainTextEdit *m_view = nullptr;
    int m_count = 0;
    bool m_showing = false;
};
