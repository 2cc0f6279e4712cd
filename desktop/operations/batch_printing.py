"""Printing all waiting letters in parts, so a long batch shows its progress and can be stopped cleanly.

A morning's letters can be hundreds. The batch is printed in parts of :data:`PART_SIZE` letters, each an
ordinary print action (desktop.operations.printing.PrintRun): its stored PDFs fetched on the database
lane, ONE print job behind a cover sheet listing exactly that part, and, once the printer took the whole
job, its letters recorded as printed on the lane (LetterService.mark_printed, a transaction per letter).

:meth:`BatchPrintRun.cancel` stops after the part being printed. A print job cannot be taken back from
the printer half-way (Qt's PDF print engine spools at the end and cannot abort), so the part in the
printer is finished and recorded and the letters after it stay waiting: every printed letter is
recorded, no unprinted one is. A part whose PDFs are still being fetched when Cancel comes is not printed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from desktop.operations import letters as letter_ops
from desktop.operations.print_engine import CoverSheet
from desktop.operations.printing import PrintRun
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession

PART_SIZE = 10  # letters per print job: after Cancel, at most this many are finished (about 5 s of rasterising)


class BatchPrintRun(QObject):
    """One batch print. ``progress(done, total)`` per letter put in a print job; at the end exactly one of
    ``finished(letter_ids)`` (all printed and recorded), ``stopped(letter_ids, total)`` (cancelled; those
    were printed and recorded) or ``failed(message, letter_ids)`` (a part failed; the parts before it,
    ``letter_ids``, were printed and recorded)."""

    progress = Signal(int, int)
    finished = Signal(list)
    stopped = Signal(list, int)
    failed = Signal(str, list)

    def __init__(self, runner: TaskRunner, session: DeskSession, make_run: Callable[[QObject], PrintRun], *,
                 describe: Callable[[BaseException], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._session = session
        self._make_run = make_run  # a PrintRun worded by the view (labels, messages)
        self._describe = describe
        self._run: PrintRun | None = None
        self._parts: list[list[int]] = []
        self._done: list[int] = []
        self._total = 0
        self._cancelled = False
        self._printer: QPrinter | None = None
        self._doc_name = ""
        self._cover: CoverSheet | None = None
        self._part_title = "{0} ({1}/{2})"

    @property
    def running(self) -> bool:
        return self._run is not None

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def start(self, printer: QPrinter, letter_ids: Sequence[int], *, doc_name: str, cover: CoverSheet | None = None,
              part_title: str = "{0} ({1}/{2})") -> None:
        """Print ``letter_ids`` (oldest first) in parts; ``part_title`` names a part's cover sheet when there
        are several ({0} the cover's title, {1} the part, {2} how many)."""
        if self.running:
            raise RuntimeError("a print run is already going on")
        ids = list(letter_ids)
        self._parts = [ids[i:i + PART_SIZE] for i in range(0, len(ids), PART_SIZE)]
        self._done, self._total, self._cancelled = [], len(ids), False
        self._printer, self._doc_name, self._cover, self._part_title = printer, doc_name, cover, part_title
        self._next_part()

    def cancel(self) -> None:
        """Stop after the part in the printer (a step is always under way: its end sees the flag)."""
        self._cancelled = True

    def _next_part(self) -> None:
        self._drop_run()
        if self._cancelled or not self._parts:
            if self._cancelled and self._parts:
                self.stopped.emit(list(self._done), self._total)
            else:
                self.finished.emit(list(self._done))
            return
        part = self._parts.pop(0)
        cover = self._cover
        count = -(-self._total // PART_SIZE)
        if cover is not None and count > 1:
            number = len(self._done) // PART_SIZE + 1
            cover = dataclasses.replace(cover, title=self._part_title.format(cover.title, number, count))
        run = self._make_run(self)
        run.item_done.connect(lambda n: self.progress.emit(len(self._done) + n, self._total))
        run.finished.connect(self._part_done)
        run.failed.connect(self._part_failed)
        self._run = run
        letter_ops.pdfs(self._session, part).success(lambda rows: self._print(run, rows, cover)).failure(
            lambda exc: self._part_failed(self._describe(exc))).run_in(self._runner, owner=self)

    def _print(self, run: PrintRun, rows: list[letter_ops.LetterPdf], cover: CoverSheet | None) -> None:
        """The part's PDFs are in: print them, unless the user cancelled meanwhile (then none of them)."""
        if self._cancelled:
            self._drop_run()
            self.stopped.emit(list(self._done), self._total)
            return
        assert self._printer is not None
        run.print_loaded(self._printer, rows, doc_name=self._doc_name, cover=cover)

    def _part_done(self, ids: list[int]) -> None:
        self._done += ids
        self.progress.emit(len(self._done), self._total)
        self._next_part()

    def _part_failed(self, message: str) -> None:
        self._drop_run()
        self.failed.emit(message, list(self._done))

    def _drop_run(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.deleteLater()
