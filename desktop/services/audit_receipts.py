"""Receipts of the audit chain, taken automatically and kept on the auditor's workstation.

A chain that verifies shows only that nothing changed *between* rows: whoever may rewrite the database
(a DBA, the PostgreSQL superuser, anyone who copies the SQLite file) can cut rows from the end, or rewrite
the tail with fresh hashes, and leave a valid shorter chain. A receipt, ``"<seal_no>:<row_hash>"`` of the
chain's head, kept *outside* the database catches both: the chain must still carry that hash at that
position (:func:`db.audit.extends`).

The receipt book is one small JSON file per database in the auditor's own data folder (0600; the folder
0700), named by a hash of :attr:`db.database.Database.identity` — the file's path or the servers and
database name, never anything stored in the database, which the same attacker could change. It holds
positions and hashes only: nothing secret, nothing about customers.

A receipt is taken after each verification that passes and, once a day, of the head when the auditor's
start page loads. Before either, the latest receipt must still be extended; while it is not, no new
receipt is taken (a fresh one would hide the warning) and the desk says so in red. Verification without
a typed receipt compares against the latest stored one.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

from db import audit
from db.base import utcnow
from db.database import Database
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import format_moment, local_date
from desktop.core.roles import Actor, Permission
from desktop.core.text import spreadsheet_row
from desktop.services.audit_dtos import (
    DAILY,
    VERIFICATION,
    ReceiptCheck,
    ReceiptedVerification,
    StoredReceipt,
    Tr,
)
from desktop.services.audit_report import verify_chain

FOLDER_NAME = "audit-receipts"  # in the user's data folder (db.engine.user_data_dir)
BOOK_VERSION = 1
CSV_HEADER = (N_("Taken (Finnish time)"), N_("Taken (UTC)"), N_("Receipt"), N_("Taken by"), N_("Occasion"))
OCCASIONS = {VERIFICATION: N_("verification"), DAILY: N_("daily head")}


class ReceiptBookUnreadable(DomainError):
    def __init__(self, path: Path) -> None:
        super().__init__(N_("The receipt book {path} cannot be read. Keep a copy of it, then check the audit "
                            "chain against your printed or saved receipts."), path=str(path))


class ReceiptBook:
    """The receipts of one database, oldest first, in ``folder``."""

    def __init__(self, folder: Path, database_identity: str) -> None:
        self.folder = folder
        self.identity = database_identity
        key = hashlib.sha256(database_identity.encode("utf-8")).hexdigest()[:24]
        self.path = folder / f"audit-receipts-{key}.json"

    def entries(self) -> tuple[StoredReceipt, ...]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return tuple(StoredReceipt.from_json(e) for e in data["receipts"])
        except FileNotFoundError:
            return ()
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ReceiptBookUnreadable(self.path) from exc

    def latest(self) -> StoredReceipt | None:
        entries = self.entries()
        return max(entries, key=lambda e: (e.seal_no, e.taken_at)) if entries else None

    def add(self, receipt: StoredReceipt) -> None:
        """Append, written to a 0600 file beside the book and renamed over it (never half written)."""
        entries = [*self.entries(), receipt]
        if not self.folder.exists():
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)  # mkdir's mode is filtered by the umask
        text = json.dumps({"version": BOOK_VERSION, "database": self.identity,
                           "receipts": [e.as_json() for e in entries]}, indent=1, ensure_ascii=False)
        partial = self.path.with_suffix(".partial")
        fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(partial, 0o600)
        os.replace(partial, self.path)

    def csv_text(self, tr: Tr = str) -> str:
        """The book for a spreadsheet or a folder elsewhere: one row per receipt, oldest first."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([tr(h) for h in CSV_HEADER])
        for e in self.entries():
            writer.writerow(spreadsheet_row((format_moment(e.taken_at, seconds=True),
                                             e.taken_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                             e.receipt, e.taken_by, tr(OCCASIONS.get(e.occasion, e.occasion)))))
        return buffer.getvalue()

    def export(self, target: Path, tr: Tr = str) -> Path:
        """Write :meth:`csv_text` to ``target`` (UTF-8 with a BOM, as spreadsheets expect)."""
        target.write_text(self.csv_text(tr), encoding="utf-8-sig", newline="")
        return target


class AuditReceiptService:
    """The auditor's receipts of one database, kept in ``folder`` (the user's data folder, passed in)."""

    def __init__(self, database: Database, actor: Actor, folder: Path,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.book = ReceiptBook(folder, database.identity)
        self.clock = clock

    def check(self) -> ReceiptCheck:
        """Whether the chain still carries the latest receipt's hash at its position."""
        self.actor.require(Permission.VERIFY_AUDIT)
        latest = self.book.latest()
        if latest is None:
            return ReceiptCheck(None, True)
        with self.database.transaction() as session:
            extended = audit.extends(session, latest.seal_no, latest.row_hash)
        return ReceiptCheck(latest, extended)

    def daily(self) -> ReceiptCheck:
        """:meth:`check`, then the head as today's receipt unless one was taken today (Finnish day)."""
        check = self.check()
        today = local_date(self.clock())
        if check.broken or (check.latest is not None and any(
                e.occasion == DAILY and local_date(e.taken_at) == today for e in self.book.entries())):
            return check
        with self.database.transaction() as session:
            seal_no, row_hash = audit.head(session)
        taken = self._take(seal_no, row_hash, DAILY)
        return ReceiptCheck(check.latest, True, taken)

    def verify(self, typed: str | None = None) -> ReceiptedVerification:
        """Check the latest receipt, verify the whole chain against ``typed`` (else the latest receipt),
        and take a receipt of the head when it verifies and the latest receipt is still extended."""
        check = self.check()
        compared_with = typed if typed is not None else (check.latest.receipt if check.latest else None)
        result = verify_chain(self.database, compared_with)
        taken = self._take(result.count, result.head_hash, VERIFICATION) if result.ok and check.extended else None
        return ReceiptedVerification(result, check, compared_with, taken)

    def export(self, target: Path, tr: Tr = str) -> Path:
        self.actor.require(Permission.VERIFY_AUDIT)
        return self.book.export(target, tr)

    def _take(self, seal_no: int, row_hash: str, occasion: str) -> StoredReceipt | None:
        if seal_no == 0:
            return None  # an empty chain: nothing to hold it to
        receipt = StoredReceipt(self.clock(), seal_no, row_hash, self.actor.username, occasion)
        self.book.add(receipt)
        return receipt

