#include "signalpanel.h"

#include "csvseries.h"
#include "noisysignal.h"
#include "signalcatalog.h"
#include "signaltexts.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int noiseSteps = 100; // slider positions per unit of standard deviation

const lstmlab::SignalInfo &catalogEntry(const QString &id)
{
    const lstmlab::SignalInfo *info = lstmlab::SignalCatalog::find(id.toStdString());
    return info ? *info : *lstmlab::SignalCatalog::find(lstmlab::SignalCatalog::defaultId);
}

// A power of ten near a fiftieth of the range: 0.1 for a frequency, 0.01 for an amplitude.
double stepFor(const lstmlab::SignalParameter &p)
{
    const double raw = (p.max - p.min) / 50.0;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    return decade;
}

} // namespace

SignalPanel::SignalPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signalPanel"));
    m_signalLabel = new QLabel;
    m_signalBox = new QComboBox;
    m_signalBox->setObjectName(QStringLiteral("signalBox"));
    m_signalLabel->setBuddy(m_signalBox);
    m_formula = new QLabel;
    m_formula->setWordWrap(true);
    m_formula->setForegroundRole(QPalette::PlaceholderText);
    m_parameterBox = new QWidget;
    m_parameterForm = new QFormLayout(m_parameterBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);

    m_noiseTitle = new QLabel;
    m_noiseSlider = new QSlider(Qt::Horizontal);
    m_noiseSlider->setObjectName(QStringLiteral("noiseSlider"));
    m_noiseSlider->setRange(0, int(lstmlab::NoisySignal::maxStddev * noiseSteps));
    m_noiseSlider->setPageStep(5);
    m_noiseSlider->setTracking(false); // the data is rebuilt when the slider is let go
    m_noiseValue = new QLabel;
    m_noiseValue->setMinimumWidth(m_noiseValue->fontMetrics().horizontalAdvance(QStringLiteral("sd 0.00")) + 4);
    m_noiseTitle->setBuddy(m_noiseSlider);

    m_importButton = new QPushButton;
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_seriesLabel = new QLabel;
    m_seriesLabel->setWordWrap(true);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(QStringLiteral("csvErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    m_lagLabel = new QLabel;
    m_lagLabel->setObjectName(QStringLiteral("lagProblemLabel"));
    m_lagLabel->setWordWrap(true);
    m_lagLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_lagLabel->hide();

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_signalLabel, m_signalBox);
    auto *noiseRow = new QHBoxLayout;
    noiseRow->addWidget(m_noiseSlider, 1);
    noiseRow->addWidget(m_noiseValue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(form);
    layout->addWidget(m_formula);
    layout->addWidget(m_parameterBox);
    layout->addWidget(m_lagLabel);
    auto *noiseForm = new QFormLayout;
    noiseForm->setContentsMargins(0, 0, 0, 0);
    noiseForm->addRow(m_noiseTitle, noiseRow);
    layout->addLayout(noiseForm);
    layout->addWidget(m_importButton);
    layout->addWidget(m_seriesLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    connect(m_signalBox, &QComboBox::activated, this, [this] { onSignalChosen(); });
    connect(m_noiseSlider, &QSlider::sliderMoved, this, [this](int value) {
        m_noiseValue->setText(tr("sd %1").arg(double(value) / noiseSteps, 0, 'f', 2));
    });
    connect(m_noiseSlider, &QSlider::valueChanged, this, [this] {
        updateNoiseLabel();
        if (!usesSeries())
            emit changed();
    });
    connect(m_importButton, &QPushButton::clicked, this, &SignalPanel::importCsvInteractive);

    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    retranslate();
    setSignal(m_catalogId);
    WheelGuard::guardChildren(this);
}

QString SignalPanel::signalTitle(const QString &id) const
{
    if (id == QLatin1String("sine"))
        return tr("Sine (the seed's)");
    if (id == QLatin1String("sum-of-sines"))
        return tr("Sum of sines");
    if (id == QLatin1String("damped-sine"))
        return tr("Damped sine");
    if (id == QLatin1String("square"))
        return tr("Square wave");
    if (id == QLatin1String("sawtooth"))
        return tr("Sawtooth");
    if (id == QLatin1String("echo"))
        return tr("Echo (memory)");
    return QString::fromStdString(catalogEntry(id).name);
}

QString SignalPanel::signalId() const
{
    const QString id = m_signalBox->currentData().toString();
    return id.isEmpty() ? m_catalogId : id;
}

QVariantMap SignalPanel::parameters() const
{
    return m_parameters;
}

double SignalPanel::noise() const
{
    return double(m_noiseSlider->value()) / noiseSteps;
}

void SignalPanel::setSignal(const QString &id, const QVariantMap &parameters, double noise)
{
    const lstmlab::SignalInfo &info = catalogEntry(id);
    m_catalogId = QString::fromStdString(info.id);
    m_parameters.clear();
    for (const lstmlab::SignalParameter &p : info.parameters) {
        bool ok = false;
        const double value = parameters.value(QString::fromStdString(p.id)).toDouble(&ok);
        m_parameters.insert(QString::fromStdString(p.id),
                            ok && std::isfinite(value) ? std::clamp(value, p.min, p.max) : p.defaultValue);
    }
    {
        const QSignalBlocker blocker(m_noiseSlider);
        m_noiseSlider->setValue(int(std::lround(std::clamp(std::isfinite(noise) ? noise : 0.0, 0.0,
                                                           lstmlab::NoisySignal::maxStddev) * noiseSteps)));
    }
    fillSignalBox();
    m_signalBox->setCurrentIndex(m_signalBox->findData(m_catalogId));
    rebuildParameters();
    updateNoiseLabel();
    updateDescription();
}

void SignalPanel::fillSignalBox()
{
    const QSignalBlocker blocker(m_signalBox);
    const QString current = m_signalBox->currentData().toString();
    m_signalBox->clear();
    for (const lstmlab::SignalInfo &info : lstmlab::SignalCatalog::all()) {
        const QString id = QString::fromStdString(info.id);
        m_signalBox->addItem(signalTitle(id), id);
        m_signalBox->setItemData(m_signalBox->count() - 1,
                                 QString::fromStdString(info.formula) + u'\n' + SignalTexts::catalogText(info.description),
                                 Qt::ToolTipRole);
    }
    if (m_series)
        m_signalBox->addItem(tr("Your series: %1").arg(QString::fromStdString(m_series->name())),
                             QString::fromLatin1(csvId));
    const int index = m_signalBox->findData(current);
    m_signalBox->setCurrentIndex(index >= 0 ? index : m_signalBox->findData(m_catalogId));
}

void SignalPanel::rebuildParameters()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    const lstmlab::SignalInfo &info = catalogEntry(m_catalogId);
    for (const lstmlab::SignalParameter &p : info.parameters) {
        const QString id = QString::fromStdString(p.id);
        auto *box = new QDoubleSpinBox;
        box->setObjectName(QStringLiteral("parameter_") + id);
        const double step = stepFor(p);
        box->setDecimals(p.integer ? 0 : std::max(2, int(std::ceil(-std::log10(step)))));
        box->setRange(p.min, p.max);
        box->setSingleStep(p.integer ? 1.0 : step);
        box->setKeyboardTracking(false);
        box->setValue(m_parameters.value(id, p.defaultValue).toDouble());
        box->setToolTip(SignalTexts::catalogText(p.description));
        box->setWhatsThis(box->toolTip());
        if (id == QLatin1String("lag"))
            box->setWhatsThis(
                tr("<p><b>Lag</b>: the echo task labels each window with the sample that came "
                   "<i>lag</i> steps before its last one, so the network must remember it that long "
                   "while new noise keeps arriving. Nothing later in the window says what it was.</p>"
                   "<p>It must be 1..time steps &minus; 1: the sample has to lie inside the window. "
                   "Until the network remembers, its best answer is 0, a test MSE equal to the "
                   "noise's variance (0.213 at amplitude 0.8). At lag 50 every cell sits there for "
                   "many epochs first (Lessons &gt; Memory over 50 steps).</p>"));
        WheelGuard::guardChildren(box);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, id](double value) {
            if (m_parameters.value(id).toDouble() == value)
                return;
            m_parameters.insert(id, value);
            updateLagLabel();
            if (!usesSeries())
                emit changed();
        });
        // Parameter names read like the formula: w for an angular frequency, A or a_k for an
        // amplitude, d for the decay.
        QString name;
        const QString suffix = id.right(1).toInt() > 0 ? id.right(1) : QString();
        if (id.startsWith(QLatin1String("frequency")))
            name = suffix.isEmpty() ? tr("Frequency w") : tr("Frequency w%1").arg(suffix);
        else if (id.startsWith(QLatin1String("amplitude")))
            name = suffix.isEmpty() ? tr("Amplitude A") : tr("Amplitude a%1").arg(suffix);
        else if (id == QLatin1String("decay"))
            name = tr("Decay d");
        else if (id == QLatin1String("lag"))
            name = tr("Lag");
        else
            name = QString::fromStdString(p.name);
        m_parameterForm->addRow(name + u':', box);
    }
    m_parameterBox->setVisible(!usesSeries() && !info.parameters.empty());
    updateLagLabel();
}

