"""One request: its deadline, identity check, workflow actions, letters (preview, print, post), history.

Only what the request's DTO allows is offered (decided by desktop.core.request_actions); the service
checks the same rule again, so a stale screen can never make a forbidden change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core import request_states as rs
from desktop.core.letters import LetterType
from desktop.core.request_actions import Action, RequestActions
from desktop.operations import letters as letter_ops
from desktop.operations import requests as ops
from desktop.operations.op import Op
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_request_detail import Ui_RequestDetail
from desktop.views.desk.common import error_text, translate_domain
from desktop.views.requests.claim_bar import ClaimBar, deadline_reasoning
from desktop.views.requests.common import (
    PrinterChooser,
    ask_printer,
    channel_labels,
    fmt_day,
    identity_method_labels,
    print_run,
    request_type_labels,
    state_label,
)
from desktop.views.requests.match_widget import CustomerMatcher
from desktop.views.requests.preview_dialog import LetterPreviewDialog
from desktop.views.requests.refusal_dialog import RefusalDialog
from desktop.views.requests.tables import ROW_ROLE, HistoryModel, LettersModel
from desktop.views.tables import read_only_list

# The actions whose reason (or, at sign-off, the outcome) is typed in the reason field.
_WITH_REASON = (Action.CLARIFY, Action.SIGN_OFF, Action.REFUSE, Action.EXTEND)


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
        self.info: Any = None  # the RequestInfo on screen
        self.preview: LetterPreviewDialog | None = None
        self.refusal: RefusalDialog | None = None
        self.print_flow = print_run(runner, session, self)
        self.print_flow.finished.connect(self._printed)
        self.print_flow.failed.connect(self._fail)

        # Created before the form's widgets so that Tab reaches them in reading order (claim, match, identity…).
        self.claim = ClaimBar(session.actor, self)
        self.matcher = CustomerMatcher(runner, session, self)
        self.ui = Ui_RequestDetail()
        self.ui.setupUi(self)
        self.ui.main_layout.insertWidget(2, self.claim)
        self.ui.main_layout.insertWidget(4, self.matcher)
        for code in identity_method_labels():
            self.ui.identity_method.addItem("", code)
        self.ui.posting_date.setDate(QDate.currentDate())
        self.ui.posting_date.setMaximumDate(QDate.currentDate())
        self.letters_model = LettersModel(self)
        self.history_model = HistoryModel(self)
        for view, model in ((self.ui.letters, self.letters_model), (self.ui.history, self.history_model)):
            read_only_list(view, single=True).setModel(model)
        self._boxes = (self.ui.identity_box, self.ui.workflow_box, self.ui.letters_box, self.ui.history_box)
        self._connect()
        self.retranslate()
        self.show_request(None)

    def retranslate(self) -> None:
        """Every text of the widget; the request's own lines and move buttons are written again too."""
        self.ui.retranslateUi(self)
        for index, label in enumerate(identity_method_labels().values()):
            self.ui.identity_method.setItemText(index, label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_header(self.info)
            if self.info is not None:
                self._update_actions()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.ui.identity_button.clicked.connect(self._identity_checked)
        self.ui.clarify_button.clicked.connect(self._clarify)
        self.ui.sign_off_button.clicked.connect(lambda: self._act(lambda r: ops.sign_off(
            self._session, r.id, self.ui.reason.text().strip() or None, expected_version=r.version)))
        self.claim.claim_clicked.connect(lambda: self._act(
            lambda r: ops.claim(self._session, r.id, expected_version=r.version)))
        self.claim.release_clicked.connect(lambda: self._act(
            lambda r: ops.release(self._session, r.id, expected_version=r.version)))
        self.matcher.matched.connect(self._done)
        self.matcher.failed.connect(self.failed)
        self.ui.refuse_button.clicked.connect(self._ask_refusal)
        self.ui.extend_button.clicked.connect(lambda: self._act(lambda r: ops.extend(
            self._session, r.id, self.ui.extend_months.value(), self.ui.reason.text(), expected_version=r.version)))
        self.ui.preview_button.clicked.connect(self._open_preview)
        self.ui.ack_button.clicked.connect(self._acknowledge)
        self.ui.dispatch_button.clicked.connect(self._dispatch)
        self.ui.letters.doubleClicked.connect(lambda _index: self._open_preview())

    # -- showing -------------------------------------------------------------------------------

    def load(self, request_id: int) -> None:
        ops.load(self._session, request_id).success(lambda pair: self.show_request(*pair)).failure(self._fail).run_in(
            self._runner, owner=self)

    def reload(self) -> None:
        if self.info is not None:
            self.load(self.info.id)

    def show_request(self, info: ops.RequestInfo | None, letters: list[ops.LetterSummary] | None = None) -> None:
        self.info = info
        self.letters_model.set_rows(letters or [])
        self.history_model.set_rows(info.events if info else [])
        if self.letters_model.rowCount():
            self.ui.letters.selectRow(self.letters_model.rowCount() - 1)
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
            for label in (self.ui.deadline, self.ui.duplicates, self.ui.identity_done):
                label.clear()
            self.ui.title.setText(self.tr("Choose a request in the list: its details and actions are shown here."))
            return
        types, channels = request_type_labels(), channel_labels()
        signed = self.tr("signed") if info.signed else self.tr("NOT signed")
        self.ui.title.setText(self.tr("{0} – {1} – {2}").format(
            info.reference, types.get(info.request_type, info.request_type), state_label(info.state)))
        self.ui.title.setToolTip(self.tr("Received {0} by {1}, {2}").format(
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
        self.ui.deadline.setText(text)
        self.ui.deadline.setToolTip(deadline_reasoning(info))
        self.ui.duplicates.setText(self.tr("Also open for this customer: {0}").format(", ".join(info.duplicates))
                                if info.duplicates else "")
        method = identity_method_labels().get(info.identity_method or "", "")
        checked = [e for e in info.events if e.kind == "identity_checked"]
        self.ui.identity_done.setText(self.tr("Checked: {0} ({1}, {2})").format(
            method, checked[-1].actor, fmt_day(checked[-1].occurred_at.date())) if checked else "")

    def _update_actions(self) -> None:
        """Shows what the request's DTO allows (desktop.core.request_actions decided it; the service
        enforces the same rule). A button the user's role has but may not use now says why in its tooltip."""
        info, ui = self.info, self.ui
        while ui.transition_box.count():
            item = ui.transition_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        actions = info.actions if info is not None else RequestActions()
        unmatched = actions.allows(Action.MATCH_CUSTOMER)
        self.matcher.set_request(info.id if unmatched else None)
        self.matcher.setVisible(unmatched)
        for target in actions.moves:
            button = QPushButton(self.tr("→ {0}").format(state_label(target)), self)
            button.setObjectName(f"to_{target.value}")
            button.clicked.connect(lambda _=False, t=target: self._act(lambda r: ops.transition(
                self._session, r.id, t.value, ui.reason.text() or None, expected_version=r.version)))
            ui.transition_box.addWidget(button)
        ui.transition_box.addStretch(1)
        for button, action in ((ui.identity_button, Action.RECORD_IDENTITY), (ui.clarify_button, Action.CLARIFY),
                               (ui.sign_off_button, Action.SIGN_OFF), (ui.refuse_button, Action.REFUSE),
                               (ui.extend_button, Action.EXTEND), (ui.ack_button, Action.ACKNOWLEDGE),
                               (ui.preview_button, Action.PRINT), (ui.dispatch_button, Action.DISPATCH)):
            button.setEnabled(actions.allows(action))
            why_not = actions.why_not.get(action)
            button.setToolTip(error_text(why_not) if why_not is not None else "")
        ui.extend_months.setEnabled(ui.extend_button.isEnabled())
        ui.reason.setEnabled(bool(actions.moves) or any(actions.allows(a) for a in _WITH_REASON))
        ui.posting_date.setEnabled(ui.dispatch_button.isEnabled())

    # -- acting --------------------------------------------------------------------------------

    def _act(self, act: Callable[[ops.RequestInfo], Op[ops.RequestInfo] | Op[ops.GeneratedLetter]]) -> None:
        """Run the op ``act`` makes for the request on screen. Its changes take the version on screen along
        (``expected_version``), so a colleague's change meanwhile is refused (ops.RequestChanged) rather
        than acted on blindly."""
        if self.info is None:
            return
        self.ui.message.clear()
        act(self.info).success(self._done).failure(self._fail).run_in(self._runner, owner=self)

    def _done(self, result: ops.RequestInfo | ops.GeneratedLetter | None) -> None:
        """Either a RequestInfo or a generated letter: reload both the request and its letters."""
        problems = result.address_problems if isinstance(result, ops.GeneratedLetter) else ()
        if problems:
            self.ui.message.setText(self.tr("Check the address before printing: {0}").format(
                "; ".join(translate_domain(p) for p in problems)))
        self.ui.reason.clear()
        self.reload()
        self.changed.emit(result)

    def _fail(self, error: BaseException | str) -> None:
        text = error if isinstance(error, str) else error_text(error)
        self.ui.message.setText(text)
        self.failed.emit(text)
        if isinstance(error, ops.RequestChanged):
            # The message says the request has been reloaded: show the colleague's change (and the queue's).
            self.reload()
            self.changed.emit(None)

    def _ask_refusal(self) -> None:
        """The reason is printed in the letter: it is written in a window of its own, never left empty."""
        if self.info is None:
            return
        self.refusal = RefusalDialog(self.info.reference, self.ui.reason.text(), self)
        self.refusal.refused.connect(lambda reason: self._act(
            lambda r: ops.refuse(self._session, r.id, reason, expected_version=r.version)))
        self.refusal.finished.connect(self.refusal.deleteLater)
        self.refusal.open()

    def _identity_checked(self) -> None:
        method = self.ui.identity_method.currentData()
        self._act(lambda r: ops.record_identity_check(self._session, r.id, method, expected_version=r.version))

    def _clarify(self) -> None:
        reason = self.ui.reason.text()
        self._act(lambda r: ops.needs_clarification(self._session, r.id, reason, expected_version=r.version))

    def _acknowledge(self) -> None:
        self._act(lambda r: letter_ops.generate(self._session, r.id, LetterType.ACKNOWLEDGEMENT.value))

    def _dispatch(self) -> None:
        posting_date = self.ui.posting_date.date().toPython()
        self._act(lambda r: letter_ops.dispatch(self._session, r.id, posting_date))

    # -- preview and printing ------------------------------------------------------------------

    def selected_letter(self) -> Any:
        index = self.ui.letters.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _open_preview(self) -> None:
        letter = self.selected_letter()
        if letter is None:
            return
        letter_ops.load(self._session, letter.id).success(self._show_preview).failure(self._fail).run_in(
            self._runner, owner=self)

    def _show_preview(self, letter: ops.GeneratedLetter) -> None:
        title = f"{letter.reference} – {self.letters_model.columns()[0][1](letter)}"
        self.preview = LetterPreviewDialog(letter.pdf, title, self._choose_printer, self,
                                           can_print=not self.print_flow.running)
        self.preview.accepted.connect(lambda: self._print(letter))
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.open()

    def _print(self, letter: ops.GeneratedLetter) -> None:
        printer = self.preview.printer if self.preview is not None else None
        if printer is None:
            return
        self.ui.message.setText(self.tr("Printing {0} …").format(letter.reference))
        self.print_flow.print_loaded(printer, [letter], doc_name=f"{letter.reference} {letter.letter_type}")

    def _printed(self, letter_ids: list[int]) -> None:
        self.ui.message.setText(self.tr("Printed. Put the letter in a window envelope and mark it posted."))
        self.reload()
        self.printed.emit(letter_ids)
        self.changed.emit(None)

