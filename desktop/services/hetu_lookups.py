"""Releasing a login whose identity-code searches were suspended (issue 10: lookups that find nobody).

The quota and the suspension are the database's (db/repositories/hetu.py, db/sql/0016_postgresql_up.sql);
a supervisor other than the login itself releases it, and the release is audited.
"""

from __future__ import annotations

from db.database import Database
from db.repositories import hetu as hetu_repo
from desktop.core.roles import Actor


class HetuLookupService:
    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def release(self, username: str) -> bool:
        """True when the login was suspended and now may search again."""
        return hetu_repo.release(self.database, self.actor, username)
