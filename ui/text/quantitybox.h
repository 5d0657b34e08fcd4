#pragma once

// The "Shows:" / "Value:" box of the text task's views: which value of a unit to show, one item
// per slot of a gate trace (core/nn/gatetrace.h), item k being Gate(k). Only the slots of the
// trace's cell are offered (tracedGates(): the LSTM's i, f, g, o, c, h, the GRU's r, z, n, h,
// the plain RNN's h), named in that cell's words; the others are hidden.

#include "gatetrace.h"

#include <QComboBox>

class QuantityBox : public QComboBox
{
    Q_OBJECT

public:
    explicit QuantityBox(QWidget *parent = nullptr);

    // Offers the slots of `cell` (their names and nothing else).
    void setCell(lstmlab::RecurrentCell cell);
    lstmlab::RecurrentCell cell() const { return m_cell; }
    // `quantity` when the cell has it, else its hidden state h (which every cell has).
    lstmlab::Gate available(lstmlab::Gate quantity) const;
    // The name of a slot in the words of the cell.
    QString name(lstmlab::Gate quantity) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    lstmlab::RecurrentCell m_cell = lstmlab::RecurrentCell::Lstm;
};
