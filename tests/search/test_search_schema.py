"""Migration 0003: the search keys compare byte-wise on PostgreSQL, and go back on downgrade.

SQLite compares text byte-wise (BINARY) already; 0003 changes nothing there.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db import migrate
from db.database import Database

pytestmark = pytest.mark.postgres
KEYS = {("customer", "search_name"), ("postal_address", "street_key"), ("contact_point", "value_key")}


def collations(database: Database) -> dict[tuple[str, str], str | None]:
    with database.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND column_name IN ('search_name', 'street_key', 'value_key')"))
        return {(t, c): coll for t, c, coll in rows}


def test_search_keys_have_collation_c_and_lose_it_on_downgrade(pg_database: Database) -> None:
    database = pg_database
    assert collations(database) == dict.fromkeys(KEYS, "C")
    migrate.downgrade(database.engine, "0002")
    assert collations(database) == dict.fromkeys(KEYS, None)
    migrate.upgrade(database.engine)
    assert collations(database) == dict.fromkeys(KEYS, "C")


def test_prefix_search_walks_the_index_in_order(pg_database: Database) -> None:
    with pg_database.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # the empty table would be scanned otherwise
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT id FROM customer WHERE search_name >= 'maki' AND search_name < 'makj'"
            " ORDER BY search_name, id LIMIT 51")).scalars())
    assert "Index Only Scan using ix_customer_search_name" in plan  # the table is not even read
    assert "Sort" not in plan  # read in index order: no sort of all matches
