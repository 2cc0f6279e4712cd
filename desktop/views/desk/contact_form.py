"""The contact edit form: phones, e-mails, language and postal address, with messages next to fields.

Validation runs twice on purpose: here (desktop.core.contact, instantly, while the customer is still
on the line) and in the service (authoritative). A stale edit keeps everything the agent typed: the
card refreshes its read-only part, the form keeps the input and tells what happened.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core import contact
from desktop.core.roles import Permission
from desktop.operations import desk as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.ui.ui_contact_form import Ui_ContactForm
from desktop.views.desk.common import error_text, translate_domain
from desktop.views.desk.labels import label

_SPLIT = re.compile(r"[;,\n]+")
FIELDS = ("phones", "emails", "language", "care_of", "street", "postcode", "post_town", "country")
# The form (forms/contact_form.ui) places them: contact data in column 0, the postal address in 1-2, each
# field at least 220 px wide ("etunimi.sukunimi@example.com" or two phone numbers at the desk's 10 pt font).


def _field_values(card: ops.CustomerCard) -> dict[str, str]:
    """What each field shows for ``card``."""
    address = card.address
    values = {"phones": "; ".join(card.phones), "emails": "; ".join(card.emails), "language": card.language}
    for name in ("care_of", "street", "postcode", "post_town"):
        values[name] = (getattr(address, name) or "") if address else ""
    values["country"] = address.country if address else "FI"
    return values


def split_values(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in _SPLIT.split(text) if v.strip())


class ContactForm(QWidget):
    """Edits one customer's contact data; emits ``saved(card)`` with the card the service returns."""

    saved = Signal(object)
    stale = Signal()  # another user saved first: the card should reload its read-only part
    save_failed = Signal()  # a save did not happen (invalid input, stale, database error); the input is kept

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._card: Any = None  # a CustomerCard once one is shown
        # Set by the card: asks why an edit is made while processing is restricted, then calls back with it.
        self.ask_reason: Callable[[Callable[[str], None]], None] | None = None
        self._busy = False
        # Labels above the fields, two columns (contact | postal address): every field gets half the
        # card's width instead of what a label column leaves over. Each field has a line reserved for
        # its error, so the form does not jump when one shows (forms/contact_form.ui).
        self.ui = Ui_ContactForm()
        self.ui.setupUi(self)
        self.inputs: dict[str, QWidget] = {name: getattr(self.ui, f"contact_{name}") for name in FIELDS}
        self.errors: dict[str, QLabel] = {name: getattr(self.ui, f"error_{name}") for name in FIELDS}
        self.labels: dict[str, QLabel] = {name: getattr(self.ui, f"label_{name}") for name in FIELDS}
        language = self.inputs["language"]
        assert isinstance(language, QComboBox)
        for code in contact.LANGUAGES:
            language.addItem("", code)
        for error in self.errors.values():
            # One line, no word wrap: a wrapping label's height depends on its width, and the grid then
            # squeezed the fields. The form is wide enough for the messages; the tooltip has the whole text.
            error.setText("Åg")  # the height of one line of error, reserved from the start
            error.setMinimumHeight(error.sizeHint().height())
            error.setText("")
        # Always its full height (the section scrolls instead): squeezed, the rows moved when an error showed.
        self.ui.save_action.triggered.connect(lambda: self.save())
        self.ui.save_button.clicked.connect(lambda: self.save())
        self.setEnabled(False)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    # -- filling -------------------------------------------------------------------------------

    def set_card(self, card: ops.CustomerCard, *, keep_input: bool = False) -> None:
        """Show ``card``'s data. With ``keep_input`` (after a stale edit) what the user typed stays and
        the fields they did not touch show the colleague's new values, so saving again cannot quietly
        undo the colleague's change."""
        previous, self._card = self._card, card
        can_edit = self._session.actor.can(Permission.EDIT_CONTACT)
        self.setEnabled(can_edit)
        if keep_input and previous is not None:
            before, now = _field_values(previous), _field_values(card)
            for name, value in now.items():
                if self._value(name) == before[name]:
                    self._set_value(name, value)
            return
        for name, value in _field_values(card).items():
            self._set_value(name, value)
        for name in FIELDS:
            widget = self.inputs[name]
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long value shows its start, not its end
        self.ui.message.clear()
        request = getattr(card, "rectification_request", None)
        if request:  # the edit is a step of the customer's rectification request
            self.ui.message.setText(self.tr("Changes saved now are part of rectification request {0}: its reply lists "
                                         "them, old and new.").format(request))
        self._show_problems([])

    def clear(self) -> None:
        self._card = None
        for name in FIELDS:
            widget = self.inputs[name]
            if isinstance(widget, QLineEdit):
                widget.clear()
        self.ui.message.clear()
        self._show_problems([])
        self.setEnabled(False)

    def focus_first(self) -> None:
        self.inputs["phones"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def is_dirty(self) -> bool:
        """Whether the form holds input that differs from the card and would be lost by leaving it."""
        return self._card is not None and self.isEnabled() and bool(self.changes().fields)

    def discard(self) -> None:
        """Throw the input away: the form shows the card's data again."""
        if self._card is not None:
            self.set_card(self._card)

    # -- saving --------------------------------------------------------------------------------

    def changes(self) -> ops.ContactChanges:
        """What differs from the loaded card (``ContactChanges``; None fields are left as they are)."""
        card = self._card
        phones = split_values(self._line("phones").text())
        emails = split_values(self._line("emails").text())
        language_box = self.inputs["language"]
        assert isinstance(language_box, QComboBox)
        language = language_box.currentData()
        address = contact.AddressInput(
            street=self._line("street").text(), postcode=self._line("postcode").text(),
            post_town=self._line("post_town").text(), care_of=self._line("care_of").text() or None,
            country=self._line("country").text() or "FI",
        )
        current = card.address
        old = None if current is None else contact.AddressInput(
            current.street, current.postcode, current.post_town, current.care_of, current.country)
        moved = old is None or contact.normalised_address(address) != contact.normalised_address(old)
        return ops.ContactChanges(
            phones=phones if phones != card.phones else None,
            emails=emails if emails != card.emails else None,
            language=language if language != card.language else None,
            postal_address=address if moved and (address.street.strip() or old is not None) else None,
        )

    def save(self, reason: str | None = None) -> bool:
        """Start saving; False when nothing was sent (nothing changed, input to correct first, or the reason
        for an edit of a restricted customer is being asked: the save follows the answer)."""
        if self._card is None or self._busy or not self.isEnabled():
            return False
        changes = self.changes()
        if not changes.fields:
            self.ui.message.setText(self.tr("Nothing was changed."))
            return False
        problems = changes.problems()
        self._show_problems(problems)
        if problems:
            self.ui.message.setText(self.tr("Correct the marked fields."))
            return False
        if getattr(self._card, "restriction", None) is not None and self.ask_reason is not None:
            if reason is None:
                self.ui.message.setText(self.tr("Processing is restricted: give the reason for the change."))
                self.ask_reason(lambda given: self.save(given))
                return False
            changes = dataclasses.replace(changes, reason=reason)
        self._busy = True
        self.ui.message.setText(self.tr("Saving …"))
        ops.save_contact(self._session, self._card.customer_id, self._card.version, changes).success(
            self._saved).failure(self._failed).run_in(self._runner, owner=self)
        return True

    def _saved(self, card: ops.CustomerCard) -> None:
        self._busy = False
        self.set_card(card)
        self.saved.emit(card)  # the card refills the form too, so the confirmation comes after
        request = getattr(card, "rectification_request", None)
        self.ui.message.setText(self.tr("Saved; the change is recorded for request {0} and its reply.").format(request)
                             if request else self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.save_failed.emit()
        problems = getattr(exc, "problems", None)
        if problems:
            self._show_problems(list(problems))
            self.ui.message.setText(self.tr("Correct the marked fields."))
            return
        text = error_text(exc)
        if isinstance(exc, ops.StaleEdit):
            text += "\n" + self.tr("Your input is kept in the form. The card now shows the other user's "
                                   "changes; check them and save again if yours should replace them.")
            self.stale.emit()
        self.ui.message.setText(text)

    def _show_problems(self, problems: list[Any]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            text = translate_domain(p.message)
            try:
                text = text.format(value=p.value)
            except (KeyError, IndexError, ValueError):
                pass
            by_field.setdefault(p.field, []).append(text)
        for name, error in self.errors.items():
            texts = by_field.get(name, [])
            error.setText("; ".join(texts))  # the line stays reserved when empty: nothing moves
            error.setToolTip(error.text())

    # -- helpers -------------------------------------------------------------------------------

    def _value(self, name: str) -> str:
        widget = self.inputs[name]
        return str(widget.currentData()) if isinstance(widget, QComboBox) else self._line(name).text()

    def _set_value(self, name: str, value: str) -> None:
        widget = self.inputs[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            self._line(name).setText(value)

    def _line(self, name: str) -> QLineEdit:
        widget = self.inputs[name]
        assert isinstance(widget, QLineEdit)
        return widget

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        language = self.inputs["language"]
        assert isinstance(language, QComboBox)
        for i, code in enumerate(contact.LANGUAGES):
            language.setItemText(i, label("language", code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
