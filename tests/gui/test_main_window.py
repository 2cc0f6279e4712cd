"""The main window: status bar, shortcuts, F1 sheet, idle lock keeping typed text, language, About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.operations import login as login_ops
from desktop.services.auth import AuthService
from desktop.services.credentials import CredentialStore
from desktop.views.desk.desk_page import DeskPage
from desktop.views.main_window import MainWindow
from desktop.views.start.start_page import StartPage
from gui.keys import press, type_text


@pytest.fixture
def sign_in(qtbot, runner):
    """Sign in on the lane exactly as the login dialog does; returns SignedIn."""
    opened = []

    def sign(db, username: str):
        with qtbot.waitSignal(runner.idle, timeout=15_000):
            login_ops.login(AuthService(), db.target, username, db.passwords[username],
                            credentials=CredentialStore(), remember=False).success(opened.append).run_in(runner)
        assert opened, "login failed"
        return opened[-1]

    yield sign
    for signed in opened:
        signed.session.database.dispose()


@pytest.fixture
def make_window(qtbot, runner, translations, shell_settings):
    def make(signed, idle_minutes: int = 10) -> MainWindow:
        auth = AuthService()
        desk = DeskPage(runner, signed.session)
        window = MainWindow(runner, signed.session, auth, translations, shell_settings, desk,
                            idle_lock_minutes=idle_minutes)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        return window

    return make


def search_field(window: MainWindow):
    return window.desk.search.ui.field


def test_status_bar_names_user_role_database_and_connection(make_window, sign_in, desk_db):
    window = make_window(sign_in(desk_db, desk_db.supervisor))
    status = window.status
    assert status.user_label.text() == f"Örjan Sjöström ({desk_db.supervisor})"
    assert status.role_label.text() == "Supervisor"
    expected = "SQLite desk.sqlite3" if desk_db.kind == "sqlite" else f"PostgreSQL 127.0.0.1/{desk_db.target.database}"
    assert status.database_label.text() == expected
    assert status.connection_label.text() == "● Connected"
    assert window.windowTitle() == "Palvelutiski — Örjan Sjöström"


def test_search_has_the_focus_and_f3_brings_it_back(qtbot, make_window, sign_in, sqlite_desk_db):
    window = make_window(sign_in(sqlite_desk_db, sqlite_desk_db.agent))
    qtbot.waitUntil(lambda: search_field(window).hasFocus(), timeout=5000)
    window.ui.action_about.setEnabled(True)
    window.desk.card.setFocus()
    press(window.desk.card, Qt.Key.Key_F3)
    assert search_field(window).hasFocus()
    window.desk.card.setFocus()
    press(window.desk.card, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search_field(window).hasFocus()


def test_from_the_start_page_typing_or_f3_searches_at_once(qtbot, make_window, sign_in, sqlite_desk_db):
    window = make_window(sign_in(sqlite_desk_db, sqlite_desk_db.agent))
    start = window.role_pages.widget(0)
    assert isinstance(start, StartPage) and window.role_pages.tabText(0) == "Today"
    with qtbot.waitSignal(start.loaded, timeout=15_000):
        window.role_pages.setCurrentWidget(start)
    start.setFocus()
    # Someone on the phone just types the caller's name: the search takes it, in front.
    type_text(window.focusWidget(), "m")
    assert search_field(window).hasFocus() and window.role_pages.currentWidget() is window.desk
    with qtbot.waitSignal(window.desk.search.results_shown, timeout=15_000) as shown:
        type_text(search_field(window), "äki")
    assert search_field(window).text() == "mäki" and shown.args == ["mäki"]
    window.role_pages.setCurrentWidget(start)
    start.setFocus()
    press(window.focusWidget(), Qt.Key.Key_F3)
    assert search_field(window).hasFocus() and window.role_pages.currentWidget() is window.desk


def test_idle_lock_covers_the_desk_and_keeps_typed_text(qtbot, runner, make_window, sign_in, desk_db, sql_guard):
    window = make_window(sign_in(desk_db, desk_db.agent), idle_minutes=7)
    assert window.idle_watcher.minutes == 7
    field = search_field(window)
    field.setFocus()
    shown: list[str] = []
    window.desk.search.results_shown.connect(shown.append)
    type_text(field, "Mäkelä Åsa")
    # The search as typed is answered before the lock comes.
    qtbot.waitUntil(lambda: shown[-1:] == ["Mäkelä Åsa"] and not runner.busy, timeout=10_000)
    assert window.idle_watcher.timer.isActive()

    with qtbot.waitSignal(window.locked_changed, timeout=5000):
        window.idle_watcher.timer.timeout.emit()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert window.locked and window.lock_cover.isVisible()
    assert window.lock_cover.geometry() == window.rect()
    assert not window.ui.desk_area.isEnabled() and not window.ui.menu_bar.isEnabled()
    assert not window.idle_watcher.timer.isActive()
    assert "Aino Äijälä" in window.lock_cover.ui.who_label.text()
    assert (desk_db.agent, "session_locked") in desk_db.audit_actions(sql_guard)
    # Keys meant for the desk do nothing while it is locked.
    press(window.lock_cover.ui.password_edit, Qt.Key.Key_F3)
    assert window.lock_cover.ui.password_edit.hasFocus()

    if desk_db.kind == "sqlite":  # PostgreSQL on the test server trusts 127.0.0.1: any password passes
        type_text(window.lock_cover.ui.password_edit, "Väärä-salasana-1")
        with qtbot.waitSignal(runner.idle, timeout=10_000):
            press(window.lock_cover.ui.password_edit, Qt.Key.Key_Return)
        assert window.locked
        assert window.lock_cover.ui.message_label.text() == (
            "Wrong username or password, or the account is not in use.")
        window.lock_cover.ui.password_edit.clear()

    type_text(window.lock_cover.ui.password_edit, desk_db.passwords[desk_db.agent])
    with qtbot.waitSignal(window.locked_changed, timeout=10_000) as unlocked:
        press(window.lock_cover.ui.password_edit, Qt.Key.Key_Return)
    assert unlocked.args == [False]
    assert not window.lock_cover.isVisible()
    assert window.ui.desk_area.isEnabled()
    assert field.text() == "Mäkelä Åsa"
    assert field.hasFocus()
    assert window.idle_watcher.timer.isActive()


def test_ctrl_l_locks_at_once(qtbot, runner, make_window, sign_in, sqlite_desk_db):
    window = make_window(sign_in(sqlite_desk_db, sqlite_desk_db.agent))
    with qtbot.waitSignal(window.locked_changed, timeout=5000):
        press(search_field(window), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_cover.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_f1_lists_every_shortcut_and_esc_closes_it(qtbot, make_window, sign_in, sqlite_desk_db):
    window = make_window(sign_in(sqlite_desk_db, sqlite_desk_db.agent))
    press(search_field(window), Qt.Key.Key_F1)
    overlay = window.shortcut_overlay
    assert overlay.isVisible()
    lines = {line.keys: line.description for line in overlay.lines}
    assert lines["Ctrl+L"] == "Lock the desk"
    assert lines["Ctrl+F / F3"] == "Find a customer"
    assert lines["F1"] == "Keyboard shortcuts"
    assert lines["F2"]  # the desk's new call
    assert "No direct marketing of any kind" in lines.values()
    # Every window-wide shortcut of the desk is on the sheet.
    desk_keys = {seq.toString() for action in window._desk_actions() for seq in action.shortcuts()}
    listed = " / ".join(lines)
    assert all(key in listed for key in desk_keys), desk_keys - set(listed.split(" / "))
    press(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()


def test_language_menu_switches_the_whole_window_to_swedish(make_window, sign_in, sqlite_desk_db, translations,
                                                            shell_settings):
    window = make_window(sign_in(sqlite_desk_db, sqlite_desk_db.supervisor))
    window.language_actions["sv"].trigger()
    assert translations.language == "sv"
    assert window.ui.menu_customer.title() == "&Kund"
    assert window.ui.action_lock.text() == "&Lås skrivbordet"
    assert window.status.role_label.text() == "Förman"
    assert window.status.connection_label.text() == "● Ansluten"
    assert window.lock_cover.ui.title_label.text() == "Skrivbordet är låst"
    assert shell_settings.language == "sv"
    window.language_actions["fi"].trigger()
    assert window.ui.menu_customer.title() == "&Asiakas"
    assert window.status.role_label.text() == "Esihenkilö"


def test_about_says_plainly_that_a_sqlite_file_is_unprotected(make_window, sign_in, desk_db):
    window = make_window(sign_in(desk_db, desk_db.agent))
    text = window.about_text()
    assert "A SQLite database file offers no protection against anyone who can copy it" in text
    assert ("personal database login" in text) == (desk_db.kind == "postgresql")


def test_closing_the_window_signs_out(qtbot, runner, make_window, sign_in, sqlite_desk_db, sql_guard):
    signed = sign_in(sqlite_desk_db, sqlite_desk_db.agent)
    window = make_window(signed)
    with qtbot.waitSignal(window.sign_out_requested, timeout=5000):
        window.close()
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        login_ops.logout(AuthService(), signed.session).run_in(runner)
    assert (sqlite_desk_db.agent, "logout") in sqlite_desk_db.audit_actions(sql_guard)


def test_the_guard_catches_sql_on_the_gui_thread(sqlite_desk_db, sql_guard):
    """The autouse guard itself: a statement on the GUI thread is recorded (then forgiven here)."""
    from sqlalchemy import text

    with sqlite_desk_db.admin.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    # On SQLite the connection's own BEGIN IMMEDIATE and ROLLBACK (db.engine) are statements on the thread too.
    assert "SELECT 1" in [violation.splitlines()[0] for violation in sql_guard.violations]
    sql_guard.violations.clear()


def test_the_guard_also_sees_the_search_fields_own_driver_connection(database, sql_guard):
    """Search runs on db.direct, beneath SQLAlchemy: on the GUI thread the driver-level hook still reports it."""
    from desktop.core.roles import Actor, Role
    from desktop.services.search import CustomerSearchService

    result = CustomerSearchService(database, Actor("agent", Role.AGENT)).search("Mäki")
    assert result.rows == []
    assert any(v.startswith("SELECT m.id, c.customer_number") for v in sql_guard.violations)
    sql_guard.violations.clear()


def test_typing_restarts_the_idle_countdown(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from desktop.views.idle_lock import IdleWatcher

    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(10)
    try:
        watcher.start()
        # As if nine and a half minutes had passed without input: half a minute left.
        watcher.timer.start(30_000)
        type_text(field, "ä")
        assert watcher.timer.remainingTime() > 590_000
        watcher.stop()
        type_text(field, "ö")
        assert not watcher.timer.isActive(), "input must not restart a stopped (locked) countdown"
    finally:
        watcher.detach()
