"""Who did what to a customer, newest first, as the card's access log shows it; and when, what and why
(never who) for the copy of the data in an access reply.

On PostgreSQL supervisors may not read ``audit_event`` (migration 0002 revokes it); the SECURITY DEFINER
function ``desk_customer_accesses`` returns only the columns shown. SQLite reads the table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent
from db.repositories.customer_rows import AccessRow

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


def consultations(session: Session, customer_id: int) -> tuple[AccessRow, ...]:
    """Every processing of the customer's data, oldest first, without the actor (the access reply)."""
    if session.get_bind().dialect.name == "postgresql":
        # Desk roles cannot read audit_event; the SECURITY DEFINER function gives supervisors and the
        # auditor the customer's rows. Its actor column is deliberately not selected.
        rows = session.execute(text("SELECT occurred_at, action, purpose FROM desk_customer_accesses(:id)"),
                               {"id": customer_id})
    else:
        rows = session.execute(select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.purpose)
                               .where(AuditEvent.customer_id == customer_id).order_by(AuditEvent.id))
    return tuple(AccessRow(when if when.tzinfo else when.replace(tzinfo=dt.UTC), action, purpose)
                 for when, action, purpose in rows)
