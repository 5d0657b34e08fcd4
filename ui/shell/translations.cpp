#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// The application's language, as the last Translations object left it.
QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

const char *const appCatalogueFolder = ":/i18n";


} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    if (m_app)
        currentLanguage() = QStringLiteral("en");
    removeInstalled();
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString Translations::normalize(const QString &tag)
{
    const QString t = tag.trimmed().toLower().replace(u'-', u'_');
    // "zh_CN.UTF-8", "en_GB@euro": the codeset and modifier say nothing about the language.
    const QString name = t.section(u'.', 0, 0).section(u'@', 0, 0);
    const QStringList parts = name.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    if (parts.first() == QLatin1String("en"))
        return QStringLiteral("en");
    if (parts.first() == QLatin1String("zh")) {
        for (const QString &part : parts.mid(1))
            if (part == QLatin1String("hant") || part == QLatin1String("tw") || part == QLatin1String("hk")
                || part == QLatin1String("mo"))
                return {};
        return QStringLiteral("zh_CN");
    }
    return {};
}

QString Translations::systemLanguage(const QLocale &locale)
{
    for (const QString &tag : locale.uiLanguages()) {
        const QString language = normalize(tag);
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::choose(const QString &commandLine, const QString &stored, const QLocale &system)
{
    for (const QString &given : {commandLine, stored}) {
        const QString language = normalize(given);
        if (!language.isEmpty())
            return language;
    }
    return systemLanguage(system);
}

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::applicationDisplayName()
{
    return tr("LSTM Lab");
}

QString Translations::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

bool Translations::loadCatalogue(QTranslator &translator, const QString &language)
{
    return translator.load(QStringLiteral("lstm-lab_") + language, QLatin1String(appCatalogueFolder));
}

bool Translations::setLanguage(const QString &language, QString *error)
{
    if (!languages().contains(language)) {
        if (error)
            *error = tr("LSTM Lab has no translation for \"%1\"; it speaks: %2.")
                         .arg(language, languages().join(QStringLiteral(", ")));
        return false;
    }
    auto app = std::make_unique<QTranslator>();
    if (!loadCatalogue(*app, language)) {
        if (error)
            *error = tr("The translation catalogue %1 is missing from this build of LSTM Lab.")
                         .arg(QLatin1String(appCatalogueFolder) + QStringLiteral("/lstm-lab_") + language
                              + QStringLiteral(".qm"));
        return false;
    }
    // English is Qt's source language: there is nothing of Qt's to translate.
    std::unique_ptr<QTranslator> qt;
    if (language != QLatin1String("en")) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_") + language, qtTranslationsPath()))
            qt.reset();
    }

    removeInstalled();
    m_app = std::move(app);
    m_qt = std::move(qt);
    // Qt's catalogue first: the application's, installed last, is searched first.
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_hasQtTranslation = m_qt || language == QLatin1String("en");
    m_language = language;
    currentLanguage() = language;
    emit languageChanged(language);
    return true;
}

void Translations::removeInstalled()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}
