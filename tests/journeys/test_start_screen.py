"""Each role's start page ("Tänään"): signed in through the login dialog, the page shows that role's work
from the demo register, and a chosen row opens on the desk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QTabBar, QTableView

from desktop.tooling import demo_today
from journeys.conftest import plain


def rows(view: QTableView) -> list[list[str]]:
    """What the list shows, as the user reads it."""
    model = view.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def current_tab(desk) -> str:
    """The title of the window's page in front (the tab bar that has the start page's tab)."""
    for bar in desk.find_all(QTabBar):
        titles = [plain(bar.tabText(i)) for i in range(bar.count())]
        if titles and titles[0] in ("Tänään", "Idag", "Today"):
            return titles[bar.currentIndex()]
    raise AssertionError("no page tabs")


def section_titles(desk) -> list[str]:
    return [box.title() for box in desk.find_all(QGroupBox)]


@pytest.fixture
def todays_work(journey_db, sql_guard):
    """The demo's own "today" for the journey's agent and supervisor (what `palvelutiski --demo` adds)."""
    with sql_guard.allowed():
        demo_today.add_todays_work(journey_db.admin, agent=journey_db.logins["agent"][0],
                                   supervisor=journey_db.logins["supervisor"][0])


def test_agent_sees_todays_work_and_opens_a_recent_customer_on_the_desk(desk, journey_db, sql_guard, todays_work):
    desk.sign_in("agent")
    # The phone may ring at once: the agent starts on the search, today's work one tab away.
    assert current_tab(desk) == "Asiakkaat"
    desk.tab("Tänään")
    desk.wait_idle()
    assert {"Omat avoimet pyynnöt", "Omat viimeisimmät puhelut", "Viimeksi avaamani asiakkaat"} <= set(
        section_titles(desk))
    mine = rows(desk.find(QTableView, name="Omat avoimet pyynnöt"))
    days_left = [row[0] for row in mine]
    assert days_left[0].endswith("myöhässä")  # overdue first
    assert any(text.endswith("jäljellä") for text in days_left)
    calls = rows(desk.find(QTableView, name="Omat viimeisimmät puhelut"))
    assert calls and calls[0][3] == "Päättynyt"
    recent = desk.find(QTableView, name="Viimeksi avaamani asiakkaat")
    number, name = rows(recent)[0][1:3]

    # Enter on the customer: the desk comes forward and asks why it is opened, like a search hit.
    recent.setFocus()
    recent.setCurrentIndex(recent.model().index(0, 0))
    desk.keys("Return", recent)
    dialog = desk.wait_for_dialog("Miksi")
    desk.keys("2", dialog)  # a letter
    desk.wait_idle()
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text=name)), timeout=15_000)
    opened = [row for row in journey_db.audit_rows(sql_guard) if row.action == "customer_opened"]
    assert (opened[-1].actor, opened[-1].purpose) == (journey_db.logins["agent"][0], "letter")

    # Back on the start page (Alt+0) the list is read again: the customer just opened comes first.
    desk.keys("Alt+0")
    desk.wait_idle()
    assert current_tab(desk) == "Tänään"
    assert rows(desk.find(QTableView, name="Viimeksi avaamani asiakkaat"))[0][1:3] == [number, name]

    # Enter on an own request opens it in a window of its own.
    mine_view = desk.find(QTableView, name="Omat avoimet pyynnöt")
    reference = rows(mine_view)[0][3]
    mine_view.setFocus()
    mine_view.setCurrentIndex(mine_view.model().index(0, 0))
    desk.keys("Return", mine_view)
    request_window = desk.wait_for_dialog(reference)
    desk.wait_idle()
    assert reference in request_window.windowTitle()
    request_window.close()


def test_supervisor_sees_the_whole_queues_overdue_and_due_soon(desk, journey_db, todays_work):
    desk.sign_in("supervisor")
    desk.tab("Tänään")
    desk.wait_idle()
    queue = rows(desk.find(QTableView, name="Jono: myöhässä ja pian erääntyvät"))
    handlers = {row[-1] for row in queue}
    assert len(handlers) > 1  # the whole queue, not only the supervisor's own
    assert queue[0][0].endswith("myöhässä")
    summary = [label.text() for label in desk.find_all(QLabel) if "työpäivän kuluessa" in label.text()]
    assert summary and "myöhässä" in summary[0]
    mine = rows(desk.find(QTableView, name="Omat avoimet pyynnöt"))
    assert mine  # the demo gave the supervisor requests of their own

    # Enter on the most urgent request: the Requests page comes forward with that request open.
    queue_view = desk.find(QTableView, name="Jono: myöhässä ja pian erääntyvät")
    reference = queue[0][3]
    queue_view.setFocus()
    queue_view.setCurrentIndex(queue_view.model().index(0, 0))
    desk.keys("Return", queue_view)
    desk.wait_idle()
    assert current_tab(desk) == "Pyynnöt"
    assert any(label.text().startswith(f"{reference} – ") for label in desk.find_all(QLabel))


def test_admin_sees_who_needs_help_signing_in_and_no_customer_data(desk, journey_db):
    desk.sign_in("admin", language="sv")
    assert current_tab(desk) == "Idag"
    assert any(label.text().startswith("Idag ") for label in desk.find_all(QLabel))
    users = rows(desk.find(QTableView, name="Användare som kan behöva hjälp att logga in"))
    never = {row[0] for row in users if row[3] == "Har aldrig loggat in"}
    assert journey_db.logins["auditor"][0] in never
    by_role = rows(desk.find(QTableView, name="Användare och dagens inloggningar per roll"))
    assert [row[2] for row in by_role if row[0] == "Huvudanvändare"] == ["1"]  # the admin, signed in now
    assert set(section_titles(desk)) == {"Användare som kan behöva hjälp att logga in",
                                         "Användare och dagens inloggningar per roll"}


def test_auditor_sees_todays_notable_events_and_the_chain(desk, journey_db, todays_work):
    desk.sign_in("auditor", language="en")
    assert current_tab(desk) == "Today"
    events = rows(desk.find(QTableView, name="Notable events today"))
    assert "Identity code revealed" in {row[1] for row in events}
    assert "Failed login" in {row[1] for row in events}
    assert any(label.text().startswith("Today's part of the audit chain is intact.")
               for label in desk.find_all(QLabel))
    # No customer work on the auditor's page: only the audit log's own view of today.
    assert set(section_titles(desk)) == {"Notable events today", "Today in the audit log"}
