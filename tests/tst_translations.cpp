// Translations (and its View > Language menu): the zh_CN catalogue is complete (no unfinished,
// vanished or obsolete entry, every message translated, placeholders, markup and shortcuts
// kept); the English one holds the plural forms; the embedded catalogues load and reach the
// widgets; the language follows --lang, then the stored choice, then the system locale; Qt's
// own buttons are translated; a window built in zh_CN has a Chinese title and menus, and a
// running window switches language in place and keeps training; the core's signal
// descriptions are translated. Runs offscreen in QStandardPaths test mode.

#include "appsettings.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "windowparts.h"
#include "settingsstore.h"
#include "signalcatalog.h"
#include "signaltexts.h"
#include "trainingcontroller.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;               // the translation's type attribute: "", "unfinished", "vanished", ...
    bool numerus = false;
    QStringList translations;   // one entry, or one per numerus form
    bool obsoleteElement = false;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(LSTMLAB_SOURCE_DIR "/resources/translations/lstm-lab_%1.ts").arg(language);
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && message.numerus) {
            messages.append(message); // after its <numerusform>s
            message = TsMessage{};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"obsolete" || name == u"oldsource") {
            message.obsoleteElement = true;
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                messages.append(message);
                message = TsMessage{};
            }
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

// %1 ... %99, %L1, %n, %Ln: each must survive translation.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        out << match.captured(0);
    out.removeDuplicates();
    out.sort();
    return out;
}

// The markup tags in order of name, with their counts: <b>, </b>, <sub>, <p ...> ... A line
// break <br> is left out: where a line breaks is the translation's to choose.
QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?([a-zA-Z0-9]+)[^>]*>"));
    QStringList out;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        if (match.captured(1).compare(QLatin1String("br"), Qt::CaseInsensitive) != 0)
            out << (match.captured(0).startsWith(QLatin1String("</")) ? u'/' + match.captured(1) : match.captured(1));
    out.sort();
    return out;
}

// Whether a menu or label text has a keyboard shortcut: "&File", "文件(&F)"; not "&&", not
// an entity such as "&nbsp;".
bool hasShortcut(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)\\S"));
    QString t = text;
    t.replace(QLatin1String("&&"), QString());
    return pattern.match(t).hasMatch();
}

QList<TsMessage> loadOrFail(const QString &language)
{
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void chineseCatalogueIsComplete();
    void translationsKeepPlaceholdersMarkupAndShortcuts_data();
    void translationsKeepPlaceholdersMarkupAndShortcuts();
    void englishCatalogueHoldsThePluralForms();
    void embeddedCataloguesLoad_data();
    void embeddedCataloguesLoad();
    void unknownLanguageIsRefused();
    void normalizesLanguageTags_data();
    void normalizesLanguageTags();
    void choosesTheLanguage_data();
    void choosesTheLanguage();
    void pluralFormsFollowTheCount();
    void qtOwnStringsAreTranslated();
    void languageChangeReachesWidgets();
    void windowBuiltInChineseHasAChineseTitle();
    void switchingLanguageKeepsTrainingRunning();
    void languageMenuRequestsWithoutSwitching();
    void confirmationIsAskedInBothLanguages();
    void signalCatalogTextsAreTranslated();
    void settingsRememberTheLanguage();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LSTM Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("lstm-lab-tst-translations"));
    QVERIFY(SettingsStore().fileName().contains(QStringLiteral(".qttest")));
}

void TestTranslations::init()
{
    SettingsStore settings;
    settings.clear();
    settings.sync();
}

void TestTranslations::chineseCatalogueIsComplete()
{
    const QList<TsMessage> messages = loadOrFail(QStringLiteral("zh_CN"));
    QVERIFY2(messages.size() > 300, qPrintable(QStringLiteral("only %1 messages").arg(messages.size())));
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(describe(m), m.type);
        else if (m.obsoleteElement)
            problems << QStringLiteral("%1 is obsolete").arg(describe(m));
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("%1 has no translation").arg(describe(m));
        else if (m.numerus && m.translations.size() != 1) // Chinese has one plural form
            problems << QStringLiteral("%1 has %2 plural forms").arg(describe(m)).arg(m.translations.size());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages are not done (run the "
                                                           "update_translations target, then translate):\n  %3")
                                                .arg(problems.size())
                                                .arg(messages.size())
                                                .arg(problems.mid(0, 20).join(QStringLiteral("\n  ")))));
}

