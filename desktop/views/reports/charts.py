"""The report's three charts with Qt Charts (PySide6-Addons, the same Qt 6.12 as the rest of the desk):
monthly volume by request type (stacked bars), answered on time per month (line), days from receipt to
the posted reply (bars in the bins of desktop.core.report_charts.DAY_BINS).

Qt Charts because it is Qt's own module for exactly these widget charts, released in step with the
PySide6 the desk already pins: it follows the palette, fonts and translations of the window, renders
offscreen in the tests, and adds no second GUI toolkit (a matplotlib canvas would bring numpy and its
own fonts). The PDF draws the same charts with ReportLab's graphics, so the command line needs no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from desktop.core.report_charts import PALETTE, day_bins, short_month
from desktop.services.report_dtos import ReportFigures


def _view(name: str, parent: QWidget | None) -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _reset(view: QChartView, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    view.setAccessibleName(title)
    return chart


def _count_axis(top: float) -> QValueAxis:
    """0 … a round number above ``top``, ticks on whole counts (1, 2, 5, 10, 20, 50 … apart)."""
    step = 1
    while top / step > 6:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setRange(0, max(step, math.ceil(top / step) * step))
    return axis


def _month_axis(names: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(names) or [""])
    return axis


def _axes(chart: QChart, series: object, categories: Sequence[str], top: float) -> None:
    x = _month_axis(categories)
    y = _count_axis(top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)  # type: ignore[attr-defined]
    series.attachAxis(y)  # type: ignore[attr-defined]


class ReportCharts:
    """The three chart views of the reports page; :meth:`show` draws a report's figures in them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.volume = _view("volumeChart", parent)
        self.on_time = _view("onTimeChart", parent)
        self.days = _view("daysChart", parent)

    def views(self) -> list[QChartView]:
        return [self.volume, self.on_time, self.days]

    def show(self, figures: ReportFigures, titles: Sequence[str], type_labels: Mapping[str, str]) -> None:
        months = [m.month for m in figures.months]
        names = [short_month(m) for m in months]
        counts = {(m, t): n for m, t, n in figures.received_by_month}

        chart = _reset(self.volume, titles[0])
        stacked = QStackedBarSeries()
        for index, kind in enumerate(sorted({t for _m, t, _n in figures.received_by_month})):
            bar = QBarSet(type_labels.get(kind, kind))
            bar.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar.append([float(counts.get((m, kind), 0)) for m in months])
            stacked.append(bar)
        chart.addSeries(stacked)
        totals = [sum(counts.get((m, t), 0) for t in {k for _m, k, _n in figures.received_by_month}) for m in months]
        _axes(chart, stacked, names, max(totals, default=0))
        chart.legend().setVisible(True)

        chart = _reset(self.on_time, titles[1])
        line = QLineSeries()
        line.setName(titles[1])
        line.setColor(QColor(PALETTE[0]))
        line.setPointsVisible(True)
        line.setMarkerSize(7)
        for index, month in enumerate(figures.months):
            if month.on_time_pct is not None:
                line.append(QPointF(index, month.on_time_pct))
        chart.addSeries(line)
        x = QValueAxis()
        x.setRange(-0.5, max(len(months) - 0.5, 0.5))
        x.setTickCount(max(len(months), 1) + 1)
        x.setLabelsVisible(False)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d %%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(x)
        line.attachAxis(y)
        chart.addAxis(_month_axis(names), Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(False)

        chart = _reset(self.days, titles[2])
        bins = day_bins(figures.days_histogram)
        bars = QBarSeries()
        bar = QBarSet(titles[2])
        bar.setColor(QColor(PALETTE[2]))
        bar.append([float(n) for _b, n in bins])
        bars.append(bar)
        chart.addSeries(bars)
        _axes(chart, bars, [b for b, _n in bins], max((n for _b, n in bins), default=0))
        chart.legend().setVisible(False)
