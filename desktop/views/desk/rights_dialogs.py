"""The card's questions for the register's duties (issue 12): restrict processing, lift a restriction,
record a disclosure, decide an objection. Opened with ``open()`` like the card's other dialogs; each checks
what it can on the screen and emits what was typed, the service checks the rest (its refusal comes back to
the card). Laid out in forms/restrict_dialog.ui, reason_dialog.ui, disclosure_dialog.ui and
objection_dialog.ui; code fills in the customer, the dates and the lists.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

from desktop.core import rights
from desktop.ui.ui_disclosure_dialog import Ui_DisclosureDialog
from desktop.ui.ui_objection_dialog import Ui_ObjectionDialog
from desktop.ui.ui_reason_dialog import Ui_ReasonDialog
from desktop.ui.ui_restrict_dialog import Ui_RestrictDialog
from desktop.views.desk.common import translate_domain


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _name_buttons(dialog: QDialog, box: QDialogButtonBox, ok_text: str) -> None:
    """OK says what it does; Cancel rejects."""
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("RightsDialogs", "Cancel"))
    box.rejected.connect(dialog.reject)


class RestrictDialog(QDialog):
    """Reason and end of a restriction of processing (GDPR Art. 18)."""

    given = Signal(str, object)  # reason, end date or None (until lifted)

    def __init__(self, customer: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictDialog")
        self.ui = Ui_RestrictDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Restrict processing of {0}").format(customer))
        self.ui.reason.setFixedHeight(4 * self.ui.reason.fontMetrics().lineSpacing() + 16)
        self.ui.ends_on.setDate(_qdate(today + dt.timedelta(days=30)))
        self.ui.ends_on.setMinimumDate(_qdate(today))
        self.ui.until_lifted.toggled.connect(lambda on: self.ui.ends_on.setEnabled(not on))
        _name_buttons(self, self.ui.button_box, self.tr("Restrict"))
        self.ui.button_box.accepted.connect(self._accept)

    def _accept(self) -> None:
        reason = self.ui.reason.toPlainText().strip()
        if not reason:
            self.ui.problem.setText(self.tr("Write the reason first."))
            return
        self.given.emit(reason, None if self.ui.until_lifted.isChecked() else _day(self.ui.ends_on))
        self.accept()


class ReasonDialog(QDialog):
    """One reason asked before a step: lifting a restriction, or saving an edit while it holds."""

    given = Signal(str)

    def __init__(self, title: str, question: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question.setText(question)
        _name_buttons(self, self.ui.button_box, ok_text)
        self.ui.button_box.accepted.connect(self._accept)

    def _accept(self) -> None:
        reason = self.ui.reason.text().strip()
        if len(reason) < 3:
            self.ui.problem.setText(self.tr("Write the reason first."))
            return
        self.given.emit(reason)
        self.accept()


class DisclosureDialog(QDialog):
    """Recipient, legal basis, what data and when: a disclosure made outside the desk, recorded."""

    given = Signal(str, str, str, object)  # recipient, basis code, data, date

    def __init__(self, customer: str, today: dt.date, restricted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDialog")
        self.ui = Ui_DisclosureDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Record a disclosure of {0}'s data").format(customer))
        self.ui.warning.setVisible(restricted)
        self.ui.recipient.setMaxLength(rights.RECIPIENT_MAX)
        for code in rights.DISCLOSURE_BASES:
            if code != rights.MARKETING_BASIS:  # recorded by the marketing export itself
                self.ui.basis.addItem(translate_domain(rights.DISCLOSURE_BASIS_LABELS[code]), code)
        self.ui.data.setMaxLength(rights.DISCLOSURE_TEXT_MAX)
        self.ui.disclosed_on.setDate(_qdate(today))
        self.ui.disclosed_on.setMaximumDate(_qdate(today))
        _name_buttons(self, self.ui.button_box, self.tr("Record"))
        self.ui.button_box.accepted.connect(self._accept)

    def _accept(self) -> None:
        recipient, data = self.ui.recipient.text().strip(), self.ui.data.text().strip()
        if not recipient or not data:
            self.ui.problem.setText(self.tr("Write the recipient and what data was disclosed."))
            return
        self.given.emit(recipient, str(self.ui.basis.currentData()), data, _day(self.ui.disclosed_on))
        self.accept()


class ObjectionDialog(QDialog):
    """A supervisor's decision on an objection to processing other than direct marketing (Art. 21(1))."""

    given = Signal(str, bool, str, str)  # processing, upheld, reasons, what an upheld objection stops

    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionDialog")
        self.ui = Ui_ObjectionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Decide the objection of {0}").format(customer))
        for code in rights.OBJECTION_STOPS:
            self.ui.stops.addItem(translate_domain(rights.OBJECTION_STOP_LABELS[code]), code)
        self.ui.upheld.toggled.connect(self.ui.stops.setEnabled)
        self.ui.reasons.setFixedHeight(5 * self.ui.reasons.fontMetrics().lineSpacing() + 16)
        _name_buttons(self, self.ui.button_box, self.tr("Record the decision"))
        self.ui.button_box.accepted.connect(self._accept)

    def _accept(self) -> None:
        processing, reasons = self.ui.processing.text().strip(), self.ui.reasons.toPlainText().strip()
        if not processing or len(reasons) < 10:
            self.ui.problem.setText(self.tr("Name the processing and write the reasons: the reply tells them."))
            return
        self.given.emit(processing, self.ui.upheld.isChecked(), reasons, self.ui.stops.currentData())
        self.accept()
