"""What each desk login may do on PostgreSQL, checked with raw psycopg as that login (no app in between)."""

from __future__ import annotations

import json

import psycopg
import psycopg.sql
import pytest
from psycopg import errors
from sqlalchemy import select

from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent
from db.repositories import hetu as hetu_repo
from desktop.core.hetu import mask
from desktop.core.roles import Actor, Role
from desktop.services.users import UserAdminService
from tests.security.conftest import (
    PASSWORD,
    REGULAR,
    TEMP_DASH,
    TEMP_Y,
    Register,
    Staff,
    connect_as,
    pg_lookup,
    pg_reveal,
    unique,
)

pytestmark = pytest.mark.postgres


def audit(register: Register, action: str) -> list[AuditEvent]:
    with register.database.transaction() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def all_audit_text(register: Register) -> str:
    with register.database.transaction() as session:
        rows = session.scalars(select(AuditEvent)).all()
        return "\n".join(f"{r.actor} {r.action} {r.purpose} {r.detail}" for r in rows)


def test_agent_cannot_read_the_hetu_table_or_the_key(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        for query in ("SELECT hetu FROM person_hetu", "SELECT count(*) FROM person_hetu",
                      "SELECT value FROM database_secret"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)
        # The row exists, the owner can see it: the refusal is about privilege, not an empty table.
    with psycopg.connect(pg_register.url.replace("+psycopg", "")) as owner:
        assert owner.execute("SELECT count(*) FROM person_hetu").fetchone()[0] == 3


def test_the_view_shows_only_masks(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        rows = dict(conn.execute("SELECT id, masked_hetu FROM customer_masked").fetchall())
    assert rows[pg_register.regular_id] == mask(REGULAR) == "131052*****"
    # DVV's pair masks identically: the century sign that tells them apart is hidden.
    assert rows[pg_register.dash_id] == rows[pg_register.y_id] == "100190*****"
    assert rows[pg_register.company_id] is None
    assert not any(code in str(rows) for code in (REGULAR, TEMP_DASH, TEMP_Y))


def test_lookup_finds_the_exact_code_and_is_logged(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        found = {code: pg_lookup(conn, code, "call")
                 for code in (REGULAR, TEMP_DASH, TEMP_Y, " 100190y999p ")}
    assert found[REGULAR] == pg_register.regular_id
    assert found[TEMP_DASH] == pg_register.dash_id
    assert found[TEMP_Y] == pg_register.y_id != pg_register.dash_id
    assert found[" 100190y999p "] == pg_register.y_id  # spacing and case are not part of the identity
    rows = audit(pg_register, "hetu_search")
    assert [(r.actor, r.actor_role, r.customer_id, r.purpose) for r in rows] == [
        (staff.agent, "agent", cid, "call")
        for cid in (pg_register.regular_id, pg_register.dash_id, pg_register.y_id, pg_register.y_id)
    ]
    assert all(json.loads(r.detail) == {"found": True} for r in rows)
    assert not any(code in all_audit_text(pg_register) for code in (REGULAR, TEMP_DASH, TEMP_Y))


def test_partial_codes_and_patterns_find_nothing_but_are_logged(pg_register: Register, staff: Staff) -> None:
    probes = ["100190", "100190-999", "100190-999%", "100190_999P", "%", "131052-308", "131052-308T%", ""]
    with connect_as(pg_register, staff.agent) as conn:
        results = [pg_lookup(conn, probe) for probe in probes]
    assert results == [None] * len(probes)
    rows = audit(pg_register, "hetu_search")
    assert len(rows) == len(probes)
    assert all(json.loads(r.detail) == {"found": False} and r.customer_id is None for r in rows)


def test_agent_cannot_reveal(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn, pytest.raises(errors.InsufficientPrivilege):
        pg_reveal(conn, pg_register.regular_id, "curious")
    assert audit(pg_register, "hetu_reveal") == []


def test_supervisor_reveals_with_a_reason_and_it_is_logged(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.supervisor) as conn:
        with pytest.raises(errors.InvalidParameterValue):
            pg_reveal(conn, pg_register.y_id, "   ")
        code = pg_reveal(conn, pg_register.y_id, f"Perintäkirje palautui, tarkistus {TEMP_DASH} vs. DVV")
    assert code == TEMP_Y
    (row,) = audit(pg_register, "hetu_reveal")
    assert (row.actor, row.actor_role, row.customer_id) == (staff.supervisor, "supervisor", pg_register.y_id)
    # The reason is kept; an identity code typed into it is masked like desktop.core.hetu.redact does.
    assert json.loads(row.detail) == {"reason": "Perintäkirje palautui, tarkistus 100190***** vs. DVV"}


def test_auditor_reads_the_log_but_cannot_reveal(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.supervisor) as conn:
        pg_lookup(conn, REGULAR)
    with connect_as(pg_register, staff.auditor) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_event ORDER BY id")]
        assert "hetu_search" in actions
        with pytest.raises(errors.InsufficientPrivilege):
            pg_reveal(conn, pg_register.regular_id, "audit")


def test_agent_cannot_read_alter_or_forge_the_audit_log(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        pg_lookup(conn, REGULAR)
        for statement in ("SELECT * FROM audit_event", "UPDATE audit_event SET actor = 'someone'",
                          "DELETE FROM audit_event", "TRUNCATE audit_event",
                          "INSERT INTO audit_event (occurred_at, actor, action) VALUES (now(), 'x', 'login')",
                          "INSERT INTO audit_seal VALUES (999, 1, 'x', 'y')", "DELETE FROM audit_seal"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        # Appending goes through the function, and a staff login cannot claim to be someone else.
        conn.execute("SELECT desk_audit_append('boss', 'supervisor', 'logout', NULL, NULL, NULL)")
    (row,) = audit(pg_register, "logout")
    assert (row.actor, row.actor_role) == (staff.agent, "agent")


def test_even_the_owner_cannot_update_or_delete_audit_rows(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        pg_lookup(conn, REGULAR)
    with psycopg.connect(pg_register.url.replace("+psycopg", ""), autocommit=True) as owner:
        before = owner.execute("SELECT count(*), max(id), (SELECT count(*) FROM audit_seal) FROM audit_event").fetchone()
        assert before[0] == 5  # four user_created rows of the fixture and the lookup
        for statement in ("UPDATE audit_event SET purpose = 'x'", "DELETE FROM audit_event", "TRUNCATE audit_event",
                          "UPDATE audit_seal SET row_hash = 'x'", "DELETE FROM audit_seal", "TRUNCATE audit_seal"):
            with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
                owner.execute(statement)
        assert owner.execute("SELECT count(*), max(id), (SELECT count(*) FROM audit_seal) FROM audit_event").fetchone() == before


def test_admin_manages_users_without_createrole_and_sees_no_customers(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.admin) as conn:
        attributes = conn.execute("SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = current_user")
        assert attributes.fetchone() == (False, False)
        for query in ("SELECT * FROM customer", "SELECT * FROM customer_masked", "SELECT * FROM audit_event"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(query)
        with pytest.raises(errors.InsufficientPrivilege):
            pg_lookup(conn, REGULAR)
    # Through the service, connected as the admin's own login.
    admin_db = Database(make_engine(f"postgresql://{staff.admin}@{pg_register.url.split('@', 1)[1]}"))
    try:
        newcomer = unique("newcomer")
        UserAdminService(admin_db, Actor(staff.admin, Role.ADMIN)).create_user(newcomer, Role.AGENT, PASSWORD)
    finally:
        admin_db.dispose()
    with connect_as(pg_register, newcomer) as conn:
        assert conn.execute("SELECT count(*) FROM customer_masked").fetchone()[0] == 4
    (row,) = audit(pg_register, "user_created")[-1:]
    assert (row.actor, row.actor_role) == (staff.admin, "admin")


def test_desk_logins_cannot_create_or_alter_roles(pg_register: Register, staff: Staff) -> None:
    verifier = "SCRAM-SHA-256$4096:AAAA$BBBB:CCCC"
    with connect_as(pg_register, staff.agent) as conn:
        for statement, args in (("SELECT desk_create_login(%s, 'desk_supervisor', %s)", ("mallory", verifier)),
                                ("SELECT desk_set_login_password(%s, %s)", (staff.supervisor, verifier)),
                                ("SELECT desk_set_login_enabled(%s, true)", (staff.supervisor,)),
                                ("CREATE ROLE mallory LOGIN", ())):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, args or None)
    outsider = unique("outsider")
    with psycopg.connect(pg_register.url, autocommit=True) as owner:
        owner.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN").format(psycopg.sql.Identifier(outsider)))
    try:
        with connect_as(pg_register, staff.admin) as conn:
            # An administrator can only make and change desk logins: never the superuser, another
            # server login, or a member of the owner role; names and verifiers are checked.
            with pytest.raises(errors.InvalidName):
                conn.execute("SELECT desk_set_login_password('postgres', %s)", (verifier,))
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT desk_set_login_password(%s, %s)", (outsider, verifier))
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT desk_set_login_enabled(%s, true)", (outsider,))
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute("SELECT desk_create_login(%s, 'desk_owner', %s)", (unique("mallory"), verifier))
            with pytest.raises(errors.InvalidName):
                conn.execute("SELECT desk_create_login('x\"; DROP TABLE customer; --', 'desk_agent', %s)", (verifier,))
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute("SELECT desk_create_login(%s, 'desk_agent', 'plaintext password')", (unique("plain"),))
    finally:
        with psycopg.connect(pg_register.url, autocommit=True) as owner:
            owner.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(outsider)))


def test_repository_lookup_and_reveal_as_desk_logins(pg_register: Register, staff: Staff) -> None:
    base = pg_register.url.split("@", 1)[1]
    agent_db = Database(make_engine(f"postgresql://{staff.agent}@{base}"))
    supervisor_db = Database(make_engine(f"postgresql://{staff.supervisor}@{base}"))
    try:
        agent = Actor(staff.agent, Role.AGENT)
        assert hetu_repo.lookup(agent_db, agent, TEMP_Y, purpose="call") == pg_register.y_id
        # Even with the application's check bypassed by a forged Actor, the server refuses the agent.
        forged = Actor(staff.agent, Role.SUPERVISOR)
        with pytest.raises(Exception, match="reveal_hetu"):
            hetu_repo.reveal(agent_db, forged, pg_register.y_id, "forged")
        supervisor = Actor(staff.supervisor, Role.SUPERVISOR)
        assert hetu_repo.reveal(supervisor_db, supervisor, pg_register.y_id, "address check") == TEMP_Y
    finally:
        agent_db.dispose()
        supervisor_db.dispose()
    assert [r.actor for r in audit(pg_register, "hetu_reveal")] == [staff.supervisor]
