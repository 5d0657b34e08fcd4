#pragma once

// The bar above the prediction chart that says what just happened where the learner is
// looking: news (a rebuilt network) in blue, which goes away by itself after a while, or an
// error (a diverged run) in red, which stays until dismissed or acted on. Either may offer
// one action button (news with one stays three times as long); actionTriggered() says it was
// pressed (the bar hides first).

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Error };

    explicit Banner(QWidget *parent = nullptr);

    // Shows text (rich text); actionText: the button's label, none when empty.
    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    // The text while the bar is shown, else empty.
    QString text() const;
    void setNewsTimeout(int ms);

public slots:
    void dismiss();

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_timer = nullptr;
    int m_newsTimeoutMs = 10000;
};
