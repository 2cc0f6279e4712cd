"""Issue 10 item 5 (last part), attacked from psql: the "must change the password" flag that a reset leaves
cannot be cleared, forged or read by a desk administrator or by the user except through the database's
own functions, and the user's own change is a real SCRAM verifier, audited under the user's name.

Raw psycopg as each desk login (the main test server trusts local connections).
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.security.conftest import Register, Staff, connect_as
from tests.security.test_pg_user_admin_audit import audit_rows, stored_password, verifier

pytestmark = pytest.mark.postgres

DIRECT_WRITES = [
    "DELETE FROM password_reset",
    "UPDATE password_reset SET reset_at = now() - interval '1 year'",
    "INSERT INTO password_reset (username, reset_by, reset_at) VALUES ('x', 'y', now())",
    "TRUNCATE password_reset",
    "SELECT * FROM password_reset",
    "ALTER TABLE password_reset DISABLE ROW LEVEL SECURITY",
]


def pending(register: Register) -> dict[str, str]:
    with psycopg.connect(register.url.replace("+psycopg", ""), autocommit=True) as owner:
        return dict(owner.execute("SELECT username, reset_by FROM password_reset").fetchall())


def reset_by_admin(register: Register, staff: Staff, target: str) -> None:
    with connect_as(register, staff.admin) as conn:
        conn.execute("SELECT desk_set_login_password(%s, %s)", (target, verifier(conn, target, "adminin-asettama")))


def test_an_admins_reset_from_psql_leaves_the_flag_with_who(pg_register: Register, staff: Staff) -> None:
    reset_by_admin(pg_register, staff, staff.supervisor)
    assert pending(pg_register) == {staff.supervisor: staff.admin}
    with connect_as(pg_register, staff.supervisor) as conn:
        (by, at), = conn.execute("SELECT reset_by, reset_at FROM desk_my_password_reset()").fetchall()
    assert by == staff.admin and at is not None


@pytest.mark.parametrize("statement", DIRECT_WRITES)
def test_neither_the_admin_nor_the_user_can_touch_the_flag_directly(pg_register: Register, staff: Staff,
                                                                    statement: str) -> None:
    reset_by_admin(pg_register, staff, staff.supervisor)
    for login in (staff.admin, staff.supervisor):
        with connect_as(pg_register, login) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    assert pending(pg_register) == {staff.supervisor: staff.admin}


def test_the_admin_cannot_clear_the_flag_through_staff_user_or_another_function(pg_register: Register,
                                                                                staff: Staff) -> None:
    reset_by_admin(pg_register, staff, staff.supervisor)
    with connect_as(pg_register, staff.admin) as conn:
        # What desk_admin may write: staff_user. Nothing there is the flag.
        conn.execute("UPDATE staff_user SET display_name = display_name WHERE username = %s", (staff.supervisor,))
        # The self-service function only ever changes the caller's own password and flag.
        conn.execute("SELECT desk_change_own_password(%s)", (verifier(conn, staff.admin, "adminin-oma-uusi"),))
        # The admin's own desk_my_password_reset shows the admin's row (none), never the supervisor's.
        assert conn.execute("SELECT * FROM desk_my_password_reset()").fetchall() == []
    assert pending(pg_register) == {staff.supervisor: staff.admin}


def test_the_user_clears_the_flag_only_with_a_real_verifier_and_is_audited(pg_register: Register,
                                                                          staff: Staff) -> None:
    reset_by_admin(pg_register, staff, staff.supervisor)
    before = stored_password(pg_register, staff.supervisor)
    with connect_as(pg_register, staff.supervisor) as conn:
        for bad in ("uusi salasana selvänä", "SCRAM-SHA-256$4096:AAAA$BBBB:CCCC", ""):
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute("SELECT desk_change_own_password(%s)", (bad,))
        assert stored_password(pg_register, staff.supervisor) == before
        assert pending(pg_register) == {staff.supervisor: staff.admin}
        conn.execute("SELECT desk_change_own_password(%s)", (verifier(conn, staff.supervisor, "oma uusi salasana"),))
    assert stored_password(pg_register, staff.supervisor) not in (before, None)
    assert pending(pg_register) == {}
    assert audit_rows(pg_register, "user_password_changed") == [
        (staff.supervisor, "supervisor", "user_password_changed", {"username": staff.supervisor})]


def test_a_user_cannot_set_anyone_elses_password_nor_reset_one(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT desk_set_login_password(%s, %s)", (staff.supervisor, verifier(conn, staff.supervisor)))
    assert pending(pg_register) == {}


def test_the_owner_connection_is_no_desk_login(pg_register: Register, staff: Staff) -> None:
    """The superuser/migrator has no password of its own to change through the desk function."""
    with psycopg.connect(pg_register.url.replace("+psycopg", ""), autocommit=True) as owner, \
            pytest.raises((errors.InsufficientPrivilege, errors.InvalidName)):
        owner.execute("SELECT desk_change_own_password(%s)", (verifier(owner, "postgres"),))
