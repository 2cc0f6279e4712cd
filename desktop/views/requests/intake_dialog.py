"""Registering a written request as it arrives (Ctrl+N): what, when, how, and from whom.

The received date is the day the letter came in (today by default, editable: post opened late still
counts from its arrival). The requester is matched by a search in the register, or left "not yet
identified" and matched later in the request detail.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop.operations import requests as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.request_dtos import Intake
from desktop.ui.ui_intake_dialog import Ui_IntakeDialog
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
        self.info: ops.RequestInfo | None = None

        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        for combo, labels in ((self.ui.request_type, request_type_labels()), (self.ui.channel, channel_labels())):
            for code in labels:
                combo.addItem("", code)
        self.ui.received.setDate(QDate.currentDate())
        self.ui.received.setMaximumDate(QDate.currentDate())
        # Our own accept button: a standard Ok's text is reset by the button box on a language switch.
        self.ok_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.ui.buttons.accepted.connect(self._register)
        self.ui.buttons.rejected.connect(self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._search)
        self.ui.customer_search.textEdited.connect(self._edited)
        self.ui.customer_list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.ui.unidentified.toggled.connect(self._unidentified_toggled)
        self.retranslate()
        self._update_ok()

    def retranslate(self) -> None:
        """Every text of the dialog: it may be open while the language is switched."""
        self.ui.retranslateUi(self)
        for combo, labels in ((self.ui.request_type, request_type_labels()), (self.ui.channel, channel_labels())):
            for index in range(combo.count()):
                combo.setItemText(index, labels[combo.itemData(index)])
        self.ok_button.setText(self.tr("&Register"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def prefill_customer(self, customer_id: int, number: str, name: str) -> None:
        """The customer open on the card is the requester unless the user searches another one."""
        self._generation += 1  # an older search answer must not replace this
        self.ui.customer_search.setText(number)
        self.ui.customer_list.clear()
        item = QListWidgetItem(" – ".join(p for p in (number, name) if p), self.ui.customer_list)
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        self.ui.customer_list.setCurrentRow(0)
        self._update_ok()

    # -- customer search -------------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._generation += 1
        self._timer.start()

    def _search(self) -> None:
        query = self.ui.customer_search.text().strip()
        if not query:
            self.ui.customer_list.clear()
            self.search_done.emit()
            return
        generation = self._generation
        ops.search_customers(self._session, query).success(lambda result: self._show_hits(generation, result)).failure(
            self._show_error).run_in(self._runner, owner=self)

    def _show_hits(self, generation: int, result: ops.SearchResult) -> None:
        if generation != self._generation:
            return  # typed again meanwhile
        self.ui.customer_list.clear()
        for hit in result.rows:
            place = " ".join(p for p in (hit.postcode, hit.post_town) if p)
            text = " – ".join(p for p in (hit.customer_number, hit.display_name, hit.street, place) if p)
            item = QListWidgetItem(text, self.ui.customer_list)
            item.setData(Qt.ItemDataRole.UserRole, hit.customer_id)
        if self.ui.customer_list.count():
            self.ui.customer_list.setCurrentRow(0)
        self.ui.message.setText("" if result.rows else self.tr("No customers found."))
        self._update_ok()
        self.search_done.emit()

    def _unidentified_toggled(self, checked: bool) -> None:
        self.ui.customer_search.setEnabled(not checked)
        self.ui.customer_list.setEnabled(not checked)
        self._update_ok()

    def customer_id(self) -> int | None:
        if self.ui.unidentified.isChecked():
            return None
        item = self.ui.customer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.ui.unidentified.isChecked() or self.customer_id() is not None)

    # -- registering -----------------------------------------------------------------------------

    def intake_data(self) -> Intake:
        return Intake(
            request_type=self.ui.request_type.currentData(), channel=self.ui.channel.currentData(),
            signed=self.ui.signed.isChecked(), customer_id=self.customer_id(),
            received_on=self.ui.received.date().toPython(), scan_ref=self.ui.scan_ref.text().strip() or None,
            description=self.ui.description.toPlainText().strip() or None)

    def _register(self) -> None:
        self.ok_button.setEnabled(False)
        self.ui.message.setText(self.tr("Registering …"))
        ops.intake(self._session, self.intake_data()).success(self._registered).failure(self._show_error).run_in(
            self._runner, owner=self)

    def _registered(self, info: ops.RequestInfo) -> None:
        self.info = info
        self.created.emit(info)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.ui.message.setText(error_text(exc))
        self._update_ok()
        self.search_done.emit()
