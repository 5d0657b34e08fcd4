#pragma once

// The link between the two tasks that learn vectors for tokens. A character network's input
// is one-hot, so W_ih x picks one column of W_ih: that column (4H numbers, the input parts of
// the gates i, f, g, o) is the LSTM's own vector for the character, learnt while it learnt to
// write. The skip-gram learns a vector for the same token by predicting its neighbours. This
// panel shows both for the chosen token, with the tokens nearest to it in each.
// The character model comes from a text session (Open Text Session..., or setCharModel).

#include "embedsnapshot.h"

#include <Eigen/Core>

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class VectorStrip;

class OneHotLink : public QWidget
{
    Q_OBJECT

public:
    explicit OneHotLink(QWidget *parent = nullptr);

    // vocabulary: the character network's symbols; wih: its layer-0 input weights (4H, V).
    void setCharModel(const std::vector<char32_t> &vocabulary, const Eigen::MatrixXf &wih, const QString &source);
    bool hasCharModel() const { return m_wih.size() > 0; }
    // Reads a text session (core/io/textsessionfile.h); on failure returns false and error says why.
    bool openTextSession(const QString &path, QString *error);

    void setSnapshot(const EmbedSnapshot &snapshot);
    void setChosenToken(int token);

    QString message() const;
    const VectorStrip *skipGramStrip() const { return m_skipGram; }
    const VectorStrip *inputColumnStrip() const { return m_column; }
    QString charNeighbours() const; // the line listing the character network's nearest symbols

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void chooseFile();

    EmbedSnapshot m_snapshot;
    int m_chosen = -1;
    std::vector<char32_t> m_vocabulary;
    Eigen::MatrixXf m_wih; // (4H, V)
    Eigen::MatrixXf m_unitColumns; // m_wih with unit-length columns
    QString m_source;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_skipGramLabel = nullptr;
    VectorStrip *m_skipGram = nullptr;
    QLabel *m_skipGramNear = nullptr;
    QLabel *m_columnLabel = nullptr;
    VectorStrip *m_column = nullptr;
    QLabel *m_columnNear = nullptr;
};
