"""Issue 10, classes 1-4 and 6: a desk employee with psql and their own login, trying to read identity
codes without a trace, to probe for codes, or to break or freeze the audit trail (raw psycopg)."""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import errors

from desktop.services.audit_report import verify_chain
from tests.security.conftest import REGULAR, Register, Staff, connect_as, pg_lookup, pg_reveal

pytestmark = pytest.mark.postgres

MISSING = "010101-0101"  # well-formed, nobody has it


@contextmanager
def refused(sqlstate: str) -> Iterator[None]:
    """The statement fails with the desk functions' own SQLSTATE (DK001 suspended, DK002 not committed,
    DK003 no such answer)."""
    with pytest.raises(psycopg.Error) as failure:
        yield
    assert failure.value.sqlstate == sqlstate, failure.value


def owner(register: Register) -> psycopg.Connection:
    return psycopg.connect(register.url.replace("+psycopg", ""), autocommit=True)


def audit_rows(register: Register, action: str) -> list[tuple[str, int | None, str | None]]:
    with owner(register) as conn:
        return conn.execute("SELECT actor, customer_id, detail FROM audit_event WHERE action = %s ORDER BY id",
                            (action,)).fetchall()


# -- 1. the caller's transaction cannot take the answer and drop the audit row ------------------------

def test_a_lookup_answers_only_after_its_audit_row_is_committed(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as conn:
        # In one transaction: the answer is refused, so the rollback that follows hides nothing.
        with refused("DK002"), conn.transaction():
            ticket = conn.execute("SELECT desk_hetu_lookup_request(%s)", (REGULAR,)).fetchone()[0]
            conn.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,))
        # Rolled back: the ticket is gone with its audit row; there is nothing to redeem.
        with refused("DK003"):
            conn.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,))
        # A savepoint is still the same transaction.
        with refused("DK002"), conn.transaction():
            with conn.transaction():
                ticket = conn.execute("SELECT desk_hetu_lookup_request(%s)", (REGULAR,)).fetchone()[0]
            conn.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,))
        assert audit_rows(pg_register, "hetu_search") == []
        # The honest way: the request commits, then the answer comes, and the row stays.
        assert pg_lookup(conn, REGULAR) == pg_register.regular_id
    assert audit_rows(pg_register, "hetu_search") == [(staff.agent, pg_register.regular_id, '{"found":true}')]


def test_a_reveal_in_a_block_that_raises_shows_nothing(pg_register: Register, staff: Staff) -> None:
    block = ("DO $$ BEGIN RAISE NOTICE '%', desk_hetu_reveal_result(desk_hetu_reveal_request({id}, 'x'));"
             " RAISE EXCEPTION 'undo'; END $$")
    with connect_as(pg_register, staff.supervisor) as conn:
        notices: list[str] = []
        conn.add_notice_handler(lambda diag: notices.append(diag.message_primary or ""))
        with refused("DK002"):
            conn.execute(block.format(id=pg_register.regular_id))
        assert notices == [] and audit_rows(pg_register, "hetu_reveal") == []
        assert pg_reveal(conn, pg_register.regular_id, "address check") == REGULAR
    assert [r[0] for r in audit_rows(pg_register, "hetu_reveal")] == [staff.supervisor]


def test_another_login_cannot_redeem_a_ticket(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as agent, connect_as(pg_register, staff.supervisor) as other:
        ticket = agent.execute("SELECT desk_hetu_lookup_request(%s)", (REGULAR,)).fetchone()[0]
        with refused("DK003"):
            other.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,))
        assert agent.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,)).fetchone()[0] == pg_register.regular_id
        with refused("DK003"):  # one answer per audit row
            agent.execute("SELECT desk_hetu_lookup_result(%s)", (ticket,))


# -- 2. no function an agent may call tells whether a code exists -------------------------------------

def test_agents_cannot_store_codes_so_storing_is_no_oracle(pg_register: Register, staff: Staff) -> None:
    for login in (staff.agent, staff.supervisor):
        with connect_as(pg_register, login) as conn:
            for code in (REGULAR, MISSING):  # one exists, one does not: the same refusal
                with pytest.raises(errors.InsufficientPrivilege) as refused:
                    conn.execute("SELECT desk_hetu_store(-1, %s, false, 'x')", (code,))
                assert "hmac" not in str(refused.value).lower() and "\\x" not in str(refused.value)
    # Even the owner's store says nothing about the other row (no key, no blind index in the error).
    with owner(pg_register) as conn:
        for customer_id in (-1, pg_register.company_id):
            with pytest.raises(errors.InvalidParameterValue) as refused:
                conn.execute("SELECT desk_hetu_store(%s, %s, false, 'x')", (customer_id, REGULAR))
            assert refused.value.diag.message_detail is None


def test_a_hit_and_a_miss_take_the_same_time(pg_register: Register, staff: Staff) -> None:
    """Timed inside transactions that are rolled back, so nothing counts: the request does the same work."""
    samples: dict[str, list[float]] = {REGULAR: [], MISSING: []}
    with connect_as(pg_register, staff.supervisor) as conn:
        for _ in range(150):
            for code in (REGULAR, MISSING):
                with conn.transaction(force_rollback=True):
                    start = time.perf_counter()
                    conn.execute("SELECT desk_hetu_lookup_request(%s)", (code,))
                    samples[code].append(time.perf_counter() - start)
    hit, miss = statistics.median(samples[REGULAR]), statistics.median(samples[MISSING])
    assert abs(hit - miss) < 0.15 * min(hit, miss) + 50e-6, (hit, miss)


# -- 3. lookups that find nobody are limited per login -----------------------------------------------

