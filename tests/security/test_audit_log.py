"""The auditor's paged audit log (desktop.services.audit_log) on both databases, and as real logins on
PostgreSQL: the auditor's grants suffice, other roles are refused by the service and by the server."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from db import audit
from db.database import Database
from db.errors import NotPermitted
from db.models import AuditEvent, Customer
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services.audit_dtos import AuditFilter, InvalidDateRange, UnknownCustomerNumber
from desktop.services.audit_log import AuditLogService
from desktop.services.customers import CustomerService
from tests.security.conftest import Register, Staff

AUDITOR = Actor("tuula", Role.AUDITOR)
AGENT = Actor("aino", Role.AGENT)
HELSINKI = ZoneInfo("Europe/Helsinki")


def fill(register: Register, n: int) -> None:
    with register.database.transaction() as session:
        for i in range(n):
            audit.append(session, AGENT, "export", detail={"n": i})


def test_pages_newest_first_without_gaps_or_repeats(register: Register) -> None:
    fill(register, 7)
    service = AuditLogService(register.database, AUDITOR)
    seen: list[int] = []
    before = None
    while True:
        page = service.page(AuditFilter(action="export"), before_id=before, limit=3)
        seen += [r.id for r in page.rows]
        assert len(page.rows) <= 3
        if not page.more:
            assert page.next_before_id is None
            break
        before = page.next_before_id
    assert len(seen) == 7 and seen == sorted(seen, reverse=True)
    assert service.page(limit=10_000).rows[0].action == "export"  # the limit is capped, not refused


def test_filters_by_customer_number_and_helsinki_dates(register: Register) -> None:
    CustomerService(register.database, AGENT).open_card(register.regular_id, "letter")
    with register.database.transaction() as session:
        number = session.get(Customer, register.regular_id).customer_number
    service = AuditLogService(register.database, AUDITOR)
    rows = service.page(AuditFilter(customer_number=f" {number} ")).rows
    assert [(r.action, r.purpose, r.customer_number, r.actor_role) for r in rows] == [
        ("customer_opened", "letter", number, "agent")]
    today = dt.datetime.now(HELSINKI).date()
    # Reading one customer's trail is itself recorded, with the auditor's name: the next read shows it.
    assert [(r.action, r.actor, r.customer_number) for r in service.page(AuditFilter(
        customer_number=number, date_from=today - dt.timedelta(days=1), date_to=today + dt.timedelta(days=1))).rows
    ] == [("audit_log_read", AUDITOR.username, number), ("customer_opened", "aino", number)]
    assert service.page(AuditFilter(date_to=today - dt.timedelta(days=2))).rows == ()
    with pytest.raises(InvalidDateRange):
        service.page(AuditFilter(date_from=today, date_to=today - dt.timedelta(days=1)))
    with pytest.raises(UnknownCustomerNumber):
        service.page(AuditFilter(customer_number="000"))
    accesses = service.accesses(number)
    assert (accesses.customer_id, accesses.display_name) == (register.regular_id, "Virtanen Aino")
    assert ("aino", "customer_opened", "letter") in [(e.actor, e.action, e.purpose) for e in accesses.entries]
    with register.database.transaction() as session:
        reads = session.scalars(select(AuditEvent.detail).where(
            AuditEvent.action == "audit_log_read", AuditEvent.actor == AUDITOR.username)).all()
    assert reads == ['{"view":"log"}', '{"view":"log"}', '{"view":"accesses"}']


def test_other_roles_may_not_read_the_log(register: Register) -> None:
    for role in (Role.AGENT, Role.SUPERVISOR, Role.ADMIN):
        with pytest.raises(PermissionDenied):
            AuditLogService(register.database, Actor("x", role)).page()
    with pytest.raises(PermissionDenied):
        AuditLogService(register.database, Actor("x", Role.ADMIN)).accesses("1")


@pytest.mark.postgres
def test_auditor_login_reads_the_log_and_an_agent_login_cannot(pg_register: Register, staff: Staff) -> None:
    fill(pg_register, 2)

    def as_login(login: str) -> Database:
        return Database.connect(make_url(pg_register.url).set(username=login).render_as_string(hide_password=False))

    auditor_db = as_login(staff.auditor)
    try:
        page = AuditLogService(auditor_db, Actor(staff.auditor, Role.AUDITOR)).page(AuditFilter(action="export"))
        assert [r.actor for r in page.rows] == ["aino", "aino"]
    finally:
        auditor_db.dispose()
    agent_db = as_login(staff.agent)
    try:
        # Even with the permission check passed by a forged actor, the server refuses the table.
        with pytest.raises(NotPermitted) as refused:  # the desk's own words for the server's refusal
            AuditLogService(agent_db, Actor(staff.agent, Role.AUDITOR)).page()
        assert isinstance(refused.value.original, ProgrammingError)
        assert "permission denied" in str(refused.value.original)
    finally:
        agent_db.dispose()
