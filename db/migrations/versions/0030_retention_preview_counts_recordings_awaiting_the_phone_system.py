"""the retention preview counts the recordings awaiting the phone system's confirmation

Revision ID: 0030
Revises: 0029

Issue 12: the administrator's Säilytys page (which reads no customer table: desk_retention_preview) shows
how many recordings are on the phone system's destruction list without its confirmation yet, and since
when, so a handover that was never finished is seen in the app as well as by ``recordings list``.
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

LISTED = """    UNION ALL
    SELECT 'recordings_listed', count(*), min((recording_destruction_listed_at AT TIME ZONE 'Europe/Helsinki')::date)
      FROM public.call WHERE recording_destruction_listed_at IS NOT NULL AND recording_destroyed_at IS NULL
"""


def _preview(listed: bool) -> str:
    """Migration 0029's retention preview; with ``listed`` one more row: the recordings awaiting confirmation."""
    path = Path(__file__).with_name("0029_closed_request_counts_from_its_closing_day.py")
    spec = importlib.util.spec_from_file_location("closing_day_0029", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module._preview(closing_day=True)
    end = text.index("\n$$;", text.index("CREATE FUNCTION"))
    return text[:end + 1] + LISTED + text[end + 1:] if listed else text


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(_preview(listed=True), execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(_preview(listed=False), execution_options={"no_parameters": True})
