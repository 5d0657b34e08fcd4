#include "guidedialog.h"

#include "network.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRubberBand>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using lstmlab::Gate;

namespace {

const char *const pictureUrls[GuideDialog::pictureCount] = {"live:prediction", "live:loss", "live:gates",
                                                            "live:inspector"};
const char *const unrolledUrl = "live:unrolled";
constexpr int figureWidth = 600; // the widest a picture is shown, in the page's pixels

QString targetKey(GuideDialog::Target target)
{
    switch (target) {
    case GuideDialog::Target::Units: return QStringLiteral("units");
    case GuideDialog::Target::Prediction: return QStringLiteral("prediction");
    case GuideDialog::Target::Loss: return QStringLiteral("loss");
    case GuideDialog::Target::Gates: return QStringLiteral("gates");
    case GuideDialog::Target::ForgetGate: return QStringLiteral("forget");
    case GuideDialog::Target::Inspector: return QStringLiteral("inspector");
    case GuideDialog::Target::Vocabulary: return QStringLiteral("vocabulary");
    case GuideDialog::Target::Batches: return QStringLiteral("batches");
    }
    return QString();
}

} // namespace

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenLinks(false);
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin-top: 18px; } p { margin-bottom: 6px; } "
                       "a { color: #1565c0; } td { padding: 3px; }"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("showme"))
            return;
        for (Target target : {Target::Units, Target::Prediction, Target::Loss, Target::Gates,
                              Target::ForgetGate, Target::Inspector, Target::Vocabulary, Target::Batches})
            if (url.path() == targetKey(target))
                emit showMeRequested(target);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 760);
    rebuild();
}

void GuideDialog::setModel(const lstmlab::ModelConfig &model)
{
    m_model = model;
    rebuild();
}

void GuideDialog::setVocabulary(const GateVocabulary &vocabulary)
{
    m_vocabulary = vocabulary;
    rebuild();
}

void GuideDialog::setPicture(Picture picture, const QImage &image)
{
    m_pictures[std::size_t(picture)] = image;
    rebuild();
}

