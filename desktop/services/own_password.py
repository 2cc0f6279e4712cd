"""The signed-in user's own password: a pending reset to act on, and choosing a new password.

After an administrator (or the admin CLI) has set someone's password, that person must choose their
own at the next sign-in and is told who set it and when (issue 10, item 5). On PostgreSQL the database
keeps and clears the flag (migration 0013: desk_change_own_password, desk_my_password_reset) and
audits the change; on SQLite this service writes the new argon2id hash, the audit row and clears it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import password_resets, staff
from db.repositories.password_resets import PendingReset
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor
from desktop.services.users import PASSWORD_HASHER, validate_password

__all__ = ["OwnPasswordService", "PasswordsDiffer", "PendingReset", "SamePassword"]


class PasswordsDiffer(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("The two new passwords are not the same. Type the new password twice."))


class SamePassword(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("Choose a password of your own: the new password must differ from the one that "
                            "was set for you."))


class OwnPasswordService:
    """Every signed-in user may do this for themselves (no permission needed)."""

    def __init__(self, database: Database, actor: Actor, *,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def pending_reset(self) -> PendingReset | None:
        """Who set this user's password and when, if they have not chosen their own since."""
        with self.database.transaction() as session:
            return password_resets.pending(session, self.actor.username)

    def change_password(self, new_password: str, repeated: str, *, current_password: str) -> None:
        """Set the user's own password; clears a pending reset; audited as ``user_password_changed``."""
        if new_password != repeated:
            raise PasswordsDiffer()
        validate_password(self.actor.username, new_password)
        if new_password == current_password:
            raise SamePassword()
        with self.database.transaction() as session:
            if staff.keeps_logins(session):
                verifier = staff.scram_verifier(session, self.actor.username, new_password)
                password_resets.change_own_password_postgres(session, verifier)
                return
            password_resets.change_own_password_sqlite(session, self.actor.username,
                                                       PASSWORD_HASHER.hash(new_password))
            audit.append(session, self.actor, "user_password_changed", detail={"username": self.actor.username})
