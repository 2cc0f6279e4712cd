"""The requests page: the supervisor's queue (deadlines, overdue first, filter by state, handler), batch
print, reassignment to another agent or supervisor, and the detail of the chosen request. "New request…"
(the window's Ctrl+N while this page is in front) registers a letter as it arrives.

In the main window it is the supervisor's "Requests" tab (desktop.views.admin.role_pages): it looks at
the queue at sign-in and asks to come forward when replies fall due within a few working days.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from desktop.core import deadlines
from desktop.core import request_states as rs
from desktop.core.queue_filter import QueueFilter
from desktop.core.roles import Permission
from desktop.operations import letters as letter_ops
from desktop.operations import requests as ops
from desktop.operations.print_engine import CoverSheet
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_requests_page import Ui_RequestsPage
from desktop.views.desk.common import error_text
from desktop.views.focus import place_in_tab_order
from desktop.views.requests.batch_print import BatchPrint
from desktop.views.requests.common import PrinterChooser, ask_printer, state_label
from desktop.views.requests.detail_widget import RequestDetail
from desktop.views.requests.intake_dialog import IntakeDialog
from desktop.views.requests.queue_filters import FilterBar
from desktop.views.requests.tables import ROW_ROLE, QueueModel
from desktop.views.tables import read_only_list

# A supervisor starts on the queue when a reply is due within this many working days (or overdue).
ATTENTION_WORKING_DAYS = 5


def due_soon(row: Any) -> bool:
    """An open, running request whose reply is due within ATTENTION_WORKING_DAYS working days."""
    if rs.is_closed(row.state) or row.paused:
        return False
    today = row.due_on - dt.timedelta(days=row.days_left)  # the service's today (Helsinki)
    return deadlines.due_within_working_days(row.due_on, today, ATTENTION_WORKING_DAYS)


class RequestsPage(QWidget):
    """Queue (supervisors) + detail. ``queue_loaded`` and ``batch_printed`` let tests wait, never sleep."""

    queue_loaded = Signal()
    batch_printed = Signal(list)
    batch_stopped = Signal(str)
    staff_loaded = Signal()
    reassigned = Signal(object)
    attention_needed = Signal()  # at sign-in: replies are due soon, the window brings this page forward

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None, *,
                 choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(parent)
        self.setObjectName("requestsPage")
        self._runner = runner
        self._session = session
        self._choose_printer = choose_printer
        self.intake_dialog: IntakeDialog | None = None
        self._notice = ""
        self._first_look = False
        actor = session.actor

        self.ui = Ui_RequestsPage()
        self.ui.setupUi(self)
        # The new-request action has no shortcut of its own: Ctrl+N is the window's (menu Customer), which
        # comes here while this page is in front; two window-wide actions on one key would make Qt ignore it.
        self.ui.new_action.setEnabled(actor.can(Permission.HANDLE_REQUEST))
        self.ui.new_action.triggered.connect(self.new_request)
        self.ui.new_button.setEnabled(self.ui.new_action.isEnabled())

        self.model = QueueModel(self)
        self.model.more_wanted.connect(self._fetch_more)
        self.proxy = QSortFilterProxyModel(self)  # the database filters and orders; the view shows its order
        self.proxy.setSourceModel(self.model)
        read_only_list(self.ui.table).setModel(self.proxy)  # several rows: bulk reassign and print
        self.ui.state_filter.addItem("", None)
        for state in rs.State:
            self.ui.state_filter.addItem("", state.value)
        for widget in (self.ui.batch_button, self.ui.print_selected_button):
            widget.setVisible(actor.can(Permission.BATCH_PRINT))
        for widget in (self.ui.assignee, self.ui.reassign_button):
            widget.setVisible(actor.can(Permission.REASSIGN))
        self.filters = FilterBar(actor.username, self)
        self.ui.queue_layout.insertWidget(1, self.filters)
        place_in_tab_order(self.ui.show_closed, self.filters)  # Tab: the checkbox, the filters, the buttons
        self.ui.queue_area.setVisible(actor.can(Permission.REVIEW_QUEUE))

        self.detail = RequestDetail(runner, session, self, choose_printer=choose_printer)
        place_in_tab_order(self.ui.reassign_button, self.detail)  # Tab: the queue's bar, then the detail
        # The detail is tall (identity, workflow, letters, history): it scrolls, so that the queue keeps
        # room for a dozen rows even at 1366x768. (Made here, after the detail: Tab reaches it last.)
        detail_scroll = QScrollArea(self)
        detail_scroll.setObjectName("detail_scroll")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(self.detail)
        self.ui.splitter.addWidget(detail_scroll)
        self.batch_flow = BatchPrint(runner, session, self)  # in parts, with progress and Cancel
        # The queue is what a supervisor scans: about ten rows at 1366x768; the detail below scrolls.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([420, 330])

        self.ui.new_button.clicked.connect(self.new_request)
        self.ui.state_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filters.changed.connect(self.refresh)
        self.ui.show_closed.toggled.connect(lambda _on: self.refresh())
        self.ui.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.batch_button.clicked.connect(self.batch_print)
        self.ui.print_selected_button.clicked.connect(self.print_selected)
        self.ui.reassign_button.clicked.connect(self.reassign)
        self.detail.changed.connect(lambda _r: self.refresh())
        self.batch_flow.finished.connect(self._batch_done)
        self.batch_flow.failed.connect(self._batch_stopped)
        self.batch_flow.stopped.connect(self._batch_stopped)
        self.batch_flow.status.connect(self.ui.status.setText)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the queue's bar; the table's headings and cells follow through the model."""
        self.ui.retranslateUi(self)
        self.ui.state_filter.setItemText(0, self.tr("All states"))
        for index, state in enumerate(rs.State, start=1):
            self.ui.state_filter.setItemText(index, state_label(state))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- queue ---------------------------------------------------------------------------------

    def start(self) -> None:
        """The first look at sign-in (the window calls it): does anything fall due soon?"""
        self._first_look = True
        self.refresh()

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if not self._first_look:  # (the first look at sign-in is on its way)
            self.refresh()  # coming back to the tab: colleagues may have moved requests meanwhile

    def refresh(self) -> None:
        if not self._session.actor.can(Permission.REVIEW_QUEUE):
            return
        if self._session.actor.can(Permission.REASSIGN) and self.ui.assignee.count() == 0:
            self.load_staff()  # once per page: staff changes seldom
        ops.queue(self._session, self.chosen()).success(self._show_queue).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def chosen(self) -> QueueFilter:
        """What the queue shows: closed requests or not, the state, and the filter bar's choices."""
        return self.filters.apply(QueueFilter(include_closed=self.ui.show_closed.isChecked(),
                                              state=self.ui.state_filter.currentData()))

    def _fetch_more(self, offset: int) -> None:
        """The user scrolled to the end of the rows read so far: read the next page on the lane."""
        ops.queue(self._session, self.chosen(), offset=offset).success(
            lambda answer: self.model.append_page(offset, answer[0].rows, answer[0].total)).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def _show_queue(self, answer: ops.QueueAnswer) -> None:
        page, released = answer
        rows = list(page.rows)
        current = self.detail.info.id if self.detail.info is not None else None
        self.model.set_page(rows, page.total)
        overdue = page.overdue
        self.ui.status.setText(self.tr("%n open request(s)", "", page.total)
                            + (self.tr(", %n overdue", "", overdue) if overdue else "")
                            + (self.tr(". %n idle claim(s) released automatically", "", released) if released else "")
                            + (f". {self._notice}" if self._notice else ""))
        self._notice = ""
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.index(proxy_row, 0).data(ROW_ROLE).id == current:
                self.ui.table.selectRow(proxy_row)
        if self._first_look and any(due_soon(r) for r in rows):
            self.attention_needed.emit()
        self._first_look = False
        self.queue_loaded.emit()

    def _row_changed(self, current: Any, _previous: Any) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is not None and (self.detail.info is None or self.detail.info.id != row.id):
            self.detail.load(row.id)

    def open_request(self, request_id: int) -> None:
        self.detail.load(request_id)

    # -- reassignment --------------------------------------------------------------------------

    def load_staff(self) -> None:
        ops.assignable_staff(self._session).success(self._show_staff).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def _show_staff(self, staff: list[ops.StaffMember]) -> None:
        self.ui.assignee.clear()
        for member in staff:
            self.ui.assignee.addItem(f"{member.display_name} ({member.username})", member.username)
        self.ui.reassign_button.setEnabled(self.ui.assignee.count() > 0)
        self.filters.set_staff([(m.username, m.display_name) for m in staff])
        self.staff_loaded.emit()

    def selected_rows(self) -> list[Any]:
        """The queue rows chosen (Ctrl/Shift+click), in the queue's order; else the current row."""
        rows = [index.data(ROW_ROLE) for index in sorted(self.ui.table.selectionModel().selectedRows(),
                                                         key=lambda i: i.row())]
        current = self.ui.table.currentIndex()
        return rows or ([current.data(ROW_ROLE)] if current.isValid() else [])

    def reassign(self) -> None:
        """Give the requests chosen in the queue to the agent or supervisor chosen beside the button."""
        rows = self.selected_rows()
        username = self.ui.assignee.currentData()
        if not rows:
            self.ui.status.setText(self.tr("Choose a request in the queue first."))
            return
        if len(rows) > 1:
            ops.reassign_many(self._session, [(r.id, r.version) for r in rows], username).success(
                self._reassigned_many).failure(self._reassign_failed).run_in(self._runner, owner=self)
            return
        ops.reassign(self._session, rows[0].id, username, expected_version=rows[0].version).success(
            self._reassigned).failure(self._reassign_failed).run_in(self._runner, owner=self)

    def _reassigned_many(self, answer: ops.Reassigned) -> None:
        done, failed = answer
        name = self.ui.assignee.currentText()
        self._notice = self.tr("Handler changed to {0}: %n request(s).", "", len(done)).format(name)
        if failed:
            self._notice += " " + self.tr("%n could not be reassigned: {0}", "", len(failed)).format(
                error_text(failed[0][1]))
        self.ui.status.setText(self._notice)
        self.detail.reload()
        self.refresh()
        for info in done:
            self.reassigned.emit(info)

    def _reassign_failed(self, exc: BaseException) -> None:
        self.ui.status.setText(error_text(exc))
        if isinstance(exc, ops.RequestChanged):
            # The message says the request has been reloaded: the queue row and the detail show it now.
            self._notice = error_text(exc)
            self.refresh()
            self.detail.reload()

    def _reassigned(self, info: ops.RequestInfo) -> None:
        # Shown with the queue's counts when the refreshed queue arrives (which rewrites the status line).
        self._notice = self.tr("{0} is now handled by {1}.").format(info.reference, info.assigned_to)
        self.ui.status.setText(self._notice)
        if self.detail.info is not None and self.detail.info.id == info.id:
            self.detail.reload()
        self.refresh()
        self.reassigned.emit(info)

    # -- intake --------------------------------------------------------------------------------

    def new_request(self) -> None:
        self.intake_dialog = IntakeDialog(self._runner, self._session, self)
        self.intake_dialog.created.connect(lambda info: (self.open_request(info.id), self.refresh()))
        self.intake_dialog.finished.connect(self.intake_dialog.deleteLater)
        self.intake_dialog.open()

    # -- batch print ---------------------------------------------------------------------------

    def batch_print(self) -> None:
        """All letters waiting for the printer, oldest first, as one job behind a cover sheet."""
        letter_ops.waiting(self._session).success(self._print_waiting).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def print_selected(self) -> None:
        """The waiting letters of the requests chosen in the queue, as one job behind a cover sheet."""
        chosen = {row.id for row in self.selected_rows()}
        letter_ops.waiting(self._session).success(lambda letters: self._print_waiting(
            [letter for letter in letters if letter.request_id in chosen])).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def _print_waiting(self, letters: list[letter_ops.LetterSummary]) -> None:
        if not letters:
            self.ui.status.setText(self.tr("No letters are waiting to be printed."))
            return
        if self.batch_flow.running:
            return
        printer = self._choose_printer(self)
        if printer is None:
            return
        actor = self._session.actor
        cover = CoverSheet(self.tr("Letters to post"), actor.display_name or actor.username, dt.datetime.now(dt.UTC))
        self.ui.status.setText(self.tr("Printing %n letter(s)…", "", len(letters)))
        self.batch_flow.print_stored(printer, [letter.id for letter in letters],
                                     doc_name=self.tr("Palvelutiski letters"), cover=cover)

    def _batch_stopped(self, summary: str) -> None:
        """Cancelled or failed part-way: the summary line, and the queue as the printed parts left it."""
        self._notice = summary  # kept when the refreshed queue rewrites the status line
        self.ui.status.setText(summary)
        self.refresh()
        self.detail.reload()
        self.batch_stopped.emit(summary)

    def _batch_done(self, letter_ids: list[int]) -> None:
        self._notice = self.tr("%n letter(s) printed.", "", len(letter_ids))  # kept through the queue's refresh
        self.ui.status.setText(self._notice)
        self.refresh()
        self.detail.reload()
        self.batch_printed.emit(letter_ids)