QString GuideDialog::whyGatesHtml() const
{
    using lstmlab::RecurrentCell;
    const GateVocabulary standard(GateVocabulary::Kind::Standard);
    const GateVocabulary notes(GateVocabulary::Kind::Notes);
    // One row per value a cell computes: its standard name and the notes' name.
    const auto namesTable = [&](RecurrentCell cell) {
        QString rows;
        for (const Gate gate : lstmlab::tracedGates(cell))
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(standard.name(gate, cell).toHtmlEscaped(), notes.name(gate, cell).toHtmlEscaped());
        return QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th></tr>%3</table>")
            .arg(tr("standard"), tr("learn / forget / remember / use"), rows);
    };
    QString h;
    h += tr("<h2>Why gates: the plain RNN, the GRU and the LSTM</h2>");
    h += tr("<p>All three cells read the input x<sub>t</sub> and their previous output "
            "h<sub>t−1</sub>, with weights W and biases b in PyTorch's names; σ is the sigmoid and "
            "⊙ multiplies entry by entry. They differ in what decides how much of the memory is "
            "kept. The Cell box on the Network panel chooses one for the sine task (the text task "
            "uses the LSTM); your network uses the %1 now.</p>")
             .arg(GateVocabulary::cellTitle(m_model.cell));
    h += tr("<h3>The plain RNN (nn.RNN)</h3>");
    h += QStringLiteral("<p>h<sub>t</sub> = tanh(W<sub>ih</sub>x<sub>t</sub> + b<sub>ih</sub> + "
                        "W<sub>hh</sub>h<sub>t−1</sub> + b<sub>hh</sub>)</p>");
    h += tr("<p>One tanh layer and no gates: every step rewrites the whole memory. In the notes' "
            "words it has only a short-term memory STM.</p>");
    h += namesTable(RecurrentCell::Rnn);
    h += tr("<h3>The GRU (nn.GRU)</h3>");
    h += QStringLiteral("<p>r<sub>t</sub> = σ(W<sub>ir</sub>x<sub>t</sub> + b<sub>ir</sub> + W<sub>hr</sub>h<sub>t−1</sub> + b<sub>hr</sub>)<br>"
                        "z<sub>t</sub> = σ(W<sub>iz</sub>x<sub>t</sub> + b<sub>iz</sub> + W<sub>hz</sub>h<sub>t−1</sub> + b<sub>hz</sub>)<br>"
                        "n<sub>t</sub> = tanh(W<sub>in</sub>x<sub>t</sub> + b<sub>in</sub> + r<sub>t</sub> ⊙ (W<sub>hn</sub>h<sub>t−1</sub> + b<sub>hn</sub>))<br>"
                        "h<sub>t</sub> = (1 − z<sub>t</sub>) ⊙ n<sub>t</sub> + z<sub>t</sub> ⊙ h<sub>t−1</sub></p>");
    h += tr("<p>The reset gate r decides how much of the old memory the candidate n reads; the "
            "update gate z decides how much of the old memory is kept, and 1 − z how much of the "
            "candidate replaces it. The GRU has no separate cell state: h is its memory.</p>");
    h += namesTable(RecurrentCell::Gru);
    h += tr("<h3>The LSTM (nn.LSTM)</h3>");
    h += QStringLiteral("<p>i<sub>t</sub> = σ(W<sub>ii</sub>x<sub>t</sub> + b<sub>ii</sub> + W<sub>hi</sub>h<sub>t−1</sub> + b<sub>hi</sub>)<br>"
                        "f<sub>t</sub> = σ(W<sub>if</sub>x<sub>t</sub> + b<sub>if</sub> + W<sub>hf</sub>h<sub>t−1</sub> + b<sub>hf</sub>)<br>"
                        "g<sub>t</sub> = tanh(W<sub>ig</sub>x<sub>t</sub> + b<sub>ig</sub> + W<sub>hg</sub>h<sub>t−1</sub> + b<sub>hg</sub>)<br>"
                        "o<sub>t</sub> = σ(W<sub>io</sub>x<sub>t</sub> + b<sub>io</sub> + W<sub>ho</sub>h<sub>t−1</sub> + b<sub>ho</sub>)<br>"
                        "c<sub>t</sub> = f<sub>t</sub> ⊙ c<sub>t−1</sub> + i<sub>t</sub> ⊙ g<sub>t</sub><br>"
                        "h<sub>t</sub> = o<sub>t</sub> ⊙ tanh(c<sub>t</sub>)</p>");
    h += tr("<p>Four gate layers and a second state, the cell state c: the notes' long-term "
            "memory LTM, beside the short-term memory STM = h. The learn gate adds N·i, the "
            "forget gate keeps LTM·f, the remember gate sums them, the use gate lets out "
            "STM = o·tanh(LTM).</p>");
    h += namesTable(RecurrentCell::Lstm);
    h += tr("<h3>The vanishing gradient</h3>");
    h += tr("<p>Training sends the error back through the time steps. In the plain RNN the "
            "gradient that reaches a step k steps back has been multiplied k times by "
            "W<sub>hh</sub> and by the slope of tanh (at most 1), so it shrinks geometrically (or "
            "explodes): the network cannot learn what it saw long ago. This is the vanishing "
            "gradient. The LSTM's cell state and the GRU's update gate give the gradient a path on "
            "which it is only multiplied by f (or z): a gate held near 1 carries it over many "
            "steps almost unchanged.</p>");
    return h;
}

QString GuideDialog::plainText() const
{
    return m_browser->toPlainText();
}

QString GuideDialog::showMe(Target target, const QString &text) const
{
    return QStringLiteral("<a href='showme:%1'>%2</a>").arg(targetKey(target), text.toHtmlEscaped());
}

QString GuideDialog::figure(const QString &resource, const QImage &image, const QString &caption) const
{
    if (image.isNull())
        return QString();
    const qreal ratio = std::max<qreal>(1.0, image.devicePixelRatio());
    const int width = std::min(figureWidth, int(image.width() / ratio));
    return QStringLiteral("<p align='center'><img src='%1' width='%2'><br><i>%3</i></p>")
        .arg(resource)
        .arg(width)
        .arg(caption);
}

