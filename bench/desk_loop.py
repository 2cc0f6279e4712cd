"""The desk loop at N concurrent workstations on PostgreSQL: p50/p95 per operation and loops per second.

Usage: .venv/bin/python bench/desk_loop.py [--server postgresql://postgres@127.0.0.1:5432] [--workstations 30]
       [--seconds 30] [--think-ms 0] [--customers 20000] [--hetu-every 5]

Creates a throwaway database (initialised, with demo customers), an administrator and one desk agent login per
workstation (real PostgreSQL roles in desk_agent, created by the users service, i.e. desk_create_login). Each
workstation is a separate process that signs in as its own agent like the desk does (connection.sign_in) and,
once all have signed in, repeats for a fixed time the desk's own services on customers of its own:
  search (CustomerSearchService, "Lastname Firstname") -> open_card (CustomerService, writes customer_opened)
  -> start_call + notice (CallService) -> prohibit (ConsentService: no direct marketing, with the history, as
  the desk's operation does) -> end_call; every --hetu-every loops also an identity-code lookup (audited).
--think-ms is slept after every operation, 0.5-1.5 times it at random (0 = stress test); one warm-up loop per
workstation is not counted.
Prints a markdown table (ms) with the commit, the load average, the machine's CPU busy share and the workstation
processes' own CPU over the measured run, and what the active server sessions waited on (sampled every 50 ms).
The database and the logins are dropped at the end. Identity codes are never printed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import random
import secrets
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.synchronize import Barrier
from pathlib import Path

import psycopg
from psycopg import sql

from db.database import Database
from desktop.core.errors import DomainError
from desktop.core.roles import Actor, Role
from desktop.services.auth import AuthService
from desktop.services.auth_dtos import ConnectionTarget
from desktop.services.calls import CallService
from desktop.services.connection import sign_in
from desktop.services.consents import ConsentService
from desktop.services.customers import CustomerService
from desktop.services.search import CustomerSearchService
from desktop.services.users import UserAdminService
from desktop.tooling import demo_data
from desktop.tooling.setup import initialise_database

OPERATIONS = ("search", "open_card", "start_call", "notice", "prohibit", "end_call", "hetu_lookup")
PASSWORD = "Desk-loop-bench-2026!"


@dataclass(frozen=True)
class Work:
    host: str
    port: int
    database: str
    username: str
    customers: list[tuple[int, str]]  # (id, "Lastname Firstname")
    hetus: list[str]
    seconds: float
    think: float
    hetu_every: int


def workstation(work: Work, barrier: Barrier, results: multiprocessing.Queue) -> None:
    """One agent's desk: sign in, one warm-up loop, wait for the others, then loop until the time is up."""
    login = sign_in(AuthService(), ConnectionTarget.postgres(work.host, work.database, work.port),
                    work.username, PASSWORD)
    database, actor = login.database, login.actor
    search, cards = CustomerSearchService(database, actor), CustomerService(database, actor)
    calls, consents = CallService(database, actor), ConsentService(database, actor)
    times: dict[str, list[float]] = {name: [] for name in OPERATIONS}
    errors = misses = 0
    rng = random.Random(work.username)

    def step(name: str, fn: Callable[[], object]) -> object:
        started = time.perf_counter()
        result = fn()
        times[name].append((time.perf_counter() - started) * 1000)
        if work.think:
            time.sleep(work.think * rng.uniform(0.5, 1.5))  # not in step with the other workstations
        return result

    def one_loop(i: int) -> None:
        nonlocal misses
        customer_id, name = work.customers[i % len(work.customers)]
        found = step("search", lambda: search.search(name))
        misses += customer_id not in {hit.customer_id for hit in found.rows}  # type: ignore[attr-defined]
        step("open_card", lambda: cards.open_card(customer_id, "call"))
        call = step("start_call", lambda: calls.start_call(customer_id))
        call_id = call.call_id  # type: ignore[attr-defined]
        step("notice", lambda: calls.mark_notice(call_id, accepted=True))
        step("prohibit", lambda: (consents.prohibit_all_direct_marketing(
            customer_id, "customer_phone", call_id=call_id, evidence=f"call {call_id}"), consents.history(customer_id)))
        step("end_call", lambda: calls.end_call(call_id, "desk loop"))
        if work.hetu_every and i % work.hetu_every == work.hetu_every - 1:
            found = step("hetu_lookup", lambda: search.search(work.hetus[i % len(work.hetus)]))
            misses += not found.rows  # type: ignore[attr-defined]

    one_loop(len(work.customers) - 1)
    times, misses = {name: [] for name in OPERATIONS}, 0
    barrier.wait()
    deadline, loops, cpu = time.monotonic() + work.seconds, 0, time.process_time()
    time.sleep(work.think * rng.uniform(0, len(OPERATIONS)))  # a random start within the first loop
    while time.monotonic() < deadline:
        try:
            one_loop(loops)
            loops += 1
        except DomainError:
            errors += 1
    results.put((times, loops, errors, misses, time.process_time() - cpu))
    AuthService().logout(login)


