"""SQLite: identity-code lookups that found nobody, counted per login and hour (hetu_lookup_quota).

PostgreSQL keeps the same table through desk_hetu_lookup_request (db/sql/0016_postgresql_up.sql); the
rules are the same: a rolling window of one hour from the first miss, the login suspended when its
misses reach the limit, until a supervisor releases it. Every lookup writes the row, hit or miss.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db.base import utcnow

WINDOW = dt.timedelta(hours=1)
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(slots=True)
class Quota:
    login: str
    window_start: dt.datetime
    misses: int
    suspended: bool


def load(conn: Any, login: str) -> Quota:
    row = conn.execute("SELECT window_start, misses, suspended_at FROM hetu_lookup_quota WHERE login = ?",
                       (login,)).fetchone()
    if row is None:
        now = utcnow()
        conn.execute("INSERT INTO hetu_lookup_quota (login, window_start, misses) VALUES (?, ?, 0)",
                     (login, now.strftime(_TIME_FORMAT)))
        return Quota(login, now, 0, False)
    start = dt.datetime.fromisoformat(str(row[0])).replace(tzinfo=dt.UTC)
    return Quota(login, start, int(row[1]), row[2] is not None)


def count(conn: Any, quota: Quota, *, found: bool, limit: int) -> bool:
    """Record one lookup; True when this miss suspends the login."""
    now = utcnow()
    if quota.window_start < now - WINDOW:
        quota.window_start, quota.misses = now, 0
    suspend = False
    if not found:
        quota.misses += 1
        suspend = quota.misses >= limit
    conn.execute("UPDATE hetu_lookup_quota SET window_start = ?, misses = ?, suspended_at = ? WHERE login = ?",
                 (quota.window_start.strftime(_TIME_FORMAT), quota.misses,
                  now.strftime(_TIME_FORMAT) if suspend else None, quota.login))
    return suspend


def suspended(conn: Any) -> list[tuple[str, dt.datetime, int]]:
    rows = conn.execute("SELECT login, suspended_at, misses FROM hetu_lookup_quota WHERE suspended_at IS NOT NULL"
                        " ORDER BY suspended_at").fetchall()
    return [(r[0], dt.datetime.fromisoformat(str(r[1])).replace(tzinfo=dt.UTC), int(r[2])) for r in rows]


def release(conn: Any, login: str) -> bool:
    cursor = conn.execute("UPDATE hetu_lookup_quota SET suspended_at = NULL, misses = 0, window_start = ?"
                          " WHERE login = ? AND suspended_at IS NOT NULL", (utcnow().strftime(_TIME_FORMAT), login))
    return cursor.rowcount > 0
