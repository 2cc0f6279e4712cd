"""What UserAdminService takes and returns, and the failures the users page tells apart: no database here,
so a view may import it (tests/test_architecture.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core import lockout
from desktop.core.errors import DomainError
from desktop.core.roles import Role

MIN_PASSWORD_LENGTH = 10


class InvalidUsername(DomainError):
    pass


class UserExists(DomainError):
    pass


class UnknownUser(DomainError):
    pass


class WeakPassword(DomainError):
    pass


@dataclass(frozen=True, slots=True)
class UserInfo:
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    failed_logins: int
    created_at: dt.datetime
    last_login_at: dt.datetime | None

    def is_locked(self, now: dt.datetime) -> bool:
        return lockout.is_locked(self.locked_until, now)
