"""Measure demo-data generation: wall time and database size, on SQLite and on PostgreSQL.

    .venv/bin/python bench/demo_data.py --customers 1000000 [--sqlite-only | --postgres-only]
        [--pg postgresql://postgres@127.0.0.1:5432/postgres] [--keep DIR]

Each run initialises a fresh database (a temporary SQLite file; a new PostgreSQL database that is dropped
afterwards), times ``demo_data.generate`` (including the ANALYZE at its end) and prints a table.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from db.database import Database
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

PASSWORD = "bench-password-1"


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the generator workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load() -> float:
    return os.getloadavg()[0]


def _size_sqlite(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def run_sqlite(customers: int, seed: int, directory: Path) -> dict[str, object]:
    path = directory / f"bench-{customers}.sqlite3"
    for stale in directory.glob(path.name + "*"):
        stale.unlink()
    database = Database.connect(str(path))
    try:
        initialise_database(database, "keminmaa", "benchadmin", PASSWORD)
        started, cpu = time.perf_counter(), _cpu()
        report = demo_data.generate(database, customers, seed)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        with database.engine.connect() as conn:  # fold the WAL back so the size is the file's
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return {"database": "SQLite", "customers": customers, "rows": sum(report.rows.values()),
            "seconds": seconds, "cpu": cpu, "load": _load(), "bytes": _size_sqlite(path)}


def run_postgres(customers: int, seed: int, admin_url: str) -> dict[str, object]:
    name = f"pt_bench_{uuid.uuid4().hex[:8]}"
    admin_user = f"benchadmin_{uuid.uuid4().hex[:6]}"  # login roles are cluster-wide
    base = admin_url.rpartition("/")[0]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    database = Database.connect(f"{base}/{name}")
    try:
        initialise_database(database, "keminmaa", admin_user, PASSWORD)
        started, cpu = time.perf_counter(), _cpu()
        report = demo_data.generate(database, customers, seed)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        with database.engine.connect() as conn:
            size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    finally:
        database.dispose()
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{admin_user}"')
    return {"database": "PostgreSQL", "customers": customers, "rows": sum(report.rows.values()),
            "seconds": seconds, "cpu": cpu, "load": _load(), "bytes": size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg", default=os.environ.get("PALVELUTISKI_TEST_PG",
                                                       "postgresql://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--keep", type=Path, help="directory for the SQLite file (default: a temporary one)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--sqlite-only", action="store_true")
    only.add_argument("--postgres-only", action="store_true")
    args = parser.parse_args()
    results = []
    if not args.postgres_only:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            results.append(run_sqlite(args.customers, args.seed, args.keep))
        else:
            with tempfile.TemporaryDirectory() as tmp:
                results.append(run_sqlite(args.customers, args.seed, Path(tmp)))
    if not args.sqlite_only:
        results.append(run_postgres(args.customers, args.seed, args.pg))
    # CPU is this client's (generation and driver); PostgreSQL's own server CPU is not in it. The load
    # average shows whether other work shared the machine during the run.
    print(f"{'database':<11} {'customers':>10} {'rows':>11} {'wall s':>8} {'client CPU s':>12} {'rows/s':>9} "
          f"{'size MiB':>9} {'load':>5}")
    for r in results:
        print(f"{r['database']:<11} {r['customers']:>10,} {r['rows']:>11,} {r['seconds']:>8.1f} {r['cpu']:>12.1f} "
              f"{r['rows'] / r['seconds']:>9,.0f} {r['bytes'] / 2**20:>9,.0f} {r['load']:>5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
