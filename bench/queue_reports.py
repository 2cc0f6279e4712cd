"""The supervisor's queue of 50,000 requests and the reports over a large register, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.queue_reports                       # build (200,000 customers), measure
    .venv/bin/python -m bench.queue_reports --customers 1000000   # the issue's size (builds for long)
    .venv/bin/python -m bench.queue_reports --reuse --only sqlite # measure again on what was built

Building: ``demo_data.generate`` makes the customers (with their calls, consents, disclosures, audit rows
and a few requests), then 50,000 requests with their history are added in bulk: a year of a large
utility, received evenly over the last 365 days, 88 % posted (on time or late), 3 % withdrawn, 2 %
refused, the rest open in every state, some claimed, some extended or paused.

Measured, each the median of ``--runs`` runs, with a baseline measured in the same run (the machine's
speed at that moment: a full scan, ``count(*)``, of request_event / call through the same connection pool):

* queue first screen: ``RequestQueue.page`` (200 rows and the whole queue's counts), open requests and
  all 50,000 (Show closed); budget 300 ms (issue 13). For contrast, the whole queue read at once (what
  the page did before it read pages).
* report: ``ReportService.run`` for the last 12 months as the data protection officer (every figure,
  hetu reveals from the audit log included); budget 2 s (issue 13).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy import func, insert, select, text

from db.database import Database
from db.models import Customer, DataRequest, RequestEvent
from desktop.core import deadlines
from desktop.core.roles import Actor, Role
from desktop.services.reports import ReportService
from desktop.services.request_queue import RequestQueue
from desktop.services.requests import RequestService
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

PG_ADMIN = os.environ.get("PALVELUTISKI_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_NAME = "palvelutiski_bench_queue"
SQLITE_PATH = Path(os.environ.get("PALVELUTISKI_BENCH_SQLITE", "/tmp/palvelutiski-bench/queue.sqlite3"))
SUPERVISOR = Actor("bench.super", Role.SUPERVISOR, "Bench Supervisor")
DPO = Actor("bench.dpo", Role.AUDITOR, "Bench DPO")
QUEUE_BUDGET_MS, REPORT_BUDGET_MS = 300, 2000
HANDLERS = ("aino.agent", "matti.agent", "liisa.agent", "pekka.agent", "sanna.super")
CHUNK = 5000


def _pg_url(name: str) -> str:
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def _request_rows(rng: random.Random, customer_ids: list[int], count: int, today: dt.date,
                  first_id: int) -> tuple[list[dict], list[dict]]:
    requests, events = [], []
    for n in range(count):
        rid = first_id + n
        received = today - dt.timedelta(days=rng.randint(0, 364))
        due = deadlines.due_date(received)
        roll = rng.random()
        open_ = roll >= 0.93 or ((today - received).days < 10 and roll > 0.5)
        state = ("dispatched" if roll < 0.88 else "withdrawn" if roll < 0.91 else "refused" if roll < 0.93
                 else rng.choice(("received", "identity_check", "in_preparation", "awaiting_sign_off",
                                  "on_hold", "extended")))
        if open_ and state in ("dispatched", "withdrawn", "refused"):
            state = "in_preparation"
        extended = deadlines.due_date(received, extension_months=2) if state == "extended" or rng.random() < 0.02 \
            else None
        took = rng.choice((5, 9, 14, 20, 26, 29, 31, 35, 45))
        posted = received + dt.timedelta(days=took) if state == "dispatched" else None
        if posted is not None and posted > today:
            posted, state = None, "in_preparation"
        created = dt.datetime.combine(received, dt.time(8, rng.randint(0, 59)), dt.UTC)
        handler = rng.choice(HANDLERS)
        claimed = state in ("in_preparation", "identity_check") and rng.random() < 0.4
        requests.append({
            "id": rid, "reference": f"TB-{received.year}-{rid:07d}", "customer_id": rng.choice(customer_ids),
            "request_type": rng.choices(("access", "rectification", "erasure", "objection", "restriction"),
                                        (70, 10, 8, 7, 5))[0],
            "state": state, "channel": rng.choices(("letter", "desk", "email_signed"), (70, 20, 10))[0],
            "signed": True, "received_on": received, "due_on": due, "extended_due_on": extended,
            "extension_reason": "Laaja pyyntö" if extended else None,
            "paused_since": today - dt.timedelta(days=3) if state == "on_hold" else None,
            "paused_days": rng.choice((0, 0, 0, 4)) , "dispatched_on": posted, "created_by": handler,
            "assigned_to": handler, "created_at": created, "version": 1,
            "claimed_by": handler if claimed else None, "claimed_at": created if claimed else None,
            "claim_active_at": created if claimed else None,
        })
        path = {"dispatched": ("identity_check", "in_preparation", "awaiting_sign_off", "ready_to_print", "printed",
                               "dispatched"),
                "withdrawn": ("withdrawn",), "refused": ("identity_check", "refused")}.get(state, (state,))
        events.append({"request_id": rid, "occurred_at": created, "actor_username": handler, "kind": "created",
                       "to_state": "received"})
        previous = "received"
        for step, target in enumerate(path):
            if target == previous:
                continue
            events.append({"request_id": rid, "occurred_at": created + dt.timedelta(days=step + 1),
                           "actor_username": handler, "kind": "state_changed", "from_state": previous,
                           "to_state": target})
            previous = target
    return requests, events


def build(database: Database, customers: int, requests: int, seed: int) -> dict[str, float]:
    initialise_database(database, "keminmaa", f"benchadmin{uuid.uuid4().hex[:4]}", "bench-password-1",
                        allow_key_file=True)  # a bench machine has no keyring for the SQLite file's key
    started = time.perf_counter()
    demo_data.generate(database, customers, seed)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    rng = random.Random(seed)
    with database.transaction() as session:
        ids = list(session.scalars(select(Customer.id)))
        first_id = (session.scalar(select(func.max(DataRequest.id))) or 0) + 1
    today = dt.date.today()
    for offset in range(0, requests, CHUNK):
        rows, events = _request_rows(rng, ids, min(CHUNK, requests - offset), today, first_id + offset)
        with database.transaction() as session:
            session.execute(insert(DataRequest), rows)
            session.execute(insert(RequestEvent), events)
    with database.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    return {"generate_s": generated, "requests_s": time.perf_counter() - started}


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm: the first run reads the pages from disk
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _scan(database: Database, table: str, column: str) -> Callable[[], object]:
    """A full scan of ``table`` (the condition keeps SQLite from answering count(*) off the b-tree)."""
    def fn() -> object:
        with database.engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table} WHERE {column} <> ''")).scalar()
    return fn


def measure(database: Database, kind: str, runs: int) -> list[dict[str, object]]:
    queue = RequestQueue(RequestService(database, SUPERVISOR))
    today = dt.date.today()
    reports = ReportService(database, DPO)
    with database.engine.connect() as conn:
        sizes = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                 for t in ("customer", "data_request", "request_event", "call", "consent_event", "audit_event")}
    base_requests = _median_ms(_scan(database, "request_event", "kind"), runs)
    base_calls = _median_ms(_scan(database, "call", "agent_username"), runs)
    rows = [
        ("queue first screen, open", _median_ms(lambda: queue.page(False), runs), base_requests, QUEUE_BUDGET_MS),
        ("queue first screen, all (Show closed)", _median_ms(lambda: queue.page(True), runs), base_requests,
         QUEUE_BUDGET_MS),
        ("queue read whole (before paging), all", _median_ms(lambda: queue.rows(True), max(1, runs // 3)),
         base_requests, None),
        ("report, last 12 months (DPO)", _median_ms(lambda: reports.run(today - dt.timedelta(days=364), today, "csv"),
                                                    runs), base_calls, REPORT_BUDGET_MS),
    ]
    return [{"database": kind, "what": what, "ms": ms, "baseline_ms": base, "ratio": ms / base if base else 0,
             "budget_ms": budget, "sizes": sizes} for what, ms, base, budget in rows]


def _sqlite(args: argparse.Namespace) -> Database:
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        for stale in SQLITE_PATH.parent.glob(SQLITE_PATH.name + "*"):
            stale.unlink()
    return Database.connect(str(SQLITE_PATH))


def _postgres(args: argparse.Namespace) -> Database:
    if not args.reuse:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{PG_NAME}"')
            conn.execute(f'CREATE DATABASE "{PG_NAME}"')
    return Database.connect(_pg_url(PG_NAME))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--reuse", action="store_true", help="measure the databases built by an earlier run")
    args = parser.parse_args(argv)
    results = []
    for kind, connect in (("sqlite", _sqlite), ("postgresql", _postgres)):
        if args.only and args.only != kind:
            continue
        database = connect(args)
        try:
            if not args.reuse:
                built = build(database, args.customers, args.requests, args.seed)
                print(f"{kind}: {args.customers} customers generated in {built['generate_s']:.0f} s, "
                      f"{args.requests} requests with history added in {built['requests_s']:.1f} s", flush=True)
            results += measure(database, kind, args.runs)
        finally:
            database.dispose()
    print("\n| database | what | median ms | baseline ms | ratio | budget | |")
    print("|---|---|---:|---:|---:|---:|---|")
    failed = False
    for r in results:
        ok = r["budget_ms"] is None or r["ms"] <= r["budget_ms"]
        failed |= not ok
        budget = f"{r['budget_ms']} ms" if r["budget_ms"] else "–"
        print(f"| {r['database']} | {r['what']} | {r['ms']:.1f} | {r['baseline_ms']:.1f} | {r['ratio']:.1f} | "
              f"{budget} | {'ok' if ok else 'OVER'} |")
    for kind in {r["database"] for r in results}:
        sizes = next(r["sizes"] for r in results if r["database"] == kind)
        print(f"\n{kind} rows: " + ", ".join(f"{t} {n:,}" for t, n in sizes.items()))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
