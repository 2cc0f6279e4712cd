"""The administrator's users page in the main window, on SQLite and PostgreSQL: create a user who can
then sign in, re-password, deactivate, unlock; input refused with the service's message; who sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import AccountLocked, LoginFailed
from desktop.services.users import UserAdminService
from desktop.views.admin.role_pages import RolePages
from desktop.views.admin.users_page import UsersPage
from desktop.views.audit.audit_page import AuditPage
from desktop.views.start.start_page import StartPage
from gui.keys import type_text
from tests.gui.admin.conftest import unique

NEW_PASSWORD = "Syysmyrsky-Ähtäri-42"


def users_page(qtbot, runner, window) -> UsersPage:
    assert isinstance(window.role_pages, RolePages)
    page = window.role_pages.page(UsersPage)
    assert page is not None
    tabs = window.role_pages  # the administrator starts on today's summary: the users tab is a click away
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(tabs.indexOf(page)).center())
    qtbot.waitUntil(lambda: bool(page.users) and not runner.busy, timeout=15_000)
    return page


def row_of(page: UsersPage, username: str) -> list[str]:
    row = next(i for i, u in enumerate(page.users) if u.username == username)
    return [page.ui.table.item(row, c).text() for c in range(page.ui.table.columnCount())]


def login(db, sql_guard, username: str, password: str):
    with sql_guard.allowed():
        result = AuthService().login(db.target, username, password)
        result.database.dispose()
    return result.actor


def act(qtbot, page: UsersPage, button) -> str:
    """Click and wait for the page's answer (a message; a reload follows a successful change)."""
    with qtbot.waitSignal(page.message_shown, timeout=15_000) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def test_admin_creates_a_user_who_can_then_sign_in(qtbot, runner, desk_db, staff, sign_in, make_window, sql_guard):
    window = make_window(sign_in(desk_db, staff[Role.ADMIN]))
    page = users_page(qtbot, runner, window)
    # No customer desk for the administrator: today's summary and the users tab.
    assert window.role_pages.count() == 3 and window.role_pages.currentWidget() is page  # + the retention preview
    assert row_of(page, desk_db.agent)[1:4] == ["Aino Äijälä", "Customer service agent", "yes"]

    name = unique("kalle")
    type_text(page.ui.username_edit, name)
    type_text(page.ui.display_name_edit, "Kalle Öhman")
    page.ui.role_combo.setCurrentIndex(page.ui.role_combo.findData(Role.SUPERVISOR))
    type_text(page.ui.new_password, NEW_PASSWORD)
    type_text(page.ui.new_password_again, NEW_PASSWORD)
    with qtbot.waitSignal(page.users_loaded, timeout=15_000):
        message = act(qtbot, page, page.ui.create_button)
    assert message == f"User {name} created (Supervisor)."
    assert row_of(page, name)[:4] == [name, "Kalle Öhman", "Supervisor", "yes"]
    assert page.ui.new_password.text() == page.ui.new_password_again.text() == page.ui.username_edit.text() == ""

    actor = login(desk_db, sql_guard, name, NEW_PASSWORD)
    assert (actor.username, actor.role, actor.display_name) == (name, Role.SUPERVISOR, "Kalle Öhman")
    if desk_db.kind == "postgresql":
        with sql_guard.allowed(), desk_db.admin.transaction() as session:
            can_login, groups = session.execute(text(
                "SELECT r.rolcanlogin, array(SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g"
                " ON g.oid = m.roleid WHERE m.member = r.oid) FROM pg_roles r WHERE r.rolname = :n"),
                {"n": name}).one()
        assert can_login and groups == ["desk_supervisor"]
    assert (staff[Role.ADMIN], "user_created") in desk_db.audit_actions(sql_guard)


