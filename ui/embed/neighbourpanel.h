#pragma once

// "Which tokens are near this one?": a token typed (with completion from the vocabulary) or
// chosen on the map, and its nearest tokens by cosine similarity (31) with a bar each,
// refreshed with every snapshot so the neighbours are seen changing while training goes on.

#include "embedsnapshot.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTableWidget;

class NeighbourPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int rows = 10;

    explicit NeighbourPanel(QWidget *parent = nullptr);

    void setSnapshot(const EmbedSnapshot &snapshot);
    void setChosenToken(int token);
    int chosenToken() const { return m_chosen; }
    QStringList neighbourTexts() const; // "token 0.83" per row, for tests
    QString message() const;

signals:
    void tokenChosen(int token);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void lookUp();
    void refresh();

    EmbedSnapshot m_snapshot;
    int m_chosen = -1;
    QLabel *m_title = nullptr;
    QLineEdit *m_edit = nullptr;
    QStringListModel *m_words = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
};
