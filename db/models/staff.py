"""Staff users and the tamper-evident audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Index, LargeBinary, String, Text, text
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
    """Append-only, and sealed into a SHA-256 chain in ``seal_no`` order (db/audit.py, docs/security.md).

    A row is inserted without its seal (``seal_no``, ``prev_hash``, ``row_hash`` NULL) and sealed by the
    database's one sealer soon after; the row's id and position are inside its hash. Never holds a full
    hetu. Triggers on both databases refuse DELETE and every UPDATE except setting a missing seal.
    """

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_customer", "customer_id", "occurred_at"),
        Index("ix_audit_event_action", "action", "occurred_at"),
        # The auditor's list filtered by action, newest first by id (migration 0005).
        Index("ix_audit_event_action_id", "action", "id"),
        # What the sealer reads next: the few rows not sealed yet (migration 0016).
        Index("ix_audit_event_unsealed", "id", postgresql_where=text("seal_no IS NULL"),
              sqlite_where=text("seal_no IS NULL")),
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
    # The seal: position in the chain, the previous row's hash and this row's. Unique, so the chain
    # cannot fork: two rows can neither share a position nor chain onto the same predecessor.
    seal_no: Mapped[int | None] = mapped_column(Id, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    row_hash: Mapped[str | None] = mapped_column(String(64), unique=True)


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


class AuditSealLock(Base):
    """One row: PostgreSQL's sealer locks it with SKIP LOCKED (no desk role may lock it; migration 0016)."""

    __tablename__ = "audit_seal_lock"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
