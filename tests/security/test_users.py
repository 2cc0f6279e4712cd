"""User administration on both databases (PostgreSQL: the LOGIN role follows the staff_user row)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from db import migrate
from db.database import Database
from db.models import AuditEvent, StaffUser
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.users import UserAdminService
from desktop.services.users_dtos import InvalidUsername, UnknownUser, UserExists, WeakPassword
from tests.security.conftest import PASSWORD, SETUP, unique


def login_role(database: Database, name: str) -> tuple[bool, str | None, list[str]] | None:
    with database.transaction() as session:
        row = session.execute(text("SELECT rolcanlogin, left(rolpassword, 14) FROM pg_authid WHERE rolname = :n"),
                              {"n": name}).first()
        groups = session.scalars(text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n ORDER BY 1"), {"n": name}).all()
    return None if row is None else (row[0], row[1], list(groups))


def test_create_list_and_audit(database: Database) -> None:
    users = UserAdminService(database, SETUP)
    name = unique("aino.virtanen")
    info = users.create_user(name, Role.SUPERVISOR, PASSWORD, display_name="Aino Virtanen")
    assert (info.username, info.role, info.active, info.display_name) == (name, Role.SUPERVISOR, True, "Aino Virtanen")
    assert [u.username for u in users.list_users()] == [name]
    with database.transaction() as session:
        stored = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
        audit = session.execute(select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail)).all()
    assert audit == [("setup", "user_created", json.dumps({"role": "supervisor", "username": name},
                                                         separators=(",", ":"), sort_keys=True))]
    assert PASSWORD not in str(audit)
    if database.is_postgres:
        assert stored is None
        assert login_role(database, name) == (True, "SCRAM-SHA-256$", ["desk_supervisor"])
    else:
        assert stored.startswith("$argon2id$")


def test_set_password_deactivate_unlock(database: Database) -> None:
    users = UserAdminService(database, SETUP)
    name = unique("eino")
    users.create_user(name, Role.AGENT, PASSWORD)
    with database.transaction() as session:
        before = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
        before_pg = login_role(database, name) if database.is_postgres else None
        verifier_before = session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"),
                                         {"n": name}) if database.is_postgres else None
    users.set_password(name, "toinen salasana")
    users.deactivate_user(name)
    users.unlock_user(name)
    (info,) = users.list_users()
    assert not info.active and info.failed_logins == 0 and info.locked_until is None
    with database.transaction() as session:
        after = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        if database.is_postgres:
            verifier_after = session.scalar(text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name})
            assert verifier_after != verifier_before and verifier_after.startswith("SCRAM-SHA-256$")
    assert actions == ["user_created", "user_password_set", "user_deactivated", "user_unlocked"]
    if database.is_postgres:
        assert before_pg[0] is True and login_role(database, name)[0] is False  # NOLOGIN
    else:
        assert after != before and after.startswith("$argon2id$")


@pytest.mark.parametrize("bad", ["ab", "Aino", "1aino", "pg_reader", "desk_agent", "postgres", 'x"; drop table x; --',
                                 "aino virtanen", "äiti", "a" * 64, ""])
def test_unsafe_usernames_are_refused(database: Database, bad: str) -> None:
    with pytest.raises(InvalidUsername):
        UserAdminService(database, SETUP).create_user(bad, Role.AGENT, PASSWORD)
    with database.transaction() as session:
        assert session.scalar(select(StaffUser.id)) is None


def test_weak_passwords_duplicates_and_unknown_users(database: Database) -> None:
    users = UserAdminService(database, SETUP)
    name = unique("ilona")
    with pytest.raises(WeakPassword):
        users.create_user(name, Role.AGENT, "short")
    with pytest.raises(WeakPassword):
        users.create_user(name, Role.AGENT, name.upper())
    users.create_user(name, Role.AGENT, PASSWORD)
    with pytest.raises(UserExists):
        users.create_user(name, Role.AUDITOR, PASSWORD)
    with pytest.raises(UnknownUser):
        users.set_password(unique("nobody"), PASSWORD)
    assert [u.role for u in users.list_users()] == [Role.AGENT]


def test_only_administrators_manage_users(database: Database) -> None:
    for role in (Role.AGENT, Role.SUPERVISOR, Role.AUDITOR):
        users = UserAdminService(database, Actor("someone", role))
        with pytest.raises(PermissionDenied):
            users.create_user(unique("x"), Role.ADMIN, PASSWORD)
        with pytest.raises(PermissionDenied):
            users.list_users()


@pytest.mark.postgres
def test_a_login_name_taken_elsewhere_on_the_server_is_refused(pg_url: str, pg_server) -> None:
    from db import migrate
    from db.engine import make_engine

    first, second = Database(make_engine(pg_url)), Database(make_engine(pg_server.create_database()))
    try:
        migrate.upgrade(first.engine)
        migrate.upgrade(second.engine)
        name = unique("shared")
        UserAdminService(first, SETUP).create_user(name, Role.AGENT, PASSWORD)
        with pytest.raises(UserExists):
            UserAdminService(second, SETUP).create_user(name, Role.ADMIN, PASSWORD)
        assert login_role(first, name) == (True, "SCRAM-SHA-256$", ["desk_agent"])
    finally:
        first.dispose()
        second.dispose()


@pytest.mark.production_hashing
def test_passwords_are_hashed_with_production_strength_argon2id(tmp_path) -> None:
    """Other tests hash with minimal cost (tests/conftest.py); the product uses argon2id at full strength: one
    of OWASP's recommended settings (12 MiB, 3 passes, one lane; desktop.services.users says why not 64 MiB)."""
    database = Database.connect(str(tmp_path / "strength.sqlite3"))
    try:
        migrate.upgrade(database.engine)
        name = unique("vahva")
        UserAdminService(database, SETUP).create_user(name, Role.AGENT, PASSWORD)
        with database.transaction() as session:
            stored = session.scalar(select(StaffUser.password_hash).where(StaffUser.username == name))
    finally:
        database.dispose()
    assert stored.startswith("$argon2id$v=19$m=12288,t=3,p=1$")
