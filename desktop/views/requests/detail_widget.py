"""One request: its deadline, identity check, workflow actions, letters (preview, print, post), history.

Only the moves the workflow allows for the user's role are offered (desktop.core.request_states);
the service checks them again, so a stale screen can never make a forbidden change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import request_states as rs
from desktop.core.letters import LetterType
from desktop.core.roles import Permission
from desktop.operations import letters as letter_ops
from desktop.operations import requests as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text, translate_domain
from desktop.views.requests.claim_bar import ClaimBar, deadline_reasoning
from desktop.views.requests.common import (
    PrinterChooser,
    ask_printer,
    channel_labels,
    fmt_day,
    identity_method_labels,
    request_type_labels,
    state_label,
)
from desktop.views.requests.match_widget import CustomerMatcher
from desktop.views.requests.preview_dialog import LetterPreviewDialog
from desktop.views.requests.print_flow import PrintFlow
from desktop.views.requests.refusal_dialog import RefusalDialog
from desktop.views.requests.tables import ROW_ROLE, HistoryModel, LettersModel
from desktop.views.tables import read_only_list

# Moves with a button of their own elsewhere in the widget (or done by printing and posting).
_SPECIAL = {rs.State.READY_TO_PRINT, rs.State.REFUSED, rs.State.EXTENDED, rs.State.PRINTED, rs.State.DISPATCHED}


def _table(model: Any, parent: QWidget, name: str) -> QTableView:
    view = read_only_list(QTableView(parent), name, single=True)
    view.setModel(model)
    return view


class RequestDetail(QWidget):
    """Shows one request. ``changed(RequestInfo)`` after every successful action (the queue reloads),
    ``loaded()`` whenever the view shows fresh data, ``printed(list)`` when letters were printed."""

    changed = Signal(object)
    loaded = Signal()
    printed = Signal(list)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None, *,
                 choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self._runner = runner
        self._session = session
        self._choose_printer = choose_printer
        self.info: Any = None
        self.preview: LetterPreviewDialog | None = None
        self.refusal: RefusalDialog | None = None
        self.print_flow = PrintFlow(runner, session, self)
        self.print_flow.finished.connect(self._printed)
        self.print_flow.failed.connect(self._fail)

        self.title = QLabel(self)
        self.title.setObjectName("requestTitle")
        self.deadline = QLabel(self)
        self.deadline.setObjectName("deadline")
        self.claim = ClaimBar(session.actor, self)
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setStyleSheet("color: #a4262c; font-weight: bold")
        self.message = QLabel(self)
        self.message.setObjectName("detailMessage")
        self.message.setWordWrap(True)

        self.matcher = CustomerMatcher(runner, session, self)
        self.identity_method = QComboBox(self)
        self.identity_method.setObjectName("identityMethod")
        for code in identity_method_labels():
            self.identity_method.addItem("", code)
        self.identity_button = QPushButton(self)
        self.identity_button.setObjectName("identityButton")
        self.clarify_button = QPushButton(self)
        self.clarify_button.setObjectName("clarifyButton")
        self.identity_done = QLabel(self)
        self.identity_done.setObjectName("identityDone")

        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.transition_box = QHBoxLayout()
        self.sign_off_button = QPushButton(self)
        self.sign_off_button.setObjectName("signOffButton")
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("refuseButton")
        self.extend_months = QSpinBox(self)
        self.extend_months.setRange(1, 2)
        self.extend_button = QPushButton(self)
        self.extend_button.setObjectName("extendButton")

        self.letters_model = LettersModel(self)
        self.letters = _table(self.letters_model, self, "letters")
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewButton")
        self.ack_button = QPushButton(self)
        self.ack_button.setObjectName("ackButton")
        self.posting_date = QDateEdit(QDate.currentDate(), self)
        self.posting_date.setObjectName("postingDate")
        self.posting_date.setDisplayFormat("d.M.yyyy")
        self.posting_date.setMaximumDate(QDate.currentDate())
        self.dispatch_button = QPushButton(self)
        self.dispatch_button.setObjectName("dispatchButton")

        self.history_model = HistoryModel(self)
        self.history = _table(self.history_model, self, "history")
        self._layout()
        self._connect()
        self.retranslate()
        self.show_request(None)

    def retranslate(self) -> None:
        """Every text of the widget; the request's own lines and move buttons are written again too."""
        for index, label in enumerate(identity_method_labels().values()):
            self.identity_method.setItemText(index, label)
        self.identity_button.setText(self.tr("Record identity check"))
        self.clarify_button.setText(self.tr("Needs clarification (letter, pause)"))
        self.reason.setPlaceholderText(self.tr("Reason (hold, extension, refusal, withdrawal, clarification) "
                                               "or, at sign-off, what was done"))
        self.sign_off_button.setText(self.tr("Sign off and generate reply"))
        self.refuse_button.setText(self.tr("Refuse…"))
        self.extend_months.setSuffix(self.tr(" month(s)"))
        self.extend_button.setText(self.tr("Extend deadline (letter)"))
        self.preview_button.setText(self.tr("Preview and print…"))
        self.ack_button.setText(self.tr("Acknowledgement letter"))
        self.dispatch_button.setText(self.tr("Mark posted"))
        self.posted_label.setText(self.tr("Posted on:"))
        for box, title in zip(self._boxes, (self.tr("Identity check"), self.tr("Workflow"), self.tr("Letters"),
                                            self.tr("History")), strict=True):
            box.setTitle(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_header(self.info)
            if self.info is not None:
                self._update_actions()
        super().changeEvent(event)

    def _layout(self) -> None:
        identity = QGroupBox(self)
        row = QHBoxLayout(identity)
        for widget in (self.identity_method, self.identity_button, self.clarify_button, self.identity_done):
            row.addWidget(widget)
        row.addStretch(1)
        workflow = QGroupBox(self)
        column = QVBoxLayout(workflow)
        column.addWidget(self.reason)
        column.addLayout(self.transition_box)
        actions = QHBoxLayout()
        for widget in (self.sign_off_button, self.refuse_button, self.extend_months, self.extend_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        column.addLayout(actions)
        letters = QGroupBox(self)
        letters_layout = QVBoxLayout(letters)
        letters_layout.addWidget(self.letters)
        buttons = QHBoxLayout()
        self.posted_label = QLabel(self)
        self.posted_label.setBuddy(self.posting_date)
        for widget in (self.preview_button, self.ack_button, self.posted_label, self.posting_date,
                       self.dispatch_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        letters_layout.addLayout(buttons)
        history = QGroupBox(self)
        QVBoxLayout(history).addWidget(self.history)
        self._boxes = (identity, workflow, letters, history)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.deadline, self.claim, self.duplicates, self.matcher, identity, workflow, letters,
                       history, self.message):
            layout.addWidget(widget)

    def _connect(self) -> None:
        self.identity_button.clicked.connect(self._identity_checked)
        self.clarify_button.clicked.connect(self._clarify)
        self.sign_off_button.clicked.connect(lambda: self._act(ops.sign_off, self.reason.text().strip() or None))
        self.claim.claim_clicked.connect(lambda: self._act(ops.claim))
        self.claim.release_clicked.connect(lambda: self._act(ops.release))
        self.matcher.matched.connect(self._done)
        self.matcher.failed.connect(self.failed)
        self.refuse_button.clicked.connect(self._ask_refusal)
        self.extend_button.clicked.connect(lambda: self._act(ops.extend, self.extend_months.value(),
                                                             self.reason.text()))
        self.preview_button.clicked.connect(self._open_preview)
        self.ack_button.clicked.connect(self._acknowledge)
        self.dispatch_button.clicked.connect(self._dispatch)
        self.letters.doubleClicked.connect(lambda _index: self._open_preview())

    # -- showing -------------------------------------------------------------------------------

    def load(self, request_id: int) -> None:
        ops.load(self._runner, self._session, request_id, owner=self,
                 on_success=lambda pair: self.show_request(*pair), on_error=self._fail)

    def reload(self) -> None:
        if self.info is not None:
            self.load(self.info.id)

    def show_request(self, info: Any, letters: list[Any] | None = None) -> None:
        self.info = info
        self.letters_model.set_rows(letters or [])
        self.history_model.set_rows(info.events if info else [])
        if self.letters_model.rowCount():
            self.letters.selectRow(self.letters_model.rowCount() - 1)
        self._show_header(info)
        self.claim.show_info(info)
        self._update_actions()
        if info is not None:
            self.loaded.emit()

    def _show_header(self, info: Any) -> None:
        # Without a request there is nothing to act on: no empty boxes of disabled buttons, a line saying
        # where the request comes from instead.
        for box in self._boxes:
            box.setVisible(info is not None)
        if info is None:
            for label in (self.deadline, self.duplicates, self.identity_done):
                label.clear()
            self.title.setText(self.tr("Choose a request in the list: its details and actions are shown here."))
            return
        types, channels = request_type_labels(), channel_labels()
        signed = self.tr("signed") if info.signed else self.tr("NOT signed")
        self.title.setText(self.tr("{0} – {1} – {2}").format(
            info.reference, types.get(info.request_type, info.request_type), state_label(info.state)))
        self.title.setToolTip(self.tr("Received {0} by {1}, {2}").format(
            fmt_day(info.received_on), channels.get(info.channel, info.channel), signed))
        if rs.is_closed(info.state):
            text = self.tr("Closed. Posted on {0}.").format(fmt_day(info.dispatched_on)) \
                if info.dispatched_on else self.tr("Closed.")
        else:
            if info.days_left < 0:
                left = self.tr("%n day(s) OVERDUE", "", -info.days_left)
            else:
                left = self.tr("%n day(s) left", "", info.days_left)
            text = self.tr("Received {0}, reply due {1} ({2}).").format(
                fmt_day(info.received_on), fmt_day(info.due_on), left)
            if info.extended:
                text += " " + self.tr("Deadline extended.")
            if info.paused_since:
                text += " " + self.tr("Clock paused since {0} (identity clarification).").format(
                    fmt_day(info.paused_since))
            if info.paused_days:
                text += " " + self.tr("Paused %n day(s) so far.", "", info.paused_days)
            if info.assigned_to:
                text += " " + self.tr("Handled by {0}.").format(info.assigned_to)
        self.deadline.setText(text)
        self.deadline.setToolTip(deadline_reasoning(info))
        self.duplicates.setText(self.tr("Also open for this customer: {0}").format(", ".join(info.duplicates))
                                if info.duplicates else "")
        method = identity_method_labels().get(info.identity_method or "", "")
        checked = [e for e in info.events if e.kind == "identity_checked"]
        self.identity_done.setText(self.tr("Checked: {0} ({1}, {2})").format(
            method, checked[-1].actor, fmt_day(checked[-1].occurred_at.date())) if checked else "")

    def _update_actions(self) -> None:
        info, actor = self.info, self._session.actor
        while self.transition_box.count():
            item = self.transition_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        state = rs.State(info.state) if info else None
        targets = set(rs.allowed_targets(state, actor.role)) if state else set()
        working = state is not None and not rs.is_closed(state)
        unmatched = working and info.customer_id is None and actor.can(Permission.HANDLE_REQUEST)
        self.matcher.set_request(info.id if unmatched else None)
        self.matcher.setVisible(unmatched)
        for target in rs.allowed_targets(state, actor.role) if state else []:
            if target in _SPECIAL:
                continue
            button = QPushButton(self.tr("→ {0}").format(state_label(target)), self)
            button.setObjectName(f"to_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self._act(ops.transition, t.value,
                                                                       self.reason.text() or None))
            self.transition_box.addWidget(button)
        self.transition_box.addStretch(1)
        identity_open = state in (rs.State.RECEIVED, rs.State.IDENTITY_CHECK, rs.State.ON_HOLD)
        self.identity_button.setEnabled(bool(identity_open and info.customer_id is not None))
        self.clarify_button.setEnabled(bool(identity_open and rs.State.ON_HOLD in targets
                                            and info.customer_id is not None))
        self.sign_off_button.setEnabled(rs.State.READY_TO_PRINT in targets)
        self.refuse_button.setEnabled(rs.State.REFUSED in targets)
        self.extend_button.setEnabled(rs.State.EXTENDED in targets and not info.extended)
        self.extend_months.setEnabled(self.extend_button.isEnabled())
        self.reason.setEnabled(working)
        can_print = actor.can(Permission.PRINT_LETTER)
        self.preview_button.setEnabled(can_print and self.letters_model.rowCount() > 0)
        self.ack_button.setEnabled(working and info.customer_id is not None)
        waiting = any(r.printed_at and not r.dispatched_on for r in self.letters_model.rows())
        self.dispatch_button.setEnabled(can_print and waiting)
        self.posting_date.setEnabled(self.dispatch_button.isEnabled())

    # -- acting --------------------------------------------------------------------------------

    def _act(self, operation: Any, *args: Any, versioned: bool = True) -> None:
        """``versioned``: the request's version on screen goes along, so a colleague's change meanwhile
        is refused (ops.RequestChanged) rather than acted on blindly."""
        if self.info is None:
            return
        self.message.clear()
        version = {"expected_version": self.info.version} if versioned else {}
        operation(self._runner, self._session, self.info.id, *args, owner=self,
                  on_success=self._done, on_error=self._fail, **version)

    def _done(self, result: Any) -> None:
        """Either a RequestInfo or a generated letter: reload both the request and its letters."""
        if result is not None and getattr(result, "address_problems", ()):
            self.message.setText(self.tr("Check the address before printing: {0}").format(
                "; ".join(translate_domain(p) for p in result.address_problems)))
        self.reason.clear()
        self.reload()
        self.changed.emit(result)

    def _fail(self, error: BaseException | str) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.message.setText(text)
        self.failed.emit(text)
        if isinstance(error, ops.RequestChanged):
            # The message says the request has been reloaded: show the colleague's change (and the queue's).
            self.reload()
            self.changed.emit(None)

    def _ask_refusal(self) -> None:
        """The reason is printed in the letter: it is written in a window of its own, never left empty."""
        if self.info is None:
            return
        self.refusal = RefusalDialog(self.info.reference, self.reason.text(), self)
        self.refusal.refused.connect(lambda reason: self._act(ops.refuse, reason))
        self.refusal.finished.connect(self.refusal.deleteLater)
        self.refusal.open()

    def _identity_checked(self) -> None:
        self._act(ops.record_identity_check, self.identity_method.currentData())

    def _clarify(self) -> None:
        self._act(ops.needs_clarification, self.reason.text())

    def _acknowledge(self) -> None:
        self._act(letter_ops.generate, LetterType.ACKNOWLEDGEMENT.value, versioned=False)

    def _dispatch(self) -> None:
        self._act(letter_ops.dispatch, self.posting_date.date().toPython(), versioned=False)

    # -- preview and printing ------------------------------------------------------------------

    def selected_letter(self) -> Any:
        index = self.letters.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _open_preview(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        letter_ops.load(self._runner, self._session, letter.id, owner=self, on_success=self._show_preview,
                        on_error=self._fail)

    def _show_preview(self, letter: Any) -> None:
        title = f"{letter.reference} – {self.letters_model.columns()[0][1](letter)}"
        self.preview = LetterPreviewDialog(letter.pdf, title, self._choose_printer, self,
                                           can_print=not self.print_flow.running)
        self.preview.accepted.connect(lambda: self._print(letter))
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.open()

    def _print(self, letter: Any) -> None:
        printer = self.preview.printer if self.preview is not None else None
        if printer is None:
            return
        self.message.setText(self.tr("Printing {0} …").format(letter.reference))
        self.print_flow.print_loaded(printer, [letter], doc_name=f"{letter.reference} {letter.letter_type}")

    def _printed(self, letter_ids: list[int]) -> None:
        self.message.setText(self.tr("Printed. Put the letter in a window envelope and mark it posted."))
        self.reload()
        self.printed.emit(letter_ids)
        self.changed.emit(None)

