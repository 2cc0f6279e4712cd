"""The audit log is append-only and its chain exposes edits, deletions and truncation (both databases).

Tampering is done the way an attacker with the most power would: as the PostgreSQL superuser with
triggers switched off, or on SQLite after dropping the triggers from the file.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db import audit
from db.database import Database
from db.errors import NotPermitted
from db.models import AuditEvent, AuditSeal
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services import audit_report
from desktop.services.audit_dtos import InvalidReceipt
from desktop.services.audit_report import AuditReportService, verify_chain

AGENT = Actor("aino", Role.AGENT)
SUPERVISOR = Actor("sanna", Role.SUPERVISOR)
AUDITOR = Actor("tuomas", Role.AUDITOR)


def fill(database: Database, n: int = 6) -> list[int]:
    with database.transaction() as session:
        for i in range(n):
            audit.append(session, AGENT if i % 2 else SUPERVISOR, "customer_opened", customer_id=100 + i % 3,
                         purpose=("call", "letter", "request")[i % 3],
                         detail={"note": f"Äänekoski № {i}", "n": i} if i % 2 else None)
    audit_report.seal_pending(database)  # what the next transaction or verification does
    with database.transaction() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def tamper(database: Database, *statements: str, **params: object) -> None:
    with database.engine.begin() as conn:
        if database.is_postgres:
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")  # superuser: triggers off
        else:
            for table in ("audit_event", "audit_seal"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_update")
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for sql in statements:
            conn.execute(text(sql), params)


def remove(database: Database, condition: str, **params: object) -> None:
    """Rows removed as a careful attacker would: the rows, their seals, and the sealer's head put back."""
    tamper(database, f"DELETE FROM audit_seal WHERE event_id IN (SELECT id FROM audit_event WHERE {condition})",
           f"DELETE FROM audit_event WHERE {condition}",
           "UPDATE audit_seal_state SET head_no = (SELECT coalesce(max(seal_no), 0) FROM audit_seal),"
           f" head_hash = coalesce((SELECT row_hash FROM audit_seal ORDER BY seal_no DESC LIMIT 1), '{audit.GENESIS}'),"
           " sealed_upto = 0, sealed_max = (SELECT coalesce(max(event_id), 0) FROM audit_seal), pending_upto = NULL,"
           " pending_xmax = NULL", **params)


def sealed_hash(database: Database, event_id: int) -> str:
    with database.transaction() as session:
        return session.scalar(select(AuditSeal.row_hash).where(AuditSeal.event_id == event_id))


def test_intact_chain_verifies_and_gives_a_receipt(database: Database) -> None:
    assert verify_chain(database) == audit_report.VerifyResult(ok=True, head_hash=audit.GENESIS, count=0)
    ids = fill(database)
    result = verify_chain(database)
    head = sealed_hash(database, ids[-1])
    assert (result.ok, result.count, result.head_hash, result.first_bad_id) == (True, 6, head, None)
    assert result.receipt == f"6:{head}"
    assert verify_chain(database, result.receipt).ok
    assert verify_chain(database, f" 6 : {head.upper()} ").ok  # as typed back from paper
    with pytest.raises(InvalidReceipt):
        verify_chain(database, "six:abc")


def test_update_and_delete_are_refused(database: Database) -> None:
    fill(database, 2)
    for statement in ("UPDATE audit_event SET purpose = 'x'", "DELETE FROM audit_event"):
        # PostgreSQL's trigger refuses as a privilege error (the desk says db.errors.NotPermitted), SQLite's aborts.
        with pytest.raises((DBAPIError, NotPermitted)) as refused, database.transaction() as session:
            session.execute(text(statement))
        assert "append-only" in str(getattr(refused.value, "original", None) or refused.value)
    assert verify_chain(database).count == 2


def test_a_modified_row_is_named(database: Database) -> None:
    ids = fill(database)
    tamper(database, "UPDATE audit_event SET purpose = 'correction' WHERE id = :id", id=ids[2])
    result = verify_chain(database)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[2], audit_report.ROW_ALTERED)
    assert str(ids[2]) in result.describe()