QString SignalPanel::lagProblem() const
{
    if (usesSeries() || m_catalogId != QLatin1String("echo"))
        return QString();
    const int lag = int(std::lround(m_parameters.value(QStringLiteral("lag")).toDouble()));
    if (lag >= 1 && lag <= m_timesteps - 1)
        return QString();
    if (m_timesteps < 2)
        return tr("The echo needs windows of at least 2 time steps: with %1 there is no lag to recall "
                  "(the lag must be 1..time steps − 1).").arg(m_timesteps);
    return tr("Lag %1 does not fit windows of %2 time steps: the lag must be 1..%3, so that the "
              "sample to recall lies inside the window. Lower the lag, or raise the time steps to "
              "at least %4.").arg(lag).arg(m_timesteps).arg(m_timesteps - 1).arg(lag + 1);
}

void SignalPanel::updateLagLabel()
{
    const QString problem = lagProblem();
    m_lagLabel->setText(problem);
    m_lagLabel->setVisible(!problem.isEmpty());
}

QDoubleSpinBox *SignalPanel::parameterBox(const QString &parameterId) const
{
    return m_parameterBox->findChild<QDoubleSpinBox *>(QStringLiteral("parameter_") + parameterId);
}

void SignalPanel::onSignalChosen()
{
    const QString id = m_signalBox->currentData().toString();
    if (id != QLatin1String(csvId) && id != m_catalogId) {
        // Another built-in signal: its default parameters.
        m_catalogId = id;
        m_parameters.clear();
        for (const lstmlab::SignalParameter &p : catalogEntry(id).parameters)
            m_parameters.insert(QString::fromStdString(p.id), p.defaultValue);
    }
    rebuildParameters();
    updateNoiseLabel();
    updateDescription();
    emit changed();
}

