"""Staff users, their passwords and their sign-ins: the rows and the PostgreSQL login roles behind them.

SQLite keeps an argon2id hash in ``staff_user.password_hash`` (hashed by the service, which holds the
hasher). PostgreSQL keeps no password in the table: each person is a LOGIN role whose SCRAM verifier
is computed here by libpq (the plaintext never travels) and set through the SECURITY DEFINER functions
of migrations 0002/0011, which also write the audit row themselves. The functions named ``*_login*``
are therefore PostgreSQL only; :func:`keeps_logins` says whether the database has them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import literal_column, select, text
from sqlalchemy.orm import Session

from db.models import StaffUser, UnknownLoginName


def keeps_logins(session: Session) -> bool:
    """True on PostgreSQL, where every staff user is a server login role that holds the password."""
    return session.get_bind().dialect.name == "postgresql"


# -- staff_user rows -----------------------------------------------------------------------------------

def by_username(session: Session, username: str) -> StaffUser | None:
    return session.scalar(select(StaffUser).where(StaffUser.username == username))


def username_taken(session: Session, username: str) -> bool:
    """A staff row of the name exists, or (PostgreSQL) a login role of it: roles are cluster-wide, so the
    name may belong to another database on the same server."""
    if session.scalar(select(StaffUser.id).where(StaffUser.username == username)) is not None:
        return True
    return keeps_logins(session) and bool(
        session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username}))


def add(session: Session, *, username: str, display_name: str, role: str, created_at: dt.datetime,
        password_hash: str | None = None) -> StaffUser:
    row = StaffUser(username=username, display_name=display_name, role=role, created_at=created_at,
                    password_hash=password_hash)
    session.add(row)
    session.flush()
    return row


def all_users(session: Session) -> list[StaffUser]:
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def unknown_name(session: Session, name_hash: bytes) -> UnknownLoginName:
    """The failure count of a name that is no user (keyed by its HMAC), created at zero when new."""
    stored = session.get(UnknownLoginName, name_hash)
    if stored is None:
        stored = UnknownLoginName(name_hash=name_hash, failed_logins=0, locked_until=None)
        session.add(stored)
    return stored


# -- PostgreSQL login roles ----------------------------------------------------------------------------

def scram_verifier(session: Session, username: str, password: str) -> str:
    """SCRAM-SHA-256 verifier computed by libpq on this machine (PQencryptPasswordConn)."""
    pgconn = session.connection().connection.driver_connection.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode("utf-8"), username.encode("utf-8"),
                                         b"scram-sha-256")).decode("ascii")


def create_login(session: Session, username: str, group: str, password: str, *, actor: str, role: str) -> None:
    """The login role in ``group``; the function writes the audit row itself (migration 0011)."""
    session.execute(text("SELECT desk_create_login(:n, :g, :v, :actor, :role)"),
                    {"n": username, "g": group, "v": scram_verifier(session, username, password),
                     "actor": actor, "role": role})


def set_login_password(session: Session, username: str, password: str, *, actor: str, role: str) -> None:
    """Another user's new password; the function audits it and marks it to be changed at next sign-in."""
    session.execute(text("SELECT desk_set_login_password(:n, :v, :actor, :role)"),
                    {"n": username, "v": scram_verifier(session, username, password), "actor": actor, "role": role})


def set_login_enabled(session: Session, username: str, enabled: bool, *, actor: str, role: str) -> None:
    session.execute(text("SELECT desk_set_login_enabled(:n, :e, :actor, :role)"),
                    {"n": username, "e": enabled, "actor": actor, "role": role})


def signed_in_user(session: Session) -> StaffUser | None:
    """The staff row of this connection's own login (PostgreSQL's session_user)."""
    return session.scalar(select(StaffUser).where(StaffUser.username == literal_column("session_user")))


def login_in_group(session: Session, group: str) -> bool:
    """Whether this connection's login is a member of ``group`` (what the server will enforce)."""
    return bool(session.scalar(text("SELECT pg_has_role(session_user, :group, 'MEMBER')"), {"group": group}))


def note_login(session: Session) -> None:
    """The server's own record of the sign-in (last_login_at; desk_note_login is SECURITY DEFINER)."""
    session.execute(text("SELECT desk_note_login()"))
