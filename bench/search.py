"""Customer search over a million demo customers, on SQLite and PostgreSQL: service against raw SQL.

    .venv/bin/python -m bench.search                      # build both databases (1,000,000 customers), measure
    .venv/bin/python -m bench.search --reuse              # measure again on the databases already built
    .venv/bin/python -m bench.search --customers 20000 --only sqlite

For every query kind it draws ``--queries`` search texts from the data (seeded), then times each one
through ``CustomerSearchService.search`` and through the repository's own statement for it
(db.repositories.search, not a copy) run by hand on a bare driver connection (sqlite3 / psycopg,
parameters prepared in advance), alternating which goes first. Both must return the same customers; a mismatch is counted and reported. The table is
Markdown: median and p95 in milliseconds, and service/raw ratios.

Identity codes drawn for the hetu lookup are read straight from person_hetu by this script (it
connects as the database owner) and are never printed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

from db import at_rest, migrate
from db.database import Database
from db.models import ControllerProfile
from db.repositories import hetu as hetu_vault
from db.repositories import search as search_sql
from desktop.core.roles import Actor, Role
from desktop.core.search_query import MAX_NAME_WORDS
from desktop.core.text import fold
from desktop.services.profiles import get_profile
from desktop.services.search import CustomerSearchService
from desktop.tooling import demo_data

PG_ADMIN = os.environ.get("PALVELUTISKI_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_NAME = os.environ.get("PALVELUTISKI_BENCH_PG_NAME", "palvelutiski_bench_search")
SQLITE_PATH = Path(os.environ.get("PALVELUTISKI_BENCH_SQLITE", "/tmp/palvelutiski-bench/search.sqlite3"))
LIMIT = 50
KINDS = ("name prefix", "two-word name", "street", "phone", "customer number", "metering point", "hetu lookup")
TARGET_MS = {"name prefix": 30, "two-word name": 30, "street": 30}  # the exact ones: 5 ms
MAX_RATIO = 1.3
BENCH_ACTOR = Actor("bench", Role.AGENT)

@dataclass
class Sample:
    text: str  # what the agent types
    query: search_sql.Query | None  # the repository's statement for it, and its parameters
    fallback: Callable[[int], search_sql.Query] | None = None  # top-up for this many rows when fewer than LIMIT+1
    hetu: str | None = field(default=None, repr=False)


class Raw:
    """One open driver connection running the repository's statements for each query kind by hand: what the
    service adds on top (parsing, the search connection's lock, building hits) is the difference measured."""

    def __init__(self, kind: str, target: str) -> None:
        self.kind = kind
        if kind == "sqlite":
            self.conn: Any = sqlite3.connect(target, isolation_level=None)
            # The same page cache the application's engine configures (db.engine._sqlite_pragmas).
            self.conn.execute("PRAGMA cache_size=-200000")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        else:
            self.conn = psycopg.connect(target, autocommit=True)
        self.is_postgres = kind == "postgresql"

    def rows(self, query: search_sql.Query) -> list[tuple]:
        statement, params = query
        return self.conn.execute(search_sql.for_driver(self.is_postgres, statement), params).fetchall()

    def search(self, sample: Sample) -> list[tuple]:
        if sample.hetu is not None:
            return self.hetu_lookup(sample.hetu)
        assert sample.query is not None
        found = unique(self.rows(sample.query), set(), LIMIT + 1)
        if sample.fallback and len(found) <= LIMIT:
            room = LIMIT + 1 - len(found)
            found += unique(self.rows(sample.fallback(room)), {row[0] for row in found}, room)
        return found

    def hetu_lookup(self, code: str) -> list[tuple]:
        """The audited exact lookup through the vault's one implementation (db.repositories.hetu)."""
        if self.is_postgres:
            ticket = self.rows(search_sql.hetu_request_query(BENCH_ACTOR, code))[0][0]
            return self.rows(search_sql.hetu_result_query(ticket))
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            customer_id = hetu_vault.lookup_on_sqlite_driver(self.conn, BENCH_ACTOR, code)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")
        if isinstance(customer_id, hetu_vault.Suspended):
            raise hetu_vault.LookupsSuspended()
        return [] if customer_id is None else self.rows(search_sql.by_id_query(customer_id))

    def close(self) -> None:
        self.conn.close()


# --- building the databases -----------------------------------------------------------------------


def unique(rows: list[tuple], seen: set[int], room: int) -> list[tuple]:
    """The first ``room`` rows of customers not in ``seen`` (the street search returns homes and sites)."""
    out = []
    for row in rows:
        if len(out) == room:
            break
        if row[0] not in seen:
            seen.add(row[0])
            out.append(row)
    return out


def pg_url(name: str) -> str:
    return PG_ADMIN.rpartition("/")[0] + "/" + name


def count_customers(kind: str) -> int:
    try:
        if kind == "sqlite":
            if not SQLITE_PATH.exists():
                return 0
            with sqlite3.connect(SQLITE_PATH) as conn:
                return conn.execute("SELECT count(*) FROM customer").fetchone()[0]
        with psycopg.connect(pg_url(PG_NAME)) as conn:
            return conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    except (sqlite3.Error, psycopg.Error):
        return 0


def build(kind: str, customers: int, seed: int) -> None:
    if kind == "sqlite":
        SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        url = str(SQLITE_PATH)
    else:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{PG_NAME}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{PG_NAME}"')
        url = pg_url(PG_NAME)
    database = Database.connect(url)
    try:
        migrate.upgrade(database.engine)
        with database.transaction() as session:
            session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
            hetu_vault.install_key(session)
        started = time.perf_counter()
        report = demo_data.generate(database, customers, seed)
        print(f"{kind}: generated {report.customers:,} customers in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
        if kind == "postgresql":
            # What autovacuum does soon after a load: the visibility map lets index-only scans skip the heap.
            with psycopg.connect(pg_url(PG_NAME), autocommit=True) as conn:
                conn.execute("VACUUM (ANALYZE) customer, person_hetu, postal_address, contact_point, usage_site")
    finally:
        database.dispose()


def size_text(kind: str) -> str:
    if kind == "sqlite":
        return f"{SQLITE_PATH.stat().st_size / 2**20:.0f} MB"
    with psycopg.connect(pg_url(PG_NAME)) as conn:
        return conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]


# --- drawing the queries -------------------------------------------------------------------------


def draw(raw: Raw, rng: random.Random, table: str, columns: str, where: str, count: int) -> list[tuple]:
    """``count`` random rows of ``table`` (by random id, each an index lookup: no table scans)."""
    low, high = raw.conn.execute(f"SELECT min(id), max(id) FROM {table}").fetchone()
    mark = "?" if raw.kind == "sqlite" else "%s"
    sql = f"SELECT {columns} FROM {table} WHERE id >= {mark} AND {where} ORDER BY id LIMIT 1"
    found: list[tuple] = []
    while len(found) < count:
        row = raw.conn.execute(sql, (rng.randint(low, high),)).fetchone()
        if row:
            found.append(row)
    return found


def phone_as_typed(rng: random.Random, key: str) -> str:
    rest = key[1:]
    return rng.choice((key, f"+358 {rest[:2]} {rest[2:]}", f"0{rest[:2]}-{rest[2:]}", f"0{rest[:2]} {rest[2:5]} {rest[5:]}"))


def samples(raw: Raw, kind: str, count: int, rng: random.Random) -> list[Sample]:
    n = LIMIT + 1
    if kind in ("name prefix", "two-word name"):
        out = []
        for last, first in draw(raw, rng, "customer", "last_name, first_names", "kind = 'person'", count):
            last_part = last[: rng.randint(3, 6)]
            if kind == "name prefix":
                text = rng.choice((last_part, last_part.lower(), last_part.upper()))
            else:
                first_part = first.split()[0][: rng.randint(2, 4)]
                text = f"{last_part} {first_part}" if rng.random() < 0.5 else f"{first_part} {last_part}"
            key = fold(text)
            out.append(Sample(text, search_sql.name_query(key.split()[:MAX_NAME_WORDS], n),
                              fallback=lambda room, key=key: search_sql.street_query(key, room)))
        return out
    if kind == "street":
        out = []
        for (street,) in draw(raw, rng, "postal_address", "street", "valid_to IS NULL", count):
            text = re.match(r"^\D*\d+", street).group(0)  # "Kuusitie 5" of "Kuusitie 5 A 3"
            key = fold(text)
            out.append(Sample(text, search_sql.street_query(key, n),
                              fallback=lambda room, key=key: search_sql.name_query(key.split()[:MAX_NAME_WORDS], room)))
        return out
    if kind == "phone":
        rows = draw(raw, rng, "contact_point", "value_key", "kind = 'phone'", count)
        return [Sample(phone_as_typed(rng, key), search_sql.contact_query("phone", key, n)) for (key,) in rows]
    if kind == "customer number":
        rows = draw(raw, rng, "customer", "customer_number", "1 = 1", count)
        return [Sample(number, search_sql.customer_number_query(number)) for (number,) in rows]
    if kind == "metering point":
        rows = draw(raw, rng, "usage_site", "metering_point_id", "1 = 1", count)
        return [Sample(mp, search_sql.metering_point_query(mp)) for (mp,) in rows]
    if kind == "hetu lookup":
        # person_hetu has no id column: draw by customer id through the customer table.
        ids = draw(raw, rng, "customer", "id", "kind = 'person'", count)
        mark = "?" if raw.kind == "sqlite" else "%s"
        # SQLite keeps the code sealed with the file's data key (db.at_rest); PostgreSQL as it is.
        codes = [at_rest.open_hetu(raw.conn, stored) if not raw.is_postgres else stored for (stored,) in (
            raw.conn.execute(f"SELECT hetu FROM person_hetu WHERE customer_id = {mark}", (cid,)).fetchone()
            for (cid,) in ids)]
        return [Sample(code, None, hetu=code) for code in codes]
    raise ValueError(kind)


# --- measuring -----------------------------------------------------------------------------------


@dataclass
class Figures:
    database: str
    kind: str
    service: list[float]
    raw: list[float]
    rows: list[int]
    mismatches: int


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter_ns()
    result = call()
    return (time.perf_counter_ns() - started) / 1e6, result


def measure(db_kind: str, url: str, raw_target: str, count: int, seed: int) -> list[Figures]:
    database = Database.connect(url)
    service = CustomerSearchService(database, BENCH_ACTOR)
    raw = Raw(db_kind, raw_target)
    rng = random.Random(seed)
    out = []
    try:
        for kind in KINDS:
            drawn = samples(raw, kind, count + 10, rng)
            svc_ms: list[float] = []
            raw_ms: list[float] = []
            rows: list[int] = []
            mismatches = 0
            for i, sample in enumerate(drawn):
                def run_service(text: str = sample.text) -> Any:
                    return service.search(text, LIMIT)

                def run_raw(s: Sample = sample) -> Any:
                    return raw.search(s)

                if i % 2:
                    t_svc, result = timed(run_service)
                    t_raw, raw_rows = timed(run_raw)
                else:
                    t_raw, raw_rows = timed(run_raw)
                    t_svc, result = timed(run_service)
                if [h.customer_id for h in result.rows] != [r[0] for r in raw_rows[:LIMIT]]:
                    mismatches += 1
                if i >= 10:  # the first ten warm caches and prepared statements
                    svc_ms.append(t_svc)
                    raw_ms.append(t_raw)
                    rows.append(len(result.rows))
            out.append(Figures(db_kind, kind, svc_ms, raw_ms, rows, mismatches))
            print(f"{db_kind}: {kind} done", file=sys.stderr)
    finally:
        raw.close()
        database.dispose()
    return out


def table(figures: list[Figures]) -> str:
    lines = ["| database | query | rows (mean) | service median / p95 ms | raw SQL median / p95 ms "
             "| service ÷ raw (median / p95) | p95 target | mismatches |",
             "|---|---|---:|---:|---:|---:|---|---:|"]
    for f in figures:
        s50, s95 = statistics.median(f.service), percentile(f.service, 0.95)
        r50, r95 = statistics.median(f.raw), percentile(f.raw, 0.95)
        target = TARGET_MS.get(f.kind, 5)
        verdict = "ok" if s95 <= target else "MISSED"
        lines.append(f"| {f.database} | {f.kind} | {statistics.mean(f.rows):.1f} | {s50:.3f} / {s95:.3f} "
                     f"| {r50:.3f} / {r95:.3f} | {s50 / r50:.2f} / {s95 / r95:.2f} | ≤ {target} ms: {verdict} "
                     f"| {f.mismatches} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=3000,
                        help="measured queries per kind (plus 10 warm-up); fewer make the p95 of the µs-scale exact lookups noisy")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="keep databases that already hold enough customers")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures: list[Figures] = []
    sizes = []
    for kind in ("sqlite", "postgresql"):
        if args.only and kind != args.only:
            continue
        have = count_customers(kind)
        if not args.reuse or have < args.customers:
            build(kind, args.customers, args.seed)
        else:
            print(f"{kind}: reusing {have:,} customers", file=sys.stderr)
        url = str(SQLITE_PATH) if kind == "sqlite" else pg_url(PG_NAME)
        sizes.append(f"{kind} {count_customers(kind):,} customers, {size_text(kind)}")
        figures += measure(kind, url, url, args.queries, args.seed)
    print(f"\n{args.queries} queries per kind ({'; '.join(sizes)}); LIMIT {LIMIT} (+1 for 'more'); "
          f"whole run {time.perf_counter() - started:.0f} s\n")
    print(table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
