"""The customer card's doors into the request views: Ctrl+N, the Requests tab and the Letters tab.

- "New written request…" (the window's Ctrl+N, and a button on the Requests tab) opens the intake
  dialog as a window of its own, with the customer on the card already chosen as the requester.
- A request on the Requests tab (double-click or Enter) opens in a window of its own: the request
  detail with the moves the user's role may make.
- A letter on the Letters tab (double-click or Enter) opens its print preview; printing it again goes
  through the print dialog and is recorded (``letter_printed``, marked as a reprint, in the audit log).

The card view owns one :class:`CardRequestLinks` and tells it which card is shown; everything else
about requests lives here, so the card stays about the customer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.operations import letters as letter_ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text
from desktop.views.requests.common import PrinterChooser, ask_printer, letter_type_labels, print_run
from desktop.views.requests.detail_widget import RequestDetail
from desktop.views.requests.intake_dialog import IntakeDialog
from desktop.views.requests.preview_dialog import LetterPreviewDialog


class RequestDialog(QDialog):
    """One request in a window of its own (opened from the card); the detail does the work."""

    def __init__(self, runner: TaskRunner, session: DeskSession, request_id: int,
                 parent: QWidget | None = None, *, choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.request_id = request_id
        self.detail = RequestDetail(runner, session, self, choose_printer=choose_printer)
        self.detail.loaded.connect(self._retitle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.detail, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 760)
        self._retitle()
        self.detail.load(request_id)

    def _retitle(self) -> None:
        info = self.detail.info
        self.setWindowTitle(self.tr("Request {0}").format(info.reference) if info is not None
                            else self.tr("Request"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
        super().changeEvent(event)


class CardRequestLinks(QObject):
    """Wires the card's Requests and Letters tables (``TablesSection``s) to the request views."""

    request_registered = Signal(object)  # RequestInfo, after the intake dialog stored it
    letter_printed = Signal(list)  # letter ids, after a reprint was recorded
    changed = Signal()  # something on the card's tabs is out of date: the card reloads
    message = Signal(str)  # what happened, for the card's message line
    requests_shown = Signal()  # the card shows its Requests tab (the request just registered is selected)

    def __init__(self, runner: TaskRunner, session: DeskSession, card_view: QWidget, requests: Any,
                 letters: Any, *, choose_printer: PrinterChooser = ask_printer) -> None:
        super().__init__(card_view)
        self._runner = runner
        self._session = session
        self._view = card_view
        self._choose_printer = choose_printer
        self._card: Any = None
        self._select_reference: str | None = None
        self.intake_dialog: IntakeDialog | None = None
        self.request_dialogs: dict[int, RequestDialog] = {}
        self.preview: LetterPreviewDialog | None = None
        self._reprint = False
        self.print_flow = print_run(runner, session, self)
        self.print_flow.finished.connect(self._printed)
        self.print_flow.failed.connect(self.message)
        actor = session.actor

        self.requests_table: QTableWidget = requests.tables["requests"]
        self.letters_table: QTableWidget = letters.tables["letters"]
        self.new_button = QPushButton(requests)
        self.new_button.setObjectName("newRequestButton")
        self.new_button.setVisible(actor.can(Permission.HANDLE_REQUEST))
        self.new_button.clicked.connect(self.new_request)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        requests.layout().insertLayout(0, bar)
        if actor.can(Permission.HANDLE_REQUEST):
            # activated: Enter, and a double-click (or the platform's single click) on a row.
            self.requests_table.activated.connect(lambda index: self.open_request_row(index.row()))
        if actor.can(Permission.PRINT_LETTER):
            self.letters_table.activated.connect(lambda index: self.preview_letter_row(index.row()))
        self.new_button.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New written request…"))
        self.new_button.setToolTip(self.tr("Register a letter from this customer (Ctrl+N)"))
        can_open = self._session.actor.can(Permission.HANDLE_REQUEST)
        self.requests_table.setToolTip(self.tr("Double-click or Enter opens the request") if can_open else "")
        can_print = self._session.actor.can(Permission.PRINT_LETTER)
        self.letters_table.setToolTip(self.tr("Double-click or Enter shows the letter and lets you print it again")
                                      if can_print else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.new_button and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the card ------------------------------------------------------------------------------

    def set_card(self, card: Any) -> None:
        """The card now shown (None: no customer); its tables are already filled."""
        self._card = card
        self.new_button.setEnabled(card is not None)
        if card is not None and self._select_reference is not None:
            rows = [r.reference for r in card.requests]
            if self._select_reference in rows:
                self.requests_shown.emit()
                self.requests_table.selectRow(rows.index(self._select_reference))
                self.message.emit(self.tr("Request {0} registered.").format(self._select_reference))
        self._select_reference = None

    # -- intake --------------------------------------------------------------------------------

    def new_request(self, *, prefill: bool = True) -> None:
        """The intake dialog, a window of its own; the customer on the card (``prefill``) is the requester."""
        if not self._session.actor.can(Permission.HANDLE_REQUEST):
            return
        if self.intake_dialog is not None and self.intake_dialog.isVisible():
            self.intake_dialog.raise_()
            self.intake_dialog.activateWindow()
            return
        dialog = IntakeDialog(self._runner, self._session, self._view)
        if self._card is not None and prefill:
            dialog.prefill_customer(self._card.customer_id, self._card.customer_number, self._card.display_name)
        dialog.created.connect(self._registered)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(lambda: setattr(self, "intake_dialog", None))
        self.intake_dialog = dialog
        # Not modal: the agent may look things up on the card (or keep talking on a call) meanwhile.
        dialog.show()
        dialog.ui.request_type.setFocus(Qt.FocusReason.OtherFocusReason)

    def _registered(self, info: letter_ops.RequestInfo) -> None:
        if self._card is not None and info.customer_id == self._card.customer_id:
            self._select_reference = info.reference  # told once the card shows it (the reload clears messages)
            self.changed.emit()
        else:
            self.message.emit(self.tr("Request {0} registered.").format(info.reference))
        self.request_registered.emit(info)

    # -- opening a request ---------------------------------------------------------------------

    def open_request_row(self, row: int) -> None:
        if self._card is not None and 0 <= row < len(self._card.requests):
            self.open_request(self._card.requests[row].id)

    def open_request(self, request_id: int) -> None:
        """The request in a window of its own (one window per request: opening it again raises it)."""
        if not self._session.actor.can(Permission.HANDLE_REQUEST):
            return
        dialog = self.request_dialogs.get(request_id)
        if dialog is None:
            dialog = RequestDialog(self._runner, self._session, request_id, self._view,
                                   choose_printer=self._choose_printer)
            dialog.detail.changed.connect(lambda _r: self.changed.emit())
            dialog.destroyed.connect(lambda _=None, rid=request_id: self.request_dialogs.pop(rid, None))
            self.request_dialogs[request_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    # -- letters: preview and reprint ----------------------------------------------------------

    def preview_letter_row(self, row: int) -> None:
        if self._card is None or not 0 <= row < len(self._card.letters):
            return
        row_data = self._card.letters[row]
        letter_ops.load(self._session, row_data.id).success(
            lambda letter: self._show_preview(letter, reprint=row_data.printed_at is not None)).failure(
            lambda exc: self.message.emit(error_text(exc))).run_in(self._runner, owner=self)

    def _show_preview(self, letter: letter_ops.GeneratedLetter, *, reprint: bool) -> None:
        kind = letter_type_labels().get(letter.letter_type, letter.letter_type)
        self.preview = LetterPreviewDialog(letter.pdf, f"{letter.reference} – {kind}", self._choose_printer,
                                           self._view, can_print=not self.print_flow.running)
        self.preview.accepted.connect(lambda: self._print(letter, reprint))
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview.open()

    def _print(self, letter: letter_ops.GeneratedLetter, reprint: bool) -> None:
        printer = self.preview.printer if self.preview is not None else None
        if printer is None or self.print_flow.running:
            return
        self.message.emit(self.tr("Printing {0} …").format(letter.reference))
        self._reprint = reprint
        self.print_flow.print_loaded(printer, [letter], doc_name=f"{letter.reference} {letter.letter_type}")

    def _printed(self, letter_ids: list[int]) -> None:
        self.message.emit(self.tr("Printed again; the reprint is recorded in the audit log.") if self._reprint
                          else self.tr("Printed. Put the letter in a window envelope and mark it posted."))
        self.letter_printed.emit(letter_ids)
        self.changed.emit()
