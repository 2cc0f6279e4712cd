"""Verify the audit chain: the receipt (row count and head hash) to write down or print, and a check
against a receipt written down earlier (docs/security.md, "The audit chain and the auditor's receipt").

A chain that verifies only shows that nothing changed *between* rows; rows cut from the end leave a
valid shorter chain. Only a receipt kept outside the database catches that: each verification that passes
keeps one in the auditor's receipt book on this workstation (desktop.services.audit_receipts), checks the
latest one first and, with no receipt typed, verifies against it; "Save receipts…" writes the book as CSV
to keep elsewhere, and the print button prints this verification's receipt.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from desktop.core.i18n import CONTEXT
from desktop.core.local_time import format_moment
from desktop.operations import admin as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.audit_dtos import ReceiptCheck, ReceiptedVerification, VerifyResult
from desktop.ui.ui_verify_chain_view import Ui_VerifyChainView
from desktop.views.audit.common import AuditView
from desktop.views.desk.common import translate_domain
from desktop.views.error_dialog import user_message


class VerifyChainView(AuditView):
    """``verified(VerifyResult)`` after each check, ``message_shown(str)`` for refused input."""

    verified = Signal(object)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyChainView")
        self._runner = runner
        self._session = session
        self.result: VerifyResult | None = None
        self.receipts: ReceiptedVerification | None = None
        self.save_dialog: QFileDialog | None = None
        self.verified_at: dt.datetime | None = None

        self.ui = Ui_VerifyChainView()
        self.ui.setupUi(self)
        self.ui.receipt_warning.hide()
        self.ui.receipt_edit.returnPressed.connect(self.verify)
        self.ui.verify_button.clicked.connect(self.verify)
        self.ui.copy_button.clicked.connect(self.copy_receipt)
        self.ui.print_button.clicked.connect(self.ask_and_print)
        self.ui.save_button.clicked.connect(self.ask_save_receipts)
        self.ui.save_button.setVisible(session.receipts_dir is not None)
        self._set_receipt(None)
        self._retranslate()

    def verify(self) -> None:
        receipt = self.ui.receipt_edit.text().strip() or None
        self.ui.verify_button.setEnabled(False)
        self.ui.result_label.setText(self.tr("Verifying the audit chain…"))
        if self._session.receipts_dir is not None:
            ops.verify_with_receipts(self._session, receipt).success(self._show_receipted).failure(
                self._failed).run_in(self._runner, owner=self)
        else:
            ops.verify_chain(self._session, receipt).success(self._show).failure(self._failed).run_in(
                self._runner, owner=self)

    def _show_receipted(self, verification: ReceiptedVerification) -> None:
        self.receipts = verification
        self.show_check(verification.check)
        self._show(verification.result)

    def show_check(self, check: ReceiptCheck) -> None:
        """The red warning while the chain no longer extends the latest receipt kept here."""
        self.ui.receipt_warning.setText(check.describe(translate_domain))
        self.ui.receipt_warning.setVisible(check.broken)

    def _show(self, result: VerifyResult) -> None:
        self.ui.verify_button.setEnabled(True)
        self.result = result
        self.verified_at = dt.datetime.now(dt.UTC)
        if result.ok:
            text = self.tr("The audit chain is intact: %n row(s), head hash {hash}.", "", result.count) \
                .format(hash=result.head_hash)
            if result.receipt_count is not None:
                text += " " + self.tr("It matches the receipt.")
            if self.receipts is not None and self.receipts.taken is not None and self.receipts.result is result:
                text += " " + self.tr("Its receipt was kept on this workstation; print or save it to keep a copy "
                                      "elsewhere too.")
            else:
                text += " " + self.tr("Write down or print the receipt below and check against it next time.")
            self._set_receipt(result.receipt)
        else:
            problem = QCoreApplication.translate(CONTEXT, result.problem or "").format(
                id=result.first_bad_id, count=result.count, receipt_count=result.receipt_count)
            text = self.tr("The audit chain is NOT intact.") + " " + problem
            self._set_receipt(None)
        self.ui.result_label.setStyleSheet("" if result.ok else "color: #a31515; font-weight: bold;")
        self.ui.result_label.setText(text)
        self.verified.emit(result)

    def _message_line(self) -> QLabel:
        return self.ui.result_label

    def _failed(self, exc: BaseException) -> None:
        self.ui.verify_button.setEnabled(True)
        self.ui.result_label.setStyleSheet("color: #a31515;")
        super()._failed(exc)

    def _set_receipt(self, receipt: str | None) -> None:
        self.ui.receipt_output.setText(receipt or "")
        self.ui.copy_button.setEnabled(receipt is not None)
        self.ui.print_button.setEnabled(receipt is not None)

    # -- keeping the receipt outside the database -----------------------------------------------

    def copy_receipt(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.receipt_output.text())

    def ask_and_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_receipt(printer)

    def receipt_html(self) -> str:
        if self.result is None or not self.result.ok or self.verified_at is None:
            return ""
        actor = self._session.actor
        rows = [
            (self.tr("Database"), self._session.database_label),
            (self.tr("Verified"), format_moment(self.verified_at, seconds=True)),
            (self.tr("Verified by"), f"{actor.display_name or actor.username} ({actor.username})"),
            (self.tr("Rows"), str(self.result.count)),
            (self.tr("Head hash"), self.result.head_hash),
            (self.tr("Receipt"), self.result.receipt),
        ]
        body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td><tt>{html.escape(v)}</tt></td></tr>"
                       for k, v in rows)
        title = self.tr("Audit log receipt")
        note = self.tr("Keep this sheet apart from the computer. A later verification against this receipt "
                       "shows whether rows were removed or rewritten.")
        return (f"<h2>{html.escape(title)}</h2><table cellpadding='4'>{body}</table>"
                f"<p>{html.escape(note)}</p>")

    def print_receipt(self, printer: QPrinter) -> None:
        document = QTextDocument(self)
        document.setHtml(self.receipt_html())
        printer.setDocName(self.tr("Audit log receipt"))
        document.print_(printer)

    def ask_save_receipts(self) -> None:
        self.save_dialog = QFileDialog(self, self.tr("Save the receipts"))
        self.save_dialog.setObjectName("saveReceiptsDialog")
        self.save_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.save_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.save_dialog.setDefaultSuffix("csv")
        self.save_dialog.setNameFilter("CSV (*.csv)")
        self.save_dialog.selectFile(self.tr("audit-receipts") + ".csv")
        self.save_dialog.fileSelected.connect(lambda name: self.save_receipts(Path(name)))
        self.save_dialog.finished.connect(self.save_dialog.deleteLater)
        self.save_dialog.open()

    def save_receipts(self, path: Path) -> None:
        self.ui.book_status.setStyleSheet("")
        self.ui.book_status.setText(self.tr("Writing {0}…").format(path.name))
        ops.save_receipts(self._session, path, translate_domain).success(self._receipts_saved).failure(
            self._save_failed).run_in(self._runner, owner=self)

    def _receipts_saved(self, path: Path) -> None:
        self.ui.book_status.setText(self.tr("Receipts saved: {0}").format(str(path)))

    def _save_failed(self, exc: BaseException) -> None:
        self.ui.book_status.setStyleSheet("color: #a31515;")
        self.ui.book_status.setText(user_message(exc))

    # -- language (AuditView calls it on a language change) ---------------------------------------

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.ui.intro.setText(self.tr("Verifying reads the whole audit log and checks every row's hash. Enter the "
                                   "receipt from the previous verification to also catch rows removed from "
                                   "the end."))
        if self._session.receipts_dir is not None:
            self.ui.intro.setText(self.tr("Verifying reads the whole audit log and checks every row's hash. Each "
                                       "verification that passes keeps a receipt on this workstation, and the next "
                                       "one checks against it, so rows removed from the end are caught. A receipt "
                                       "typed here is checked instead."))
        if self.receipts is not None:
            self.show_check(self.receipts.check)