def test_input_is_refused_with_the_services_message(qtbot, runner, desk_db, staff, sign_in, make_window):
    window = make_window(sign_in(desk_db, staff[Role.ADMIN]))
    page = users_page(qtbot, runner, window)
    count = len(page.users)

    def attempt(username: str, password: str, again: str) -> str:
        for edit in (page.ui.username_edit, page.ui.new_password, page.ui.new_password_again):
            edit.clear()
        type_text(page.ui.username_edit, username)
        type_text(page.ui.new_password, password)
        type_text(page.ui.new_password_again, again)
        message = act(qtbot, page, page.ui.create_button)
        # The message stands in the "New user" form itself, not under the page.
        assert page.ui.new_message.text() == message and page.ui.new_box.isAncestorOf(page.ui.new_message)
        assert page.ui.message.text() == ""
        return message

    assert attempt(unique("mika"), NEW_PASSWORD, NEW_PASSWORD + "x") == "The passwords do not match."
    # Only the repetition is typed again; the username and the first password stay.
    assert page.ui.new_password.text() == NEW_PASSWORD and page.ui.new_password_again.text() == ""
    assert page.ui.new_password_again.hasFocus() and page.ui.username_edit.text().startswith("mika")
    assert attempt(unique("mika"), "lyhyt", "lyhyt") == "The password must have at least 10 characters."
    assert page.ui.new_password.text() == page.ui.new_password_again.text() == ""  # a refused password goes
    assert attempt("Äijä", NEW_PASSWORD, NEW_PASSWORD).startswith("A username has 3–63 characters")
    # A wrong username keeps both passwords: only the name needs correcting.
    assert page.ui.new_password.text() == page.ui.new_password_again.text() == NEW_PASSWORD
    assert page.ui.username_edit.hasFocus() and page.ui.username_edit.text() == "Äijä"
    assert attempt(desk_db.agent, NEW_PASSWORD, NEW_PASSWORD) == f"The username {desk_db.agent} is already taken."
    assert page.ui.new_password.text() == NEW_PASSWORD
    with qtbot.waitSignal(page.users_loaded, timeout=15_000):
        page.reload()
    assert len(page.users) == count


def test_new_password_replaces_the_old_one(qtbot, runner, desk_db, staff, sign_in, make_window, sql_guard):
    window = make_window(sign_in(desk_db, staff[Role.ADMIN]))
    page = users_page(qtbot, runner, window)
    agent, old_password = desk_db.agent, desk_db.passwords[desk_db.agent]
    verifier_before = scram_verifier(desk_db, sql_guard, agent)
    page.select_user(agent)
    assert page.ui.selected_label.text() == agent
    type_text(page.ui.set_password_edit, NEW_PASSWORD)
    type_text(page.ui.set_password_again, NEW_PASSWORD)
    assert act(qtbot, page, page.ui.set_password_button) == (
        f"New password set for {agent}, who must choose a new one at the next sign-in.")
    assert page.ui.set_password_edit.text() == ""
    assert login(desk_db, sql_guard, agent, NEW_PASSWORD).username == agent
    if desk_db.kind == "sqlite":
        with pytest.raises(LoginFailed):
            login(desk_db, sql_guard, agent, old_password)
    else:
        # The test server trusts local connections (tests/security/test_password_auth.py checks SCRAM on
        # a cluster that does not): here the server's verifier must have been replaced.
        after = scram_verifier(desk_db, sql_guard, agent)
        assert after.startswith("SCRAM-SHA-256$") and after != verifier_before


def scram_verifier(db, sql_guard, username: str) -> str | None:
    if db.kind != "postgresql":
        return None
    with sql_guard.allowed(), db.admin.transaction() as session:
        return session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": username})


def test_deactivated_user_can_no_longer_sign_in(qtbot, runner, desk_db, staff, sign_in, make_window, sql_guard):
    asked: list[str] = []
    window = make_window(sign_in(desk_db, staff[Role.ADMIN]))
    page = users_page(qtbot, runner, window)
    page._confirm = lambda _parent, question: asked.append(question) or True
    agent = desk_db.agent
    page.select_user(staff[Role.ADMIN])
    assert not page.ui.deactivate_button.isEnabled()  # not oneself
    page.select_user(agent)
    assert page.ui.deactivate_button.isEnabled()
    with qtbot.waitSignal(page.users_loaded, timeout=15_000):
        assert act(qtbot, page, page.ui.deactivate_button) == f"{agent} has been deactivated."
    assert asked and agent in asked[0]
    assert row_of(page, agent)[3] == "no"
    assert not page.ui.deactivate_button.isEnabled()
    with pytest.raises(LoginFailed):
        login(desk_db, sql_guard, agent, desk_db.passwords[agent])
    if desk_db.kind == "postgresql":
        with sql_guard.allowed(), desk_db.admin.transaction() as session:
            assert session.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": agent}) is False


