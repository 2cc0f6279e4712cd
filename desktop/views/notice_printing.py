"""The register description / privacy notice (GDPR Art. 13/14) from any page: made on the lane in the
chosen language, previewed, then printed. The retention page offers it in the UI language, the agent's
card (Data protection → Print the privacy notice, Ctrl+Shift+P) in the customer's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop.core.retention import GAP_LABELS
from desktop.operations import rights as ops
from desktop.operations.print_engine import PrintItem, PrintJob, configure
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text, translate_domain
from desktop.views.requests.common import PrinterChooser
from desktop.views.requests.preview_dialog import LetterPreviewDialog

LANGUAGES = ("fi", "sv", "en")


def ui_language() -> str:
    code = QLocale().name()[:2]  # the UI language (desktop.i18n_qt sets the default locale)
    return code if code in LANGUAGES else "fi"


class NoticePrinter(QObject):
    """One preview at a time; ``say`` shows what happened (preparing, draft gaps, printed, errors)."""

    def __init__(self, runner: TaskRunner, session: DeskSession, choose_printer: PrinterChooser,
                 say: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._choose_printer = choose_printer
        self._say = say
        self.dialog: Any = None
        self._job: Any = None

    def show(self, language: str) -> None:
        self._say(QCoreApplication.translate("NoticePrinter", "Preparing the register description …"))
        ops.privacy_notice(self._session, language if language in LANGUAGES else ui_language()).success(
            self._preview).failure(lambda exc: self._say(error_text(exc))).run_in(self._runner, owner=self)

    def _preview(self, notice: ops.Notice) -> None:
        missing = ""
        if notice.gaps:
            missing = QCoreApplication.translate("NoticePrinter",
                                                 "Draft: the utility profile lacks {0}.").format(
                ", ".join(translate_domain(GAP_LABELS[g]) for g in notice.gaps))
        self._say(missing)
        parent = self.parent()
        title = QCoreApplication.translate("NoticePrinter", "Register description")
        dialog = LetterPreviewDialog(notice.pdf, title, self._choose_printer,
                                     parent if hasattr(parent, "window") else None)
        dialog.accepted.connect(lambda: self._print(dialog.printer, notice.pdf))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _print(self, printer: Any, pdf: bytes) -> None:
        if printer is None:
            return
        title = QCoreApplication.translate("NoticePrinter", "Register description")
        done = QCoreApplication.translate("NoticePrinter", "The register description was printed.")
        job = PrintJob(configure(printer), [PrintItem(0, "", title, pdf)], doc_name=title)
        job.succeeded.connect(lambda _pages: self._say(done))
        job.failed.connect(self._say)
        job.finished.connect(job.deleteLater)
        self._job = job
        job.start()
