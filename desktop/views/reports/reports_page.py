"""The Raportit page (supervisors and the data protection officer): a period, its key figures, three
charts and every figure in a table; Save as PDF… and Save as CSV… write the same report to a file.

Counts only, never a customer's name. Each run and each export is an audited report run (the service).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import CONTEXT
from desktop.operations import reports as ops
from desktop.operations.runner import TaskRunner
from desktop.operations.session import DeskSession
from desktop.services import report_output
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
        self.figures: Any = None
        self.save_dialog: QFileDialog | None = None
        self._folder = Path.home()
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), 1, 1), self)
        self.last = QDateEdit(today, self)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("d.M.yyyy")
            edit.setCalendarPopup(True)
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("showReport")
        self.pdf_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.charts = ReportCharts(self)
        self.model = QStandardItemModel(self)
        self.table = read_only_list(QTableView(self), "reportTable")
        self.table.setModel(self.model)
        self.table.setMinimumHeight(260)

        bar = QHBoxLayout()
        for widget in (self.first_label, self.first, self.last_label, self.last, self.show_button, self.pdf_button,
                       self.csv_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        content = QWidget(self)
        grid = QGridLayout(content)
        # The months get the window's width (two years' labels fit at 1366 pixels); the trend and the
        # distribution share the row below, the table of every figure follows.
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.charts.volume, 1, 0, 1, 2)
        grid.addWidget(self.charts.on_time, 2, 0)
        grid.addWidget(self.charts.days, 2, 1)
        grid.addWidget(self.table, 3, 0, 1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.show_button.clicked.connect(self.run)
        self.pdf_button.clicked.connect(lambda: self.ask_file("pdf"))
        self.csv_button.clicked.connect(lambda: self.ask_file("csv"))
        self.retranslate()
        self._enable_exports()

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&From:"))
        self.last_label.setText(self.tr("&To:"))
        self.show_button.setText(self.tr("Show report"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.table.setAccessibleName(self.tr("Report figures"))
        if self.figures is not None:
            self._show(self.figures)
        else:
            self.status.setText(self.tr("Choose the period and press Show report. Counts only: no customer "
                                        "is named."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _period(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]

    def _enable_exports(self) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(self.figures is not None)

    def run(self) -> None:
        first, last = self._period()
        self.status.setText(self.tr("Counting…"))
        ops.run(self._runner, self._session, first, last, owner=self, on_success=self._show,
                on_error=lambda exc: self.status.setText(error_text(exc)))

    def _show(self, figures: Any) -> None:
        self.figures = figures
        self._enable_exports()
        labels = report_output.values(_language())
        self.charts.show(figures, [_tr(t) for t in report_output.CHART_TITLES], labels.get("request_type", {}))
        pct = "–" if figures.on_time_pct is None else f"{QLocale().toString(figures.on_time_pct, 'f', 1)} %"
        self.summary.setText(self.tr(
            "Received {0}, replies posted {1}, on time {2}, median {3} and 90th percentile {4} days to reply; "
            "extended {5}, paused {6}, refused {7}; open at the end {8}.").format(
            figures.received, figures.answered, pct, _or_dash(figures.median_days), _or_dash(figures.p90_days),
            sum(n for _r, n in figures.extensions), figures.paused_requests, figures.refusals, figures.open_at_end))
        self.model.clear()
        self.model.setHorizontalHeaderLabels([_tr(h) for h in report_output.HEADER])
        for row in report_output.rows(figures, _tr, labels):
            self.model.appendRow([QStandardItem(cell) for cell in row])
        self.status.setText(self.tr("Report {0}–{1}.").format(fmt_date(figures.first), fmt_date(figures.last)))
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
        self.status.setText(self.tr("Writing {0}…").format(path.name))
        ops.export(self._runner, self._session, first, last, fmt, path, _language(), _tr, owner=self,
                   on_success=self._exported, on_error=lambda exc: self.status.setText(error_text(exc)))

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Report saved: {0}").format(str(path)))
        self.exported.emit(path)


def _or_dash(value: int | None) -> str:
    return "–" if value is None else str(value)
