"""Two desks at once: simultaneous intake, a sign-off or reassignment a colleague did first, on both databases.

What the user must get: both intakes succeed with their own numbers; a stale sign-off or reassignment is
refused with who did what ("A colleague (sanna.super) signed this request off …"), nothing half-written.
"""

from __future__ import annotations

import threading

import psycopg
import pytest
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData, insert_request_data
from sqlalchemy import func, select, text

from db import migrate
from db.database import Database
from db.engine import make_engine
from db.models import AuditEvent, DataRequest, Letter, StaffUser
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestChanged, RequestInfo, RequestService

SECOND_SUPERVISOR = Actor("sirkka.super", Role.SUPERVISOR, "Sirkka Sjöberg")


def _prepared(database: Database, data: RequestData, clock: Clock) -> RequestInfo:
    """An access request waiting for a supervisor's sign-off."""
    service = RequestService(database, AGENT, clock)
    info = service.intake(Intake("access", "letter", True, customer_id=data.maija_id))
    service.record_identity_check(info.id, "signature_compared")
    return service.transition(info.id, "awaiting_sign_off")


def _count(database: Database, model: type, **where: object) -> int:
    with database.transaction() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalar(query) or 0


def test_two_agents_registering_at_once_both_succeed_with_their_own_numbers(
        database: Database, data: RequestData, clock: Clock) -> None:
    """Two threads, two connections, intakes interleaved: no IntegrityError, no number drawn twice."""
    per_desk = 8
    start = threading.Barrier(2)
    made: list[str] = []
    failures: list[BaseException] = []

    def desk() -> None:
        service = RequestService(database, AGENT, clock)
        start.wait()
        for _ in range(per_desk):
            try:
                made.append(service.intake(Intake("access", "letter", True, customer_id=data.maija_id)).reference)
            except BaseException as exc:  # reported below with the test's own assertion
                failures.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(made) == len(set(made)) == 2 * per_desk
    assert _count(database, DataRequest) == 2 * per_desk


def test_a_sign_off_a_colleague_did_first_is_refused_and_names_the_colleague(
        database: Database, data: RequestData, clock: Clock) -> None:
    info = _prepared(database, data, clock)  # both supervisors' screens show this version
    RequestService(database, SUPERVISOR, clock).sign_off(info.id, expected_version=info.version)
    letters_before = _count(database, Letter, request_id=info.id)

    with pytest.raises(RequestChanged) as caught:
        RequestService(database, SECOND_SUPERVISOR, clock).sign_off(info.id, expected_version=info.version)

    assert str(caught.value) == "A colleague (sanna.super) signed this request off a moment ago — it has been reloaded."
    assert _count(database, Letter, request_id=info.id) == letters_before  # no second reply generated
    assert RequestService(database, SUPERVISOR, clock).get(info.id).state == "ready_to_print"


def test_a_reassignment_a_colleague_did_first_is_refused(database: Database, data: RequestData,
                                                         clock: Clock) -> None:
    with database.transaction() as session:
        session.add(StaffUser(username="bertil.agent", display_name="Bertil Åkerman", role="agent"))
    info = RequestService(database, AGENT, clock).intake(Intake("access", "letter", True, customer_id=data.maija_id))
    RequestService(database, SUPERVISOR, clock).reassign(info.id, "bertil.agent", expected_version=info.version)
    audits = _count(database, AuditEvent, action="request_reassigned")

    with pytest.raises(RequestChanged) as caught:
        RequestService(database, SECOND_SUPERVISOR, clock).reassign(info.id, "aino.agent",
                                                                   expected_version=info.version)
    assert str(caught.value) == ("A colleague (sanna.super) reassigned this request to bertil.agent a moment "
                                 "ago — it has been reloaded.")
    assert RequestService(database, SUPERVISOR, clock).get(info.id).assigned_to == "bertil.agent"
    assert _count(database, AuditEvent, action="request_reassigned") == audits


@pytest.mark.postgres
def test_a_colleagues_sign_off_landing_between_read_and_write_is_refused_too(
        pg_url: str, clock: Clock) -> None:
    """The colleague commits while our sign-off waits for the row: the version counter's UPDATE matches
    nothing (SQLAlchemy's StaleDataError, formerly shown as "The operation failed: StaleDataError")."""
    database = Database(make_engine(pg_url))
    migrate.upgrade(database.engine)
    try:
        data = insert_request_data(database)
        info = _prepared(database, data, clock)
        outcome: list[BaseException | object] = []
        raw_url = pg_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(raw_url) as colleague:
            # The colleague's transaction has changed the row (and holds its lock) but not committed yet.
            colleague.execute("UPDATE data_request SET state = 'ready_to_print', version = version + 1 "
                              "WHERE id = %s", (info.id,))
            colleague.execute("INSERT INTO request_event (request_id, occurred_at, actor_username, kind, "
                              "from_state, to_state) VALUES (%s, now(), 'sanna.super', 'state_changed', "
                              "'awaiting_sign_off', 'ready_to_print')", (info.id,))

            def sign_off() -> None:
                try:
                    outcome.append(RequestService(database, SECOND_SUPERVISOR, clock).sign_off(
                        info.id, expected_version=info.version))
                except BaseException as exc:
                    outcome.append(exc)

            thread = threading.Thread(target=sign_off)
            thread.start()
            with psycopg.connect(raw_url, autocommit=True) as watcher:
                waiting = ("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'")
                while thread.is_alive() and watcher.execute(waiting).fetchone()[0] == 0:
                    threading.Event().wait(0.02)  # polling the server for the blocked UPDATE, not a fixed sleep
            colleague.commit()
            thread.join()
        assert len(outcome) == 1 and isinstance(outcome[0], RequestChanged), outcome
        assert "signed this request off" in str(outcome[0])
        with database.transaction() as session:
            assert session.scalar(text("SELECT count(*) FROM letter WHERE request_id = :id"), {"id": info.id}) == 0
    finally:
        database.dispose()
