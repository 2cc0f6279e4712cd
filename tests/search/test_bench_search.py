"""bench/search.py measures the search against the repository's own statements, not a copy of them.

Its raw path runs db.repositories.search's statement of each query kind on a bare driver connection and
the identity-code lookup through the vault; on a small register both paths must find the same customers
for every kind the bench draws (a bench that silently measured something else went unnoticed before:
its codes had all missed since they were sealed, and its PostgreSQL lookup called a dropped function).
"""

from __future__ import annotations

import datetime as dt
import random

from search_register import Company, Person, Register, add

from bench import search as bench
from desktop.core.hetu import compose
from desktop.services.search import CustomerSearchService

PEOPLE = (
    Person("2000001", "Mäkinen", "Juha Pekka", hetu=compose(dt.date(1952, 10, 13), 308), street="Kuusitie 5 A 3",
           phones=("040 123 4567",), metering_point="643007574000123456"),
    Person("2000002", "Mäkelä", "Anna", hetu=compose(dt.date(1980, 1, 2), 124), street="Kuusitie 50",
           phones=("050 765 4321",), metering_point="643007574000654321"),
    Person("2000003", "Åström", "Björn", hetu=compose(dt.date(1975, 5, 6), 35), street="Storgatan 3",
           phones=("09 123 456",), metering_point="643007574000111111"),
    Company("2000004", "Oy Sähkö Ab", "1234567-8", street="Kuusitie 5 B"),
)


def test_the_bench_runs_the_repository_statements_and_finds_what_the_service_finds(register: Register) -> None:
    add(register, *PEOPLE)
    database = register.database
    url = database.engine.url
    target = url.database if not database.is_postgres else url.set(drivername="postgresql").render_as_string(
        hide_password=False)
    raw = bench.Raw("postgresql" if database.is_postgres else "sqlite", str(target))
    service = CustomerSearchService(database, bench.BENCH_ACTOR)
    rng = random.Random(7)
    try:
        for kind in bench.KINDS:
            for sample in bench.samples(raw, kind, 3, rng):
                found = [row[0] for row in raw.search(sample)]
                assert found, (kind, sample.text)
                assert [hit.customer_id for hit in service.search(sample.text, bench.LIMIT).rows] == found, kind
    finally:
        raw.close()
