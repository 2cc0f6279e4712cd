"""Data-subject requests (access, rectification …), their events, and the letters sent about them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Id, utcnow


class DataRequest(Base):
    __tablename__ = "data_request"
    __table_args__ = (Index("ix_data_request_queue", "state", "due_on"),
                      Index("ix_data_request_received_on", "received_on"))

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # e.g. TP-2026-00042
    customer_id: Mapped[int | None] = mapped_column(Id, ForeignKey("customer.id", ondelete="SET NULL"), index=True)
    request_type: Mapped[str] = mapped_column(String(16))  # access, rectification, erasure, objection, restriction
    state: Mapped[str] = mapped_column(String(24), default="received")
    channel: Mapped[str] = mapped_column(String(16))  # letter, desk, email_signed
    signed: Mapped[bool] = mapped_column(default=False)
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    extended_due_on: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    paused_since: Mapped[dt.date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(default=0)
    scan_ref: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text)
    identity_method: Mapped[str | None] = mapped_column(String(30))
    identity_checked_by: Mapped[str | None] = mapped_column(String(63))
    identity_checked_at: Mapped[dt.datetime | None]
    outcome_reason: Mapped[str | None] = mapped_column(Text)  # refusal / hold / withdrawal reason
    dispatched_on: Mapped[dt.date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(63))
    assigned_to: Mapped[str | None] = mapped_column(String(63))
    # Who is working on it now (migration 0014): released by them, a supervisor, or after idle working days.
    claimed_by: Mapped[str | None] = mapped_column(String(63))
    claimed_at: Mapped[dt.datetime | None]
    claim_active_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    events: Mapped[list[RequestEvent]] = relationship(order_by="RequestEvent.id", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class RequestEvent(Base):
    """Append-only history of a request: state changes, identity check, pause, extension, letters."""

    __tablename__ = "request_event"
    # the reports count refusals and withdrawals by when they were made (migration 0024)
    __table_args__ = (Index("ix_request_event_to_state", "to_state", "occurred_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    request_id: Mapped[int] = mapped_column(Id, ForeignKey("data_request.id", ondelete="CASCADE"), index=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_username: Mapped[str] = mapped_column(String(63))
    kind: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str | None] = mapped_column(String(24))
    to_state: Mapped[str | None] = mapped_column(String(24))
    reason: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Letter(Base):
    """A generated letter, kept exactly as printed: PDF bytes, their SHA-256 and the address snapshot."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(Id, ForeignKey("data_request.id", ondelete="SET NULL"), index=True)
    customer_id: Mapped[int | None] = mapped_column(Id, ForeignKey("customer.id", ondelete="SET NULL"), index=True)
    letter_type: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(2))
    reference: Mapped[str] = mapped_column(String(30))
    address_snapshot: Mapped[list[str]] = mapped_column(JSON)  # the lines printed in the window
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(63))
    printed_at: Mapped[dt.datetime | None]
    printed_by: Mapped[str | None] = mapped_column(String(63))
    dispatched_on: Mapped[dt.date | None] = mapped_column(Date)
    # Set by the retention run: the PDF and the address lines are gone, the SHA-256, type and dates stay.
    pdf_purged_at: Mapped[dt.datetime | None]
    # Set by the retention run: the PDF and the address lines are gone, the SHA-256, type and dates stay.
    pdf_purged_at: Mapped[dt.datetime | None]