std::shared_ptr<const lstmlab::SignalGenerator> SignalPanel::generator() const
{
    if (usesSeries())
        return nullptr;
    lstmlab::SignalParameters values;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        values[it.key().toStdString()] = it.value().toDouble();
    lstmlab::SignalCreateResult made = lstmlab::SignalCatalog::create(m_catalogId.toStdString(), values);
    if (!made.generator) // cannot happen for values setSignal() clamped; the seed's sine then
        made = lstmlab::SignalCatalog::create(lstmlab::SignalCatalog::defaultId);
    std::shared_ptr<const lstmlab::SignalGenerator> signal(std::move(made.generator));
    if (noise() > 0.0)
        signal = std::make_shared<lstmlab::NoisySignal>(signal, noise(), noiseSeed);
    return signal;
}

std::shared_ptr<const lstmlab::CsvSeries> SignalPanel::series() const
{
    return usesSeries() ? m_series : nullptr;
}

QString SignalPanel::displayName() const
{
    if (usesSeries())
        return tr("%1, scaled to [−1, 1]").arg(QString::fromStdString(m_series->name()));
    QString name;
    if (m_catalogId == QLatin1String("sine"))
        name = QStringLiteral("sin(x)");
    else if (m_catalogId == QLatin1String("sum-of-sines"))
        name = tr("sum of sines");
    else if (m_catalogId == QLatin1String("damped-sine"))
        name = tr("damped sine");
    else if (m_catalogId == QLatin1String("square"))
        name = tr("square wave");
    else if (m_catalogId == QLatin1String("sawtooth"))
        name = tr("sawtooth");
    else if (m_catalogId == QLatin1String("echo"))
        name = tr("echo: the noise %1 steps back")
                   .arg(int(std::lround(m_parameters.value(QStringLiteral("lag")).toDouble())));
    else
        name = QString::fromStdString(catalogEntry(m_catalogId).name);
    if (noise() > 0.0)
        name = tr("%1 + noise (sd %2)").arg(name).arg(noise(), 0, 'f', 2);
    return name;
}

