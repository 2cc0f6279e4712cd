"""The Raportit page (supervisors and the data protection officer): a period, its key figures, three
charts and every figure in a table; Save as PDF… and Save as CSV… write the same report to a file.

Counts only, never a customer's name. Each run and each export is an audited report run (the service).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.i18n import CONTEXT
from desktop.operations import reports as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services.report_dtos import CHART_TITLES, HEADER, ReportOnScreen, rows
from desktop.ui.ui_reports_page import Ui_ReportsPage
from desktop.views.desk.common import error_text, fmt_date
from desktop.views.reports.charts import ReportCharts
from desktop.views.tables import read_only_list


def _tr(source: str) -> str:
    """The service's N_() texts in the window's language (thread-safe: exports call it on the lane)."""
    return QCoreApplication.translate(CONTEXT, source)


def _language() -> str:
    return QLocale().name()[:2] if QLocale().name()[:2] in ("fi", "sv") else "en"


class ReportsPage(QWidget):
    """``shown`` after a report's figures are on screen, ``exported(Path)`` after a file was written."""

    shown = Signal()
    exported = Signal(object)

    def __init__(self, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._runner = runner
        self._session = session
        self.figures: ops.ReportFigures | None = None
        self._report: ReportOnScreen | None = None
        self.save_dialog: QFileDialog | None = None
        self._folder = Path.home()
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        today = QDate.currentDate()
        self.ui.first.setDate(QDate(today.year(), 1, 1))
        self.ui.last.setDate(today)
        self.model = QStandardItemModel(self)
        read_only_list(self.ui.table).setModel(self.model)
        # The months get the window's width (two years' labels fit at 1366 pixels); the trend and the
        # distribution share the row below, the table of every figure follows (forms/reports_page.ui).
        self.charts = ReportCharts(self)
        self.ui.content_grid.addWidget(self.charts.volume, 1, 0, 1, 2)
        self.ui.content_grid.addWidget(self.charts.on_time, 2, 0)
        self.ui.content_grid.addWidget(self.charts.days, 2, 1)
        previous = self.ui.csv_button  # Tab: the buttons, the charts, the table
        for view in self.charts.views():
            QWidget.setTabOrder(previous, view)
            previous = view

        self.ui.show_button.clicked.connect(self.run)
        self.ui.pdf_button.clicked.connect(lambda: self.ask_file("pdf"))
        self.ui.csv_button.clicked.connect(lambda: self.ask_file("csv"))
        self.retranslate()
        self._enable_exports()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self._report is not None:
            self._show(self._report)
        else:
            self.ui.status.setText(self.tr("Choose the period and press Show report. Counts only: no customer "
                                        "is named."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _period(self) -> tuple[dt.date, dt.date]:
        return self.ui.first.date().toPython(), self.ui.last.date().toPython()  # type: ignore[return-value]

    def _enable_exports(self) -> None:
        for button in (self.ui.pdf_button, self.ui.csv_button):
            button.setEnabled(self.figures is not None)

    def run(self) -> None:
        first, last = self._period()
        self.ui.status.setText(self.tr("Counting…"))
        ops.run(self._session, first, last).success(self._show).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def _show(self, report: ReportOnScreen) -> None:
        self._report = report
        self.figures = figures = report.figures
        self._enable_exports()
        labels = report.labels.get(_language(), {})
        self.charts.show(figures, [_tr(t) for t in CHART_TITLES], labels.get("request_type", {}))
        pct = "–" if figures.on_time_pct is None else f"{QLocale().toString(figures.on_time_pct, 'f', 1)} %"
        self.ui.summary.setText(self.tr(
            "Received {0}, replies posted {1}, on time {2}, median {3} and 90th percentile {4} days to reply; "
            "extended {5}, paused {6}, refused {7}; open at the end {8}.").format(
            figures.received, figures.answered, pct, _or_dash(figures.median_days), _or_dash(figures.p90_days),
            sum(n for _r, n in figures.extensions), figures.paused_requests, figures.refusals, figures.open_at_end))
        self.model.clear()
        self.model.setHorizontalHeaderLabels([_tr(h) for h in HEADER])
        for row in rows(figures, _tr, labels):
            self.model.appendRow([QStandardItem(cell) for cell in row])
        self.ui.status.setText(self.tr("Report {0}–{1}.").format(fmt_date(figures.first), fmt_date(figures.last)))
        self.shown.emit()

    # -- files ---------------------------------------------------------------------------------

    def ask_file(self, fmt: str) -> None:
        first, last = self._period()
        self.save_dialog = QFileDialog(self, self.tr("Save the report"))
        self.save_dialog.setObjectName("saveReportDialog")
        self.save_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.save_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.save_dialog.setDefaultSuffix(fmt)
        self.save_dialog.setNameFilter("PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)")
        self.save_dialog.setDirectory(str(self._folder))
        self.save_dialog.selectFile(f"raportti_{first.isoformat()}_{last.isoformat()}.{fmt}")
        self.save_dialog.fileSelected.connect(lambda name: self.export(fmt, Path(name)))
        self.save_dialog.finished.connect(self.save_dialog.deleteLater)
        self.save_dialog.open()

    def export(self, fmt: str, path: Path) -> None:
        first, last = self._period()
        self._folder = path.parent  # the next report is saved beside this one
        self.ui.status.setText(self.tr("Writing {0}…").format(path.name))
        ops.export(self._session, first, last, fmt, path, _language(), _tr).success(self._exported).failure(
            lambda exc: self.ui.status.setText(error_text(exc))).run_in(self._runner, owner=self)

    def _exported(self, path: Path) -> None:
        self.ui.status.setText(self.tr("Report saved: {0}").format(str(path)))
        self.exported.emit(path)


def _or_dash(value: int | None) -> str:
    return "–" if value is None else str(value)
