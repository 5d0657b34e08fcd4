#include "onehotlink.h"

#include "vectorstrip.h"

#include "corpus.h"
#include "textsessionfile.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

OneHotLink::OneHotLink(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_explanation(new QLabel), m_open(new QPushButton), m_message(new QLabel),
      m_skipGramLabel(new QLabel), m_skipGram(new VectorStrip), m_skipGramNear(new QLabel), m_columnLabel(new QLabel),
      m_column(new VectorStrip), m_columnNear(new QLabel)
{
    setObjectName(QStringLiteral("oneHotLink"));
    m_open->setObjectName(QStringLiteral("openTextSession"));
    for (QLabel *label : {m_explanation, m_message, m_skipGramNear, m_columnNear})
        label->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_open, 0, 1, Qt::AlignRight);
    layout->addWidget(m_explanation, 1, 0, 1, 2);
    layout->addWidget(m_message, 2, 0, 1, 2);
    layout->addWidget(m_skipGramLabel, 3, 0, 1, 2);
    layout->addWidget(m_skipGram, 4, 0, 1, 2);
    layout->addWidget(m_skipGramNear, 5, 0, 1, 2);
    layout->addWidget(m_columnLabel, 6, 0, 1, 2);
    layout->addWidget(m_column, 7, 0, 1, 2);
    layout->addWidget(m_columnNear, 8, 0, 1, 2);
    layout->setRowStretch(9, 1);
    connect(m_open, &QPushButton::clicked, this, &OneHotLink::chooseFile);
    retranslateUi();
}

void OneHotLink::retranslateUi()
{
    m_title->setText(tr("<b>The same token, two ways in</b>"));
    m_open->setText(tr("Open Text Session…"));
    m_open->setToolTip(tr("A session of the text task (saved in the window, or session.lstmlab of a headless "
                          "--task text run): its character network's input weights"));
    m_explanation->setText(
        tr("A character network's input is one-hot, so W<sub>ih</sub>·x picks one column of W<sub>ih</sub>: "
           "that column is the LSTM's own vector for the character, learnt while it learnt to write. "
           "The skip-gram learns a vector for the same token by predicting its neighbours."));
    refresh();
}

void OneHotLink::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Text Session"), QString(),
                                                      tr("LSTM Lab sessions (*.lstmlab);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openTextSession(path, &error))
        m_message->setText(error);
}

bool OneHotLink::openTextSession(const QString &path, QString *error)
{
    const lstmlab::TextSessionReadResult read = lstmlab::loadTextSessionFile(path.toStdString());
    if (!read.session) {
        *error = tr("Cannot use %1: %2").arg(path, QString::fromStdString(read.error));
        return false;
    }
    const lstmlab::TextSessionData &s = *read.session;
    const Eigen::Index rows = 4 * Eigen::Index(s.model.units), columns = Eigen::Index(s.vocabulary.size());
    if (s.state.parameters.size() < rows * columns) {
        *error = tr("Cannot use %1: it holds fewer weights than its configuration says").arg(path);
        return false;
    }
    // weight_ih_l0 comes first in the flat vector, column-major (charnetwork.h).
    const Eigen::Map<const Eigen::MatrixXf> wih(s.state.parameters.data(), rows, columns);
    setCharModel(s.vocabulary, wih, path);
    return true;
}

void OneHotLink::setCharModel(const std::vector<char32_t> &vocabulary, const Eigen::MatrixXf &wih, const QString &source)
{
    m_vocabulary = vocabulary;
    m_wih = wih;
    m_unitColumns = wih;
    for (Eigen::Index k = 0; k < m_unitColumns.cols(); ++k)
        if (const float n = m_unitColumns.col(k).norm(); n > 0.f)
            m_unitColumns.col(k) /= n;
    m_source = source;
    refresh();
}

void OneHotLink::setSnapshot(const EmbedSnapshot &snapshot)
{
    if (snapshot.generation != m_snapshot.generation)
        m_chosen = -1;
    m_snapshot = snapshot;
    refresh();
}

void OneHotLink::setChosenToken(int token)
{
    m_chosen = token;
    refresh();
}

void OneHotLink::refresh()
{
    m_message->clear();
    m_skipGramNear->clear();
    m_columnNear->clear();
    m_skipGramLabel->clear();
    m_columnLabel->clear();
    m_skipGram->setValues({});
    m_column->setValues({});
    if (m_chosen < 0 || !m_snapshot.hasVectors()) {
        m_message->setText(tr("Choose a token on the map or in the list of nearest tokens."));
        return;
    }
    const std::string &token = (*m_snapshot.words)[std::size_t(m_chosen)];
    const QString tokenText = QString::fromStdString(token);
    const Eigen::MatrixXf &unit = m_snapshot.space->unitVectors();
    m_skipGramLabel->setText(tr("Skip-gram vector of “%1” (%2 numbers):").arg(tokenText).arg(unit.rows()));
    const Eigen::VectorXf v = m_snapshot.space->vector(m_chosen);
    m_skipGram->setValues(std::vector<float>(v.data(), v.data() + v.size()));
    QStringList near;
    for (const lstmlab::Neighbour &n : m_snapshot.space->nearest(m_chosen, 8))
        near << QString::fromStdString((*m_snapshot.words)[std::size_t(n.token)]);
    m_skipGramNear->setText(tr("nearest by skip-gram: %1").arg(near.join(QStringLiteral(" "))));

    if (!hasCharModel()) {
        m_message->setText(tr("Open a text session to see the character network's vector beside it."));
        return;
    }
    std::vector<char32_t> symbols;
    std::size_t bad = 0;
    if (!lstmlab::Corpus::decodeUtf8(token, symbols, bad) || symbols.size() != 1) {
        m_message->setText(tr("“%1” is not a single character: the character network has no column for it "
                              "(train the embeddings with tokens = characters to compare).")
                               .arg(tokenText));
        return;
    }
    const auto it = std::find(m_vocabulary.begin(), m_vocabulary.end(), symbols.front());
    if (it == m_vocabulary.end()) {
        m_message->setText(tr("“%1” does not occur in the text the character network learnt (%2).").arg(tokenText, m_source));
        return;
    }
    const int column = int(it - m_vocabulary.begin());
    const int H = int(m_wih.rows() / 4);
    m_columnLabel->setText(tr("Column %1 of the character network's W<sub>ih</sub> (4 × %2 numbers: the input "
                              "parts of the gates i, f, g, o):")
                               .arg(column)
                               .arg(H));
    m_column->setValues(std::vector<float>(m_wih.col(column).data(), m_wih.col(column).data() + m_wih.rows()),
                        {QStringLiteral("i"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("o")});
    const Eigen::VectorXf scores = m_unitColumns.transpose() * m_unitColumns.col(column);
    std::vector<int> order;
    for (int k = 0; k < int(scores.size()); ++k)
        if (k != column)
            order.push_back(k);
    const int k = std::min<int>(8, int(order.size()));
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    QStringList charNear;
    for (int j = 0; j < k; ++j) {
        const char32_t symbol = m_vocabulary[std::size_t(order[std::size_t(j)])];
        charNear << (symbol == U'\n' ? QStringLiteral("⏎") : symbol == U' ' ? QStringLiteral("␣") : QString::fromStdString(lstmlab::Corpus::toUtf8(symbol)));
    }
    m_columnNear->setText(tr("nearest by the character network's input weights: %1").arg(charNear.join(QStringLiteral(" "))));
}

QString OneHotLink::message() const
{
    return m_message->text();
}

QString OneHotLink::charNeighbours() const
{
    return m_columnNear->text();
}

void OneHotLink::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
