"""Registering a written request as it arrives (Ctrl+N): what, when, how, and from whom.

The received date is the day the letter came in (today by default, editable: post opened late still
counts from its arrival). The requester is matched by a search in the register, or left "not yet
identified" and matched later in the request detail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
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
        self._runner = runner
        self._session = session
        self._generation = 0
        self.info: Any = None

        self.request_type = QComboBox(self)
        for code in request_type_labels():
            self.request_type.addItem("", code)
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setObjectName("receivedOn")
        self.received.setDisplayFormat("d.M.yyyy")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox(self)
        for code in channel_labels():
            self.channel.addItem("", code)
        self.signed = QCheckBox(self)
        self.signed.setObjectName("signed")

        self.customer_search = QLineEdit(self)
        self.customer_search.setObjectName("customerSearch")
        self.customer_list = QListWidget(self)
        self.customer_list.setObjectName("customerList")
        self.customer_list.setMaximumHeight(120)
        self.unidentified = QCheckBox(self)
        self.unidentified.setObjectName("unidentified")
        self.scan_ref = QLineEdit(self)
        self.scan_ref.setObjectName("scanRef")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.message = QLabel(self)
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)

        form = QFormLayout()
        self._labels: dict[QWidget, QLabel] = {}
        for field in (self.request_type, self.received, self.channel, self.signed, self.customer_search,
                      self.customer_list, self.unidentified, self.scan_ref, self.description):
            if field in (self.signed, self.customer_list, self.unidentified):
                form.addRow("", field)
                continue
            label = QLabel(self)
            label.setBuddy(field)
            self._labels[field] = label
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Our own accept button: a standard Ok's text is reset by the button box on a language switch.
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
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
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        """Every text of the dialog: it may be open while the language is switched."""
        self.setWindowTitle(self.tr("New written request"))
        for combo, labels in ((self.request_type, request_type_labels()), (self.channel, channel_labels())):
            for index in range(combo.count()):
                combo.setItemText(index, labels[combo.itemData(index)])
        self.signed.setText(self.tr("Signed by the requester"))
        self.customer_search.setPlaceholderText(self.tr("Search by name, customer no., address …"))
        self.unidentified.setText(self.tr("Not yet identified"))
        self.scan_ref.setPlaceholderText(self.tr("Archive or scan number of the letter"))
        self.description.setPlaceholderText(self.tr("What does the customer ask for?"))
        texts = {self.request_type: self.tr("&Type:"), self.received: self.tr("&Received on:"),
                 self.channel: self.tr("&Channel:"), self.customer_search: self.tr("C&ustomer:"),
                 self.scan_ref: self.tr("&Scanned document:"), self.description: self.tr("&Request text:")}
        for field, text in texts.items():
            self._labels[field].setText(text)
        self.ok_button.setText(self.tr("&Register"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
