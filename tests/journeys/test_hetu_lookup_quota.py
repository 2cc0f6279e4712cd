"""Issue 10: identity-code searches that find nobody are limited per user. The agent meets the refusal in
the search; the supervisor sees the alert on the start page and releases the agent, and it is audited."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QTableView
from sqlalchemy import select

from db.models import AppSetting, PersonHetu
from db.repositories import hetu as hetu_repo
from desktop.core.roles import Actor, Role
from journeys.conftest import WAIT_MS

SUSPENDED = "Pyydä esimiestä vapauttamaan ne."


def _search(desk, text: str, answer: str) -> None:
    desk.keys("Ctrl+F")
    desk.keys("Escape")
    desk.type(text)
    desk.qtbot.waitUntil(lambda: any(answer in label.text() for label in desk.find_all(QLabel)), timeout=WAIT_MS)


def test_searches_that_find_nobody_suspend_the_agent_until_a_supervisor_releases(desk, journey_db, sql_guard):
    with sql_guard.allowed():
        with journey_db.admin.transaction() as session:
            session.add(AppSetting(key="hetu_lookup_misses_per_hour", value="2"))
            customer_id = session.scalars(select(PersonHetu.customer_id).order_by(PersonHetu.customer_id).limit(1)).one()
        # A code that exists, as the test's maintenance connection reads it (SQLite keeps it encrypted).
        known = hetu_repo.reveal(journey_db.admin, Actor("setup", Role.SUPERVISOR), customer_id, "test fixture")
    agent = journey_db.logins["agent"][0]

    desk.sign_in("agent")
    _search(desk, "010101-0101", "Millään asiakkaalla ei ole tätä henkilötunnusta.")
    _search(desk, "020202-0202", "Millään asiakkaalla ei ole tätä henkilötunnusta.")
    _search(desk, known, SUSPENDED)  # refused now, even for a code that exists
    desk.quit()

    desk.sign_in("supervisor")
    # The alert on the start page: a list named by its title, the agent in it.
    desk.wait_until(lambda: bool(desk.find_all(QTableView, name="Henkilötunnushaut estetty")))
    listed = desk.find(QTableView, name="Henkilötunnushaut estetty")
    alert = listed.parentWidget()
    assert isinstance(alert, QGroupBox) and alert.title() == "Henkilötunnushaut estetty"
    assert [row[0] for row in desk.rows(listed)] == [agent]
    desk.click("Vapauta valitun käyttäjän haut")
    desk.wait_until(lambda: not alert.isVisible())
    desk.quit()

    desk.sign_in("agent")
    _search(desk, known, "1 asiakas")
    rows = journey_db.audit_rows(sql_guard)
    assert [r.actor for r in rows if r.action == "hetu_lookups_suspended"] == [agent]
    assert [r.actor for r in rows if r.action == "hetu_lookups_released"] == [journey_db.logins["supervisor"][0]]
    assert sum(r.action == "hetu_search_refused" for r in rows) == 1
