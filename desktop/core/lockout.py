"""Account lockout after repeated failed logins (SQLite; PostgreSQL authenticates in the server).

Pure policy: the caller keeps ``failed_logins`` / ``locked_until`` and a clock; this module only decides.
Attempts made while an account is locked are refused without counting, so a hostile caller cannot keep
extending someone's lock indefinitely; the lock simply runs out and the count starts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

# app_setting keys (values are decimal integers as text).
SETTING_MAX_FAILURES = "login.max_failures"
SETTING_LOCK_MINUTES = "login.lock_minutes"


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    max_failures: int = 5
    lock_minutes: int = 15

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> LockoutPolicy:
        """Read the policy from app_setting values; missing or nonsensical values fall back to the defaults."""
        default = cls()
        return cls(
            max_failures=_positive_int(settings.get(SETTING_MAX_FAILURES), default.max_failures),
            lock_minutes=_positive_int(settings.get(SETTING_LOCK_MINUTES), default.lock_minutes),
        )


@dataclass(frozen=True, slots=True)
class LockState:
    failed_logins: int
    locked_until: dt.datetime | None
    just_locked: bool = False


def _positive_int(value: str | None, default: int) -> int:
    try:
        number = int(value) if value is not None else default
    except ValueError:
        return default
    return number if number > 0 else default


def is_locked(locked_until: dt.datetime | None, now: dt.datetime) -> bool:
    return locked_until is not None and now < locked_until


def after_failure(state: LockState, now: dt.datetime, policy: LockoutPolicy) -> LockState:
    """The state after one more wrong password. A locked account stays as it is (see module docstring)."""
    if is_locked(state.locked_until, now):
        return LockState(state.failed_logins, state.locked_until)
    # An expired lock starts a fresh count rather than locking again on the very next mistake.
    previous = 0 if state.locked_until is not None else state.failed_logins
    failures = previous + 1
    if failures >= policy.max_failures:
        return LockState(failures, now + dt.timedelta(minutes=policy.lock_minutes), just_locked=True)
    return LockState(failures, None)


def after_success() -> LockState:
    return LockState(0, None)


def after_unlock() -> LockState:
    return LockState(0, None)