def set_limit(register: Register, limit: int) -> None:
    with owner(register) as conn:
        conn.execute("INSERT INTO app_setting (key, value) VALUES ('hetu_lookup_misses_per_hour', %s)", (str(limit),))


def test_misses_suspend_the_login_until_a_supervisor_releases_it(pg_register: Register, staff: Staff) -> None:
    set_limit(pg_register, 3)
    with connect_as(pg_register, staff.agent) as conn:
        assert [pg_lookup(conn, f"01010{i}-0101") for i in range(3)] == [None] * 3
        for code in (REGULAR, MISSING):  # refused now, even for a code that exists
            with refused("DK001"):
                pg_lookup(conn, code)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT desk_hetu_release_login(%s)", (staff.agent,))
    with connect_as(pg_register, staff.supervisor) as conn:
        (suspended,) = conn.execute("SELECT username, misses FROM desk_hetu_suspended_logins()").fetchall()
        assert suspended == (staff.agent, 3)
        with pytest.raises(errors.InsufficientPrivilege):  # nobody releases themselves
            conn.execute("SELECT desk_hetu_release_login(%s)", (staff.supervisor,))
        assert conn.execute("SELECT desk_hetu_release_login(%s)", (staff.agent,)).fetchone()[0] is True
    with connect_as(pg_register, staff.agent) as conn:
        assert pg_lookup(conn, REGULAR) == pg_register.regular_id
    assert [json.loads(d)["username"] for _, _, d in audit_rows(pg_register, "hetu_lookups_suspended")] == [staff.agent]
    assert [r[0] for r in audit_rows(pg_register, "hetu_lookups_released")] == [staff.supervisor]
    assert len(audit_rows(pg_register, "hetu_search_refused")) == 2


def test_parallel_sessions_and_old_snapshots_do_not_stretch_the_limit(pg_register: Register, staff: Staff) -> None:
    set_limit(pg_register, 5)
    answered: list[int] = []

    def probe(n: int) -> None:
        with connect_as(pg_register, staff.agent) as conn:
            for i in range(4):
                try:
                    pg_lookup(conn, f"0201{n:02d}-0{i}01")
                    answered.append(1)
                except psycopg.Error as exc:
                    assert exc.sqlstate in ("DK001", "40001"), exc

    threads = [threading.Thread(target=probe, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answered) == 5
    with connect_as(pg_register, staff.agent) as conn:  # a REPEATABLE READ snapshot sees the suspension too
        conn.execute("SET default_transaction_isolation = 'repeatable read'")
        with refused("DK001"):
            pg_lookup(conn, MISSING)


# -- 4. nobody can fork or freeze the chain ----------------------------------------------------------

def test_a_repeatable_read_appender_cannot_fork_the_chain(pg_register: Register, staff: Staff) -> None:
    with connect_as(pg_register, staff.agent) as stale, connect_as(pg_register, staff.supervisor) as other:
        stale.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        stale.execute("SELECT count(*) FROM customer_masked")  # the snapshot is taken here
        for _ in range(3):
            other.execute("SELECT desk_audit_append(NULL, NULL, 'customer_opened', NULL, 'call', NULL)")
        stale.execute("SELECT desk_audit_append(NULL, NULL, 'customer_opened', NULL, 'call', NULL)")
        stale.execute("COMMIT")
        other.execute("SELECT desk_audit_append(NULL, NULL, 'logout', NULL, NULL, NULL)")
    result = verify_chain(pg_register.database)
    assert (result.ok, result.unsealed) == (True, 0)
    assert result.count == len(audit_rows(pg_register, "customer_opened")) + 5  # 4 user_created + logout


@pytest.mark.parametrize("hold", ["SELECT pg_advisory_lock(hashtext('palvelutiski.audit'))",
                                  "BEGIN; SELECT desk_audit_append(NULL, NULL, 'customer_opened', NULL, 'call', NULL)",
                                  "BEGIN; SELECT desk_audit_seal()"])
def test_no_session_can_make_another_wait_for_the_audit_trail(pg_register: Register, staff: Staff, hold: str) -> None:
    with connect_as(pg_register, staff.agent) as holder, connect_as(pg_register, staff.supervisor) as other, \
            owner(pg_register) as watcher:
        for statement in hold.split("; "):
            holder.execute(statement)
        other.execute("SET lock_timeout = '500ms'")  # waiting on any lock would fail the statement
        for _ in range(5):
            other.execute("SELECT desk_audit_append(NULL, NULL, 'customer_opened', NULL, 'call', NULL)")
            assert pg_lookup(other, REGULAR) == pg_register.regular_id
        waiting = watcher.execute("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'").fetchone()
        assert waiting == (0,)
        holder.rollback() if hold.startswith("BEGIN") else holder.execute("SELECT pg_advisory_unlock_all()")
        other.execute("SELECT desk_audit_seal()")
    result = verify_chain(pg_register.database)
    assert (result.ok, result.unsealed) == (True, 0)


# -- 6. a row that says "reveal" is one ---------------------------------------------------------------

def test_security_actions_cannot_be_forged_through_the_append_function(pg_register: Register, staff: Staff) -> None:
    for login in (staff.agent, staff.supervisor, staff.admin, staff.auditor):
        with connect_as(pg_register, login) as conn:
            for action in ("hetu_reveal", "hetu_search", "user_created", "user_password_set", "audit_chain_resealed"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute("SELECT desk_audit_append(NULL, NULL, %s, 1, NULL, '{}')", (action,))
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("SELECT desk_audit_write(NULL, NULL, 'hetu_reveal', 1, NULL, '{}')")
            for table in ("audit_seal_lock", "audit_seal_state", "audit_seal", "hetu_answer", "hetu_lookup_quota"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(f"SELECT * FROM {table} FOR UPDATE")
    assert audit_rows(pg_register, "hetu_reveal") == []