def test_declined_confirmation_changes_nothing(qtbot, runner, sqlite_desk_db, sign_in, make_window, sql_guard):
    db = sqlite_desk_db
    admin = unique("paivi")
    with sql_guard.allowed():
        UserAdminService(db.admin, Actor("setup", Role.ADMIN)).create_user(admin, Role.ADMIN, NEW_PASSWORD)
    db.passwords[admin] = NEW_PASSWORD
    window = make_window(sign_in(db, admin))
    page = users_page(qtbot, runner, window)
    page._confirm = lambda _parent, _question: False
    page.select_user(db.agent)
    qtbot.mouseClick(page.ui.deactivate_button, Qt.MouseButton.LeftButton)
    assert not runner.busy
    assert login(db, sql_guard, db.agent, db.passwords[db.agent]).username == db.agent


def test_unlock_lets_a_locked_out_user_sign_in_again(qtbot, runner, sqlite_desk_db, sign_in, make_window,
                                                     sql_guard):
    """The lockout after failed logins is SQLite's (on PostgreSQL the server or directory decides)."""
    db = sqlite_desk_db
    admin = unique("paivi")
    with sql_guard.allowed():
        UserAdminService(db.admin, Actor("setup", Role.ADMIN)).create_user(admin, Role.ADMIN, NEW_PASSWORD)
    db.passwords[admin] = NEW_PASSWORD
    agent = db.agent
    auth = AuthService()
    with sql_guard.allowed():
        for _ in range(5):
            with pytest.raises((LoginFailed, AccountLocked)):
                auth.login(db.target, agent, "väärä salasana")
        with pytest.raises(AccountLocked):
            auth.login(db.target, agent, db.passwords[agent])

    window = make_window(sign_in(db, admin))
    page = users_page(qtbot, runner, window)
    assert row_of(page, agent)[4].startswith("until ")
    page.select_user(agent)
    assert page.ui.unlock_button.isEnabled()
    with qtbot.waitSignal(page.users_loaded, timeout=15_000):
        assert act(qtbot, page, page.ui.unlock_button) == f"{agent} can sign in again."
    assert row_of(page, agent)[4] == ""
    assert login(db, sql_guard, agent, db.passwords[agent]).username == agent
    assert (admin, "user_unlocked") in db.audit_actions(sql_guard)


def test_only_the_roles_with_the_permission_get_the_pages(qtbot, runner, desk_db, staff, sign_in, make_window):
    for role, pages in ((Role.AGENT, ["Today", "Customers"]),
                        (Role.SUPERVISOR, ["Today", "Customers", "Requests", "Reports"])):
        window = make_window(sign_in(desk_db, staff[role]))
        tabs = window.role_pages
        assert [tabs.tabText(i) for i in range(tabs.count())] == pages
        assert not window.findChildren(UsersPage) and not window.findChildren(AuditPage)
        qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
        window.close()
    window = make_window(sign_in(desk_db, staff[Role.AUDITOR]))
    tabs = window.role_pages
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Today", "Customers", "Audit log", "Retention",
                                                                  "Reports"]
    assert not window.findChildren(UsersPage)
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    window.close()
    window = make_window(sign_in(desk_db, staff[Role.ADMIN]))
    assert [window.role_pages.tabText(i) for i in range(window.role_pages.count())] == ["Today", "Users", "Retention"]
    assert not window.findChildren(AuditPage) and not window.desk.isVisibleTo(window)
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)


def test_f3_on_the_audit_tab_brings_the_auditor_to_the_customer_search(qtbot, runner, sqlite_desk_db, sign_in,
                                                                        make_window, sql_guard):
    db = sqlite_desk_db
    auditor = unique("tuula")
    with sql_guard.allowed():
        UserAdminService(db.admin, Actor("setup", Role.ADMIN)).create_user(auditor, Role.AUDITOR, NEW_PASSWORD)
    db.passwords[auditor] = NEW_PASSWORD
    window = make_window(sign_in(db, auditor))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    tabs = window.role_pages
    assert isinstance(tabs.currentWidget(), StartPage)  # today's summary first
    tabs.setCurrentWidget(tabs.page(AuditPage))
    qtbot.waitUntil(lambda: not runner.busy, timeout=15_000)
    QTest.keyClick(tabs.currentWidget(), Qt.Key.Key_F3)
    assert tabs.currentWidget() is window.desk
    qtbot.waitUntil(lambda: window.desk.search.ui.field.hasFocus(), timeout=5000)
