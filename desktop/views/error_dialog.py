"""What the desk shows when something fails: calm text for what the user can act on, a report for bugs.

Every text shown here passes through ``redact``: an exception message may carry whatever was typed,
and a full henkilötunnus must never reach a screen a colleague photographs for the helpdesk.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import DomainError
from desktop.core.hetu import redact
from desktop.i18n_qt import error_text


def user_message(exc: BaseException) -> str:
    """One sentence for the status line or a dialog: translated for domain errors, generic otherwise."""
    if isinstance(exc, DomainError):
        return redact(error_text(exc))
    return QCoreApplication.translate(
        "error_dialog", "Something went wrong inside Palvelutiski. The details are in the log file.")


def report_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return redact("".join(traceback.format_exception(exc_type, exc, tb)))


def show_bug(parent: QWidget | None, exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None, log_path: Path | None) -> None:
    """The unexpected-error dialog (sys.excepthook): an apology, where the log is, the redacted details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("error_dialog", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "error_dialog", "Palvelutiski ran into an error it did not expect. Your saved work is safe; "
                        "the action you were doing may not have finished."))
    if log_path is not None:
        box.setInformativeText(QCoreApplication.translate(
            "error_dialog", "Please tell the helpdesk. The log file is {path}.").format(path=log_path))
    box.setDetailedText(report_text(exc_type, exc, tb))
    copy = box.addButton(QCoreApplication.translate("error_dialog", "Copy details"),
                         QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(box.detailedText())
