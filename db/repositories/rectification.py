"""Rectification (GDPR Art. 16) linked to the contact edit: the customer's request being prepared, the
contact data as text before and after an edit, and the corrected fields of a request."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ContactPoint, Customer, DataRequest, PostalAddress, Rectification

# Identity checked, reply not yet signed off: the edit belongs to the request.
PREPARING = ("in_preparation", "awaiting_sign_off", "extended")
FIELDS = ("phones", "emails", "language", "postal_address")


def open_request(session: Session, customer_id: int) -> tuple[int, str] | None:
    row = session.execute(select(DataRequest.id, DataRequest.reference)
                          .where(DataRequest.customer_id == customer_id, DataRequest.request_type == "rectification",
                                 DataRequest.state.in_(PREPARING))
                          .order_by(DataRequest.received_on.desc(), DataRequest.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def snapshot(session: Session, customer_id: int) -> dict[str, str]:
    """The contact data as the reply prints it: phones and e-mails joined, the language code, the address."""
    points = session.execute(select(ContactPoint.kind, ContactPoint.value)
                             .where(ContactPoint.customer_id == customer_id).order_by(ContactPoint.id)).all()
    address = session.scalars(select(PostalAddress).where(PostalAddress.customer_id == customer_id,
                                                          PostalAddress.valid_to.is_(None))).first()
    line = ""
    if address is not None:
        parts = [f"c/o {address.care_of}" if address.care_of else "", address.street,
                 f"{address.postcode} {address.post_town.upper()}", "" if address.country == "FI" else address.country]
        line = ", ".join(p for p in parts if p)
    return {"phones": "; ".join(v for k, v in points if k == "phone"),
            "emails": "; ".join(v for k, v in points if k == "email"),
            "language": session.scalar(select(Customer.language).where(Customer.id == customer_id)) or "",
            "postal_address": line}


def add(session: Session, request_id: int, customer_id: int, before: dict[str, str], after: dict[str, str],
        at: dt.datetime, by: str) -> list[str]:
    """A row per field that changed; returns those fields."""
    changed = [f for f in FIELDS if before.get(f, "") != after.get(f, "")]
    for field in changed:
        session.add(Rectification(request_id=request_id, customer_id=customer_id, field=field,
                                  old_value=before.get(field, "")[:400], new_value=after.get(field, "")[:400],
                                  changed_at=at, changed_by=by))
    session.flush()
    return changed


def for_request(session: Session, request_id: int) -> list[tuple[str, str, str, dt.datetime]]:
    return [(r.field, r.old_value, r.new_value, r.changed_at) for r in session.scalars(
        select(Rectification).where(Rectification.request_id == request_id).order_by(Rectification.id))]
