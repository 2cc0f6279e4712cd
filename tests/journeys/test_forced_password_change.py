"""A password the administrator set must be changed at the next sign-in (issue 10, item 5).

The administrator sets the agent's password (as the users page or ``palvelutiski-admin set-password``
does); the agent signs in through the login dialog with it and, before the desk opens, is told who set
it and when (Finnish time) and must choose their own — or sign out. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMainWindow

from db.repositories import password_resets
from desktop.core.local_time import format_moment
from desktop.core.roles import Actor, Role
from desktop.services.users import UserAdminService
from journeys.conftest import DISPLAY_NAMES, plain, visible_top_levels

SET_BY_ADMIN = "Adminin-asettama-1"
OWN = "Ihan-oma-salasana-9"


def reset_agents_password(journey_db, sql_guard) -> str:
    """The administrator sets the agent's password; returns when, as the agent will be told (Finnish time)."""
    admin_name = journey_db.logins["admin"][0]
    agent = journey_db.logins["agent"][0]
    with sql_guard.allowed():
        UserAdminService(journey_db.admin, Actor(admin_name, Role.ADMIN, DISPLAY_NAMES["admin"])).set_password(
            agent, SET_BY_ADMIN)
        with journey_db.admin.transaction() as session:
            at = session.get(password_resets.PasswordReset, agent).reset_at
    return format_moment(at)


def sign_in_with(desk, username: str, password: str):
    dialog = desk.start("--lang", "fi")
    user_field, password_field = desk.field(dialog, 0), desk.field(dialog, 1)
    user_field.clear()
    desk.type(username, user_field)
    password_field.clear()
    desk.type(password, password_field)
    QTest.keyClick(password_field, Qt.Key.Key_Return)
    return dialog


def test_the_agent_must_choose_a_new_password_before_the_desk_opens(desk, journey_db, sql_guard):
    when = reset_agents_password(journey_db, sql_guard)
    agent = journey_db.logins["agent"][0]
    sign_in_with(desk, agent, SET_BY_ADMIN)

    change = desk.wait_for_dialog("Valitse uusi salasana")
    told = " ".join(label.text() for label in change.findChildren(QLabel) if label.isVisible())
    assert f"{DISPLAY_NAMES['admin']} ({journey_db.logins['admin'][0]})" in told
    assert when in told  # d.m.yyyy HH:MM in Finnish time
    assert not visible_top_levels(QMainWindow)  # nothing of the desk before the new password

    # Too short: said in the dialog, which stays.
    desk.type("lyhyt", desk.labelled("Uusi salasana", change))
    desk.type("lyhyt", desk.labelled("Uusi salasana uudelleen", change))
    desk.click("Vaihda salasana", change)
    desk.wait_until(lambda: "Salasanassa on oltava vähintään 10 merkkiä." in [
        label.text() for label in change.findChildren(QLabel) if label.isVisible()])
    assert change.isVisible() and not visible_top_levels(QMainWindow)

    for text in ("Uusi salasana", "Uusi salasana uudelleen"):
        field = desk.labelled(text, change)
        field.clear()
        desk.type(OWN, field)
    desk.click("Vaihda salasana", change)
    desk.wait_until(lambda: bool(visible_top_levels(QMainWindow)))
    desk.wait_idle()
    assert DISPLAY_NAMES["agent"] in desk.window.windowTitle()

    rows = [(row.actor, row.action) for row in journey_db.audit_rows(sql_guard)]
    assert rows[-3:] == [(agent, "login"), (agent, "user_password_changed"), (agent, "login")]
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.get(password_resets.PasswordReset, agent) is None


def test_signing_out_instead_keeps_the_desk_closed_and_the_change_pending(desk, journey_db, sql_guard):
    reset_agents_password(journey_db, sql_guard)
    agent = journey_db.logins["agent"][0]
    login = sign_in_with(desk, agent, SET_BY_ADMIN)
    change = desk.wait_for_dialog("Valitse uusi salasana")
    desk.click("Kirjaudu ulos", change)
    desk.wait_closed(change)
    desk.wait_idle()
    assert login.isVisible() and not visible_top_levels(QMainWindow)
    shown = [plain(label.text()) for label in login.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("Kirjauduit ulos: salasanaasi ei vaihdettu") for text in shown)
    rows = [(row.actor, row.action) for row in journey_db.audit_rows(sql_guard)]
    assert rows[-2:] == [(agent, "login"), (agent, "logout")]
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        assert session.get(password_resets.PasswordReset, agent) is not None

    # Esc on the question is the same as signing out: the desk never opens with the administrator's password.
    password_field = desk.field(login, 1)
    desk.type(SET_BY_ADMIN, password_field)
    QTest.keyClick(password_field, Qt.Key.Key_Return)
    change = desk.wait_for_dialog("Valitse uusi salasana")
    QTest.keyClick(change, Qt.Key.Key_Escape)
    desk.wait_closed(change)
    desk.wait_idle()
    assert not visible_top_levels(QMainWindow)
