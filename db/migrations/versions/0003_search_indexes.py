"""search indexes

Revision ID: 0003
Revises: 0002

The desk searches normalised key columns (desktop.core.text: search_name, street_key, value_key) by
prefix through their plain btree indexes; bench/search.py measured it against a million customers.

SQLite compares text byte-wise already (BINARY), so the indexes of 0001 serve prefix ranges there. On PostgreSQL a btree follows the database's locale (fi_FI.UTF-8 on a typical
server), and then neither LIKE 'maki%' nor an ordered prefix range can use it. Giving the three key
columns collation "C" rebuilds their indexes in byte order: a prefix search becomes one index range
walked in the order the desk shows, stopped after the 51st row. The keys are folded to
[0-9a-z@.+ ], so byte order is also the alphabetical order the desk expects.

Considered and not taken: pg_trgm and FTS5 answer substring queries, which the desk does not ask
(it searches word prefixes), cost a GIN/shadow-table index each and need a sort of all matches
(research/toolchain.md §6: p95 33-714 ms for sorted trigram matches against < 1 ms for a btree range).
"""

from alembic import op
import sqlalchemy as sa  # noqa: F401

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# table, column, varchar length (as in 0001 and db/models/customer.py)
KEY_COLUMNS = (
    ("customer", "search_name", 300),
    ("postal_address", "street_key", 100),
    ("contact_point", "value_key", 200),
)


def upgrade() -> None:
    # (search_name, id): the name search reads only the index, also the entries its LIKE filter skips
    # (a two-word query walks every name starting with one word); without id PostgreSQL fetched each
    # of them from the table: 170 ms instead of a few for "an virta" at a million customers.
    op.drop_index("ix_customer_search_name", table_name="customer")
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in KEY_COLUMNS:
            # ALTER ... TYPE rebuilds the column's indexes with the new collation.
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "C"')
    op.create_index("ix_customer_search_name", "customer", ["search_name", "id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE customer")
        op.execute("ANALYZE postal_address")
        op.execute("ANALYZE contact_point")


def downgrade() -> None:
    op.drop_index("ix_customer_search_name", table_name="customer")
    if op.get_bind().dialect.name == "postgresql":
        for table, column, length in KEY_COLUMNS:
            op.execute(f'ALTER TABLE {table} ALTER COLUMN {column} TYPE varchar({length}) COLLATE "default"')
    op.create_index("ix_customer_search_name", "customer", ["search_name"])
