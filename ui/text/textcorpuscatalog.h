#pragma once

// The texts the window offers to learn from, ready at hand in Debian packages: the 300 Tang
// poems of fortunes-zh (the default) and the English fortunes of the `fortunes` package. Each
// entry names its file and the package that brings it, so that a missing one is said in words
// ("install fortunes-zh"), never a crash. Files are read with their ANSI colour escapes
// removed, as the headless run reads them.

#include <QString>
#include <QVector>

#include <memory>

namespace lstmlab {
class Corpus;
}

class TextCorpusCatalog
{
public:
    struct Entry {
        QString id;       // "tang300", "computers"
        QString fileName; // within the fortunes folder
        QString package;  // the Debian package that installs it
    };

    static QString defaultFolder(); // /usr/share/games/fortunes
    static QVector<Entry> entries();
    static QString title(const QString &id); // translated, for the chooser

    // The file of entry `id` in `folder`.
    static QString path(const QString &folder, const QString &id);

    struct Loaded {
        std::shared_ptr<const lstmlab::Corpus> corpus; // null when it could not be read
        QString error;                                 // then: why, and what to install
    };
    // Reads entry `id` from `folder`; a missing file names the package to install.
    static Loaded load(const QString &folder, const QString &id);
    // Reads any UTF-8 text file (ANSI escapes removed); a refused file gives the core's message.
    static Loaded loadFile(const QString &path);
};