void SignalPanel::setTimesteps(int timesteps)
{
    m_timesteps = std::max(1, timesteps);
    updateLagLabel();
}

bool SignalPanel::importCsv(const QString &path, int column, QString *error)
{
    lstmlab::CsvOptions options;
    options.timesteps = m_timesteps;
    if (column > 0)
        options.valueColumn = lstmlab::CsvColumn::byNumber(column);
    lstmlab::CsvReadResult read = lstmlab::CsvSeries::load(QFile::encodeName(path).toStdString(), options);
    if (!read.series) {
        const QString message = QString::fromStdString(read.error);
        showError(message);
        if (error)
            *error = message;
        return false;
    }
    m_series = std::make_shared<const lstmlab::CsvSeries>(std::move(*read.series));
    m_csvPath = path;
    m_csvColumn = column;
    m_lastFolder = QFileInfo(path).absolutePath();
    showError(QString());
    fillSignalBox();
    m_signalBox->setCurrentIndex(m_signalBox->findData(QString::fromLatin1(csvId)));
    rebuildParameters();
    updateNoiseLabel();
    updateDescription();
    emit changed();
    return true;
}

void SignalPanel::importCsvInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Series from a CSV File"), m_lastFolder,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    // Which column: read the first line, and ask when there are several.
    std::string readError;
    const std::optional<std::string> text =
        lstmlab::CsvSeries::readFile(QFile::encodeName(path).toStdString(), &readError);
    QString message;
    int column = 0;
    if (!text) {
        message = QString::fromStdString(readError);
    } else {
        const lstmlab::CsvLayoutResult layout = lstmlab::CsvSeries::inspect(*text);
        if (!layout.layout) {
            message = QDir::toNativeSeparators(path) + QStringLiteral(": ") + QString::fromStdString(layout.error);
        } else if (layout.layout->columnNames.size() > 1) {
            QStringList names;
            for (std::size_t k = 0; k < layout.layout->columnNames.size(); ++k)
                names << tr("%1: %2").arg(k + 1).arg(QString::fromStdString(layout.layout->columnNames[k]));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                this, tr("Choose the Value Column"),
                tr("%1 has %2 columns. Which one holds the series to learn?")
                    .arg(QFileInfo(path).fileName()).arg(names.size()),
                names, int(names.size()) - 1, false, &ok);
            if (!ok)
                return;
            column = int(names.indexOf(chosen)) + 1;
        }
    }
    if (message.isEmpty() && importCsv(path, column, &message))
        return;
    showError(message);
    QMessageBox::warning(this, tr("Import failed"),
                         tr("%1\n\nThe network keeps training on the previous signal. See the "
                            "Signals section of the documentation for what a CSV file may hold.")
                             .arg(message));
}

