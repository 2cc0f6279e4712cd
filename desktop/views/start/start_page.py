"""The start page ("Tänään" / "Idag" / "Today"): the signed-in user's work for today, by role.

Agent: my open requests (overdue and due soon first, in the queue's colours), my recent calls and the
customers I opened lately. Supervisor: the same, plus the whole queue's overdue and due-soon requests.
Administrator: users who may need help signing in and sign-ins by role. Auditor: today's notable audit
events, their counts and today's part of the hash chain; and, in red, when the chain no longer extends
the latest receipt kept on this workstation (desktop.services.audit_receipts, which also takes the day's
receipt of the head when this page loads). What each role may read is decided by
desktop.services.worklist; this page only shows the parts it is given.

Enter or a double-click on a row opens it: a customer on the desk (``customer_chosen``), a request
(``request_chosen``); the composition (views/admin/role_pages.py) wires both. Typing a letter on the
page starts a customer search (``search_typed``): someone on the phone must not have to find the
search field first. The page reads again whenever it is shown, and on F5.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget

from desktop.core.roles import Permission
from desktop.operations import admin as admin_ops
from desktop.operations import start as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services import worklist_dtos as wl
from desktop.services.audit_dtos import ReceiptCheck
from desktop.ui.ui_start_page import Ui_StartPage
from desktop.views.desk.common import error_text, translate_domain
from desktop.views.requests.common import fmt_day
from desktop.views.requests.tables import ROW_ROLE, RowsModel
from desktop.views.start import models
from desktop.views.tables import read_only_list

_TYPING_BLOCKERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)


class ListView(QTableView):
    """A list that asks for a few rows' height only: the window must fit a 1366×768 screen; the layout
    gives every list the room there is."""

    def sizeHint(self) -> QSize:
        return QSize(320, 120)


class Section(QGroupBox):
    """A titled list with a one-line summary; an empty list says so in words instead of a blank table."""

    def __init__(self, name: str, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName(f"{name}Summary")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.view = read_only_list(ListView(self), f"{name}View", single=True)
        self.view.setModel(model)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.summary.hide()
        self.view.hide()

    def show_rows(self, rows: Sequence[Any], empty_text: str, summary: str = "") -> None:
        self.model.set_rows(rows)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.view.setVisible(bool(rows))
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows)
        # An empty list is one line of text, not a tall blank box: the lists with rows take the room.
        vertical = QSizePolicy.Policy.Expanding if rows else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.view.setAccessibleName(self.title())


class StartPage(QWidget):
    customer_chosen = Signal(int, str)  # customer id, the label the purpose question names
    request_chosen = Signal(int)  # request id
    search_typed = Signal(int, str)  # the key and its text, typed while the page had the keyboard
    loaded = Signal()  # the lists show the newest read (tests wait on it)
    attention_needed = Signal()  # an alert a supervisor must see: the window brings this page forward
    attention_is_alert = True

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._runner = runner
        self._session = session
        self.worklist: wl.Worklist | None = None
        self.receipt_check: ReceiptCheck | None = None
        self._focused_once = False
        actor = session.actor
        self._types_to_search = actor.can(Permission.READ_CUSTOMER) and actor.can(Permission.RECORD_CALL)

        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.heading.setFont(font)
        self._keeps_receipts = actor.can(Permission.VERIFY_AUDIT) and session.receipts_dir is not None
        self.ui.receipt_warning.hide()
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.ui.refresh_action.triggered.connect(self.refresh)

        self.sections: dict[str, tuple[Section, Callable[[], str]]] = {}
        place: list[tuple[str, int]] = []  # (section, column): the requests left, the rest right
        if actor.can(Permission.RELEASE_HETU_LOOKUPS):
            # An alert, shown only while some login is suspended; the button releases the chosen one.
            self._section("suspendedLookups", models.SuspendedLookupsModel(),
                          lambda: self.tr("Identity-code searches suspended"))
            place.append(("suspendedLookups", 0))
            suspended = self.sections["suspendedLookups"][0]
            self.release_button = QPushButton(suspended)
            self.release_button.setObjectName("releaseLookups")
            self.release_button.clicked.connect(self._release_chosen)
            suspended.layout().addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignLeft)
            suspended.hide()
        if actor.can(Permission.REVIEW_QUEUE):
            self._section("queue", models.RequestsModel(with_handler=True), lambda: self.tr("Queue: overdue and due soon"))
            place.append(("queue", 0))
        if actor.can(Permission.HANDLE_REQUEST):
            self._section("myRequests", models.RequestsModel(with_handler=False),
                          lambda: self.tr("My open requests"))
            place.append(("myRequests", 0))
        if actor.can(Permission.RECORD_CALL):
            self._section("recentCalls", models.CallsModel(), lambda: self.tr("My recent calls"))
            self._section("recentCustomers", models.CustomersModel(), lambda: self.tr("Customers I opened recently"))
            place += [("recentCalls", 1), ("recentCustomers", 1)]
        if actor.can(Permission.MANAGE_USERS):
            self._section("staff", models.StaffModel(), lambda: self.tr("Users who may need help signing in"))
            self._section("roles", models.RoleCountsModel(), lambda: self.tr("Users and sign-ins today by role"))
            place += [("staff", 0), ("roles", 1)]
        if actor.can(Permission.READ_AUDIT):
            self._section("auditItems", models.AuditItemsModel(), lambda: self.tr("Notable events today"))
            self._section("auditCounts", models.AuditCountsModel(), lambda: self.tr("Today in the audit log"))
            place += [("auditItems", 0), ("auditCounts", 1)]
        self._columns = [self.ui.left_column, self.ui.right_column]
        for number, column in enumerate(self._columns):
            for key, where in place:
                if where == number:
                    column.addWidget(self.sections[key][0])
            column.addStretch(0)  # takes the room only when every list of the column is empty
        self._retranslate()

    def _section(self, key: str, model: RowsModel, title: Callable[[], str]) -> None:
        section = Section(key, model, self)
        section.view.activated.connect(self._activated)
        section.view.installEventFilter(self)
        self.sections[key] = (section, title)

    def section(self, key: str) -> Section | None:
        entry = self.sections.get(key)
        return entry[0] if entry else None

    def title(self) -> str:
        return self.tr("Today")

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ui.status.setText(self.tr("Updating…"))
        ops.load_worklist(self._session).success(self._show).failure(self._failed).run_in(self._runner, owner=self)
        if self._keeps_receipts:
            admin_ops.daily_receipt(self._session).success(self._show_receipts).failure(
                self._receipts_failed).run_in(self._runner, owner=self)

    def _show_receipts(self, check: ReceiptCheck) -> None:
        self.receipt_check = check
        self.ui.receipt_warning.setText(check.describe(translate_domain))
        self.ui.receipt_warning.setVisible(check.broken)
        self._fill()  # the chain's summary line depends on it

    def _receipts_failed(self, exc: BaseException) -> None:
        self.receipt_check = None
        self.ui.receipt_warning.setText(error_text(exc))
        self.ui.receipt_warning.show()

    def _failed(self, exc: BaseException) -> None:
        self.ui.status.setText(error_text(exc))

    def _show(self, work: wl.Worklist) -> None:
        self.worklist = work
        self.ui.status.setText("")
        self._fill()
        if work.suspended_lookups:
            self.attention_needed.emit()
        if not self._focused_once and self.isVisible():
            self._focused_once = True
            focus = self.window().focusWidget()
            if focus is None or not self.isAncestorOf(focus):
                view = next((s.view for s, _t in self.sections.values() if s.view.isVisible()), None)
                (view or self).setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit()

    def _fill(self) -> None:
        work = self.worklist
        if work is None:
            return
        self.ui.heading.setText(self.tr("Today, {date}").format(date=fmt_day(work.today)))
        if s := self.section("suspendedLookups"):
            s.show_rows(work.suspended_lookups, "", self.tr(
                "These users' identity-code searches found nobody too often and are refused until released. "
                "Ask them what happened before you release them."))
            s.setVisible(bool(work.suspended_lookups))
            if work.suspended_lookups and not s.view.currentIndex().isValid():
                s.view.setCurrentIndex(s.model.index(0, 0))
        if (s := self.section("queue")) and work.queue is not None:
            q = work.queue
            summary = " · ".join([self.tr("%n open request(s)", "", q.open_count), self.tr("%n overdue", "", q.overdue_count),
                                  self.tr("%n due within 5 working days", "", q.due_soon_count)])
            s.show_rows(q.items, self.tr("Nothing in the queue is overdue or due within 5 working days."), summary)
        if s := self.section("myRequests"):
            mine = work.my_requests
            overdue = sum(i.urgency == wl.OVERDUE for i in mine)
            soon = sum(i.urgency == wl.DUE_SOON for i in mine)
            summary = " · ".join([self.tr("%n assigned to you", "", len(mine)), self.tr("%n overdue", "", overdue),
                                  self.tr("%n due within 5 working days", "", soon)]) if mine else ""
            s.show_rows(mine, self.tr("No open requests are assigned to you."), summary)
        if s := self.section("recentCalls"):
            s.show_rows(work.recent_calls, self.tr("No calls in the last %n day(s).", "", wl.RECENT_DAYS))
        if s := self.section("recentCustomers"):
            s.show_rows(work.recent_customers,
                        self.tr("You have not opened a customer in the last %n day(s).", "", wl.RECENT_DAYS))
        if (s := self.section("staff")) and work.staff is not None:
            locked = sum(u.locked_until is not None for u in work.staff.attention)
            never = sum(u.last_login_at is None for u in work.staff.attention)
            summary = " · ".join([self.tr("%n locked out", "", locked), self.tr("%n never signed in", "", never)])
            s.show_rows(work.staff.attention, self.tr("Every user can sign in: nobody is locked out or waiting."),
                        summary)
        if (s := self.section("roles")) and work.staff is not None:
            s.show_rows(work.staff.by_role, self.tr("No users."))
        if (s := self.section("auditItems")) and work.audit is not None:
            s.show_rows(work.audit.items, self.tr("No notable events today."))
        if (s := self.section("auditCounts")) and work.audit is not None:
            s.show_rows(work.audit.counts, self.tr("No notable events today."), self._chain_text(work.audit))
        # Longer lists get more of the height; a column of empty lists gives its width to the other.
        for number, column in enumerate(self._columns):
            filled = False
            for section, _title in self.sections.values():
                count = section.model.rowCount()
                if column.indexOf(section) >= 0:
                    column.setStretchFactor(section, count + 3 if count else 0)
                    filled = filled or bool(count)
            self.ui.column_row.setStretch(number, (3 if number == 0 else 2) if filled else 1)

    def _chain_text(self, audit: wl.AuditSummary) -> str:
        rows = self.tr("%n row(s) written today.", "", audit.rows_today)
        if audit.chain_intact is None:
            return rows
        if audit.chain_intact and self.receipt_check is not None and self.receipt_check.broken:
            # Today's links hold, but the chain no longer extends the receipt above: say nothing reassuring.
            return self.tr("Today's rows link to each other, but see the warning above.") + " " + rows
        if audit.chain_intact:
            return self.tr("Today's part of the audit chain is intact.") + " " + rows
        return self.tr("The audit chain is broken at row {id}: check the whole chain on the Audit log page "
                       "(Chain check).").format(id=audit.first_bad_id)

    # -- opening and typing --------------------------------------------------------------------

    def _release_chosen(self) -> None:
        section = self.section("suspendedLookups")
        row = section.view.currentIndex().data(ROW_ROLE) if section else None
        if isinstance(row, wl.SuspendedLogin):
            self.release_button.setEnabled(False)
            ops.release_hetu_lookups(self._session, row.username).success(self._released).failure(
                self._release_failed).run_in(self._runner, owner=self)

    def _released(self, _released: bool) -> None:
        self.release_button.setEnabled(True)
        self.refresh()

    def _release_failed(self, exc: BaseException) -> None:
        self.release_button.setEnabled(True)
        self._failed(exc)

    def _activated(self, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, wl.SuspendedLogin):
            self._release_chosen()
        elif isinstance(row, wl.RequestItem):
            self.request_chosen.emit(row.id)
        elif isinstance(row, wl.CustomerItem):
            self.customer_chosen.emit(row.customer_id, row.name)
        elif isinstance(row, wl.CallItem) and row.customer_id is not None:
            self.customer_chosen.emit(row.customer_id, row.customer_name)

    def _typed(self, event: QEvent) -> bool:
        """A letter typed on the page starts a search (the lists would use it to jump between rows)."""
        if (self._types_to_search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.text().strip() and event.text().isprintable()
                and not event.modifiers() & _TYPING_BLOCKERS):
            self.search_typed.emit(event.key(), event.text())
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self._typed(event) or super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._typed(event):
            super().keyPressEvent(event)

    # -- life ----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self._types_to_search:
            self.ui.hint.setText(self.tr("Start typing to search for a customer (or press F3). Enter or a double-click "
                                      "opens the chosen row."))
        else:
            self.ui.hint.setText(self.tr("F5 reads the page again."))
        if self.section("suspendedLookups"):
            self.release_button.setText(self.tr("Re&lease the chosen user's searches"))
        for section, title in self.sections.values():
            section.setTitle(title())
        if self.receipt_check is not None:
            self._show_receipts(self.receipt_check)
        self._fill()  # the lists again: their headers and texts in the new language
