#include "gatevocabulary.h"

using lstmlab::Gate;
using lstmlab::gateCount;
using lstmlab::RecurrentCell;

QString GateVocabulary::key(Kind kind)
{
    return kind == Kind::Notes ? QStringLiteral("notes") : QStringLiteral("standard");
}

GateVocabulary::Kind GateVocabulary::fromKey(const QString &key, Kind fallback)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("notes"))
        return Kind::Notes;
    if (k == QLatin1String("standard"))
        return Kind::Standard;
    return fallback;
}

QString GateVocabulary::menuText(Kind kind)
{
    return kind == Kind::Notes ? tr("&Learn, Forget, Remember, Use (as in the Notes)")
                               : tr("&Standard Names (Input, Forget, Candidate, Output)");
}

QString GateVocabulary::menuToolTip(Kind kind)
{
    return kind == Kind::Notes
        ? tr("Name the gates as the seed notes and Udacity's course do: learn gate (new "
             "information N and ignore factor i), forget gate, remember gate (long-term memory "
             "LTM) and use gate (short-term memory STM).")
        : tr("Name the gates as PyTorch and most papers do: input gate i, forget gate f, cell "
             "candidate g, output gate o, cell state c and hidden state h.");
}

QString GateVocabulary::name(Gate gate) const
{
    if (isNotes()) {
        switch (gate) {
        case Gate::Input: return tr("learn gate: ignore factor i");
        case Gate::Forget: return tr("forget gate: forget factor f");
        case Gate::Cell: return tr("learn gate: new information N (g)");
        case Gate::Output: return tr("use gate: output factor o");
        case Gate::CellState: return tr("remember gate: LTM (c)");
        case Gate::Hidden: return tr("use gate: STM (h)");
        }
    }
    switch (gate) {
    case Gate::Input: return tr("input gate i");
    case Gate::Forget: return tr("forget gate f");
    case Gate::Cell: return tr("cell candidate g");
    case Gate::Output: return tr("output gate o");
    case Gate::CellState: return tr("cell state c");
    case Gate::Hidden: return tr("hidden state h");
    }
    return QString();
}

QStringList GateVocabulary::names() const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << name(Gate(gate));
    return out;
}

QString GateVocabulary::toolTip(Gate gate) const
{
    if (isNotes()) {
        switch (gate) {
        case Gate::Input:
            return tr("Learn gate, ignore factor i (0 … 1): the share of the new information N "
                      "the unit learns at each step; the learn gate's output is N·i. Near 0 it "
                      "ignores what it sees. (Standard name: input gate i.)");
        case Gate::Forget:
            return tr("Forget gate, forget factor f (0 … 1): the share of the long-term memory "
                      "LTM kept from the step before; the forget gate's output is LTM·f. Near 1 "
                      "the unit remembers, near 0 it forgets. (Standard name: forget gate f.)");
        case Gate::Cell:
            return tr("Learn gate, new information N (−1 … 1): what the unit could learn now "
                      "from the short-term memory STM and the input. It is learned scaled by the "
                      "ignore factor i. (Standard name: cell candidate g.)");
        case Gate::Output:
            return tr("Use gate, output factor o (0 … 1): how much of the long-term memory the "
                      "unit uses as its output STM = o·tanh(LTM). (Standard name: output gate o.)");
        case Gate::CellState:
            return tr("Remember gate output, the long-term memory LTM: LTM = LTM_prev·f + N·i, "
                      "what the forget gate kept plus what the learn gate learned. Not limited "
                      "to −1 … 1. (Standard name: cell state c.)");
        case Gate::Hidden:
            return tr("Use gate output, the short-term memory STM (−1 … 1): the layer's output, "
                      "STM = o·tanh(LTM). The next step, the next layer and the prediction see "
                      "only this. (Standard name: hidden state h.)");
        }
    }
    switch (gate) {
    case Gate::Input:
        return tr("Input gate i (0 … 1): how much of the cell candidate g is written into the "
                  "cell at each time step. Near 1 the unit takes in new information; near 0 it "
                  "ignores the input.");
    case Gate::Forget:
        return tr("Forget gate f (0 … 1): how much of the previous cell state is kept. Near 1 "
                  "the unit keeps its memory; near 0 it forgets it.");
    case Gate::Cell:
        return tr("Cell candidate g (−1 … 1): the new content proposed for the cell, computed "
                  "from the input and the previous hidden state. It enters the cell scaled by i.");
    case Gate::Output:
        return tr("Output gate o (0 … 1): how much of the cell's memory is let out as the "
                  "hidden state h. Near 0 the unit keeps its memory to itself.");
    case Gate::CellState:
        return tr("Cell state c: the unit's memory, c = f·c_prev + i·g. It is not limited to "
                  "−1 … 1; the line under the title gives its actual range.");
    case Gate::Hidden:
        return tr("Hidden state h (−1 … 1): the layer's output, h = o·tanh(c). The next step, "
                  "the next layer and the prediction see only this.");
    }
    return QString();
}

