"""The card's notes on the customer: the notes that outlive a call, and a field to add one.

The list is a card_sections table (when in Finnish time, who, the note); a note is stored on the
lane and the list refills from what the service returns. During a call the note is linked to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.notes import CUSTOMER_NOTE_MAX
from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_note_editor import Ui_NotesSection
from desktop.views.desk import card_sections as sections
from desktop.views.desk.common import error_text


class NotesSection(sections.TablesSection):
    """Notes of the customer on the card; ``added`` after a note was stored and the list shows it."""

    added = Signal()

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(("customerNotes",), parent)
        self._runner = runner
        self._session = session
        self._customer_id: int | None = None
        self._call_id: int | None = None
        self._notes: tuple[ops.NoteRow, ...] = ()  # what the list shows (refilled in the new language on a switch)
        self._busy = False
        # The field comes first: on a 768-pixel screen during a call the list below may scroll, the field
        # and its button must not. (The form is a box of its own above the list: the section's layout is
        # the tables'.)
        self.editor_box = QWidget(self)
        self.ui = Ui_NotesSection()
        self.ui.setupUi(self.editor_box)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.editor_box)
        self.ui.editor.setFixedHeight(3 * self.ui.editor.fontMetrics().lineSpacing() + 16)
        # Ctrl+Enter adds the note from anywhere in the section, the list included.
        self.addAction(self.ui.add_action)
        self.ui.add_action.triggered.connect(lambda: self.add_note())
        self.ui.add_button.clicked.connect(self.ui.add_action.trigger)
        self.ui.editor.textChanged.connect(self._count)
        may_write = session.actor.can(Permission.EDIT_CONTACT)
        for widget in (self.ui.editor, self.ui.editor_label, self.ui.counter, self.ui.add_button):
            widget.setVisible(may_write)
        self.retranslate()

    def set_card(self, card: ops.CustomerCard) -> None:
        if card.customer_id != self._customer_id:
            self.ui.editor.clear()
            self.ui.message.clear()
            self._notes = ()
        self._customer_id = card.customer_id
        # A card read before a note was added here (a refill, e.g. on a language switch) must not hide it.
        known = {n.id: n for n in (*self._notes, *card.notes)}
        self._notes = tuple(sorted(known.values(), key=lambda n: (n.created_at, n.id), reverse=True))
        sections.fill_notes(self, self._notes)

    def set_call(self, call_id: int | None) -> None:
        self._call_id = call_id

    def clear(self) -> None:
        self._customer_id = None
        self.ui.editor.clear()
        self.ui.message.clear()
        self._notes = ()
        sections.fill_notes(self, ())

    def add_note(self) -> None:
        text = self.ui.editor.toPlainText().strip()
        if self._customer_id is None or self._busy or not self.ui.add_button.isVisible():
            return
        if not text:
            self.ui.message.setText(self.tr("Write the note first."))
            return
        if len(text) > CUSTOMER_NOTE_MAX:
            self.ui.message.setText(self.tr("The note is too long: at most {0} characters fit.").format(CUSTOMER_NOTE_MAX))
            return
        self._busy = True
        self.ui.message.setText(self.tr("Saving …"))
        ops.add_note(self._session, self._customer_id, text, call_id=self._call_id).success(self._added).failure(
            self._failed).run_in(self._runner, owner=self)

    def _added(self, notes: tuple[ops.NoteRow, ...]) -> None:
        self._busy = False
        self.ui.editor.clear()
        self._notes = tuple(notes)
        sections.fill_notes(self, self._notes)
        self.ui.message.setText(self.tr("The note was saved."))
        self.added.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ui.message.setText(error_text(exc))  # the note stays in the field

    def _count(self) -> None:
        used = len(self.ui.editor.toPlainText().strip())
        self.ui.counter.setText(self.tr("{used} / {limit} characters").format(used=used, limit=CUSTOMER_NOTE_MAX))
        self.ui.counter.setStyleSheet("color: #a4262c; font-weight: bold;" if used > CUSTOMER_NOTE_MAX
                                   else "color: #44546a;")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self.editor_box)
        self._count()
        sections.fill_notes(self, self._notes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
