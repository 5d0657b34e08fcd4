#include "divergencenotice.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

double DivergenceNotice::lowerLearningRate(double rate)
{
    const double lowered = rate / 10.0;
    const double decade = std::pow(10.0, std::floor(std::log10(lowered)));
    double rounded = decade;
    for (double m : {1.0, 2.0, 5.0})
        if (m * decade <= lowered * (1 + 1e-9))
            rounded = m * decade;
    return std::max(rounded, lstmlab::TrainConfig::learningRateRange.min);
}

double DivergenceNotice::suggestedClipNorm(double clipNorm)
{
    return clipNorm > 0.0 ? clipNorm / 2.0 : 1.0;
}

QString DivergenceNotice::html(const QString &message, const lstmlab::TrainConfig &train)
{
    // The core says "<what> at step N (learning rate r): training diverged; ... kept. <advice>":
    // keep what happened and say the rest here, with the window's own names.
    static const QRegularExpression account(QStringLiteral("^(.*) at step (\\d+) \\(learning rate [^)]*\\)"));
    const QRegularExpressionMatch match = account.match(message);
    QString happened;
    if (match.hasMatch()) {
        const long long step = match.captured(2).toLongLong();
        happened = tr("%1 at step %2. The weights after step %3, the last finite ones, were kept.")
                       .arg(match.captured(1).toHtmlEscaped())
                       .arg(step)
                       .arg(step - 1);
    } else {
        happened = message.toHtmlEscaped();
    }

    const QString rate = tr("a smaller learning rate (now %1; try %2)")
                             .arg(number(train.learningRate), number(lowerLearningRate(train.learningRate)));
    const QString clip = train.clipNorm > 0.0
        ? tr("a tighter <i>Clip gradient norm</i> (now %1; try %2)")
              .arg(number(train.clipNorm), number(suggestedClipNorm(train.clipNorm)))
        : tr("turn on <i>Clip gradient norm</i> under Training (try %1), which caps how far one "
             "batch can move the weights").arg(number(suggestedClipNorm(train.clipNorm)));
    return tr("<b>Training diverged and stopped</b>: %1<br><b>What to change:</b> %2, or %3. Then "
              "press <i>Train</i> to go on from the kept weights, or <i>Reset</i> to start over.")
        .arg(happened, rate, clip);
}