def test_a_modified_row_with_a_recomputed_hash_is_caught_by_the_next_row(database: Database) -> None:
    ids = fill(database)
    with database.transaction() as session:
        row = session.get(AuditEvent, ids[1])
        seal = session.scalar(select(AuditSeal).where(AuditSeal.event_id == ids[1]))
        forged = audit.row_hash(seal.prev_hash, seal.seal_no, row.id, row.occurred_at, "someone_else", row.actor_role,
                                row.action, row.customer_id, row.purpose, row.detail)
    tamper(database, "UPDATE audit_event SET actor = 'someone_else' WHERE id = :id",
           "UPDATE audit_seal SET row_hash = :h WHERE event_id = :id", h=forged, id=ids[1])
    result = verify_chain(database)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[2], audit_report.ROW_MISSING)


def test_every_broken_stretch_is_reported_not_only_the_first(database: Database) -> None:
    ids = fill(database, 12)
    tamper(database, "UPDATE audit_event SET purpose = 'x' WHERE id IN (:a, :b)", a=ids[2], b=ids[3])
    remove(database, "id = :id", id=ids[8])
    result = verify_chain(database)
    assert result.ok is False and result.broken_stretch_count == 2
    assert [(s.first_id, s.first_no, s.last_no, s.problem) for s in result.stretches] == [
        (ids[2], 3, 4, audit_report.ROW_ALTERED), (ids[9], 10, 10, audit_report.ROW_MISSING)]


def test_renumbered_rows_are_caught_because_the_id_is_hashed(database: Database) -> None:
    ids = fill(database, 4)
    tamper(database, "UPDATE audit_event SET id = :new WHERE id = :id",
           "UPDATE audit_seal SET event_id = :new WHERE event_id = :id", new=ids[-1] + 100, id=ids[1])
    result = verify_chain(database)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[-1] + 100, audit_report.ROW_ALTERED)
    tamper(database, "UPDATE audit_event SET id = :id WHERE id = :new", new=ids[-1] + 100, id=ids[2] + 200)
    assert verify_chain(database).first_bad_id == ids[-1] + 100  # its seal now names a row that is gone


def test_a_row_removed_without_its_seal_is_named(database: Database) -> None:
    ids = fill(database)
    tamper(database, "DELETE FROM audit_event WHERE id = :id", id=ids[3])
    result = verify_chain(database)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[3], audit_report.ROW_MISSING)


def test_a_deleted_row_is_named(database: Database) -> None:
    ids = fill(database)
    remove(database, "id = :id", id=ids[3])
    result = verify_chain(database)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[4], audit_report.ROW_MISSING)
    remove(database, "id = :id", id=ids[0])
    assert verify_chain(database).first_bad_id == ids[1]  # the first row must follow the genesis hash


def test_truncation_is_caught_against_the_receipt(database: Database) -> None:
    ids = fill(database)
    receipt = verify_chain(database).receipt
    remove(database, "id >= :id", id=ids[4])
    assert verify_chain(database).ok  # a shorter chain is still a chain: this is why receipts exist
    result = verify_chain(database, receipt)
    assert (result.ok, result.count, result.problem) == (False, 4, audit_report.TRUNCATED)
    assert "6" in result.describe() and "4" in result.describe()


def test_a_rewritten_tail_is_caught_against_the_receipt(database: Database) -> None:
    ids = fill(database)
    receipt = verify_chain(database).receipt
    remove(database, "id >= :id", id=ids[4])
    fill(database, 2)  # well-formed new rows in place of the removed ones
    result = verify_chain(database, receipt)
    assert (result.ok, result.count, result.problem) == (False, 6, audit_report.RECEIPT_MISMATCH)
    with database.transaction() as session:
        sixth = session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()[5]
    assert result.first_bad_id == sixth
    assert verify_chain(database, receipt.replace("6:", "4:", 1)).ok is False  # count and hash belong together


def test_who_opened_the_customer(database: Database) -> None:
    fill(database)
    for actor in (SUPERVISOR, AUDITOR):
        entries = AuditReportService(database, actor).accesses_to_customer(101)
        assert [(e.actor, e.role, e.action, e.purpose) for e in entries] == [
            ("aino", "agent", "customer_opened", "letter"), ("sanna", "supervisor", "customer_opened", "letter")]
        assert all(e.when.tzinfo is not None for e in entries)
    assert AuditReportService(database, SUPERVISOR).accesses_to_customer(999) == []
    with pytest.raises(PermissionDenied):
        AuditReportService(database, AGENT).accesses_to_customer(101)
    with pytest.raises(PermissionDenied):
        AuditReportService(database, SUPERVISOR).verify_chain()
    assert AuditReportService(database, AUDITOR).verify_chain().ok
