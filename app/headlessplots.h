#pragma once

// The pictures of `lstm-lab --headless`: loss.png, prediction.png and gates.png, drawn by the
// window's own panels, offscreen, from the finished trainer.

#include "headlessrun.h"

#include <QString>
#include <QStringList>

class HeadlessPlots
{
public:
    // Writes the three PNGs into folder; names the files written, or says what failed.
    static bool write(const lstmlab::Trainer &trainer, const std::vector<lstmlab::LossRecord> &history,
                      const QString &folder, QStringList *written, QString *error);
};