void GuideDialog::rebuild()
{
    setWindowTitle(tr("LSTM Lab Guide"));
    QTextDocument *doc = m_browser->document();
    for (int p = 0; p < pictureCount; ++p) {
        // Scaled here, smoothly: the page would scale with nearest-neighbour sampling.
        QImage image = m_pictures[std::size_t(p)];
        const qreal ratio = devicePixelRatioF();
        if (!image.isNull() && image.width() / std::max<qreal>(1.0, image.devicePixelRatio()) > figureWidth) {
            image = image.scaledToWidth(int(figureWidth * ratio), Qt::SmoothTransformation);
            image.setDevicePixelRatio(ratio);
        }
        doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(pictureUrls[p])), image);
    }
    const int T = m_model.timesteps;
    const int H = m_model.units;
    const int L = m_model.layers;
    const QImage unrolled = unrolledPicture(T, m_vocabulary, devicePixelRatioF());
    doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(unrolledUrl)), unrolled);

    const GateVocabulary standard(GateVocabulary::Kind::Standard);
    const GateVocabulary notes(GateVocabulary::Kind::Notes);
    const GateVocabulary &voc = m_vocabulary;
    const auto picture = [this](Picture p) { return m_pictures[std::size_t(p)]; };
    const auto url = [](Picture p) { return QString::fromLatin1(pictureUrls[int(p)]); };
    const qint64 parameters = qint64(lstmlab::Network<float>::parameterCount(m_model));
    const qint64 firstLayer = qint64(4) * H * (m_model.inputSize + H + 2);

    QString h;
    h += tr("<h1>How an LSTM learns a sine wave</h1>");
    h += tr("<p>This guide follows the notes LSTM Lab was built from. Every number in it is "
            "about the network you have now, and every picture is the window itself, taken "
            "when the guide was opened: train a little, then open the guide again to see them "
            "change. Links marked <i>show me</i> point at the part of the window they talk "
            "about.</p>");

    h += tr("<h2>The task</h2>");
    h += tr("<p>The network learns to predict the next sample of a sine wave from the %1 samples "
            "before it, as in the notes' TensorFlow example. It trains on sin(x) for x from 0 to "
            "100 (10 000 samples, windows of %1 samples, the label is the sample that follows) "
            "and is tested on x from 100 to 110, which it never sees while training.</p>")
             .arg(T);
    h += figure(url(Picture::Prediction), picture(Picture::Prediction),
                tr("The prediction chart: red is the network's guess for every test window, dashed "
                   "green the real signal (the sine here, or the one chosen in the Signal panel)."));
    h += tr("<p>%1: when the red curve lies on the green one, the network has learned. The shaded "
            "band is the input window whose gates the heatmaps show; the slider under the chart "
            "moves it.</p>")
             .arg(showMe(Target::Prediction, tr("Show me the prediction chart")));

    {
        const int windows = std::max(1, 10000 - T - 1);
        const int batches = (windows + 63) / 64;
        const int lastBatch = windows - (batches - 1) * 64;
        const QLocale locale = this->locale();
        h += tr("<h2>How the data is cut</h2>");
        h += tr("<p>The series is cut into <b>windows</b>: window n holds samples n … n+%1, and its "
                "<b>label</b> is the sample right after it, n+%2. A window slides by one sample, so "
                "10 000 samples give %3 windows (the last possible window is left out, as in the "
                "notes' <code>generate_data</code>).</p>")
                 .arg(T - 1).arg(T).arg(locale.toString(windows));
        h += tr("<p>The windows are handed out in <b>batches</b> of 64 consecutive windows, as the "
                "notes' <code>get_batches</code> does: %1 batches per epoch, the last one shorter "
                "(%2 windows). One training step is one batch: the network predicts all its labels "
                "at once and the weights move once. With <i>Shuffle</i> on, each epoch draws a new "
                "order of the windows, so a batch holds windows scattered over the whole series.</p>")
                 .arg(locale.toString(batches)).arg(locale.toString(lastBatch));
        h += tr("<p>The <b>Batches</b> panel (a tab beside the gate inspector) draws this: the "
                "training series, the windows of the batch just trained as shaded spans, each "
                "label as a red dot, and a strip with the whole series on top. Press Step to see "
                "the next batch.</p>");
        // A paragraph of its own, so that the paragraph above keeps its translation.
        h += QStringLiteral("<p>%1</p>").arg(showMe(Target::Batches, tr("Show me the Batches panel")));
    }

    h += tr("<h2>Why a recurrent network?</h2>");
    h += tr("<p>A sentence is more than its words one by one, and a video more than its frames: "
            "what comes next depends on what came before. A feed-forward network sees each input "
            "on its own. A recurrent network (RNN) reads a sequence one step at a time and "
            "carries a state from each step to the next, so it can remember what it has "
            "seen.</p>");
    h += tr("<p>A plain RNN forgets quickly: its state is rewritten at every step. An LSTM (long "
            "short-term memory) cell adds a second state, the cell state, which it changes only "
            "through gates that decide what to forget, what to learn and what to use. That is "
            "what lets it keep information over many steps.</p>");

    h += tr("<h2>The unrolled picture is one cell</h2>");
    h += figure(QString::fromLatin1(unrolledUrl), unrolled,
                tr("The same cell at every one of the %1 time steps.").arg(T));
    h += tr("<p>Pictures of RNNs usually draw a row of cells, one per time step. The notes stress "
            "the point that took their author longest: <b>these are not different cells</b>. It "
            "is one and the same cell, with the same weights, drawn once per time step to show "
            "how it works through the sequence. At step t it reads the input x<sub>t</sub> and "
            "its own state from step t−1 (%1 and %2), and hands its new state to step t+1.</p>")
             .arg(voc.previousSymbol(Gate::Hidden), voc.previousSymbol(Gate::CellState));
    h += tr("<p>The gate heatmaps show exactly this unrolled picture: each column is the cell at "
            "one time step, t = 0 (the oldest sample of the window) on the left to t = %1 on the "
            "right. The weights are the same in every column; only the inputs and the carried "
            "state differ. %2</p>")
             .arg(T - 1)
             .arg(showMe(Target::Gates, tr("Show me the heatmaps")));

    h += tr("<h2>What num_units means</h2>");
    h += tr("<p>The notes' first puzzle: <code>LSTMCell(num_units)</code> does <b>not</b> make "
            "num_units cells. num_units is the number of <b>neurons in each of the cell's four "
            "gate layers</b>: the sigmoid layers of the input gate i, the forget gate f and the "
            "output gate o, and the tanh layer of the cell candidate g. Each of them has "
            "num_units neurons, and so the cell state c and the hidden state h, the cell's "
            "output, have num_units entries each.</p>");
    h += tr("<p>Your network now has <b>num_units = %1</b>: each gate layer has %1 neurons, each "
            "heatmap has %1 rows (one per neuron, called a unit), and every layer outputs %1 "
            "numbers at every step. Each of its %n layer(s) has a weight matrix W<sub>ih</sub> of "
            "4·%1 × (its input width) and W<sub>hh</sub> of 4·%1 × %1, plus two biases of 4·%1: "
            "%2 parameters in the first layer, %3 in the whole network with the dense head. "
            "%4</p>", nullptr, L)
             .arg(H)
             .arg(QLocale().toString(firstLayer), QLocale().toString(parameters))
             .arg(showMe(Target::Units, tr("Show me num_units")));

    h += tr("<h2>The gates, in two vocabularies</h2>");
    h += tr("<p>For every unit and every time step the cell computes, from x<sub>t</sub> and "
            "h<sub>t−1</sub>:</p>");
    h += QStringLiteral("<p style='margin-left:20px'>")
        + tr("i<sub>t</sub> = σ(W<sub>ii</sub>x<sub>t</sub> + b<sub>ii</sub> + "
             "W<sub>hi</sub>h<sub>t−1</sub> + b<sub>hi</sub>)&nbsp;&nbsp;%1<br>"
             "f<sub>t</sub> = σ(W<sub>if</sub>x<sub>t</sub> + b<sub>if</sub> + "
             "W<sub>hf</sub>h<sub>t−1</sub> + b<sub>hf</sub>)&nbsp;&nbsp;%2<br>"
             "g<sub>t</sub> = tanh(W<sub>ig</sub>x<sub>t</sub> + b<sub>ig</sub> + "
             "W<sub>hg</sub>h<sub>t−1</sub> + b<sub>hg</sub>)&nbsp;&nbsp;%3<br>"
             "o<sub>t</sub> = σ(W<sub>io</sub>x<sub>t</sub> + b<sub>io</sub> + "
             "W<sub>ho</sub>h<sub>t−1</sub> + b<sub>ho</sub>)&nbsp;&nbsp;%4<br>"
             "c<sub>t</sub> = f<sub>t</sub>·c<sub>t−1</sub> + i<sub>t</sub>·g<sub>t</sub>"
             "&nbsp;&nbsp;%5<br>"
             "h<sub>t</sub> = o<sub>t</sub>·tanh(c<sub>t</sub>)&nbsp;&nbsp;%6")
              .arg(standard.name(Gate::Input).toHtmlEscaped(), standard.name(Gate::Forget).toHtmlEscaped(),
                   standard.name(Gate::Cell).toHtmlEscaped(), standard.name(Gate::Output).toHtmlEscaped(),
                   standard.name(Gate::CellState).toHtmlEscaped(), standard.name(Gate::Hidden).toHtmlEscaped())
        + QStringLiteral("</p>");
    h += tr("<p>σ squashes any number into 0 … 1, so i, f and o are shares: 0 shuts, 1 lets "
            "everything through. tanh squashes into −1 … 1.</p>");
    h += tr("<p>The notes describe the same cell with four gates:</p><ul>"
            "<li><b>%1</b>: a tanh layer makes new information N<sub>t</sub> from the short-term "
            "memory and the current input, a sigmoid layer makes the ignore factor "
            "i<sub>t</sub>; the gate's output is N<sub>t</sub>·i<sub>t</sub>. Its output has "
            "num_units entries, and the gate is both layers with their product, not either layer "
            "alone.</li>"
            "<li><b>%2</b>: the long-term memory LTM<sub>t−1</sub> times the forget factor "
            "f<sub>t</sub>.</li>"
            "<li><b>%3</b>: adds the two, giving the new long-term memory LTM<sub>t</sub>.</li>"
            "<li><b>%4</b>: the new short-term memory STM<sub>t</sub>, the output factor "
            "o<sub>t</sub> times tanh of the memory.</li></ul>")
             .arg(GateVocabulary::notesGateName(GateVocabulary::NotesGate::Learn),
                  GateVocabulary::notesGateName(GateVocabulary::NotesGate::Forget),
                  GateVocabulary::notesGateName(GateVocabulary::NotesGate::Remember),
                  GateVocabulary::notesGateName(GateVocabulary::NotesGate::Use));
    h += GateVocabulary::mappingHtml();
    h += tr("<p>You are using the <b>%1</b> now. %2</p>")
             .arg(voc.isNotes() ? tr("learn / forget / remember / use names") : tr("standard names"),
                  showMe(Target::Vocabulary, tr("Show me where to switch")));

    h += whyGatesHtml();

    h += tr("<h2>Reading the gate heatmaps</h2>");
    if (m_model.cell != lstmlab::RecurrentCell::Lstm)
        h += tr("<p>Your network is a %1 now: its heatmaps show %2 instead of the LSTM's six maps "
                "described below, and there is no cell state c.</p>")
                 .arg(GateVocabulary::cellTitle(m_model.cell),
                      voc.names(m_model.cell).filter(QRegularExpression(QStringLiteral("."))).join(tr(", ")).toHtmlEscaped());
    h += figure(url(Picture::Gates), picture(Picture::Gates),
                tr("The six heatmaps of one layer for the shaded input window."));
    h += tr("<p>One layer's six maps: %1, %2, %3, %4, %5 and %6. In each, a row is a unit and a "
            "column a time step. Bright cells of a gate are open, dark ones shut; for g, c and h "
            "red is positive and blue negative. The layer selector above the maps chooses the "
            "layer; layer 1 reads the sine, each further layer reads the h of the one below.</p>")
             .arg(voc.name(Gate::Input).toHtmlEscaped(), voc.name(Gate::Forget).toHtmlEscaped(),
                  voc.name(Gate::Cell).toHtmlEscaped(), voc.name(Gate::Output).toHtmlEscaped(),
                  voc.name(Gate::CellState).toHtmlEscaped(), voc.name(Gate::Hidden).toHtmlEscaped());
    h += tr("<p>What to look for: rows of the forget gate that stay bright across the window are "
            "units that keep their memory; the cell state of such units drifts slowly. Units "
            "whose input gate opens only at some phases of the sine write to their memory at "
            "those moments. Rows of h that follow the sine, or follow it shifted, are what the "
            "prediction is made from. %1</p>")
             .arg(showMe(Target::ForgetGate, tr("Show me a forget gate cell")));

    h += tr("<h2>The gate inspector</h2>");
    h += figure(url(Picture::Inspector), picture(Picture::Inspector),
                tr("The gate inspector for the selected cell."));
    h += tr("<p>Click any cell of a heatmap and the inspector writes out that unit's equations "
            "with the real numbers: each gate's part from the input x<sub>t</sub> (blue) and "
            "from the previous step (orange), the squashed result, then how the cell state and "
            "the output follow, with a sentence reading each number: <i>the forget gate keeps "
            "70% of the old memory</i>. The numbers follow the training live. Use its Unit and "
            "Step boxes to walk through the window step by step. %1</p>")
             .arg(showMe(Target::Inspector, tr("Show me the inspector")));

    h += tr("<h2>The loss</h2>");
    h += figure(url(Picture::Loss), picture(Picture::Loss),
                tr("The loss chart: the error of each training step and of the test set."));
    h += tr("<p>The loss is the mean squared error between prediction and label. The thin line is "
            "each training batch; the points are the whole test set after each epoch. The scale "
            "is logarithmic: each labelled line down is ten times smaller. A falling curve "
            "means learning; a curve that jumps up and stays up means the learning rate is too "
            "large. %1</p>")
             .arg(showMe(Target::Loss, tr("Show me the loss chart")));

    h += tr("<h2>Lessons</h2>");
    h += tr("<p>The Lessons menu (and the Lesson tab on the left) holds short experiments, each "
            "about one idea: why the forget gate keeps memory, what too few units cannot do, "
            "long windows, dropout. A lesson sets the network and the pace for you, says what to "
            "watch, and offers a button to retrain with the one setting changed, so that you can "
            "see the difference. Training > Pause After Each Epoch stops after every pass so "
            "that you can look before it goes on.</p>");

    h += tr("<h2>Signals</h2>");
    h += tr("<p>The sine is the seed's task, but not the only one. The Signal tab offers a "
            "square wave, a sawtooth, a damped sine, a sum of sines, noise on top of any of "
            "them, or your own series from a CSV file. A new signal trains a new network. Noise "
            "shows what a network does with samples it cannot predict: it learns the shape and "
            "ignores the noise, or, too large, learns the noise too.</p>");

    h += tr("<h2>Dropout</h2>");
    h += tr("<p>Dropout sets a share of each layer's outputs to zero at random in every training "
            "step (0.5: half of them), and scales the rest up, so that no unit can rely on one "
            "other unit. It fights overfitting in large networks trained on little data (the "
            "Anna Karenina network of the notes uses a keep probability of 0.5). On the sine it "
            "mostly makes the training loss noisier; the test MSE is measured without it.</p>");

    h += tr("<h2>Letting the network run free</h2>");
    h += tr("<p>Normally every prediction starts from a window of real samples. With <i>Let the "
            "network run free</i> checked, the network is fed its own predictions instead, from "
            "the first test window on, and the purple curve shows where it goes on its own. "
            "Trained only to guess one step ahead from real samples, it lets small errors add "
            "up: the curve drifts or settles to a flat line. A curve that keeps its shape shows "
            "that the network has learned the signal's rhythm, not just to copy the last "
            "sample.</p>");

    h += tr("<h2>Help everywhere</h2>");
    h += tr("<p>Rest the mouse on any control or panel for a short explanation. For a longer "
            "one, press Shift+F1 (or choose Help › What's This?) and click the control. Change "
            "num_units, the layers or the time steps on the left and watch a new network learn "
            "from scratch.</p>");

    m_html = h;
    const int position = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(h);
    m_browser->verticalScrollBar()->setValue(position);
}

