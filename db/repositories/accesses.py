"""Who did what to a customer, newest first, as the card's access log shows it.

On PostgreSQL supervisors may not read ``audit_event`` (migration 0002 revokes it); the SECURITY DEFINER
function ``desk_customer_accesses`` returns only the columns shown. SQLite reads the table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent

Access = tuple[dt.datetime, str, str | None, str, str | None]  # when, actor, role, action, purpose


def recent(session: Session, customer_id: int, limit: int) -> list[Access]:
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(text("SELECT occurred_at, actor, actor_role, action, purpose "
                                    "FROM desk_customer_accesses(:cid) ORDER BY occurred_at DESC LIMIT :n"),
                               {"cid": customer_id, "n": limit}).all()
    else:
        rows = session.execute(select(AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.actor_role,
                                      AuditEvent.action, AuditEvent.purpose)
                               .where(AuditEvent.customer_id == customer_id)
                               .order_by(AuditEvent.id.desc()).limit(limit)).all()
    return [(r[0] if r[0].tzinfo else r[0].replace(tzinfo=dt.UTC), r[1], r[2], r[3], r[4]) for r in rows]
