"""Issue 10 item 5: user administration in the database audits itself, takes only real SCRAM
verifiers, and never touches a privileged login — attacked from psql as a desk administrator would.

Raw psycopg as the admin's own login calls the granted functions with hostile arguments.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import psycopg.sql
import pytest
from psycopg import errors
from sqlalchemy import select

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent
from desktop.core.roles import Actor, Role
from desktop.services.users import UserAdminService
from tests.security.conftest import PASSWORD, Register, Staff, connect_as, unique


def audit_rows(register: Register, *actions: str) -> list[tuple[str, str | None, str, dict]]:
    with register.database.transaction() as session:
        rows = session.execute(select(AuditEvent.actor, AuditEvent.actor_role, AuditEvent.action, AuditEvent.detail)
                               .where(AuditEvent.action.in_(actions)).order_by(AuditEvent.id)).all()
    return [(actor, role, action, json.loads(detail)) for actor, role, action, detail in rows]


def verifier(conn: psycopg.Connection, name: str, password: str = "hyökkääjän salasana") -> str:
    return conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def stored_password(register: Register, name: str) -> str | None:
    with psycopg.connect(register.url.replace("+psycopg", ""), autocommit=True) as owner:
        row = owner.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,)).fetchone()
    return None if row is None else row[0]


def test_an_admin_creating_a_login_from_psql_leaves_an_audit_row(pg_register: Register, staff: Staff) -> None:
    name = unique("shadow")
    with connect_as(pg_register, staff.admin) as conn:
        # Claiming to be someone else is ignored: a staff login is recorded as its session_user.
        conn.execute("SELECT desk_create_login(%s, 'desk_supervisor', %s)", (name, verifier(conn, name)))
    assert audit_rows(pg_register, "user_created")[-1] == (
        staff.admin, "admin", "user_created", {"role": "supervisor", "username": name})


def test_an_admin_resetting_a_supervisors_password_from_psql_leaves_an_audit_row(pg_register: Register,
                                                                                 staff: Staff) -> None:
    with connect_as(pg_register, staff.admin) as conn:
        conn.execute("SELECT desk_set_login_password(%s, %s)", (staff.supervisor, verifier(conn, staff.supervisor)))
    assert audit_rows(pg_register, "user_password_set") == [
        (staff.admin, "admin", "user_password_set", {"username": staff.supervisor})]


def test_disabling_and_enabling_a_login_from_psql_leaves_audit_rows(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.admin) as conn:
        conn.execute("SELECT desk_set_login_enabled(%s, false)", (staff.agent,))
        conn.execute("SELECT desk_set_login_enabled(%s, true)", (staff.agent,))
    assert audit_rows(pg_register, "user_deactivated", "user_reactivated") == [
        (staff.admin, "admin", "user_deactivated", {"username": staff.agent}),
        (staff.admin, "admin", "user_reactivated", {"username": staff.agent})]


NOT_VERIFIERS = [
    "SCRAM-SHA-256$4096:AAAA$BBBB:CCCC",  # the right prefix, kept by the server as a plaintext password
    "SCRAM-SHA-256$plaintext-password",
    "a plain password",
    "md5" + "0" * 32,
    "",
]


@pytest.mark.parametrize("bad", NOT_VERIFIERS)
def test_anything_but_a_scram_verifier_is_refused(pg_register: Register, staff: Staff, bad: str) -> None:
    before = stored_password(pg_register, staff.supervisor)
    name = unique("plain")
    with connect_as(pg_register, staff.admin) as conn:
        with pytest.raises(errors.InvalidParameterValue):
            conn.execute("SELECT desk_set_login_password(%s, %s)", (staff.supervisor, bad))
        with pytest.raises(errors.InvalidParameterValue):
            conn.execute("SELECT desk_create_login(%s, 'desk_agent', %s)", (name, bad))
        good = verifier(conn, staff.supervisor)
        _iterations, rest = good.removeprefix("SCRAM-SHA-256$").split(":", 1)
        with pytest.raises(errors.InvalidParameterValue):  # a real shape with too few iterations
            conn.execute("SELECT desk_set_login_password(%s, %s)", (staff.supervisor, f"SCRAM-SHA-256$1:{rest}"))
    assert stored_password(pg_register, staff.supervisor) == before
    assert stored_password(pg_register, name) is None
    assert audit_rows(pg_register, "user_password_set") == []


@pytest.fixture
def privileged(pg_register: Register) -> Iterator[dict[str, str]]:
    """Logins a desk admin must not touch: each in desk_agent, and privileged some other way."""
    owner = psycopg.connect(pg_register.url.replace("+psycopg", ""), autocommit=True)
    shapes = {"createdb": "CREATEDB", "replication": "REPLICATION", "bypassrls": "BYPASSRLS",
              "createrole": "CREATEROLE", "superuser": "SUPERUSER", "owner": "", "twogroups": "", "extra": ""}
    names = {shape: unique(f"priv{shape}") for shape in shapes}
    ident = psycopg.sql.Identifier
    try:
        for shape, attribute in shapes.items():
            owner.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN " + attribute + " IN ROLE desk_agent")
                          .format(ident(names[shape])))
        owner.execute(psycopg.sql.SQL("GRANT desk_owner TO {}").format(ident(names["owner"])))
        owner.execute(psycopg.sql.SQL("GRANT desk_supervisor TO {}").format(ident(names["twogroups"])))
        owner.execute(psycopg.sql.SQL("GRANT pg_read_all_data TO {}").format(ident(names["extra"])))
        yield names
    finally:
        for name in names.values():
            owner.execute(psycopg.sql.SQL("DROP ROLE IF EXISTS {}").format(ident(name)))
        owner.close()


def test_a_desk_admin_cannot_touch_a_privileged_login(pg_register: Register, staff: Staff,
                                                      privileged: dict[str, str]) -> None:
    refused = []
    with connect_as(pg_register, staff.admin) as conn:
        for shape, name in privileged.items():
            for statement, args in (("SELECT desk_set_login_password(%s, %s)", (name, verifier(conn, name))),
                                    ("SELECT desk_set_login_enabled(%s, false)", (name,))):
                try:
                    conn.execute(statement, args)
                except errors.InsufficientPrivilege:
                    refused.append(shape)
    assert refused == [shape for shape in privileged for _ in range(2)]
    assert audit_rows(pg_register, "user_password_set", "user_deactivated") == []


def test_the_apps_user_administration_goes_through_the_functions_and_writes_one_row(
        pg_register: Register, staff: Staff) -> None:
    admin_db = Database(make_engine(f"postgresql://{staff.admin}@{pg_register.url.split('@', 1)[1]}"))
    name = unique("colleague")
    try:
        users = UserAdminService(admin_db, Actor(staff.admin, Role.ADMIN))
        users.create_user(name, Role.AGENT, PASSWORD)
        users.set_password(name, "toinen salasana")
        users.deactivate_user(name)
    finally:
        admin_db.dispose()
    rows = [row for row in audit_rows(pg_register, "user_created", "user_password_set", "user_deactivated")
            if row[3]["username"] == name]
    assert [(actor, action) for actor, _, action, _ in rows] == [
        (staff.admin, "user_created"), (staff.admin, "user_password_set"), (staff.admin, "user_deactivated")]
