"""The batch print's progress dialog: how many letters, the time left, and Cancel (issue 14).

The work is desktop.operations.batch_printing.BatchPrintRun (parts of letters, each printed and then
recorded on the database lane); this shows its steps and says in one line what was done.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.operations.batch_printing import BatchPrintRun
from desktop.operations.print_engine import CoverSheet
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.views.desk.common import error_text
from desktop.views.requests.common import print_run


def time_left_text(seconds: float) -> str:
    """"about 2 min 5 s" / "about 40 s": what a progress dialog says of the time left."""
    minutes, rest = divmod(max(1, round(seconds)), 60)
    if minutes:
        return QCoreApplication.translate("BatchPrint", "about {0} min {1} s").format(minutes, rest)
    return QCoreApplication.translate("BatchPrint", "about {0} s").format(rest)


class BatchPrint(QObject):
    """Offers what the requests page used of a print run: ``running``, ``print_stored(…)``,
    ``finished(letter_ids)`` and ``failed(message)``; besides, ``stopped(summary)`` after Cancel and
    ``status(text)`` for the page's status line meanwhile."""

    finished = Signal(list)
    failed = Signal(str)
    stopped = Signal(str)
    status = Signal(str)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.run = BatchPrintRun(runner, session, lambda owner: print_run(runner, session, owner),
                                 describe=error_text, parent=self)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self.run.stopped.connect(self._stopped)
        self.run.failed.connect(self._failed)
        self._dialog: QProgressDialog | None = None
        self._started = 0.0

    @property
    def running(self) -> bool:
        return self._dialog is not None

    def print_stored(self, printer: QPrinter, letter_ids: Sequence[int], *, doc_name: str,
                     cover: CoverSheet | None = None) -> None:
        dialog = QProgressDialog(self._parent)
        dialog.setObjectName("batchPrintProgress")
        dialog.setWindowTitle(self.tr("Printing letters"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, len(letter_ids))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setLabelText(self.tr("Fetching the first letters…"))
        dialog.canceled.connect(self._cancel)
        dialog.show()
        self._dialog = dialog
        self._started = time.monotonic()
        self.run.start(printer, letter_ids, doc_name=doc_name, cover=cover,
                       part_title=self.tr("{0} (part {1} of {2})"))

    def _progress(self, done: int, total: int) -> None:
        if self._dialog is None or self.run.cancelled:
            return
        self._dialog.setValue(done)
        text = self.tr("Printing letter {0} of {1}…").format(min(done + 1, total), total)
        if done:
            left = (time.monotonic() - self._started) / done * (total - done)
            text += "\n" + self.tr("Time left: {0}").format(time_left_text(left))
        self._dialog.setLabelText(text)

    def _cancel(self) -> None:
        # QProgressDialog hides itself on Cancel; the page says what is still going on.
        self.run.cancel()
        self.status.emit(self.tr("Stopping: the letters already in the printer are finished first…"))

    def _finished(self, ids: list[int]) -> None:
        self._close_dialog()
        self.finished.emit(ids)

    def _stopped(self, ids: list[int], total: int) -> None:
        self._close_dialog()
        self.stopped.emit(self.tr("Stopped: %n letter(s) printed and recorded;", "", len(ids)) + " "
                          + self.tr("%n letter(s) still waiting to be printed.", "", total - len(ids)))

    def _failed(self, message: str, ids: list[int]) -> None:
        self._close_dialog()
        if ids:
            message += " " + self.tr("%n letter(s) before it were printed and recorded.", "", len(ids))
        self.failed.emit(message)

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel)
            dialog.reset()
            dialog.deleteLater()