void TestTranslations::translationsKeepPlaceholdersMarkupAndShortcuts_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en plural forms") << QStringLiteral("en");
}

void TestTranslations::translationsKeepPlaceholdersMarkupAndShortcuts()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = loadOrFail(language);
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    int checked = 0;
    for (const TsMessage &m : messages) {
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                continue; // English: only the plural forms are translated
            ++checked;
            QStringList expected = placeholders(m.source);
            if (m.numerus && !expected.contains(QLatin1String("%n")) && !expected.contains(QLatin1String("%Ln")))
                expected << QStringLiteral("%n");
            if (placeholders(t) != expected)
                problems << QStringLiteral("%1: placeholders %2 became %3")
                                .arg(describe(m), expected.join(u' '), placeholders(t).join(u' '));
            if (tags(t) != tags(m.source))
                problems << QStringLiteral("%1: markup %2 became %3")
                                .arg(describe(m), tags(m.source).join(u' '), tags(t).join(u' '));
            if (hasShortcut(m.source) != hasShortcut(t))
                problems << QStringLiteral("%1: keyboard shortcut lost or added in \"%2\"").arg(describe(m), t);
        }
    }
    QVERIFY(checked > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::englishCatalogueHoldsThePluralForms()
{
    const QList<TsMessage> messages = loadOrFail(QStringLiteral("en"));
    QVERIFY(!messages.isEmpty());
    int numerus = 0;
    for (const TsMessage &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        QVERIFY2(m.type.isEmpty() && m.translations.size() == 2 && !m.translations.contains(QString()),
                 qPrintable(describe(m) + QStringLiteral(" needs its singular and plural")));
        QVERIFY2(m.translations[0] != m.translations[1], qPrintable(describe(m)));
    }
    QVERIFY(numerus > 0);
}

void TestTranslations::embeddedCataloguesLoad_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::embeddedCataloguesLoad()
{
    QFETCH(QString, language);
    Translations translations;
    QString error;
    QVERIFY2(translations.setLanguage(language, &error), qPrintable(error));
    QCOMPARE(translations.language(), language);
    QCOMPARE(Translations::current(), language);
    QVERIFY(!Translations::nativeName(language).isEmpty());
}

void TestTranslations::unknownLanguageIsRefused()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    QString error;
    QVERIFY(!translations.setLanguage(QStringLiteral("fr"), &error));
    QVERIFY2(error.contains(QLatin1String("fr")) && error.contains(QLatin1String("zh_CN")), qPrintable(error));
    // Nothing changed.
    QCOMPARE(translations.language(), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::current(), QStringLiteral("zh_CN"));
}

void TestTranslations::normalizesLanguageTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("BCP 47 with script") << "zh-Hans-CN" << "zh_CN";
    QTest::newRow("plain zh") << "zh" << "zh_CN";
    QTest::newRow("Singapore") << "zh_SG" << "zh_CN";
    QTest::newRow("POSIX with codeset") << "zh_CN.UTF-8" << "zh_CN";
    QTest::newRow("Taiwan is not Simplified") << "zh_TW" << "";
    QTest::newRow("Hong Kong is not Simplified") << "zh-HK" << "";
    QTest::newRow("Traditional script") << "zh-Hant" << "";
    QTest::newRow("en") << "en" << "en";
    QTest::newRow("British, upper case") << "EN_gb" << "en";
    QTest::newRow("with modifier") << "en_US@euro" << "en";
    QTest::newRow("German is not spoken") << "de_DE" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("C locale") << "C" << "";
}

void TestTranslations::normalizesLanguageTags()
{
    QFETCH(QString, tag);
    QFETCH(QString, language);
    QCOMPARE(Translations::normalize(tag), language);
}

void TestTranslations::choosesTheLanguage_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system English") << "" << "" << "en_US" << "en";
    QTest::newRow("system Chinese") << "" << "" << "zh_CN" << "zh_CN";
    QTest::newRow("system Traditional Chinese: English") << "" << "" << "zh_TW" << "en";
    QTest::newRow("system German: English") << "" << "" << "de_DE" << "en";
    QTest::newRow("stored beats system") << "" << "zh_CN" << "en_US" << "zh_CN";
    QTest::newRow("stored English beats Chinese system") << "" << "en" << "zh_CN" << "en";
    QTest::newRow("--lang beats stored") << "zh_CN" << "en" << "en_US" << "zh_CN";
    QTest::newRow("--lang en beats everything") << "en" << "zh_CN" << "zh_CN" << "en";
    QTest::newRow("unsupported --lang passed over") << "fr" << "zh_CN" << "en_US" << "zh_CN";
    QTest::newRow("unsupported stored passed over") << "" << "xx" << "zh_CN" << "zh_CN";
}

