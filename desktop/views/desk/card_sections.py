"""The read-only sections of the customer card: tables filled from the CustomerCard DTO.

Kept apart from card_view.py so the card's behaviour (opening, purpose, reveal, shortcuts) reads on
its own; everything here is "DTO in, cells out".
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.desk.common import fmt_date

# The context is written out at each use (not through a helper) so that pyside6-lupdate finds every string.


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f} €".replace(",", "\u00a0").replace(".", ",")


def make_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class TablesSection(QWidget):
    """A tab made of titled tables; ``show_card`` fills them all."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.titles: dict[str, QLabel] = {}
        self.tables: dict[str, QTableWidget] = {}
        for name in names:
            title = QLabel(self)
            table = make_table(self, name)
            title.setBuddy(table)
            layout.addWidget(title)
            layout.addWidget(table, 1)
            self.titles[name] = title
            self.tables[name] = table


def fill_addresses(section: TablesSection, card: Any) -> None:
    section.titles["addressHistory"].setText(QCoreApplication.translate("CardSections", "Postal addresses (newest first)"))
    fill(section.tables["addressHistory"],
         [QCoreApplication.translate("CardSections", "Address"), QCoreApplication.translate("CardSections", "Source"), QCoreApplication.translate("CardSections", "Valid from"), QCoreApplication.translate("CardSections", "Valid to"), QCoreApplication.translate("CardSections", "Changed by")],
         [(", ".join(p for p in (a.care_of and f"c/o {a.care_of}", a.street, f"{a.postcode} {a.post_town}",
                                 a.country if a.country != "FI" else "") if p),
           a.source, fmt_date(a.valid_from), fmt_date(a.valid_to) or QCoreApplication.translate("CardSections", "current"), a.changed_by or "")
          for a in card.address_history])
    section.titles["bankAccounts"].setText(QCoreApplication.translate("CardSections", "Bank accounts"))
    fill(section.tables["bankAccounts"], [QCoreApplication.translate("CardSections", "Account"), QCoreApplication.translate("CardSections", "BIC"), QCoreApplication.translate("CardSections", "Source"), QCoreApplication.translate("CardSections", "Added")],
         [(b.masked_iban, b.bic or "", b.source, fmt_date(b.added_at)) for b in card.bank_accounts])


def fill_contracts(section: TablesSection, card: Any) -> None:
    section.titles["contracts"].setText(QCoreApplication.translate("CardSections", "Contracts"))
    fill(section.tables["contracts"], [QCoreApplication.translate("CardSections", "Contract"), QCoreApplication.translate("CardSections", "Kind"), QCoreApplication.translate("CardSections", "Product"), QCoreApplication.translate("CardSections", "Start"), QCoreApplication.translate("CardSections", "End")],
         [(k.contract_number, k.kind, k.product, fmt_date(k.start_date), fmt_date(k.end_date))
          for k in card.contracts])
    section.titles["sites"].setText(QCoreApplication.translate("CardSections", "Usage sites"))
    fill(section.tables["sites"], [QCoreApplication.translate("CardSections", "Metering point"), QCoreApplication.translate("CardSections", "Commodity"), QCoreApplication.translate("CardSections", "Address")],
         [(s.metering_point_id, s.commodity, f"{s.street}, {s.postcode} {s.post_town}") for s in card.sites])


def fill_consumption(section: TablesSection, card: Any) -> None:
    section.titles["consumption"].setText(QCoreApplication.translate("CardSections", "Consumption per year"))
    fill(section.tables["consumption"], [QCoreApplication.translate("CardSections", "Metering point"), QCoreApplication.translate("CardSections", "Year"), QCoreApplication.translate("CardSections", "Quantity"), QCoreApplication.translate("CardSections", "Unit")],
         [(s.metering_point_id, c.year, f"{c.quantity:,.0f}".replace(",", "\u00a0"), c.unit)
          for s in card.sites for c in s.consumption])


