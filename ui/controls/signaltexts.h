#pragma once

// The texts of the Qt-free core's signal catalogue (a signal's or parameter's description) in
// the current language. The core cannot mark its texts for translation, so they are listed in
// signaltexts.cpp word for word for lupdate, in the context "SignalCatalog".

#include <QString>

#include <string>

class SignalTexts
{
public:
    // text in the current language; the English text itself when it has no translation (the
    // core changed it since the catalogue was made).
    static QString catalogText(const std::string &text);
};
