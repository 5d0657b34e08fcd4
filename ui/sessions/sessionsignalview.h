#pragma once

// What the session controller needs of the control that shows the window's signal (the
// signal panel implements it): the choice shown, to save it, and showing an opened session's
// choice, which may fail when its CSV file cannot be read again.

#include "sessionsignal.h"

class SessionSignalView
{
public:
    virtual ~SessionSignalView() = default;

    // The choice shown, as a session stores it.
    virtual SessionSignal sessionSignal() const = 0;
    // Shows signal for windows of `timesteps` samples without announcing a change. False, with
    // the reason in *error, when its CSV series cannot be read again: then nothing changed.
    virtual bool showSessionSignal(const SessionSignal &signal, int timesteps, QString *error) = 0;
};
