"""The reports page's actions on the database lane, one typed operation each: run a report, export it as
PDF or CSV.

Both are audited report runs (desktop.services.reports); the export writes its file on the lane too, so
neither the queries nor the PDF's drawing hold up the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.operations.op import Op
from desktop.operations.session import DeskSession
from desktop.services import report_output
from desktop.services.report_dtos import LABEL_LANGUAGES, ReportFigures, ReportOnScreen
from desktop.services.reports import ReportService

__all__ = ["ReportFigures", "ReportOnScreen", "export", "run"]


def run(session: DeskSession, first: dt.date, last: dt.date) -> Op[ReportOnScreen]:
    """The figures of the period with their labels (read from the label files here, on the lane); a newer
    run supersedes one still queued."""
    def work() -> ReportOnScreen:
        figures = session.service(ReportService).run(first, last, "screen")
        return ReportOnScreen(figures, {language: report_output.values(language) for language in LABEL_LANGUAGES})

    return Op(work, key="reports.run")


def export(session: DeskSession, first: dt.date, last: dt.date, fmt: str, path: Path, language: str,
           tr: Callable[[str], str]) -> Op[Path]:
    """Write the report as ``fmt`` (pdf or csv) to ``path`` in ``language``; the answer is the path."""
    def work() -> Path:
        figures = session.service(ReportService).run(first, last, fmt)
        return report_output.write(figures, fmt, path, tr, report_output.values(language))

    return Op(work)
