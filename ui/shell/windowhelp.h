#pragma once

// The help texts of the main window's parts whose own classes do not give them: a tooltip
// (what it is) and a What's This text (what it shows and what to look for) for the
// controls, the charts, the window-selection row, the toolbar actions, the docks and the
// status bar. apply() finds them in the window by class and object name and only fills
// what is missing (or replaces its own texts, when applied again after a language change),
// so a class that explains itself keeps its own words. unexplained() lists
// the controls and panels of a window still lacking either text, for tests.

#include <QCoreApplication>
#include <QList>

class QWidget;

class WindowHelp
{
    Q_DECLARE_TR_FUNCTIONS(WindowHelp)

public:
    static void apply(QWidget &window);
    // Visible controls (buttons, spin boxes, combo boxes, sliders, check boxes, progress bars)
    // and panels (charts, heatmaps, text views) under root without a tooltip or a What's This,
    // neither their own nor their direct parent's (which Qt shows for a part of a compound
    // widget). Qt's internal widgets ("qt_" names), scroll bars and item-view parts are left out.
    static QList<QWidget *> unexplained(QWidget *root);
};
