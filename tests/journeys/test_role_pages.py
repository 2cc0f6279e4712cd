"""Each role's window offers that role's pages and only the menus and shortcuts it can use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTableView

from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from desktop.views.requests.queue_page import due_soon
from journeys.conftest import Desk, plain


def shortcut_sheet(desk: Desk) -> dict[str, str]:
    """F1: the sheet of shortcuts, as keys → description."""
    desk.keys("F1")
    overlay = desk.window.shortcut_overlay
    desk.wait_until(overlay.isVisible)
    lines = {line.keys: line.description for line in overlay.lines}
    desk.keys("Esc", overlay)
    return lines


def page_tabs(desk: Desk) -> list[str]:
    tabs = desk.window.role_pages
    return [plain(tabs.tabText(i)) for i in range(tabs.count())] if tabs is not None else []


def current_page(desk: Desk) -> str:
    tabs = desk.window.role_pages
    return plain(tabs.tabText(tabs.currentIndex()))


def test_supervisor_has_the_requests_page_and_starts_there_when_replies_fall_due(desk: Desk, journey_db,
                                                                                sql_guard):
    with sql_guard.allowed():
        service = RequestService(journey_db.admin, Actor(journey_db.logins["agent"][0], Role.AGENT))
        if not any(due_soon(r) for r in RequestService(journey_db.admin, Actor("check", Role.SUPERVISOR)).queue()):
            # A letter that came four weeks ago: its reply is due within days.
            service.intake(Intake("access", "letter", True, None, service.today() - dt.timedelta(days=28)))
        rows = RequestService(journey_db.admin, Actor("check", Role.SUPERVISOR)).queue()
    assert any(due_soon(r) for r in rows)
    desk.sign_in("supervisor")
    assert page_tabs(desk) == ["Tänään", "Asiakkaat", "Pyynnöt", "Raportit"]
    desk.wait_until(lambda: current_page(desk) == "Pyynnöt")
    desk.wait_idle()
    queue = desk.find(QTableView, name="Pyyntöjono")
    shown = desk.rows(queue)
    # Unverified requests (on hold for identity clarification, clock paused) are hidden by default.
    assert [r[0] for r in shown] == [r.reference for r in rows if not (r.state == "on_hold" and r.paused)]
    assert any("myöhässä" in " ".join(r) for r in shown) == any(r.overdue for r in rows)

    # The View menu and Alt+1 / Alt+2 switch between the desk and the queue; F1 lists both.
    assert {"Asiakkaat", "Pyynnöt"} <= set(desk.menu_texts("Näytä"))
    desk.keys("Alt+1")
    assert current_page(desk) == "Asiakkaat"
    desk.choose("Näytä", "Pyynnöt")
    assert current_page(desk) == "Pyynnöt"
    sheet = shortcut_sheet(desk)
    assert sheet.get("Alt+2") == "Pyynnöt" and sheet.get("Alt+1") == "Asiakkaat"
    assert "Ctrl+N" in sheet and "F2" in sheet

    # A language switch reaches the page at once: tabs, the queue's bar and its headings.
    desk.choose("Näytä", "Kieli", "Svenska")
    assert page_tabs(desk) == ["Idag", "Kunder", "Begäranden", "Rapporter"]
    assert desk.button("Visa stängda") and desk.find(QTableView, name="Kö av begäranden")
    assert desk.button("Godkänn och skapa svaret")  # the request detail below the queue
    assert "Förfallodag" in [queue.model().headerData(c, Qt.Orientation.Horizontal)
                             for c in range(queue.model().columnCount())]


def test_auditor_gets_no_call_panel_and_no_customer_actions_it_cannot_use(desk: Desk):
    desk.sign_in("auditor")
    assert desk.menu_texts("Asiakas") == ["Etsi asiakas"]
    desk.keys("Alt+1")
    desk.wait_idle()
    sheet = shortcut_sheet(desk)
    for keys in ("F2", "F6", "F7", "F8", "Ctrl+N", "Ctrl+E", "Ctrl+Shift+M", "Space"):
        assert keys not in sheet, keys
    assert "Ctrl+F / F3" in sheet
    assert not desk.find_all(QAbstractButton, text="Lopeta puhelu (F8)")


def test_admin_has_no_customer_menu_and_no_customer_shortcuts(desk: Desk):
    desk.sign_in("admin")
    assert "Asiakas" not in desk.menu_texts()
    sheet = shortcut_sheet(desk)
    for keys in ("F2", "F3", "Ctrl+N", "Alt+1", "Alt+2"):
        assert keys not in sheet, keys
    assert page_tabs(desk) == ["Tänään", "Käyttäjät", "Säilytys"]
    assert sheet.get("Alt+0") == "Tänään" and sheet.get("Alt+3") == "Käyttäjät" and sheet.get("Alt+5") == "Säilytys"
