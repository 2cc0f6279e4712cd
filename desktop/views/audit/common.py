"""What the audit views share: their base (messages, language), the one table both lists show (the log and
who opened a customer; forms/audit_log_view.ui and forms/customer_accesses_view.ui place it as a promoted
``AuditTable``), and the texts of its cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment
from desktop.core.roles import ROLE_LABELS, Role
from desktop.services.audit_dtos import ACTION_LABELS
from desktop.views.error_dialog import user_message
from desktop.views.tables import read_only_list


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate(CONTEXT, label) if label else action


def role_text(role: str | None) -> str:
    if role in {r.value for r in Role}:
        return QCoreApplication.translate(CONTEXT, ROLE_LABELS[Role(role)])
    return role or ""


def when_text(value: dt.datetime) -> str:
    return format_moment(value, seconds=True)


class AuditTable(QTableWidget):
    """The read-only list both audit views show: whole rows selected, columns as wide as their content.
    Its columns and their headings are the form's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        read_only_list(self)

    def fill(self, rows: Sequence[Sequence[str]], start: int = 0, keys: Sequence[object] = ()) -> None:
        """Write ``rows`` from table row ``start`` on and end the table there, so a further page is appended
        without rewriting the rows above it; a row's key, when given, rides in the UserRole of its cells."""
        self.setRowCount(start + len(rows))
        for index, values in enumerate(rows, start):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if keys:
                    item.setData(Qt.ItemDataRole.UserRole, keys[index - start])
                self.setItem(index, column, item)


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
