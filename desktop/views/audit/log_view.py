"""The audit log list: newest first, filtered by action, date range and customer number; older rows on demand.

There is deliberately no identity-code filter: the auditor names a customer by customer number.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.hetu import redact
from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.audit_dtos import ACTION_LABELS, AuditFilter, AuditPage, AuditRow
from desktop.ui.ui_audit_log_view import Ui_AuditLogView
from desktop.views.audit.common import AuditView, action_label, role_text, when_text
from desktop.views.audit.detail_text import describe
from desktop.views.desk import labels as codes

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

        self.ui = Ui_AuditLogView()
        self.ui.setupUi(self)
        self.ui.action_combo.addItem("", None)
        for action in ACTION_LABELS:
            self.ui.action_combo.addItem("", action)
        self.ui.search_button.clicked.connect(self.search)
        for edit in (self.ui.from_edit, self.ui.to_edit, self.ui.customer_edit):
            edit.returnPressed.connect(self.search)
        self.ui.more_button.clicked.connect(self.load_older)
        self._retranslate()

    # -- querying -------------------------------------------------------------------------------

    def search(self) -> None:
        """Read the newest page for the filters as they stand now."""
        try:
            date_from, date_to = parse_date(self.ui.from_edit.text()), parse_date(self.ui.to_edit.text())
        except ValueError:
            self._show_message(self.tr("Write dates as d.m.yyyy, e.g. 1.3.2026."))
            return
        self._filters = AuditFilter(action=self.ui.action_combo.currentData(), date_from=date_from, date_to=date_to,
                                    customer_number=self.ui.customer_edit.text().strip() or None)
        ops.audit_page(self._session, self._filters).success(lambda page: self._show(page, False)).failure(
            self._failed).run_in(self._runner, owner=self)

    def load_older(self) -> None:
        if self._next_before is None:
            return
        ops.audit_page(self._session, self._filters, self._next_before).success(
            lambda page: self._show(page, True)).failure(self._failed).run_in(self._runner, owner=self)

    def _show(self, page: AuditPage, append: bool) -> None:
        self.rows = [*self.rows, *page.rows] if append else list(page.rows)
        self._next_before = page.next_before_id
        self.ui.more_button.setEnabled(page.more)
        start = self.ui.table.rowCount() if append else 0
        self._fill(start)
        self.page_loaded.emit(page)

    def _fill(self, start: int) -> None:
        """Write the rows from ``start`` on (0: all of them again, after a language switch)."""
        new = self.rows[start:]
        self.ui.table.fill([(when_text(row.occurred_at), row.actor, role_text(row.actor_role),
                                action_label(row.action),
                                row.customer_number or ("" if row.customer_id is None else f"#{row.customer_id}"),
                                codes.label("purpose", row.purpose), describe(row.action, row.detail)) for row in new],
                  start, [row.id for row in new])
        for index, row in enumerate(new, start):
            item = self.ui.table.item(index, DETAIL_COLUMN)
            if item is not None and row.detail:
                item.setToolTip(redact(row.detail))  # the stored form, as the chain hashes it
        self._show_message(self.tr("%n row(s) shown.", "", len(self.rows)) if self.rows
                           else self.tr("No audit rows match."))

    def _message_line(self) -> QLabel:
        return self.ui.message

    # -- language -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.action_combo.setItemText(0, self.tr("All actions"))
        for index in range(1, self.ui.action_combo.count()):
            self.ui.action_combo.setItemText(index, action_label(self.ui.action_combo.itemData(index)))
        if self.rows:
            self._fill(0)
