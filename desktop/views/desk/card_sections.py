"""The read-only sections of the customer card: tables filled from the CustomerCard DTO.

Kept apart from card_view.py so the card's behaviour (opening, purpose, reveal, shortcuts) reads on
its own; everything here is "DTO in, cells out". Codes become labels (desk.labels), instants
d.m.yyyy HH:MM in Finnish time (desk.common.fmt_date).

Columns: short values (dates, codes, numbers) take the width of their content, the free-text ones
(addresses, products, notes) share what is left and elide, so a table fits its pane without a
horizontal scroll bar; the full text of an elided cell is in its tooltip.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.local_time import to_local
from desktop.views.desk.common import fmt_date, fmt_later, fmt_period
from desktop.views.desk.labels import label

# The context is written out at each use (not through a helper) so that pyside6-lupdate finds every string.

# A content-sized column never takes more than this; its longer values elide like the stretching ones.
MAX_CONTENT_WIDTH = 300
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,.2f} €".replace(",", "\u00a0").replace(".", ",")


def make_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    return card_list(table)


def card_list(table: QTableWidget) -> QTableWidget:
    """The look of the card's lists, for a table made here or in a form (forms/*.ui)."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line per value, elided at the end ("15.4.2018 …" hid the time)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setMaximumSectionSize(MAX_CONTENT_WIDTH)
    header.setMinimumSectionSize(48)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def size_columns(table: QTableWidget, stretch: Collection[int]) -> None:
    """Content width for the short columns, the rest shared by the ``stretch`` ones (or the last)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(not stretch)
    for column in range(table.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
         stretch: Collection[int] = (), right: Collection[int] = (), optional: Collection[int] = ()) -> None:
    """Replace the table's cells; ``right`` columns are right-aligned (amounts, counts), ``optional`` ones
    are hidden while no row has a value in them (their room goes to the others)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(_RIGHT)
            if c in stretch and text:
                item.setToolTip(text)
            table.setItem(r, c, item)
    size_columns(table, stretch)
    for column in range(len(headers)):
        empty = all(column >= len(row) or row[column] in (None, "") for row in rows)
        table.setColumnHidden(column, column in optional and empty)
    if any("\n" in str(value) for row in rows for value in row):
        table.resizeRowsToContents()


