#include "sidebysidedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using lstmlab::RecurrentCell;

SideBySideDialog::SideBySideDialog(const lstmlab::ModelConfig &model, const lstmlab::TrainConfig &train,
                                   QWidget *parent)
    : QDialog(parent), m_model(model), m_train(train)
{
    setObjectName(QStringLiteral("sideBySideDialog"));
    setWindowTitle(tr("Train Side by Side"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Two or three networks learn the same signal at once, one step of each in "
                                "turn, so all have taken the same steps. Each run has its own weights, "
                                "optimizer and random numbers; every setting not shown here is the "
                                "Hyperparameters panel's. The first run is the one the gate panels show."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    int row = 1;
    const auto rowLabel = [grid, &row](const QString &text) {
        auto *label = new QLabel(text);
        grid->addWidget(label, row++, 0);
    };
    rowLabel(tr("Cell:"));
    rowLabel(tr("num_units:"));
    rowLabel(tr("Seed:"));
    rowLabel(tr("Forget gate bias:"));
    const RecurrentCell defaults[maxRuns] = {RecurrentCell::Rnn, RecurrentCell::Lstm, RecurrentCell::Gru};
    for (int k = 0; k < maxRuns; ++k) {
        Column &c = m_columns[k];
        const int column = k + 1;
        if (k == 2) {
            c.enabled = new QCheckBox(tr("Run %1").arg(k + 1));
            c.enabled->setObjectName(QStringLiteral("run3Enabled"));
            grid->addWidget(c.enabled, 0, column);
            connect(c.enabled, &QCheckBox::toggled, this, &SideBySideDialog::updateColumns);
        } else {
            c.title = new QLabel(tr("<b>Run %1</b>").arg(k + 1));
            grid->addWidget(c.title, 0, column);
        }
        c.cell = new QComboBox;
        c.cell->setObjectName(QStringLiteral("cell%1").arg(k + 1));
        c.cell->addItem(tr("LSTM"), int(RecurrentCell::Lstm));
        c.cell->addItem(tr("GRU"), int(RecurrentCell::Gru));
        c.cell->addItem(tr("plain RNN"), int(RecurrentCell::Rnn));
        c.units = new QSpinBox;
        c.units->setObjectName(QStringLiteral("units%1").arg(k + 1));
        c.units->setRange(int(lstmlab::ModelConfig::unitsRange.min), int(lstmlab::ModelConfig::unitsRange.max));
        c.seed = new QSpinBox;
        c.seed->setObjectName(QStringLiteral("seed%1").arg(k + 1));
        c.seed->setRange(0, 1'000'000);
        c.forgetBias = new QCheckBox(tr("1 (LSTM)"));
        c.forgetBias->setObjectName(QStringLiteral("forgetBias%1").arg(k + 1));
        c.forgetBias->setToolTip(tr("Start the LSTM's forget gate at a bias of 1 (remember by default) "
                                    "instead of PyTorch's 0"));
        grid->addWidget(c.cell, 1, column);
        grid->addWidget(c.units, 2, column);
        grid->addWidget(c.seed, 3, column);
        grid->addWidget(c.forgetBias, 4, column);
        connect(c.cell, &QComboBox::currentIndexChanged, this, &SideBySideDialog::updateColumns);
        setRun(k, defaults[k], model.units, unsigned(std::min<unsigned>(train.seed, 1'000'000)), model.forgetBias == 1.0);
    }
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setThirdRunEnabled(false);
}

void SideBySideDialog::setRun(int k, RecurrentCell cell, int units, unsigned seed, bool forgetBiasOne)
{
    if (k < 0 || k >= maxRuns)
        return;
    Column &c = m_columns[k];
    c.cell->setCurrentIndex(c.cell->findData(int(cell)));
    c.units->setValue(units);
    c.seed->setValue(int(seed));
    c.forgetBias->setChecked(forgetBiasOne);
    updateColumns();
}

void SideBySideDialog::setThirdRunEnabled(bool enabled)
{
    m_columns[2].enabled->setChecked(enabled);
    updateColumns();
}

void SideBySideDialog::updateColumns()
{
    for (int k = 0; k < maxRuns; ++k) {
        const Column &c = m_columns[k];
        if (!c.cell)
            continue; // not made yet (the constructor fills the columns in turn)
        const bool on = !c.enabled || c.enabled->isChecked();
        for (QWidget *w : std::initializer_list<QWidget *>{c.cell, c.units, c.seed, c.forgetBias})
            w->setEnabled(on);
        // The forget gate is the LSTM's.
        c.forgetBias->setEnabled(on && RecurrentCell(c.cell->currentData().toInt()) == RecurrentCell::Lstm);
    }
}

QVector<RunSettings> SideBySideDialog::runs() const
{
    QVector<RunSettings> runs;
    for (int k = 0; k < maxRuns; ++k) {
        const Column &c = m_columns[k];
        if (c.enabled && !c.enabled->isChecked())
            continue;
        RunSettings run{m_model, m_train};
        run.model.cell = RecurrentCell(c.cell->currentData().toInt());
        run.model.units = c.units->value();
        run.train.seed = unsigned(c.seed->value());
        run.model.forgetBias = run.model.cell == RecurrentCell::Lstm && c.forgetBias->isChecked() ? 1.0 : 0.0;
        runs.append(run);
    }
    return runs;
}
