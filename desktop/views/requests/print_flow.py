"""Printing letters end to end: stored PDFs → print thread → "printed" recorded on the database lane.

The order matters: a letter is recorded as printed only after the printer accepted the whole job,
so a jammed or refused job never shows up as sent in the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from desktop.operations import letters as letter_ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text
from desktop.views.printing import CoverSheet, PrintItem, PrintJob, configure
from desktop.views.requests.common import letter_type_labels


def print_item(letter: Any) -> PrintItem:
    """A PrintItem from a LetterPdf (print queue) or a GeneratedLetter (just made, already in memory)."""
    number = getattr(letter, "customer_number", "") or ""
    label = " ".join(p for p in (number, letter_type_labels().get(letter.letter_type, letter.letter_type)) if p)
    return PrintItem(letter.id, letter.reference, label, letter.pdf)


class PrintFlow(QObject):
    """One print run. ``finished(letter_ids)`` once recorded; ``failed(message)`` at any step."""

    finished = Signal(list)
    failed = Signal(str)
    progress = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._job: PrintJob | None = None
        self._ids: list[int] = []

    @property
    def running(self) -> bool:
        return self._job is not None

    def print_loaded(self, printer: QPrinter, letters: Sequence[Any], *, doc_name: str,
                     cover: CoverSheet | None = None) -> None:
        """Print letters whose PDFs are already in memory (the preview has them)."""
        if self._job is not None:
            raise RuntimeError("a print run is already going on")
        items = [print_item(letter) for letter in letters]
        self._ids = [item.letter_id for item in items]
        self._job = PrintJob(configure(printer), items, doc_name=doc_name, cover=cover)
        self._job.succeeded.connect(self._printed)
        self._job.failed.connect(self._job_failed)
        self.progress.emit(self.tr("Printing %n letter(s)…", "", len(items)))
        self._job.start()

    def print_stored(self, printer: QPrinter, letter_ids: Sequence[int], *, doc_name: str,
                     cover: CoverSheet | None = None) -> None:
        """Fetch the stored PDFs on the lane first (the batch print has only the list)."""
        letter_ops.pdfs(self._runner, self._session, list(letter_ids), owner=self,
                        on_success=lambda rows: self.print_loaded(printer, rows, doc_name=doc_name, cover=cover),
                        on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _printed(self, _pages: int) -> None:
        self._finish_job()
        letter_ops.mark_printed(self._runner, self._session, self._ids, owner=self,
                                on_success=self.finished.emit,
                                on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _job_failed(self, message: str) -> None:
        self._finish_job()
        self.failed.emit(message)

    def _finish_job(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait()
            job.deleteLater()