QStringList GateVocabulary::toolTips() const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << toolTip(Gate(gate));
    return out;
}

QString GateVocabulary::whatsThis(Gate gate) const
{
    const QString inspect =
        tr("<p>Click a cell: the Gate Inspector shows how this unit computed it at that step, "
           "with the real numbers.</p>");
    if (isNotes()) {
        switch (gate) {
        case Gate::Input:
            return tr("<p><b>Learn gate, ignore factor i</b> = σ(W<sub>ii</sub>x<sub>t</sub> + "
                      "b<sub>ii</sub> + W<sub>hi</sub>STM<sub>t−1</sub> + b<sub>hi</sub>), between "
                      "0 and 1, bright = learn. Its standard name is the input gate i.</p>"
                      "<p>The learn gate joins the short-term memory STM<sub>t−1</sub> and the "
                      "current input x<sub>t</sub> into new information N and multiplies it by "
                      "this factor: N·i is what the unit learns at this step. Look for units "
                      "whose factor opens only at certain phases of the sine: they learn at "
                      "those moments. A unit stuck near 0 ignores everything.</p>")
                + inspect;
        case Gate::Forget:
            return tr("<p><b>Forget gate, forget factor f</b> = σ(W<sub>if</sub>x<sub>t</sub> + "
                      "b<sub>if</sub> + W<sub>hf</sub>STM<sub>t−1</sub> + b<sub>hf</sub>), between "
                      "0 and 1, bright = keep. Its standard name is the forget gate f.</p>"
                      "<p>The forget gate multiplies the long-term memory LTM<sub>t−1</sub> by f: "
                      "near 1 the unit remembers, near 0 it forgets. A row bright across the "
                      "whole window carries information over many steps; a dark column shows the "
                      "moment a unit wipes its memory.</p>")
                + inspect;
        case Gate::Cell:
            return tr("<p><b>Learn gate, new information N</b> = tanh(W<sub>ig</sub>x<sub>t</sub> "
                      "+ b<sub>ig</sub> + W<sub>hg</sub>STM<sub>t−1</sub> + b<sub>hg</sub>), "
                      "between −1 (blue) and 1 (red). Its standard name is the cell candidate g; "
                      "the notes call it N<sub>t</sub>.</p>"
                      "<p>What the unit could learn now. It reaches the long-term memory only "
                      "multiplied by the ignore factor i, so read it together with that map. "
                      "Values pinned at ±1 mean the unit is saturated.</p>")
                + inspect;
        case Gate::Output:
            return tr("<p><b>Use gate, output factor o</b> = σ(W<sub>io</sub>x<sub>t</sub> + "
                      "b<sub>io</sub> + W<sub>ho</sub>STM<sub>t−1</sub> + b<sub>ho</sub>), between "
                      "0 and 1, bright = use. Its standard name is the output gate o.</p>"
                      "<p>The use gate decides how much of the long-term memory becomes the "
                      "unit's output: STM<sub>t</sub> = o·tanh(LTM<sub>t</sub>). A unit can hold "
                      "something in LTM while o is closed and use it later. (Udacity's drawing "
                      "passes the memory through a small tanh layer of its own; in PyTorch's "
                      "LSTM, used here, it is tanh alone.)</p>")
                + inspect;
        case Gate::CellState:
            return tr("<p><b>Remember gate output: the long-term memory LTM</b>, "
                      "LTM<sub>t</sub> = LTM<sub>t−1</sub>·f + N·i. Its standard name is the cell "
                      "state c.</p><p>The remember gate adds what the forget gate kept and what "
                      "the learn gate learned. It has no fixed bounds: it grows when f stays near "
                      "1 and the learn gate keeps adding. The colours are symmetric around 0 "
                      "(blue negative, red positive), widened to cover the actual values. Slowly "
                      "drifting rows show units that accumulate the input over time.</p>")
                + inspect;
        case Gate::Hidden:
            return tr("<p><b>Use gate output: the short-term memory STM</b> = o·tanh(LTM), "
                      "between −1 (blue) and 1 (red). Its standard name is the hidden state h."
                      "</p><p>The layer's output: the gates of the next step read it as "
                      "STM<sub>t−1</sub>, the next layer reads it as its input, and the last "
                      "column of the last layer is what the prediction is made from. Rows that "
                      "follow the sine show units tracking the signal.</p>")
                + inspect;
        }
    }
    switch (gate) {
    case Gate::Input:
        return tr("<p><b>Input gate i</b> = σ(W<sub>ii</sub>x<sub>t</sub> + b<sub>ii</sub> + "
                  "W<sub>hi</sub>h<sub>t−1</sub> + b<sub>hi</sub>), between 0 and 1, bright = "
                  "open.</p><p>It decides how much of the cell candidate g enters the memory. "
                  "Look for units whose i opens only at certain phases of the sine: they write "
                  "into their memory at those moments. A unit stuck near 0 takes in nothing.</p>")
            + inspect;
    case Gate::Forget:
        return tr("<p><b>Forget gate f</b> = σ(W<sub>if</sub>x<sub>t</sub> + b<sub>if</sub> + "
                  "W<sub>hf</sub>h<sub>t−1</sub> + b<sub>hf</sub>), between 0 and 1, bright = "
                  "keep.</p><p>f near 1 means the unit keeps its memory from step to step; near 0 "
                  "it wipes it. Units with f near 1 across the whole window carry information "
                  "over many steps; a dark column shows the moment a unit resets.</p>")
            + inspect;
    case Gate::Cell:
        return tr("<p><b>Cell candidate g</b> = tanh(W<sub>ig</sub>x<sub>t</sub> + b<sub>ig</sub> "
                  "+ W<sub>hg</sub>h<sub>t−1</sub> + b<sub>hg</sub>), between −1 (blue) and 1 "
                  "(red).</p><p>The new content the unit could store. It only reaches the memory "
                  "where i is open, so read it together with the input gate map. Values pinned "
                  "at ±1 mean the unit is saturated.</p>")
            + inspect;
    case Gate::Output:
        return tr("<p><b>Output gate o</b> = σ(W<sub>io</sub>x<sub>t</sub> + b<sub>io</sub> + "
                  "W<sub>ho</sub>h<sub>t−1</sub> + b<sub>ho</sub>), between 0 and 1, bright = "
                  "open.</p><p>It decides how much of the memory is shown to the rest of the "
                  "network as h. A unit can hold something in c while o is closed and reveal it "
                  "later.</p>")
            + inspect;
    case Gate::CellState:
        return tr("<p><b>Cell state c</b>, c<sub>t</sub> = f·c<sub>t−1</sub> + i·g: the unit's "
                  "memory.</p><p>Unlike the gates it has no fixed bounds: it can grow when f "
                  "stays near 1 and i keeps adding. The colours are symmetric around 0 (blue "
                  "negative, red positive), widened to cover the actual values. Slowly drifting "
                  "rows show units that accumulate the input over time.</p>")
            + inspect;
    case Gate::Hidden:
        return tr("<p><b>Hidden state h</b> = o·tanh(c), between −1 (blue) and 1 (red).</p>"
                  "<p>The layer's output: the gates of the next step read it as h<sub>t−1</sub>, "
                  "the next layer reads it as its input, and the last column of the last layer "
                  "is what the prediction is made from. Rows that follow the sine show units "
                  "tracking the signal.</p>")
            + inspect;
    }
    return QString();
}

