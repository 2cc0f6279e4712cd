"""Small questions the card asks: why it is opened (audited purpose), whose call another customer
belongs to, and why the hetu is revealed.

Both are opened with ``open()``, never ``exec()``: the desk keeps running (the lane delivers results,
the call timer ticks) while the question is on screen, and tests can drive them with keys.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop.core.contact import OPEN_PURPOSES
from desktop.ui.ui_call_customer_dialog import Ui_CallCustomerDialog
from desktop.ui.ui_purpose_dialog import Ui_PurposeDialog
from desktop.ui.ui_reveal_hetu_dialog import Ui_RevealHetuDialog

PURPOSE_LABELS = {
    "call": QT_TRANSLATE_NOOP("PurposeDialog", "&1  Call – the customer is on the line"),
    "letter": QT_TRANSLATE_NOOP("PurposeDialog", "&2  Letter – answering or sending post"),
    "request": QT_TRANSLATE_NOOP("PurposeDialog", "&3  Request – a data-subject request"),
    "correction": QT_TRANSLATE_NOOP("PurposeDialog", "&4  Correction – fixing the customer's data"),
}
_DIGITS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}




class PurposeDialog(QDialog):
    """Asks the purpose of opening a card; digits 1–4 choose at once, Esc cancels."""

    chosen = Signal(str)

    def __init__(self, customer_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purposeDialog")
        # The choices are made before the form's widgets: Tab reaches them first, then Cancel.
        self.buttons: dict[str, QPushButton] = {}
        for purpose in OPEN_PURPOSES:
            button = QPushButton(QCoreApplication.translate("PurposeDialog", PURPOSE_LABELS[purpose]), self)
            button.setObjectName(f"purpose_{purpose}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=purpose: self.choose(p))
            self.buttons[purpose] = button
        self.ui = Ui_PurposeDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(self.tr("Opening {0}. The reason is written to the access log.").format(customer_label))
        for button in self.buttons.values():
            self.ui.choices_layout.addWidget(button)
        self.ui.button_box.rejected.connect(self.reject)

    def choose(self, purpose: str) -> None:
        self.chosen.emit(purpose)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = _DIGITS.get(Qt.Key(event.key()))
        if index is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(OPEN_PURPOSES[index])
            return
        super().keyPressEvent(event)


CALL_CHOICES = ("link", "new_call", "other")


class CallCustomerDialog(QDialog):
    """Another customer is opened during a call: the same caller speaking about them (link them to the
    call), a new caller (end this call with its notes, start one for them), or not for this call at all
    (the purpose is asked). Digits 1–3 choose at once, Esc cancels: nothing is opened."""

    chosen = Signal(str)  # one of CALL_CHOICES

    def __init__(self, caller: str, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callCustomerDialog")
        texts = {
            "link": self.tr("&1  Same caller (e.g. a family member): link {customer} to this call"),
            "new_call": self.tr("&2  A new call: end the call with {caller} (its notes are saved) and start "
                                "one with {customer}"),
            "other": self.tr("&3  Not for this call: choose why {customer} is opened"),
        }
        self.buttons: dict[str, QPushButton] = {}
        for choice in CALL_CHOICES:
            # A name's own "&" (a company) must not turn into a mnemonic.
            button = QPushButton(texts[choice].format(caller=caller.replace("&", "&&"),
                                                      customer=customer.replace("&", "&&")), self)
            button.setObjectName(f"call_{choice}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            self.buttons[choice] = button
        # The choices are made before the form's widgets: Tab reaches them first, then Cancel.
        self.ui = Ui_CallCustomerDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(self.tr("The call with {caller} is going on. You are opening {customer}.").format(
            caller=caller, customer=customer))
        for button in self.buttons.values():
            self.ui.choices_layout.addWidget(button)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.button_box.rejected.connect(self.reject)

    def choose(self, choice: str) -> None:
        self.chosen.emit(choice)
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = _DIGITS.get(Qt.Key(event.key()))
        if index is not None and index < len(CALL_CHOICES) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.choose(CALL_CHOICES[index])
            return
        super().keyPressEvent(event)


class RevealHetuDialog(QDialog):
    """Asks the supervisor for the reason before the full identity code is fetched (audited)."""

    reason_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealHetuDialog")
        self.ui = Ui_RevealHetuDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _accept(self) -> None:
        reason = self.ui.reason.text().strip()
        if len(reason) < 5:
            self.ui.problem.setText(self.tr("Write a reason of at least a few words."))
            return
        self.reason_given.emit(reason)
        self.accept()
