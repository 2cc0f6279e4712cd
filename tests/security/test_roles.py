"""The role → permission table (desktop/core/roles.py) and its mirror in the database's group roles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.core.roles import GROUP_ROLES, PERMISSIONS, Actor, Permission, PermissionDenied, Role, can

CUSTOMER_DATA = {Permission.READ_CUSTOMER, Permission.EDIT_CONTACT, Permission.RECORD_CALL,
                 Permission.RECORD_CONSENT, Permission.HANDLE_REQUEST, Permission.PRINT_LETTER,
                 Permission.REVEAL_HETU}


def test_every_permission_belongs_to_some_role() -> None:
    assert set().union(*PERMISSIONS.values()) == set(Permission)
    assert set(PERMISSIONS) == set(Role)


def test_supervisor_can_do_all_an_agent_can_and_reveal() -> None:
    assert PERMISSIONS[Role.AGENT] < PERMISSIONS[Role.SUPERVISOR]
    assert can(Role.SUPERVISOR, Permission.REVEAL_HETU) and not can(Role.AGENT, Permission.REVEAL_HETU)
    assert {Permission.SIGN_OFF, Permission.REASSIGN, Permission.REVIEW_QUEUE} <= PERMISSIONS[Role.SUPERVISOR]


def test_admin_runs_the_system_not_the_register() -> None:
    # Retention is run by the administrator as a system duty: counts and dates, never customer rows.
    assert PERMISSIONS[Role.ADMIN] == {Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_RETENTION,
                                       Permission.APPLY_RETENTION}
    assert not PERMISSIONS[Role.ADMIN] & CUSTOMER_DATA
    assert all(not can(role, Permission.MANAGE_USERS) for role in Role if role is not Role.ADMIN)


def test_auditor_reads_and_verifies_but_changes_nothing() -> None:
    auditor = PERMISSIONS[Role.AUDITOR]
    assert {Permission.READ_AUDIT, Permission.VERIFY_AUDIT, Permission.VIEW_ACCESS_LOG} <= auditor
    assert not auditor & {Permission.EDIT_CONTACT, Permission.REVEAL_HETU, Permission.HANDLE_REQUEST,
                          Permission.RECORD_CONSENT, Permission.PRINT_LETTER}
    assert [r for r in Role if can(r, Permission.VERIFY_AUDIT)] == [Role.AUDITOR]


def test_actor_require() -> None:
    Actor("sanna", Role.SUPERVISOR).require(Permission.REVEAL_HETU)
    with pytest.raises(PermissionDenied) as denied:
        Actor("aino", "agent").require(Permission.REVEAL_HETU)  # type: ignore[arg-type]
    assert denied.value.permission is Permission.REVEAL_HETU
    with pytest.raises(ValueError):
        can("superuser", Permission.READ_CUSTOMER)


def test_database_group_roles_match_the_migration() -> None:
    sql = (Path(__file__).parents[2] / "db/sql/0002_postgresql_up.sql").read_text(encoding="utf-8")
    created = set(re.search(r"FOREACH r IN ARRAY ARRAY\[([^\]]+)\]", sql).group(1).replace("'", "").replace(" ", "").split(","))
    assert set(GROUP_ROLES.values()) | {"desk_owner"} == created
    # Only the supervisor group may execute the reveal function (REVEAL_HETU ↔ desk_supervisor).
    grant = re.search(r"GRANT EXECUTE ON FUNCTION desk_hetu_reveal\([^)]*\) TO ([^;]+);", sql).group(1)
    assert grant.strip() == GROUP_ROLES[Role.SUPERVISOR]
    assert [r for r in Role if can(r, Permission.REVEAL_HETU)] == [Role.SUPERVISOR]