QImage GuideDialog::unrolledPicture(int timesteps, const GateVocabulary &vocabulary, qreal devicePixelRatio)
{
    timesteps = std::max(timesteps, 1);
    // Up to four cells; a longer window shows its first three steps, "…" and its last one.
    const bool ellipsis = timesteps > 4;
    const int columns = ellipsis ? 5 : timesteps;
    const int cellW = 70, cellH = 50, gap = 50, margin = 20, top = 72;
    const int width = std::max(margin * 2 + columns * cellW + (columns - 1) * gap, 420);
    const int height = top + cellH + 84;
    const qreal ratio = std::max<qreal>(1.0, devicePixelRatio);
    QImage image(QSize(int(width * ratio), int(height * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    const QColor ink(0x30, 0x30, 0x30);
    const QColor inputColour(0x15, 0x65, 0xc0);
    const QColor stateColour(0xb8, 0x54, 0x00);

    auto arrow = [&p](QPointF from, QPointF to, const QColor &colour) {
        p.setPen(QPen(colour, 1.6));
        p.drawLine(from, to);
        const QPointF d = to - from;
        const qreal length = std::hypot(d.x(), d.y());
        if (length <= 0)
            return;
        const QPointF u = d / length, n(-u.y(), u.x());
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to - u * 8 + n * 4);
        head.lineTo(to - u * 8 - n * 4);
        head.closeSubpath();
        p.fillPath(head, colour);
    };
    // "h" + "t" written with Unicode subscript digits: h₁₉.
    auto indexed = [](const QString &letter, int t) {
        QString out = letter;
        for (const QChar digit : QString::number(t))
            out += QChar(0x2080 + digit.digitValue());
        return out;
    };
    auto plain = [](QString html) {
        html.remove(QRegularExpression(QStringLiteral("<sub>.*</sub>")));
        return html;
    };
    const QString hName = plain(vocabulary.symbol(Gate::Hidden));
    const QString cName = plain(vocabulary.symbol(Gate::CellState));

    p.setPen(ink);
    p.drawText(QRectF(0, 4, width, 20), Qt::AlignCenter,
               tr("One LSTM cell A, the same weights, unrolled over %n time step(s)", nullptr, timesteps));
    for (int k = 0; k < columns; ++k) {
        const qreal x = margin + k * (cellW + gap);
        const QRectF cell(x, top, cellW, cellH);
        if (ellipsis && k == 3) {
            p.setPen(ink);
            p.drawText(cell, Qt::AlignCenter, QStringLiteral("…"));
        } else {
            const int t = ellipsis && k == 4 ? timesteps - 1 : k;
            p.setPen(QPen(ink, 1.4));
            p.setBrush(QColor(0xe3, 0xef, 0xfc));
            p.drawRoundedRect(cell, 8, 8);
            QFont bold = font;
            bold.setBold(true);
            bold.setPixelSize(16);
            p.setFont(bold);
            p.setPen(ink);
            p.drawText(cell, Qt::AlignCenter, tr("A"));
            p.setFont(font);
            arrow(QPointF(cell.center().x(), cell.bottom() + 30), QPointF(cell.center().x(), cell.bottom() + 3),
                  inputColour);
            p.setPen(inputColour);
            p.drawText(QRectF(cell.left() - 20, cell.bottom() + 32, cellW + 40, 18), Qt::AlignCenter,
                       indexed(QStringLiteral("x"), t));
            arrow(QPointF(cell.center().x(), cell.top() - 3), QPointF(cell.center().x(), cell.top() - 24), ink);
            p.setPen(ink);
            p.drawText(QRectF(cell.left() - 20, cell.top() - 44, cellW + 40, 18), Qt::AlignCenter,
                       indexed(hName, t));
        }
        if (k + 1 < columns) {
            const qreal y = cell.center().y();
            arrow(QPointF(cell.right() + 3, y), QPointF(cell.right() + gap - 3, y), stateColour);
        }
    }
    p.setPen(stateColour);
    p.drawText(QRectF(0, top + cellH + 58, width, 20), Qt::AlignCenter,
               tr("→ the state (%1, %2) carried from each step to the next").arg(cName, hName));
    p.end();
    return image;
}

void GuideDialog::flash(QWidget *widget)
{
    if (!widget || !widget->isVisible())
        return;
    QWidget *window = widget->window();
    auto *band = new QRubberBand(QRubberBand::Rectangle, window);
    band->setGeometry(QRect(widget->mapTo(window, QPoint(0, 0)), widget->size()).adjusted(-3, -3, 3, 3));
    band->show();
    band->raise();
    QPointer<QRubberBand> guard(band);
    QTimer::singleShot(1500, band, [guard] {
        if (guard)
            guard->deleteLater();
    });
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDialog::changeEvent(event);
}
