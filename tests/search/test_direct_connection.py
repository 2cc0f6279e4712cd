"""The search field's own driver connection (db.direct): it survives a lost connection, reports an
unreachable database like every other path, and its audit rows keep the hash chain intact."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from search_register import Register, add
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from test_customer_search import ASTROM, EVERYONE, HETU_DASH, JUHA

from db import audit, errors
from db.database import Database
from desktop.core.hetu import compose
from desktop.core.roles import Actor
from desktop.operations.runner import is_connection_error
from desktop.services.audit_report import verify_chain
from desktop.services.search import CustomerSearchService

HETU_NOBODY = compose(dt.date(1977, 5, 4), 123)


def test_search_goes_on_after_the_server_drops_its_connection(pg_register: Register, agent: Actor,
                                                              pg_url: str) -> None:
    """A restarted server or a dropped VPN kills the open connection; the next keystroke simply works."""
    add(pg_register, *EVERYONE)
    service = CustomerSearchService(pg_register.database, agent)
    assert [h.customer_number for h in service.search("mäkinen").rows] == [JUHA.number]
    backend = pg_register.database.direct.rows("SELECT pg_backend_pid()", {})[0][0]
    with psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (backend,)).fetchone()[0]

    assert [h.customer_number for h in service.search("mäkinen").rows] == [JUHA.number]
    assert pg_register.database.direct.rows("SELECT pg_backend_pid()", {})[0][0] != backend


def test_an_unreachable_database_is_a_connection_error_for_the_lane(agent: Actor) -> None:
    """Nobody listens on port 1: the desk shows 'no connection', not a program error."""
    database = Database.connect("postgresql://nobody@127.0.0.1:1/palvelutiski")
    try:
        with pytest.raises(OperationalError) as caught:
            CustomerSearchService(database, agent).search("mäkinen")
        assert is_connection_error(caught.value)
    finally:
        database.dispose()


def test_a_failing_statement_comes_as_sqlalchemys_error_and_the_connection_stays_usable(
        register: Register, agent: Actor) -> None:
    add(register, JUHA)
    direct = register.database.direct
    with pytest.raises(DBAPIError) as caught:
        direct.rows("SELECT no_such_column FROM customer WHERE last_name = :typed", {"typed": "Mäkinen"})
    assert not caught.value.connection_invalidated
    assert "Mäkinen" not in str(caught.value)  # what was typed about a customer stays out of error logs
    with pytest.raises(DBAPIError) as caught, register.database.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column FROM customer WHERE last_name = :typed"), {"typed": "Mäkinen"})
    assert "Mäkinen" not in str(caught.value)
    assert [h.customer_number for h in CustomerSearchService(register.database, agent).search("mäk").rows] == [
        JUHA.number]


def test_a_transaction_that_fails_leaves_nothing_behind(register: Register) -> None:
    direct = register.database.direct
    before = direct.rows("SELECT count(*) FROM audit_seal", {})[0][0]
    insert = "INSERT INTO audit_seal (seal_no, event_id, prev_hash, row_hash) VALUES (999999, 999999, 'p', 'h')"
    with pytest.raises(errors.DuplicateEntry):
        with direct.transaction() as conn:
            conn.execute(insert)
            conn.execute(insert)  # seal_no is the key: the second row fails, the first must go too
    assert direct.rows("SELECT count(*) FROM audit_seal", {})[0][0] == before


def test_identity_code_searches_and_other_audit_rows_form_one_unbroken_chain(register: Register,
                                                                             agent: Actor) -> None:
    """The lookup's audit row is written beside SQLAlchemy's own rows; the chain verifies across both."""
    add(register, *EVERYONE)
    service = CustomerSearchService(register.database, agent)
    assert [h.customer_number for h in service.search(HETU_DASH).rows] == [ASTROM.number]
    with register.database.transaction() as session:
        audit.append(session, agent, "open_customer", customer_id=register.ids[ASTROM.number], purpose="call")
    nobody = service.search(HETU_NOBODY)  # a valid code nobody has: audited as not found
    assert (nobody.kind, nobody.rows) == ("hetu", [])
    result = verify_chain(register.database)
    assert result.ok and result.count >= 3, result
