"""The audit log list: newest first, filtered by action, date range and customer number; older rows on demand.

There is deliberately no identity-code filter: the auditor names a customer by customer number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hetu import redact
from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment
from desktop.core.roles import ROLE_LABELS, Role
from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.audit_log import ACTION_LABELS, AuditFilter, AuditPage, AuditRow
from desktop.views.audit.detail_text import describe
from desktop.views.desk import labels as codes
from desktop.views.error_dialog import user_message
from desktop.views.tables import read_only_list

DETAIL_COLUMN = 6
_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    """d.m.yyyy as the desk writes dates; empty is None; anything else raises ValueError."""
    if not text.strip():
        return None
    match = _DATE.match(text)
    if not match:
        raise ValueError(text)
    day, month, year = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate(CONTEXT, label) if label else action


def role_text(role: str | None) -> str:
    if role in {r.value for r in Role}:
        return QCoreApplication.translate(CONTEXT, ROLE_LABELS[Role(role)])
    return role or ""


def when_text(value: dt.datetime) -> str:
    return format_moment(value, seconds=True)


def audit_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """The read-only list both audit views show: whole rows selected, columns as wide as their content."""
    return read_only_list(QTableWidget(0, columns, parent), name)


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]], start: int = 0,
              keys: Sequence[object] = ()) -> None:
    """Write ``rows`` from table row ``start`` on and end the table there, so a further page is appended
    without rewriting the rows above it; a row's key, when given, rides in the UserRole of its cells."""
    table.setRowCount(start + len(rows))
    for index, values in enumerate(rows, start):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if keys:
                item.setData(Qt.ItemDataRole.UserRole, keys[index - start])
            table.setItem(index, column, item)


class AuditView(QWidget):
    """What the audit views do alike: every message they show is repeated as ``message_shown(str)`` (tests
    wait on it), a failed answer becomes such a message, and the texts are set again on a language change."""

    message_shown = Signal(str)

    def _message_line(self) -> QLabel:
        raise NotImplementedError

    def _retranslate(self) -> None:
        raise NotImplementedError

    def _show_message(self, text: str) -> None:
        self._message_line().setText(text)
        self.message_shown.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self._show_message(user_message(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class AuditLogView(AuditView):
    """``page_loaded(AuditPage)`` after each answer, ``message_shown(str)`` for refusals (tests wait on them)."""

    page_loaded = Signal(object)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogView")
        self._runner = runner
        self._session = session
        self.rows: list[AuditRow] = []
        self._filters = AuditFilter()
        self._next_before: int | None = None

        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("actionFilter")
        self.action_combo.addItem("", None)
        for action in ACTION_LABELS:
            self.action_combo.addItem("", action)
        self.from_edit = QLineEdit(self)
        self.from_edit.setObjectName("dateFrom")
        self.to_edit = QLineEdit(self)
        self.to_edit.setObjectName("dateTo")
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setObjectName("customerNumber")
        self.customer_edit.setMaxLength(12)
        self.search_button = QPushButton(self)
        self.search_button.setObjectName("searchAudit")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        for edit in (self.from_edit, self.to_edit, self.customer_edit):
            edit.returnPressed.connect(self.search)
        self.labels = [QLabel(self) for _ in range(4)]
        filters = QHBoxLayout()
        for label, field in zip(self.labels, (self.action_combo, self.from_edit, self.to_edit, self.customer_edit),
                                strict=True):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addWidget(self.search_button)
        filters.addStretch(1)

        self.table = audit_table(self, "auditTable", 7)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("olderRows")
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.load_older)
        self.message = QLabel(self)
        self.message.setObjectName("auditMessage")
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self._retranslate()

    # -- querying -------------------------------------------------------------------------------

    def search(self) -> None:
        """Read the newest page for the filters as they stand now."""
        try:
            date_from, date_to = parse_date(self.from_edit.text()), parse_date(self.to_edit.text())
        except ValueError:
            self._show_message(self.tr("Write dates as d.m.yyyy, e.g. 1.3.2026."))
            return
        self._filters = AuditFilter(action=self.action_combo.currentData(), date_from=date_from, date_to=date_to,
                                    customer_number=self.customer_edit.text().strip() or None)
        ops.audit_page(self._runner, self._session, self._filters, on_success=lambda page: self._show(page, False),
                       on_error=self._failed, owner=self)

    def load_older(self) -> None:
        if self._next_before is None:
            return
        ops.audit_page(self._runner, self._session, self._filters, self._next_before,
                       on_success=lambda page: self._show(page, True), on_error=self._failed, owner=self)

    def _show(self, page: AuditPage, append: bool) -> None:
        self.rows = [*self.rows, *page.rows] if append else list(page.rows)
        self._next_before = page.next_before_id
        self.more_button.setEnabled(page.more)
        start = self.table.rowCount() if append else 0
        self._fill(start)
        self.page_loaded.emit(page)

    def _fill(self, start: int) -> None:
        """Write the rows from ``start`` on (0: all of them again, after a language switch)."""
        new = self.rows[start:]
        fill_rows(self.table, [(when_text(row.occurred_at), row.actor, role_text(row.actor_role),
                                action_label(row.action),
                                row.customer_number or ("" if row.customer_id is None else f"#{row.customer_id}"),
                                codes.label("purpose", row.purpose), describe(row.action, row.detail)) for row in new],
                  start, [row.id for row in new])
        for index, row in enumerate(new, start):
            item = self.table.item(index, DETAIL_COLUMN)
            if item is not None and row.detail:
                item.setToolTip(redact(row.detail))  # the stored form, as the chain hashes it
        self._show_message(self.tr("%n row(s) shown.", "", len(self.rows)) if self.rows
                           else self.tr("No audit rows match."))

    def _message_line(self) -> QLabel:
        return self.message

    # -- language -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("&Action"), self.tr("&From"), self.tr("&To"),
                                             self.tr("C&ustomer number")), strict=True):
            label.setText(text)
        self.action_combo.setItemText(0, self.tr("All actions"))
        for index in range(1, self.action_combo.count()):
            self.action_combo.setItemText(index, action_label(self.action_combo.itemData(index)))
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(self.tr("d.m.yyyy"))
        self.search_button.setText(self.tr("Sea&rch"))
        self.more_button.setText(self.tr("&Older rows"))
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Role"), self.tr("Action"),
                                              self.tr("Customer"), self.tr("Purpose"), self.tr("Detail")])
        self.table.setAccessibleName(self.tr("Audit log rows"))
        if self.rows:
            self._fill(0)
