"""Erasure from psql (issue 12): a supervisor's own login cannot delete the tables an erasure empties, and
the only way to erase (``desk_erase_vault``, migration 0025) writes its audit row in the same transaction,
so no rollback, savepoint or failing block leaves an erasure without its audit row."""

from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import errors

from tests.requests.request_fixtures import insert_request_data
from tests.security.conftest import Register, Staff, connect_as

pytestmark = pytest.mark.postgres

ERASED = {"call": "customer_id", "call_customer": "customer_id", "customer_note": "customer_id",
          "contract": "customer_id", "usage_site": "customer_id", "postal_address": "customer_id",
          "processing_restriction": "customer_id"}
CATEGORIES = ["calls", "notes", "contracts", "old_addresses", "restrictions"]


def _owner(register: Register) -> psycopg.Connection:
    return psycopg.connect(register.url.replace("+psycopg", ""), autocommit=True)


@pytest.fixture
def maija(pg_register: Register) -> int:
    with _owner(pg_register) as owner:  # the register's regular person has the fixture's identity code
        owner.execute("DELETE FROM person_hetu WHERE customer_id = %s", (pg_register.regular_id,))
    data = insert_request_data(pg_register.database)
    with _owner(pg_register) as owner:
        owner.execute("INSERT INTO customer_note (customer_id, body, created_at, created_by)"
                      " VALUES (%s, 'Soittaa iltapäivisin', now(), 'aino.agent')", (data.maija_id,))
        owner.execute("INSERT INTO postal_address (customer_id, street, postcode, post_town, country, street_key,"
                      " source, valid_from, valid_to) VALUES (%s, 'Vanha tie 1', '94450', 'Keminmaa', 'FI',"
                      " 'vanha tie 1', 'contract', '2010-01-01', '2015-01-01')", (data.maija_id,))
    return data.maija_id


def _counts(register: Register, customer_id: int) -> dict[str, int]:
    with _owner(register) as owner:
        return {t: owner.execute(f"SELECT count(*) FROM {t} WHERE {c} = %s", (customer_id,)).fetchone()[0]
                for t, c in ERASED.items()}


def _vault_audits(register: Register, customer_id: int) -> list[dict[str, int]]:
    with _owner(register) as owner:
        return [json.loads(d) for (d,) in owner.execute(
            "SELECT detail FROM audit_event WHERE action = 'hetu_vault_erased' AND customer_id = %s ORDER BY id",
            (customer_id,))]


def _record(conn: psycopg.Connection, customer_id: int) -> None:
    conn.execute("INSERT INTO erasure_record (customer_id, carried_out_at, carried_out_by, plan, full_anonymisation)"
                 " VALUES (%s, now(), session_user, '[]', false)", (customer_id,))


def test_a_supervisor_cannot_delete_what_an_erasure_deletes_even_with_a_record(
        pg_register: Register, staff: Staff, maija: int) -> None:
    before = _counts(pg_register, maija)
    assert before["call"] and before["customer_note"] and before["contract"] and before["postal_address"] == 3
    with connect_as(pg_register, staff.supervisor) as conn:
        for table, column in ERASED.items():
            with conn.transaction():
                _record(conn, maija)  # an erasure record of one's own does not open the tables
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"DELETE FROM {table} WHERE {column} = %s", (maija,))
                raise_rollback(conn)
    assert _counts(pg_register, maija) == before and _vault_audits(pg_register, maija) == []


def raise_rollback(conn: psycopg.Connection) -> None:
    raise psycopg.Rollback()


def test_the_vault_erases_for_the_callers_own_record_and_audits_it(pg_register: Register, staff: Staff,
                                                                    maija: int) -> None:
    with connect_as(pg_register, staff.supervisor) as conn:
        with pytest.raises(errors.InsufficientPrivilege):  # no record in this transaction
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
        _record(conn, maija)  # committed on its own (autocommit): it authorises nothing later
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
        with conn.transaction():
            _record(conn, maija)
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
    after = _counts(pg_register, maija)
    assert after["call"] == after["customer_note"] == after["contract"] == after["usage_site"] == 0
    assert after["postal_address"] == 1  # the current address stays for the reply
    [audit] = _vault_audits(pg_register, maija)
    assert audit["calls"] == 2 and audit["notes"] == 1 and audit["contracts"] == 3 and audit["old_addresses"] == 2


def test_another_supervisors_record_authorises_nothing(pg_register: Register, staff: Staff, maija: int) -> None:
    with connect_as(pg_register, staff.supervisor) as conn, conn.transaction():
        conn.execute("INSERT INTO erasure_record (customer_id, carried_out_at, carried_out_by, plan,"
                     " full_anonymisation) VALUES (%s, now(), 'someone_else', '[]', false)", (maija,))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
        raise_rollback(conn)


@pytest.mark.parametrize("trick", ["rollback", "savepoint", "failing_block"])
def test_no_rollback_trick_leaves_an_erasure_without_its_audit_row(pg_register: Register, staff: Staff, maija: int,
                                                                   trick: str) -> None:
    before = _counts(pg_register, maija)
    with connect_as(pg_register, staff.supervisor) as conn:
        conn.autocommit = False
        _record(conn, maija)
        if trick == "rollback":
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
            conn.rollback()
        elif trick == "savepoint":  # undo the audit row's subtransaction, keep the rest: the deletes go too
            conn.execute("SAVEPOINT s")
            conn.execute("SELECT desk_erase_vault(%s, %s)", (maija, CATEGORIES))
            conn.execute("ROLLBACK TO SAVEPOINT s")
            conn.commit()
        else:
            with pytest.raises(errors.RaiseException):
                conn.execute(f"DO $$ BEGIN PERFORM desk_erase_vault({maija}, ARRAY['calls', 'notes']);"
                             " RAISE EXCEPTION 'undo the audit'; END $$")
            conn.rollback()
    assert _counts(pg_register, maija) == before
    assert _vault_audits(pg_register, maija) == []
