"""Staff users and the tamper-evident audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Id, utcnow


class StaffUser(Base):
    """A desk employee. On PostgreSQL also a LOGIN role of the same name (password kept by the server)."""

    __tablename__ = "staff_user"
    __table_args__ = (CheckConstraint("role IN ('agent', 'supervisor', 'admin', 'auditor')", name="role"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    username: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # argon2id; NULL on PostgreSQL
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[dt.datetime | None]


class UnknownLoginName(Base):
    """Failed SQLite logins under a name that is no account, counted like an account's (restart-proof).

    Keyed by an HMAC of the typed name (key derived from database_secret), so the file does not keep a
    list of what was typed — which would often be a colleague's password typed into the name field.
    """

    __tablename__ = "unknown_login_name"

    name_hash: Mapped[bytes] = mapped_column(LargeBinary(32), primary_key=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None]


class PasswordReset(Base):
    """A password somebody else set (an administrator, the admin CLI): its user must choose a new one at the
    next sign-in and is told who set it and when (migration 0013).

    On PostgreSQL the table belongs to desk_owner and only its functions write it (desk_set_login_password,
    desk_change_own_password); no desk group may touch it directly. On SQLite the services write it.
    """

    __tablename__ = "password_reset"

    username: Mapped[str] = mapped_column(String(63), primary_key=True)
    reset_by: Mapped[str] = mapped_column(String(63))
    reset_at: Mapped[dt.datetime]


class AuditEvent(Base):
    """Append-only: a row is inserted and never changed. Triggers on both databases refuse UPDATE and
    DELETE. Its place in the tamper-evident chain is its AuditSeal (db/audit.py, docs/security.md).

    Never holds a full hetu.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_customer", "customer_id", "occurred_at"),
        Index("ix_audit_event_action", "action", "occurred_at"),
        # The auditor's list filtered by action, newest first by id (migration 0005).
        Index("ix_audit_event_action_id", "action", "id"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(63))
    actor_role: Mapped[str | None] = mapped_column(String(12))
    action: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(Id)  # no FK: the log outlives the customer row
    purpose: Mapped[str | None] = mapped_column(String(30))
    # Canonical JSON text (sorted keys, no spaces), hashed exactly as stored.
    detail: Mapped[str | None] = mapped_column(Text)


class AuditSeal(Base):
    """An audit row's place in the SHA-256 chain, written once by the database's one sealer.

    ``seal_no`` is the position (1, 2, 3 … without gaps) and the primary key, so the chain cannot fork:
    a sealer working from a stale head would collide with the seal already there. ``event_id`` is
    unique: a row is sealed once. Insert-only, like the rows themselves (migration 0016).
    """

    __tablename__ = "audit_seal"

    seal_no: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(Id, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditSealLock(Base):
    """One row, never updated: PostgreSQL's sealer locks it with SKIP LOCKED (migration 0016)."""

    __tablename__ = "audit_seal_lock"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)


class AuditSealState(Base):
    """One row: the chain's head and how far every audit row is known to be sealed (PostgreSQL).

    Read and written only by the sealer holding AuditSealLock (no desk role may touch either). Below
    ``sealed_upto`` every audit row is sealed; rows above ``sealed_max`` are new; rows in between that
    committed late are looked for whenever the watermark moves.
    ``pending_upto``/``pending_xmax``: the next watermark, safe once every transaction that was running
    when it was taken has ended (db/sql/0016_postgresql_up.sql). Unused on SQLite.
    """

    __tablename__ = "audit_seal_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    head_no: Mapped[int] = mapped_column(Id, default=0)
    head_hash: Mapped[str] = mapped_column(String(64))
    sealed_upto: Mapped[int] = mapped_column(Id, default=0)
    sealed_max: Mapped[int] = mapped_column(Id, default=0)  # the highest id sealed
    pending_upto: Mapped[int | None] = mapped_column(Id)
    pending_xmax: Mapped[int | None] = mapped_column(Id)


class HetuLookupQuota(Base):
    """Identity-code lookups that found nothing, per login and hour, and the suspension they lead to.

    Written only by the lookup itself (on PostgreSQL the SECURITY DEFINER functions of migration 0016;
    desk roles have no privilege on it); a supervisor releases a suspended login.
    """

    __tablename__ = "hetu_lookup_quota"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    window_start: Mapped[dt.datetime] = mapped_column(default=utcnow)
    misses: Mapped[int] = mapped_column(default=0)
    suspended_at: Mapped[dt.datetime | None]


class HetuAnswer(Base):
    """PostgreSQL: an audited lookup or reveal waiting to be handed out once its audit row is committed.

    Unused on SQLite, where the desk process itself owns every transaction.
    """

    __tablename__ = "hetu_answer"

    ticket: Mapped[str] = mapped_column(String(64), primary_key=True)
    login: Mapped[str] = mapped_column(String(63), index=True)
    xact: Mapped[int] = mapped_column(Id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[int | None] = mapped_column(Id)

