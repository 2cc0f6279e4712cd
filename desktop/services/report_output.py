"""The report as a file: PDF (A4, charts drawn with ReportLab's own vector graphics, so the command line
needs no display and the charts print sharp) and CSV (UTF-8 with BOM, ``;``, as Excel with Finnish
settings opens it). Both are made from :class:`desktop.services.reports.ReportFigures` alone: counts,
never a customer's name.

Texts are English sources marked ``N_()``, translated by the caller's ``tr`` (the desk's translator or
the command line's), code values by the letters' value labels (resources/letters/<lang>.json).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.core.i18n import N_
from desktop.core.local_time import format_day, format_time, local_date
from desktop.core.report_charts import PALETTE, day_bins, short_month
from desktop.services.letter_pdf import BOLD, REGULAR, register_fonts
from desktop.services.letters import load_texts
from desktop.services.report_dtos import CHART_TITLES, HEADER, TITLE, ReportFigures, Tr, rows


def values(language: str) -> Mapping[str, Mapping[str, str]]:
    """Labels of the code values (request types, channels, purposes, sources, decisions) in ``language``."""
    return load_texts(language)["values"]


def csv_text(figures: ReportFigures, tr: Tr, labels: Mapping[str, Mapping[str, str]]) -> str:
    """The CSV (with a BOM when written as UTF-8-sig): a header, then one row per figure."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([tr(h) for h in HEADER])
    writer.writerow((tr(TITLE).format(first=format_day(figures.first), last=format_day(figures.last)), "", "", ""))
    writer.writerows(rows(figures, tr, labels))
    return buffer.getvalue()


# -- PDF ----------------------------------------------------------------------------------------------


def _bar_chart(width: float, height: float, categories: list[str], series: list[list[int]],
               names: list[str], title: str, stacked: bool = False) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 170 if names else width - 40, height - 60
    chart.data = series or [[0] * len(categories)]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if stacked:
        chart.categoryAxis.style = "stacked"
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if names:
        legend = Legend()
        legend.x, legend.y = width - 125, height - 30
        legend.fontName, legend.fontSize = REGULAR, 7
        legend.columnMaximum = len(names)  # one column beside the chart, inside the page's margin
        legend.dx = legend.dy = 6
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), n) for i, n in enumerate(names)]
        drawing.add(legend)
    return drawing


def _line_chart(width: float, height: float, categories: list[str], points: list[float | None],
                title: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=BOLD, fontSize=10))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 40, height - 60
    chart.data = [[p if p is not None else 0 for p in points] or [0]]
    chart.categoryAxis.categoryNames = categories or [""]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.lines[0].strokeColor = colors.HexColor(PALETTE[0])
    chart.lines[0].strokeWidth = 1.5
    drawing.add(chart)
    return drawing


def charts(figures: ReportFigures, tr: Tr, labels: Mapping[str, Mapping[str, str]],
           width: float = 170 * mm) -> list[Drawing]:
    """Monthly volume by request type (stacked bars), on-time trend (line), days-to-reply distribution."""
    months = [m.month for m in figures.months]
    names = [short_month(m) for m in months]
    types = sorted({t for _m, t, _n in figures.received_by_month})
    counts = {(m, t): n for m, t, n in figures.received_by_month}
    volume = [[counts.get((m, t), 0) for m in months] for t in types]
    type_names = [labels.get("request_type", {}).get(t, t) for t in types]
    bins = day_bins(figures.days_histogram)
    return [
        _bar_chart(width, 62 * mm, names, volume, type_names, tr(CHART_TITLES[0]), stacked=True),
        _line_chart(width, 55 * mm, names, [m.on_time_pct for m in figures.months], tr(CHART_TITLES[1])),
        _bar_chart(width, 55 * mm, [b for b, _n in bins], [[n for _b, n in bins]], [], tr(CHART_TITLES[2])),
    ]


def pdf_bytes(figures: ReportFigures, tr: Tr, labels: Mapping[str, Mapping[str, str]]) -> bytes:
    """The report as an A4 PDF: title, the charts, then every figure in one table."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=14, leading=18, spaceAfter=4)
    buffer = io.BytesIO()
    title = tr(TITLE).format(first=format_day(figures.first), last=format_day(figures.last))
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author="Palvelutiski", invariant=True)
    made = tr(N_("Made {day} {time} by {name}. Counts only: no customer is named.")).format(
        day=format_day(local_date(figures.made_at)), time=format_time(figures.made_at), name=figures.made_by)
    story: list[Any] = [Paragraph(title, heading), Paragraph(made, body), Spacer(1, 4 * mm)]
    if figures.hetu_reveals is None:
        story.append(Paragraph(tr(N_("Identity codes revealed per user are in the data protection officer's "
                                     "report (the audit log is theirs to read).")), body))
    for drawing in charts(figures, tr, labels, doc.width):
        story += [drawing, Spacer(1, 3 * mm)]
    cells = [[Paragraph(c, body) for c in row] for row in
             [tuple(tr(h) for h in HEADER), *rows(figures, tr, labels)]]
    table = Table(cells, colWidths=[62 * mm, 22 * mm, 66 * mm, 20 * mm], repeatRows=1)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")])]))
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


def write(figures: ReportFigures, fmt: str, path: Path, tr: Tr, labels: Mapping[str, Mapping[str, str]]) -> Path:
    """Write the report as ``fmt`` (pdf or csv) beside ``path`` and rename it into place: a failure never
    leaves half a report behind."""
    path = path.expanduser()
    partial = path.with_name(path.name + ".partial")
    try:
        if fmt == "pdf":
            partial.write_bytes(pdf_bytes(figures, tr, labels))
        else:
            partial.write_text(csv_text(figures, tr, labels), encoding="utf-8-sig", newline="")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
