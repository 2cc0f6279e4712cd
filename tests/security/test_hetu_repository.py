"""The identity-code repository behaves the same on both databases: exact lookup, audited reveal, masks."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db import at_rest
from db.models import AuditEvent, PersonHetu
from db.repositories import hetu as hetu_repo
from desktop.core.hetu import blind_index
from desktop.core.roles import Actor, PermissionDenied, Role
from tests.security.conftest import HMAC_KEY, REGULAR, TEMP_DASH, TEMP_Y, Register

AGENT = Actor("aino", Role.AGENT)
SUPERVISOR = Actor("sanna", Role.SUPERVISOR)
ADMIN = Actor("pekka", Role.ADMIN)


def audit_rows(register: Register) -> list[AuditEvent]:
    with register.database.transaction() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_blind_index_is_the_same_hmac_on_both_databases(register: Register) -> None:
    with register.database.transaction() as session:
        # SQLite keeps the code encrypted (db.at_rest): what the file holds opens to the same code.
        stored = {at_rest.open_hetu(session, code): index
                  for code, index in session.execute(select(PersonHetu.hetu, PersonHetu.blind_index)).all()}
    assert stored == {code: blind_index(code, HMAC_KEY) for code in (REGULAR, TEMP_DASH, TEMP_Y)}


def test_exact_lookup_including_dvvs_pair(register: Register) -> None:
    db = register.database
    assert hetu_repo.lookup(db, AGENT, REGULAR, purpose="call") == register.regular_id
    assert hetu_repo.lookup(db, AGENT, TEMP_DASH) == register.dash_id
    assert hetu_repo.lookup(db, AGENT, TEMP_Y.lower()) == register.y_id
    for partial in ("131052", "131052-308", "131052-308%", "131052_308T", "131052-308TT", "1310523-308T", "ä" * 11):
        assert hetu_repo.lookup(db, AGENT, partial) is None
    rows = audit_rows(register)
    assert [(r.action, r.actor, r.customer_id) for r in rows[:3]] == [
        ("hetu_search", "aino", register.regular_id), ("hetu_search", "aino", register.dash_id),
        ("hetu_search", "aino", register.y_id)]
    assert rows[0].purpose == "call"
    assert len(rows) == 10 and all(json.loads(r.detail) == {"found": False} for r in rows[3:])


def test_reveal_needs_the_permission_and_a_reason(register: Register) -> None:
    db = register.database
    with pytest.raises(PermissionDenied):
        hetu_repo.reveal(db, AGENT, register.regular_id, "curious")
    with pytest.raises(hetu_repo.ReasonRequired):
        hetu_repo.reveal(db, SUPERVISOR, register.regular_id, "  ")
    assert audit_rows(register) == []
    assert hetu_repo.reveal(db, SUPERVISOR, register.dash_id, f"asiakas soitti, sanoi {TEMP_Y}") == TEMP_DASH
    with pytest.raises(hetu_repo.NoHetu):
        hetu_repo.reveal(db, SUPERVISOR, register.company_id, "yritys")
    rows = audit_rows(register)
    assert [(r.action, r.actor, r.customer_id) for r in rows] == [
        ("hetu_reveal", "sanna", register.dash_id), ("hetu_reveal", "sanna", register.company_id)]
    assert json.loads(rows[0].detail) == {"reason": "asiakas soitti, sanoi 100190*****"}


def test_no_full_code_in_the_audit_log(register: Register) -> None:
    db = register.database
    hetu_repo.lookup(db, AGENT, REGULAR)
    hetu_repo.reveal(db, SUPERVISOR, register.regular_id, f"tarkistus {REGULAR}")
    text = " ".join(f"{r.actor} {r.purpose} {r.detail}" for r in audit_rows(register))
    assert not any(code in text for code in (REGULAR, TEMP_DASH, TEMP_Y))


def test_the_masked_view_on_both_databases(register: Register) -> None:
    with register.database.transaction() as session:
        assert hetu_repo.masked(session, register.regular_id) == "131052*****"
        assert hetu_repo.masked(session, register.y_id) == hetu_repo.masked(session, register.dash_id) == "100190*****"
        assert hetu_repo.masked(session, register.company_id) is None


def test_an_administrator_cannot_look_up(register: Register) -> None:
    with pytest.raises(PermissionDenied):
        hetu_repo.lookup(register.database, ADMIN, REGULAR)


def test_lookup_without_a_key_says_the_database_is_not_initialised(database) -> None:
    with pytest.raises(hetu_repo.HetuKeyMissing):
        hetu_repo.lookup(database, AGENT, REGULAR)
