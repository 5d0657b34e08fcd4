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

// The core cannot mark its texts for translation: they are listed here, word for word, for
// lupdate. tst_translations checks that every text of SignalCatalog::all() is translated.
[[maybe_unused]] const char *const signalCatalogTexts[] = {
    QT_TRANSLATE_NOOP("SignalCatalog", "The seed notebook's signal: one pure sine with period 2 pi."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Three sines of different frequencies added together: the network has to "
                                       "track several oscillations at once."),
    QT_TRANSLATE_NOOP("SignalCatalog", "A sine whose swing shrinks over time, like a plucked string: the test "
                                       "range is quieter than most of the training range."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Jumps between +A and -A every half period. A window that sits on a flat "
                                       "part cannot tell when the next jump comes."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Climbs steadily from -A to A, then drops back at once."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Angular frequency w in radians per unit of x: the period is 2 pi / w, and "
                                       "the seed's sin(x) has w = 1 (about 628 samples per period at the seed's "
                                       "spacing 0.01)."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Height of the wave; the network's tanh output reaches +-1 only in the limit."),
    QT_TRANSLATE_NOOP("SignalCatalog", "Decay rate d per unit of x: the swing halves every ln 2 / d (69 units at "
                                       "d = 0.01); 0 gives the plain sine."),
};

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

QString Translations::signalCatalogText(const std::string &text)
{
    return QCoreApplication::translate("SignalCatalog", text.c_str());
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
