"""Issue 11: a desk employee with psql and their own login, trying to stop every desk from registering
requests by holding locks (raw psycopg), while colleagues register through the desk's own service.

Reference numbers used to be drawn under one advisory lock anybody could hold. Now (migration 0028) a
registration never waits for another session: it skips numbers whose key is held elsewhere, and the
numbers of honest registrations still run on without a gap.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import event

from db.database import Database
from db.engine import make_engine
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from tests.security.conftest import Register, Staff, connect_as

pytestmark = pytest.mark.postgres

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
OLD_KEY = "SELECT pg_advisory_lock(hashtext('palvelutiski.request_reference'))"
KEY_OF = "SELECT pg_advisory_lock(hashtext('palvelutiski.request_reference'), hashtext(%s))"
RAW_INSERT = ("INSERT INTO data_request (reference, request_type, state, channel, signed, received_on, due_on,"
              " paused_days, created_by, created_at, version)"
              " VALUES (%s, 'access', 'received', 'letter', true, '2026-03-02', '2026-04-02', 0, 'x', now(), 1)")


def ref(number: int) -> str:
    return f"TP-2026-{number:05d}"


@pytest.fixture
def desk(pg_register: Register, staff: Staff) -> Iterator[RequestService]:
    """The desk's own service, connected as a supervisor's login. A lock wait over 3 s fails the statement
    (lock_timeout), so a registration that would wait shows as an error, never as a hung test."""
    url = pg_register.database.engine.url.set(username=staff.supervisor, password=None)
    engine = make_engine(url.render_as_string(hide_password=False))

    @event.listens_for(engine, "connect")
    def _impatient(dbapi_connection: psycopg.Connection, _record: object) -> None:
        dbapi_connection.execute("SET lock_timeout = '3s'")
        dbapi_connection.commit()

    database = Database(engine)
    yield RequestService(database, Actor(staff.supervisor, Role.SUPERVISOR), lambda: NOW)
    database.dispose()


def register(desk: RequestService, customer_id: int) -> str:
    return desk.intake(Intake("access", "letter", True, customer_id=customer_id)).reference


def test_locks_a_desk_login_holds_do_not_stop_registrations(pg_register: Register, staff: Staff,
                                                            desk: RequestService) -> None:
    with connect_as(pg_register, staff.agent) as holder, connect_as(pg_register, staff.agent) as drawer, \
            connect_as(pg_register, staff.agent) as inserter:
        # Session-level advisory locks outlive any transaction: the old shared key, and the first number's.
        holder.execute(OLD_KEY)
        holder.execute(KEY_OF, (ref(1),))
        # A number drawn the desk's way, in a transaction left open.
        drawer.autocommit = False
        assert drawer.execute("SELECT desk_request_reference(2026)").fetchone()[0] == ref(2)
        # A row inserted with the next number by hand, uncommitted (its key is taken on the way in).
        inserter.autocommit = False
        inserter.execute(RAW_INSERT, (ref(3),))

        made = [register(desk, pg_register.regular_id) for _ in range(3)]

        assert made == [ref(4), ref(5), ref(6)]  # no wait; only the numbers held elsewhere are skipped
        inserter.rollback()
        drawer.rollback()
    # Everything released: registrations go on after the last number used.
    assert register(desk, pg_register.regular_id) == ref(7)


def test_a_desk_login_cannot_lock_the_table_or_take_a_number_being_registered(
        pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as agent, connect_as(pg_register, staff.supervisor) as other:
        for mode in ("ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"):
            with pytest.raises(errors.InsufficientPrivilege), agent.transaction():
                agent.execute(f"LOCK TABLE data_request IN {mode} MODE")
        # A reference whose key another session holds is refused at once, not waited for.
        other.execute(KEY_OF, (ref(1),))
        with pytest.raises(psycopg.Error) as refused:
            agent.execute(RAW_INSERT, (ref(1),))
        assert refused.value.sqlstate == "DK010"
        # A registered request's reference cannot be changed to one (nor to anything else).
        agent.execute(RAW_INSERT, (ref(2),))
        with pytest.raises(errors.InsufficientPrivilege):
            agent.execute("UPDATE data_request SET reference = %s WHERE reference = %s", (ref(1), ref(2)))


def test_every_other_column_of_a_request_stays_updatable_by_desk_roles(pg_register: Register) -> None:
    """The UPDATE grant is per column since migration 0028: a column added later needs its own grant."""
    with psycopg.connect(pg_register.url.replace("+psycopg", ""), autocommit=True) as owner:
        columns = {name for (name,) in owner.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = 'data_request'::regclass AND attnum > 0"
            " AND NOT attisdropped")}
        for group in ("desk_agent", "desk_supervisor"):
            updatable = {name for name in columns if owner.execute(
                "SELECT has_column_privilege(%s, 'data_request', %s, 'UPDATE')", (group, name)).fetchone()[0]}
            assert updatable == columns - {"id", "reference"}, group


def test_desks_registering_at_once_get_unique_numbers_without_gaps(pg_register: Register, staff: Staff,
                                                                   desk: RequestService) -> None:
    per_desk = 6
    start = threading.Barrier(2)
    made: list[str] = []
    failures: list[BaseException] = []

    def register_some() -> None:
        start.wait()
        for _ in range(per_desk):
            try:
                made.append(register(desk, pg_register.regular_id))
            except BaseException as exc:  # reported below with the test's own assertion
                failures.append(exc)

    with connect_as(pg_register, staff.agent) as holder:
        holder.execute(OLD_KEY)  # the key everybody once waited for
        threads = [threading.Thread(target=register_some) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
    assert sorted(made) == [ref(n) for n in range(1, 2 * per_desk + 1)]
