"""What the request widgets share: the printer choice, labels of code values, small formatting helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.deadlines import format_date
from desktop.core.request_states import STATE_LABELS, State
from desktop.operations.print_engine import configure
from desktop.operations.printing import PrintRun
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text, translate_domain

# Returns the configured printer, or None when the user cancelled. Injected so that tests (and a
# workstation with a fixed letter printer) can print without the modal dialog.
PrinterChooser = Callable[[QWidget], QPrinter | None]


def ask_printer(parent: QWidget) -> QPrinter | None:
    """The Qt print dialog on the local printers, A4 and full page preset."""
    printer = configure(QPrinter(QPrinter.PrinterMode.HighResolution))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("requests", "Print letter"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def state_label(state: str) -> str:
    try:
        return translate_domain(STATE_LABELS[State(state)])
    except ValueError:
        return state


def request_type_labels() -> dict[str, str]:
    return {
        "access": QCoreApplication.translate("requests", "Access (inspection) request"),
        "rectification": QCoreApplication.translate("requests", "Rectification"),
        "erasure": QCoreApplication.translate("requests", "Erasure"),
        "objection": QCoreApplication.translate("requests", "Objection / prohibition"),
        "restriction": QCoreApplication.translate("requests", "Restriction of processing"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "letter": QCoreApplication.translate("requests", "Letter"),
        "desk": QCoreApplication.translate("requests", "At the desk"),
        "email_signed": QCoreApplication.translate("requests", "E-mail with a signed attachment"),
    }


def identity_method_labels() -> dict[str, str]:
    return {
        "signature_compared": QCoreApplication.translate("requests", "Signature compared with the contract"),
        "photo_id_seen": QCoreApplication.translate("requests", "Photo ID seen at the desk (no copy kept)"),
        "address_on_record": QCoreApplication.translate("requests", "Matches the address on record"),
    }


def letter_type_labels() -> dict[str, str]:
    return {
        "access_reply": QCoreApplication.translate("requests", "Access reply"),
        "acknowledgement": QCoreApplication.translate("requests", "Acknowledgement of receipt"),
        "identity_clarification": QCoreApplication.translate("requests", "Identity clarification"),
        "extension_notice": QCoreApplication.translate("requests", "Extension notice"),
        "refusal": QCoreApplication.translate("requests", "Refusal"),
        "prohibition_confirmation": QCoreApplication.translate("requests", "Prohibition confirmation"),
        "rectification_reply": QCoreApplication.translate("requests", "Rectification reply"),
        "erasure_reply": QCoreApplication.translate("requests", "Erasure reply"),
        "objection_reply": QCoreApplication.translate("requests", "Objection reply"),
        "restriction_reply": QCoreApplication.translate("requests", "Restriction reply"),
    }


def fmt_day(value: dt.date | None) -> str:
    return format_date(value) if value else ""


def show_error(parent: QWidget, exc: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("requests", "Cannot do that"), error_text(exc))


def print_run(runner: TaskRunner, session: DeskSession, parent: QObject) -> PrintRun:
    """A print action (desktop.operations.printing) worded for this view: letter types by their labels,
    failures as the user's messages."""
    return PrintRun(runner, session, parent, label=lambda kind: letter_type_labels().get(kind, kind),
                    describe=error_text)
