"""usage site street search

Revision ID: 0006
Revises: 0005

A caller often names the place where the electricity or water is used (the summer cottage, the rented
flat) rather than their postal address. The search field now finds customers by the street of their
usage sites too, through the same kind of key as postal_address.street_key: the street folded by
desktop.core.text.fold, byte-ordered (collation "C" on PostgreSQL), with an index on (street_key, id)
walked in the order the desk shows.

Existing rows are keyed here in batches (the folding is Python, not SQL). The column is added NOT NULL
with an empty default because SQLite cannot make a column NOT NULL later without rebuilding the table,
which contract rows reference.
"""

from alembic import op
import sqlalchemy as sa

from desktop.core.text import fold

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 20_000


def upgrade() -> None:
    bind = op.get_bind()
    key_type = sa.String(100, collation="C") if bind.dialect.name == "postgresql" else sa.String(100)
    op.add_column("usage_site", sa.Column("street_key", key_type, nullable=False, server_default=""))
    select = sa.text("SELECT id, street FROM usage_site WHERE id > :after ORDER BY id LIMIT :n")
    update = sa.text("UPDATE usage_site SET street_key = :key WHERE id = :id")
    after = 0
    while rows := bind.execute(select, {"after": after, "n": BATCH}).all():
        bind.execute(update, [{"id": row_id, "key": fold(street)} for row_id, street in rows])
        after = rows[-1][0]
    op.create_index("ix_usage_site_street_key", "usage_site", ["street_key", "id"])
    if bind.dialect.name == "postgresql":
        op.execute("ANALYZE usage_site")


def downgrade() -> None:
    op.drop_index("ix_usage_site_street_key", table_name="usage_site")
    op.drop_column("usage_site", "street_key")
