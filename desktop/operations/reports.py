"""The reports page's actions on the database lane: run a report, export it as PDF or CSV.

Both are audited report runs (desktop.services.reports); the export writes its file on the lane too, so
neither the queries nor the PDF's drawing hold up the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.operations.runner import Task, TaskRunner
from desktop.operations.session import DeskSession
from desktop.services import report_output
from desktop.services.reports import ReportFigures, ReportService

__all__ = ["ReportFigures", "export", "run"]

OnSuccess = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


def run(runner: TaskRunner, session: DeskSession, first: dt.date, last: dt.date, *, on_success: OnSuccess,
        on_error: OnError = None, owner: QObject | None = None) -> Task:
    """The figures of the period (``ReportFigures``); a newer run supersedes one still queued."""
    return runner.submit(lambda: session.service(ReportService).run(first, last, "screen"),
                         on_success=on_success, on_error=on_error, owner=owner, key="reports.run")


def export(runner: TaskRunner, session: DeskSession, first: dt.date, last: dt.date, fmt: str, path: Path,
           language: str, tr: Callable[[str], str], *, on_success: OnSuccess, on_error: OnError = None,
           owner: QObject | None = None) -> Task:
    """Write the report as ``fmt`` (pdf or csv) to ``path`` in ``language``; returns the path."""
    def fn() -> Path:
        figures = session.service(ReportService).run(first, last, fmt)
        return report_output.write(figures, fmt, path, tr, report_output.values(language))

    return runner.submit(fn, on_success=on_success, on_error=on_error, owner=owner)
