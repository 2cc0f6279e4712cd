"""Pending password resets (migration 0013): a password somebody else set must be changed at next sign-in.

PostgreSQL: ``password_reset`` belongs to desk_owner and no desk group may touch it; the functions of
db/sql/0013_postgresql_up.sql write it (desk_set_login_password sets the flag, desk_change_own_password
sets the login's own password and clears it) and desk_my_password_reset() reads the caller's own row.
SQLite: the rows are written here, by the user administration and the own-password services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, delete, select, text, update
from sqlalchemy.orm import Session

from db.base import UtcDateTime
from db.models import PasswordReset, StaffUser

_MY_RESET = text("SELECT reset_by, reset_at FROM desk_my_password_reset()").columns(
    reset_by=String(), reset_at=UtcDateTime())


@dataclass(frozen=True, slots=True)
class PendingReset:
    reset_by: str  # the username (or the admin CLI's "cli:…" name) that set the password
    reset_by_name: str  # that user's display name when there is one, else the same as reset_by
    reset_at: dt.datetime


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def pending(session: Session, username: str) -> PendingReset | None:
    """The signed-in user's pending reset (on PostgreSQL always session_user's own, whatever ``username``)."""
    if _is_postgres(session):
        row = session.execute(_MY_RESET).first()
    else:
        row = session.execute(select(PasswordReset.reset_by, PasswordReset.reset_at)
                              .where(PasswordReset.username == username)).first()
    if row is None:
        return None
    by, at = row
    name = session.scalar(select(StaffUser.display_name).where(StaffUser.username == by))
    return PendingReset(by, name or by, at)


def record_on_sqlite(session: Session, username: str, reset_by: str, at: dt.datetime) -> None:
    """SQLite: ``reset_by`` set ``username``'s password (one's own password clears any flag instead)."""
    assert not _is_postgres(session), "PostgreSQL: desk_set_login_password records the reset itself"
    if reset_by == username:
        clear_on_sqlite(session, username)
        return
    row = session.get(PasswordReset, username)
    if row is None:
        session.add(PasswordReset(username=username, reset_by=reset_by[:63], reset_at=at))
    else:
        row.reset_by, row.reset_at = reset_by[:63], at


def clear_on_sqlite(session: Session, username: str) -> None:
    assert not _is_postgres(session), "PostgreSQL: desk_change_own_password clears the reset itself"
    session.execute(delete(PasswordReset).where(PasswordReset.username == username))


def change_own_password_sqlite(session: Session, username: str, password_hash: str) -> None:
    """SQLite: the user's own new argon2id hash; clears the pending reset (the caller audits)."""
    session.execute(update(StaffUser).where(StaffUser.username == username).values(password_hash=password_hash))
    clear_on_sqlite(session, username)


def change_own_password_postgres(session: Session, verifier: str) -> None:
    """The signed-in login's own new SCRAM verifier; the function audits it and clears the pending reset."""
    session.execute(text("SELECT desk_change_own_password(:v)"), {"v": verifier})