class WaitSampler(threading.Thread):
    """Every 50 ms, what the benchmark's active server sessions wait on (pg_stat_activity; CPU = none)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop, self.seen, self.samples = url, threading.Event(), Counter[str](), 0

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.wait(0.05):
                self.samples += 1
                self.seen.update(f"{kind}:{event}" if kind else "CPU" for kind, event in conn.execute(
                    "SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE datname = current_database()"
                    " AND state = 'active' AND pid <> pg_backend_pid()"))


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def setup(url: str, args: argparse.Namespace, admin: str, agents: list[str]) -> tuple[list[tuple[int, str]], list[str]]:
    """Initialise, add demo data and the logins; return customers to visit and identity codes to look up."""
    database = Database.connect(url)
    try:
        initialise_database(database, "keminmaa", admin, PASSWORD)
        started = time.perf_counter()
        demo_data.generate(database, args.customers, seed=7)
        print(f"{args.customers} demo customers in {time.perf_counter() - started:.1f} s", flush=True)
        users = UserAdminService(database, Actor(admin, Role.ADMIN))
        for agent in agents:
            users.create_user(agent, Role.AGENT, PASSWORD)
    finally:
        database.dispose()
    with psycopg.connect(url, autocommit=True) as owner:
        owner.execute("VACUUM ANALYZE")
        people = owner.execute("SELECT id, last_name || ' ' || split_part(first_names, ' ', 1) FROM customer"
                               " WHERE kind = 'person' ORDER BY md5(id::text)").fetchall()
        hetus = [row[0] for row in owner.execute("SELECT hetu FROM person_hetu ORDER BY md5(customer_id::text)"
                                                 " LIMIT 500")]
    return [(int(i), str(n)) for i, n in people], hetus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", default="postgresql://postgres@127.0.0.1:5432")
    parser.add_argument("--workstations", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think-ms", type=float, default=0)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--hetu-every", type=int, default=5)
    args = parser.parse_args()
    tag = secrets.token_hex(4)
    name, admin = f"bench_loop_{tag}", f"bench_admin_{tag}"
    agents = [f"bench_agent_{tag}_{n:02d}" for n in range(args.workstations)]
    info = psycopg.conninfo.conninfo_to_dict(args.server)
    host, port = str(info.get("host", "127.0.0.1")), int(info.get("port", 5432))
    with psycopg.connect(f"{args.server}/postgres", autocommit=True) as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        customers, hetus = setup(f"{args.server}/{name}", args, admin, agents)
        context = multiprocessing.get_context("spawn")
        barrier, results = context.Barrier(args.workstations + 1), context.Queue()
        share = len(customers) // args.workstations
        processes = [context.Process(target=workstation, args=(Work(
            host, port, name, agent, customers[n * share:(n + 1) * share], hetus, args.seconds,
            args.think_ms / 1000, args.hetu_every), barrier, results)) for n, agent in enumerate(agents)]
        for process in processes:
            process.start()
        sampler = WaitSampler(f"{args.server}/{name}")
        barrier.wait(timeout=600)  # every workstation has signed in and done its warm-up loop
        sampler.start()
        load_before, (busy0, total0), started = os.getloadavg()[0], cpu_ticks(), time.monotonic()
        collected = []
        for _ in processes:
            try:
                collected.append(results.get(timeout=args.seconds + 120))
            except queue.Empty:
                break
        elapsed = time.monotonic() - started
        busy1, total1 = cpu_ticks()
        sampler.stop.set()
        load_after = os.getloadavg()[0]
        for process in processes:
            process.join(timeout=60)
        if len(collected) != args.workstations:
            raise SystemExit(f"only {len(collected)} of {args.workstations} workstations reported")
        report(args, collected, elapsed, load_before, load_after, (busy1 - busy0) / max(1, total1 - total0))
        waits = ", ".join(f"{event} {n / max(1, sampler.samples):.1f}" for event, n in sampler.seen.most_common(6))
        print(f"\nactive server sessions per sample, by wait ({sampler.samples} samples): {waits}")
    finally:
        with psycopg.connect(f"{args.server}/postgres", autocommit=True) as server:
            server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            for role in (*agents, admin):
                server.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def report(args: argparse.Namespace, collected: list[tuple[dict[str, list[float]], int, int, int, float]], elapsed: float,
           load_before: float, load_after: float, busy: float) -> None:
    commit = subprocess.run(["git", "-C", str(Path(__file__).parent), "log", "-1", "--format=%h %s"],
                            capture_output=True, text=True).stdout.strip()[:70]
    loops = sum(c[1] for c in collected)
    errors, misses = sum(c[2] for c in collected), sum(c[3] for c in collected)
    client_cpu, machine_cpu = sum(c[4] for c in collected), busy * elapsed * (os.cpu_count() or 1)
    print(f"\ncommit {commit}\n{args.workstations} workstations, think {args.think_ms:g} ms, {elapsed:.1f} s; "
          f"load average {load_before:.2f} -> {load_after:.2f}; CPU busy {busy:.0%}; "
          f"{loops} loops = {loops / elapsed:.1f} loops/s; {errors} loops refused; "
          f"{misses} searches missed their customer\n"
          f"CPU: {machine_cpu:.0f} CPU-s busy on the machine, of them {client_cpu:.0f} in the workstation processes "
          f"({client_cpu / max(1, loops) * 1000:.0f} ms per loop; on a real site they run on their own computers)\n")
    print("| operation | count | p50 ms | p95 ms |\n|---|---|---|---|")
    for operation in OPERATIONS:
        values = [v for c in collected for v in c[0][operation]]
        if values:
            print(f"| {operation} | {len(values)} | {percentile(values, 0.5):.1f} | {percentile(values, 0.95):.1f} |")


if __name__ == "__main__":
    main()
