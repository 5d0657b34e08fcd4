#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

namespace {

// Asked in the chosen language too, so a learner who cannot read the current one still can.
const char *const switchQuestion = QT_TRANSLATE_NOOP(
    "LanguageMenu",
    "Switch LSTM Lab to %1? The window changes language at once: training goes on, and your "
    "settings and layout stay.");

QString translated(const char *source, const QString &language)
{
    QTranslator translator;
    QString text;
    if (Translations::loadCatalogue(translator, language))
        text = translator.translate("LanguageMenu", source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    for (const QString &language : Translations::languages()) {
        QAction *action = m_group->addAction(Translations::nativeName(language));
        action->setObjectName(QStringLiteral("language-") + language);
        action->setData(language);
        action->setCheckable(true);
        addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString()); });
    setCurrentLanguage(Translations::current());
    retranslate();
}

void LanguageMenu::setCurrentLanguage(const QString &language)
{
    m_current = language;
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == language);
}

QAction *LanguageMenu::languageAction(const QString &language) const
{
    for (QAction *action : m_group->actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

QString LanguageMenu::confirmationText(const QString &language)
{
    return tr(switchQuestion).arg(Translations::nativeName(language));
}

QString LanguageMenu::confirmationTextIn(const QString &language, const QString &inLanguage)
{
    return translated(switchQuestion, inLanguage).arg(Translations::nativeName(language));
}

void LanguageMenu::choose(const QString &language)
{
    const QString previous = m_current;
    // The application decides; until it has switched, the current language stays checked.
    setCurrentLanguage(previous);
    if (language == previous || (m_confirm && !confirm(language)))
        return;
    emit languageRequested(language);
}

QWidget *LanguageMenu::ownerWindow() const
{
    // Past the menus this one hangs from: they are popup windows of their own.
    QWidget *w = parentWidget();
    while (w && w->windowType() == Qt::Popup)
        w = w->parentWidget();
    return w ? w->window() : nullptr;
}

bool LanguageMenu::confirm(const QString &language)
{
    QMessageBox box(QMessageBox::Question, tr("Language"), confirmationText(language), QMessageBox::Cancel,
                    ownerWindow());
    const QString inTheirs = confirmationTextIn(language, language);
    if (inTheirs != box.text())
        box.setInformativeText(inTheirs);
    QPushButton *switchButton = box.addButton(tr("Switch to %1").arg(Translations::nativeName(language)),
                                              QMessageBox::AcceptRole);
    box.setDefaultButton(switchButton);
    box.exec();
    return box.clickedButton() == switchButton;
}

void LanguageMenu::retranslate()
{
    setCurrentLanguage(Translations::current());
    setTitle(tr("&Language"));
    setToolTip(tr("The language of LSTM Lab's window. The system's language is used until you choose one here."));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
