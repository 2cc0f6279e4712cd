"""The start page's use case (desktop.services.worklist) on SQLite and PostgreSQL: each role gets its own
part of today's work, and nothing of what it may not see."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from db_templates import ON_POSTGRES
from sqlalchemy import text

from db import audit
from db.database import Database
from db.engine import make_engine
from db.models import Call, Customer, DataRequest, StaffUser
from desktop.core.roles import Actor, Role
from desktop.core.text import name_key
from desktop.services import worklist as wl
from desktop.services.audit_report import seal_pending
from desktop.services.users import UserAdminService

AGENT = Actor("aino.agent", Role.AGENT, "Aino")
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna")
ADMIN = Actor("pekka.admin", Role.ADMIN, "Pekka")
AUDITOR = Actor("tuomas.tsv", Role.AUDITOR, "Tuomas")
# Monday 7.12.2026 at 10:00 in Helsinki (Independence Day fell on the Sunday before).
MONDAY = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


def _customer(session, number: str, last: str, first: str) -> int:
    customer = Customer(customer_number=number, kind="person", first_names=first, last_name=last, language="fi",
                        search_name=name_key(last, first))
    session.add(customer)
    session.flush()
    return customer.id


def _request(session, reference: str, customer_id: int | None, received: dt.date, assigned_to: str | None,
             state: str = "in_preparation", paused_since: dt.date | None = None) -> None:
    from desktop.core.deadlines import due_date

    session.add(DataRequest(reference=reference, customer_id=customer_id, request_type="access", state=state,
                            channel="letter", received_on=received, due_on=due_date(received),
                            paused_since=paused_since, created_by="someone", assigned_to=assigned_to))


@pytest.fixture
def register(database: Database) -> dict[str, int]:
    with database.transaction() as session:
        ids = {"maija": _customer(session, "100001", "Mäkinen", "Maija"),
               "olli": _customer(session, "100002", "Ojala", "Olli"),
               "pirjo": _customer(session, "100003", "Peltola", "Pirjo")}
        _request(session, "TP-2026-00001", ids["maija"], dt.date(2026, 10, 20), AGENT.username)  # due 20.11: late
        _request(session, "TP-2026-00002", ids["olli"], dt.date(2026, 11, 10), AGENT.username)  # due 10.12: soon
        _request(session, "TP-2026-00003", ids["pirjo"], dt.date(2026, 11, 30), AGENT.username)  # due 30.12
        _request(session, "TP-2026-00004", None, dt.date(2026, 11, 20), AGENT.username, state="on_hold",
                 paused_since=dt.date(2026, 12, 1))
        _request(session, "TP-2026-00005", ids["maija"], dt.date(2026, 11, 9), AGENT.username, state="dispatched")
        _request(session, "TP-2026-00006", ids["olli"], dt.date(2026, 11, 9), SUPERVISOR.username)  # due 9.12
        _request(session, "TP-2026-00007", ids["pirjo"], dt.date(2026, 10, 1), "mlaine")  # due 2.11: late
    return ids


def test_agent_sees_own_open_requests_overdue_then_due_soon_with_days_left(database, register):
    work = wl.WorklistService(database, AGENT, clock=lambda: MONDAY).load()
    assert work.today == dt.date(2026, 12, 7)
    assert [(i.reference, i.urgency, i.days_left) for i in work.my_requests] == [
        ("TP-2026-00001", wl.OVERDUE, -17),
        ("TP-2026-00002", wl.DUE_SOON, 3),
        ("TP-2026-00003", wl.ON_TIME, 23),
        ("TP-2026-00004", wl.PAUSED, work.my_requests[3].days_left),
    ]
    assert work.my_requests[0].customer_name == "Mäkinen Maija"
    assert work.my_requests[0].customer_number == "100001"
    assert work.my_requests[3].customer_name == ""  # not yet matched to a customer
    # An agent has no queue, no staff list, no audit part.
    assert work.queue is None and work.staff is None and work.audit is None


def test_a_request_the_agent_has_claimed_is_in_their_own_list(database, register):
    with database.transaction() as session:
        request = session.query(DataRequest).filter_by(reference="TP-2026-00007").one()
        request.claimed_by, request.claimed_at, request.claim_active_at = AGENT.username, MONDAY, MONDAY
    work = wl.WorklistService(database, AGENT, clock=lambda: MONDAY).load()
    assert "TP-2026-00007" in [i.reference for i in work.my_requests]  # assigned to mlaine, claimed by Aino


def test_due_soon_counts_working_days():
    friday = dt.date(2026, 12, 4)
    # Sat, Sun (Independence Day), Mon … Fri: five working days from Monday to Friday.
    assert wl.working_days_between(friday, dt.date(2026, 12, 11)) == 5
    assert wl.urgency(7, 5, paused=False) == wl.DUE_SOON
    assert wl.urgency(8, 6, paused=False) == wl.ON_TIME
    assert wl.urgency(0, 0, paused=False) == wl.DUE_SOON  # due today
    assert wl.urgency(-1, 0, paused=False) == wl.OVERDUE


def test_supervisor_sees_the_whole_queues_pressing_items_and_their_own(database, register):
    work = wl.WorklistService(database, SUPERVISOR, clock=lambda: MONDAY).load()
    assert [i.reference for i in work.my_requests] == ["TP-2026-00006"]
    assert work.queue is not None
    assert (work.queue.open_count, work.queue.overdue_count, work.queue.due_soon_count) == (6, 2, 2)
    assert [(i.reference, i.urgency, i.assigned_to) for i in work.queue.items] == [
        ("TP-2026-00007", wl.OVERDUE, "mlaine"), ("TP-2026-00001", wl.OVERDUE, AGENT.username),
        ("TP-2026-00006", wl.DUE_SOON, SUPERVISOR.username), ("TP-2026-00002", wl.DUE_SOON, AGENT.username)]


def test_recent_calls_and_recently_opened_customers_are_the_users_own(database, register):
    now = dt.datetime.now(dt.UTC)
    with database.transaction() as session:
        session.add_all([
            Call(customer_id=register["olli"], agent_username=AGENT.username, started_at=now - dt.timedelta(hours=2),
                 ended_at=now - dt.timedelta(hours=1, minutes=50), subject="Muutto"),
            Call(customer_id=None, agent_username=AGENT.username, started_at=now - dt.timedelta(minutes=5)),
            Call(customer_id=register["maija"], agent_username=AGENT.username, started_at=now - dt.timedelta(days=30),
                 ended_at=now - dt.timedelta(days=30)),
            Call(customer_id=register["pirjo"], agent_username="mlaine", started_at=now - dt.timedelta(hours=1)),
        ])
        for who, customer in ((AGENT, "maija"), (AGENT, "pirjo"), ("mlaine", "olli"), (AGENT, "maija")):
            audit.append(session, who, "customer_opened", customer_id=register[customer], purpose="call")
    work = wl.WorklistService(database, AGENT).load()
    assert [(c.customer_name, c.subject, c.ended) for c in work.recent_calls] == [
        ("", None, False), ("Ojala Olli", "Muutto", True)]
    assert [(c.name, c.customer_number) for c in work.recent_customers] == [
        ("Mäkinen Maija", "100001"), ("Peltola Pirjo", "100003")]
    assert all(c.last_opened_at.tzinfo is not None for c in work.recent_customers)


def test_admin_sees_who_needs_help_signing_in_and_no_customer_data(database, register):
    now = dt.datetime.now(dt.UTC)
    with database.transaction() as session:
        session.add_all([
            StaffUser(username="uusi", display_name="Uusi Työntekijä", role="agent"),
            StaffUser(username="lukossa", display_name="Lukossa Oleva", role="agent", failed_logins=5,
                      locked_until=now + dt.timedelta(minutes=10), last_login_at=now - dt.timedelta(days=3)),
            StaffUser(username="tanaan", display_name="Tänään Kirjautunut", role="supervisor", last_login_at=now),
            StaffUser(username="poissa", display_name="Poistettu", role="agent", active=False),
        ])
    work = wl.WorklistService(database, ADMIN).load()
    assert work.my_requests == () and work.queue is None and work.recent_calls == () and work.recent_customers == ()
    assert work.staff is not None
    assert [(s.username, s.locked_until is not None, s.last_login_at is None) for s in work.staff.attention] == [
        ("lukossa", True, False), ("uusi", False, True)]
    counts = {c.role: (c.users, c.signed_in_today) for c in work.staff.by_role}
    assert counts["agent"] == (2, 0) and counts["supervisor"] == (1, 1)


def test_auditor_sees_todays_notable_rows_and_an_intact_chain(database, register):
    with database.transaction() as session:
        audit.append(session, SUPERVISOR, "hetu_reveal", customer_id=register["maija"], purpose="request")
        audit.append(session, "tuntematon", "login_failed", detail={"reason": "unknown_user"})
        audit.append(session, AGENT, "customer_opened", customer_id=register["olli"], purpose="call")
    work = wl.WorklistService(database, AUDITOR).load()
    assert work.my_requests == () and work.recent_calls == () and work.staff is None
    assert work.audit is not None
    assert dict(work.audit.counts) == {"hetu_reveal": 1, "login_failed": 1}
    assert [(i.action, i.actor, i.customer_number) for i in work.audit.items] == [
        ("login_failed", "tuntematon", None), ("hetu_reveal", SUPERVISOR.username, "100001")]
    assert work.audit.chain_intact is True and work.audit.rows_today == 3


def test_auditor_is_told_when_todays_chain_is_broken(database, register):
    with database.transaction() as session:
        for n in range(3):
            audit.append(session, AGENT, "customer_opened", customer_id=register["maija"], purpose=f"p{n}")
    seal_pending(database)  # rows are tamper-evident once sealed (by the next transaction, or a verification)
    with database.transaction() as session:
        middle = session.scalars(text("SELECT id FROM audit_event ORDER BY id")).all()[1]
        # As someone with the file or superuser rights would: past the append-only triggers.
        if database.is_postgres:
            session.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete"))
        else:
            session.execute(text("DROP TRIGGER IF EXISTS audit_event_no_update"))
        session.execute(text("UPDATE audit_event SET purpose = 'forged' WHERE id = :id"), {"id": middle})
    work = wl.WorklistService(database, AUDITOR).load()
    assert work.audit is not None and work.audit.chain_intact is False and work.audit.first_bad_id == middle


@pytest.fixture
def agent_login(database: Database) -> Iterator[tuple[Database, str]]:
    assert database.is_postgres, "desk logins are PostgreSQL roles: mark the test @ON_POSTGRES"
    login = f"agent_{uuid.uuid4().hex[:8]}"
    UserAdminService(database, Actor("setup", Role.ADMIN)).create_user(login, Role.AGENT, "kolme-kertaa-toistettu")
    url = database.engine.url.set(username=login, password=None)
    own = Database(make_engine(url.render_as_string(hide_password=False)))
    yield own, login
    own.dispose()


@ON_POSTGRES
def test_a_desk_login_reads_only_its_own_openings_from_the_log_it_cannot_read(database, register, agent_login):
    own, login = agent_login
    with database.transaction() as session:
        audit.append(session, login, "customer_opened", customer_id=register["pirjo"], purpose="call")
        audit.append(session, "mlaine", "customer_opened", customer_id=register["olli"], purpose="call")
    with own.transaction() as session, pytest.raises(Exception, match="permission denied"):
        session.execute(text("SELECT count(*) FROM audit_event"))
    work = wl.WorklistService(own, Actor(login, Role.AGENT)).load()
    assert [c.name for c in work.recent_customers] == ["Peltola Pirjo"]
    # Naming somebody else does not help: the function answers for the login itself.
    cheat = wl.WorklistService(own, Actor("mlaine", Role.AGENT)).load()
    assert [c.name for c in cheat.recent_customers] == ["Peltola Pirjo"]