QStringList GateVocabulary::whatsThisTexts() const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << whatsThis(Gate(gate));
    return out;
}

QString GateVocabulary::symbol(Gate gate) const
{
    switch (gate) {
    case Gate::Input: return QStringLiteral("i<sub>t</sub>");
    case Gate::Forget: return QStringLiteral("f<sub>t</sub>");
    case Gate::Cell: return isNotes() ? QStringLiteral("N<sub>t</sub>") : QStringLiteral("g<sub>t</sub>");
    case Gate::Output: return QStringLiteral("o<sub>t</sub>");
    // LTM and STM abbreviate English words; a translation may use its own.
    case Gate::CellState: return isNotes() ? tr("LTM<sub>t</sub>") : QStringLiteral("c<sub>t</sub>");
    case Gate::Hidden: return isNotes() ? tr("STM<sub>t</sub>") : QStringLiteral("h<sub>t</sub>");
    }
    return QString();
}

QString GateVocabulary::previousSymbol(Gate gate) const
{
    switch (gate) {
    case Gate::CellState: return isNotes() ? tr("LTM<sub>t−1</sub>") : QStringLiteral("c<sub>t−1</sub>");
    case Gate::Hidden: return isNotes() ? tr("STM<sub>t−1</sub>") : QStringLiteral("h<sub>t−1</sub>");
    default: return symbol(gate);
    }
}

