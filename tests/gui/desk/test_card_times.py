"""The same event shows the same Finnish time wherever it is listed (it read 11:03 on one tab, 13:03 on another).

The workstation runs on another zone (New York) so that any view falling back to the machine's zone shows.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.local_time import format_moment
from desktop.core.roles import Actor, Role
from desktop.views.audit.log_view import AuditLogView
from desktop.views.desk.card_view import CustomerCardView
from desktop.views.desk.dialogs import PurposeDialog
from gui.desk.conftest import SUPERVISOR, back_to, press

AUDITOR = Actor("tiina.tarkastaja", Role.AUDITOR, "Tiina Tarkastaja")


@pytest.fixture
def machine_in_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_opening_shows_the_same_time_on_the_card_and_in_the_audit_log(
        qtbot, runner, make_session, register, window, machine_in_new_york):
    card = window(CustomerCardView(runner, make_session(SUPERVISOR)))
    card.open_customer(register.makinen_id, "Mäkinen Maija")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PurposeDialog))
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("4")
    back_to(qtbot, card)
    with qtbot.waitSignal(card.card_shown, timeout=5000):
        press("F5")  # the access log is read before the opening is written: the second look lists the first
    access_log = card.access_log.tables["accessLog"]
    assert access_log.rowCount() == 1
    on_card = access_log.item(0, 0).text()

    log = window(AuditLogView(runner, make_session(AUDITOR)))
    log.ui.customer_edit.setText("100001")
    with qtbot.waitSignal(log.page_loaded, timeout=5000):
        log.search()
    opened = [row for row in log.rows if row.action == "customer_opened"]
    assert len(opened) == 2
    first = log.rows.index(opened[-1])  # newest first: the first opening is the last one
    in_audit_log = log.ui.table.item(first, 0).text()
    # The audit log shows seconds too; the minute is the same, in Finnish time.
    assert in_audit_log.startswith(on_card + ":")
    assert on_card == format_moment(opened[-1].occurred_at)
