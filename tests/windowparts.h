#pragma once

// Finding a window's parts in a test: by type when the window has exactly one, by object name
// otherwise. The window wires its parts and does not hand them out; a test looks them up as a
// user would find them on screen. A part that is missing (or not unique) ends the test at once
// with its name, rather than crashing on a null pointer later.

#include <QList>
#include <QObject>
#include <QtGlobal>

template <class T>
T *part(const QObject &window)
{
    const QList<T *> found = window.findChildren<T *>();
    if (found.size() != 1)
        qFatal("expected one %s in %s, found %d", T::staticMetaObject.className(),
               qPrintable(window.objectName()), int(found.size()));
    return found.first();
}

template <class T>
T *part(const QObject &window, const char *objectName)
{
    T *found = window.findChild<T *>(QString::fromLatin1(objectName));
    if (!found)
        qFatal("no %s named %s in %s", T::staticMetaObject.className(), objectName,
               qPrintable(window.objectName()));
    return found;
}