QString GateVocabulary::noun(Gate gate) const
{
    if (isNotes()) {
        switch (gate) {
        case Gate::Input: return tr("the ignore factor");
        case Gate::Forget: return tr("the forget factor");
        case Gate::Cell: return tr("the new information");
        case Gate::Output: return tr("the output factor");
        case Gate::CellState: return tr("the long-term memory");
        case Gate::Hidden: return tr("the short-term memory");
        }
    }
    switch (gate) {
    case Gate::Input: return tr("the input gate");
    case Gate::Forget: return tr("the forget gate");
    case Gate::Cell: return tr("the cell candidate");
    case Gate::Output: return tr("the output gate");
    case Gate::CellState: return tr("the cell state");
    case Gate::Hidden: return tr("the hidden state");
    }
    return QString();
}

QString GateVocabulary::notesGateName(NotesGate gate)
{
    switch (gate) {
    case NotesGate::Learn: return tr("Learn gate");
    case NotesGate::Forget: return tr("Forget gate");
    case NotesGate::Remember: return tr("Remember gate");
    case NotesGate::Use: return tr("Use gate");
    }
    return QString();
}

QString GateVocabulary::mappingHtml()
{
    const GateVocabulary standard(Kind::Standard);
    const GateVocabulary notes(Kind::Notes);
    QString rows;
    auto row = [&rows](const QString &a, const QString &b, const QString &c) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(a, b, c);
    };
    row(tr("<b>Learn gate</b>"), tr("new information N<sub>t</sub> times the ignore factor "
                                   "i<sub>t</sub>"),
        tr("g<sub>t</sub>·i<sub>t</sub>: the cell candidate times the input gate"));
    row(tr("<b>Forget gate</b>"), tr("the long-term memory LTM<sub>t−1</sub> times the forget "
                                    "factor f<sub>t</sub>"),
        tr("f<sub>t</sub>·c<sub>t−1</sub>: the forget gate times the previous cell state"));
    row(tr("<b>Remember gate</b>"), tr("the new long-term memory LTM<sub>t</sub>: forget gate "
                                      "output plus learn gate output"),
        tr("c<sub>t</sub> = f<sub>t</sub>·c<sub>t−1</sub> + i<sub>t</sub>·g<sub>t</sub>: the new "
           "cell state"));
    row(tr("<b>Use gate</b>"), tr("the new short-term memory STM<sub>t</sub>: the output factor "
                                 "times tanh(LTM<sub>t</sub>)"),
        tr("h<sub>t</sub> = o<sub>t</sub>·tanh(c<sub>t</sub>): the output gate times tanh of the "
           "cell state, the hidden state"));

    QString maps;
    for (int gate = 0; gate < gateCount; ++gate)
        maps += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(standard.name(Gate(gate)).toHtmlEscaped(), notes.name(Gate(gate)).toHtmlEscaped());

    return tr("<p>LSTM Lab speaks two vocabularies; <i>View › Gate Names</i> switches every "
              "label between them. The <b>standard names</b> are PyTorch's and most papers': "
              "input gate i, forget gate f, cell candidate g, output gate o, cell state c, "
              "hidden state h. The seed notes use the names of Udacity's course, where a "
              "<i>gate</i> is a whole step of the cell's work, products and sums included:</p>")
        + QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th>"
                         "<th>%2</th><th>%3</th></tr>%4</table>")
              .arg(tr("The notes say"), tr("meaning"), tr("in standard names"), rows)
        + tr("<p>The short-term memory STM is the hidden state h, the long-term memory LTM is "
             "the cell state c, and the notes' new information N<sub>t</sub> is the cell "
             "candidate g. The heatmaps show the six values the cell computes, and the notes' "
             "gates are made of them, so in the notes' vocabulary each map is named after the "
             "part of a gate it holds:</p>")
        + QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th>"
                         "<th>%2</th></tr>%3</table>")
              .arg(tr("standard"), tr("learn / forget / remember / use"), maps)
        + tr("<p>The learn gate's and the forget gate's outputs, g·i and f·c<sub>t−1</sub>, have "
             "no map of their own: the Gate Inspector computes both for the cell you click. "
             "Udacity's use gate also passes the memory through a small tanh layer with its own "
             "weights; PyTorch's LSTM, which LSTM Lab trains, applies tanh alone.</p>");
}

