"""The pure lockout policy (desktop/core/lockout.py)."""

from __future__ import annotations

import datetime as dt

from desktop.core.lockout import LockoutPolicy, LockState, after_failure, after_success, is_locked

T0 = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
POLICY = LockoutPolicy()


def test_defaults_and_settings() -> None:
    assert (POLICY.max_failures, POLICY.lock_minutes) == (5, 15)
    assert LockoutPolicy.from_settings({"login.max_failures": "3", "login.lock_minutes": "60"}) == LockoutPolicy(3, 60)
    # Nonsense in the settings table must not disable the lockout.
    assert LockoutPolicy.from_settings({"login.max_failures": "0", "login.lock_minutes": "abc"}) == POLICY


def test_fifth_failure_locks_for_fifteen_minutes() -> None:
    state = LockState(0, None)
    for expected in range(1, 5):
        state = after_failure(state, T0, POLICY)
        assert state == LockState(expected, None)
    state = after_failure(state, T0, POLICY)
    assert state == LockState(5, T0 + dt.timedelta(minutes=15), just_locked=True)
    assert is_locked(state.locked_until, T0 + dt.timedelta(minutes=14, seconds=59))
    assert not is_locked(state.locked_until, T0 + dt.timedelta(minutes=15))


def test_failures_while_locked_do_not_extend_the_lock() -> None:
    locked = LockState(5, T0 + dt.timedelta(minutes=15))
    assert after_failure(locked, T0 + dt.timedelta(minutes=10), POLICY) == locked


def test_an_expired_lock_starts_a_fresh_count() -> None:
    expired = LockState(5, T0)
    assert after_failure(expired, T0 + dt.timedelta(seconds=1), POLICY) == LockState(1, None)
    assert after_success() == LockState(0, None)
