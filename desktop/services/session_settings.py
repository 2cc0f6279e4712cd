"""Database-wide settings the desk shell needs after login (app_setting rows, decimal text values)."""

from __future__ import annotations

from db.database import Database
from db.repositories import settings
from desktop.core.roles import Actor

IDLE_LOCK_MINUTES = "session.idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
# A lock sooner than a minute would interrupt a caller; more than a working day defeats the purpose.
_IDLE_RANGE = range(1, 8 * 60 + 1)


class SessionSettingsService:
    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def idle_lock_minutes(self) -> int:
        """Minutes without keyboard or mouse input before the desk locks itself (default 10)."""
        with self.database.transaction() as session:
            value = settings.value(session, IDLE_LOCK_MINUTES)
        try:
            minutes = int(value) if value is not None else DEFAULT_IDLE_LOCK_MINUTES
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES
        return minutes if minutes in _IDLE_RANGE else DEFAULT_IDLE_LOCK_MINUTES
