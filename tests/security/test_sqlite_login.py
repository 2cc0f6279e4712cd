"""SQLite login: argon2id, lockout after repeated failures (with an injected clock), unlock, auditing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.database import Database
from db.models import AppSetting, AuditEvent, StaffUser
from desktop.core.roles import Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import AccountLocked, ConnectionTarget, DatabaseNotFound, LoginFailed
from desktop.services.users import UserAdminService
from tests.security.conftest import PASSWORD, SETUP

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Database, ConnectionTarget]:
    path = tmp_path / "desk.sqlite3"
    database = Database.connect(str(path))
    migrate.upgrade(database.engine)
    UserAdminService(database, SETUP).create_user("aino", Role.AGENT, PASSWORD, display_name="Aino A.")
    yield database, ConnectionTarget.sqlite(path)
    database.dispose()


def actions(database: Database) -> list[tuple[str, str, dict | None]]:
    with database.transaction() as session:
        rows = session.execute(select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id))
        return [(actor, action, json.loads(detail) if detail else None) for actor, action, detail in rows]


def test_argon2id_hash_and_successful_login(desk: tuple[Database, ConnectionTarget]) -> None:
    database, target = desk
    with database.transaction() as session:
        stored = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == "aino"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    result = AuthService(clock=Clock(T0)).login(target, "aino", PASSWORD)
    try:
        assert (result.actor.username, result.actor.role, result.actor.display_name) == ("aino", Role.AGENT, "Aino A.")
    finally:
        result.database.dispose()
    assert actions(database)[-1] == ("aino", "login", None)


def test_five_failures_lock_for_fifteen_minutes(desk: tuple[Database, ConnectionTarget]) -> None:
    database, target = desk
    clock = Clock(T0)
    auth = AuthService(clock=clock)
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(target, "aino", "wrong password")
        clock.advance(seconds=10)
    with pytest.raises(AccountLocked) as locked:
        auth.login(target, "aino", "wrong password")
    assert locked.value.locked_until == clock.now + dt.timedelta(minutes=15)
    # Locked means locked, even with the right password; and trying does not extend the lock.
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AccountLocked):
        auth.login(target, "aino", PASSWORD)
    clock.advance(seconds=1)
    auth.login(target, "aino", PASSWORD).database.dispose()

    log = actions(database)
    assert [a for _, a, _ in log].count("login_failed") == 6
    assert ("aino", "account_locked", {"until": "2026-03-02T08:15:40.000000Z"}) in log
    assert ("aino", "login_failed", {"reason": "locked"}) in log
    assert log[-1] == ("aino", "login", None)
    with database.transaction() as session:
        row = session.scalar(select(StaffUser).where(StaffUser.username == "aino"))
        assert (row.failed_logins, row.locked_until) == (0, None)


def test_a_success_resets_the_count(desk: tuple[Database, ConnectionTarget]) -> None:
    _, target = desk
    auth = AuthService(clock=Clock(T0))
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(target, "aino", "wrong password")
    auth.login(target, "aino", PASSWORD).database.dispose()
    for _ in range(4):
        with pytest.raises(LoginFailed):
            auth.login(target, "aino", "wrong password")


def test_admin_unlocks_at_once(desk: tuple[Database, ConnectionTarget]) -> None:
    database, target = desk
    auth = AuthService(clock=Clock(T0))
    for _ in range(5):
        with pytest.raises((LoginFailed, AccountLocked)):
            auth.login(target, "aino", "wrong password")
    (info,) = UserAdminService(database, SETUP).list_users()
    assert info.is_locked(T0) and info.failed_logins == 5
    UserAdminService(database, SETUP).unlock_user("aino")
    auth.login(target, "aino", PASSWORD).database.dispose()
    assert ("setup", "user_unlocked", {"username": "aino"}) in actions(database)


def test_policy_comes_from_app_settings(desk: tuple[Database, ConnectionTarget]) -> None:
    database, target = desk
    with database.transaction() as session:
        session.add_all([AppSetting(key="login.max_failures", value="2"), AppSetting(key="login.lock_minutes", value="1")])
    clock = Clock(T0)
    auth = AuthService(clock=clock)
    with pytest.raises(LoginFailed):
        auth.login(target, "aino", "wrong password")
    with pytest.raises(AccountLocked) as locked:
        auth.login(target, "aino", "wrong password")
    assert locked.value.locked_until == T0 + dt.timedelta(minutes=1)
    clock.advance(minutes=1)
    auth.login(target, "aino", PASSWORD).database.dispose()


def test_unknown_and_inactive_users_look_exactly_like_wrong_passwords(desk: tuple[Database, ConnectionTarget]) -> None:
    database, target = desk
    UserAdminService(database, SETUP).create_user("eino", Role.AGENT, PASSWORD)
    UserAdminService(database, SETUP).deactivate_user("eino")
    auth = AuthService(clock=Clock(T0))
    messages = set()
    for name, password in (("aino", "wrong password"), ("nobody", PASSWORD), ("eino", PASSWORD)):
        with pytest.raises(LoginFailed) as refused:
            auth.login(target, name, password)
        messages.add(str(refused.value))
    assert len(messages) == 1
    # An unknown name is locked after as many attempts as a real one, so locking reveals nothing either.
    for _ in range(3):
        with pytest.raises(LoginFailed):
            auth.login(target, "nobody", PASSWORD)
    with pytest.raises(AccountLocked):
        auth.login(target, "nobody", PASSWORD)
    log = actions(database)
    assert ("(unknown)", "login_failed", {"reason": "unknown_user"}) in log
    assert ("eino", "login_failed", {"reason": "inactive"}) in log
    assert not any("nobody" in str(entry) for entry in log)  # what was typed as a name is not kept


def test_reauthenticate_counts_failures_too(desk: tuple[Database, ConnectionTarget]) -> None:
    _, target = desk
    auth = AuthService(clock=Clock(T0))
    result = auth.login(target, "aino", PASSWORD)
    try:
        auth.record_session_locked(result)
        auth.reauthenticate(result, PASSWORD)
        for _ in range(4):
            with pytest.raises(LoginFailed):
                auth.reauthenticate(result, "wrong password")
        with pytest.raises(AccountLocked):
            auth.reauthenticate(result, "wrong password")
    finally:
        result.database.dispose()


def test_missing_or_uninitialised_file(tmp_path: Path) -> None:
    auth = AuthService()
    with pytest.raises(DatabaseNotFound):
        auth.login(ConnectionTarget.sqlite(tmp_path / "nothing.sqlite3"), "aino", PASSWORD)
    assert not (tmp_path / "nothing.sqlite3").exists()  # logging in never creates a database
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    with pytest.raises(DatabaseNotFound):
        auth.login(ConnectionTarget.sqlite(tmp_path / "empty.sqlite3"), "aino", PASSWORD)
