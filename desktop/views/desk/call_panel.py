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
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.notes import CALL_NOTES_MAX
from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text, fmt_date
from desktop.views.desk.labels import label

NEW_CALL_KEYS = "F2"
ACCEPTED_KEYS = "F6"
OBJECTED_KEYS = "F7"
NOTES_KEYS = "Ctrl+Shift+N"  # Ctrl+N is the window's "new request"
END_CALL_KEYS = "F8"


class CallPanel(QFrame):
    """One call at a time. ``customer_id_provider`` tells which customer a new call is about (or None)."""

    call_changed = Signal(object)  # CallInfo after start, notice, objection, attach
    call_ended = Signal(object)  # CallInfo of the ended call

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._call: Any = None
        self._busy = False
        self.customer_id: int | None = None
        self.setObjectName("callPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Disabled keys must look disabled: the window's style sheet only pads buttons.
        self.setStyleSheet("QPushButton:disabled { color: #8a96a3; }")
        self.whose = QLabel(self)
        self.whose.setObjectName("callCustomer")
        self.whose.setWordWrap(True)
        bold = QFont(self.whose.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.whose.setFont(bold)
        self.title = QLabel(self)
        self.title.setObjectName("callTitle")
        self.script = QLabel(self)
        self.script.setObjectName("noticeScript")
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.script.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.script.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("callStatus")
        self.status.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        # Four lines: room to type while talking (the counter shows what is left), without pushing the
        # card's sections off a 768-pixel screen.
        margins = self.notes.contentsMargins()
        self.notes.setFixedHeight(4 * self.notes.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
                                  + 2 * int(self.notes.document().documentMargin()) + 8)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes)
        self.counter = QLabel(self)
        self.counter.setObjectName("callNotesCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.notes.textChanged.connect(self._count)
        self.accept_button = QPushButton(self)
        self.object_button = QPushButton(self)
        self.end_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.object_button, self.end_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.whose, self.title, self.script, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        notes_line = QHBoxLayout()
        notes_line.addWidget(self.notes_label, 1)
        notes_line.addWidget(self.counter)
        layout.addLayout(notes_line)
        layout.addWidget(self.notes)

        self.new_call_action = self._action(NEW_CALL_KEYS, lambda: self.start_call())
        self.accepted_action = self._action(ACCEPTED_KEYS, lambda: self.mark_notice(True))
        self.objected_action = self._action(OBJECTED_KEYS, lambda: self.mark_notice(False))
        self.notes_action = self._action(NOTES_KEYS, self._focus_notes)
        self.end_action = self._action(END_CALL_KEYS, lambda: self.end_call())
        self.accept_button.clicked.connect(self.accepted_action.trigger)
        self.object_button.clicked.connect(self.objected_action.trigger)
        self.end_button.clicked.connect(self.end_action.trigger)
        self.retranslate()
        self._refresh()

    def _action(self, keys: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    # -- public --------------------------------------------------------------------------------

    def actions_for_window(self) -> list[QAction]:
        return [self.new_call_action, self.accepted_action, self.objected_action, self.notes_action,
                self.end_action]

    @property
    def call(self) -> Any:
        return self._call

    @property
    def in_call(self) -> bool:
        return self._call is not None and self._call.ended_at is None

    def start_call(self, customer_id: int | None = None, then: Callable[[Any], None] | None = None) -> None:
        """F2: a new call about ``customer_id`` (default: the card on screen). During a call the panel
        says so instead: one call at a time, and a second F2 must not look like it did nothing."""
        if not self._session.actor.can(Permission.RECORD_CALL) or self._busy:
            return
        if self.in_call:
            self.status.setText(self.tr("A call is already going on: {whose}. End it with F8 before starting "
                                        "a new one.").format(whose=self._whose(self._call)))
            return
        self._run(ops.start_call, customer_id if customer_id is not None else self.customer_id, then=then)
        self.notes.clear()

    def attach_customer(self, customer_id: int) -> None:
        """The caller was found after the call began: the call record gets the customer."""
        self.customer_id = customer_id
        if self.in_call and self._call.customer_id is None:
            self._run(ops.attach_customer, self._call.call_id, customer_id)

    def link_customer(self, customer_id: int, then: Callable[[Any], None]) -> None:
        """The same caller speaks about another customer (a family member): link them to this call."""
        if self.in_call and not self._busy:
            self._run(ops.link_customer, self._call.call_id, customer_id, then=then)

    def new_call_for(self, customer_id: int, then: Callable[[Any], None]) -> None:
        """Another caller: this call ends with its notes, a new one starts about ``customer_id``. If the
        end fails, the current call stays open and on screen, and nothing new starts."""
        self.end_call(then=lambda _ended: self.start_call(customer_id, then))

    def mark_notice(self, accepted: bool) -> None:
        if self.in_call and not self._busy:
            self._run(ops.mark_notice, self._call.call_id, accepted)

    def end_call(self, then: Callable[[Any], None] | None = None) -> None:
        if not self.in_call or self._busy:
            return
        notes = self.notes.toPlainText()
        if len(notes.strip()) > CALL_NOTES_MAX:
            self.status.setText(self.tr("The notes are too long to store: shorten them to {0} characters, then "
                                        "end the call.").format(CALL_NOTES_MAX))
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._busy = True
        self._refresh()
        ops.end_call(self._runner, self._session, self._call.call_id, notes, owner=self,
                     on_success=lambda info: self._ended(info, then), on_error=self._failed)

    # -- lane answers --------------------------------------------------------------------------

    def _run(self, op: Any, *args: Any, then: Callable[[Any], None] | None = None) -> None:
        self._busy = True
        self._refresh()
        op(self._runner, self._session, *args, owner=self, on_success=lambda info: self._changed(info, then),
           on_error=self._failed)

    def _changed(self, info: Any, then: Callable[[Any], None] | None = None) -> None:
        self._busy = False
        self._call = info
        self._refresh()
        # The focus stays where it was (usually the search field): F6/F7 work from anywhere.
        self.call_changed.emit(info)
        if then is not None:
            then(info)

    def _ended(self, info: Any, then: Callable[[Any], None] | None = None) -> None:
        self._busy = False
        self._call = info
        self._refresh()
        self.call_ended.emit(info)
        if then is not None:
            then(info)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._refresh()
        self.status.setText(error_text(exc))

    # -- display -------------------------------------------------------------------------------

    def _refresh(self) -> None:
        call = self._call
        live = self.in_call and not self._busy
        can_call = self._session.actor.can(Permission.RECORD_CALL)
        # Enabled during a call as well: a second F2 answers that a call is going on.
        self.new_call_action.setEnabled(can_call and not self._busy)
        self.accepted_action.setEnabled(live and call.notice_given_at is None)
        self.objected_action.setEnabled(live and not call.customer_objected)
        self.end_action.setEnabled(live)
        self.notes_action.setEnabled(self.in_call)
        for button, action in ((self.accept_button, self.accepted_action), (self.object_button, self.objected_action),
                               (self.end_button, self.end_action)):
            button.setEnabled(action.isEnabled())
        self.notes.setEnabled(self.in_call)
        self._count()
        whose = self._whose(call) if call is not None else ""
        self.whose.setText(whose)
        self.whose.setAccessibleName(whose)
        self.whose.setVisible(bool(whose))
        if call is None:
            self.title.setText(self.tr("No call. Press F2 when a call begins."))
            self.script.clear()
            self.script.hide()
            self.status.clear()
            return
        self.title.setText(self.tr("Call {ref} started {when} by {agent}").format(
            ref=call.recording_ref or "", when=fmt_date(call.started_at), agent=call.agent_username))
        self.script.setText(self.tr("Read to the customer ({language}, script version {version}):").format(
            language=label("language", call.notice_language),
            version=call.notice_version) + "\n“" + call.notice_text + "”")
        # Once answered (F6/F7) the script has done its job: its lines go to the card on a small screen.
        self.script.setVisible(call.notice_given_at is None and call.ended_at is None)
        self.status.setText(self._status_text(call))

    def _whose(self, call: Any) -> str:
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
        used = len(self.notes.toPlainText().strip())
        self.counter.setText(self.tr("{used} / {limit} characters").format(used=used, limit=CALL_NOTES_MAX))
        self.counter.setStyleSheet("color: #a4262c; font-weight: bold;" if used > CALL_NOTES_MAX else "color: #44546a;")

    def _status_text(self, call: Any) -> str:
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
        self.accept_button.setText(self.tr("Notice given – accepted (F6)"))
        self.object_button.setText(self.tr("Objected – stop recording (F7)"))
        self.end_button.setText(self.tr("End call (F8)"))
        self.notes_label.setText(self.tr("Call notes (Ctrl+Shift+N):"))
        self.new_call_action.setText(self.tr("New call"))
        self.accepted_action.setText(self.tr("Recording notice given, customer accepted"))
        self.objected_action.setText(self.tr("Customer objected to recording: stop recording"))
        self.notes_action.setText(self.tr("Write call notes"))
        self.end_action.setText(self.tr("End the call (with the notes)"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
