#include "quantitybox.h"

#include "gatepanel.h"
#include "gatevocabulary.h"

#include <QEvent>
#include <QListView>
#include <QStandardItemModel>

using lstmlab::Gate;
using lstmlab::RecurrentCell;

QuantityBox::QuantityBox(QWidget *parent) : QComboBox(parent)
{
    for (int k = 0; k < lstmlab::gateCount; ++k)
        addItem(QString());
    retranslate();
}

void QuantityBox::setCell(RecurrentCell cell)
{
    m_cell = cell;
    auto *items = qobject_cast<QStandardItemModel *>(model());
    auto *list = qobject_cast<QListView *>(view());
    for (int k = 0; k < lstmlab::gateCount; ++k) {
        const bool offered = lstmlab::cellHasGate(cell, Gate(k));
        if (items) // a hidden row could still be reached with the arrow keys: disabled, it is skipped
            items->item(k)->setEnabled(offered);
        if (list)
            list->setRowHidden(k, !offered);
    }
    retranslate();
}

Gate QuantityBox::available(Gate quantity) const
{
    return lstmlab::cellHasGate(m_cell, quantity) ? quantity : Gate::Hidden;
}

QString QuantityBox::name(Gate quantity) const
{
    if (m_cell == RecurrentCell::Lstm || !lstmlab::cellHasGate(m_cell, quantity))
        return GatePanel::standardGateNames().value(int(quantity));
    return GateVocabulary().name(quantity, m_cell);
}

void QuantityBox::retranslate()
{
    for (int k = 0; k < lstmlab::gateCount; ++k)
        setItemText(k, name(Gate(k)));
}

void QuantityBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}
