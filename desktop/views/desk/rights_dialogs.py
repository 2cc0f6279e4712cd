"""The card's questions for the register's duties (issue 12): restrict processing, lift a restriction,
record a disclosure. Opened with ``open()`` like the card's other dialogs; each checks what it can on the
screen and emits what was typed, the service checks the rest (its refusal comes back to the card).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import rights
from desktop.views.desk.common import translate_domain


def _date_edit(parent: QWidget, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("RightsDialogs", "Cancel"))
    box.rejected.connect(dialog.reject)
    return box


def _assemble(dialog: QDialog, above: list[QWidget], form: QFormLayout, problem: QLabel, ok_text: str,
              accept: Callable[[], None]) -> None:
    """The dialogs' common shape: texts above, the form, the problem line, OK (named) and Cancel."""
    box = _buttons(dialog, ok_text)
    box.accepted.connect(accept)
    layout = QVBoxLayout(dialog)
    for widget in above:
        layout.addWidget(widget)
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(box)


class RestrictDialog(QDialog):
    """Reason and end of a restriction of processing (GDPR Art. 18)."""

    given = Signal(str, object)  # reason, end date or None (until lifted)

    def __init__(self, customer: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restrictDialog")
        self.setWindowTitle(self.tr("Restrict processing of {0}").format(customer))
        intro = QLabel(self.tr("While the restriction holds the data is only stored: the customer is left out of "
                               "marketing exports and disclosures, every edit needs a reason, and letters say so. "
                               "A supervisor lifts it after telling the customer."), self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(4 * self.reason.fontMetrics().lineSpacing() + 16)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.until_lifted = QCheckBox(self.tr("Until lifted"), self)
        self.ends_on = _date_edit(self, today + dt.timedelta(days=30))
        self.ends_on.setMinimumDate(QDate(today.year, today.month, today.day))
        self.ends_on.setAccessibleName(self.tr("Ends on"))
        self.until_lifted.toggled.connect(lambda on: self.ends_on.setEnabled(not on))
        self.problem = QLabel(self)
        self.problem.setObjectName("restrictProblem")
        form = QFormLayout()
        form.addRow(self.tr("&Reason (e.g. the customer disputes the accuracy):"), self.reason)
        form.addRow(self.tr("&Ends on:"), self.ends_on)
        form.addRow("", self.until_lifted)
        _assemble(self, [intro], form, self.problem, self.tr("Restrict"), self._accept)

    def _accept(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.problem.setText(self.tr("Write the reason first."))
            return
        self.given.emit(reason, None if self.until_lifted.isChecked() else _day(self.ends_on))
        self.accept()


class ReasonDialog(QDialog):
    """One reason asked before a step: lifting a restriction, or saving an edit while it holds."""

    given = Signal(str)

    def __init__(self, title: str, question: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.reason)
        self.problem = QLabel(self)
        box = _buttons(self, ok_text)
        box.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        for widget in (label, self.reason, self.problem, box):
            layout.addWidget(widget)

    def _accept(self) -> None:
        reason = self.reason.text().strip()
        if len(reason) < 3:
            self.problem.setText(self.tr("Write the reason first."))
            return
        self.given.emit(reason)
        self.accept()


class DisclosureDialog(QDialog):
    """Recipient, legal basis, what data and when: a disclosure made outside the desk, recorded."""

    given = Signal(str, str, str, object)  # recipient, basis code, data, date

    def __init__(self, customer: str, today: dt.date, restricted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureDialog")
        self.setWindowTitle(self.tr("Record a disclosure of {0}'s data").format(customer))
        intro = QLabel(self.tr("Record what was handed over outside the desk. The customer's access reply lists it."),
                       self)
        intro.setWordWrap(True)
        self.recipient = QLineEdit(self)
        self.recipient.setMaxLength(rights.RECIPIENT_MAX)
        self.basis = QComboBox(self)
        for code in rights.DISCLOSURE_BASES:
            if code != rights.MARKETING_BASIS:  # recorded by the marketing export itself
                self.basis.addItem(translate_domain(rights.DISCLOSURE_BASIS_LABELS[code]), code)
        self.data = QLineEdit(self)
        self.data.setMaxLength(rights.DISCLOSURE_TEXT_MAX)
        self.disclosed_on = _date_edit(self, today)
        self.disclosed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.problem = QLabel(self)
        self.problem.setObjectName("disclosureProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(self.tr("Legal &basis:"), self.basis)
        form.addRow(self.tr("&What data:"), self.data)
        form.addRow(self.tr("&Date:"), self.disclosed_on)
        above: list[QWidget] = [intro]
        if restricted:
            warning = QLabel(self.tr("Processing is restricted: only a legal claim (collection of an unpaid invoice) "
                                     "may be disclosed."), self)
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a4262c; font-weight: bold;")
            above.append(warning)
        _assemble(self, above, form, self.problem, self.tr("Record"), self._accept)

    def _accept(self) -> None:
        recipient, data = self.recipient.text().strip(), self.data.text().strip()
        if not recipient or not data:
            self.problem.setText(self.tr("Write the recipient and what data was disclosed."))
            return
        self.given.emit(recipient, str(self.basis.currentData()), data, _day(self.disclosed_on))
        self.accept()


class ObjectionDialog(QDialog):
    """A supervisor's decision on an objection to processing other than direct marketing (Art. 21(1))."""

    given = Signal(str, bool, str, str)  # processing, upheld, reasons, what an upheld objection stops

    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectionDialog")
        self.setWindowTitle(self.tr("Decide the objection of {0}").format(customer))
        intro = QLabel(self.tr("For an objection to direct marketing record the prohibition instead (Ctrl+Shift+M): "
                               "it is absolute. Any other processing stops unless there are compelling legitimate "
                               "grounds that override the customer's interests, or legal claims."), self)
        intro.setWordWrap(True)
        self.processing = QLineEdit(self)
        self.processing.setMaxLength(400)
        self.stops = QComboBox(self)
        self.stops.setObjectName("objectionStops")
        for code in rights.OBJECTION_STOPS:
            self.stops.addItem(translate_domain(rights.OBJECTION_STOP_LABELS[code]), code)
        self.upheld = QRadioButton(self.tr("&Uphold: the processing stops for this customer"), self)
        self.rejected = QRadioButton(self.tr("Re&ject: compelling legitimate grounds or legal claims"), self)
        self.upheld.setChecked(True)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setFixedHeight(5 * self.reasons.fontMetrics().lineSpacing() + 16)
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Processing objected to:"), self.processing)
        form.addRow(self.tr("Decision:"), self.upheld)
        form.addRow("", self.rejected)
        form.addRow(self.tr("Upheld, it &stops:"), self.stops)
        self.upheld.toggled.connect(self.stops.setEnabled)
        form.addRow(self.tr("&Reasons (printed in the reply):"), self.reasons)
        _assemble(self, [intro], form, self.problem, self.tr("Record the decision"), self._accept)

    def _accept(self) -> None:
        processing, reasons = self.processing.text().strip(), self.reasons.toPlainText().strip()
        if not processing or len(reasons) < 10:
            self.problem.setText(self.tr("Name the processing and write the reasons: the reply tells them."))
            return
        self.given.emit(processing, self.upheld.isChecked(), reasons, self.stops.currentData())
        self.accept()
