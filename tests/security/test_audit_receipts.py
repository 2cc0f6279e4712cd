"""Receipts taken automatically and kept on the auditor's workstation catch what a valid chain cannot:
rows cut from the end (and the chain carried on from there), without anyone having written a receipt
down. Tampering as in test_audit_chain: the superuser with triggers off, or SQLite with them dropped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
from pathlib import Path

import pytest

from db.database import Database
from desktop.core.roles import Actor, PermissionDenied, Role
from desktop.services import audit_receipts
from desktop.services.audit_dtos import DAILY, TRUNCATED, VERIFICATION
from desktop.services.audit_receipts import AuditReceiptService, ReceiptBookUnreadable
from tests.security.test_audit_chain import AGENT, AUDITOR, fill, remove

NOON = dt.datetime(2026, 12, 5, 10, 0, tzinfo=dt.UTC)  # 12:00 in Helsinki


class Clock:
    def __init__(self, now: dt.datetime = NOON) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def service(database: Database, folder: Path, clock: Clock | None = None,
            actor: Actor = AUDITOR) -> AuditReceiptService:
    return AuditReceiptService(database, actor, folder, clock or Clock())


def test_a_passing_verification_keeps_a_private_receipt_and_the_next_compares_against_it(
        database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    fill(database)
    first = service(database, folder).verify()
    assert first.result.ok and first.compared_with is None and first.check.latest is None
    assert first.taken is not None and first.taken.receipt == first.result.receipt
    assert (first.taken.seal_no, first.taken.taken_by, first.taken.occasion) == (6, AUDITOR.username, VERIFICATION)
    book = service(database, folder).book
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    stored = json.loads(book.path.read_text(encoding="utf-8"))
    assert stored["database"] == database.identity and "password" not in book.path.read_text()
    assert stored["receipts"][0]["taken_at"] == NOON.isoformat()

    fill(database, 2)
    second = service(database, folder).verify()
    assert second.result.ok and second.compared_with == first.taken.receipt and second.check.extended
    assert [e.seal_no for e in book.entries()] == [6, 8]


def test_tail_deletion_after_a_stored_receipt_is_caught_without_typing_anything(
        database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    ids = fill(database)
    taken = service(database, folder).verify().taken
    assert taken is not None
    remove(database, "id >= :id", id=ids[4])  # the newest two rows, their seals and the sealer's head

    check = service(database, folder).check()
    assert check.broken and check.latest == taken
    assert check.describe() == (f"The audit trail no longer extends the receipt taken on 5.12.2026 12:00 "
                                f"({taken.receipt}): rows were removed or rewritten after it.")
    again = service(database, folder).verify()  # nothing typed: the stored receipt is compared against
    assert again.check.broken and again.compared_with == taken.receipt
    assert not again.result.ok and again.result.problem == TRUNCATED and again.taken is None
    # No new receipt hides it: not the next day's head either.
    later = service(database, folder, Clock(NOON + dt.timedelta(days=1))).daily()
    assert later.broken and later.taken is None
    assert service(database, folder).book.entries() == (taken,)


def test_the_tail_rewritten_and_the_chain_carried_on_past_the_receipt_is_caught(
        database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    ids = fill(database)
    taken = service(database, folder).daily().taken
    assert taken is not None and (taken.seal_no, taken.occasion) == (6, DAILY)
    remove(database, "id >= :id", id=ids[3])
    fill(database, 5)  # the chain is longer than the receipt again, and verifies on its own
    assert service(database, folder).check().broken
    assert not service(database, folder).verify().result.ok


def test_a_daily_head_at_most_once_a_finnish_day(database: Database, tmp_path: Path) -> None:
    folder, clock = tmp_path / "receipts", Clock()
    assert service(database, folder, clock).daily().taken is None  # an empty chain holds nothing
    fill(database, 3)
    first = service(database, folder, clock).daily()
    assert first.extended and first.taken is not None and first.taken.seal_no == 3
    fill(database, 1)
    clock.now = NOON + dt.timedelta(hours=11)  # 23:00 in Helsinki: the same day
    assert service(database, folder, clock).daily().taken is None
    clock.now = NOON + dt.timedelta(hours=12)  # 00:00 the next day
    second = service(database, folder, clock).daily()
    assert second.latest == first.taken and second.taken is not None and second.taken.seal_no == 4


def test_the_book_saves_as_csv_in_finnish_time(database: Database, tmp_path: Path) -> None:
    fill(database, 2)
    receipts = service(database, tmp_path / "receipts")
    taken = receipts.verify().taken
    assert taken is not None
    target = receipts.export(tmp_path / "kuitit.csv")
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows == [list(audit_receipts.CSV_HEADER),
                    ["5.12.2026 12:00:00", "2026-12-05T10:00:00Z", taken.receipt, AUDITOR.username, "verification"]]


def test_each_database_has_its_own_book_and_only_the_auditor_uses_it(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "receipts"
    other = service(database, folder).book
    assert other.identity == database.identity and "@" not in database.identity
    assert audit_receipts.ReceiptBook(folder, database.identity + "x").path != other.path
    with pytest.raises(PermissionDenied):
        service(database, folder, actor=AGENT).check()
    with pytest.raises(PermissionDenied):
        service(database, folder, actor=Actor("sanna", Role.SUPERVISOR)).verify()


def test_an_unreadable_book_is_said_so(database: Database, tmp_path: Path) -> None:
    receipts = service(database, tmp_path)
    receipts.book.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReceiptBookUnreadable) as refused:
        receipts.check()
    assert str(receipts.book.path) in str(refused.value.params)