QString GateVocabulary::cellTitle(RecurrentCell cell)
{
    switch (cell) {
    case RecurrentCell::Gru: return tr("GRU");
    case RecurrentCell::Rnn: return tr("plain RNN");
    case RecurrentCell::Lstm: break;
    }
    return tr("LSTM");
}

QString GateVocabulary::name(Gate gate, RecurrentCell cell) const
{
    if (cell == RecurrentCell::Lstm)
        return name(gate);
    if (!lstmlab::cellHasGate(cell, gate))
        return QString();
    if (cell == RecurrentCell::Rnn)
        return isNotes() ? tr("memory: STM (h)") : tr("hidden state h");
    if (isNotes()) {
        switch (gate) {
        case Gate::Reset: return tr("reset gate: reset factor r");
        case Gate::Update: return tr("update gate: keep factor z");
        case Gate::Candidate: return tr("new information N (n)");
        default: return tr("memory: STM (h)");
        }
    }
    switch (gate) {
    case Gate::Reset: return tr("reset gate r");
    case Gate::Update: return tr("update gate z");
    case Gate::Candidate: return tr("candidate n");
    default: return tr("hidden state h");
    }
}

QStringList GateVocabulary::names(RecurrentCell cell) const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << name(Gate(gate), cell);
    return out;
}

