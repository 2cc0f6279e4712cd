"""Timing of the desk services on demo data: opening the card, a contact edit, a whole call, the suppression export.

Usage: .venv/bin/python bench/desk_card.py [--db URL] [--customers N] [--samples N]
Without --db a fresh SQLite file in a temporary directory is used. A PostgreSQL URL must name an empty
database (the script initialises it). Prints median and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select, text

from db.database import Database
from db.models import Customer
from desktop.core.roles import Actor, Role
from desktop.services.calls import CallService
from desktop.services.consents import ConsentService
from desktop.services.customers import ContactChanges, CustomerService
from desktop.services.suppression import SuppressionService
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

AGENT = Actor("bench.agent", Role.AGENT)
SUPERVISOR = Actor("bench.super", Role.SUPERVISOR)


def timed(samples: int, fn: Callable[[int], object]) -> tuple[float, float]:
    times = []
    for i in range(samples):
        started = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    url = args.db or str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    database = Database.connect(url)
    # Login roles are server-wide on PostgreSQL: a unique name, dropped again at the end.
    admin = f"bench_admin_{secrets.token_hex(4)}"
    initialise_database(database, "keminmaa", admin, "Bench-password-2026!")
    started = time.perf_counter()
    demo_data.generate(database, args.customers, seed=7)
    print(f"{database.dialect}: {args.customers} demo customers in {time.perf_counter() - started:.1f} s")
    with database.transaction() as session:
        ids = list(session.scalars(select(Customer.id)))
        versions = dict(session.execute(select(Customer.id, Customer.version)).all())
        total = session.scalar(select(func.count()).select_from(Customer))
    rng = random.Random(7)
    picks = [rng.choice(ids) for _ in range(args.samples)]
    customers, calls = CustomerService(database, AGENT), CallService(database, AGENT)
    consents = ConsentService(database, AGENT)

    def whole_call(i: int) -> None:
        call = calls.start_call(picks[i])
        calls.mark_notice(call.call_id, accepted=i % 2 == 0)
        calls.end_call(call.call_id, "bench")

    def edit(i: int) -> None:
        customers.update_contact(picks[i], versions[picks[i]], ContactChanges(phones=(f"040 {1000000 + i}",)))
        versions[picks[i]] += 1

    rows = [
        ("open_card", timed(args.samples, lambda i: customers.open_card(picks[i], "call"))),
        ("update_contact (phone)", timed(len(set(picks)), edit)),
        ("start + notice + end call", timed(args.samples, whole_call)),
        ("prohibit_all_direct_marketing", timed(args.samples, lambda i: consents.prohibit_all_direct_marketing(
            picks[i], "customer_phone"))),
    ]
    print(f"| {database.dialect} ({total} customers) | median ms | p95 ms |\n|---|---|---|")
    for name, (median, p95) in rows:
        print(f"| {name} | {median:.1f} | {p95:.1f} |")
    for purpose, channel in (("direct_advertising", "post"), ("direct_advertising", "email")):
        started = time.perf_counter()
        count = SuppressionService(database, SUPERVISOR).export_suppression(purpose, channel, lambda row: None)
        print(f"| export-suppression {purpose}/{channel}: {count} rows | {time.perf_counter() - started:.2f} s | |")
    if database.is_postgres:
        with database.engine.connect() as conn:
            conn.execute(text(f'DROP OWNED BY "{admin}"'))
            conn.execute(text(f'DROP ROLE "{admin}"'))
            conn.commit()
    database.dispose()


if __name__ == "__main__":
    main()
