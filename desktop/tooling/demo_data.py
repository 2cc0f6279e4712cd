"""Realistic demo data for an initialised database: ``generate(database, customers, seed)``.

Customers are made in chunks of :data:`demo_rows.CHUNK` (see demo_rows for what a customer gets). For
large runs the chunks are generated in worker processes while this process writes the previous ones;
everything is written in one transaction (all or nothing) through :class:`db.repositories.bulk.BulkWriter`.
The same seed, customer count and ``today`` on an equally empty database give identical data.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from db import at_rest, audit
from db.database import Database
from db.repositories import bulk, settings
from db.repositories.bulk import BulkWriter, RowsClash
from db.repositories.hetu import HMAC_KEY_NAME
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Role
from desktop.services.profiles import ProfileData, stored_profile
from desktop.tooling import demo_activity, demo_letters
from desktop.tooling.demo_chunk import CHUNK, PER_CUSTOMER, ChunkSpec
from desktop.tooling.demo_rows import COLUMNS, generate_chunk

HMAC_SECRET = HMAC_KEY_NAME  # the blind-index key (db.repositories.hetu)
SEALED_TABLES = ("person_hetu", "bank_account")  # db.at_rest.seal_rows on SQLite
MAX_CUSTOMERS = 5_000_000
PARALLEL_FROM = 50_000  # below this, starting worker processes costs more than it saves
COLLECTION_AGENCY = {"keminmaa": "RopoCapital"}  # named in Keminmaa's register description


class DemoDataError(DomainError):
    """Demo data cannot be generated into this database."""


@dataclass(frozen=True)
class DemoReport:
    customers: int
    rows: dict[str, int]
    seconds: float
    first_customer_id: int


def _specs(customers: int, seed: int, first_id: int, bases: dict[str, int], profile: ProfileData, key: bytes,
           today: dt.date, tz_suffix: str, now: str = "") -> list[ChunkSpec]:
    specs = []
    for index, start in enumerate(range(0, customers, CHUNK)):
        count = min(CHUNK, customers - start)
        quota = round(count * 0.004)
        if index == 0:
            quota = max(quota, 2 * len(demo_activity.DEMO_STATES))
        specs.append(ChunkSpec(
            seed=seed, index=index, first_customer_id=first_id + start, count=count, id_bases=bases,
            profile_key=profile.profile_key, contract_kinds=tuple(profile.contract_kinds),
            recording_retention_days=profile.recording_retention_days,
            collection_agency=COLLECTION_AGENCY.get(profile.profile_key, "Perintätoimisto Oy"),
            hmac_key=key, today=today.isoformat(), tz_suffix=tz_suffix, request_quota=min(quota, 2 * count),
            now=now))
    return specs


def _chunks(specs: list[ChunkSpec], workers: int) -> Iterator[dict[str, list[tuple]]]:
    if workers <= 1 or len(specs) < 2:
        yield from map(generate_chunk, specs)
        return
    # spawn, not fork: the parent holds database connections (and perhaps Qt) that a fork would copy.
    # At most two chunks per worker wait to be written, so memory stays flat however slow the database.
    # The workers leave Ctrl+C to the parent, which rolls back and ends them (no traceback from each).
    with multiprocessing.get_context("spawn").Pool(workers, initializer=_ignore_interrupt) as pool:
        pending: deque = deque()
        for spec in specs:
            pending.append(pool.apply_async(generate_chunk, (spec,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def generate(database: Database, customers: int, seed: int = 1, *, actor: Actor | None = None,
             today: dt.date | None = None, workers: int | None = None,
             now: dt.datetime | None = None, progress: Callable[[int, int], None] | None = None) -> DemoReport:
    """Add ``customers`` demo customers (with contracts, history and requests) in one transaction.

    ``progress(done, total)`` is told the customers written so far. Ctrl+C (KeyboardInterrupt) rolls the
    one transaction back and stops the generator processes: nothing half-written remains.
    """
    if not 1 <= customers <= MAX_CUSTOMERS:
        raise DemoDataError(N_("The number of demo customers must be between 1 and {maximum}."),
                           maximum=MAX_CUSTOMERS)
    actor = actor or Actor("demo-data", Role.ADMIN)
    # Today's demo history ends now (naive UTC, as the generator counts); a given day ends at its noon.
    if now is None and today is None:
        now = dt.datetime.now(dt.UTC)
    until = "" if now is None else now.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
    if today is None:
        assert now is not None
        today = now.astimezone(dt.UTC).date()
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if customers >= PARALLEL_FROM else 1
    started = time.perf_counter()
    with database.transaction() as session:
        profile = stored_profile(session)
        key = settings.secret(session, HMAC_SECRET)
        if profile is None or key is None:
            raise DemoDataError(N_("The database is not initialised: run palvelutiski-admin init first."))
        first_id = bulk.next_customer_id(session)
        if first_id + customers >= 9_000_000:
            raise DemoDataError(N_("The database already holds too many customers for more demo data."))
        low, high = str(10_000_000 + first_id), str(10_000_000 + first_id + customers - 1)
        if bulk.customer_numbers_taken(session, low, high):
            raise DemoDataError(N_("Demo customer numbers would clash with existing customers."))
        bases = bulk.largest_ids(session)
        writer = BulkWriter(session)
        specs = _specs(customers, seed, first_id, bases, profile, key, today, writer.timestamp_suffix, until)
        # SQLite: identity codes and IBANs go into the file encrypted (db.at_rest); PostgreSQL keeps them itself.
        sealing = writer.sealing()
        writer.large_load(True)
        # For a load that at least doubles the register, rebuild the plain indexes afterwards.
        rebuild = writer.drop_secondary_indexes(COLUMNS) if customers >= max(PARALLEL_FROM, first_id) else []
        try:
            for index, rows in enumerate(_chunks(specs, workers)):
                for table, columns in COLUMNS.items():
                    writer.write(table, columns, at_rest.seal_rows(sealing, columns, rows[table])
                                 if table in SEALED_TABLES else rows[table])
                if progress is not None:
                    progress(min(customers, (index + 1) * CHUNK), customers)
            writer.create_indexes(rebuild)
        except RowsClash as exc:
            raise DemoDataError(N_("Demo data clashes with data already in the database ({table}); "
                                   "use an empty database."), table=exc.table) from None
        writer.fix_sequences(PER_CUSTOMER)
        letters = demo_letters.add_letters(database, session, bases["data_request"], now=now)
        audit.append(session, actor, "demo_data", detail={"customers": customers, "seed": seed,
                                                          "first_customer_id": first_id, "letters": letters})
        writer.large_load(False)
    bulk.analyse(database.engine)
    return DemoReport(customers, dict(writer.counts), time.perf_counter() - started, first_id)