QString GateVocabulary::toolTip(Gate gate, RecurrentCell cell) const
{
    if (cell == RecurrentCell::Lstm)
        return toolTip(gate);
    if (!lstmlab::cellHasGate(cell, gate))
        return QString();
    const bool notes = isNotes();
    if (cell == RecurrentCell::Rnn)
        return notes ? tr("Memory STM (−1 … 1): the plain RNN's output and its only memory, "
                          "STM = tanh(W·x + W·STM_prev + b): one tanh layer, no gates. (Standard name: "
                          "hidden state h.)")
                     : tr("Hidden state h (−1 … 1): the plain RNN's output and its only memory, "
                          "h = tanh(W_ih·x + b_ih + W_hh·h_prev + b_hh): one tanh layer, no gates.");
    switch (gate) {
    case Gate::Reset:
        return notes ? tr("Reset gate, reset factor r (0 … 1): how much of the memory STM_prev the new "
                          "information N reads. Near 0 N starts afresh from the input. (Standard name: "
                          "reset gate r.)")
                     : tr("Reset gate r (0 … 1): how much of the previous hidden state h_prev the "
                          "candidate n reads. Near 0 the candidate starts afresh from the input.");
    case Gate::Update:
        return notes ? tr("Update gate, keep factor z (0 … 1): the share of the memory STM_prev kept; "
                          "the rest, 1 − z, is replaced by the new information N. Near 1 the unit "
                          "remembers. (Standard name: update gate z.)")
                     : tr("Update gate z (0 … 1): how much of the previous hidden state is kept, "
                          "h = (1 − z)·n + z·h_prev. Near 1 the unit keeps its memory, and the "
                          "gradient passes back unchanged.");
    case Gate::Candidate:
        return notes ? tr("New information N (−1 … 1): what the unit could remember now, from the "
                          "input and the part of STM_prev the reset factor lets through. It enters "
                          "the memory scaled by 1 − z. (Standard name: candidate n.)")
                     : tr("Candidate n (−1 … 1): the new content, n = tanh(W_in·x + b_in + r·(W_hn·h_prev "
                          "+ b_hn)). It enters the hidden state scaled by 1 − z.");
    default:
        return notes ? tr("Memory STM (−1 … 1): the GRU's output and its only memory (it has no "
                          "separate long-term memory), STM = (1 − z)·N + z·STM_prev. (Standard name: "
                          "hidden state h.)")
                     : tr("Hidden state h (−1 … 1): the GRU's output and its only memory (it has no "
                          "cell state), h = (1 − z)·n + z·h_prev. The next step, the next layer and "
                          "the prediction see this.");
    }
}

QStringList GateVocabulary::toolTips(RecurrentCell cell) const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << toolTip(Gate(gate), cell);
    return out;
}

QString GateVocabulary::whatsThis(Gate gate, RecurrentCell cell) const
{
    if (cell == RecurrentCell::Lstm)
        return whatsThis(gate);
    if (!lstmlab::cellHasGate(cell, gate))
        return QString();
    return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(name(gate, cell).toHtmlEscaped(), toolTip(gate, cell).toHtmlEscaped())
        + tr("<p>Click a cell: the Gate Inspector shows how this unit computed it at that step, "
             "with the real numbers.</p>");
}

QStringList GateVocabulary::whatsThisTexts(RecurrentCell cell) const
{
    QStringList out;
    for (int gate = 0; gate < gateCount; ++gate)
        out << whatsThis(Gate(gate), cell);
    return out;
}

QString GateVocabulary::symbol(Gate gate, RecurrentCell cell) const
{
    if (cell == RecurrentCell::Lstm || gate == Gate::Hidden)
        return symbol(gate);
    switch (gate) {
    case Gate::Reset: return QStringLiteral("r<sub>t</sub>");
    case Gate::Update: return QStringLiteral("z<sub>t</sub>");
    case Gate::Candidate: return isNotes() ? QStringLiteral("N<sub>t</sub>") : QStringLiteral("n<sub>t</sub>");
    default: return QString();
    }
}

QString GateVocabulary::previousSymbol(Gate gate, RecurrentCell cell) const
{
    return gate == Gate::Hidden ? previousSymbol(gate) : symbol(gate, cell);
}
