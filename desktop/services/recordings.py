"""Recordings' destruction, handed over to the phone system (issue 12).

The audio of a call lives in the phone system, not in this register: the retention run cannot destroy it.
The run puts each recording due on the *destruction list* (``call.recording_destruction_listed_at``); the
administrator hands the list to whoever runs the phone system (``palvelutiski-admin recordings list``) and,
once the phone system has destroyed them, records its confirmation (``palvelutiski-admin recordings
confirm``). Only then is a recording "destroyed on …" on the card and in the letters. Both steps are
audited with counts; the list holds recording references and dates, never content.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from db import audit
from db.base import utcnow
from db.database import Database
from db.repositories import retention as repository
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import DESK_ZONE
from desktop.core.roles import Actor, Permission
from desktop.services.customer_card import local_date

CHUNK = 500


@dataclass(frozen=True, slots=True)
class ListedRecording:
    recording_ref: str
    call_started_at: dt.datetime
    destroy_due: dt.date | None
    listed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class Confirmation:
    confirmed: int
    not_listed: tuple[str, ...]  # references the run never listed (or confirmed already): left as they are


class RecordingDestructionService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def destruction_list(self) -> list[ListedRecording]:
        """The recordings the phone system has to destroy: listed by the retention run, not yet confirmed."""
        self.actor.require(Permission.APPLY_RETENTION)
        with self.database.transaction() as session:
            rows = [ListedRecording(*row) for row in repository.destruction_list(session)]
            audit.append(session, self.actor, "recordings_destruction_listed", detail={"recordings": len(rows)})
        return rows

    def confirm(self, refs: Iterable[str], destroyed_on: dt.date) -> Confirmation:
        """The phone system destroyed these recordings on ``destroyed_on``: record it, in one transaction."""
        self.actor.require(Permission.APPLY_RETENTION)
        wanted = list(dict.fromkeys(r.strip() for r in refs if r and r.strip()))
        if not wanted:
            raise DomainError(N_("The confirmation names no recordings."))
        if destroyed_on > local_date(self.clock()):
            raise DomainError(N_("The phone system cannot have destroyed recordings in the future: check the date."))
        # Noon in Finland: the phone system confirms a day, not a moment.
        moment = dt.datetime.combine(destroyed_on, dt.time(12), DESK_ZONE).astimezone(dt.UTC)
        confirmed, missing = 0, []
        with self.database.transaction() as session:
            for start in range(0, len(wanted), CHUNK):
                count, not_listed = repository.confirm_recordings(session, wanted[start:start + CHUNK], moment)
                confirmed += count
                missing += not_listed
            audit.append(session, self.actor, "recordings_destruction_confirmed", detail={
                "confirmed": confirmed, "not_listed": len(missing), "destroyed_on": destroyed_on.isoformat()})
        return Confirmation(confirmed, tuple(missing))
