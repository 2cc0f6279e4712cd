"""The call panel: F2 opens a call record, the recording notice is read, the answer marked, notes kept.

The notice must be given before recording starts (finnish-domain.md §3.5), so the script is the first
thing on the panel, in the customer's language, and the two answers have their own keys. An
objection stops the recording at once and cannot be undone from here.

The panel names whose call it is ("Call: Mäkinen Maija, 100001", and the customers linked to it), so
the notes typed here are never mistaken for notes on the card that happens to be on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFrame, QWidget

from desktop.core.notes import CALL_NOTES_MAX
from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.op import Op
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_call_panel import Ui_CallPanel
from desktop.views.desk.common import error_text, fmt_date
from desktop.views.desk.labels import label


class CallPanel(QFrame):
    """One call at a time. ``customer_id_provider`` tells which customer a new call is about (or None)."""

    call_changed = Signal(object)  # CallInfo after start, notice, objection, attach
    call_ended = Signal(object)  # CallInfo of the ended call

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._call: Any = None  # a CallInfo; None between calls (in_call tells which)
        self._busy = False
        self.customer_id: int | None = None
        self.setObjectName("callPanel")
        self.ui = Ui_CallPanel()
        self.ui.setupUi(self)
        bold = QFont(self.ui.whose.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.ui.whose.setFont(bold)
        font = QFont(self.ui.script.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.script.setFont(font)
        # Four lines: room to type while talking (the counter shows what is left), without pushing the
        # card's sections off a 768-pixel screen.
        notes = self.ui.notes
        margins = notes.contentsMargins()
        notes.setFixedHeight(4 * notes.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
                             + 2 * int(notes.document().documentMargin()) + 8)
        notes.textChanged.connect(self._count)
        self.ui.new_call_action.triggered.connect(lambda: self.start_call())
        self.ui.accepted_action.triggered.connect(lambda: self.mark_notice(True))
        self.ui.objected_action.triggered.connect(lambda: self.mark_notice(False))
        self.ui.notes_action.triggered.connect(self._focus_notes)
        self.ui.end_action.triggered.connect(lambda: self.end_call())
        self.ui.accept_button.clicked.connect(self.ui.accepted_action.trigger)
        self.ui.object_button.clicked.connect(self.ui.objected_action.trigger)
        self.ui.end_button.clicked.connect(self.ui.end_action.trigger)
        self.retranslate()
        self._refresh()

    # -- public --------------------------------------------------------------------------------

    def actions_for_window(self) -> list[QAction]:
        return [self.ui.new_call_action, self.ui.accepted_action, self.ui.objected_action, self.ui.notes_action,
                self.ui.end_action]

    @property
    def call(self) -> Any:
        return self._call

    @property
    def in_call(self) -> bool:
        return self._call is not None and self._call.ended_at is None

    def start_call(self, customer_id: int | None = None, then: Callable[[ops.CallInfo], None] | None = None) -> None:
        """F2: a new call about ``customer_id`` (default: the card on screen). During a call the panel
        says so instead: one call at a time, and a second F2 must not look like it did nothing."""
        if not self._session.actor.can(Permission.RECORD_CALL) or self._busy:
            return
        if self.in_call:
            self.ui.status.setText(self.tr("A call is already going on: {whose}. End it with F8 before starting "
                                        "a new one.").format(whose=self._whose(self._call)))
            return
        self._run(ops.start_call(self._session, customer_id if customer_id is not None else self.customer_id),
                  then=then)
        self.ui.notes.clear()

    def attach_customer(self, customer_id: int) -> None:
        """The caller was found after the call began: the call record gets the customer."""
        self.customer_id = customer_id
        if self.in_call and self._call.customer_id is None:
            self._run(ops.attach_customer(self._session, self._call.call_id, customer_id))

    def link_customer(self, customer_id: int, then: Callable[[ops.CallInfo], None]) -> None:
        """The same caller speaks about another customer (a family member): link them to this call."""
        if self.in_call and not self._busy:
            self._run(ops.link_customer(self._session, self._call.call_id, customer_id), then=then)

    def new_call_for(self, customer_id: int, then: Callable[[ops.CallInfo], None]) -> None:
        """Another caller: this call ends with its notes, a new one starts about ``customer_id``. If the
        end fails, the current call stays open and on screen, and nothing new starts."""
        self.end_call(then=lambda _ended: self.start_call(customer_id, then))

    def mark_notice(self, accepted: bool) -> None:
        if self.in_call and not self._busy:
            self._run(ops.mark_notice(self._session, self._call.call_id, accepted))

    def end_call(self, then: Callable[[ops.CallInfo], None] | None = None) -> None:
        if not self.in_call or self._busy:
            return
        notes = self.ui.notes.toPlainText()
        if len(notes.strip()) > CALL_NOTES_MAX:
            self.ui.status.setText(self.tr("The notes are too long to store: shorten them to {0} characters, then "
                                        "end the call.").format(CALL_NOTES_MAX))
            self.ui.notes.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy = True
        self._refresh()
        ops.end_call(self._session, self._call.call_id, notes).success(lambda info: self._ended(info, then)).failure(
            self._failed).run_in(self._runner, owner=self)

    # -- lane answers --------------------------------------------------------------------------

    def _run(self, op: Op[ops.CallInfo], then: Callable[[ops.CallInfo], None] | None = None) -> None:
        self._busy = True
        self._refresh()
        op.success(lambda info: self._changed(info, then)).failure(self._failed).run_in(self._runner, owner=self)

    def _changed(self, info: ops.CallInfo, then: Callable[[ops.CallInfo], None] | None = None) -> None:
        self._busy = False
        self._call = info
        self._refresh()
        # The focus stays where it was (usually the search field): F6/F7 work from anywhere.
        self.call_changed.emit(info)
        if then is not None:
            then(info)

    def _ended(self, info: ops.CallInfo, then: Callable[[ops.CallInfo], None] | None = None) -> None:
        self._busy = False
        self._call = info
        self._refresh()
        self.call_ended.emit(info)
        if then is not None:
            then(info)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._refresh()
        self.ui.status.setText(error_text(exc))

    # -- display -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        call = self._call
        live = self.in_call and not self._busy
        can_call = self._session.actor.can(Permission.RECORD_CALL)
        # Enabled during a call as well: a second F2 answers that a call is going on.
        self.ui.new_call_action.setEnabled(can_call and not self._busy)
        self.ui.accepted_action.setEnabled(live and call.notice_given_at is None)
        self.ui.objected_action.setEnabled(live and not call.customer_objected)
        self.ui.end_action.setEnabled(live)
        self.ui.notes_action.setEnabled(self.in_call)
        for button, action in ((self.ui.accept_button, self.ui.accepted_action), (self.ui.object_button, self.ui.objected_action),
                               (self.ui.end_button, self.ui.end_action)):
            button.setEnabled(action.isEnabled())
        self.ui.notes.setEnabled(self.in_call)
        self._count()
        whose = self._whose(call) if call is not None else ""
        self.ui.whose.setText(whose)
        self.ui.whose.setAccessibleName(whose)
        self.ui.whose.setVisible(bool(whose))
        if call is None:
            self.ui.title.setText(self.tr("No call. Press F2 when a call begins."))
            self.ui.script.clear()
            self.ui.script.hide()
            self.ui.status.clear()
            return
        self.ui.title.setText(self.tr("Call {ref} started {when} by {agent}").format(
            ref=call.recording_ref or "", when=fmt_date(call.started_at), agent=call.agent_username))
        self.ui.script.setText(self.tr("Read to the customer ({language}, script version {version}):").format(
            language=label("language", call.notice_language),
            version=call.notice_version) + "\n“" + call.notice_text + "”")
        # Once answered (F6/F7) the script has done its job: its lines go to the card on a small screen.
        self.ui.script.setVisible(call.notice_given_at is None and call.ended_at is None)
        self.ui.status.setText(self._status_text(call))

    def _whose(self, call: ops.CallInfo) -> str:
        """Whose call the notes and the recording belong to: "Call: Mäkinen Maija, 100001"."""
        if call.customer is None:
            text = self.tr("Call: caller not identified yet (the first customer you open is the caller)")
        else:
            text = self.tr("Call: {name}, {number}").format(name=call.customer.display_name,
                                                            number=call.customer.customer_number)
        if call.linked:
            text += " · " + self.tr("also about: {0}").format(
                "; ".join(f"{c.display_name}, {c.customer_number}" for c in call.linked))
        if call.ended_at is not None:
            text += " · " + self.tr("ended")
        return text

    def _count(self) -> None:
        used = len(self.ui.notes.toPlainText().strip())
        self.ui.counter.setText(self.tr("{used} / {limit} characters").format(used=used, limit=CALL_NOTES_MAX))
        self.ui.counter.setStyleSheet("color: #a4262c; font-weight: bold;" if used > CALL_NOTES_MAX else "color: #44546a;")

    def _status_text(self, call: ops.CallInfo) -> str:
        if call.ended_at is not None:
            text = self.tr("Call ended {0}.").format(fmt_date(call.ended_at))
            if call.recording_destroy_due is not None and not call.customer_objected:
                text += " " + self.tr("The recording is destroyed by {0}.").format(fmt_date(call.recording_destroy_due))
            return text
        if call.customer_objected:
            return self.tr("The customer objected: recording stopped at {0}.").format(fmt_date(call.recording_stopped_at))
        if call.notice_given_at is not None:
            return self.tr("Notice given and accepted: the call is recorded.")
        return self.tr("Notice not given yet: read the text above, then press F6 (accepted) or F7 (objected).")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_notes(self) -> None:
        self.ui.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
