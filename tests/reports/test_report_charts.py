"""The report's Qt Charts widgets, rendered offscreen from the hand-computed fixture: three charts with
the fixture's bars and points, painted (not blank). ``PALVELUTISKI_CHART_DIR=folder`` keeps the PNGs."""

from __future__ import annotations

import os
from pathlib import Path

from report_fixture import FIRST, LAST, SUPERVISOR

from db.database import Database
from desktop.services import report_output
from desktop.services.reports import ReportService
from desktop.views.reports.charts import ReportCharts


def test_the_three_charts_render_offscreen(qtbot, database: Database, fixture_rows: None, tmp_path: Path) -> None:
    figures = ReportService(database, SUPERVISOR).run(FIRST, LAST)
    charts = ReportCharts()
    for view in charts.views():
        qtbot.addWidget(view)
        view.resize(640, 360)
    labels = report_output.values("fi")
    charts.show(figures, list(report_output.CHART_TITLES), labels["request_type"])
    volume = charts.volume.chart().series()[0]
    assert [s.label() for s in volume.barSets()] == ["tietojen tarkastus", "tietojen poistaminen",
                                                     "tietojen oikaisu"]
    assert [volume.barSets()[0].at(i) for i in range(2)] == [3.0, 2.0]  # access: January 3, February 2
    line = charts.on_time.chart().series()[0]
    assert [(p.x(), p.y()) for p in line.points()] == [(0.0, 100.0), (1.0, 66.7)]
    days = charts.days.chart().series()[0].barSets()[0]
    assert [days.at(i) for i in range(days.count())] == [0, 1, 1, 0, 1, 2, 0, 0, 0]  # 10, 15, 30, 33, 36 days
    folder = Path(os.environ.get("PALVELUTISKI_CHART_DIR") or tmp_path)
    for view, name in zip(charts.views(), ("volume", "on_time", "days"), strict=True):
        image = view.grab().toImage()
        assert image.width() == 640 and len({image.pixel(x, 180) for x in range(0, 640, 8)}) > 2, name
        assert image.save(str(folder / f"report_{name}.png"))
