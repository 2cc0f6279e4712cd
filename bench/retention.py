"""Benchmark: the nightly retention run on a large register (issue 12: 200,000 customers).

The register is the demo generator's (contracts ended long ago, recordings past their day, dispatched
letters), aged so that every rule has work: posted letters and closed requests are moved four years back.
Timed: the preview (what the administrator's page reads), the run itself (``RetentionService.apply``, batches
of 500, one transaction each), and a second run (nothing left: the cost of running every night). The
baseline, measured in the same run on the same database, is one pass over every customer with its current
address (what a suppression-list export reads); the figures are given as ratios to it.

    .venv/bin/python bench/retention.py                          # 200,000 customers, temporary SQLite file
    .venv/bin/python bench/retention.py --customers 20000
    .venv/bin/python bench/retention.py --url postgresql://postgres@127.0.0.1:5432/some_empty_db
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, update

from db import migrate
from db.database import Database
from db.engine import make_engine
from db.models import Customer, DataRequest, Letter, PostalAddress
from desktop.core.roles import Actor, Role
from desktop.services.retention import RetentionService
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

ADMIN = Actor("cli:bench", Role.ADMIN)


def baseline(database: Database) -> float:
    started = time.perf_counter()
    with database.transaction() as session:
        rows = session.execute(select(Customer.id, Customer.last_name, PostalAddress.street)
                               .outerjoin(PostalAddress, (PostalAddress.customer_id == Customer.id)
                                          & PostalAddress.valid_to.is_(None)).execution_options(yield_per=1000))
        sum(1 for _ in rows)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="an empty database (default: a temporary SQLite file)")
    parser.add_argument("--customers", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url or f"sqlite:///{tmp}/bench.sqlite3"
        engine = make_engine(url)
        migrate.upgrade(engine)
        engine.dispose()
        database = Database.connect(url)
        started = time.perf_counter()
        initialise_database(database, "keminmaa", "bench_admin", "Ylläpitäjä-2024")
        demo_data.generate(database, args.customers, 1, actor=ADMIN)
        four_years_ago = dt.date.today() - dt.timedelta(days=4 * 365)
        with database.transaction() as session:
            session.execute(update(Letter).where(Letter.dispatched_on.is_not(None)).values(dispatched_on=four_years_ago))
            session.execute(update(DataRequest).where(DataRequest.state.in_(("dispatched", "withdrawn")))
                            .values(dispatched_on=four_years_ago, received_on=four_years_ago - dt.timedelta(days=20),
                                    due_on=four_years_ago))
            customers = session.scalar(select(func.count()).select_from(Customer))
        print(f"setup: {customers} customers in {time.perf_counter() - started:.0f} s ({database.dialect})")
        print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
        base = baseline(database)
        service = RetentionService(database, ADMIN)
        t0 = time.perf_counter()
        preview = service.preview()
        t_preview = time.perf_counter() - t0
        due = {r.rule: r.items for r in preview.rules}
        t0 = time.perf_counter()
        done = service.apply()
        t_apply = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = service.apply()
        t_again = time.perf_counter() - t0
        print("| step | seconds | × baseline | items |")
        print("|---|---:|---:|---|")
        print(f"| baseline: every customer with its address | {base:.2f} | 1.0 | {customers} |")
        print(f"| preview (the admin's page) | {t_preview:.2f} | {t_preview / base:.1f} | "
              f"{', '.join(f'{k} {v}' for k, v in due.items() if v)} |")
        print(f"| nightly run, first time | {t_apply:.2f} | {t_apply / base:.1f} | "
              f"{', '.join(f'{k} {v}' for k, v in done.items() if v)} |")
        print(f"| nightly run, next night (nothing due) | {t_again:.2f} | {t_again / base:.1f} | "
              f"{sum(again.values())} |")
        database.dispose()


if __name__ == "__main__":
    main()
