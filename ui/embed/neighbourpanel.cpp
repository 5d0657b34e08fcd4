#include "neighbourpanel.h"

#include <QCompleter>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

NeighbourPanel::NeighbourPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_edit(new QLineEdit), m_words(new QStringListModel(this)),
      m_completer(new QCompleter(m_words, this)), m_message(new QLabel), m_table(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("neighbourPanel"));
    m_edit->setObjectName(QStringLiteral("neighbourLookup"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_edit->setCompleter(m_completer);
    m_edit->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(m_edit, &QLineEdit::returnPressed, this, &NeighbourPanel::lookUp);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this] { lookUp(); });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (!m_snapshot.space || m_chosen < 0)
            return;
        const auto near = m_snapshot.space->nearest(m_chosen, rows);
        if (row < int(near.size())) {
            setChosenToken(near[std::size_t(row)].token);
            emit tokenChosen(m_chosen);
        }
    });
    retranslateUi();
}

void NeighbourPanel::retranslateUi()
{
    m_title->setText(tr("<b>Nearest tokens</b> (cosine similarity of their vectors)"));
    m_edit->setPlaceholderText(tr("Type a token, or click one on the map"));
    m_table->setHorizontalHeaderLabels({tr("Token"), tr("Similarity")});
    refresh();
}

void NeighbourPanel::setSnapshot(const EmbedSnapshot &snapshot)
{
    const bool newGeneration = snapshot.generation != m_snapshot.generation;
    const bool newModel = newGeneration || snapshot.words != m_snapshot.words;
    m_snapshot = snapshot;
    if (newModel) {
        QStringList words;
        if (snapshot.words)
            for (const std::string &w : *snapshot.words)
                words << QString::fromStdString(w);
        m_words->setStringList(words);
        if (newGeneration || !snapshot.words)
            m_chosen = -1;
        // A token typed before there was a model is looked up now.
        if (m_chosen < 0 && !m_edit->text().isEmpty() && snapshot.words)
            lookUp();
    }
    refresh();
}

void NeighbourPanel::lookUp()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_snapshot.words)
        return;
    const std::string wanted = (m_snapshot.mode == lstmlab::TokenMode::Words ? text.toLower() : text).toStdString();
    const auto &words = *m_snapshot.words;
    const auto it = std::find(words.begin(), words.end(), wanted);
    if (it == words.end()) {
        m_chosen = -1;
        m_message->setText(tr("“%1” is not in the vocabulary: only tokens that occur at least min-count times "
                              "get a vector.")
                               .arg(text));
        m_table->setRowCount(0);
        return;
    }
    setChosenToken(int(it - words.begin()));
    emit tokenChosen(m_chosen);
}

void NeighbourPanel::setChosenToken(int token)
{
    m_chosen = token;
    if (m_snapshot.words && token >= 0 && token < int(m_snapshot.words->size())) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(QString::fromStdString((*m_snapshot.words)[std::size_t(token)]));
    }
    refresh();
}

void NeighbourPanel::refresh()
{
    if (m_chosen < 0 || !m_snapshot.space) {
        if (m_chosen < 0 && m_message->text().isEmpty())
            m_message->clear();
        m_table->setRowCount(0);
        return;
    }
    m_message->clear();
    const auto near = m_snapshot.space->nearest(m_chosen, rows);
    m_table->setRowCount(int(near.size()));
    for (int row = 0; row < int(near.size()); ++row) {
        const lstmlab::Neighbour &n = near[std::size_t(row)];
        auto *item = new QTableWidgetItem(QString::fromStdString((*m_snapshot.words)[std::size_t(n.token)]));
        m_table->setItem(row, 0, item);
        auto *bar = qobject_cast<QProgressBar *>(m_table->cellWidget(row, 1));
        if (!bar) {
            bar = new QProgressBar;
            bar->setRange(-1000, 1000);
            m_table->setCellWidget(row, 1, bar);
        }
        bar->setValue(int(std::lround(1000.0 * n.similarity)));
        bar->setFormat(QString::number(double(n.similarity), 'f', 3));
    }
}

QStringList NeighbourPanel::neighbourTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *bar = qobject_cast<const QProgressBar *>(m_table->cellWidget(row, 1));
        texts << m_table->item(row, 0)->text() + QLatin1Char(' ') + (bar ? bar->format() : QString());
    }
    return texts;
}

QString NeighbourPanel::message() const
{
    return m_message->text();
}

void NeighbourPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
