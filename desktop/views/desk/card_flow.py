"""The two questions the card asks before it changes what is on screen.

- Another customer is opened during a call: is it the same caller speaking about them (link them to
  the call), a new caller (end this call with its notes, start a new one), or not for this call (the
  purpose is asked)? Without this, the notes typed for B went on A's call and B's opening was logged
  as "call" without anyone saying so.
- Leaving a card with unsaved contact edits (opening another customer, closing the card or the
  window, signing out): Save / Discard / Cancel.

Both are opened with ``open()`` (the lane keeps delivering while they are on screen) and return the
dialog so the card keeps a reference to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.views.desk.call_panel import CallPanel
from desktop.views.desk.contact_form import ContactForm
from desktop.views.desk.dialogs import CallCustomerDialog


def ask_call_customer(parent: QWidget, panel: CallPanel, customer_id: int, customer: str, *,
                      open_for_call: Callable[[], None], ask_purpose: Callable[[], None]) -> CallCustomerDialog:
    call = panel.call
    caller = call.customer.display_name if call.customer is not None else QCoreApplication.translate("CardFlow", "the caller")
    dialog = CallCustomerDialog(caller, customer, parent)

    def chosen(choice: str) -> None:
        if choice == "link":
            panel.link_customer(customer_id, lambda _info: open_for_call())
        elif choice == "new_call":
            panel.new_call_for(customer_id, lambda _info: open_for_call())
        else:
            ask_purpose()

    dialog.chosen.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ask_leave(parent: QWidget, customer: str, *, save: Callable[[], None],
              discard: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CardFlow", "Unsaved changes"),
                      QCoreApplication.translate("CardFlow", "The contact data of {0} has changes that are not "
                                                 "saved.").format(customer), parent=parent.window())
    box.setObjectName("unsavedChanges")
    box.setInformativeText(QCoreApplication.translate(
        "CardFlow", "Save them, discard them, or cancel to go on editing."))
    save_button = box.addButton(QCoreApplication.translate("CardFlow", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard_button = box.addButton(QCoreApplication.translate("CardFlow", "Discard changes"),
                                   QMessageBox.ButtonRole.DestructiveRole)
    cancel_button = box.addButton(QCoreApplication.translate("CardFlow", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save_button)
    box.setEscapeButton(cancel_button)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is save_button:
            save()
        elif clicked is discard_button:
            discard()

    box.finished.connect(answered)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


class LeaveGuard:
    """The card's unsaved contact edits: ``confirm`` is True when the card may be left now; otherwise it
    shows the form, asks Save / Discard / Cancel and returns False, and ``then`` runs once the edits are
    saved (``saved``) or discarded. A save that fails, e.g. on invalid input, keeps the user on the form."""

    def __init__(self, parent: QWidget, contact: ContactForm, *, show_form: Callable[[], None]) -> None:
        self._parent = parent
        self._contact = contact
        self._show_form = show_form
        self._after_save: Callable[[], None] | None = None  # leaving waits for the contact save
        self.dialog: QMessageBox | None = None

    def confirm(self, customer: str, then: Callable[[], None] | None = None) -> bool:
        if not self._contact.is_dirty():
            return True
        self._show_form()
        self.dialog = ask_leave(self._parent, customer, save=lambda: self._save_then(then),
                                discard=lambda: self._discard_then(then))
        return False

    def saved(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def save_failed(self) -> None:
        self._after_save = None

    def _save_then(self, then: Callable[[], None] | None) -> None:
        if self._contact.save():
            self._after_save = then or (lambda: None)
        else:
            self._contact.focus_first()  # invalid input: the marked fields are on screen

    def _discard_then(self, then: Callable[[], None] | None) -> None:
        self._contact.discard()
        if then is not None:
            then()
