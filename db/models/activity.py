"""What happens to a customer at the desk: calls, consent and prohibition events, disclosures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, utcnow


class Call(Base):
    """A telephone call. Recording needs notice before it starts, not consent: we keep notice and objection."""

    __tablename__ = "call"
    __table_args__ = (CheckConstraint("direction IN ('inbound', 'outbound')", name="direction"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(8), default="inbound")
    agent_username: Mapped[str] = mapped_column(String(63))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[dt.datetime | None]
    recording_ref: Mapped[str | None] = mapped_column(String(60))
    notice_given_at: Mapped[dt.datetime | None]
    notice_version: Mapped[int | None]
    notice_language: Mapped[str | None] = mapped_column(String(2))
    customer_objected: Mapped[bool] = mapped_column(default=False)
    recording_stopped_at: Mapped[dt.datetime | None]
    recording_destroy_due: Mapped[dt.date | None] = mapped_column(Date)
    recording_destroyed_at: Mapped[dt.datetime | None]
    subject: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class ConsentEvent(Base):
    """Append-only: one decision of the customer (or DVV/ASML) about one purpose on one channel.

    The current state is derived (desktop.core.prohibitions): the most restrictive wins.
    """

    __tablename__ = "consent_event"
    __table_args__ = (
        CheckConstraint("decision IN ('prohibit', 'lift', 'consent', 'withdraw')", name="decision"),
        Index("ix_consent_event_customer", "customer_id", "occurred_at"),
        Index("ix_consent_event_purpose", "purpose", "channel"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(6))  # post, phone, email, sms, any
    decision: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(20))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)  # e.g. ASML telephone restriction (3 years)
    agent_username: Mapped[str] = mapped_column(String(63))
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    evidence: Mapped[str | None] = mapped_column(String(200))  # letter scan id, call id …
    call_id: Mapped[int | None] = mapped_column(Id, ForeignKey("call.id"))


class Disclosure(Base):
    """Personal data handed to a recipient outside the desk (collection agency, network operator …)."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    basis: Mapped[str] = mapped_column(String(200))
    data_description: Mapped[str] = mapped_column(String(400))
    disclosed_on: Mapped[dt.date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(63))
