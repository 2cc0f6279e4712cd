"""Migrations 0003 and 0006: the search keys compare byte-wise on PostgreSQL, and go back on downgrade;
0006 keys the usage sites that exist already.

SQLite compares text byte-wise (BINARY) already; 0003 changes nothing there.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from db import migrate
from db.database import Database

KEYS_0003 = {("customer", "search_name"), ("postal_address", "street_key"), ("contact_point", "value_key")}
KEYS = KEYS_0003 | {("usage_site", "street_key")}


def collations(database: Database) -> dict[tuple[str, str], str | None]:
    with database.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT table_name, column_name, collation_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND column_name IN ('search_name', 'street_key', 'value_key')"))
        return {(t, c): coll for t, c, coll in rows}


@pytest.mark.postgres
def test_search_keys_have_collation_c_and_lose_it_on_downgrade(pg_database: Database) -> None:
    database = pg_database
    assert collations(database) == dict.fromkeys(KEYS, "C")
    migrate.downgrade(database.engine, "0002")
    assert collations(database) == dict.fromkeys(KEYS_0003, None)
    migrate.upgrade(database.engine)
    assert collations(database) == dict.fromkeys(KEYS, "C")


@pytest.mark.postgres
def test_prefix_search_walks_the_index_in_order(pg_database: Database) -> None:
    with pg_database.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))  # the empty table would be scanned otherwise
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT id FROM customer WHERE search_name >= 'maki' AND search_name < 'makj'"
            " ORDER BY search_name, id LIMIT 51")).scalars())
    assert "Index Only Scan using ix_customer_search_name" in plan  # the table is not even read
    assert "Sort" not in plan  # read in index order: no sort of all matches


@pytest.mark.postgres
def test_usage_site_street_search_walks_its_index_in_order(pg_database: Database) -> None:
    with pg_database.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT customer_id FROM usage_site WHERE street_key >= 'mokki' AND street_key < 'mokkj'"
            " ORDER BY street_key, id LIMIT 102")).scalars())
    assert "ix_usage_site_street_key" in plan and "Sort" not in plan


def test_upgrade_to_0006_keys_the_usage_sites_already_there(empty_db_url: str) -> None:
    """Sites written before 0006 are found by street after it: the migration folds their streets."""
    database = Database.connect(empty_db_url)
    try:
        migrate.upgrade(database.engine, "0005")
        with database.engine.begin() as conn:
            customer = conn.execute(text(
                "INSERT INTO customer (customer_number, kind, last_name, first_names, language, search_name,"
                " name_source, created_at, version) VALUES ('1', 'person', 'Öhman', 'Åsa', 'sv', 'ohman asa',"
                " 'contract', CURRENT_TIMESTAMP, 1) RETURNING id")).scalar_one()
            conn.execute(text(
                "INSERT INTO usage_site (customer_id, metering_point_id, street, postcode, post_town, commodity)"
                " VALUES (:c, '643007574000000001', 'Västra Strandgatan 4', '65100', 'VAASA', 'water')"),
                {"c": customer})
        migrate.upgrade(database.engine)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT street_key FROM usage_site")).scalar_one() == "vastra strandgatan 4"
    finally:
        database.dispose()
