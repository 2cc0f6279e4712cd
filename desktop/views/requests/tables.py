"""Read-only tables of the request views: history of a request, its letters, the supervisor's queue."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.i18n_qt import LANGUAGE
from desktop.views.desk.common import fmt_date
from desktop.views.requests.common import fmt_day, letter_type_labels, request_type_labels, state_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#fde2e1")
_OVERDUE_TEXT = QColor("#a4262c")  # red text on the pale red row: overdue reads as red in any theme
_DUE_SOON = QColor("#fff4ce")
DUE_SOON_DAYS = 7

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A table over frozen DTO rows: each column is a header and a function of the row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        LANGUAGE.changed.connect(self._language_changed)

    def _language_changed(self, _language: str) -> None:
        """Headings and cells are translated when the views ask: after a switch, they ask again."""
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        return self.style(row, role)

    def style(self, row: Any, role: int) -> Any:
        return None


class HistoryModel(RowsModel):
    """Events of a request (RequestInfo.events): who did what, when, and why."""

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        kinds = {
            "created": self.tr("Registered"), "customer_matched": self.tr("Customer matched"),
            "identity_checked": self.tr("Identity checked"), "state_changed": self.tr("State changed"),
            "identity_clarification": self.tr("Identity clarification asked (clock paused)"),
            "resumed": self.tr("Clock resumed"), "reassigned": self.tr("Reassigned"),
            "claimed": self.tr("Taken for handling"), "claim_taken_over": self.tr("Handling taken over"),
            "claim_released": self.tr("Handling released"),
        }

        def claim_change(e: Any) -> str:
            if e.kind == "claim_released" and (e.detail or {}).get("automatic"):
                return self.tr("{0}: released automatically, no activity").format(e.detail.get("from") or "–")
            return f"{(e.detail or {}).get('from') or '–'} → {(e.detail or {}).get('to') or '–'}"

        def change(e: Any) -> str:
            if e.kind in ("claimed", "claim_taken_over", "claim_released"):
                return claim_change(e)
            if e.kind == "reassigned" and e.detail:
                return f"{e.detail.get('from') or '–'} → {e.detail.get('to') or '–'}"
            if e.to_state is None:
                return ""
            return f"{state_label(e.from_state) if e.from_state else ''} → {state_label(e.to_state)}"

        return [
            (self.tr("When"), lambda e: fmt_date(e.occurred_at)),
            (self.tr("Who"), lambda e: e.actor),
            (self.tr("Event"), lambda e: kinds.get(e.kind, e.kind)),
            (self.tr("State"), change),
            (self.tr("Reason"), lambda e: e.reason or ""),
        ]


class LettersModel(RowsModel):
    """Letters of one request (LetterSummary rows)."""

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        types = letter_type_labels()
        return [
            (self.tr("Letter"), lambda r: types.get(r.letter_type, r.letter_type)),
            (self.tr("Made"), lambda r: fmt_date(r.created_at)),
            (self.tr("Pages"), lambda r: str(r.page_count)),
            (self.tr("Printed"), lambda r: fmt_date(r.printed_at)),
            (self.tr("Posted"), lambda r: fmt_day(r.dispatched_on)),
        ]


class QueueModel(RowsModel):
    """The supervisor's queue (QueueRow): nearest deadline first, overdue rows red, the next week amber.

    It holds the pages read so far; scrolling to the end asks for the next one (``more_wanted``), which the
    page reads on the database lane and appends — 50,000 requests never cross to the GUI at once.
    """

    more_wanted = Signal(int)  # the offset of the next page

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.total = 0
        self._asked = -1

    def set_page(self, rows: Sequence[Any], total: int) -> None:
        self.total = total
        self._asked = -1
        self.set_rows(rows)

    def append_page(self, offset: int, rows: Sequence[Any], total: int) -> None:
        if offset != self.rowCount() or not rows:
            return  # a page of an older reading of the queue
        self.total = total
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() < self.total and self._asked != self.rowCount()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asked = self.rowCount()
            self.more_wanted.emit(self.rowCount())

    def columns(self) -> list[tuple[str, Callable[[Any], str]]]:
        types = request_type_labels()

        def left(r: Any) -> str:
            if r.overdue:
                return self.tr("%n day(s) overdue", "", -r.days_left)
            return self.tr("%n day(s)", "", r.days_left)

        return [
            (self.tr("Reference"), lambda r: r.reference),
            (self.tr("Customer"), lambda r: r.customer_name or self.tr("not identified")),
            (self.tr("Type"), lambda r: types.get(r.request_type, r.request_type)),
            (self.tr("State"), lambda r: state_label(r.state) + (self.tr(" (paused)") if r.paused else "")),
            (self.tr("Received"), lambda r: fmt_day(r.received_on)),
            (self.tr("Due"), lambda r: fmt_day(r.due_on)),
            (self.tr("Days left"), left),
            (self.tr("Handler"), lambda r: r.assigned_to or ""),
            (self.tr("Working on it"), lambda r: r.claimed_by_name or r.claimed_by or ""),
        ]

    def style(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return QBrush(_OVERDUE)
            if row.days_left <= DUE_SOON_DAYS and not row.paused:
                return QBrush(_DUE_SOON)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(_OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None
