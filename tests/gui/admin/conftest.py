"""Fixtures of the administrator's and auditor's GUI tests: staff logins of every role and the main window.

Login roles are cluster-wide on PostgreSQL, so every name here carries a random suffix; the root
conftest drops the roles of each test database afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

from desktop.core.roles import Actor, Role
from desktop.operations import login as login_ops
from desktop.services.auth import AuthService
from desktop.services.credentials import CredentialStore
from desktop.services.users import UserAdminService
from desktop.views.desk.desk_page import DeskPage
from desktop.views.main_window import MainWindow

ADMIN_PASSWORD = "Pääkäyttäjä-2024"
AUDITOR_PASSWORD = "Tietosuoja-Valvoja-9"


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def staff(desk_db, sql_guard) -> dict[Role, str]:
    """An administrator and an auditor in the desk database (beside its agent and supervisor)."""
    names = {Role.ADMIN: unique("paivi"), Role.AUDITOR: unique("tuula")}
    setup = UserAdminService(desk_db.admin, Actor("setup", Role.ADMIN))
    with sql_guard.allowed():
        setup.create_user(names[Role.ADMIN], Role.ADMIN, ADMIN_PASSWORD, display_name="Päivi Pääkäyttäjä")
        setup.create_user(names[Role.AUDITOR], Role.AUDITOR, AUDITOR_PASSWORD, display_name="Tuula Törmä")
    desk_db.passwords[names[Role.ADMIN]] = ADMIN_PASSWORD
    desk_db.passwords[names[Role.AUDITOR]] = AUDITOR_PASSWORD
    names[Role.AGENT] = desk_db.agent
    names[Role.SUPERVISOR] = desk_db.supervisor
    return names


@pytest.fixture
def sign_in(qtbot, runner) -> Iterator[Callable]:
    """Sign in on the lane exactly as the login dialog does; returns SignedIn."""
    opened = []

    def sign(db, username: str):
        with qtbot.waitSignal(runner.idle, timeout=15_000):
            login_ops.login(AuthService(), db.target, username, db.passwords[username],
                            credentials=CredentialStore(), remember=False).success(opened.append).run_in(runner)
        assert opened and opened[-1].session.actor.username == username, "login failed"
        return opened[-1]

    yield sign
    for signed in opened:
        signed.session.database.dispose()


@pytest.fixture
def make_window(qtbot, runner, translations, shell_settings) -> Callable[..., MainWindow]:
    def make(signed) -> MainWindow:
        desk = DeskPage(runner, signed.session)
        window = MainWindow(runner, signed.session, AuthService(), translations, shell_settings, desk,
                            idle_lock_minutes=10)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return make
