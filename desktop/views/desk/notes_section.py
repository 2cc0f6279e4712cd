"""The card's notes on the customer: the notes that outlive a call, and a field to add one.

The list is a card_sections table (when in Finnish time, who, the note); a note is stored on the
lane and the list refills from what the service returns. During a call the note is linked to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.notes import CUSTOMER_NOTE_MAX
from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk import card_sections as sections
from desktop.views.desk.common import error_text

ADD_NOTE_KEYS = "Ctrl+Return"


class NotesSection(sections.TablesSection):
    """Notes of the customer on the card; ``added`` after a note was stored and the list shows it."""

    added = Signal()

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(("customerNotes",), parent)
        self._runner = runner
        self._session = session
        self._customer_id: int | None = None
        self._call_id: int | None = None
        self._notes: tuple[Any, ...] = ()  # what the list shows (refilled in the new language on a switch)
        self._busy = False
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("newNote")
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(3 * self.editor.fontMetrics().lineSpacing() + 16)
        self.editor_label = QLabel(self)
        self.editor_label.setBuddy(self.editor)
        self.counter = QLabel(self)
        self.counter.setObjectName("newNoteCounter")
        self.message = QLabel(self)
        self.message.setObjectName("notesMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addNote")
        self.add_button.setAutoDefault(False)
        line = QHBoxLayout()
        line.addWidget(self.editor_label, 1)
        line.addWidget(self.counter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.add_button)
        # The field comes first: on a 768-pixel screen during a call the list below may scroll, the field
        # and its button must not.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, line)
        layout.insertWidget(1, self.editor)
        layout.insertLayout(2, bottom)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence(ADD_NOTE_KEYS))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(lambda: self.add_note())
        self.addAction(self.add_action)
        self.add_button.clicked.connect(self.add_action.trigger)
        self.editor.textChanged.connect(self._count)
        may_write = session.actor.can(Permission.EDIT_CONTACT)
        for widget in (self.editor, self.editor_label, self.counter, self.add_button):
            widget.setVisible(may_write)
        self.retranslate()

    def set_card(self, card: Any) -> None:
        if card.customer_id != self._customer_id:
            self.editor.clear()
            self.message.clear()
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
        self.editor.clear()
        self.message.clear()
        self._notes = ()
        sections.fill_notes(self, ())

    def add_note(self) -> None:
        text = self.editor.toPlainText().strip()
        if self._customer_id is None or self._busy or not self.add_button.isVisible():
            return
        if not text:
            self.message.setText(self.tr("Write the note first."))
            return
        if len(text) > CUSTOMER_NOTE_MAX:
            self.message.setText(self.tr("The note is too long: at most {0} characters fit.").format(CUSTOMER_NOTE_MAX))
            return
        self._busy = True
        self.message.setText(self.tr("Saving …"))
        ops.add_note(self._runner, self._session, self._customer_id, text, call_id=self._call_id, owner=self,
                     on_success=self._added, on_error=self._failed)

    def _added(self, notes: tuple[Any, ...]) -> None:
        self._busy = False
        self.editor.clear()
        self._notes = tuple(notes)
        sections.fill_notes(self, self._notes)
        self.message.setText(self.tr("The note was saved."))
        self.added.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.setText(error_text(exc))  # the note stays in the field

    def _count(self) -> None:
        used = len(self.editor.toPlainText().strip())
        self.counter.setText(self.tr("{used} / {limit} characters").format(used=used, limit=CUSTOMER_NOTE_MAX))
        self.counter.setStyleSheet("color: #a4262c; font-weight: bold;" if used > CUSTOMER_NOTE_MAX
                                   else "color: #44546a;")

    def retranslate(self) -> None:
        self.editor_label.setText(self.tr("&New note (kept on the customer, part of an access reply):"))
        self.editor.setAccessibleName(self.tr("New note"))
        self.add_button.setText(self.tr("Add note (Ctrl+Enter)"))
        self.add_action.setText(self.tr("Add the note"))
        self._count()
        sections.fill_notes(self, self._notes)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
