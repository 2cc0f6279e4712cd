"""Staff user administration: create, set password, deactivate, unlock, list.

SQLite keeps an argon2id hash in ``staff_user.password_hash``. PostgreSQL keeps no password in the table:
each person is a LOGIN role of the same name (member of ``desk_<role>``) whose SCRAM verifier is held
by the server. The verifier is computed on this machine by libpq, so the plaintext never travels, and
the role is created through the SECURITY DEFINER functions of migration 0002, so an administrator's
login needs no CREATEROLE of its own (which on PostgreSQL 15 would reach far beyond desk roles).
Since migration 0011 those functions write the audit row themselves (also when called from psql),
so on PostgreSQL this service writes none of its own for create, password set and deactivation:
one implementation of each security-critical write, and no double row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from argon2 import PasswordHasher

from db import audit
from db.base import utcnow
from db.database import Database, Session
from db.models import StaffUser
from db.repositories import password_resets, staff
from desktop.core import lockout
from desktop.core.i18n import N_
from desktop.core.roles import GROUP_ROLES, Actor, Permission, Role
from desktop.core.text import check_typed_text
from desktop.services.users_dtos import (
    MIN_PASSWORD_LENGTH,
    InvalidUsername,
    UnknownUser,
    UserExists,
    UserInfo,
    WeakPassword,
)

# Lowercase only, so the name means the same in psql, pg_hba.conf and directory mappings (PostgreSQL folds
# unquoted names to lowercase); "." and "-" are fine because the name is always quoted as an identifier.
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9_.-]{2,62}$")
RESERVED_USERNAMES = frozenset({"postgres", "public", "root", "admin_cli"})
DISPLAY_NAME_LENGTH = StaffUser.__table__.c.display_name.type.length  # 100

# One hasher for the process: argon2id as OWASP's Password Storage Cheat Sheet recommends (m=12 MiB, t=3,
# p=1: one of its equally strong settings) rather than argon2-cffi's default 64 MiB and 4 threads: a SQLite desk's sign-in
# checks the hash inside the desk process, and 64 MiB more at that moment was the process's peak memory
# (issue 14's budget is 160 MiB with the desk open). An older hash is verified with its own parameters
# and rewritten with these at the next sign-in (AuthService).
PASSWORD_HASHER = PasswordHasher(time_cost=3, memory_cost=12 * 1024, parallelism=1)


def validate_username(username: str) -> str:
    name = (username or "").strip()
    if (not USERNAME_PATTERN.fullmatch(name) or name.startswith(("pg_", "desk_"))
            or name in RESERVED_USERNAMES):
        raise InvalidUsername(N_("A username has 3–63 characters: lowercase letters a–z, digits, . - and _, "
                                 "starting with a letter (not pg_ or desk_)."))
    return name


def validate_password(username: str, password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise WeakPassword(N_("The password must have at least {n} characters."), n=MIN_PASSWORD_LENGTH)
    if password.strip().casefold() == username.casefold():
        raise WeakPassword(N_("The password must not be the username."))


def user_info(row: StaffUser) -> UserInfo:
    return UserInfo(
        username=row.username, display_name=row.display_name, role=Role(row.role), active=row.active,
        locked_until=row.locked_until, failed_logins=row.failed_logins, created_at=row.created_at,
        last_login_at=row.last_login_at,
    )


class UserAdminService:
    """Requires Permission.MANAGE_USERS. Every change is audited in the same transaction (on PostgreSQL
    by the database function that makes it)."""

    def __init__(self, database: Database, actor: Actor, *,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def create_user(self, username: str, role: Role | str, password: str,
                    display_name: str | None = None) -> UserInfo:
        self.actor.require(Permission.MANAGE_USERS)
        name = validate_username(username)
        role = Role(role)
        validate_password(name, password)
        # The same check on both databases, with a message, before anything is written (issue 10 item 8).
        shown = check_typed_text(display_name or name, limit=DISPLAY_NAME_LENGTH)
        with self.database.transaction() as session:
            if staff.username_taken(session, name):
                raise UserExists(N_("The username {username} is already taken."), username=name)
            if staff.keeps_logins(session):
                # The server holds the password; its function creates the login and audits it (0011).
                staff.create_login(session, name, GROUP_ROLES[role], password, **self._who())
                row = staff.add(session, username=name, display_name=shown, role=role.value, created_at=self.clock())
            else:
                row = staff.add(session, username=name, display_name=shown, role=role.value, created_at=self.clock(),
                                password_hash=PASSWORD_HASHER.hash(password))
                audit.append(session, self.actor, "user_created", detail={"username": name, "role": role.value})
            return user_info(row)

    def set_password(self, username: str, password: str) -> None:
        """Another user's password (then they must change it at their next sign-in, told who set it and when)."""
        self.actor.require(Permission.MANAGE_USERS)
        with self.database.transaction() as session:
            row = self._get(session, username)
            validate_password(row.username, password)
            if staff.keeps_logins(session):
                staff.set_login_password(session, row.username, password, **self._who())
            else:
                row.password_hash = PASSWORD_HASHER.hash(password)
                audit.append(session, self.actor, "user_password_set", detail={"username": row.username})
                # Set by someone else: to be changed at the next sign-in (PostgreSQL: the function does it).
                password_resets.record_on_sqlite(session, row.username, self.actor.username, self.clock())

    def deactivate_user(self, username: str) -> None:
        """The person can no longer log in (PostgreSQL: NOLOGIN); their audit history stays."""
        self.actor.require(Permission.MANAGE_USERS)
        with self.database.transaction() as session:
            row = self._get(session, username)
            row.active = False
            if staff.keeps_logins(session):
                staff.set_login_enabled(session, row.username, False, **self._who())
            else:
                audit.append(session, self.actor, "user_deactivated", detail={"username": row.username})

    def unlock_user(self, username: str) -> None:
        """Clear a lockout after failed logins (the count starts again from zero)."""
        self.actor.require(Permission.MANAGE_USERS)
        with self.database.transaction() as session:
            row = self._get(session, username)
            state = lockout.after_unlock()
            row.failed_logins, row.locked_until = state.failed_logins, state.locked_until
            audit.append(session, self.actor, "user_unlocked", detail={"username": row.username})

    def list_users(self) -> list[UserInfo]:
        self.actor.require(Permission.MANAGE_USERS)
        with self.database.transaction() as session:
            return [user_info(row) for row in staff.all_users(session)]

    def _who(self) -> dict[str, str]:
        # Counted only on a maintenance connection (admin CLI as the owner): a staff login is always
        # recorded as its own session_user by desk_audit_append, whatever is passed here.
        return {"actor": self.actor.username, "role": self.actor.role.value}

    def _get(self, session: Session, username: str) -> StaffUser:
        row = staff.by_username(session, (username or "").strip())
        if row is None:
            raise UnknownUser(N_("There is no user {username}."), username=username)
        return row
