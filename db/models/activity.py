"""What happens to a customer at the desk: calls, consent and prohibition events, disclosures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, utcnow
from desktop.core.notes import CALL_NOTES_MAX, CUSTOMER_NOTE_MAX

# PostgreSQL enforces the desk's limit; SQLite ignores declared lengths, so TEXT says the same there.
_CALL_NOTES = Text().with_variant(String(CALL_NOTES_MAX), "postgresql")


class Call(Base):
    """A telephone call. Recording needs notice before it starts, not consent: we keep notice and objection."""

    __tablename__ = "call"
    __table_args__ = (CheckConstraint("direction IN ('inbound', 'outbound')", name="direction"),
                      # the reports count calls and objections by the month they started (migration 0024)
                      Index("ix_call_started_at", "started_at", "customer_objected"))

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
    recording_destroyed_at: Mapped[dt.datetime | None]  # the phone system confirmed the destruction
    # The retention run put the recording on the phone system's destruction list (migration 0027).
    recording_destruction_listed_at: Mapped[dt.datetime | None]
    subject: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(_CALL_NOTES)


class CallCustomer(Base):
    """Another customer the same caller spoke about (a family member, a co-owner): linked to the call by
    the agent, so the card was opened for the call and the call shows on that customer's card too."""

    __tablename__ = "call_customer"
    __table_args__ = (UniqueConstraint("call_id", "customer_id", name="uq_call_customer"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    call_id: Mapped[int] = mapped_column(Id, ForeignKey("call.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    linked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    linked_by: Mapped[str] = mapped_column(String(63))


class CustomerNote(Base):
    """A note on the customer that outlives a call (append-only: a correction is a new note)."""

    __tablename__ = "customer_note"
    __table_args__ = (Index("ix_customer_note_customer", "customer_id", "created_at"),
                      Index("ix_customer_note_call", "call_id"))

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(String(CUSTOMER_NOTE_MAX))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(63))
    call_id: Mapped[int | None] = mapped_column(Id, ForeignKey("call.id", ondelete="SET NULL"))


class ConsentEvent(Base):
    """Append-only: one decision of the customer (or DVV/ASML) about one purpose on one channel.

    The current state is derived (desktop.core.prohibitions): the most restrictive wins.
    """

    __tablename__ = "consent_event"
    __table_args__ = (
        CheckConstraint("decision IN ('prohibit', 'lift', 'consent', 'withdraw')", name="decision"),
        Index("ix_consent_event_customer", "customer_id", "occurred_at"),
        Index("ix_consent_event_purpose", "purpose", "channel"),
        # the reports count decisions recorded in a period (migration 0024)
        Index("ix_consent_event_occurred_at", "occurred_at", "purpose", "channel", "source", "decision",
              "corrects_id"),
        # Deleting a call or an event (erasure, retention) looks up the rows that point at it.
        Index("ix_consent_event_call", "call_id"),
        Index("ix_consent_event_corrects", "corrects_id"),
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
    # Set on a correcting event: the mistaken event it takes back (both stay; the state ignores both).
    corrects_id: Mapped[int | None] = mapped_column(Id, ForeignKey("consent_event.id"))


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
