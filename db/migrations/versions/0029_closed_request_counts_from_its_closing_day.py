"""a withdrawn or abandoned request's retention counts from the day it was closed

Revision ID: 0029
Revises: 0028

The retention rule ``closed_requests`` counted a request without a dispatch day (withdrawn, or closed as
abandoned: issue 13) from the day it was received, so it could go up to months before its period after
closing had passed. The closing day is now the day (Finnish time) of the request event that moved it to
its closed state; the day of receipt only when no such event exists (rows older than the request history).
PostgreSQL: the retention preview function reads request_event for it. SQLite: the same in
db/repositories/retention.py.
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

OLD = "coalesce(dispatched_on, received_on)"
NEW = ("coalesce(dispatched_on, (SELECT max(e.occurred_at AT TIME ZONE 'Europe/Helsinki')::date"
       " FROM public.request_event e WHERE e.request_id = data_request.id AND e.to_state = data_request.state),"
       " received_on)")


def _preview(closing_day: bool) -> str:
    """Migration 0027's retention preview; with ``closing_day`` a request counts from its closing event."""
    path = Path(__file__).with_name("0027_recording_destruction_handover.py")
    spec = importlib.util.spec_from_file_location("recordings_0027", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module._preview(listed=True)
    assert text.count(OLD) == 2
    return text.replace(OLD, NEW) if closing_day else text


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql("GRANT SELECT ON request_event TO desk_owner;\n" + _preview(closing_day=True),
                                      execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(_preview(closing_day=False), execution_options={"no_parameters": True})
