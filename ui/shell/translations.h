#pragma once

// The languages LSTM Lab speaks, and the translators that make the application speak one of
// them: LSTM Lab's own catalogue (compiled from resources/translations/lstm-lab_<lang>.ts and
// embedded under :/i18n) and Qt's (qtbase_<lang>.qm from Qt's translations folder, for the
// standard buttons and dialogs). English is the source language: its catalogue holds only
// the plural forms ("1 file", "3 files").
//
// One Translations object is installed at a time; setLanguage() replaces the catalogues it
// installed earlier, and Qt sends QEvent::LanguageChange to every widget.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

class QTranslator;

class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override; // removes its catalogues from the application

    // Every supported language, the source language first: "en", "zh_CN".
    static QStringList languages();
    // The language's name as its own speakers write it ("English", "简体中文"); the same in
    // every user-interface language, so that a learner can always find their own.
    static QString nativeName(const QString &language);
    // The supported language a tag names ("zh_CN", "zh-Hans-CN", "zh", "en_GB", "EN"), or an
    // empty string. Traditional Chinese (zh_TW, zh_HK, zh-Hant) is not Simplified Chinese.
    static QString normalize(const QString &tag);
    // The first supported language among the locale's user-interface languages, else "en".
    static QString systemLanguage(const QLocale &locale = QLocale::system());
    // The language to use: the command line's (--lang) if given, else the stored choice, else
    // the system's. Unsupported values are passed over.
    static QString choose(const QString &commandLine, const QString &stored,
                          const QLocale &system = QLocale::system());
    // The language the application currently speaks: the last one a Translations object
    // installed, "en" when none did.
    static QString current();
    // "LSTM Lab" in the current language, for QGuiApplication::setApplicationDisplayName():
    // Qt appends the display name to window titles that do not end with it.
    static QString applicationDisplayName();
    // The folder Qt's own catalogues are read from (QLibraryInfo::TranslationsPath).
    static QString qtTranslationsPath();
    // Loads LSTM Lab's catalogue for language into translator, without installing it.
    static bool loadCatalogue(QTranslator &translator, const QString &language);

    // Installs language's catalogues in the application. False, with a message naming the
    // problem, when language is not supported or LSTM Lab's catalogue for it cannot be
    // loaded (then nothing changes). A missing catalogue of Qt's own is not an error: Qt's
    // buttons stay English, and hasQtTranslation() says so.
    bool setLanguage(const QString &language, QString *error = nullptr);
    QString language() const { return m_language; }
    bool hasQtTranslation() const { return m_hasQtTranslation; }

signals:
    void languageChanged(const QString &language);

private:
    void removeInstalled();

    QString m_language;
    bool m_hasQtTranslation = false;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
