#pragma once

// The analogy box: a − b + c, the tokens nearest to it (EmbeddingSpace::analogy, (32)),
// read "b is to a as c is to ?" (king − man + woman: man is to king as woman is to queen).

#include "embedsnapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

class AnalogyPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int answers = 5;

    explicit AnalogyPanel(QWidget *parent = nullptr);

    void setSnapshot(const EmbedSnapshot &snapshot);
    void setTokens(const QString &a, const QString &b, const QString &c); // and solve
    QStringList answerTexts() const;
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void solve();
    int indexOf(const QString &text) const;

    EmbedSnapshot m_snapshot;
    QLabel *m_title = nullptr;
    QLineEdit *m_a = nullptr;
    QLineEdit *m_b = nullptr;
    QLineEdit *m_c = nullptr;
    QPushButton *m_solve = nullptr;
    QLabel *m_reading = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_answers = nullptr;
};
