#include "samplepanel.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

SamplePanel::SamplePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("samplePanel"));
    m_temperatureLabel = new QLabel(this);
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("sampleTemperature"));
    m_temperature->setRange(0.05, 5.0); // CommandLine::temperatureRange
    m_temperature->setDecimals(2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.8);
    m_temperature->setKeyboardTracking(false);
    m_temperatureLabel->setBuddy(m_temperature);
    m_lengthLabel = new QLabel(this);
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("sampleLength"));
    m_length->setRange(1, 5000);
    m_length->setValue(200);
    m_length->setSingleStep(50);
    m_length->setKeyboardTracking(false);
    m_lengthLabel->setBuddy(m_length);
    m_primeLabel = new QLabel(this);
    m_prime = new QLineEdit(this);
    m_prime->setObjectName(QStringLiteral("samplePrime"));
    m_primeLabel->setBuddy(m_prime);
    m_sampleNow = new QPushButton(this);
    m_sampleNow->setObjectName(QStringLiteral("sampleNowButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sampleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setVisible(false);
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("sampleView"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(20000);

    // Two short rows: the panel shares the width with the loss chart on a 1366-pixel screen.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_temperatureLabel);
    row->addWidget(m_temperature);
    row->addSpacing(8);
    row->addWidget(m_lengthLabel);
    row->addWidget(m_length);
    row->addStretch(1);
    row->addWidget(m_sampleNow);
    auto *primeRow = new QHBoxLayout;
    primeRow->setContentsMargins(0, 0, 0, 0);
    primeRow->addWidget(m_primeLabel);
    primeRow->addWidget(m_prime, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addLayout(primeRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);

    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &SamplePanel::emitSettings);
    connect(m_length, &QSpinBox::valueChanged, this, &SamplePanel::emitSettings);
    connect(m_prime, &QLineEdit::editingFinished, this, &SamplePanel::emitSettings);
    connect(m_sampleNow, &QPushButton::clicked, this, [this] {
        emitSettings();
        emit sampleRequested();
    });
    retranslateUi();
}

void SamplePanel::retranslateUi()
{
    m_temperatureLabel->setText(tr("Temperature:"));
    m_temperature->setToolTip(tr("Below 1 the network picks its likeliest characters more often (safer, "
                                 "more repetitive); above 1 it takes more chances (wilder)"));
    m_lengthLabel->setText(tr("Length:"));
    m_length->setToolTip(tr("Characters written per sample"));
    m_primeLabel->setText(tr("Start with:"));
    m_prime->setPlaceholderText(tr("the text's first character"));
    m_prime->setToolTip(tr("A priming text fed to the network before it writes; every character must "
                           "appear in the text it learns"));
    m_temperature->setWhatsThis(tr("<p><b>Temperature</b></p><p>The network gives every symbol a probability; "
                                   "the sample draws from them raised to 1/temperature. At 1 it draws as the "
                                   "network believes; lower is more careful, higher more adventurous.</p>"));
    m_length->setWhatsThis(tr("<p><b>Length</b></p><p>How many characters each sample draws after its priming text.</p>"));
    m_sampleNow->setWhatsThis(tr("<p><b>Sample Now</b></p><p>The network writes from its present weights. While "
                                 "training runs a sample is written every few seconds and after every epoch, "
                                 "numbered with the epoch and step that wrote it.</p>"));
    m_view->setToolTip(tr("What the network writes, newest last"));
    m_view->setWhatsThis(tr("<p><b>Samples</b></p><p>Text written by the network, one character at a time, each "
                            "drawn from its predicted probabilities and fed back in. From noise at the start "
                            "to the shape of the text: line lengths, punctuation, words.</p>"));
    m_sampleNow->setText(tr("Sample Now"));
    m_sampleNow->setToolTip(tr("Write a sample from the present weights (one is also written every few "
                               "seconds while training runs)"));
}

void SamplePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

double SamplePanel::temperature() const
{
    return m_temperature->value();
}

int SamplePanel::length() const
{
    return m_length->value();
}

QString SamplePanel::prime() const
{
    return m_prime->text();
}

void SamplePanel::setSettings(double temperature, int length, const QString &prime)
{
    m_showing = true;
    m_temperature->setValue(temperature);
    m_length->setValue(length);
    m_prime->setText(prime);
    m_showing = false;
}

void SamplePanel::emitSettings()
{
    if (!m_showing)
        emit settingsChanged(temperature(), length(), prime());
}

void SamplePanel::addSample(const TextSample &sample)
{
    m_problem->setText(sample.problem);
    m_problem->setVisible(!sample.problem.isEmpty());
    if (sample.number <= 0)
        return;
    ++m_count;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const QString heading = tr("── Sample %1 · epoch %2, step %L3 · temperature %4 ──")
                                .arg(sample.number)
                                .arg(sample.epoch)
                                .arg(sample.step)
                                .arg(sample.temperature);
    // The heading set apart (grey, bold), the text as written.
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat headingFormat;
    headingFormat.setForeground(QColor(0x60, 0x60, 0x60));
    headingFormat.setFontWeight(QFont::Bold);
    cursor.insertText(heading, headingFormat);
    cursor.insertBlock();
    cursor.insertText(sample.text + QLatin1Char('\n'), QTextCharFormat());
    if (atEnd)
        bar->setValue(bar->maximum());
}

void SamplePanel::setEarlierSamples(const QString &text)
{
    clear();
    if (!text.isEmpty())
        m_view->setPlainText(text.trimmed() + QLatin1Char('\n'));
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void SamplePanel::clear()
{
    m_view->clear();
    m_count = 0;
    m_problem->setVisible(false);
}

QString SamplePanel::text() const
{
    return m_view->toPlainText();
}
