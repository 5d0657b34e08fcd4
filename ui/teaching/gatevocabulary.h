#pragma once

// The two ways LSTM Lab names the parts of an LSTM cell, as one value every panel asks for its
// labels. Standard: the names of PyTorch and most papers (input gate i, forget gate f, cell
// candidate g, output gate o, cell state c, hidden state h). Notes: the learn / forget /
// remember / use gates of Udacity's course, which the seed notes use:
//   learn gate    = g * i     (new information N_t times the ignore factor i_t)
//   forget gate   = f * c_{t-1} (the long-term memory LTM_{t-1} times the forget factor f_t)
//   remember gate = c_t       (the new long-term memory LTM_t = forget + learn output)
//   use gate      = h_t = o * tanh(c_t) (the new short-term memory STM_t)
// The notes' gates are products and sums, not the six traced values, so each heatmap is named
// by the part of a notes gate it holds ("learn gate: ignore factor i", ...); mappingHtml()
// says so once for the help. Every text goes through tr().

#include "gatetrace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class GateVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(GateVocabulary)

public:
    enum class Kind { Standard, Notes };
    // The notes' four gates, for headings.
    enum class NotesGate { Learn, Forget, Remember, Use };

    explicit GateVocabulary(Kind kind = Kind::Standard) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isNotes() const { return m_kind == Kind::Notes; }

    // How a setting stores the kind ("standard", "notes"), and back; unknown text gives fallback.
    static QString key(Kind kind);
    static Kind fromKey(const QString &key, Kind fallback = Kind::Standard);
    // The menu entry choosing a kind, and what it does, for its tooltip.
    static QString menuText(Kind kind);
    static QString menuToolTip(Kind kind);

    // Heatmap titles, plain text, order i, f, g, o, c, h.
    QString name(lstmlab::Gate gate) const;
    QStringList names() const;
    // One-line (plain) and What's This (rich) explanations of each heatmap, same order.
    QString toolTip(lstmlab::Gate gate) const;
    QStringList toolTips() const;
    QString whatsThis(lstmlab::Gate gate) const;
    QStringList whatsThisTexts() const;

    // Rich-text symbols: the value at step t, and the state carried in from step t-1
    // (c and h only; the gates themselves are not carried).
    QString symbol(lstmlab::Gate gate) const;
    QString previousSymbol(lstmlab::Gate gate) const;
    // Short rich-text noun for a gate in sentences ("the input gate", "the ignore factor").
    QString noun(lstmlab::Gate gate) const;

    static QString notesGateName(NotesGate gate);

    // The same for the slots of any cell (gatetrace.h): the LSTM's as above; the GRU's reset
    // gate r, update gate z, candidate n and hidden state h, and the plain RNN's hidden state h,
    // with plain names in both vocabularies (the notes' STM for h). A slot the cell does not
    // have gives an empty text; the lists keep the six slots.
    QString name(lstmlab::Gate gate, lstmlab::RecurrentCell cell) const;
    QStringList names(lstmlab::RecurrentCell cell) const;
    QString toolTip(lstmlab::Gate gate, lstmlab::RecurrentCell cell) const;
    QStringList toolTips(lstmlab::RecurrentCell cell) const;
    QString whatsThis(lstmlab::Gate gate, lstmlab::RecurrentCell cell) const;
    QStringList whatsThisTexts(lstmlab::RecurrentCell cell) const;
    QString symbol(lstmlab::Gate gate, lstmlab::RecurrentCell cell) const;
    QString previousSymbol(lstmlab::Gate gate, lstmlab::RecurrentCell cell) const;
    // "LSTM", "GRU", "plain RNN", for sentences and titles.
    static QString cellTitle(lstmlab::RecurrentCell cell);

    // The mapping between both vocabularies, as a rich-text table with a paragraph on how
    // each heatmap is labelled, for the help.
    static QString mappingHtml();

private:
    Kind m_kind = Kind::Standard;
};
