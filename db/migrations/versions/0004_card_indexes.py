"""card indexes

Revision ID: 0004
Revises: 0003

The customer card reads every postal address of a customer (the history). The only index on
postal_address.customer_id was the partial "current address" one, so the history query scanned the
whole table: bench/desk_card.py measured open_card at 230 ms median with 100 000 customers on SQLite,
growing linearly. A plain (customer_id, valid_from) index makes it a range read.
"""

from alembic import op
import sqlalchemy as sa  # noqa: F401

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_postal_address_customer_history", "postal_address", ["customer_id", "valid_from"])


def downgrade() -> None:
    op.drop_index("ix_postal_address_customer_history", table_name="postal_address")
