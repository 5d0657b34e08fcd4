#include "analogypanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

AnalogyPanel::AnalogyPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_a(new QLineEdit), m_b(new QLineEdit), m_c(new QLineEdit),
      m_solve(new QPushButton), m_reading(new QLabel), m_message(new QLabel), m_answers(new QListWidget)
{
    setObjectName(QStringLiteral("analogyPanel"));
    m_a->setObjectName(QStringLiteral("analogyA"));
    m_b->setObjectName(QStringLiteral("analogyB"));
    m_c->setObjectName(QStringLiteral("analogyC"));
    m_message->setWordWrap(true);
    m_reading->setWordWrap(true);
    m_answers->setMaximumHeight(120);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0, 1, 6);
    layout->addWidget(m_a, 1, 0);
    layout->addWidget(new QLabel(QStringLiteral("−")), 1, 1);
    layout->addWidget(m_b, 1, 2);
    layout->addWidget(new QLabel(QStringLiteral("+")), 1, 3);
    layout->addWidget(m_c, 1, 4);
    layout->addWidget(m_solve, 1, 5);
    layout->addWidget(m_reading, 2, 0, 1, 6);
    layout->addWidget(m_message, 3, 0, 1, 6);
    layout->addWidget(m_answers, 4, 0, 1, 6);
    for (QLineEdit *edit : {m_a, m_b, m_c})
        connect(edit, &QLineEdit::returnPressed, this, &AnalogyPanel::solve);
    connect(m_solve, &QPushButton::clicked, this, &AnalogyPanel::solve);
    retranslateUi();
}

void AnalogyPanel::retranslateUi()
{
    m_title->setText(tr("<b>Analogy</b>: the tokens nearest to a − b + c"));
    m_a->setPlaceholderText(tr("a, e.g. king"));
    m_b->setPlaceholderText(tr("b, e.g. man"));
    m_c->setPlaceholderText(tr("c, e.g. woman"));
    m_solve->setText(tr("="));
    m_solve->setToolTip(tr("Find the tokens nearest to a − b + c"));
    solve();
}

void AnalogyPanel::setSnapshot(const EmbedSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (!m_answers->count() && m_message->text().isEmpty())
        return;
    solve(); // the answer follows the vectors while they train
}

void AnalogyPanel::setTokens(const QString &a, const QString &b, const QString &c)
{
    m_a->setText(a);
    m_b->setText(b);
    m_c->setText(c);
    solve();
}

int AnalogyPanel::indexOf(const QString &text) const
{
    if (!m_snapshot.words)
        return -1;
    const std::string wanted = (m_snapshot.mode == lstmlab::TokenMode::Words ? text.trimmed().toLower() : text.trimmed()).toStdString();
    const auto &words = *m_snapshot.words;
    const auto it = std::find(words.begin(), words.end(), wanted);
    return it == words.end() ? -1 : int(it - words.begin());
}

void AnalogyPanel::solve()
{
    m_answers->clear();
    m_message->clear();
    m_reading->clear();
    const QString a = m_a->text().trimmed(), b = m_b->text().trimmed(), c = m_c->text().trimmed();
    if (a.isEmpty() || b.isEmpty() || c.isEmpty())
        return;
    m_reading->setText(tr("“%1 is to %2 as %3 is to …?”").arg(b, a, c));
    if (!m_snapshot.hasVectors()) {
        m_message->setText(tr("Train first: there are no vectors yet."));
        return;
    }
    QStringList missing;
    for (const QString &t : {a, b, c})
        if (indexOf(t) < 0)
            missing << QStringLiteral("“%1”").arg(t);
    if (!missing.isEmpty()) {
        m_message->setText(tr("Not in the vocabulary: %1 (only tokens that occur at least min-count times have vectors).")
                               .arg(missing.join(QStringLiteral(", "))));
        return;
    }
    for (const lstmlab::Neighbour &n : m_snapshot.space->analogy(indexOf(a), indexOf(b), indexOf(c), answers))
        m_answers->addItem(QStringLiteral("%1   %2").arg(QString::fromStdString((*m_snapshot.words)[std::size_t(n.token)]))
                               .arg(double(n.similarity), 0, 'f', 3));
}

QStringList AnalogyPanel::answerTexts() const
{
    QStringList texts;
    for (int k = 0; k < m_answers->count(); ++k)
        texts << m_answers->item(k)->text();
    return texts;
}

QString AnalogyPanel::message() const
{
    return m_message->text();
}

void AnalogyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
