"""The start page's lists: one read-only table model per kind of row of desktop.services.worklist."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services import worklist_dtos as wl
from desktop.views.audit.common import action_label, role_text
from desktop.views.desk.common import fmt_date
from desktop.views.requests.common import fmt_day, request_type_labels, state_label
from desktop.views.requests.tables import RowsModel

# The queue's colours (desktop/views/requests/tables.py), so overdue looks the same on both pages.
OVERDUE_COLOUR = QColor("#fde2e1")
DUE_SOON_COLOUR = QColor("#fff4ce")
Columns = list[tuple[str, Callable[[Any], str]]]


def days_left_text(item: wl.RequestItem) -> str:
    if item.urgency == wl.PAUSED:
        return QCoreApplication.translate("StartPage", "Paused (identity being clarified)")
    if item.days_left < 0:
        return QCoreApplication.translate("StartPage", "%n day(s) overdue", "", -item.days_left)
    if item.days_left == 0:
        return QCoreApplication.translate("StartPage", "Due today")
    return QCoreApplication.translate("StartPage", "%n day(s) left", "", item.days_left)


def _customer(name: str, number: str | None) -> str:
    if not name:
        return QCoreApplication.translate("StartPage", "not identified")
    return f"{name} ({number})" if number else name


class RequestsModel(RowsModel):
    """Open requests by urgency; overdue rows red and bold, due-soon rows yellow, as in the queue."""

    def __init__(self, *, with_handler: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.with_handler = with_handler

    def columns(self) -> Columns:
        types = request_type_labels()
        columns: Columns = [
            (self.tr("Days left"), days_left_text),
            (self.tr("Due"), lambda r: fmt_day(r.due_on)),
            (self.tr("Customer"), lambda r: _customer(r.customer_name, r.customer_number)),
            (self.tr("Reference"), lambda r: r.reference),
            (self.tr("State"), lambda r: state_label(r.state)),
            (self.tr("Type"), lambda r: types.get(r.request_type, r.request_type)),
        ]
        if self.with_handler:
            columns.append((self.tr("Handler"), lambda r: r.assigned_to or self.tr("nobody")))
        return columns

    def style(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.urgency == wl.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
            if row.urgency == wl.DUE_SOON:
                return QBrush(DUE_SOON_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.urgency == wl.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))  # readable on the coloured rows in a dark theme too
        return None


class CallsModel(RowsModel):
    def columns(self) -> Columns:
        return [
            (self.tr("Started"), lambda r: fmt_date(r.started_at)),
            (self.tr("Customer"), lambda r: _customer(r.customer_name, r.customer_number)),
            (self.tr("Subject"), lambda r: r.subject or ""),
            (self.tr("Status"), lambda r: self.tr("Ended") if r.ended else self.tr("Not ended")),
        ]


class CustomersModel(RowsModel):
    def columns(self) -> Columns:
        return [
            (self.tr("Opened"), lambda r: fmt_date(r.last_opened_at)),
            (self.tr("Customer number"), lambda r: r.customer_number),
            (self.tr("Name"), lambda r: r.name),
        ]


class StaffModel(RowsModel):
    """Users an administrator may need to help: locked out, failing to sign in, never signed in."""

    def columns(self) -> Columns:
        return [
            (self.tr("Username"), lambda r: r.username),
            (self.tr("Name"), lambda r: r.display_name),
            (self.tr("Role"), lambda r: role_text(r.role)),
            (self.tr("Why"), self._why),
            (self.tr("Last signed in"), lambda r: fmt_date(r.last_login_at) if r.last_login_at else self.tr("never")),
        ]

    def _why(self, row: wl.StaffItem) -> str:
        if row.locked_until is not None:
            return self.tr("Locked out until {time}").format(time=fmt_date(row.locked_until))
        if row.failed_logins:
            return self.tr("%n failed sign-in(s)", "", row.failed_logins)
        return self.tr("Has never signed in")

    def style(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.locked_until is not None:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and row.locked_until is not None:
            return QBrush(QColor("#1f1f1f"))
        return None


class RoleCountsModel(RowsModel):
    def columns(self) -> Columns:
        return [
            (self.tr("Role"), lambda r: role_text(r.role)),
            (self.tr("Active users"), lambda r: str(r.users)),
            (self.tr("Signed in today"), lambda r: str(r.signed_in_today)),
        ]


class AuditItemsModel(RowsModel):
    def columns(self) -> Columns:
        return [
            (self.tr("Time"), lambda r: fmt_date(r.occurred_at)),
            (self.tr("Event"), lambda r: action_label(r.action)),
            (self.tr("Who"), lambda r: r.actor),
            (self.tr("Role"), lambda r: role_text(r.actor_role)),
            (self.tr("Customer number"), lambda r: r.customer_number or ""),
        ]


class SuspendedLookupsModel(RowsModel):
    """A supervisor's alert: logins whose identity-code searches found nobody too often."""

    def columns(self) -> Columns:
        return [
            (self.tr("Username"), lambda r: r.username),
            (self.tr("Suspended"), lambda r: fmt_date(r.since)),
            (self.tr("Searches that found nobody"), lambda r: str(r.misses)),
        ]

    def style(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f"))
        return None


class AuditCountsModel(RowsModel):
    def columns(self) -> Columns:
        return [
            (self.tr("Event"), lambda r: action_label(r[0])),
            (self.tr("Today"), lambda r: str(r[1])),
        ]


__all__ = ["AuditCountsModel", "AuditItemsModel", "CallsModel", "CustomersModel", "RequestsModel",
           "RoleCountsModel", "StaffModel", "SuspendedLookupsModel", "days_left_text"]
