#include "signaltexts.h"

#include <QCoreApplication>

namespace {

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
    QT_TRANSLATE_NOOP("SignalCatalog", "A memory task: the series is random noise, and the network must output the "
                                       "sample it saw lag steps before the window's end. Only a network that carries "
                                       "that value along can do better than guessing 0."),
    QT_TRANSLATE_NOOP("SignalCatalog", "How many steps back the sample to recall lies, counted from the window's last "
                                       "sample: 1..timesteps - 1."),
    QT_TRANSLATE_NOOP("SignalCatalog", "The noise is uniform in (-A, A): guessing 0 always misses by A^2 / 3 on average."),
};

} // namespace

QString SignalTexts::catalogText(const std::string &text)
{
    return QCoreApplication::translate("SignalCatalog", text.c_str());
}
