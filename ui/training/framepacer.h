#pragma once

// How many snapshots a second the window asks the training worker for. Drawing a snapshot
// (the panels' updates and the repaint that follows) takes the GUI thread's time, and on a
// small machine the GUI thread, the display server and the worker share the cores: every
// millisecond spent drawing can be one taken from training. So the window draws at most
// maxRate frames a second, and never so many that drawing would take more than dutyCycle of
// the GUI thread's time, measured frame by frame and smoothed. A costly window (many panels,
// a large screen, a big model) is then redrawn less often, not slower to respond.

class FramePacer
{
public:
    static constexpr double defaultDutyCycle = 0.2;
    static constexpr double minRate = 4.0; // below this the panels would no longer look live

    explicit FramePacer(double maxRate = 30.0, double dutyCycle = defaultDutyCycle);

    void setMaxRate(double rate);   // the user's setting, frames per second
    double maxRate() const { return m_maxRate; }

    // The GUI thread's time for one frame, in seconds.
    void addFrameCost(double seconds);
    double frameCost() const { return m_cost; } // smoothed; 0 before the first frame

    // Frames per second to ask for: maxRate until frames have been measured, then
    // dutyCycle / frameCost(), within [minRate, maxRate] (maxRate when that is lower).
    double rate() const;

private:
    double m_maxRate;
    double m_dutyCycle;
    double m_cost = 0.0;
};
