"""recordings: the phone system's destruction list and its confirmation

Revision ID: 0027
Revises: 0026

Issue 12: the recordings live in the phone system, so the retention run cannot destroy them itself. It
now puts each recording due on the destruction list handed to the phone system
(``call.recording_destruction_listed_at``); ``recording_destroyed_at`` is set only when the administrator
records the phone system's confirmation (``palvelutiski-admin recordings confirm``), and only then do the
card and the letters call the recording destroyed. Recordings the earlier runs marked destroyed are kept as
they are (docs/retention.md). SQLite and PostgreSQL alike; the run and the confirmation are the owner's
maintenance commands.
"""

import importlib.util
from pathlib import Path

from alembic import op
import sqlalchemy as sa

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


DUE = "recording_destroyed_at IS NULL"
LISTED = "recording_destroyed_at IS NULL AND recording_destruction_listed_at IS NULL"


def _preview(listed: bool) -> str:
    """Migration 0025's retention preview; with ``listed`` a recording already on the list is no longer due."""
    path = Path(__file__).with_name("0025_erasure_deletes_everything_through_the_vault.py")
    spec = importlib.util.spec_from_file_location("vault_0025", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module._preview(module.CLOSED_NEW)
    assert text.count(DUE) == 1
    return text.replace(DUE, LISTED) if listed else text


def upgrade() -> None:
    with op.batch_alter_table("call") as batch:
        batch.add_column(sa.Column("recording_destruction_listed_at", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(_preview(listed=True), execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(_preview(listed=False), execution_options={"no_parameters": True})
    with op.batch_alter_table("call") as batch:
        batch.drop_column("recording_destruction_listed_at")