class TablesSection(QWidget):
    """A tab made of titled tables; ``show_card`` fills them all."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.titles: dict[str, QLabel] = {}
        self.tables: dict[str, QTableWidget] = {}
        for name in names:
            title = QLabel(self)
            title.setObjectName(f"{name}Title")
            table = make_table(self, name)
            title.setBuddy(table)
            layout.addWidget(title)
            layout.addWidget(table, 1)
            self.titles[name] = title
            self.tables[name] = table

    def name_tables(self) -> None:
        """Each table is called by its title (screen readers, and the journey tests find it so)."""
        for name, title in self.titles.items():
            self.tables[name].setAccessibleName(title.text())


def postal_lines(a: Any) -> str:
    """The address as it is written on an envelope, one line each (c/o, street, postcode and town, country)."""
    return "\n".join(p for p in (a.care_of and f"c/o {a.care_of}", a.street, f"{a.postcode} {a.post_town}",
                                 a.country if a.country != "FI" else "") if p)


def _validity(a: Any) -> str:
    until = fmt_date(a.valid_to) or QCoreApplication.translate("CardSections", "current")
    return f"{fmt_date(a.valid_from)} –\n{until}"


def fill_addresses(section: TablesSection, card: Any) -> None:
    section.titles["addressHistory"].setText(
        QCoreApplication.translate("CardSections", "Postal addresses (newest first)"))
    # Two lines a row (the address as on an envelope), so the period takes two lines too: from, then to.
    fill(section.tables["addressHistory"],
         [QCoreApplication.translate("CardSections", "Address"), QCoreApplication.translate("CardSections", "Source"),
          QCoreApplication.translate("CardSections", "Valid"), QCoreApplication.translate("CardSections", "Changed by")],
         [(postal_lines(a), label("source", a.source),
           _validity(a), a.changed_by or "") for a in card.address_history], stretch=(0,), optional=(3,))
    section.titles["bankAccounts"].setText(QCoreApplication.translate("CardSections", "Bank accounts"))
    fill(section.tables["bankAccounts"],
         [QCoreApplication.translate("CardSections", "Account"), QCoreApplication.translate("CardSections", "BIC"),
          QCoreApplication.translate("CardSections", "Source"), QCoreApplication.translate("CardSections", "Added")],
         [(b.masked_iban, b.bic or "", label("source", b.source), fmt_date(b.added_at)) for b in card.bank_accounts],
         stretch=(2,))


def fill_contracts(section: TablesSection, card: Any) -> None:
    section.titles["contracts"].setText(QCoreApplication.translate("CardSections", "Contracts"))
    fill(section.tables["contracts"],
         [QCoreApplication.translate("CardSections", "Contract"), QCoreApplication.translate("CardSections", "Kind"),
          QCoreApplication.translate("CardSections", "Product"), QCoreApplication.translate("CardSections", "Start"),
          QCoreApplication.translate("CardSections", "End")],
         [(k.contract_number, label("contract_kind", k.kind), k.product, fmt_date(k.start_date),
           fmt_date(k.end_date)) for k in card.contracts], stretch=(2,))
    section.titles["sites"].setText(QCoreApplication.translate("CardSections", "Usage sites"))
    fill(section.tables["sites"],
         [QCoreApplication.translate("CardSections", "Metering point"),
          QCoreApplication.translate("CardSections", "Commodity"), QCoreApplication.translate("CardSections", "Address")],
         [(s.metering_point_id, label("commodity", s.commodity), f"{s.street}, {s.postcode} {s.post_town}")
          for s in card.sites], stretch=(2,))


def fill_consumption(section: TablesSection, card: Any) -> None:
    section.titles["consumption"].setText(QCoreApplication.translate("CardSections", "Consumption per year"))
    fill(section.tables["consumption"],
         [QCoreApplication.translate("CardSections", "Metering point"), QCoreApplication.translate("CardSections", "Year"),
          QCoreApplication.translate("CardSections", "Quantity"), QCoreApplication.translate("CardSections", "Unit")],
         [(s.metering_point_id, c.year, f"{c.quantity:,.0f}".replace(",", "\u00a0"), label("unit", c.unit))
          for s in card.sites for c in s.consumption], right=(1, 2))


def _recording(k: Any) -> str:
    if k.customer_objected:
        return QCoreApplication.translate("CardSections", "objected, stopped {0}").format(
            fmt_later(k.started_at, k.recording_stopped_at))
    # Destroyed only once the phone system confirmed it; before that it is on the list handed to it.
    if k.recording_ref and k.recording_destroyed_at is not None:
        return QCoreApplication.translate("CardSections", "{0}, destroyed on {1}").format(
            k.recording_ref, fmt_date(to_local(k.recording_destroyed_at).date()))
    if k.recording_ref and getattr(k, "recording_listed_at", None) is not None:
        return QCoreApplication.translate("CardSections", "{0}, on the phone system's destruction list since {1}") \
            .format(k.recording_ref, fmt_date(to_local(k.recording_listed_at).date()))
    return k.recording_ref or ""


def fill_calls(section: TablesSection, card: Any) -> None:
    section.titles["calls"].setText(QCoreApplication.translate("CardSections", "Calls (newest first)"))
    fill(section.tables["calls"],
         [QCoreApplication.translate("CardSections", "Time"), QCoreApplication.translate("CardSections", "Direction"),
          QCoreApplication.translate("CardSections", "Agent"), QCoreApplication.translate("CardSections", "Notice"),
          QCoreApplication.translate("CardSections", "Recording"), QCoreApplication.translate("CardSections", "Destroy by"),
          QCoreApplication.translate("CardSections", "Notes")],
         [(fmt_period(k.started_at, k.ended_at), label("direction", k.direction), k.agent_username,
           fmt_later(k.started_at, k.notice_given_at) or QCoreApplication.translate("CardSections", "not given"),
           _recording(k), fmt_date(k.recording_destroy_due), k.notes or "") for k in card.calls], stretch=(4, 6))


def fill_requests(section: TablesSection, card: Any) -> None:
    section.titles["requests"].setText(QCoreApplication.translate("CardSections", "Data-subject requests"))
    fill(section.tables["requests"],
         [QCoreApplication.translate("CardSections", "Reference"), QCoreApplication.translate("CardSections", "Type"),
          QCoreApplication.translate("CardSections", "State"), QCoreApplication.translate("CardSections", "Received"),
          QCoreApplication.translate("CardSections", "Due"), QCoreApplication.translate("CardSections", "Sent")],
         [(r.reference, label("request_type", r.request_type), label("state", r.state), fmt_date(r.received_on),
           fmt_date(r.extended_due_on or r.due_on), fmt_date(r.dispatched_on)) for r in card.requests],
         stretch=(1,))


def fill_letters(section: TablesSection, card: Any) -> None:
    section.titles["letters"].setText(QCoreApplication.translate("CardSections", "Letters"))
    fill(section.tables["letters"],
         [QCoreApplication.translate("CardSections", "Reference"), QCoreApplication.translate("CardSections", "Type"),
          QCoreApplication.translate("CardSections", "Language"), QCoreApplication.translate("CardSections", "Pages"),
          QCoreApplication.translate("CardSections", "Created"), QCoreApplication.translate("CardSections", "Created by"),
          QCoreApplication.translate("CardSections", "Printed"), QCoreApplication.translate("CardSections", "Sent")],
         [(x.reference, label("letter_type", x.letter_type), label("language", x.language), x.page_count,
           fmt_date(x.created_at), x.created_by, fmt_date(x.printed_at), fmt_date(x.dispatched_on))
          for x in card.letters], stretch=(1,), right=(3,))


def fill_disclosures(section: TablesSection, card: Any) -> None:
    section.titles["disclosures"].setText(
        QCoreApplication.translate("CardSections", "Disclosures to other recipients"))
    fill(section.tables["disclosures"],
         [QCoreApplication.translate("CardSections", "Date"), QCoreApplication.translate("CardSections", "Recipient"),
          QCoreApplication.translate("CardSections", "Basis"), QCoreApplication.translate("CardSections", "Data"),
          QCoreApplication.translate("CardSections", "Recorded by")],
         [(fmt_date(d.disclosed_on), d.recipient, label("disclosure_basis", d.basis),
           label("disclosed_data", d.data_description), d.recorded_by)
          for d in card.disclosures], stretch=(1, 3))


def fill_access_log(section: TablesSection, card: Any) -> None:
    section.titles["accessLog"].setText(
        QCoreApplication.translate("CardSections", "Who has looked at this customer (newest first)"))
    fill(section.tables["accessLog"],
         [QCoreApplication.translate("CardSections", "When"), QCoreApplication.translate("CardSections", "Who"),
          QCoreApplication.translate("CardSections", "Role"), QCoreApplication.translate("CardSections", "Action"),
          QCoreApplication.translate("CardSections", "Purpose")],
         [(fmt_date(a.occurred_at), a.actor, label("role", a.actor_role), label("action", a.action),
           label("purpose", a.purpose)) for a in card.access_log or ()], stretch=(3,))


def fill_notes(section: TablesSection, notes: Sequence[Any]) -> None:
    """Customer notes, newest first: when (Finnish time), who wrote it, the note."""
    section.titles["customerNotes"].setText(
        QCoreApplication.translate("CardSections", "Notes on the customer (newest first)"))
    fill(section.tables["customerNotes"],
         [QCoreApplication.translate("CardSections", "Written"), QCoreApplication.translate("CardSections", "By"),
          QCoreApplication.translate("CardSections", "Note")],
         [(fmt_date(n.created_at), n.created_by or "", n.body) for n in notes], stretch=(2,))