void TestTranslations::choosesTheLanguage()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, stored);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::choose(commandLine, stored, QLocale(system)), expected);
}

void TestTranslations::pluralFormsFollowTheCount()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    const char *source = "Saved %n file(s) to %1";
    QCOMPARE(QCoreApplication::translate("ExportActions", source, nullptr, 1), QStringLiteral("Saved 1 file to %1"));
    QCOMPARE(QCoreApplication::translate("ExportActions", source, nullptr, 3), QStringLiteral("Saved 3 files to %1"));
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    const QString chinese = QCoreApplication::translate("ExportActions", source, nullptr, 3);
    QVERIFY2(hasHan(chinese) && chinese.contains(u'3') && chinese.contains(QLatin1String("%1")), qPrintable(chinese));
}

void TestTranslations::qtOwnStringsAreTranslated()
{
    const QString catalogue = Translations::qtTranslationsPath() + QStringLiteral("/qtbase_zh_CN.qm");
    QVERIFY2(QFileInfo::exists(catalogue),
             qPrintable(catalogue + QStringLiteral(" is missing: install qt6-translations-l10n")));
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(translations.hasQtTranslation());
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(hasHan(cancel), qPrintable(cancel));

    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestTranslations::languageChangeReachesWidgets()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    LanguageMenu menu;
    QCOMPARE(menu.title(), QStringLiteral("&Language"));
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY2(hasHan(menu.title()), qPrintable(menu.title()));
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(menu.title(), QStringLiteral("&Language"));
}

void TestTranslations::windowBuiltInChineseHasAChineseTitle()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    {
        MainWindow window;
        QVERIFY2(hasHan(window.windowTitle()), qPrintable(window.windowTitle()));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (const QAction *menu : menus)
            QVERIFY2(hasHan(menu->text()), qPrintable(menu->text()));
        auto *languages = window.findChild<LanguageMenu *>();
        QVERIFY(languages);
        QCOMPARE(languages->ownerWindow(), &window);
        QVERIFY(languages->languageAction(QStringLiteral("zh_CN"))->isChecked());
        QVERIFY(!languages->languageAction(QStringLiteral("en"))->isChecked());
        // The menu's own entries read the same in every language.
        QCOMPARE(languages->languageAction(QStringLiteral("en"))->text(), QStringLiteral("English"));
    }
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow english;
    QVERIFY2(!hasHan(english.windowTitle()) && english.windowTitle().contains(QLatin1String("LSTM Lab")),
             qPrintable(english.windowTitle()));
}

