"""The queue reads pages: 450 requests show 200 rows at first, scrolling to the end reads the next page on
the lane, the status line counts the whole queue; the order is the database's (nearest due first)."""

from __future__ import annotations

import datetime as dt

from db.models import DataRequest
from desktop.core.deadlines import due_date
from desktop.views.requests.queue_page import RequestsPage

COUNT = 450


def test_the_queue_reads_a_page_at_a_time(qtbot, runner, supervisor, register, sql_guard) -> None:
    start = dt.date.today() - dt.timedelta(days=20)
    with sql_guard.allowed(), register.database.transaction() as session:
        session.add_all([DataRequest(reference=f"TP-2026-9{i:04d}", customer_id=register.customer_id,
                                     request_type="access", state="received", channel="letter",
                                     received_on=start + dt.timedelta(days=i % 20),
                                     due_on=due_date(start + dt.timedelta(days=i % 20)), created_by="bench")
                         for i in range(COUNT)])
    page = RequestsPage(runner, supervisor)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.queue_loaded, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == 200 and page.model.total == COUNT
    assert page.ui.status.text().startswith(f"{COUNT} open requests")
    dues = [r.due_on for r in page.model.rows()]
    assert dues == sorted(dues)
    page.ui.table.scrollToBottom()  # the view asks the model for more at the end
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=10_000)
    page.ui.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=10_000)
    assert not page.model.canFetchMore()
    assert len({r.id for r in page.model.rows()}) == COUNT
