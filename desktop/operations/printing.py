"""Printing letters, one operation per print action: stored PDFs → print thread → "printed" recorded.

The view starts a :class:`PrintRun` and only shows its steps. The run fetches the stored PDFs on the
database lane when it does not have them already (a batch has only the list; the preview has the letter),
prints them on a print thread of its own (desktop.operations.print_engine: a batch neither freezes the
desk nor holds up the lane), and records them as printed on the lane (LetterService.mark_printed, the
owner of a letter's life). The order matters: a letter is recorded as printed only after the printer
accepted the whole job, so a jammed or refused job never shows up as sent in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from desktop.operations import letters as letter_ops
from desktop.operations.print_engine import CoverSheet, PrintItem, PrintJob, configure
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession


class Printable(Protocol):
    """A letter with its PDF in memory: a LetterPdf (print list) or a GeneratedLetter (the preview's)."""

    @property
    def id(self) -> int: ...
    @property
    def reference(self) -> str: ...
    @property
    def letter_type(self) -> str: ...
    @property
    def pdf(self) -> bytes: ...


class PrintRun(QObject):
    """One print action. ``finished(letter_ids)`` once recorded; ``failed(message)`` at any step.

    The view lends the words: ``label`` names a letter type on the cover sheet, ``describe`` turns a
    failure on the lane into the message the user reads (the printer's own failures come translated).
    """

    finished = Signal(list)
    failed = Signal(str)
    item_done = Signal(int)  # the n-th letter of the run is in the print job (a batch's progress)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QObject | None = None, *,
                 label: Callable[[str], str], describe: Callable[[BaseException], str]) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._label = label
        self._describe = describe
        self._job: PrintJob | None = None
        self._ids: list[int] = []

    @property
    def running(self) -> bool:
        return self._job is not None

    def print_item(self, letter: Printable) -> PrintItem:
        number = getattr(letter, "customer_number", "") or ""
        label = " ".join(p for p in (number, self._label(letter.letter_type)) if p)
        return PrintItem(letter.id, letter.reference, label, letter.pdf)

    def print_loaded(self, printer: QPrinter, letters: Sequence[Printable], *, doc_name: str,
                     cover: CoverSheet | None = None) -> None:
        """Print letters whose PDFs are already in memory (the preview has them)."""
        if self._job is not None:
            raise RuntimeError("a print run is already going on")
        items = [self.print_item(letter) for letter in letters]
        self._ids = [item.letter_id for item in items]
        self._job = PrintJob(configure(printer), items, doc_name=doc_name, cover=cover)
        self._job.succeeded.connect(self._printed)
        self._job.failed.connect(self._job_failed)
        self._job.item_done.connect(self.item_done)
        self._job.start()

    def print_stored(self, printer: QPrinter, letter_ids: Sequence[int], *, doc_name: str,
                     cover: CoverSheet | None = None) -> None:
        """Fetch the stored PDFs on the lane first (the batch print has only the list)."""
        letter_ops.pdfs(self._session, list(letter_ids)).success(
            lambda rows: self.print_loaded(printer, rows, doc_name=doc_name, cover=cover)).failure(
            lambda exc: self.failed.emit(self._describe(exc))).run_in(self._runner, owner=self)

    def _printed(self, _pages: int) -> None:
        self._finish_job()
        letter_ops.mark_printed(self._session, self._ids).success(self.finished.emit).failure(
            lambda exc: self.failed.emit(self._describe(exc))).run_in(self._runner, owner=self)

    def _job_failed(self, message: str) -> None:
        self._finish_job()
        self.failed.emit(message)

    def _finish_job(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.wait()
            job.deleteLater()
