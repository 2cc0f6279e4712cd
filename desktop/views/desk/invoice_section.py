"""The card's invoices: what is still unpaid in the title, the invoices as a sortable list, and the
billing system's own summary (collection agency, paid in 12 months) beneath.

The rows come with the card (CustomerCard.invoice_list, read in the audited card read): the newest
invoices, with the unpaid totals over all of them. Amounts are Finnish-formatted and right-aligned,
dates d.m.yyyy; an overdue unpaid invoice says so in its state and is drawn in the error colour.
Sorting by a column sorts by its value (date, cents), not by the text shown.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from desktop.ui.ui_invoices_section import Ui_InvoicesSection
from desktop.views.desk.card_sections import card_list, money, size_columns
from desktop.views.desk.common import fmt_date
from desktop.views.desk.labels import label
from desktop.views.style import ERROR

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER, DATE, DUE, AMOUNT, STATE, CONTRACT = range(6)


def euros(cents: int) -> str:
    """1 234,56 € (no-break spaces: the amount never wraps between its digits and the sign)."""
    return money(Decimal(cents).scaleb(-2))


def _severity(line: Any) -> int:
    """The state column sorts by how much attention an invoice needs: paid, open, overdue, in collection."""
    if line.state == "in_collection":
        return 3
    if line.state == "open":
        return 2 if line.overdue else 1
    return 0


class _Item(QTableWidgetItem):
    """A cell that sorts by its value (SORT_ROLE), so 9.12. comes after 10.1. and 99 € before 100 €."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return bool(mine < theirs)


class InvoicesSection(QWidget):
    """One tab of the card; ``show_card`` fills it, a language switch refills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: Any = None
        self.ui = Ui_InvoicesSection()
        self.ui.setupUi(self)
        bold = QFont(self.ui.title.font())
        bold.setBold(True)
        self.ui.title.setFont(bold)
        card_list(self.ui.invoice_list).horizontalHeader().setSortIndicatorShown(True)
        amount = self.ui.invoice_list.horizontalHeaderItem(AMOUNT)
        if amount is not None:
            amount.setTextAlignment(_RIGHT)
        self._retranslate_static()
        self.clear()

    def show_card(self, card: Any) -> None:
        self._card = card
        page = card.invoice_list
        if page.unpaid_count:
            title = QCoreApplication.translate("InvoicesSection", "Invoices: %n unpaid, {amount} in total", "",
                                               page.unpaid_count).format(amount=euros(page.unpaid_cents))
            if page.overdue_count:
                title += " · " + QCoreApplication.translate("InvoicesSection", "%n overdue", "", page.overdue_count)
        elif page.total_count:
            title = QCoreApplication.translate("InvoicesSection", "Invoices: nothing unpaid")
        else:
            title = QCoreApplication.translate("InvoicesSection", "Invoices: none")
        self.ui.title.setText(title)
        self.ui.invoice_list.setAccessibleDescription(title)
        self._fill(page.lines)
        shown = len(page.lines)
        self.ui.note.setVisible(shown < page.total_count)
        note = QCoreApplication.translate("InvoicesSection", "The newest {shown} of %n invoices are shown.", "",
                                          page.total_count)
        self.ui.note.setText(note.format(shown=shown))
        self.ui.summary.setText(self._summary_text(card.invoices))

    def clear(self) -> None:
        self._card = None
        self.ui.invoice_list.setSortingEnabled(False)
        self.ui.invoice_list.setRowCount(0)
        self.ui.title.setText(QCoreApplication.translate("InvoicesSection", "Invoices"))
        self.ui.invoice_list.setAccessibleDescription("")
        self.ui.note.hide()
        self.ui.summary.clear()

    # -- filling ---------------------------------------------------------------------------------

    def _fill(self, lines: Any) -> None:
        table = self.ui.invoice_list
        table.setSortingEnabled(False)  # rows would move while they are being set
        table.setRowCount(len(lines))
        attention = QBrush(QColor(ERROR))
        for r, line in enumerate(lines):
            state = label("invoice_state", line.state)
            if line.overdue and line.state == "open":
                state = QCoreApplication.translate("InvoicesSection", "{state}, overdue").format(state=state)
            contract = label("contract_kind", line.contract_kind)
            cells = (
                (line.invoice_number, line.invoice_number),
                (fmt_date(line.invoice_date), line.invoice_date.toordinal()),
                (fmt_date(line.due_date), line.due_date.toordinal()),
                (euros(line.amount_cents), line.amount_cents),
                (state, _severity(line)),
                (contract, contract),
            )
            for c, (text, key) in enumerate(cells):
                item = _Item(text)
                item.setData(SORT_ROLE, key)
                if c == AMOUNT:
                    item.setTextAlignment(_RIGHT)
                if line.overdue:
                    item.setForeground(attention)
                if c == STATE and line.overdue:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        size_columns(table, stretch=(CONTRACT,))
        table.setSortingEnabled(True)
        table.sortItems(DATE, Qt.SortOrder.DescendingOrder)

    def _summary_text(self, summary: Any) -> str:
        if summary is None:
            return ""
        parts = [QCoreApplication.translate("InvoicesSection", "Paid in the last 12 months: {amount}").format(
            amount=money(summary.paid_last_12_months))]
        if summary.in_collection:
            parts.append(QCoreApplication.translate("InvoicesSection", "In collection: {agency}").format(
                agency=summary.collection_agency or QCoreApplication.translate("InvoicesSection", "yes")))
        parts.append(QCoreApplication.translate("InvoicesSection", "Billing system updated {when}").format(
            when=fmt_date(summary.updated_at)))
        return " · ".join(parts)

    # -- language ----------------------------------------------------------------------------------

    def _retranslate_static(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_static()
            if self._card is not None:
                self.show_card(self._card)
            else:
                self.clear()
        super().changeEvent(event)