// View > Language while the network trains: the window retranslates in place, training goes on.
void TestTranslations::switchingLanguageKeepsTrainingRunning()
{
    using State = TrainingSnapshot::State;
    constexpr int trainingTimeoutMs = 30000;
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window;
    // As the application answers the menu.
    connect(&window, &MainWindow::languageRequested, &window,
            [&translations](const QString &language) { QVERIFY(translations.setLanguage(language)); });
    auto *languages = window.findChild<LanguageMenu *>();
    auto *lossDock = window.findChild<QDockWidget *>(QStringLiteral("lossDock"));
    auto *trainAction = window.findChild<QAction *>(QStringLiteral("trainAction"));
    QVERIFY(languages && lossDock && trainAction);
    languages->setConfirmationEnabled(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(part<TrainingController>(window)->state(), State::Running, trainingTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > 0, trainingTimeoutMs);
    const QString englishDock = lossDock->windowTitle();
    const QString englishTrain = trainAction->text();
    QCOMPARE(englishDock, QStringLiteral("Loss"));
    QCOMPARE(englishTrain, QStringLiteral("&Pause"));

    for (const QString language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        languages->languageAction(language)->trigger();
        QCOMPARE(Translations::current(), language);
        if (language == QLatin1String("zh_CN")) {
            QTRY_VERIFY2(hasHan(lossDock->windowTitle()), qPrintable(lossDock->windowTitle()));
            QTRY_VERIFY2(hasHan(trainAction->text()), qPrintable(trainAction->text()));
            QVERIFY2(hasHan(window.menuBar()->actions().constFirst()->text()),
                     qPrintable(window.menuBar()->actions().constFirst()->text()));
        } else {
            QTRY_COMPARE(lossDock->windowTitle(), englishDock);
            QTRY_COMPARE(trainAction->text(), englishTrain);
        }
        QTRY_VERIFY(languages->languageAction(language)->isChecked());
        // The same run: still training, and its step count goes on growing.
        QCOMPARE(part<TrainingController>(window)->state(), State::Running);
        const long long step = window.lastSnapshot().step;
        QTRY_VERIFY_WITH_TIMEOUT(window.lastSnapshot().step > step, trainingTimeoutMs);
        QCOMPARE(part<TrainingController>(window)->state(), State::Running);
    }
    window.saveSettings();
    QCOMPARE(AppSettings::load().language, QStringLiteral("en"));
}

void TestTranslations::languageMenuRequestsWithoutSwitching()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    LanguageMenu menu;
    menu.setConfirmationEnabled(false);
    QCOMPARE(menu.currentLanguage(), QStringLiteral("en"));
    QCOMPARE(menu.actions().size(), Translations::languages().size());
    QSignalSpy requested(&menu, &LanguageMenu::languageRequested);

    menu.languageAction(QStringLiteral("zh_CN"))->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.takeFirst().at(0).toString(), QStringLiteral("zh_CN"));
    // The application switches, not the menu: English stays checked and installed.
    QVERIFY(menu.languageAction(QStringLiteral("en"))->isChecked());
    QVERIFY(!menu.languageAction(QStringLiteral("zh_CN"))->isChecked());
    QCOMPARE(Translations::current(), QStringLiteral("en"));

    // Choosing the current language asks for nothing.
    menu.languageAction(QStringLiteral("en"))->trigger();
    QCOMPARE(requested.count(), 0);
}

void TestTranslations::confirmationIsAskedInBothLanguages()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    const QString english = LanguageMenu::confirmationText(QStringLiteral("zh_CN"));
    QVERIFY2(english.startsWith(QStringLiteral("Switch LSTM Lab to 简体中文?")), qPrintable(english));
    const QString chinese = LanguageMenu::confirmationTextIn(QStringLiteral("zh_CN"), QStringLiteral("zh_CN"));
    QVERIFY2(chinese.contains(QStringLiteral("简体中文")) && chinese.contains(QStringLiteral("窗口")), qPrintable(chinese));
    QCOMPARE(LanguageMenu::confirmationTextIn(QStringLiteral("en"), QStringLiteral("en")),
             LanguageMenu::confirmationText(QStringLiteral("en")));
    // The window changes language in place: nothing is lost, so nothing warns of it.
    QVERIFY2(english.contains(QLatin1String("training goes on")), qPrintable(english));
}

void TestTranslations::signalCatalogTextsAreTranslated()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("zh_CN")));
    QStringList untranslated;
    const auto check = [&untranslated](const std::string &text) {
        const QString shown = SignalTexts::catalogText(text);
        if (!hasHan(shown))
            untranslated << QString::fromStdString(text);
    };
    for (const lstmlab::SignalInfo &info : lstmlab::SignalCatalog::all()) {
        check(info.description);
        for (const lstmlab::SignalParameter &p : info.parameters)
            check(p.description);
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("list these in ui/shell/translations.cpp and translate them:\n")
                        + untranslated.join(u'\n')));

    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    const std::string &description = lstmlab::SignalCatalog::all().front().description;
    QCOMPARE(SignalTexts::catalogText(description), QString::fromStdString(description));
}

void TestTranslations::settingsRememberTheLanguage()
{
    QCOMPARE(AppSettings::load().language, QString()); // the system's, until chosen
    AppSettings settings;
    settings.language = QStringLiteral("zh_CN");
    settings.save();
    QCOMPARE(AppSettings::load().language, QStringLiteral("zh_CN"));

    SettingsStore raw;
    raw.setValue(QStringLiteral("view/language"), QStringLiteral("klingon"));
    raw.sync();
    QCOMPARE(AppSettings::load().language, QString());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
