"""Database failures produced by the real drivers become the desk's own errors (db.errors), with a message
that says what happened and what to do — a locked, read-only, full or damaged SQLite file; a read-only
PostgreSQL transaction, a lock timeout, a NUL byte, a server that cannot be reached, a serialization failure.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from db_templates import ON_POSTGRES, ON_SQLITE
from sqlalchemy import event, select, text
from sqlalchemy.exc import DBAPIError

from db import errors
from db.database import Database
from db.models import StaffUser
from desktop.core.roles import Actor, Role
from desktop.operations.runner import is_connection_error, run_classified
from desktop.services.calls import CallService
from desktop.tooling.setup import initialise_database

AGENT = Actor("aino.agent", Role.AGENT, "Aino")


def on_connect(database: Database, statement: str) -> None:
    """Run ``statement`` on every new connection of ``database`` (after the engine's own pragmas)."""
    def run(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()
        if not isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.commit()  # a SET rolled back with the connect's transaction would be lost
    database.engine.dispose()
    event.listen(database.engine, "connect", run)


def add_user(database: Database, name: str = "bertil") -> None:
    with database.transaction() as session:
        session.add(StaffUser(username=name, display_name=name.title(), role="agent"))


def raised(fn: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as caught:
        fn()
    return caught.value


# -- SQLite --------------------------------------------------------------------------------------------


@ON_SQLITE
def test_a_file_another_workstation_keeps_locked_is_busy_not_a_lost_connection(database: Database) -> None:
    on_connect(database, "PRAGMA busy_timeout = 50")  # the engine waits 5 s; the test need not
    other = sqlite3.connect(database.file_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        problem = raised(lambda: add_user(database))
    finally:
        other.close()
    assert isinstance(problem, errors.DatabaseBusy)
    assert str(problem) == ("Another workstation is saving to the database right now, so nothing was saved. "
                            "Try again in a moment.")
    assert not is_connection_error(problem)


@ON_SQLITE
def test_a_read_only_file_says_so_and_names_the_file(database: Database) -> None:
    on_connect(database, "PRAGMA query_only = ON")  # as a read-only file does; chmod does not stop root
    problem = raised(lambda: add_user(database))
    assert isinstance(problem, errors.ReadOnlyDatabase)
    assert str(problem) == ("The database file is read-only, so nothing was saved: ask IT to check the file's "
                            f"permissions ({database.file_path}).")
    assert not is_connection_error(problem)


@ON_SQLITE
def test_a_read_only_file_opened_read_only_is_the_same(database: Database, tmp_path) -> None:
    add_user(database, "first")
    database.dispose()
    read_only = Database.connect(f"sqlite:///file:{database.file_path}?mode=ro&uri=true")
    try:
        problem = raised(lambda: add_user(read_only))
    finally:
        read_only.dispose()
    assert isinstance(problem, errors.ReadOnlyDatabase)


@ON_SQLITE
def test_a_full_disk_says_nothing_was_saved(database: Database) -> None:
    with database.transaction() as session:
        pages = session.scalar(text("PRAGMA page_count"))
    on_connect(database, f"PRAGMA max_page_count = {pages}")  # no room for one more page, as on a full disk

    def write_a_lot() -> None:
        with database.transaction() as session:
            session.add_all([StaffUser(username=f"user{i}", display_name="x" * 100, role="agent")  # the column holds 100
                             for i in range(200)])

    problem = raised(write_a_lot)
    assert isinstance(problem, errors.DiskFull)
    assert str(problem).startswith("The disk is full: nothing was saved.")
    with database.transaction() as session:
        assert session.scalar(select(StaffUser.username).where(StaffUser.username == "user0")) is None


def test_a_damaged_file_is_named_damaged(tmp_path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database file, it was overwritten" * 100)
    database = Database.connect(str(path))
    try:
        problem = raised(lambda: add_user(database))
    finally:
        database.dispose()
    assert isinstance(problem, errors.DatabaseUnusable)
    assert "is damaged" in str(problem) and str(path) in str(problem)


# -- PostgreSQL ----------------------------------------------------------------------------------------


@ON_POSTGRES
def test_a_read_only_server_transaction_says_so(database: Database) -> None:
    on_connect(database, "SET default_transaction_read_only = on")
    problem = raised(lambda: add_user(database))
    assert isinstance(problem, errors.ReadOnlyDatabase)
    assert str(problem).startswith("The database accepts no changes at the moment (it is read-only)")


@ON_POSTGRES
def test_a_lock_held_too_long_is_busy(database: Database) -> None:
    on_connect(database, "SET lock_timeout = '100ms'")
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as other:
        other.execute("LOCK TABLE staff_user IN ACCESS EXCLUSIVE MODE")
        problem = raised(lambda: add_user(database))
    assert isinstance(problem, errors.DatabaseBusy)


@ON_POSTGRES
def test_a_nul_byte_past_the_orm_is_invalid_text(database: Database) -> None:

    def insert() -> None:
        with database.transaction() as session:
            session.execute(text("INSERT INTO staff_user (username, display_name, role, active, failed_logins) "
                                 "VALUES ('x', :name, 'agent', true, 0)"), {"name": "Nul\x00Name"})

    problem = raised(insert)
    assert isinstance(problem, errors.InvalidText)


def test_an_unreachable_server_is_a_lost_connection() -> None:
    database = Database.connect("postgresql://nobody@127.0.0.1:1/palvelutiski")
    try:
        problem = raised(lambda: add_user(database))
    finally:
        database.dispose()
    assert isinstance(problem, errors.ConnectionLost)
    assert is_connection_error(problem)


def test_a_full_server_disk_is_classified_by_its_sqlstate() -> None:
    # A server's full disk cannot be made in a test; the driver's own error class carries its SQLSTATE.
    exc = DBAPIError.instance("INSERT", {}, psycopg.errors.DiskFull("could not extend file"), psycopg.Error)
    problem = errors.classify(exc)
    assert isinstance(problem, errors.DiskFull)
    assert str(problem).startswith("The database server's disk is full: nothing was saved.")


def _serialization_failure(database: Database) -> DBAPIError:
    """A real 40001: our REPEATABLE READ transaction updates a row a colleague changed after our snapshot."""
    url = database.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with database.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            conn.execute(text("SELECT count(*) FROM staff_user"))
            with psycopg.connect(url, autocommit=True) as other:
                other.execute("UPDATE staff_user SET display_name = 'Colleague' WHERE username = 'bertil'")
            with pytest.raises(DBAPIError) as caught:
                conn.execute(text("UPDATE staff_user SET display_name = 'Me' WHERE username = 'bertil'"))
    return caught.value


@ON_POSTGRES
def test_a_serialization_failure_is_retried_once_when_nothing_was_committed(database: Database) -> None:
    add_user(database)
    failure = _serialization_failure(database)
    assert isinstance(errors.classify(failure), errors.ConcurrentUpdate)
    assert errors.classify(failure).retryable

    calls: list[int] = []

    def work() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise failure
        return "done"

    assert run_classified(work) == "done"
    assert len(calls) == 2

    def always() -> None:
        calls.append(1)
        raise failure

    calls.clear()
    problem = raised(lambda: run_classified(always))
    assert isinstance(problem, errors.ConcurrentUpdate) and len(calls) == 2  # once more, then the message

    def committed_first() -> None:
        calls.append(1)
        add_user(database, f"u{len(calls)}")  # a committed transaction: running again would do it twice
        raise failure

    calls.clear()
    problem = raised(lambda: run_classified(committed_first))
    assert isinstance(problem, errors.ConcurrentUpdate) and len(calls) == 1


# -- both ----------------------------------------------------------------------------------------------


def test_pasted_control_characters_never_fail_a_save(database: Database) -> None:
    """A NUL pasted into call notes made PostgreSQL refuse the save and left the call open."""
    initialise_database(database, "keminmaa", "admin_x", "Ylläpitäjä-2024")
    calls = CallService(database, AGENT)
    call = calls.start_call(None)
    ended = calls.end_call(call.call_id, "Asiakas soitti\x00 laskusta.\r\nSoitto\x07 päättyi.")
    assert ended.ended_at is not None
    assert ended.notes == "Asiakas soitti laskusta.\nSoitto päättyi."
    assert calls.call(call.call_id).notes == "Asiakas soitti laskusta.\nSoitto päättyi."
