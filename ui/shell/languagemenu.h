#pragma once

// View > Language: one checkable entry per language LSTM Lab speaks, each named in its own
// language (English, 简体中文) so that anyone can find theirs, the current one checked.
// Choosing another one asks first, in the current language and in the chosen one (the window
// changes language in place; training goes on), then emits languageRequested(). The menu
// changes nothing itself: the application installs the language and every widget
// retranslates itself.

#include <QMenu>

class QActionGroup;

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The checked entry; Translations::current() to begin with.
    void setCurrentLanguage(const QString &language);
    QString currentLanguage() const { return m_current; }
    QAction *languageAction(const QString &language) const;

    // Whether choosing a language asks before emitting languageRequested() (default true).
    void setConfirmationEnabled(bool enabled) { m_confirm = enabled; }

    // The question asked before switching to language, in the current language or in another one.
    static QString confirmationText(const QString &language);
    static QString confirmationTextIn(const QString &language, const QString &inLanguage);
    // The window the menu belongs to (the main window), past the menus it hangs from.
    QWidget *ownerWindow() const;

signals:
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(const QString &language);
    bool confirm(const QString &language);

    QActionGroup *m_group = nullptr;
    QString m_current;
    bool m_confirm = true;
};