def fill_invoices(section: TablesSection, card: Any) -> None:
    section.titles["invoices"].setText(QCoreApplication.translate("CardSections", "Invoices (as the billing system reports them)"))
    inv = card.invoices
    rows: list[tuple[str, str]] = []
    if inv is not None:
        rows = [
            (QCoreApplication.translate("CardSections", "Open invoices"), f"{inv.open_count} ({money(inv.open_amount)})"),
            (QCoreApplication.translate("CardSections", "Overdue"), str(inv.overdue_count)),
            (QCoreApplication.translate("CardSections", "In collection"), (inv.collection_agency or QCoreApplication.translate("CardSections", "yes")) if inv.in_collection else QCoreApplication.translate("CardSections", "no")),
            (QCoreApplication.translate("CardSections", "Paid in the last 12 months"), money(inv.paid_last_12_months)),
            (QCoreApplication.translate("CardSections", "Last invoice"), fmt_date(inv.last_invoice_on)),
            (QCoreApplication.translate("CardSections", "Updated"), fmt_date(inv.updated_at)),
        ]
    fill(section.tables["invoices"], [QCoreApplication.translate("CardSections", "Item"), QCoreApplication.translate("CardSections", "Value")], rows)


def fill_calls(section: TablesSection, card: Any) -> None:
    section.titles["calls"].setText(QCoreApplication.translate("CardSections", "Calls (newest first)"))
    fill(section.tables["calls"],
         [QCoreApplication.translate("CardSections", "Started"), QCoreApplication.translate("CardSections", "Ended"), QCoreApplication.translate("CardSections", "Agent"), QCoreApplication.translate("CardSections", "Notice"), QCoreApplication.translate("CardSections", "Recording"), QCoreApplication.translate("CardSections", "Destroy by"),
          QCoreApplication.translate("CardSections", "Notes")],
         [(fmt_date(k.started_at), fmt_date(k.ended_at), k.agent_username,
           fmt_date(k.notice_given_at) or QCoreApplication.translate("CardSections", "not given"),
           (QCoreApplication.translate("CardSections", "objected, stopped {0}").format(fmt_date(k.recording_stopped_at)) if k.customer_objected
            else k.recording_ref or ""),
           fmt_date(k.recording_destroy_due), k.notes or "") for k in card.calls])


def fill_requests(section: TablesSection, card: Any) -> None:
    section.titles["requests"].setText(QCoreApplication.translate("CardSections", "Data-subject requests"))
    fill(section.tables["requests"],
         [QCoreApplication.translate("CardSections", "Reference"), QCoreApplication.translate("CardSections", "Type"), QCoreApplication.translate("CardSections", "State"), QCoreApplication.translate("CardSections", "Received"), QCoreApplication.translate("CardSections", "Due"), QCoreApplication.translate("CardSections", "Sent")],
         [(r.reference, r.request_type, r.state, fmt_date(r.received_on),
           fmt_date(r.extended_due_on or r.due_on), fmt_date(r.dispatched_on)) for r in card.requests])


def fill_letters(section: TablesSection, card: Any) -> None:
    section.titles["letters"].setText(QCoreApplication.translate("CardSections", "Letters"))
    fill(section.tables["letters"],
         [QCoreApplication.translate("CardSections", "Reference"), QCoreApplication.translate("CardSections", "Type"), QCoreApplication.translate("CardSections", "Language"), QCoreApplication.translate("CardSections", "Pages"), QCoreApplication.translate("CardSections", "Created"), QCoreApplication.translate("CardSections", "Printed"),
          QCoreApplication.translate("CardSections", "Sent")],
         [(x.reference, x.letter_type, x.language, x.page_count, f"{fmt_date(x.created_at)} {x.created_by}",
           fmt_date(x.printed_at), fmt_date(x.dispatched_on)) for x in card.letters])


def fill_disclosures(section: TablesSection, card: Any) -> None:
    section.titles["disclosures"].setText(QCoreApplication.translate("CardSections", "Disclosures to other recipients"))
    fill(section.tables["disclosures"],
         [QCoreApplication.translate("CardSections", "Date"), QCoreApplication.translate("CardSections", "Recipient"), QCoreApplication.translate("CardSections", "Basis"), QCoreApplication.translate("CardSections", "Data"), QCoreApplication.translate("CardSections", "Recorded by")],
         [(fmt_date(d.disclosed_on), d.recipient, d.basis, d.data_description, d.recorded_by)
          for d in card.disclosures])


def fill_access_log(section: TablesSection, card: Any) -> None:
    section.titles["accessLog"].setText(QCoreApplication.translate("CardSections", "Who has looked at this customer (newest first)"))
    fill(section.tables["accessLog"], [QCoreApplication.translate("CardSections", "When"), QCoreApplication.translate("CardSections", "Who"), QCoreApplication.translate("CardSections", "Role"), QCoreApplication.translate("CardSections", "Action"), QCoreApplication.translate("CardSections", "Purpose")],
         [(fmt_date(a.occurred_at), a.actor, a.actor_role or "", a.action, a.purpose or "")
          for a in card.access_log or ()])
