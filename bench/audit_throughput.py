"""Audited appends per second against the server's raw insert-and-commit ceiling, measured in one run.

Usage: .venv/bin/python bench/audit_throughput.py [--server postgresql://postgres@127.0.0.1:5432] [--seconds 5]
       [--log-lock-waits]

Creates a throwaway database at the head revision and a desk agent login, then runs pgbench (one
transaction per statement, as a workstation's autocommit connection does) at 1, 10 and 30 connections:
- raw:   INSERT INTO bench_raw (...) — a plain table with a bigserial key, the server's ceiling;
- audit: SELECT desk_audit_append(...) as the desk login — the chain's append and opportunistic seal.
While each run goes, another connection samples pg_stat_activity every 20 ms and counts sessions
waiting on a lock (relation extension, "extend", is PostgreSQL's own lock while a table grows: the raw
table shows it too). Afterwards the chain is sealed and verified. Budget (issue 10): audit ≥ 1/3 of raw
at 30 connections, and no session ever seen waiting on an audit lock. --log-lock-waits makes the server log
every lock wait of the bench login longer than 1 ms, with the statement and PL/pgSQL line it came from
(how a SKIP LOCKED that still waited was found).
"""

from __future__ import annotations

import argparse
import re
import secrets
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
from psycopg import sql

from db import migrate
from db.database import Database
from db.engine import make_engine
from desktop.services.audit_report import verify_chain

RAW = "INSERT INTO bench_raw (actor, action, customer_id, detail) VALUES (current_user, 'customer_opened', 1, NULL);\n"
AUDIT = "SELECT desk_audit_append(NULL, NULL, 'customer_opened', 1, 'call', NULL);\n"


def pgbench(conninfo: dict[str, str], login: str, script: Path, clients: int, seconds: int) -> float:
    out = subprocess.run(
        ["pgbench", "-n", "-c", str(clients), "-j", str(min(clients, 4)), "-T", str(seconds), "-f", str(script),
         "-h", conninfo["host"], "-p", conninfo["port"], "-U", login, conninfo["dbname"]],
        check=True, capture_output=True, text=True).stdout
    match = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", out)
    if not match:
        raise RuntimeError(out)
    return float(match.group(1))


class LockWatcher(threading.Thread):
    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.samples, self.waiting, self.stop = url, 0, 0, threading.Event()
        self.events: set[str] = set()

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.wait(0.02):
                self.samples += 1
                rows = conn.execute("SELECT wait_event, left(query, 60) FROM pg_stat_activity"
                                    " WHERE wait_event_type = 'Lock' AND datname = current_database()").fetchall()
                self.waiting += len(rows)
                self.events.update(f"{r[0]}: {r[1]}" for r in rows)


def watched(url: str, run: Callable[[], float]) -> tuple[float, str]:
    """``run()``'s result, and the sessions seen waiting on a lock meanwhile (which lock, on what)."""
    watcher = LockWatcher(url)
    watcher.start()
    try:
        result = run()
    finally:
        watcher.stop.set()
        watcher.join()
    kinds = ", ".join(sorted({event.split(":")[0] for event in watcher.events}))
    return result, f"{watcher.waiting} in {watcher.samples} samples" + (f" ({kinds})" if kinds else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--log-lock-waits", action="store_true")
    args = parser.parse_args()
    name, login = f"bench_audit_{secrets.token_hex(4)}", f"bench_agent_{secrets.token_hex(4)}"
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = f"{args.server}/{name}"
    info = psycopg.conninfo.conninfo_to_dict(url)
    info = {"host": str(info.get("host", "127.0.0.1")), "port": str(info.get("port", 5432)), "dbname": name}
    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        with psycopg.connect(url, autocommit=True) as owner:
            owner.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE desk_agent").format(sql.Identifier(login)))
            if args.log_lock_waits:
                owner.execute(sql.SQL("ALTER ROLE {} SET log_lock_waits = on").format(sql.Identifier(login)))
                owner.execute(sql.SQL("ALTER ROLE {} SET deadlock_timeout = '1ms'").format(sql.Identifier(login)))
            owner.execute("CREATE TABLE bench_raw (id bigserial PRIMARY KEY, occurred_at timestamptz NOT NULL"
                          " DEFAULT clock_timestamp(), actor text NOT NULL, action text NOT NULL, customer_id bigint,"
                          " detail text)")
            owner.execute(sql.SQL("GRANT INSERT ON bench_raw TO {0}; GRANT USAGE ON SEQUENCE bench_raw_id_seq TO {0}")
                          .format(sql.Identifier(login)))
        folder = Path(tempfile.mkdtemp())
        (folder / "raw.sql").write_text(RAW)
        (folder / "audit.sql").write_text(AUDIT)
        print("| connections | raw commits/s | audited appends/s | audited / raw "
              "| lock waits seen: raw | lock waits seen: audited |")
        print("|---|---|---|---|---|---|")
        for clients in (1, 10, 30):
            raw, raw_waits = watched(url, lambda c=clients: pgbench(info, login, folder / "raw.sql", c, args.seconds))
            audited, waits = watched(url, lambda c=clients: pgbench(info, login, folder / "audit.sql", c, args.seconds))
            print(f"| {clients} | {raw:,.0f} | {audited:,.0f} | {audited / raw:.2f} | {raw_waits} | {waits} |")
        database = Database(engine)
        result = verify_chain(database)
        print(f"\nchain: {result.count:,} rows sealed, intact: {result.ok}, still unsealed: {result.unsealed}")
    finally:
        engine.dispose()
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


if __name__ == "__main__":
    main()