QString SignalPanel::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void SignalPanel::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SignalPanel::restore(const QString &id, const QVariantMap &parameters, double noise,
                          const QString &csvPath, int csvColumn)
{
    setSignal(id, parameters, noise);
    if (!csvPath.isEmpty()) {
        const QSignalBlocker blocker(this); // the window asks for the data once, after this
        QString error;
        if (!importCsv(csvPath, csvColumn, &error))
            showError(tr("Your last series could not be read again, so the network learns %1 instead: %2")
                          .arg(signalTitle(m_catalogId), error));
    }
}

SessionSignal SignalPanel::sessionSignal() const
{
    SessionSignal signal;
    if (usesSeries()) {
        signal.id = QLatin1String(SessionSignal::csvId);
        signal.csvPath = csvPath();
        signal.csvColumn = csvColumn();
        return signal;
    }
    signal.id = signalId();
    signal.parameters = parameters();
    signal.noise = noise();
    return signal;
}

bool SignalPanel::showSessionSignal(const SessionSignal &signal, int timesteps, QString *error)
{
    const QSignalBlocker blocker(this);
    if (!signal.usesSeries()) {
        setSignal(signal.id, signal.parameters, signal.noise);
        return true;
    }
    const int previousTimesteps = m_timesteps;
    setTimesteps(timesteps);
    if (importCsv(signal.csvPath, signal.csvColumn, error))
        return true;
    setTimesteps(previousTimesteps);
    return false;
}

void SignalPanel::updateNoiseLabel()
{
    m_noiseValue->setText(tr("sd %1").arg(noise(), 0, 'f', 2));
    m_noiseSlider->setEnabled(!usesSeries());
    m_noiseTitle->setEnabled(!usesSeries());
}

void SignalPanel::updateDescription()
{
    if (usesSeries()) {
        const lstmlab::CsvSeries &s = *m_series;
        m_formula->setText(tr("%1 values; the last %2 are the test set. The training part's "
                              "range [%3, %4] is scaled to [−1, 1].")
                               .arg(s.size())
                               .arg(lstmlab::CsvSeries::testCount(s.size()))
                               .arg(s.scale().min, 0, 'g', 6)
                               .arg(s.scale().max, 0, 'g', 6));
    } else {
        const lstmlab::SignalInfo &info = catalogEntry(m_catalogId);
        m_formula->setText(QString::fromStdString(info.formula));
        m_formula->setToolTip(SignalTexts::catalogText(info.description));
    }
    m_seriesLabel->setVisible(m_series != nullptr && !usesSeries());
    if (m_series)
        m_seriesLabel->setText(tr("Your series %1 stays in the list above.")
                                   .arg(QString::fromStdString(m_series->name())));
}

void SignalPanel::retranslate()
{
    m_signalLabel->setText(tr("&Signal:"));
    m_noiseTitle->setText(tr("&Noise:"));
    m_importButton->setText(tr("&Import CSV…"));
    m_signalBox->setToolTip(tr("What the network learns to continue. Changing it makes new data and "
                               "a new network that learns from scratch."));
    m_noiseSlider->setToolTip(tr("Gaussian noise added to every sample (its standard deviation). Even "
                                 "a perfect network then misses by about sd² on average."));
    m_noiseValue->setToolTip(m_noiseSlider->toolTip());
    m_importButton->setToolTip(tr("Learn your own series: a CSV file with one value column, or a "
                                  "column you choose. The last tenth becomes the test set."));
    setWhatsThis(tr("<p><b>Signal</b>: the series the network learns to continue, one sample at "
                    "a time: the seed's sine, other waves, noise on top, or your own CSV file.</p>"));
    fillSignalBox();
    updateNoiseLabel();
    updateDescription();
}

void SignalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
