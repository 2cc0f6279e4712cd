"""What the register does about a data subject's rights beyond answering: restriction of processing (GDPR
Art. 18). Disclosures live in db/models/activity.py (they existed before)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, utcnow


class ProcessingRestriction(Base):
    """A restriction of processing: while it holds (not lifted, end not passed) the customer is left out
    of every marketing export and disclosure, an edit of their data needs a reason, and letters say so.
    Lifting keeps the row (who, when, why)."""

    __tablename__ = "processing_restriction"
    __table_args__ = (Index("ix_processing_restriction_customer", "customer_id", "lifted_at"),
                      Index("ix_processing_restriction_request", "request_id"))

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(400))
    ends_on: Mapped[dt.date | None] = mapped_column(Date)  # None: until lifted
    request_id: Mapped[int | None] = mapped_column(Id, ForeignKey("data_request.id", ondelete="SET NULL"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(63))
    lifted_at: Mapped[dt.datetime | None]
    lifted_by: Mapped[str | None] = mapped_column(String(63))
    lift_reason: Mapped[str | None] = mapped_column(String(400))


class ErasureRecord(Base):
    """An erasure carried out (GDPR Art. 17): the plan as executed (categories, actions, counts, reasons,
    keep-until days — never the erased content), who signed it off and for which request. ``finished_at``
    is set when the name and address kept for posting the reply have been anonymised too."""

    __tablename__ = "erasure_record"
    __table_args__ = (Index("ix_erasure_record_request", "request_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(Id, ForeignKey("data_request.id", ondelete="SET NULL"))
    carried_out_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    carried_out_by: Mapped[str] = mapped_column(String(63))
    plan: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    full_anonymisation: Mapped[bool] = mapped_column(default=False)
    finished_at: Mapped[dt.datetime | None]


class RetentionRun(Base):
    """One run of ``palvelutiski-admin retention --apply``: who, when, and how many items each rule destroyed
    (counts only). A run that stopped (Ctrl+C, a lost connection) has no ``finished_at``; every batch it
    committed stays done, and the next run carries on with what is left."""

    __tablename__ = "retention_run"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    actor: Mapped[str] = mapped_column(String(63))
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class Rectification(Base):
    """One field corrected for a rectification request (GDPR Art. 16): its value before and after, as the
    reply prints them. Written by the normal contact edit while the customer's request is being prepared."""

    __tablename__ = "rectification"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    request_id: Mapped[int] = mapped_column(Id, ForeignKey("data_request.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))  # phones, emails, language, postal_address
    old_value: Mapped[str] = mapped_column(String(400))
    new_value: Mapped[str] = mapped_column(String(400))
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(63))


class ObjectionDecision(Base):
    """A supervisor's decision on an objection to processing other than direct marketing (GDPR Art. 21(1)):
    what processing, upheld (it stops) or rejected (compelling legitimate grounds, or legal claims), and
    why. The objection reply prints it; an objection to direct marketing is a prohibition instead."""

    __tablename__ = "objection_decision"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    # The decision outlives its request (retention deletes closed requests): the processing stays stopped.
    request_id: Mapped[int | None] = mapped_column(Id, ForeignKey("data_request.id", ondelete="SET NULL"), index=True)
    customer_id: Mapped[int] = mapped_column(Id, ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    processing: Mapped[str] = mapped_column(String(400))
    upheld: Mapped[bool]
    # Upheld: what stops in the register (desktop.core.rights.OBJECTION_STOPS); None for older decisions.
    stops: Mapped[str | None] = mapped_column(String(32))
    reasons: Mapped[str] = mapped_column(String(2000))
    decided_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str] = mapped_column(String(63))
