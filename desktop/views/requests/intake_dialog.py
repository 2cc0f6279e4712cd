"""Registering a written request as it arrives (Ctrl+N): what, when, how, and from whom.

The received date is the day the letter came in (today by default, editable: post opened late still
counts from its arrival). The requester is matched by a search in the register, or left "not yet
identified" and matched later in the request detail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import requests as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.requests import Intake
from desktop.views.desk.common import error_text
from desktop.views.requests.common import channel_labels, request_type_labels

SEARCH_DEBOUNCE_MS = 200


class IntakeDialog(QDialog):
    """Emits ``created(RequestInfo)`` after the request is stored; then closes."""

    created = Signal(object)
    search_done = Signal()  # the customer list shows the answer to the current text (tests wait on it)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New written request"))
        self._runner = runner
        self._session = session
        self._generation = 0
        self.info: Any = None

        self.request_type = QComboBox(self)
        for code, label in request_type_labels().items():
            self.request_type.addItem(label, code)
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setObjectName("receivedOn")
        self.received.setDisplayFormat("d.M.yyyy")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox(self)
        for code, label in channel_labels().items():
            self.channel.addItem(label, code)
        self.signed = QCheckBox(self.tr("Signed by the requester"), self)
        self.signed.setObjectName("signed")

        self.customer_search = QLineEdit(self)
        self.customer_search.setObjectName("customerSearch")
        self.customer_search.setPlaceholderText(self.tr("Search by name, customer no., address …"))
        self.customer_list = QListWidget(self)
        self.customer_list.setObjectName("customerList")
        self.customer_list.setMaximumHeight(120)
        self.unidentified = QCheckBox(self.tr("Not yet identified"), self)
        self.unidentified.setObjectName("unidentified")
        self.scan_ref = QLineEdit(self)
        self.scan_ref.setObjectName("scanRef")
        self.scan_ref.setPlaceholderText(self.tr("Archive or scan number of the letter"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("What does the customer ask for?"))
        self.message = QLabel(self)
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.request_type)
        form.addRow(self.tr("&Received on:"), self.received)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow("", self.signed)
        form.addRow(self.tr("C&ustomer:"), self.customer_search)
        form.addRow("", self.customer_list)
        form.addRow("", self.unidentified)
        form.addRow(self.tr("&Scanned document:"), self.scan_ref)
        form.addRow(self.tr("&Request text:"), self.description)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Register"))
        self.buttons.accepted.connect(self._register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.customer_search.textEdited.connect(self._edited)
        self.customer_list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.unidentified.toggled.connect(self._unidentified_toggled)
        self._update_ok()

    def prefill_customer(self, customer_id: int, number: str, name: str) -> None:
        """The customer open on the card is the requester unless the user searches another one."""
        self._generation += 1  # an older search answer must not replace this
        self.customer_search.setText(number)
        self.customer_list.clear()
        item = QListWidgetItem(" – ".join(p for p in (number, name) if p), self.customer_list)
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        self.customer_list.setCurrentRow(0)
        self._update_ok()

    # -- customer search -------------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._generation += 1
        self._timer.start()

    def _search(self) -> None:
        query = self.customer_search.text().strip()
        if not query:
            self.customer_list.clear()
            self.search_done.emit()
            return
        generation = self._generation
        ops.search_customers(self._runner, self._session, query, owner=self,
                             on_success=lambda result: self._show_hits(generation, result),
                             on_error=self._show_error)

    def _show_hits(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # typed again meanwhile
        self.customer_list.clear()
        for hit in result.rows:
            place = " ".join(p for p in (hit.postcode, hit.post_town) if p)
            text = " – ".join(p for p in (hit.customer_number, hit.display_name, hit.street, place) if p)
            item = QListWidgetItem(text, self.customer_list)
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)
        self.message.setText("" if result.rows else self.tr("No customers found."))
        self._update_ok()
        self.search_done.emit()

    def _unidentified_toggled(self, checked: bool) -> None:
        self.customer_search.setEnabled(not checked)
        self.customer_list.setEnabled(not checked)
        self._update_ok()

    def customer_id(self) -> int | None:
        if self.unidentified.isChecked():
            return None
        item = self.customer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.unidentified.isChecked() or self.customer_id() is not None)

    # -- registering -----------------------------------------------------------------------------

    def intake_data(self) -> Intake:
        return Intake(
            request_type=self.request_type.currentData(), channel=self.channel.currentData(),
            signed=self.signed.isChecked(), customer_id=self.customer_id(),
            received_on=self.received.date().toPython(), scan_ref=self.scan_ref.text().strip() or None,
            description=self.description.toPlainText().strip() or None)

    def _register(self) -> None:
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Registering …"))
        ops.intake(self._runner, self._session, self.intake_data(), owner=self,
                   on_success=self._registered, on_error=self._show_error)

    def _registered(self, info: Any) -> None:
        self.info = info
        self.created.emit(info)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
        self._update_ok()
        self.search_done.emit()
