"""One chunk of the demo-data generator: its spec, its id ranges and its clock.

Shared by the row factories (demo_rows, demo_activity, demo_invoices); it imports none of them, so they
depend on it and not on each other.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

CHUNK = 5000  # customers per chunk
# The most rows of each table one customer can get; a chunk's id range is CHUNK times this.
PER_CUSTOMER = {"postal_address": 2, "contact_point": 4, "bank_account": 1, "usage_site": 12, "contract": 24,
                "consumption_summary": 36, "invoice": 160, "call": 3, "consent_event": 10, "disclosure": 2, "data_request": 2,
                "request_event": 16}


@dataclass(frozen=True)
class ChunkSpec:
    seed: int
    index: int  # chunk number within this run
    first_customer_id: int
    count: int
    id_bases: dict[str, int]  # the largest id already in each table
    profile_key: str
    contract_kinds: tuple[str, ...]
    recording_retention_days: int
    collection_agency: str
    hmac_key: bytes
    today: str  # ISO date: "now" of the generated history
    tz_suffix: str  # "" for SQLite (naive UTC text), "+00" for PostgreSQL
    request_quota: int  # data requests to make in this chunk
    now: str = ""  # ISO naive UTC moment no generated event may pass ("" = noon of ``today``)


class Ids:
    """Hands out the ids of one chunk: table base + chunk offset, checked against the chunk's range."""

    def __init__(self, spec: ChunkSpec) -> None:
        self.next = {t: spec.id_bases[t] + spec.index * CHUNK * cap + 1 for t, cap in PER_CUSTOMER.items()}
        self.limit = {t: self.next[t] + CHUNK * cap for t, cap in PER_CUSTOMER.items()}

    def take(self, table: str) -> int:
        value = self.next[table]
        if value >= self.limit[table]:
            raise RuntimeError(f"demo data: id range of {table} exhausted")
        self.next[table] = value + 1
        return value

    def take_many(self, table: str, count: int) -> int:
        """The first of ``count`` consecutive ids (the invoices of a site are made in one go)."""
        value = self.next[table]
        if value + count > self.limit[table]:
            raise RuntimeError(f"demo data: id range of {table} exhausted")
        self.next[table] = value + count
        return value


class Clock:
    """Timestamps as text in the form each database stores; ``past`` picks times within the last days.

    Moments are naive datetimes meaning UTC (text() is the hot path: isoformat is far cheaper than
    strftime or an aware conversion).
    """

    def __init__(self, spec: ChunkSpec) -> None:
        self.today = dt.date.fromisoformat(spec.today)
        noon = dt.datetime.combine(self.today, dt.time(12))
        # Generated this morning, "noon" would lie ahead: nothing may happen after the real now.
        self.now = min(noon, dt.datetime.fromisoformat(spec.now)) if spec.now else noon
        self.suffix = spec.tz_suffix

    def text(self, moment: dt.datetime) -> str:
        return moment.isoformat(" ", "microseconds") + self.suffix

    def not_after_now(self, moment: dt.datetime) -> dt.datetime:
        return min(moment, self.now - dt.timedelta(minutes=1))

    def past(self, rng: random.Random, days: int, min_days: int = 0) -> dt.datetime:
        # a moment in office hours (Helsinki ≈ UTC+2/+3), as seconds back from noon of "today"; half an
        # hour more back, so that what follows it (a call's end, 20 minutes at most) is past too
        r = rng.random
        seconds = int(r() * (days - min_days + 1)) * 86400 + int(r() * 25200) + 1800
        return self.now - dt.timedelta(seconds=seconds + min_days * 86400, microseconds=int(r() * 1e6))
